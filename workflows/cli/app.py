"""The `cspr` Typer application, its shared options, and the entry point that keeps errors to one line."""

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from typer._click.exceptions import ClickException  # typer 0.29 carries its own click

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
RoleOpt = Annotated[
    str | None,
    typer.Option(
        "--role",
        help="Your role: support_team, spa, icsc, partner, slt, local_authority (or set CSPR_ROLE).",
        show_default=False,
    ),
]


def iso_date(value: str, what: str) -> date:
    """Parse YYYY-MM-DD or say, in one line, how to write it."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{what}: {value!r} is not a date; write it as YYYY-MM-DD") from None


def config_arg(config: Path | None) -> str | None:
    return str(config) if config else None


def main(argv: list[str] | None = None) -> int:
    """Run the command line; bad input gives one line on stderr and exit code 2."""
    from workflows.cli import (  # noqa: F401  (registers the commands)
        cases,
        learning,
        ledger,
        local_review,
        planning,
        report,
        review,
        sweep,
        users,
    )

    command = typer.main.get_command(app)
    try:
        code = command.main(args=argv, prog_name="cspr", standalone_mode=False)
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        print("cspr: aborted", file=sys.stderr)
        return 1
    except ClickException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # help was printed: nothing went wrong
            return 0
        print(f"cspr: {' '.join(exc.format_message().split())} (see --help)", file=sys.stderr)
        return exc.exit_code
    except ValueError as exc:
        if settings().debug:
            raise
        print(f"cspr: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    return code if isinstance(code, int) else 0  # typer.Exit(n) comes back as n


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
