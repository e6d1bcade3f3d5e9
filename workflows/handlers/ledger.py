"""The clock ledger: pause, resume and extend a clock; correct the awareness date; re-project
open clocks on a changed calendar. Every change of a due date is kept in the clock's history
(old date, new date, why, who, when) and audited in the same transaction.

Who may move a due date (``AUTHORITY``): the SLT for the publication of a local review (19.25:
delays are approved by the SLT), the ICSC for internal targets. Statutory working-day clocks
(the Panel notification, partner notice and rapid review, 19.5-19.13) and the copy before
publication (counted back from the planned date) cannot be paused or extended.

A moved due date starts a new round of the escalation ladder for the clock (its rungs can fire
again against the new date); rungs scheduled before the day of the change are taken as known.
"""

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, col, select

import calendars
from domain.actors import Actor, require
from domain.clocks import PlannedClock, late_words, lateness, working_days_words
from domain.commands import CorrectAwareDate, ExtendClock, PauseClock, ResumeClock
from domain.dates import long_date
from domain.errors import CommandRefused, NotFound, NotPermitted, WrongState
from domain.escalation import AUTHORITY
from domain.events import CaseEvents
from domain.kinds import ClockKind
from domain.plan import plan_clocks
from domain.rules import Unit, rule_table
from domain.status import ClockChangeKind, ClockStatus
from domain.text import require_text
from store import audit
from store.database import transact
from store.queries import find_case
from store.tables import CaseRow, ClockChangeRow, ClockRow
from workflows.handlers.context import Now, Services
from workflows.handlers.rows import events_of, facts_of, move_due, record_change

_WHY_NOT = {
    ClockKind.PRE_PUBLICATION_COPY: "it is counted back from the planned publication date "
    "(Working Together 2018); move that date instead",
}


@dataclass(frozen=True)
class ClockChange:
    """One change made to one clock: what, the old and new due dates, and why."""

    reference: str
    clock: str
    party: str | None
    change: ClockChangeKind
    old_due: date
    new_due: date
    reason: str
    status: str = ClockStatus.OPEN

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["old_due"], data["new_due"] = self.old_due.isoformat(), self.new_due.isoformat()
        return data


def _text(value: str, what: str) -> str:
    return require_text(value or "", what, "say why (it is kept in the clock's history)", most=1000)


def _kind(kind: str) -> ClockKind:
    try:
        return ClockKind(kind)
    except ValueError:
        raise CommandRefused(
            f"clock kind {kind!r} is not known; use one of " + ", ".join(k.value for k in ClockKind)
        ) from None


def _authorise(actor: Actor, command: str, kind: ClockKind, services: Services) -> None:
    require(actor, command)
    verb = command.split("_")[0]
    allowed = AUTHORITY[kind]
    if allowed is None:
        rule = rule_table(services.partnership)[kind]
        why = _WHY_NOT.get(kind, f"it is statutory ({rule.describe()}, {rule.source})")
        done = {"pause": "paused", "resume": "resumed", "extend": "extended"}[verb]
        raise WrongState(f"{kind.value} cannot be {done}: {why}")
    if actor.role is not allowed:
        source = " (19.25)" if kind is ClockKind.PUBLICATION else ""
        raise NotPermitted(
            f"{verb} clock: only the {allowed.value} may {verb} {kind.value}"
            f"{source}; role {actor.role} may not"
        )


def _find_clock(
    session: Session, reference: str, kind: ClockKind, party: str | None
) -> tuple[CaseRow, ClockRow]:
    case = find_case(session, reference)
    rows = session.exec(select(ClockRow).where(ClockRow.case_id == case.id, ClockRow.kind == kind)).all()
    if party:
        rows = [r for r in rows if r.party == party]
    if not rows:
        raise NotFound(
            f"{reference} has no {kind.value} clock"
            + (f" for {party}" if party else "")
            + "; `cspr case show` lists its clocks"
        )
    if len(rows) > 1:
        raise CommandRefused(
            f"{reference} has a {kind.value} clock per partner; give --party, "
            "one of " + ", ".join(r.party for r in rows)
        )
    return case, rows[0]


