"""The case page: the case's facts (initials, age and sex only), a timeline of every clock, each
clock's history and why, tasks, notices, decisions, the local review and the audit trail."""

from datetime import date
from typing import Any

from sqlmodel import col, select

from domain.actors import PERMISSIONS
from domain.clocks import met_status_words
from domain.decisions import considered_view
from domain.errors import NotFound, NotPermitted
from domain.escalation import LABELS
from domain.kinds import ClockKind, Role
from domain.status import ClockState
from store.database import unit_of_work
from store.queries import case_view
from store.tables import AuditEventRow, NoticeRow
from workflows.handlers.context import Services
from workflows.handlers.delay_recommendation import recommendations
from workflows.handlers.local_review import waiting_delay
from workflows.handlers.pages.scope import visible_case
from workflows.handlers.users import WebUser

_WIDTH, _LEFT, _ROW = 900, 230, 28


def _may_read(user: WebUser) -> None:
    if user.role not in PERMISSIONS["read_cases"] and user.role is not Role.PARTNER:
        raise NotPermitted(f"read cases: role {user.role} may not do this")


def _label(kind: str) -> str:
    try:
        return LABELS[ClockKind(kind)]
    except (ValueError, KeyError):
        return kind.replace("_", " ")


def case_page(services: Services, user: WebUser, reference: str, today: date) -> dict[str, Any]:
    """Everything the case page shows, for a user who may see the case."""
    _may_read(user)
    with unit_of_work(services.engine) as session:
        case = visible_case(session, user, reference)
        view = case_view(session, reference, today, services.calendar)
        events = session.exec(
            select(AuditEventRow).where(AuditEventRow.reference == reference).order_by(col(AuditEventRow.id))
        ).all()
        waiting = waiting_delay(session, case.id)
        asked = {waiting.id: reference} if waiting and waiting.id else {}
        view["recommendation"] = next(iter(recommendations(session, asked).values()), None)
        view["audit"] = [
            {"at": e.at, "actor": e.actor, "role": e.role, "command": e.command.replace("_", " ")}
            for e in events
        ]
    for c in view["clocks"]:
        c["label"] = _label(c["kind"])
        c["status_words"] = (
            met_status_words(c["late_by_working_days"]) if c["status"] == ClockState.MET else str(c["status"])
        )
    for d in view["decisions"]:
        d["considered_view"] = considered_view(d["considered"])
    view["timeline"] = timeline(view["clocks"], view["aware_date"], today)
    view["open_ratifications"] = sorted(
        t["party"] for t in view["tasks"] if t["kind"] == "partner_ratification" and t["status"] == "open"
    )
    review = view["review"] or {}
    view["waiting_delay"] = next((d for d in review.get("delays", []) if d["status"] == "requested"), None)
    return view


def timeline(clocks: list[dict[str, Any]], aware: str, today: date) -> dict[str, Any]:
    """Where each clock sits on an SVG timeline from awareness to the last due date."""
    start = date.fromisoformat(aware)
    ends = [date.fromisoformat(c["due"]) for c in clocks] + [today]
    ends += [date.fromisoformat(c["met_on"]) for c in clocks if c["met_on"]]
    end = max([*ends, start])
    span = max((end - start).days, 1)

    def x(d: date) -> int:
        return _LEFT + round((d - start).days / span * (_WIDTH - _LEFT - 20))

    rows = []
    for i, c in enumerate(clocks):
        due = date.fromisoformat(c["due"])
        begin = date.fromisoformat(c["start"])
        met = date.fromisoformat(c["met_on"]) if c["met_on"] else None
        late = c["status"] == ClockState.MET and c["late_by_working_days"] > 0
        mark = "met late" if late else "met" if c["status"] == ClockState.MET else str(c["status"])
        rows.append(
            {
                "y": 30 + i * _ROW,
                "x1": x(begin),
                "x2": x(due),
                "xm": x(met) if met else None,
                "label": c["label"] + (f" ({c['party']})" if c["party"] else ""),
                "mark": mark,
                "due": c["due"],
            }
        )
    return {
        "width": _WIDTH,
        "height": 50 + len(clocks) * _ROW,
        "left": _LEFT,
        "today_x": x(today),
        "start": start,
        "end": end,
        "rows": rows,
    }


def notice_page(services: Services, user: WebUser, reference: str, notice_id: int) -> dict[str, Any]:
    """One notice of the case as it was rendered: subject, text and HTML."""
    _may_read(user)
    with unit_of_work(services.engine) as session:
        case = visible_case(session, user, reference)
        notice = session.get(NoticeRow, notice_id)
        if notice is None or notice.case_id != case.id:
            raise NotFound(f"{reference} has no notice {notice_id}")
        return {
            "reference": reference,
            "id": notice.id,
            "kind": notice.kind,
            "status": notice.status,
            "subject": notice.subject,
            "to": [r["email"] for r in notice.recipients],
            "body_text": notice.body_text,
            "body_html": notice.body_html,
        }
