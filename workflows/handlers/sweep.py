"""The deadline sweep: fire each open clock's due rung of the escalation ladder, once.

``evaluate`` reads only the columns it needs of every open, unpaused clock (a Core select of
tuples) and asks the pure ``Ladder`` which rung, if any, is due and not yet fired. ``sweep``
then fires each one in its own small transaction: an ``EscalationRow`` (unique per clock,
ladder round, rung and occurrence), the rendered notice in the outbox and an audit event.
Two sweeps at the same moment cannot both fire a rung: the second finds the row (or loses
the insert on the unique key) and skips it quietly.
"""

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Row, select
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from domain.actors import Actor, require
from domain.commands import Sweep
from domain.escalation import AUTHORITY, LABELS, RUNG_TITLES, rung_recipients
from domain.kinds import ClockKind, Rung
from domain.ladder import Ladder
from domain.status import ClockStatus
from store import audit
from store.database import transact, unit_of_work
from store.tables import CaseRow, ClockRow, EscalationRow, NoticeRow
from workflows.handlers.context import Now, Services

BATCH = 5_000


@dataclass(frozen=True)
class RungToFire:
    """A rung a sweep found due for one clock (nothing written yet)."""

    clock_id: int
    ladder_round: int
    due: date
    rung: Rung
    occurrence: int
    scheduled_on: date
    late_by_working_days: int


@dataclass(frozen=True)
class Fired:
    """A rung this sweep fired: the case, the clock, the rung and who was told."""

    reference: str
    clock: str
    party: str | None
    rung: str
    occurrence: int
    scheduled_on: date
    due: date
    late_by_working_days: int
    recipients: list[str]
    notice_id: int

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["scheduled_on"] = self.scheduled_on.isoformat()
        data["due"] = self.due.isoformat()
        return data


@dataclass(frozen=True)
class SweepResult:
    """What one sweep looked at and fired."""

    as_of: date
    evaluated: int
    fired: list[Fired] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "evaluated": self.evaluated,
            "fired": [f.as_dict() for f in self.fired],
        }


def _open_clocks(session: Session) -> Iterator[Row[Any]]:
    stmt = select(
        col(ClockRow.id),
        col(ClockRow.start),
        col(ClockRow.due),
        col(ClockRow.working_days),
        col(ClockRow.ladder_round),
        col(ClockRow.ladder_mark),
    ).where(col(ClockRow.status) == ClockStatus.OPEN, col(ClockRow.paused_on).is_(None))
    result = session.connection().execute(stmt.execution_options(yield_per=BATCH))
    for partition in result.partitions():
        yield from partition


def evaluate(services: Services, as_of: date) -> tuple[int, list[RungToFire]]:
    """How many open clocks were looked at, and the rung due for each clock that has one."""
    current = Ladder(services.partnership.ladder, services.calendar).current
    found: list[RungToFire] = []
    count = 0
    with unit_of_work(services.engine) as session:
        for clock_id, start, due, budget, ladder_round, mark in _open_clocks(session):
            count += 1
            hit = current(start, due, budget, as_of, mark)
            if hit is not None:
                found.append(
                    RungToFire(
                        clock_id,
                        ladder_round,
                        due,
                        hit.rung,
                        hit.occurrence,
                        hit.scheduled_on,
                        hit.late_by_working_days,
                    )
                )
    return count, found


def sweep(services: Services, actor: Actor, command: Sweep, now: Now) -> SweepResult:
    """Fire every rung due on or before ``as_of`` that has not fired; report what fired."""
    require(actor, "sweep")
    as_of = command.as_of
    evaluated, due = evaluate(services, as_of)
    fired = [f for f in (_fire(services, actor, hit, as_of, now) for hit in due) if f is not None]
    from workflows.handlers.learning import sweep_actions  # learning actions climb the same ladder

    fired += sweep_actions(services, actor, as_of, now)
    fired.sort(key=lambda f: (f.reference, f.due, f.clock, f.party or "", f.rung))
    return SweepResult(as_of, evaluated, fired)


