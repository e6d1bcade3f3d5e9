"""The work tray: a person's open tasks, grouped overdue / due this week / later, red/amber/green."""

from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, col, select

from domain.kinds import Role
from domain.status import TaskStatus
from store.database import unit_of_work
from store.tables import CaseRow, TaskRow
from workflows.handlers.context import Services
from workflows.handlers.digest import rag
from workflows.handlers.pages.scope import case_filter
from workflows.handlers.users import WebUser

GROUPS = ("overdue", "due this week", "later")

# What the page's button does for each task kind: the words and the page section it opens.
NEXT: dict[str, tuple[str, str]] = {
    "icsc_decision": ("Record the decision", "decide"),
    "partner_ratification": ("Ratify or challenge", "ratify"),
    "rapid_review_submission": ("Record the submission", "rapid-review"),
    "delay_approval": ("Approve or refuse the delay", "delay"),
}


def _mine(user: WebUser) -> Any:
    if user.role is Role.PARTNER:
        return (col(TaskRow.owner_role) == Role.PARTNER) & (col(TaskRow.party) == (user.partner_id or "-"))
    if user.role is Role.LOCAL_AUTHORITY:
        return col(TaskRow.owner_role).in_([Role.LOCAL_AUTHORITY, Role.SUPPORT_TEAM])
    return col(TaskRow.owner_role) == user.role


def work_tray(services: Services, user: WebUser, today: date) -> dict[str, list[dict[str, Any]]]:
    """The user's open tasks by group, soonest first, each with its status and what to do next."""
    cal = services.calendar
    week_end = today + timedelta(days=6 - today.weekday())
    groups: dict[str, list[dict[str, Any]]] = {g: [] for g in GROUPS}
    query = (
        select(TaskRow, CaseRow)
        .join(CaseRow, col(CaseRow.id) == TaskRow.case_id)
        .where(TaskRow.status == TaskStatus.OPEN, _mine(user))
        .order_by(col(TaskRow.due), col(CaseRow.reference))
    )
    where = case_filter(user)
    if where is not None:
        query = query.where(where)
    with unit_of_work(services.engine) as session:
        rows = _rows(session, query)
    for task, case in rows:
        overdue = today > task.due
        left = cal.working_days_between(today, task.due)
        words, section = NEXT.get(task.kind, ("Open the case", "tasks"))
        group = "overdue" if overdue else "due this week" if task.due <= week_end else "later"
        groups[group].append(
            {
                "reference": case.reference,
                "title": task.title,
                "kind": task.kind,
                "party": task.party or None,
                "due": task.due,
                "follow_up": task.follow_up,
                "working_days_left": left,
                "rag": rag(overdue, False, left).value,
                "next": words,
                "section": section,
            }
        )
    return groups


def _rows(session: Session, query: Any) -> list[tuple[TaskRow, CaseRow]]:
    return [(t, c) for t, c in session.exec(query)]
