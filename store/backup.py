"""Backups of the case store: SQLite's online backup API, or pg_dump / pg_restore for PostgreSQL.

A SQLite backup is a SQLite file; a PostgreSQL backup is a pg_dump custom-format archive. A
backup restores into a store of the same kind. Passwords go to the tools through ``PGPASSWORD``,
never on their command line.
"""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlmodel import SQLModel

from store import schema

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"


class BackupError(ValueError):
    """A backup or restore that cannot go ahead (one line: what is wrong and what to do)."""


def kind_of(path: Path) -> str:
    """'sqlite' or 'postgresql', from the backup file's first bytes."""
    try:
        with path.open("rb") as f:
            start = f.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        raise BackupError(f"{path}: no such file; give the path of a `cspr db backup` file") from None
    except IsADirectoryError:
        raise BackupError(f"{path}: is a folder; give the path of a `cspr db backup` file") from None
    if start.startswith(SQLITE_MAGIC):
        return "sqlite"
    if start.startswith(PGDUMP_MAGIC):
        return "postgresql"
    raise BackupError(f"{path}: not a cspr backup (neither a SQLite file nor a pg_dump archive)")


def backup(engine: Engine, target: Path) -> None:
    """Write a consistent copy of the store to ``target`` (a new file, readable by its owner only)."""
    if target.exists():
        raise BackupError(f"{target}: already exists; give a new file name")
    if not target.parent.is_dir():
        raise BackupError(f"{target.parent}: no such folder; create it first")
    path = schema.sqlite_path(engine)
    if path is not None:
        schema.sqlite_backup(path, target)
        return
    if engine.dialect.name != "postgresql":
        raise BackupError(f"{schema.where(engine)}: backups work on SQLite files and PostgreSQL only")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        _run(engine, "pg_dump", ["--format=custom", "--no-owner", "--no-privileges", f"--file={target}"])
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def is_empty(engine: Engine) -> bool:
    """Whether the store holds no case and no audit event (so a restore loses nothing)."""
    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        for table in ("cases", "audit_events"):
            if table in names and conn.execute(text(f"SELECT 1 FROM {table} LIMIT 1")).first():
                return False
    return True


def restore(engine: Engine, source: Path) -> None:
    """Replace the store's contents with the backup's (the caller has checked it may)."""
    kind = kind_of(source)
    if kind != engine.dialect.name:
        raise BackupError(f"{source}: a {kind} backup cannot restore into a {engine.dialect.name} store")
    path = schema.sqlite_path(engine)
    if kind == "sqlite":
        if path is None:
            raise BackupError(f"{schema.where(engine)}: restore needs a SQLite file, not an in-memory store")
        engine.dispose()
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(path, timeout=60)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        return
    with engine.begin() as conn:
        SQLModel.metadata.drop_all(conn)
        conn.execute(text(f"DROP TABLE IF EXISTS {schema.VERSION_TABLE}"))
    engine.dispose()
    _run(
        engine,
        "pg_restore",
        ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"],
        source=source,
    )


def pg_tool(engine: Engine, name: str) -> str:
    """``pg_dump`` or ``pg_restore`` for the server's major version: from its own bin folder
    (``/usr/lib/postgresql/N/bin``) when installed there, else the one on PATH."""
    with engine.connect() as conn:
        version = int(conn.execute(text("SHOW server_version_num")).scalar_one())
    major = version // 10000
    candidate = Path(f"/usr/lib/postgresql/{major}/bin/{name}")
    if candidate.is_file():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"{name} not found; install the PostgreSQL {major} client tools")
    return found


def _run(engine: Engine, tool: str, args: list[str], source: Path | None = None) -> None:
    url = make_url(engine.url).set(drivername="postgresql")
    env = {**os.environ}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    dsn = url.set(password=None).render_as_string(hide_password=False)
    flag = "--dbname"
    command = [pg_tool(engine, tool), *args, f"{flag}={dsn}"]
    if source is not None:
        command.append(str(source))
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise BackupError(f"{tool} failed: {last}")