def _counted_in_months(services: Services, kind: str) -> bool:
    return rule_table(services.partnership)[ClockKind(kind)].unit is Unit.MONTHS_AFTER


def _by_clock(plan: Iterable[PlannedClock]) -> dict[tuple[str, str], PlannedClock]:
    """Planned clocks by the (kind, party) that identifies a stored clock of the case."""
    return {(str(p.kind), p.party or ""): p for p in plan}


def _extended(session: Session, rows: Sequence[ClockRow]) -> set[int]:
    """The ids of those clocks whose due date an approved extension set."""
    return set(
        session.exec(
            select(ClockChangeRow.clock_id).where(
                col(ClockChangeRow.clock_id).in_([r.id for r in rows]),
                ClockChangeRow.change == ClockChangeKind.EXTENDED,
            )
        ).all()
    )


def _audit(
    session: Session,
    actor: Actor,
    now: Now,
    command: str,
    reference: str,
    changes: list[ClockChange],
    **extra: Any,
) -> None:
    audit.append(
        session,
        at=now.at,
        actor=actor.name,
        role=actor.role,
        command=command,
        reference=reference,
        detail={**extra, "changes": [c.as_dict() for c in changes]},
    )


def pause_clock(services: Services, actor: Actor, command: PauseClock, now: Now) -> ClockChange:
    """Pause an open clock from today (e.g. a criminal investigation, 19.24): no rung fires."""
    reference, kind, party = command.reference, command.kind, command.party
    clock_kind = _kind(kind)
    _authorise(actor, "pause_clock", clock_kind, services)
    why = _text(command.reason, "--reason")

    def work(session: Session) -> ClockChange:
        _, clock = _find_clock(session, reference, clock_kind, party)
        if clock.status != ClockStatus.OPEN:
            raise WrongState(f"{reference} {kind} is {clock.status}; only an open clock can be paused")
        if clock.paused_on is not None:
            raise WrongState(
                f"{reference} {kind} is already paused since {clock.paused_on.isoformat()}; resume it first"
            )
        clock.paused_on, clock.pause_reason = now.today, why
        session.add(clock)
        record_change(
            session,
            clock,
            ClockChangeKind.PAUSED,
            clock.due,
            f"paused from {now.today.isoformat()}: {why}",
            actor,
            now,
        )
        change = ClockChange(
            reference, kind, clock.party or None, ClockChangeKind.PAUSED, clock.due, clock.due, why
        )
        _audit(session, actor, now, "pause_clock", reference, [change])
        return change

    return transact(services.engine, work)


def resume_clock(services: Services, actor: Actor, command: ResumeClock, now: Now) -> ClockChange:
    """Resume a paused clock; its due date moves by the working days paused (calendar days for a
    clock counted in months): the days in (paused on, resumed on]."""
    reference, kind, party = command.reference, command.kind, command.party
    clock_kind = _kind(kind)
    _authorise(actor, "resume_clock", clock_kind, services)
    day = command.on or now.today
    if day > now.today:
        raise CommandRefused(f"--on {day.isoformat()} is in the future (today is {now.today.isoformat()})")
    cal = services.calendar

    def work(session: Session) -> ClockChange:
        _, clock = _find_clock(session, reference, clock_kind, party)
        if clock.paused_on is None:
            raise WrongState(f"{reference} {kind} is not paused")
        if day < clock.paused_on:
            raise CommandRefused(
                f"--on {day.isoformat()} is before the pause began ({clock.paused_on.isoformat()})"
            )
        old, paused_on, paused_why = clock.due, clock.paused_on, clock.pause_reason or ""
        if _counted_in_months(services, clock.kind):
            days = (day - paused_on).days
            new_due, unit = old + timedelta(days=days), "calendar day"
        else:
            days = cal.working_days_between(paused_on, day)
            new_due, unit = cal.add_working_days(old, days), "working day"
        clock.paused_on, clock.pause_reason = None, None
        move_due(session, services, clock, new_due, day)
        why = (
            f"resumed {day.isoformat()} after a pause from {paused_on.isoformat()} "
            f"({days} {unit}{'' if days == 1 else 's'} paused): {paused_why}"
        )
        record_change(session, clock, ClockChangeKind.RESUMED, old, why, actor, now)
        change = ClockChange(reference, kind, clock.party or None, ClockChangeKind.RESUMED, old, new_due, why)
        _audit(session, actor, now, "resume_clock", reference, [change])
        return change

    return transact(services.engine, work)


