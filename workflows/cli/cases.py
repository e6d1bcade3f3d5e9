"""`cspr incident`, `case`, `cases`, `notice`, `notices` and `audit`: working with the case store."""

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from domain.actors import require
from domain.clocks import met_status_words
from domain.commands import RecordNoticeSent, RetryNotices
from domain.decisions import considered_view
from domain.incident import IncidentReport
from domain.status import ClockChangeKind
from store import audit
from store.audit_seal import seal_of
from store.database import unit_of_work
from store.queries import case_view, open_cases
from workflows import services as svc
from workflows.cli.app import AsOpt, ConfigOpt, JsonOpt, RoleOpt, app, config_arg, iso_date
from workflows.handlers.intake import log_incident, record_notice_sent
from workflows.handlers.outbox import dispatch, retry_notices
from workflows.reading import read_incident
from workflows.views import console

incident_app = typer.Typer(help="Log serious incidents.", no_args_is_help=True)
case_app = typer.Typer(help="Look at one case.", no_args_is_help=True)
notice_app = typer.Typer(help="Record what was sent.", no_args_is_help=True)
notices_app = typer.Typer(help="Deliver queued notices.", no_args_is_help=True)
audit_app = typer.Typer(help="The audit trail.", no_args_is_help=True)
app.add_typer(incident_app, name="incident")
app.add_typer(case_app, name="case")
app.add_typer(notice_app, name="notice")
app.add_typer(notices_app, name="notices")
app.add_typer(audit_app, name="audit")


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, default=str))


