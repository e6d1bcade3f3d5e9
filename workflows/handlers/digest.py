"""The SLT digest: every open clock by due date with a red/amber/green status, the breaches,
the delays waiting for an SLT approval (19.25), and what changed since the last digest.

Case references only: a digest names no child. One digest per ``as_of`` day; asking again for
the same day returns the one already made.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from calendars import WorkingCalendar
from domain.actors import Actor, require
from domain.clocks import lateness, met_status_words
from domain.commands import SendDigest
from domain.escalation import LABELS
from domain.kinds import ClockKind, Role
from domain.notices import envelope
from domain.status import ClockChangeKind, ClockStatus, Rag, TaskStatus
from store import audit
from store.database import transact
from store.tables import (
    CaseRow,
    ClockChangeRow,
    ClockRow,
    DigestRow,
    EscalationRow,
    TaskRow,
)
from workflows.handlers.context import Now, Services

AMBER_WORKING_DAYS = 2  # due within this many working days: amber (the due_soon rung)
DELAY_WINDOW = 10  # a publication due within this many working days without an approved delay


@dataclass(frozen=True)
class DigestResult:
    """The stored digest and whether this call made it."""

    id: int
    as_of: date
    created: bool
    summary: dict[str, Any]


def rag(overdue: bool, paused: bool, working_days_left: int) -> Rag:
    """red: past its due date; amber: paused, or due within 2 working days; green otherwise."""
    if overdue:
        return Rag.RED
    if paused or working_days_left <= AMBER_WORKING_DAYS:
        return Rag.AMBER
    return Rag.GREEN


def digest_summary(
    session: Session, cal: WorkingCalendar, as_of: date, after_change: int, after_escalation: int
) -> dict[str, Any]:
    """The digest's content as JSON-ready data (case references only)."""
    rows = session.exec(
        select(ClockRow, CaseRow.reference)
        .join(CaseRow, col(CaseRow.id) == col(ClockRow.case_id))
        .where(col(ClockRow.status) == ClockStatus.OPEN)
        .order_by(col(ClockRow.due), col(CaseRow.reference), col(ClockRow.kind), col(ClockRow.party))
    ).all()
    extended = set(
        session.exec(
            select(ClockChangeRow.clock_id).where(col(ClockChangeRow.change) == ClockChangeKind.EXTENDED)
        ).all()
    )
    clocks: list[dict[str, Any]] = []
    delays: list[dict[str, Any]] = []
    for clock, reference in rows:
        left = cal.working_days_between(as_of, clock.due)
        paused = clock.paused_on is not None
        item = {
            "reference": reference,
            "clock": clock.kind,
            "label": LABELS[ClockKind(clock.kind)],
            "party": clock.party or None,
            "due": clock.due.isoformat(),
            "action_by": clock.action_by.isoformat(),
            "statutory": clock.statutory,
            "working_days_left": left,
            "paused_since": clock.paused_on.isoformat() if clock.paused_on else None,
            "rag": rag(as_of > clock.due, paused, left),
        }
        clocks.append(item)
        if (
            clock.kind == ClockKind.PUBLICATION
            and clock.id not in extended
            and (as_of > clock.due or left <= DELAY_WINDOW)
        ):
            delays.append({**item, "waiting_for": "an SLT-approved delay (19.25)"})
    for task, reference in session.exec(
        select(TaskRow, CaseRow.reference)
        .join(CaseRow, col(CaseRow.id) == col(TaskRow.case_id))
        .where(col(TaskRow.status) == TaskStatus.OPEN, col(TaskRow.owner_role) == Role.SLT)
        .order_by(col(TaskRow.due))
    ).all():
        delays.append(
            {
                "reference": reference,
                "clock": task.kind,
                "label": task.title,
                "party": task.party or None,
                "due": task.due.isoformat(),
                "waiting_for": "an SLT approval",
            }
        )
    changes = [
        {
            "reference": reference,
            "clock": clock.kind,
            "party": clock.party or None,
            "change": ch.change,
            "late_by_working_days": (late := _late(cal, ch, clock)),
            "words": met_status_words(late) if ch.change == ClockChangeKind.MET else ch.change,
            "old_due": ch.old_due.isoformat() if ch.old_due else None,
            "new_due": ch.new_due.isoformat() if ch.new_due else None,
            "reason": ch.reason,
            "by": ch.actor,
        }
        for ch, clock, reference in session.exec(
            select(ClockChangeRow, ClockRow, CaseRow.reference)
            .join(ClockRow, col(ClockRow.id) == col(ClockChangeRow.clock_id))
            .join(CaseRow, col(CaseRow.id) == col(ClockRow.case_id))
            .where(
                col(ClockChangeRow.id) > after_change, col(ClockChangeRow.change) != ClockChangeKind.PLANNED
            )
            .order_by(col(ClockChangeRow.id))
        ).all()
    ]
    escalations = [
        {
            "reference": reference,
            "clock": clock.kind,
            "party": clock.party or None,
            "rung": e.rung,
            "occurrence": e.occurrence,
            "fired_on": e.fired_on.isoformat(),
        }
        for e, clock, reference in session.exec(
            select(EscalationRow, ClockRow, CaseRow.reference)
            .join(ClockRow, col(ClockRow.id) == col(EscalationRow.clock_id))
            .join(CaseRow, col(CaseRow.id) == col(ClockRow.case_id))
            .where(col(EscalationRow.id) > after_escalation)
            .order_by(col(EscalationRow.id))
        ).all()
    ]
    last_change = (
        session.exec(select(ClockChangeRow.id).order_by(col(ClockChangeRow.id).desc()).limit(1)).first() or 0
    )
    last_escalation = (
        session.exec(select(EscalationRow.id).order_by(col(EscalationRow.id).desc()).limit(1)).first() or 0
    )
    return {
        "as_of": as_of.isoformat(),
        "clocks": clocks,
        "breaches": [c for c in clocks if c["rag"] == Rag.RED],
        "met_late": [c for c in changes if c["late_by_working_days"]],
        "delays": delays,
        "changes": changes,
        "escalations": escalations,
        "counts": {k: sum(1 for c in clocks if c["rag"] == k) for k in Rag},
        "last_change_id": last_change,
        "last_escalation_id": last_escalation,
    }


