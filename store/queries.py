"""Read-only views of cases for people and scripts: dates as ISO strings, statuses as of a day."""

from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from calendars import WorkingCalendar
from domain.clocks import lateness
from domain.errors import NotFound
from domain.status import CaseStatus, ClockState, ClockStatus
from store.local_review_tables import DelayRow, ReviewRow
from store.review_tables import DecisionRow
from store.tables import CaseRow, ChildRow, ClockChangeRow, ClockRow, NoticeRow, TaskRow

_RUNNING = (ClockState.OPEN, ClockState.BREACHED, ClockState.PAUSED)


def clock_status(row: ClockRow, today: date) -> ClockState:
    """met, stopped, paused, open, or breached (open and past its due date)."""
    if row.status == ClockStatus.OPEN and row.paused_on is not None:
        return ClockState.PAUSED
    if row.status == ClockStatus.OPEN and today > row.due:
        return ClockState.BREACHED
    return ClockState(row.status)


def _clock(row: ClockRow, today: date, cal: WorkingCalendar, history: list[ClockChangeRow]) -> dict[str, Any]:
    status = clock_status(row, today)
    left = cal.working_days_between(today, row.due) if status in _RUNNING else None
    return {
        "kind": row.kind,
        "party": row.party or None,
        "start": row.start.isoformat(),
        "due": row.due.isoformat(),
        "action_by": row.action_by.isoformat(),
        "status": status,
        "statutory": row.statutory,
        "basis": row.basis,
        "working_days_left": left,
        "met_on": row.met_on.isoformat() if row.met_on else None,
        "late_by_working_days": lateness(cal, row.due, row.met_on),
        "owner": row.owner,
        "explanation": row.explanation,
        "history": [
            {
                "change": h.change,
                "old_due": h.old_due.isoformat() if h.old_due else None,
                "new_due": h.new_due.isoformat() if h.new_due else None,
                "reason": h.reason,
                "actor": h.actor,
                "at": h.at.isoformat(),
            }
            for h in history
        ],
    }


def find_case(session: Session, reference: str) -> CaseRow:
    """The case with this reference, or NotFound with a pointer to `cspr cases`."""
    case = session.exec(select(CaseRow).where(CaseRow.reference == reference)).first()
    if case is None:
        raise NotFound(f"no case {reference!r}; `cspr cases` lists the open ones")
    return case