def _fire(services: Services, actor: Actor, hit: RungToFire, as_of: date, now: Now) -> Fired | None:
    def work(session: Session) -> Fired | None:
        clock = session.get(ClockRow, hit.clock_id)
        # The clock may have changed since it was read: met, paused or moved by a command.
        if (
            clock is None
            or clock.status != ClockStatus.OPEN
            or clock.paused_on is not None
            or clock.ladder_round != hit.ladder_round
            or clock.due != hit.due
            or (clock.ladder_mark is not None and clock.ladder_mark >= hit.scheduled_on)
        ):
            return None
        already = session.exec(
            sm_select(EscalationRow.id).where(
                col(EscalationRow.clock_id) == hit.clock_id,
                col(EscalationRow.rung) == hit.rung,
                col(EscalationRow.occurrence) == hit.occurrence,
                col(EscalationRow.ladder_round) == hit.ladder_round,
            )
        ).first()
        if already is not None:
            return None  # another sweep fired it
        case = session.get(CaseRow, clock.case_id)
        assert case is not None and clock.id is not None
        to = rung_recipients(services.partnership, hit.rung, clock.kind, clock.party)
        if not to:
            return None
        notice = _notice(services, clock, case.reference, hit, to, as_of, now)
        session.add(notice)
        session.flush()
        session.add(
            EscalationRow(
                clock_id=clock.id,
                rung=hit.rung,
                occurrence=hit.occurrence,
                ladder_round=hit.ladder_round,
                scheduled_on=hit.scheduled_on,
                fired_on=as_of,
                due=clock.due,
                late_by_working_days=hit.late_by_working_days,
                recipients=[{"name": c.name, "email": c.email} for c in to],
                notice_id=notice.id,
                created_at=now.at,
            )
        )
        clock.ladder_mark = hit.scheduled_on
        session.add(clock)
        session.flush()  # a concurrent sweep's row shows up here as an IntegrityError: retried
        emails = [c.email for c in to]
        audit.append(
            session,
            at=now.at,
            actor=actor.name,
            role=actor.role,
            command="escalate",
            reference=case.reference,
            detail={
                "clock": clock.kind,
                "party": clock.party or None,
                "rung": hit.rung,
                "occurrence": hit.occurrence,
                "ladder_round": hit.ladder_round,
                "scheduled_on": hit.scheduled_on,
                "as_of": as_of,
                "due": clock.due,
                "late_by_working_days": hit.late_by_working_days,
                "to": emails,
            },
        )
        assert notice.id is not None
        return Fired(
            case.reference,
            clock.kind,
            clock.party or None,
            hit.rung,
            hit.occurrence,
            hit.scheduled_on,
            clock.due,
            hit.late_by_working_days,
            emails,
            notice.id,
        )

    return transact(services.engine, work)


def _notice(
    services: Services,
    clock: ClockRow,
    reference: str,
    hit: RungToFire,
    to: tuple[Any, ...],
    as_of: date,
    now: Now,
) -> NoticeRow:
    partnership, cal = services.partnership, services.calendar
    kind = ClockKind(clock.kind)
    party_name = partnership.partner(clock.party).name if clock.party else None
    context = {
        "notice": {
            "kind": str(hit.rung),
            "basis": clock.basis,
            "due": clock.due,
            "working_days_left": cal.working_days_between(as_of, clock.due),
            "explanation": clock.explanation,
        },
        "case": {"reference": reference},
        "clock": {
            "kind": clock.kind,
            "label": LABELS[kind],
            "party": party_name,
            "due": clock.due,
            "action_by": clock.action_by,
            "statutory": clock.statutory,
            "owner": clock.owner,
            "to": clock.recipients,
            "approver": (approver.value.upper() if (approver := AUTHORITY[kind]) is not None else None),
        },
        "rung": {
            "id": str(hit.rung),
            "title": RUNG_TITLES[hit.rung],
            "occurrence": hit.occurrence,
            "scheduled_on": hit.scheduled_on,
            "late_by_working_days": hit.late_by_working_days,
            "overdue_working_days": max(0, cal.working_days_between(clock.due, as_of)),
        },
        "partnership": {"name": partnership.name, "short_name": partnership.reference_prefix},
        "sender": {
            "name": partnership.contacts.support_team.name,
            "email": partnership.delivery.from_address,
        },
        "recipients": [{"name": c.name, "email": c.email} for c in to],
        "today": as_of,
    }
    rendered = services.renderer.render(str(hit.rung), context)
    dedupe = f"{clock.kind}:{clock.party}:{hit.rung}:{hit.ladder_round}:{hit.occurrence}"
    return NoticeRow(
        case_id=clock.case_id,
        kind=str(hit.rung),
        dedupe_key=dedupe,
        clock_kind=None,
        recipients=[{"name": c.name, "email": c.email} for c in to],
        subject=rendered.subject,
        body_text=rendered.text,
        body_html=rendered.html,
        due=clock.due,
        created_at=now.at,
    )


def new_round(clock: ClockRow, changed_on: date) -> None:
    """Start a new ladder round after the due date moved: rungs before ``changed_on`` are past."""
    clock.ladder_round += 1
    clock.ladder_mark = changed_on - timedelta(days=1)
