"""Reading learning actions: their state on a day, the list `cspr actions` prints, the overdue ones."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from calendars import WorkingCalendar
from domain.actors import Actor, require
from domain.commands import ListActions
from domain.errors import CommandRefused
from domain.partnership import Partnership
from domain.status import ActionState, ActionStatus
from store.database import unit_of_work
from store.local_review_tables import ActionRow, ActionUpdateRow, RecommendationRow
from store.tables import CaseRow
from workflows.handlers.context import Services
from workflows.handlers.learning import agency_name, agency_of, start_of

LISTED = tuple(ActionState)
"""Statuses `cspr actions --status` filters on; overdue is open and past its due date."""


def action_status(action: ActionRow, as_of: date) -> ActionState:
    """open, overdue (open and past its due date), done or cancelled."""
    if action.status == ActionStatus.OPEN and as_of > action.due:
        return ActionState.OVERDUE
    return ActionState(action.status)


def list_actions(
    session: Session,
    partnership: Partnership,
    calendar: WorkingCalendar,
    as_of: date,
    *,
    agency: str | None = None,
    status: str | None = None,
) -> list[dict[str, Any]]:
    """Learning actions as JSON-ready rows, by agency, then status, then due date."""
    if status is not None and status not in LISTED:
        raise CommandRefused(f"--status: {status!r} is not one of {', '.join(LISTED)}")
    query = (
        select(ActionRow, RecommendationRow.number, CaseRow.reference)
        .join(RecommendationRow, col(RecommendationRow.id) == ActionRow.recommendation_id)
        .join(CaseRow, col(CaseRow.id) == ActionRow.case_id)
    )
    if agency is not None:
        query = query.where(ActionRow.agency == agency_of(partnership, agency)[0])
    updates: dict[int, ActionUpdateRow] = {}
    for u in session.exec(select(ActionUpdateRow).order_by(col(ActionUpdateRow.on), col(ActionUpdateRow.id))):
        updates[u.action_id] = u  # the latest per action
    counts = dict(
        session.exec(
            select(ActionUpdateRow.action_id, func.count()).group_by(col(ActionUpdateRow.action_id))
        ).all()
    )
    order = {s: i for i, s in enumerate(LISTED)}
    rows: list[dict[str, Any]] = []
    for action, number, reference in session.exec(query):
        state = action_status(action, as_of)
        if status is not None and state != status:
            continue
        last = updates.get(action.id or 0)
        overdue = calendar.working_days_between(action.due, as_of) if state == ActionState.OVERDUE else 0
        rows.append(
            {
                "id": action.id,
                "reference": reference,
                "recommendation": number,
                "agency": action.agency,
                "agency_name": agency_name(partnership, action.agency),
                "lead": action.lead,
                "description": action.description,
                "added_on": start_of(action).isoformat(),
                "due": action.due.isoformat(),
                "status": state,
                "working_days_overdue": overdue,
                "completed_on": action.completed_on.isoformat() if action.completed_on else None,
                "evidence": action.evidence,
                "updates": counts.get(action.id or 0, 0),
                "last_update": (
                    {"on": last.on.isoformat(), "note": last.note, "by": last.by} if last else None
                ),
            }
        )
    rows.sort(key=lambda r: (r["agency_name"].lower(), order[r["status"]], r["due"], r["id"]))
    return rows


@dataclass(frozen=True)
class Overdue:
    """An open action past its due date, and by how many working days."""

    action_id: int
    reference: str
    agency: str
    due: date
    working_days_overdue: int


def overdue_actions(session: Session, as_of: date, calendar: WorkingCalendar) -> list[Overdue]:
    """Open actions whose due date is before ``as_of``, most overdue first."""
    found = session.exec(
        select(ActionRow, CaseRow.reference)
        .join(CaseRow, col(CaseRow.id) == ActionRow.case_id)
        .where(ActionRow.status == ActionStatus.OPEN, col(ActionRow.due) < as_of)
    ).all()
    out = [
        Overdue(a.id or 0, ref, a.agency, a.due, calendar.working_days_between(a.due, as_of))
        for a, ref in found
    ]
    return sorted(out, key=lambda o: (-o.working_days_overdue, o.reference, o.action_id))


def actions_view(services: Services, actor: Actor, query: ListActions) -> list[dict[str, Any]]:
    """``list_actions`` for someone whose role may read them."""
    require(actor, "read_actions")
    with unit_of_work(services.engine) as session:
        return list_actions(
            session,
            services.partnership,
            services.calendar,
            query.as_of,
            agency=query.agency,
            status=query.status,
        )
