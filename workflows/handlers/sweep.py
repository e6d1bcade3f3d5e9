"""The deadline sweep: fire each open clock's due rung of the escalation ladder, once.

``evaluate`` reads only the columns it needs of every open, unpaused clock (a Core select of
tuples) and asks the pure ``Ladder`` which rung, if any, is due and not yet fired. ``sweep``
fires each one through ``escalation.fire`` in its own small transaction (an ``EscalationRow``
unique per clock, ladder round, rung and occurrence; the notice; an audit event), then the
learning actions' rungs (``action_sweep``).
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, select
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from domain.actors import Actor, require
from domain.commands import Sweep
from domain.escalation import AUTHORITY, LABELS, rung_recipients
from domain.kinds import ClockKind
from domain.ladder import Ladder, RungDue
from domain.status import ClockStatus
from store import audit
from store.database import unit_of_work
from store.tables import CaseRow, ClockRow, EscalationRow
from workflows.handlers.action_sweep import sweep_actions
from workflows.handlers.context import Now, Services
from workflows.handlers.escalation import Climber, Fired, fire, recipients_json

BATCH = 5_000


@dataclass(frozen=True)
class RungToFire:
    """A rung a sweep found due for one clock (nothing written yet)."""

    clock_id: int
    ladder_round: int
    due: date
    rung: RungDue


@dataclass(frozen=True)
class SweepResult:
    """What one sweep looked at and fired, and which cases it could not trust."""

    as_of: date
    evaluated: int
    fired: list[Fired] = field(default_factory=list)
    untrusted: list[str] = field(default_factory=list)
    """Cases whose clocks differ from what the audit trail recorded (changed outside cspr)."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "evaluated": self.evaluated,
            "fired": [f.as_dict() for f in self.fired],
            "untrusted": self.untrusted,
        }


def untrusted_words(references: list[str]) -> str:
    """The warning for clocks changed outside cspr, naming their cases by reference."""
    return (
        f"the clocks of {', '.join(references)} differ from what the audit trail recorded (changed "
        "outside cspr?); this sweep cannot be trusted for them: run `cspr audit verify --deep`"
    )


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
                found.append(RungToFire(clock_id, ladder_round, due, hit))
    return count, found


def sweep(services: Services, actor: Actor, command: Sweep, now: Now) -> SweepResult:
    """Fire every rung due on or before ``as_of`` that has not fired; report what fired."""
    require(actor, "sweep")
    as_of = command.as_of
    with unit_of_work(services.engine) as session:
        untrusted = audit.drifted(session, "clocks")
    evaluated, due = evaluate(services, as_of)
    fired = [f for f in (fire_clock_rung(services, actor, hit, as_of, now) for hit in due) if f is not None]
    fired += sweep_actions(services, actor, as_of, now)  # learning actions climb the same ladder
    fired.sort(key=lambda f: (f.reference, f.due, f.clock, f.party or "", f.rung))
    return SweepResult(as_of, evaluated, fired, untrusted)


def fire_clock_rung(services: Services, actor: Actor, hit: RungToFire, as_of: date, now: Now) -> Fired | None:
    """Fire one clock's due rung unless the clock changed since ``evaluate`` read it."""
    return fire(services, actor, hit.rung, as_of, now, _climber(services, hit))


def _climber(services: Services, hit: RungToFire) -> Callable[[Session], Climber | None]:
    def climber_of(session: Session) -> Climber | None:
        clock = session.get(ClockRow, hit.clock_id)
        # The clock may have changed since it was read: met, paused or moved by a command.
        if (
            clock is None
            or clock.status != ClockStatus.OPEN
            or clock.paused_on is not None
            or clock.ladder_round != hit.ladder_round
            or clock.due != hit.due
            or (clock.ladder_mark is not None and clock.ladder_mark >= hit.rung.scheduled_on)
        ):
            return None
        case = session.get(CaseRow, clock.case_id)
        assert case is not None and clock.id is not None
        return _clock_climber(services, clock, case.reference, hit)

    return climber_of


def _clock_climber(services: Services, clock: ClockRow, reference: str, hit: RungToFire) -> Climber:
    partnership = services.partnership
    kind = ClockKind(clock.kind)
    rung = hit.rung
    to = rung_recipients(partnership, rung.rung, clock.kind, clock.party)
    clock_id = clock.id
    assert clock_id is not None

    def already(session: Session) -> bool:
        return (
            session.exec(
                sm_select(EscalationRow.id).where(
                    col(EscalationRow.clock_id) == clock_id,
                    col(EscalationRow.rung) == rung.rung,
                    col(EscalationRow.occurrence) == rung.occurrence,
                    col(EscalationRow.ladder_round) == hit.ladder_round,
                )
            ).first()
            is not None
        )

    def record(notice_id: int, fired_on: date, at: datetime) -> EscalationRow:
        return EscalationRow(
            clock_id=clock_id,
            rung=rung.rung,
            occurrence=rung.occurrence,
            ladder_round=hit.ladder_round,
            scheduled_on=rung.scheduled_on,
            fired_on=fired_on,
            due=clock.due,
            late_by_working_days=rung.late_by_working_days,
            recipients=recipients_json(to),
            notice_id=notice_id,
            created_at=at,
        )

    def mark() -> None:
        clock.ladder_mark = rung.scheduled_on

    approver = AUTHORITY[kind]
    return Climber(
        case_id=clock.case_id,
        reference=reference,
        clock=clock.kind,
        party=clock.party or None,
        due=clock.due,
        template=str(rung.rung),
        dedupe_key=f"{clock.kind}:{clock.party}:{rung.rung}:{hit.ladder_round}:{rung.occurrence}",
        to=to,
        notice={"basis": clock.basis, "explanation": clock.explanation},
        context={
            "clock": {
                "kind": clock.kind,
                "label": LABELS[kind],
                "party": partnership.partner(clock.party).name if clock.party else None,
                "due": clock.due,
                "action_by": clock.action_by,
                "statutory": clock.statutory,
                "owner": clock.owner,
                "to": clock.recipients,
                "approver": approver.value.upper() if approver is not None else None,
            }
        },
        command="escalate",
        detail={"clock": clock.kind, "party": clock.party or None, "ladder_round": hit.ladder_round},
        already=already,
        record=record,
        mark=mark,
    )