def extend_clock(services: Services, actor: Actor, command: ExtendClock, now: Now) -> ClockChange:
    """Move an open clock's due date later, with the reason and who approved it (19.25)."""
    reference, kind, to, party = command.reference, command.kind, command.to, command.party
    clock_kind = _kind(kind)
    _authorise(actor, "extend_clock", clock_kind, services)
    why = _text(command.reason, "--reason")
    by = _text(command.approver, "--approver")
    cal = services.calendar

    def work(session: Session) -> ClockChange:
        _, clock = _find_clock(session, reference, clock_kind, party)
        if clock.status != ClockStatus.OPEN:
            raise WrongState(f"{reference} {kind} is {clock.status}; only an open clock can be extended")
        if clock.paused_on is not None:
            raise WrongState(f"{reference} {kind} is paused; resume it before extending it")
        if to <= clock.due:
            raise CommandRefused(
                f"--to {to.isoformat()} is not after the due date "
                f"{clock.due.isoformat()}; an extension moves it later"
            )
        if not _counted_in_months(services, clock.kind) and not cal.is_working_day(to):
            raise CommandRefused(f"--to {to.isoformat()} ({long_date(to)}) is not a working day")
        old = clock.due
        move_due(session, services, clock, to, now.today)
        text = f"{why} (approved by {by})"
        record_change(session, clock, ClockChangeKind.EXTENDED, old, text, actor, now)
        change = ClockChange(reference, kind, clock.party or None, ClockChangeKind.EXTENDED, old, to, text)
        _audit(session, actor, now, "extend_clock", reference, [change], approver=by)
        return change

    return transact(services.engine, work)