def case_view(session: Session, reference: str, today: date, cal: WorkingCalendar) -> dict[str, Any]:
    """Everything about one case, as JSON-ready data."""
    case = find_case(session, reference)
    clocks = session.exec(
        select(ClockRow).where(ClockRow.case_id == case.id).order_by(col(ClockRow.due), col(ClockRow.kind))
    ).all()
    changes: dict[int, list[ClockChangeRow]] = {}
    ids = [c.id for c in clocks]
    for ch in session.exec(
        select(ClockChangeRow).where(col(ClockChangeRow.clock_id).in_(ids)).order_by(col(ClockChangeRow.id))
    ):
        changes.setdefault(ch.clock_id, []).append(ch)
    tasks = session.exec(
        select(TaskRow).where(TaskRow.case_id == case.id).order_by(col(TaskRow.due), col(TaskRow.id))
    ).all()
    notices = session.exec(
        select(NoticeRow).where(NoticeRow.case_id == case.id).order_by(col(NoticeRow.id))
    ).all()
    children = session.exec(select(ChildRow).where(ChildRow.case_id == case.id)).all()
    return {
        "reference": case.reference,
        "status": case.status,
        "local_authority": case.local_authority,
        "incident_date": case.incident_date.isoformat(),
        "aware_date": case.aware_date.isoformat(),
        "harm": case.harm,
        "abuse_or_neglect": case.abuse_or_neglect,
        "location": case.location,
        "looked_after": case.looked_after,
        "criminal_investigation": case.criminal_investigation,
        "children": [{"initials": c.initials, "age": c.age, "sex": c.sex} for c in children],
        "clocks": [_clock(c, today, cal, changes.get(c.id or 0, [])) for c in clocks],
        "tasks": [
            {
                "kind": t.kind,
                "party": t.party or None,
                "title": t.title,
                "owner_role": t.owner_role,
                "assignee": t.assignee,
                "due": t.due.isoformat(),
                "follow_up": t.follow_up.isoformat(),
                "status": t.status,
                "outcome": t.outcome,
            }
            for t in tasks
        ],
        "notices": [
            {
                "id": n.id,
                "uid": n.uid,
                "kind": n.kind,
                "status": n.status,
                "subject": n.subject,
                "to": [r["email"] for r in n.recipients],
                "due": n.due.isoformat() if n.due else None,
                "attempts": n.attempts,
                "delivered_at": n.delivered_at.isoformat() if n.delivered_at else None,
                "receipt": n.receipt,
                "last_error": n.last_error,
                "may_have_been_sent": n.may_have_been_sent,
                "sent_on": n.sent_on.isoformat() if n.sent_on else None,
            }
            for n in notices
        ],
        "decisions": [
            {
                "revision": d.revision,
                "outcome": d.outcome,
                "criteria": d.criteria,
                "considered": d.considered,
                "rationale": d.rationale,
                "family_rationale": d.family_rationale,
                "immediate_actions": d.immediate_actions,
                "decided_on": d.decided_on.isoformat(),
                "decided_by": d.decided_by,
            }
            for d in session.exec(
                select(DecisionRow).where(DecisionRow.case_id == case.id).order_by(col(DecisionRow.revision))
            )
        ],
        "stage": case.stage,
        "family": {
            "letter_on": case.family_notified_on.isoformat() if case.family_notified_on else None,
            "in_person_on": case.family_met_on.isoformat() if case.family_met_on else None,
        },
        "review": _review(session, case.id),
        "as_of": today.isoformat(),
    }


def _review(session: Session, case_id: int | None) -> dict[str, Any] | None:
    review = session.exec(select(ReviewRow).where(ReviewRow.case_id == case_id)).first()
    if review is None:
        return None
    data = review.model_dump(exclude={"id", "case_id"})
    delays = session.exec(
        select(DelayRow).where(DelayRow.case_id == case_id).order_by(col(DelayRow.id))
    ).all()
    data["delays"] = [d.model_dump(exclude={"id", "case_id"}) for d in delays]
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in data.items()} | {
        "delays": [
            {k: v.isoformat() if isinstance(v, date) else v for k, v in d.items()} for d in data["delays"]
        ]
    }


def open_cases(session: Session, today: date, cal: WorkingCalendar) -> list[dict[str, Any]]:
    """Open cases with their next due open clock, soonest first."""
    rows: list[dict[str, Any]] = []
    for case in session.exec(
        select(CaseRow).where(CaseRow.status == CaseStatus.OPEN).order_by(col(CaseRow.reference))
    ):
        late = [
            {"clock": c.kind, "party": c.party or None, "late_by_working_days": n}
            for c in session.exec(
                select(ClockRow)
                .where(ClockRow.case_id == case.id, ClockRow.status == ClockStatus.MET)
                .order_by(col(ClockRow.due), col(ClockRow.kind))
            )
            if (n := lateness(cal, c.due, c.met_on))
        ]
        nxt = session.exec(
            select(ClockRow)
            .where(ClockRow.case_id == case.id, ClockRow.status == ClockStatus.OPEN)
            .order_by(col(ClockRow.due))
            .limit(1)
        ).first()
        rows.append(
            {
                "reference": case.reference,
                "aware_date": case.aware_date.isoformat(),
                "next_clock": nxt.kind if nxt else None,
                "next_due": nxt.due.isoformat() if nxt else None,
                "status": clock_status(nxt, today) if nxt else None,
                "working_days_left": cal.working_days_between(today, nxt.due) if nxt else None,
                "met_late": late,
            }
        )
    return sorted(rows, key=lambda r: (r["next_due"] or "9999", r["reference"]))
