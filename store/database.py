"""Engines and the unit of work: one transaction per command, retried on a lost race."""

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, SQLModel, create_engine

from store import learning_tables, local_review_tables, review_tables, tables, user_tables  # noqa: F401  (registers them)

T = TypeVar("T")


def make_engine(url: str, *, create: bool = True) -> Engine:
    """An engine for the case store; SQLite gets WAL, a busy timeout and BEGIN IMMEDIATE."""
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})
        _serialise_sqlite_writers(engine)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    if create:
        SQLModel.metadata.create_all(engine)
        check_schema(engine)
    return engine


class OutdatedSchema(ValueError):
    """The database was made by an older cspr: a table lacks columns this version needs."""


def check_schema(engine: Engine) -> None:
    """Refuse, in one line, a database whose tables lack columns (there are no migrations yet)."""
    found = inspect(engine)
    for table in SQLModel.metadata.sorted_tables:
        have = {c["name"] for c in found.get_columns(table.name)}
        missing = sorted(c.name for c in table.columns if c.name not in have)
        if missing:
            raise OutdatedSchema(
                f"{engine.url.render_as_string(hide_password=True)}: table {table.name} lacks "
                f"{', '.join(missing)}; it was made by an older cspr. Move it aside (or point "
                "CSPR_DATABASE_URL elsewhere) to start a new case store"
            )


def _serialise_sqlite_writers(engine: Engine) -> None:
    """Take SQLite's write lock at BEGIN, so two writers queue instead of deadlocking."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=60000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[Session]:
    """A session whose changes all commit together at the end, or none do."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def transact(engine: Engine, work: Callable[[Session], T], *, attempts: int = 8) -> T:
    """Run ``work`` in one unit of work, retrying when a concurrent writer won a race."""
    for attempt in range(1, attempts + 1):
        try:
            with unit_of_work(engine) as session:
                return work(session)
        except (IntegrityError, OperationalError) as exc:
            if attempt == attempts or not _is_race(exc):
                raise
            time.sleep(0.01 * attempt)
    raise AssertionError("unreachable")


def _is_race(exc: Exception) -> bool:
    text = str(exc.orig if hasattr(exc, "orig") else exc).lower()
    return any(s in text for s in ("unique", "duplicate key", "locked", "deadlock", "could not serialize"))
