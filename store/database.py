"""Engines and the unit of work: one transaction per command, retried on a lost race."""

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Engine, ExceptionContext
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, create_engine

from store import learning_tables, local_review_tables, review_tables, schema, tables, user_tables  # noqa: F401  (registers them)

T = TypeVar("T")


def make_engine(url: str, *, create: bool = True) -> Engine:
    """An engine for the case store; SQLite gets WAL, a busy timeout and BEGIN IMMEDIATE.

    With ``create`` the store is made current first (``store.schema.ensure_current``): a SQLite
    store is created or upgraded in place, a PostgreSQL one must be at the migrations' head.
    """
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"timeout": 60, "check_same_thread": False}, hide_parameters=True
        )
        _serialise_sqlite_writers(engine)
    else:
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    _one_line_when_unavailable(engine)
    if create:
        try:
            schema.ensure_current(engine)
        except BaseException:
            engine.dispose()
            raise
    return engine


OutdatedSchema = schema.SchemaError
"""The store cannot be used as it stands (a newer cspr made it, or PostgreSQL awaits ``cspr db upgrade``)."""


class StoreUnavailable(RuntimeError):
    """The database could not be reached, or went away mid-command (its transaction rolled back)."""


def _one_line_when_unavailable(engine: Engine) -> None:
    """A lost or refused connection becomes ``StoreUnavailable``: one line, no driver traceback."""

    @event.listens_for(engine, "handle_error")
    def _handle(ctx: ExceptionContext) -> BaseException | None:
        if not ctx.is_disconnect and not _refused(ctx.original_exception):
            return None
        reason = " ".join(str(ctx.original_exception).split()).split(" (")[0][:160]
        return StoreUnavailable(
            f"the case store at {schema.where(engine)} is unavailable ({reason}); this command's "
            "changes were rolled back. Run it again once the database is back"
        )


def _refused(exc: BaseException) -> bool:
    """A connection that could not be opened at all (the server is down or restarting)."""
    sqlstate = getattr(exc, "sqlstate", None)
    if sqlstate is not None:
        return str(sqlstate).startswith(("08", "57P"))  # connection exception, operator intervention
    text = str(exc).lower()
    return "connection refused" in text or "could not connect" in text


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


# PostgreSQL's SQLSTATEs for a lost race: unique violation, serialization failure, deadlock.
RACE_SQLSTATES = frozenset({"23505", "40001", "40P01"})


def _is_race(exc: Exception) -> bool:
    """Whether a concurrent writer won: a unique key taken, a serialization failure, a lock."""
    orig = getattr(exc, "orig", exc)
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate is not None:
        return sqlstate in RACE_SQLSTATES
    text = str(orig).lower()
    return any(s in text for s in ("unique", "duplicate key", "locked", "deadlock", "could not serialize"))
