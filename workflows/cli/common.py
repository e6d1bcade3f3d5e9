"""Pieces every case command shares: the reference argument, --on, setting up, and printing."""

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from domain.actors import Actor
from workflows import services as svc
from workflows.cli.app import config_arg, iso_date
from workflows.handlers.context import Now, Services

Ref = Annotated[str, typer.Argument(help="Case reference, e.g. CHSCP-2026-0001.")]
OnOpt = Annotated[
    str | None, typer.Option("--on", help="The date, YYYY-MM-DD [default: today].", show_default=False)
]


def setup(
    actor: str | None, role: str | None, config: Path | None, on: str | None
) -> tuple[Actor, Services, Now, date]:
    """Who is acting, the services, the moment, and the day the command records (--on or today)."""
    who = svc.actor_from(actor, role)
    s = svc.services(config_arg(config))
    now = svc.now(s.partnership.timezone)
    return who, s, now, iso_date(on, "--on") if on else now.today


def done(as_json: bool, data: dict[str, object], line: str) -> None:
    """Print the result: JSON for scripts, one line for people."""
    print(json.dumps(data, default=str) if as_json else line)