@incident_app.command("log")
def incident_log(
    file: Annotated[
        Path,
        typer.Option("--file", "-f", help="Incident JSON file; `cspr incident schema` gives its fields."),
    ],
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Log a serious incident: open the case, start its clocks, queue its notices."""
    who = svc.actor_from(actor, role)
    report = read_incident(file)
    s = svc.services(config_arg(config))
    result = log_incident(s, who, report, svc.now(s.partnership.timezone))
    if as_json:
        _print_json({"reference": result.reference, "created": result.created})
    else:
        print(result.reference if result.created else f"{result.reference} (already logged)")


@incident_app.command("schema")
def incident_schema() -> None:
    """Print the JSON Schema of the incident file."""
    _print_json(IncidentReport.model_json_schema())


@case_app.command("show")
def case_show(
    reference: Annotated[str, typer.Argument(help="Case reference, e.g. CHSCP-2026-0001.")],
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show a case: its clocks (due, working days left, status, why), tasks and notices."""
    who = svc.actor_from(actor, role)
    require(who, "read_cases")
    s = svc.services(config_arg(config))
    with unit_of_work(s.engine) as session:
        view = case_view(session, reference, svc.now(s.partnership.timezone).today, s.calendar)
    if as_json:
        _print_json(view)
        return
    out = console(120)
    out.print(
        Text.assemble(
            (view["reference"], "bold"),
            f" {view['status']}  aware {view['aware_date']}  "
            f"{view['harm']}, abuse or neglect {view['abuse_or_neglect']}  "
            f"(as of {view['as_of']})",
        )
    )
    table = Table(title="Clocks", show_lines=True, expand=True)
    for col in ("clock", "due", "WD left", "status", "basis", "why"):
        table.add_column(col, ratio=1 if col == "why" else None)
    for c in view["clocks"]:
        name = f"{c['kind']} ({c['party']})" if c["party"] else c["kind"]
        status = (met_status_words(c["late_by_working_days"]) if c["status"] == "met" else c["status"]) + (
            f" on {c['met_on']}" if c["met_on"] else ""
        )
        left = "" if c["working_days_left"] is None else str(c["working_days_left"])
        why = c["explanation"]
        moves = [h for h in c["history"] if h["change"] != ClockChangeKind.PLANNED]
        if moves:
            why += "\nHistory: " + "; ".join(
                f"{h['change']} {h['old_due']} -> {h['new_due']}: {h['reason']} ({h['actor']})" for h in moves
            )
        table.add_row(name, c["due"], left, status, c["basis"], why)
    out.print(table)
    if view["decisions"]:
        decisions = Table(title=f"Decisions (stage: {view['stage']})", expand=True)
        for col in ("rev", "outcome", "on", "by", "criteria", "rationale"):
            decisions.add_column(col, ratio=1 if col == "rationale" else None)
        for d in view["decisions"]:
            decisions.add_row(
                str(d["revision"]),
                d["outcome"],
                d["decided_on"],
                d["decided_by"],
                ", ".join(d["criteria"]),
                d["rationale"],
            )
        out.print(decisions)
        for d in view["decisions"]:
            considered = Table(
                title=f"Decision {d['revision']}: every criterion considered (19.15, 19.16)", expand=True
            )
            considered.add_column("criterion", ratio=3)  # the criterion's words wrap; the reason keeps room
            considered.add_column("finding", no_wrap=True)
            considered.add_column("reason", ratio=2)
            for c in considered_view(d["considered"]):
                considered.add_row(f"{c['code']}: {c['text']}", c["finding_words"], c["reason"])
            if not d["considered"]:
                considered.add_row("-", "not recorded", "decided before each criterion was recorded")
            out.print(considered)
    family = view["family"]
    if family["letter_on"] or family["in_person_on"]:
        out.print(
            f"Family told (19.21): letter {family['letter_on'] or 'not yet sent'}, "
            f"in person {family['in_person_on'] or '-'}"
        )
    if view["review"]:
        r = view["review"]
        out.print(
            f"Local review: reviewer {r['reviewer'] or '-'}, planned publication "
            f"{r['planned_publication'] or '-'}, published {r['published_on'] or '-'}"
            + (f", withheld ({r['withheld_scope']})" if r["withheld_scope"] else "")
            + "".join(f"; delay to {d['to_date']} {d['status']}" for d in r["delays"])
        )
    tasks = Table(title="Tasks", expand=True)
    for col in ("task", "owner", "due", "status"):
        tasks.add_column(col)
    for t in view["tasks"]:
        tasks.add_row(t["title"], f"{t['owner_role']}: {t['assignee']}", t["due"], t["status"])
    out.print(tasks)
    notices = Table(title="Notices", expand=True)
    for col in ("id", "kind", "to", "status", "sent on"):
        notices.add_column(col)
    for n in view["notices"]:
        notices.add_row(str(n["id"]), n["kind"], ", ".join(n["to"]), n["status"], n["sent_on"] or "")
    out.print(notices)


@app.command("cases")
def cases(
    actor: AsOpt = None, role: RoleOpt = None, config: ConfigOpt = None, as_json: JsonOpt = False
) -> None:
    """List open cases with their next due clock."""
    who = svc.actor_from(actor, role)
    require(who, "read_cases")
    s = svc.services(config_arg(config))
    with unit_of_work(s.engine) as session:
        rows = open_cases(session, svc.now(s.partnership.timezone).today, s.calendar)
    if as_json:
        _print_json({"cases": rows})
        return
    table = Table(title="Open cases")
    for col in ("reference", "aware", "next clock", "due", "WD left", "status", "met late"):
        table.add_column(col, no_wrap=True)
    for r in rows:
        table.add_row(
            r["reference"],
            r["aware_date"],
            r["next_clock"] or "-",
            r["next_due"] or "-",
            "" if r["working_days_left"] is None else str(r["working_days_left"]),
            r["status"] or "",
            "\n".join(
                f"{m['clock']}{' (' + m['party'] + ')' if m['party'] else ''}: "
                + met_status_words(m["late_by_working_days"])
                for m in r["met_late"]
            ),
        )
    console(160).print(table)


@notice_app.command("sent")
def notice_sent(
    reference: Annotated[str, typer.Argument(help="Case reference.")],
    kind: Annotated[str, typer.Argument(help="panel_notification, partner_notice or lac_death_notice.")],
    on: Annotated[
        str | None,
        typer.Option("--on", help="The day it was sent, YYYY-MM-DD [default: today].", show_default=False),
    ] = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record the day a notice was sent; that meets its clock (and re-plans clocks counted from it)."""
    who = svc.actor_from(actor, role)
    s = svc.services(config_arg(config))
    now = svc.now(s.partnership.timezone)
    day = iso_date(on, "--on") if on else now.today
    record_notice_sent(s, who, RecordNoticeSent(reference=reference, kind=kind, on=day), now)
    if as_json:
        _print_json({"reference": reference, "kind": kind, "sent_on": day.isoformat()})
    else:
        print(f"{reference} {kind}: sent on {day.isoformat()}; clock met")


@notices_app.command("dispatch")
def notices_dispatch(
    actor: AsOpt = None, role: RoleOpt = None, config: ConfigOpt = None, as_json: JsonOpt = False
) -> None:
    """Deliver every queued notice that is due through the configured channel (.eml files by default).

    Exit 1 when any notice was not delivered (it will be retried, or it is parked for a person).
    """
    who = svc.actor_from(actor, role)
    s = svc.services(config_arg(config))
    result = dispatch(s, who, svc.channel(s), svc.now(s.partnership.timezone), svc.delivery_policy())
    if as_json:
        _print_json(result.as_dict())
    else:
        for r in [*result.reclaimed, *result.deliveries]:
            print(f"{r.reference} {r.kind} {r.uid}: {r.status} {r.receipt or r.error or ''}".rstrip())
        if not result.deliveries and not result.reclaimed:
            print(
                "nothing queued" + (f" ({result.waiting} waiting to retry later)" if result.waiting else "")
            )
    if not result.ok:
        print(f"cspr: dispatch: {result.summary()}", file=sys.stderr)
        raise typer.Exit(1)


@notices_app.command("retry")
def notices_retry(
    notices: Annotated[
        list[str] | None,
        typer.Argument(help="Notice ids or uids (`cspr case show REF` lists them).", show_default=False),
    ] = None,
    all_parked: Annotated[bool, typer.Option("--all-parked", help="Re-queue every parked notice.")] = False,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Put parked notices back in the queue (check one that may have been sent first); dispatch sends them."""
    names = notices or []
    bad = [n for n in names if not n.isdigit() and len(n) != 36]
    if bad:
        raise ValueError(f"{bad[0]!r} is neither a notice id (a number) nor a uid (36 characters)")
    command = RetryNotices(
        ids=tuple(int(n) for n in names if n.isdigit()),
        uids=tuple(n for n in names if not n.isdigit()),
        all_parked=all_parked,
    )
    who = svc.actor_from(actor, role)
    s = svc.services(config_arg(config))
    released = retry_notices(s, who, command, svc.now(s.partnership.timezone))
    if as_json:
        _print_json({"requeued": [r.as_dict() for r in released]})
        return
    for r in released:
        print(f"{r.reference} {r.kind} {r.uid}: queued again")
    if not released:
        print("no parked notices")


@audit_app.command("verify")
def audit_verify(
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
    deep: Annotated[
        bool, typer.Option("--deep", help="Also recompute each case's rows and compare them with the trail.")
    ] = False,
) -> None:
    """Check the audit trail (hash chain, MACs, anchor file, every case audited) and say where it breaks."""
    who = svc.actor_from(actor, role)
    require(who, "verify_audit")
    s = svc.services(config_arg(config))
    with unit_of_work(s.engine) as session:
        report = audit.verify(session, seal_of(s.engine), deep=deep)
    if as_json:
        _print_json(
            {
                "ok": report.ok,
                "events": report.events,
                "broken_at": report.broken_at,
                "problem": report.problem,
                "findings": report.findings,
            }
        )
    elif report.ok:
        print(
            f"audit trail intact: {report.events} events"
            + (", every case's rows as recorded" if deep else "")
        )
    if not report.ok:
        if not as_json:
            for finding in report.findings:
                print(f"cspr: audit: {finding}", file=sys.stderr)
        raise typer.Exit(1)
