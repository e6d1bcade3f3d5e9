"""The case store's schema version: alembic migrations in ``migrations/``, run in process.

A SQLite store keeps itself current: on start, one that is behind is copied beside itself
(owner-only) and upgraded with its data, and a new one is created by upgrading to head. A store
made before migrations began (tables, no ``alembic_version``) is adopted by the baseline
revision, which creates only what it lacks. PostgreSQL is upgraded only by ``cspr db upgrade``;
until then cspr refuses it in one line.
"""

import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"
VERSION_TABLE = "alembic_version"


class SchemaError(ValueError):
    """The store's schema cannot be used by this cspr as it stands (one line: what to do)."""


def config(connection: Connection | None = None) -> Config:
    """Alembic's configuration for ``migrations/``; a connection given is the one it migrates."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("path_separator", "os")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head() -> str:
    """The newest revision this cspr knows."""
    revision = _script().get_current_head()
    if revision is None:
        raise AssertionError(f"no migrations under {MIGRATIONS}")
    return revision


def known(revision: str) -> bool:
    """Whether this cspr's migrations include ``revision`` (a newer cspr's store does not)."""
    try:
        return _script().get_revision(revision) is not None
    except CommandError:
        return False


def current(conn: Connection) -> str | None:
    """The store's revision; None when it has no version table (new, or made before migrations)."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar_one_or_none()


def has_tables(conn: Connection) -> bool:
    """Whether the store holds any of cspr's tables (so it is not a new, empty one)."""
    return any(name != VERSION_TABLE for name in inspect(conn).get_table_names())


def where(engine: Engine) -> str:
    """The store's address for messages, without a password."""
    return engine.url.render_as_string(hide_password=True)


def ensure_current(engine: Engine) -> None:
    """Make the store usable by this cspr, or refuse it in one line.

    SQLite: a store behind head is backed up beside itself, then upgraded. PostgreSQL: a
    store behind head is refused with the command that upgrades it.
    """
    with engine.connect() as conn:
        revision = current(conn)
        existing = has_tables(conn)
        conn.rollback()
    target = head()
    if revision == target:
        return
    if revision is not None and not known(revision):
        raise SchemaError(
            f"{where(engine)}: the case store is at revision {revision}, which this cspr does not know "
            "(a newer cspr made it); upgrade cspr, or point CSPR_DATABASE_URL at another store"
        )
    if engine.dialect.name != "sqlite":
        raise SchemaError(
            f"{where(engine)}: the case store is at revision {revision or 'none'} and this cspr needs "
            f"{target}; run `cspr db upgrade` (back it up first with `cspr db backup PATH`)"
        )
    if existing:
        backup_beside(engine, revision)
    upgrade(engine)


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Upgrade the store to ``revision`` in one transaction; (revision before, revision after).

    Concurrent upgrades queue: SQLite's BEGIN IMMEDIATE and a PostgreSQL advisory lock let one
    run while the others wait and then find nothing to do.
    """
    return _migrate(engine, lambda cfg: command.upgrade(cfg, revision))


def downgrade(engine: Engine, revision: str) -> tuple[str | None, str | None]:
    """Downgrade the store to ``revision`` (for tests and recovery)."""
    return _migrate(engine, lambda cfg: command.downgrade(cfg, revision))


def stamp(engine: Engine, revision: str) -> None:
    """Record ``revision`` as the store's version without running migrations."""
    _migrate(engine, lambda cfg: command.stamp(cfg, revision))


def _migrate(engine: Engine, run: Callable[[Config], None]) -> tuple[str | None, str | None]:
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # a table rebuilt by batch mode must not cascade; checked before commit
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(7243001)"))
                before = current(conn)
                run(config(conn))
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise SchemaError(f"{where(engine)}: the upgrade left rows with broken references")
                after = current(conn)
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
    return before, after


def sqlite_path(engine: Engine) -> Path | None:
    """The SQLite store's file, or None for PostgreSQL and in-memory stores."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    return Path(database)


def backup_beside(engine: Engine, revision: str | None) -> Path | None:
    """Copy a SQLite store to ``<name>.at-<its revision>-<UTC time>.bak`` beside it, owner-only."""
    path = sqlite_path(engine)
    if path is None:
        return None
    stamp_ = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    copy = path.with_name(f"{path.name}.at-{revision or 'unversioned'}-{stamp_}.bak")
    sqlite_backup(path, copy)
    return copy


def sqlite_backup(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file (the online backup API), readable by its owner only."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    os.chmod(target, 0o600)


def new_revision(message: str) -> list[Path]:
    """Write the next numbered revision, autogenerated against a new store at head (then edit it)."""
    import tempfile

    from sqlalchemy import create_engine

    number = max(int(s.revision) for s in _script().walk_revisions()) + 1
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'head.db'}")
        try:
            with engine.begin() as conn:
                command.upgrade(config(conn), "head")
            with engine.begin() as conn:
                made = command.revision(config(conn), message, autogenerate=True, rev_id=f"{number:04d}")
        finally:
            engine.dispose()
    scripts = made if isinstance(made, list) else [made]
    return [Path(s.path) for s in scripts if s is not None]