def _late(cal: WorkingCalendar, change: ClockChangeRow, clock: ClockRow) -> int:
    """Working days late of a "met" change (counted against the due date it was met on)."""
    if change.change != ClockChangeKind.MET or change.old_due is None:
        return 0
    return lateness(cal, change.old_due, clock.met_on)


def send_digest(services: Services, actor: Actor, command: SendDigest, now: Now) -> DigestResult:
    """Make (once per day) the SLT digest and queue it for delivery to the SLT mailbox."""
    require(actor, "send_digest")
    as_of = command.as_of
    partnership = services.partnership
    slt = partnership.contacts.slt

    def work(session: Session) -> DigestResult:
        existing = session.exec(select(DigestRow).where(DigestRow.as_of == as_of)).first()
        if existing is not None:
            assert existing.id is not None
            return DigestResult(existing.id, as_of, False, existing.summary)
        previous = session.exec(
            select(DigestRow)
            .where(col(DigestRow.as_of) < as_of)
            .order_by(col(DigestRow.as_of).desc())
            .limit(1)
        ).first()
        after_change = previous.summary.get("last_change_id", 0) if previous else 0
        after_escalation = previous.summary.get("last_escalation_id", 0) if previous else 0
        summary = digest_summary(session, services.calendar, as_of, after_change, after_escalation)
        summary["since"] = previous.as_of.isoformat() if previous else None
        head = audit.chain_head(session)  # the trail as this digest found it, before its own event
        summary["audit_head"] = {"event": head[0], "hash": head[1]} if head else None
        context = {"digest": summary, **envelope(partnership, (slt,), as_of)}
        rendered = services.renderer.render("slt_digest", context)
        row = DigestRow(
            as_of=as_of,
            since=previous.created_at if previous else None,
            recipients=context["recipients"],
            subject=rendered.subject,
            body_text=rendered.text,
            body_html=rendered.html,
            summary=summary,
            created_at=now.at,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="slt_digest",
            reference=None,
            detail={
                "as_of": as_of,
                "digest_id": row.id,
                **summary["counts"],
                "breaches": len(summary["breaches"]),
                "changes": len(summary["changes"]),
            },
        )
        return DigestResult(row.id, as_of, True, summary)

    return transact(services.engine, work)
