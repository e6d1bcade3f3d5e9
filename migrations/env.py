"""Alembic's environment for the case store: the target is SQLModel's metadata of store's tables.

`store.schema` runs migrations in process and hands over its connection in
``config.attributes["connection"]``. The ``alembic`` command line (``-c migrations/alembic.ini``)
connects to ``-x url=...`` or ``CSPR_DATABASE_URL`` instead.
"""

import os

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from store import learning_tables, local_review_tables, review_tables, tables, user_tables  # noqa: F401  (registers them)

config = context.config
target_metadata = SQLModel.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters a table by copying it
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or os.environ.get("CSPR_DATABASE_URL")
    if not url:
        raise SystemExit("alembic: give -x url=DATABASE_URL or set CSPR_DATABASE_URL")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("alembic: offline (--sql) mode is not supported; run against a database")
main()