def correct_aware_date(
    services: Services, actor: Actor, command: CorrectAwareDate, now: Now
) -> list[ClockChange]:
    """Correct when the local authority became aware and re-project every clock counted from it.

    Open clocks move (a new ladder round each). A clock already met or stopped keeps its status;
    its due date is corrected too, and the note says whether it was met in time on the new date.
    A due date set by an approved extension stands; the correction is noted against it.
    """
    require(actor, "correct_case")
    reference, aware_date = command.reference, command.aware_date
    why = _text(command.reason, "--reason")
    if aware_date > now.today:
        raise CommandRefused(
            f"--aware-date {aware_date.isoformat()} is in the future (today is {now.today.isoformat()})"
        )
    cal = services.calendar

    def work(session: Session) -> list[ClockChange]:
        case = find_case(session, reference)
        old_aware = case.aware_date
        if aware_date == old_aware:
            raise WrongState(f"{reference} already has aware date {aware_date.isoformat()}")
        if aware_date < case.incident_date:
            raise CommandRefused(
                f"--aware-date {aware_date.isoformat()} is before the incident "
                f"({case.incident_date.isoformat()})"
            )
        rows = session.exec(
            select(ClockRow).where(ClockRow.case_id == case.id).order_by(col(ClockRow.id))
        ).all()
        for row in rows:
            if row.met_on is not None and row.met_on < aware_date:
                raise CommandRefused(
                    f"{reference} {row.kind} was met on {row.met_on.isoformat()}, "
                    f"before {aware_date.isoformat()}; the aware date cannot be later"
                )
            if row.start < aware_date and row.start != old_aware:
                raise CommandRefused(
                    f"{reference} {row.kind} started {row.start.isoformat()}, before {aware_date.isoformat()}"
                )
        panel = next((r for r in rows if r.kind == ClockKind.PANEL_NOTIFICATION), None)
        facts = replace(facts_of(case), aware_date=aware_date)
        events = CaseEvents(panel_notification_sent_on=panel.met_on if panel else None)
        planned = _by_clock(plan_clocks(facts, cal, services.partnership, events))
        note = f"aware date corrected from {old_aware.isoformat()} to {aware_date.isoformat()}: {why}"
        extended = _extended(session, rows)
        changes: list[ClockChange] = []
        for row in rows:
            p = planned.get((row.kind, row.party))
            if p is None or (p.due == row.due and p.start == row.start):
                continue  # counted from a later event, or not moved by this correction
            if row.id in extended:  # an approved extension's date stands; the correction is noted
                text = f"{note}; the extended due date stands (the rule now gives {p.due.isoformat()})"
                record_change(session, row, ClockChangeKind.CORRECTED, row.due, text, actor, now)
                changes.append(
                    ClockChange(
                        reference,
                        row.kind,
                        row.party or None,
                        ClockChangeKind.CORRECTED,
                        row.due,
                        row.due,
                        text,
                        row.status,
                    )
                )
                continue
            old = row.due
            row.start, row.explanation = p.start, p.explanation.text
            row.provisional = p.provisional
            move_due(session, services, row, p.due, now.today)
            text = note
            if row.status != ClockStatus.OPEN:
                done = row.met_on.isoformat() if row.met_on else "earlier"
                late = lateness(cal, p.due, row.met_on)
                text += f"; already {row.status} on {done} and stays {row.status}" + (
                    f" ({late_words(late)} on the corrected date)"
                    if late > 0
                    else " (in time on the corrected date)"
                    if row.met_on
                    else ""
                )
            record_change(session, row, ClockChangeKind.CORRECTED, old, text, actor, now)
            changes.append(
                ClockChange(
                    reference,
                    row.kind,
                    row.party or None,
                    ClockChangeKind.CORRECTED,
                    old,
                    row.due,
                    text,
                    row.status,
                )
            )
        case.aware_date = aware_date
        session.add(case)
        _audit(
            session,
            actor,
            now,
            "correct_case",
            reference,
            changes,
            aware_date={"old": old_aware, "new": aware_date},
        )
        return changes

    return transact(services.engine, work)


def replan_on_event(
    session: Session, services: Services, case: CaseRow, actor: Actor, now: Now, event: str
) -> list[ClockChange]:
    """Re-plan every provisional clock of a case once the event it waits for is recorded.

    A provisional clock is counted from a stand-in (the rapid review from awareness until the
    Panel notification is recorded as sent). Each one the plan now counts from the real event
    moves through the ledger: its start, due date and explanation (without the provisional
    note), a history row, a new ladder round and its open task's due date. A clock already met
    or stopped keeps its status; the note says whether it was in time on the new date. A due
    date set by an approved extension stands; the event is noted against it.
    """
    assert case.id is not None
    cal = services.calendar
    rows = session.exec(
        select(ClockRow)
        .where(ClockRow.case_id == case.id, col(ClockRow.provisional).is_(True))
        .order_by(col(ClockRow.id))
    ).all()
    if not rows:
        return []
    planned = _by_clock(plan_clocks(facts_of(case), cal, services.partnership, events_of(session, case)))
    extended = _extended(session, rows)
    changes: list[ClockChange] = []
    for row in rows:
        p = planned.get((row.kind, row.party))
        if p is None or p.provisional:
            continue  # still waiting for its event
        old = row.due
        row.start, row.explanation, row.provisional = p.start, p.explanation.text, False
        text = f"re-planned from {event}"
        if row.id in extended:
            session.add(row)
            text += f"; the extended due date stands (the rule now gives {p.due.isoformat()})"
        else:
            move_due(session, services, row, p.due, now.today)
            if row.status != ClockStatus.OPEN:
                text += f"; already {row.status}" + (f" on {row.met_on.isoformat()}" if row.met_on else "")
                late = lateness(cal, row.due, row.met_on)
                text += f" ({late_words(late)} on the new date)" if late else " (in time on the new date)"
        record_change(
            session, row, ClockChangeKind.REPLANNED, old, f"{text}. {p.explanation.text}", actor, now
        )
        changes.append(
            ClockChange(
                case.reference,
                row.kind,
                row.party or None,
                ClockChangeKind.REPLANNED,
                old,
                row.due,
                text,
                row.status,
            )
        )
    return changes


