"""The case list and the SLT dashboard: open cases and clocks, breaches, delays waiting."""

from datetime import date
from typing import Any

from sqlmodel import col, select

from domain.actors import PERMISSIONS
from domain.errors import NotFound, NotPermitted
from domain.kinds import Role
from domain.status import CaseStatus, ClockState, ClockStatus, DelayStatus
from store.database import unit_of_work
from store.local_review_tables import DelayRow
from store.queries import clock_status, open_cases
from store.tables import CaseRow, ClockRow, DigestRow
from workflows.handlers.context import Services
from workflows.handlers.delay_recommendation import recommendations
from workflows.handlers.digest import rag
from workflows.handlers.pages.case_page import _label
from workflows.handlers.pages.scope import case_filter
from workflows.handlers.users import WebUser

DASHBOARD_ROLES = frozenset({Role.SLT, Role.SUPPORT_TEAM, Role.SPA, Role.ICSC})


def case_list(services: Services, user: WebUser, today: date) -> list[dict[str, Any]]:
    """Open cases this user may see, with each one's next due clock."""
    if user.role not in PERMISSIONS["read_cases"] and user.role is not Role.PARTNER:
        raise NotPermitted(f"read cases: role {user.role} may not do this")
    with unit_of_work(services.engine) as session:
        rows = open_cases(session, today, services.calendar)
        where = case_filter(user)
        if where is not None:
            mine = set(session.exec(select(CaseRow.reference).where(where)))
            rows = [r for r in rows if r["reference"] in mine]
    for r in rows:
        r["next_label"] = _label(r["next_clock"]) if r["next_clock"] else None
    return rows


def dashboard(services: Services, user: WebUser, today: date) -> dict[str, Any]:
    """Every open case's open clocks with red/amber/green, the breaches, and delays waiting."""
    if user.role not in DASHBOARD_ROLES:
        raise NotPermitted(
            f"dashboard: role {user.role} may not see it; it is for "
            + ", ".join(sorted(r.value for r in DASHBOARD_ROLES))
        )
    cal = services.calendar
    clocks: list[dict[str, Any]] = []
    with unit_of_work(services.engine) as session:
        query = (
            select(ClockRow, CaseRow)
            .join(CaseRow, col(CaseRow.id) == ClockRow.case_id)
            .where(CaseRow.status == CaseStatus.OPEN, ClockRow.status == ClockStatus.OPEN)
            .order_by(col(ClockRow.due), col(CaseRow.reference))
        )
        for clock, case in session.exec(query):
            state = clock_status(clock, today)
            left = cal.working_days_between(today, clock.due)
            clocks.append(
                {
                    "reference": case.reference,
                    "label": _label(clock.kind),
                    "party": clock.party or None,
                    "due": clock.due,
                    "status": state.value,
                    "working_days_left": left,
                    "rag": rag(state is ClockState.BREACHED, state is ClockState.PAUSED, left).value,
                }
            )
        waiting = list(
            session.exec(
                select(DelayRow, CaseRow)
                .join(CaseRow, col(CaseRow.id) == DelayRow.case_id)
                .where(DelayRow.status == DelayStatus.REQUESTED)
                .order_by(col(DelayRow.requested_on))
            )
        )
        advice = recommendations(session, {d.id: c.reference for d, c in waiting if d.id is not None})
        delays = [
            {
                "reference": case.reference,
                "recommendation": advice.get(d.id or 0),
                "to": d.to_date,
                "reason": d.reason,
                "requested_by": d.requested_by,
                "requested_on": d.requested_on,
            }
            for d, case in waiting
        ]
        latest = session.exec(select(DigestRow).order_by(col(DigestRow.as_of).desc()).limit(1)).first()
        digest = {"id": latest.id, "as_of": latest.as_of, "subject": latest.subject} if latest else None
    cases = sorted({c["reference"] for c in clocks})
    return {
        "clocks": clocks,
        "breaches": [c for c in clocks if c["status"] == ClockState.BREACHED],
        "delays": delays,
        "open_cases": cases,
        "digest": digest,
    }


def digest_html(services: Services, user: WebUser, digest_id: int) -> str:
    """A stored SLT digest's HTML, for the people who may see the dashboard."""
    if user.role not in DASHBOARD_ROLES:
        raise NotPermitted(f"digest: role {user.role} may not see it")
    with unit_of_work(services.engine) as session:
        row = session.get(DigestRow, digest_id)
        if row is None:
            raise NotFound(f"no digest {digest_id}")
        return row.body_html
