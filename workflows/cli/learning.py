"""`cspr recommendation`, `cspr action` and `cspr actions`: learning from a local review
(001 §16.1, 19.29-19.30; 004 §3.18) from the command line."""

from typing import Annotated, Any

import typer

from domain.commands import (
    AddAction,
    AddRecommendation,
    CancelAction,
    CompleteAction,
    ListActions,
    UpdateAction,
)
from domain.status import ActionState, ActionStatus
from workflows.cli.app import AsOpt, ConfigOpt, JsonOpt, RoleOpt, app, iso_date
from workflows.cli.common import OnOpt, Ref, done, setup
from workflows.handlers.learning import (
    add_action,
    add_recommendation,
    cancel_action,
    complete_action,
    update_action,
)
from workflows.handlers.learning_read import LISTED, actions_view

recommendation_app = typer.Typer(help="Recommendations of a local review (001 §16.1).", no_args_is_help=True)
action_app = typer.Typer(
    help="Learning actions: who does what by when, progress and evidence (004 §3.18).", no_args_is_help=True
)
app.add_typer(recommendation_app, name="recommendation")
app.add_typer(action_app, name="action")

ActionId = Annotated[int, typer.Argument(help="The action's number, as `cspr actions` lists it.")]


@recommendation_app.command("add")
def recommendation_add(
    reference: Ref,
    number: Annotated[
        int, typer.Option("--number", help="The recommendation's number in the review report (1, 2, ...).")
    ],
    text: Annotated[str, typer.Option("--text", help="The recommendation, as the report words it.")],
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record a recommendation of the case's local review."""
    who, s, now, _ = setup(actor, role, config, None)
    rec_id = add_recommendation(s, who, AddRecommendation(reference=reference, number=number, text=text), now)
    done(
        as_json,
        {"reference": reference, "number": number, "id": rec_id},
        f"{reference}: recommendation {number} recorded",
    )


@action_app.command("add")
def action_add(
    reference: Ref,
    recommendation: Annotated[int, typer.Option("--recommendation", help="The recommendation's number.")],
    agency: Annotated[
        str,
        typer.Option(
            "--agency",
            help="The owning agency: a safeguarding "
            "partner's id (e.g. hackney-council), or another agency's "
            "name in words.",
        ),
    ],
    lead: Annotated[str, typer.Option("--lead", help="The lead, by role title.")],
    description: Annotated[str, typer.Option("--description", help="What will be done.")],
    due: Annotated[str, typer.Option("--due", help="Due date, YYYY-MM-DD.")],
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Add a learning action to a recommendation; prints its number."""
    who, s, now, _ = setup(actor, role, config, None)
    command = AddAction(
        reference=reference,
        recommendation=recommendation,
        agency=agency,
        lead=lead,
        description=description,
        due=iso_date(due, "--due"),
    )
    action_id = add_action(s, who, command, now)
    done(
        as_json,
        {"reference": reference, "recommendation": recommendation, "id": action_id, "due": due},
        f"{reference}: learning action {action_id} added (due {due})",
    )


@action_app.command("update")
def action_update(
    action_id: ActionId,
    note: Annotated[str, typer.Option("--note", help="The progress made.")],
    on: OnOpt = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record progress on an open learning action."""
    who, s, now, day = setup(actor, role, config, on)
    update_action(s, who, UpdateAction(action_id=action_id, note=note, on=day), now)
    done(
        as_json,
        {"id": action_id, "on": day.isoformat()},
        f"learning action {action_id}: progress recorded ({day.isoformat()})",
    )


@action_app.command("complete")
def action_complete(
    action_id: ActionId,
    evidence: Annotated[str, typer.Option("--evidence", help="What shows it is done (required).")],
    on: OnOpt = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Mark a learning action done, with the evidence."""
    who, s, now, day = setup(actor, role, config, on)
    complete_action(s, who, CompleteAction(action_id=action_id, on=day, evidence=evidence), now)
    done(
        as_json,
        {"id": action_id, "completed_on": day.isoformat()},
        f"learning action {action_id}: done on {day.isoformat()}",
    )


@action_app.command("cancel")
def action_cancel(
    action_id: ActionId,
    reason: Annotated[str, typer.Option("--reason", help="Why it no longer applies.")],
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Withdraw an open learning action, with the reason."""
    who, s, now, _ = setup(actor, role, config, None)
    cancel_action(s, who, CancelAction(action_id=action_id, reason=reason), now)
    done(
        as_json,
        {"id": action_id, "status": ActionStatus.CANCELLED},
        f"learning action {action_id}: cancelled",
    )


def _line(r: dict[str, Any]) -> str:
    when = {
        ActionState.DONE: f"done {r['completed_on']}",
        ActionState.OVERDUE: f"due {r['due']}, {r['working_days_overdue']} working day"
        f"{'s' if r['working_days_overdue'] != 1 else ''} overdue",
    }.get(r["status"], f"due {r['due']}")
    return (
        f"    {r['id']:>4}  {r['reference']}  rec {r['recommendation']}  {when}  "
        f"[{r['lead']}] {r['description']}"
    )


@app.command("actions")
def actions_command(
    agency: Annotated[
        str | None,
        typer.Option(
            "--agency", help="Only this agency (a partner id or another agency's name).", show_default=False
        ),
    ] = None,
    status: Annotated[
        str | None, typer.Option("--status", help="Only " + ", ".join(LISTED) + ".", show_default=False)
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="The day to judge overdue by [default: today].", show_default=False),
    ] = None,
    actor: AsOpt = None,
    role: RoleOpt = None,
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Learning actions by agency and status; overdue ones with their working days overdue."""
    who, s, _, day = setup(actor, role, config, None)
    if as_of:
        day = iso_date(as_of, "--as-of")
    rows = actions_view(s, who, ListActions(as_of=day, agency=agency, status=status))
    if as_json:
        done(True, {"as_of": day.isoformat(), "actions": rows}, "")
        return
    if not rows:
        print(f"no learning actions{' of that kind' if agency or status else ''} ({day.isoformat()})")
        return
    agency_seen, status_seen = None, None
    for r in rows:
        if r["agency_name"] != agency_seen:
            agency_seen, status_seen = r["agency_name"], None
            print(r["agency_name"])
        if r["status"] != status_seen:
            status_seen = r["status"]
            print(f"  {status_seen.upper() if status_seen == ActionState.OVERDUE else status_seen}")
        print(_line(r))