def reproject_clocks(services: Services, actor: Actor, now: Now) -> list[ClockChange]:
    """Re-count every open clock on the current calendar (closure days, GOV.UK feed).

    A working-day clock keeps its budget: its due date becomes the budget-th working day after
    its start (pauses already added in). A clock counted in months keeps its statutory date;
    only its last working day before it can move. A due date set by an approved extension stands,
    and the copy before publication (counted back from the planned date) is left alone. Each
    moved date names the days that moved it: the non-working days in its way that the built-in
    England & Wales calendar does not have (closure days, a GOV.UK feed's new days).
    """
    require(actor, "reproject_clocks")
    cal = services.calendar
    builtin = calendars.england_and_wales()
    rules = rule_table(services.partnership)

    def work(session: Session) -> list[ClockChange]:
        extended = set(
            session.exec(
                select(ClockChangeRow.clock_id).where(ClockChangeRow.change == ClockChangeKind.EXTENDED)
            ).all()
        )
        rows = session.exec(
            select(ClockRow, CaseRow.reference)
            .join(CaseRow, col(CaseRow.id) == col(ClockRow.case_id))
            .where(ClockRow.status == ClockStatus.OPEN)
            .order_by(col(CaseRow.reference), col(ClockRow.id))
        ).all()
        changes: list[ClockChange] = []
        for clock, reference in rows:
            kind = ClockKind(clock.kind)
            if clock.id in extended or kind is ClockKind.PRE_PUBLICATION_COPY:
                continue
            old_due, old_action = clock.due, clock.action_by
            if rules[kind].unit is Unit.MONTHS_AFTER:
                new_due = old_due
                action = old_due if cal.is_working_day(old_due) else cal.previous_working_day(old_due)
                if action == old_action:
                    continue
                named = cal.explain(min(action, old_action), max(action, old_action))
            else:
                new_due = cal.add_working_days(clock.start, clock.working_days)
                if new_due == old_due:
                    continue
                named = cal.explain(clock.start, max(new_due, old_due))
            # Name the days this partnership's calendar adds to the built-in one (closure days,
            # a GOV.UK feed's new one-off days): those are what moved it; else every named day.
            new_days = [(d, n) for d, n in named if builtin.is_working_day(d)]
            days = "; ".join(f"{n} {long_date(d)}" for d, n in (new_days or named)) or "none"
            if new_due != old_due:
                move_due(session, services, clock, new_due, now.today)
                text = (
                    f"re-projected on the current calendar: {working_days_words(clock.working_days)} "
                    f"from {clock.start.isoformat()}; not working days now: {days}"
                )
            else:
                clock.action_by = action
                session.add(clock)
                text = (
                    f"re-projected on the current calendar: the last working day before "
                    f"{old_due.isoformat()} is now {action.isoformat()} (was "
                    f"{old_action.isoformat()}); not working days now: {days}"
                )
            clock.explanation = f"{clock.explanation} Re-projected {now.today.isoformat()}: {days}."
            record_change(session, clock, ClockChangeKind.REPROJECTED, old_due, text, actor, now)
            changes.append(
                ClockChange(
                    reference,
                    clock.kind,
                    clock.party or None,
                    ClockChangeKind.REPROJECTED,
                    old_due,
                    new_due,
                    text,
                )
            )
        for reference in sorted({c.reference for c in changes}):
            _audit(
                session,
                actor,
                now,
                "reproject_clocks",
                reference,
                [c for c in changes if c.reference == reference],
            )
        return changes

    return transact(services.engine, work)
