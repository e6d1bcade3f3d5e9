"""The escalation ladder as pure date arithmetic: which rung of one clock is due on a given day.

``DEFAULT_LADDER`` or the partnership's ``[[escalation]]`` steps give the rungs. For one
clock (its start, due date and budget of working days) this module schedules each rung:

- ``half_budget`` (reminder): ``add_working_days(start, ceil(budget / 2))``. Rounding up means
  an odd budget reminds after the larger half: 5 working days remind on the 3rd, 15 on the 8th.
- ``before_due`` N (due soon): the N-th working day before the due date.
- ``on_due`` (due today): the due date; for a month-counted clock whose statutory date is not a
  working day (19.24), the last working day before it, so that someone hears while they can act.
- ``after_due`` N (breached): the N-th working day after the due date (the first, by default).
- ``every_after_breach`` K (still breached): occurrence m on the (m * K)-th working day after
  the breach rung's date, for m = 1, 2, ...

Rules that keep people from being told the same thing twice or told stale things:

1. **Superseded rungs never fire.** A rung is dropped from a clock's schedule when a more
   severe rung (later in the natural order reminder < due_soon < due_today < breached) is
   scheduled on or before the same day. A 5-working-day clock has its reminder (3rd day) on
   the same day as due soon (2 before the 5th), so only ``due_soon`` fires; a 3-day clock's
   reminder (2nd day) falls after its due soon (1st day) and is dropped as well.
2. **Only the current rung fires.** On a sweep the candidate is the single latest rung
   scheduled on or before ``as_of``. Earlier rungs that were missed (the sweep did not run)
   and are already overtaken by it never fire; the current one fires once, with
   ``late_by_working_days`` = working days in (scheduled date, as_of]. So a sweep that was
   down for 15 working days fires one ``still_breached`` (the latest occurrence), not three.
3. **Nothing fires twice.** The caller passes ``fired_through``: the scheduled date of the
   last rung fired in this round (or the day before the due date last changed). A candidate
   scheduled on or before it is not fired again. Scheduled dates are strictly increasing
   along a clock's schedule, so the date alone identifies the rung.
4. Rungs are never scheduled before the clock's start (a rung that would be is moved to the
   start), and a met, stopped or paused clock fires nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from calendars import WorkingCalendar
from domain.kinds import Rung
from domain.partnership import EscalationStep, Trigger
from domain.status import ClockStatus

__all__ = ["Ladder", "RungDue", "half_budget"]

_TRIGGER_RANK = {
    Trigger.HALF_BUDGET: 0,
    Trigger.BEFORE_DUE: 1,
    Trigger.ON_DUE: 2,
    Trigger.AFTER_DUE: 3,
    Trigger.EVERY_AFTER_BREACH: 4,
}


def half_budget(budget: int) -> int:
    """Working days after the start at which half the budget is used: ceil(budget / 2)."""
    return -(-budget // 2)


@dataclass(frozen=True)
class RungDue:
    """One rung occurrence of one clock, scheduled on or before the day asked about."""

    rung: Rung
    occurrence: int
    scheduled_on: date
    late_by_working_days: int


class Ladder:
    """The ladder's steps bound to a calendar; schedules rungs for one clock at a time."""

    __slots__ = ("_cal", "_repeat", "_singles")

    def __init__(self, steps: Iterable[EscalationStep], calendar: WorkingCalendar) -> None:
        singles: list[tuple[tuple[int, int], Rung, Trigger, int]] = []
        repeat: tuple[Rung, int] | None = None
        for step in steps:
            if step.trigger is Trigger.EVERY_AFTER_BREACH:
                repeat = (step.rung, step.working_days)
                continue
            days = step.working_days
            # Severity order: by trigger, then the nearer to (or further past) the due date.
            tiebreak = -days if step.trigger is Trigger.BEFORE_DUE else days
            singles.append(((_TRIGGER_RANK[step.trigger], tiebreak), step.rung, step.trigger, days))
        singles.sort(key=lambda s: s[0])
        self._singles = tuple((rung, trigger, days) for _, rung, trigger, days in singles)
        self._repeat = repeat
        self._cal = calendar

    def schedule(self, start: date, due: date, budget: int) -> tuple[tuple[Rung, date], ...]:
        """The single rungs that can fire for this clock, in date order (superseded ones left out)."""
        cal = self._cal
        last = due if cal.is_working_day(due) else cal.previous_working_day(due)
        dated: list[tuple[Rung, date]] = []
        for rung, trigger, days in self._singles:
            if trigger is Trigger.HALF_BUDGET:
                if budget < 1:
                    continue
                on = cal.add_working_days(start, half_budget(budget))
            elif trigger is Trigger.BEFORE_DUE:
                on = cal.add_working_days(last, -days)
            elif trigger is Trigger.ON_DUE:
                on = last
            else:  # AFTER_DUE
                on = cal.add_working_days(due, days)
            dated.append((rung, on if on > start else start))
        # Rule 1: keep a rung only if every more severe rung comes strictly later.
        kept: list[tuple[Rung, date]] = []
        earliest_later: date | None = None
        for rung, on in reversed(dated):
            if earliest_later is None or on < earliest_later:
                kept.append((rung, on))
                earliest_later = on
        kept.reverse()
        return tuple(kept)

    def _breach_base(self, due: date) -> date:
        for _, trigger, days in self._singles:
            if trigger is Trigger.AFTER_DUE:
                return self._cal.add_working_days(due, days)
        return self._cal.add_working_days(due, 1)

    def due_rungs(
        self,
        start: date,
        due: date,
        budget: int,
        as_of: date,
        *,
        status: str = ClockStatus.OPEN,
        paused: bool = False,
    ) -> list[RungDue]:
        """Every rung occurrence scheduled on or before ``as_of`` (superseded rungs excluded).

        This is the whole history of the clock's ladder up to ``as_of``; what a sweep fires is
        only the last of these (see ``current``). A clock that is not open, or is paused, has
        none.
        """
        if status != ClockStatus.OPEN or paused:
            return []
        cal = self._cal
        out = [
            RungDue(rung, 1, on, max(0, cal.working_days_between(on, as_of)))
            for rung, on in self.schedule(start, due, budget)
            if on <= as_of
        ]
        if self._repeat is not None:
            rung, every = self._repeat
            base = self._breach_base(due)
            m = 1
            while (on := cal.add_working_days(base, m * every)) <= as_of:
                out.append(RungDue(rung, m, on, cal.working_days_between(on, as_of)))
                m += 1
        return out

    def current(
        self, start: date, due: date, budget: int, as_of: date, fired_through: date | None = None
    ) -> RungDue | None:
        """The one rung occurrence a sweep on ``as_of`` should fire for an open, unpaused clock.

        None when nothing is scheduled on or before ``as_of``, or when the latest such rung is
        scheduled on or before ``fired_through`` (it, or something after it, already fired).
        """
        cal = self._cal
        found: tuple[Rung, int, date] | None = None
        if self._repeat is not None and as_of > due:
            rung, every = self._repeat
            base = self._breach_base(due)
            m = cal.working_days_between(base, as_of) // every
            if m >= 1:
                found = (rung, m, cal.add_working_days(base, m * every))
        if found is None:
            for rung, on in reversed(self.schedule(start, due, budget)):
                if on <= as_of:
                    found = (rung, 1, on)
                    break
        if found is None or (fired_through is not None and found[2] <= fired_through):
            return None
        rung, occurrence, on = found
        return RungDue(rung, occurrence, on, max(0, cal.working_days_between(on, as_of)))

    @property
    def rungs(self) -> Sequence[Rung]:
        """The ladder's rungs in severity order."""
        rungs = [r for r, _, _ in self._singles]
        return rungs + ([self._repeat[0]] if self._repeat else [])
