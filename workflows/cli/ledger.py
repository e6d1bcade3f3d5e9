"""`cspr clock pause|resume|extend`, `cspr case correct` and `cspr calendar reproject`: the clock ledger."""

import json
from typing import Annotated

import typer

from domain.commands import CorrectAwareDate, ExtendClock, PauseClock, ResumeClock
from workflows import services as svc
from workflows.cli.app import AsOpt, ConfigOpt, JsonOpt, RoleOpt, app, config_arg, iso_date
from workflows.cli.cases import case_app
from workflows.cli.planning import calendar_app
from workflows.handlers.ledger import (
    ClockChange,
    correct_aware_date,
    extend_clock,
    pause_clock,
    reproject_clocks,
    resume_clock,
)

clock_app = typer.Typer(
    help="Pause, resume or extend a clock; every change is kept in its history.", no_args_is_help=True
)
app.add_typer(clock_app, name="clock")

RefArg = Annotated[str, typer.Argument(help="Case reference, e.g. CHSCP-2026-0001.")]
KindArg = Annotated[str, typer.Argument(help="Clock kind, e.g. publication or icsc_decision.")]
PartyOpt = Annotated[
    str | None,
    typer.Option(
        "--party",
        help="The partner, for a clock kept per partner (partner_ratification).",
        show_default=False,
    ),
]
ReasonOpt = Annotated[str, typer.Option("--reason", help="Why (kept in the clock's history).")]


def _show(changes: list[ClockChange], as_json: bool, empty: str) -> None:
    if as_json:
        print(json.dumps({"changes": [c.as_dict() for c in changes]}, indent=2))
        return
    for c in changes:
        clock = f"{c.clock} ({c.party})" if c.party else c.clock
        moved = (
            f"due {c.old_due.isoformat()} -> {c.new_due.isoformat()}"
            if c.old_due != c.new_due
            else f"due {c.new_due.isoformat()}"
        )
        print(f"{c.reference} {clock}: {c.change}, {moved}: {c.reason}")
    if not changes:
        print(empty)


@clock_app.command("pause")
def clock_pause(
    reference: RefArg,
    kind: KindArg,
    reason: ReasonOpt,
    party: PartyOpt = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Pause a clock from today: no rung fires while it is paused."""
    who = svc.actor_from(actor, role)
    s = svc.services(config_arg(config))
    command = PauseClock(reference=reference, kind=kind, reason=reason, party=party)
    _show([pause_clock(s, who, command, svc.now(s.partnership.timezone))], as_json, "")


@clock_app.command("resume")
def clock_resume(
    reference: RefArg,
    kind: KindArg,
    on: Annotated[
        str | None,
        typer.Option("--on", help="The day it resumes, YYYY-MM-DD [default: today].", show_default=False),
    ] = None,
    party: PartyOpt = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Resume a paused clock; its due date moves by the working days (or calendar days) paused."""
    who = svc.actor_from(actor, role)
    day = iso_date(on, "--on") if on else None
    s = svc.services(config_arg(config))
    command = ResumeClock(reference=reference, kind=kind, on=day, party=party)
    _show([resume_clock(s, who, command, svc.now(s.partnership.timezone))], as_json, "")


@clock_app.command("extend")
def clock_extend(
    reference: RefArg,
    kind: KindArg,
    to: Annotated[str, typer.Option("--to", help="The new due date, YYYY-MM-DD.")],
    reason: ReasonOpt,
    approver: Annotated[
        str, typer.Option("--approver", help="Who approved it (SLT for publication, 19.25).")
    ],
    party: PartyOpt = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Extend a clock to a later due date, with the reason and the approver."""
    who = svc.actor_from(actor, role)
    day = iso_date(to, "--to")
    s = svc.services(config_arg(config))
    command = ExtendClock(
        reference=reference, kind=kind, to=day, reason=reason, approver=approver, party=party
    )
    _show([extend_clock(s, who, command, svc.now(s.partnership.timezone))], as_json, "")


@case_app.command("correct")
def case_correct(
    reference: RefArg,
    aware_date: Annotated[
        str, typer.Option("--aware-date", help="The corrected date the local authority became aware.")
    ],
    reason: ReasonOpt,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Correct the awareness date; every clock counted from it is re-projected and noted."""
    who = svc.actor_from(actor, role)
    day = iso_date(aware_date, "--aware-date")
    s = svc.services(config_arg(config))
    command = CorrectAwareDate(reference=reference, aware_date=day, reason=reason)
    changes = correct_aware_date(s, who, command, svc.now(s.partnership.timezone))
    _show(changes, as_json, f"{reference}: aware date corrected; no clock moved")


@calendar_app.command("reproject")
def calendar_reproject(
    actor: AsOpt = None, role: RoleOpt = None, config: ConfigOpt = None, as_json: JsonOpt = False
) -> None:
    """Re-count the open clocks on the current calendar (new closure days, a new GOV.UK feed)."""
    who = svc.actor_from(actor, role)
    s = svc.services(config_arg(config))
    _show(reproject_clocks(s, who, svc.now(s.partnership.timezone)), as_json, "no open clock moved")
