"""`cspr plan` and `cspr calendar`: the clock plan and working-day arithmetic, no case store."""

import json
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from domain.events import CaseEvents
from domain.plan import plan_clocks
from workflows import bootstrap
from workflows.cli.app import ConfigOpt, JsonOpt, app, config_arg, iso_date
from workflows.reading import read_incident
from workflows.views import clock_as_dict, console, plan_table

calendar_app = typer.Typer(
    help="Working-day arithmetic on the England & Wales calendar.", no_args_is_help=True
)
app.add_typer(calendar_app, name="calendar")

EVENT_NAMES = [f.name for f in fields(CaseEvents)]


def _events(pairs: list[str]) -> CaseEvents:
    found: dict[str, date] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or name not in EVENT_NAMES:
            raise ValueError(
                f"--event: {pair!r} should be NAME=YYYY-MM-DD with NAME one of " + ", ".join(EVENT_NAMES)
            )
        found[name] = iso_date(value, f"--event {name}")
    return CaseEvents(**found)


@app.command("plan")
def plan_command(
    file: Annotated[
        Path, typer.Option("--file", "-f", help="Incident JSON file (see examples/incident.json).")
    ],
    event: Annotated[
        list[str] | None,
        typer.Option(
            "--event",
            "-e",
            help="An event that has happened, NAME=YYYY-MM-DD; repeatable. "
            "NAME is one of: " + ", ".join(EVENT_NAMES) + ".",
        ),
    ] = None,
    consider: Annotated[
        bool, typer.Option("--consider", help="Plan it as a case raised for the ICSC's discretion (19.17).")
    ] = False,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show the statutory clocks an incident starts, with due dates and why."""
    report = read_incident(file)
    partnership, cal = bootstrap.load(config_arg(config))
    partnership.local_authority(report.local_authority)
    events = _events(event or [])
    clocks = plan_clocks(report.facts(considered_at_discretion=consider), cal, partnership, events)
    if as_json:
        print(
            json.dumps(
                {"aware_date": report.aware_date.isoformat(), "clocks": [clock_as_dict(c) for c in clocks]},
                indent=2,
            )
        )
        return
    title = (
        f"Clock plan: aware {report.aware_date.isoformat()}, "
        f"{report.harm}, abuse or neglect {report.abuse_or_neglect}"
    )
    console(120).print(plan_table(clocks, title))


@calendar_app.command("add")
def calendar_add(
    start: Annotated[str, typer.Argument(help="Day 0, YYYY-MM-DD.")],
    n: Annotated[int, typer.Argument(help="Working days; negative counts back.")],
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """The N-th working day after START (before it if N is negative), and what moved it."""
    _, cal = bootstrap.load(config_arg(config))
    d = iso_date(start, "START")
    result = cal.add_working_days(d, n)
    lo, hi = sorted((d, result))
    moved = cal.explain(lo, hi)
    if as_json:
        print(
            json.dumps(
                {
                    "start": d.isoformat(),
                    "n": n,
                    "result": result.isoformat(),
                    "moved_by": [{"date": x.isoformat(), "name": y} for x, y in moved],
                }
            )
        )
        return
    print(f"{result:%a %d %b %Y} ({result.isoformat()})")
    for x, y in moved:
        print(f"  not a working day: {x:%a %d %b %Y} {y}")
