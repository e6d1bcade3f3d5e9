"""The `cspr` Typer application, its shared options, and the entry point that keeps errors to one line."""

import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError
from typer._click.exceptions import ClickException  # typer 0.29 carries its own click

from domain.text import NAME_MAX, TEXT_MAX, check_text
from notifications.channels import DeliveryError
from store import audit
from store.database import StoreUnavailable
from workflows.errors import file_fault, one_line, store_fault
from workflows.files import owner_only
from workflows.settings import settings

app = typer.Typer(
    name="cspr",
    help="Child safeguarding practice reviews: cases, statutory clocks and notices.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        envvar="CSPR_CONFIG",
        help="Partnership TOML file [default: config/city-and-hackney.toml]",
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
AsOpt = Annotated[str | None, typer.Option("--as", help="Your name (or set CSPR_ACTOR).", show_default=False)]


def person_role(role: str | None) -> str | None:
    """A role a person may give: every role but ``system``, which only the scheduled flows act as."""
    if role is not None and role.strip().lower() == "system":
        raise ValueError(
            "--role system is for cspr's scheduled flows only; give your own role "
            "(support_team, spa, icsc, partner, slt or local_authority)"
        )
    return role


RoleOpt = Annotated[
    str | None,
    typer.Option(
        "--role",
        help="Your role: support_team, spa, icsc, partner, slt, local_authority (or set CSPR_ROLE).",
        show_default=False,
        callback=person_role,
    ),
]


def iso_date(value: str, what: str) -> date:
    """Parse YYYY-MM-DD or say, in one line, how to write it."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{what}: {value!r} is not a date; write it as YYYY-MM-DD") from None


NAME_OPTIONS = frozenset({"--as", "--approver", "--lead", "--reviewer", "--agency", "--partner"})
"""Options that take a name, held to :data:`domain.text.NAME_MAX` characters."""


def check_arguments(argv: list[str]) -> None:
    """Refuse, in one line, an argument no free text may be: too long, only spaces, or holding a
    control or text-direction character (whatever option it is for)."""
    after: str | None = None
    for number, arg in enumerate(argv, 1):
        what, value = after or f"argument {number}", arg
        if arg.startswith("--") and "=" in arg:
            what, value = arg.split("=", 1)
        after = arg if arg.startswith("-") and "=" not in arg else None
        most = NAME_MAX if what in NAME_OPTIONS else TEXT_MAX
        if value:
            check_text(value, what, most=most, line=what in NAME_OPTIONS)


def config_arg(config: Path | None) -> str | None:
    return str(config) if config else None


OPERATOR = "operator on the server"
"""How the audit trail describes a CLI actor: a person at the server, whose --as/--role is their word."""


def main(argv: list[str] | None = None) -> int:
    """Run the command line; every failure is one line on stderr.

    Exit 2 for bad input (the line says what is wrong and how to fix it), 1 for a fault of the
    environment (the case store, a file or folder, the disk). No traceback and no child detail is
    printed; ``CSPR_DEBUG`` shows the traceback instead.
    """
    from workflows.cli import (  # noqa: F401  (registers the commands)
        cases,
        db,
        learning,
        ledger,
        local_review,
        planning,
        report,
        review,
        sweep,
        users,
    )

    origin = audit.ORIGIN.set(OPERATOR)  # for this command only: flows run later act as the system
    try:
        return _run(typer.main.get_command(app), argv)
    finally:
        audit.ORIGIN.reset(origin)


def _run(command: Any, argv: list[str] | None) -> int:
    try:
        check_arguments(sys.argv[1:] if argv is None else argv)
        with owner_only():
            code = command.main(args=argv, prog_name="cspr", standalone_mode=False)
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        return _fail("aborted", 1)
    except ClickException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # help was printed: nothing went wrong
            return 0
        return _fail(f"{exc.format_message()} (see --help)", exc.exit_code)
    except Exception as exc:
        if _debug():
            raise
        line, status = fault_line(exc)
        return _fail(line, status)
    return code if isinstance(code, int) else 0  # typer.Exit(n) comes back as n


def fault_line(exc: Exception) -> tuple[str, int]:
    """The one line and the exit status for an exception that ends a command."""
    if isinstance(exc, StoreUnavailable):  # the database is down or restarting: not the input
        return str(exc), 1
    if isinstance(exc, ValidationError):  # its own text repeats the input: keep to the field and problem
        return one_line(exc), 2
    if isinstance(exc, ValueError):
        return str(exc), 2
    if isinstance(exc, SQLAlchemyError):
        return store_fault(exc), 1
    if isinstance(exc, OSError):
        return file_fault(exc), 1
    if isinstance(exc, DeliveryError):  # its words name the notice by id and case reference only
        return str(exc), 1
    if isinstance(exc, RecursionError):
        return "the input is nested too deeply; simplify it", 2
    if isinstance(exc, ImportError):
        return (
            f"a module is not installed ({exc.name}); for CSPR_DATABASE_URL use "
            "sqlite:///PATH or postgresql+psycopg://USER@HOST/NAME"
        ), 1
    if isinstance(exc, MemoryError):
        return "out of memory; the input is too large", 1
    return f"unexpected {type(exc).__name__}; nothing was changed (CSPR_DEBUG=1 shows where)", 1


def _debug() -> bool:
    try:
        return bool(settings().debug)
    except Exception:  # the settings themselves are at fault: that is what gets reported
        return False


def _fail(line: str, status: int) -> int:
    print(f"cspr: {' '.join(line.split())}", file=sys.stderr)
    return status


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
