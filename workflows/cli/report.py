"""`cspr report annual`: the partnership's annual report on practice reviews (001 §16.1; 004
§3.18) as Markdown and one self-contained HTML file."""

import json
from pathlib import Path
from typing import Annotated

import typer

from domain.commands import MakeAnnualReport
from notifications.annual_report import write_report
from workflows.cli.app import AsOpt, ConfigOpt, JsonOpt, RoleOpt, app
from workflows.cli.common import setup
from workflows.handlers.report import make_annual_report

report_app = typer.Typer(help="Reports from the case record.", no_args_is_help=True)
app.add_typer(report_app, name="report")


@report_app.command("annual")
def annual_command(
    year: Annotated[
        int,
        typer.Option(
            "--year", help="The reporting year by its first calendar year: 2026 is April 2026 to March 2027."
        ),
    ],
    out: Annotated[Path, typer.Option("--out", help="Folder to write the report into.")] = Path(
        "var/reports"
    ),
    start_month: Annotated[
        int | None,
        typer.Option(
            "--start-month",
            min=1,
            max=12,
            show_default=False,
            help="Month the reporting year starts (1-12) [default: the configuration's "
            "[reporting] year_start_month, else 4 = April].",
        ),
    ] = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Write annual-report-<year>.md and .html (charts inline) and print their paths; figures
    run to the year's last day, or to today while the year is still going."""
    who, s, now, _ = setup(actor, role, config, None)
    report = make_annual_report(s, who, MakeAnnualReport(year=year, start_month=start_month), now)
    md, html = write_report(report, out)
    if as_json:
        print(json.dumps({"markdown": str(md), "html": str(html), "report": report.as_dict()}, indent=2))
        return
    print(md)
    print(html)
