"""`cspr db`: the case store's schema version, upgrades, backups and restores."""

from pathlib import Path
from typing import Annotated

import typer

from workflows.cli.app import JsonOpt, app
from workflows.cli.common import done
from workflows.handlers import database
from workflows.settings import settings

db_app = typer.Typer(help="The case store: schema version, upgrades, backups.", no_args_is_help=True)
app.add_typer(db_app, name="db")

PathArg = Annotated[Path, typer.Argument(help="The backup file.", show_default=False)]


@db_app.command("current")
def current(as_json: JsonOpt = False) -> None:
    """Print the store's schema revision and the one this cspr needs (exit 1 when behind)."""
    r = database.current(settings().store_url())
    state = "current" if r.current else f"behind: run `cspr db upgrade` to reach {r.head}"
    done(
        as_json,
        {"url": r.url, "revision": r.revision, "head": r.head, "current": r.current},
        f"{r.url}: revision {r.revision or 'none'} ({state})",
    )
    if not r.current:
        raise typer.Exit(1)


@db_app.command("upgrade")
def upgrade(as_json: JsonOpt = False) -> None:
    """Upgrade the store's schema to this cspr's newest revision, keeping every row."""
    r = database.upgrade(database.Upgrade(url=settings().store_url()))
    line = (
        f"{r.url}: already at revision {r.revision}"
        if r.before == r.revision
        else f"{r.url}: upgraded from revision {r.before or 'none'} to {r.revision}"
    )
    done(as_json, {"url": r.url, "before": r.before, "revision": r.revision, "head": r.head}, line)


@db_app.command("backup")
def backup(path: PathArg, as_json: JsonOpt = False) -> None:
    """Copy the store to a new file (SQLite's online backup, or pg_dump for PostgreSQL)."""
    written = database.backup(database.Backup(url=settings().store_url(), path=path))
    done(as_json, {"path": str(written)}, f"backed up to {written}")


@db_app.command("restore")
def restore(
    path: PathArg,
    force: Annotated[bool, typer.Option("--force", help="Replace a store that already holds cases.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Replace the store's contents with a backup, then upgrade it to this cspr's schema."""
    r = database.restore(database.Restore(url=settings().store_url(), path=path, force=force))
    done(
        as_json,
        {"url": r.url, "path": str(path), "revision": r.revision},
        f"{r.url}: restored from {path} (revision {r.revision})",
    )
