"""The operator's commands on the case store itself: its schema version, upgrades, backups, restores.

They act on the database, not on cases, so they take the store's URL rather than the services
(whose engine would insist on a current schema) and need no actor: whoever can reach the
database can run them.
"""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine

from store import backup as backups
from store import schema
from store.database import make_engine


@dataclass(frozen=True)
class Upgrade:
    """Bring the store's schema to this cspr's newest revision."""

    url: str


@dataclass(frozen=True)
class Backup:
    """Write a copy of the store to a new file."""

    url: str
    path: Path


@dataclass(frozen=True)
class Restore:
    """Replace the store's contents with a backup's; ``force`` lets it replace cases."""

    url: str
    path: Path
    force: bool = False


@dataclass(frozen=True)
class Revision:
    """Where a store's schema stands: its revision (None before any) and this cspr's head."""

    url: str
    before: str | None
    revision: str | None
    head: str

    @property
    def current(self) -> bool:
        return self.revision == self.head


def _engine(url: str) -> Engine:
    return make_engine(url, create=False)


def current(url: str) -> Revision:
    """The store's revision and the head, without changing anything."""
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            revision = schema.current(conn)
        return Revision(schema.where(engine), revision, revision, schema.head())
    finally:
        engine.dispose()


def upgrade(command: Upgrade) -> Revision:
    """Upgrade the store to head in one transaction (a SQLite file is first copied beside itself)."""
    engine = _engine(command.url)
    try:
        with engine.connect() as conn:
            revision, existing = schema.current(conn), schema.has_tables(conn)
        if revision is not None and not schema.known(revision):
            schema.ensure_current(engine)  # refuses it, in one line
        if existing and revision != schema.head():
            schema.backup_beside(engine, revision)
        before, after = schema.upgrade(engine)
        return Revision(schema.where(engine), before, after, schema.head())
    finally:
        engine.dispose()


def backup(command: Backup) -> Path:
    """Write the backup; the store must be current, so a restore needs no migration it lacks."""
    engine = make_engine(command.url)
    try:
        backups.backup(engine, command.path)
        return command.path
    finally:
        engine.dispose()


def restore(command: Restore) -> Revision:
    """Restore a backup into the store, then upgrade it to head (a backup may be older)."""
    kind = backups.kind_of(command.path)
    engine = _engine(command.url)
    try:
        if not command.force and not backups.is_empty(engine):
            raise backups.BackupError(
                f"{schema.where(engine)} holds cases; restoring would replace them. Back it up with "
                "`cspr db backup PATH`, then run the restore again with --force"
            )
        if kind != engine.dialect.name:
            raise backups.BackupError(
                f"{command.path}: a {kind} backup cannot restore into a {engine.dialect.name} store"
            )
        backups.restore(engine, command.path)
        with engine.connect() as conn:
            before = schema.current(conn)
        _, after = schema.upgrade(engine)
        return Revision(schema.where(engine), before, after, schema.head())
    finally:
        engine.dispose()
