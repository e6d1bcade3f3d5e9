"""The ladder's edges that mutation testing found unguarded (dates worked by hand).

Each test builds its ``Ladder`` itself, so that a mutant of the constructor is in force while it
runs. Working days after Thu 17 Dec 2026 skip Christmas Fri 25 Dec, Boxing Day's substitute
Mon 28 Dec and New Year's Day Fri 1 Jan 2027.
"""

from datetime import date

import pytest

import calendars
from domain.kinds import Rung
from domain.ladder import Ladder, RungDue
from domain.partnership import DEFAULT_LADDER, EscalationStep, Trigger

R = Rung
CAL = calendars.england_and_wales()


def step(rung: Rung, trigger: Trigger, days: int = 0) -> EscalationStep:
    return EscalationStep(rung=rung, trigger=trigger, working_days=days, notify=("owner",))


@pytest.fixture
def ladder() -> Ladder:
    return Ladder(DEFAULT_LADDER, CAL)


def test_the_ladder_orders_its_steps_by_severity_whatever_order_they_are_given_in():
    shuffled = Ladder(tuple(reversed(DEFAULT_LADDER)), CAL)
    assert list(shuffled.rungs) == [R.REMINDER, R.DUE_SOON, R.DUE_TODAY, R.BREACHED, R.STILL_BREACHED]
    # A 15-day clock from Thu 17 Dec 2026, due Tue 12 Jan 2027: reminder WD 8 Thu 31 Dec.
    assert shuffled.schedule(date(2026, 12, 17), date(2027, 1, 12), 15) == (
        (R.REMINDER, date(2026, 12, 31)),
        (R.DUE_SOON, date(2027, 1, 8)),
        (R.DUE_TODAY, date(2027, 1, 12)),
        (R.BREACHED, date(2027, 1, 13)),
    )


def test_two_before_due_steps_rank_the_nearer_to_the_due_date_as_more_severe():
    """Due Tue 12 Jan 2027: 5 WD before is Tue 5 Jan, 2 WD before Fri 8 Jan. Both are kept."""
    steps = (step(R.REMINDER, Trigger.BEFORE_DUE, 5), step(R.DUE_SOON, Trigger.BEFORE_DUE, 2))
    assert Ladder(steps, CAL).schedule(date(2026, 12, 17), date(2027, 1, 12), 15) == (
        (R.REMINDER, date(2027, 1, 5)),
        (R.DUE_SOON, date(2027, 1, 8)),
    )
    assert list(Ladder(tuple(reversed(steps)), CAL).rungs) == [R.REMINDER, R.DUE_SOON]


def test_a_clock_with_no_budget_has_no_reminder_and_keeps_its_other_rungs():
    """Started and due Thu 24 Dec 2026: due today that day, breached Tue 29 Dec."""
    steps = (step(R.REMINDER, Trigger.HALF_BUDGET), step(R.BREACHED, Trigger.AFTER_DUE, 1))
    assert Ladder(steps, CAL).schedule(date(2026, 12, 24), date(2026, 12, 24), 0) == (
        (R.BREACHED, date(2026, 12, 29)),
    )


def test_a_one_day_budget_still_reminds():
    """Started Wed 23 Dec, due Thu 24 Dec 2026 (1 WD): the reminder is WD 1, Thu 24 Dec."""
    steps = (step(R.REMINDER, Trigger.HALF_BUDGET), step(R.BREACHED, Trigger.AFTER_DUE, 1))
    assert Ladder(steps, CAL).schedule(date(2026, 12, 23), date(2026, 12, 24), 1) == (
        (R.REMINDER, date(2026, 12, 24)),
        (R.BREACHED, date(2026, 12, 29)),
    )


def test_a_rung_that_would_fall_before_the_start_falls_on_the_start():
    """Started Wed 23 Dec, due Thu 24 Dec 2026: 2 WD before due is Tue 22 Dec, before the start."""
    steps = (step(R.DUE_SOON, Trigger.BEFORE_DUE, 2), step(R.BREACHED, Trigger.AFTER_DUE, 1))
    assert Ladder(steps, CAL).schedule(date(2026, 12, 23), date(2026, 12, 24), 1) == (
        (R.DUE_SOON, date(2026, 12, 23)),
        (R.BREACHED, date(2026, 12, 29)),
    )


def test_without_a_breached_step_still_breached_counts_from_the_day_after_due():
    """Due Thu 24 Dec 2026: the day after is Tue 29 Dec; 5 WD on is Wed 6 Jan 2027."""
    steps = (step(R.DUE_TODAY, Trigger.ON_DUE), step(R.STILL_BREACHED, Trigger.EVERY_AFTER_BREACH, 5))
    lad = Ladder(steps, CAL)
    start, due = date(2026, 12, 17), date(2026, 12, 24)
    assert lad.due_rungs(start, due, 5, date(2027, 1, 6)) == [
        RungDue(R.DUE_TODAY, 1, date(2026, 12, 24), 6),  # 29, 30, 31 Dec, 4, 5, 6 Jan
        RungDue(R.STILL_BREACHED, 1, date(2027, 1, 6), 0),
    ]
    assert lad.current(start, due, 5, date(2027, 1, 6)) == RungDue(R.STILL_BREACHED, 1, date(2027, 1, 6), 0)
    assert lad.current(start, due, 5, date(2027, 1, 5)) == RungDue(R.DUE_TODAY, 1, date(2026, 12, 24), 5)


def test_due_rungs_counts_lateness_from_each_rungs_day(ladder):
    """A 5-day clock from Thu 17 Dec 2026, due Thu 24 Dec; asked on Wed 6 Jan 2027."""
    start, due = date(2026, 12, 17), date(2026, 12, 24)
    assert ladder.due_rungs(start, due, 5, date(2027, 1, 6)) == [
        RungDue(R.DUE_SOON, 1, date(2026, 12, 22), 8),  # 23, 24, 29, 30, 31 Dec, 4, 5, 6 Jan
        RungDue(R.DUE_TODAY, 1, date(2026, 12, 24), 6),
        RungDue(R.BREACHED, 1, date(2026, 12, 29), 5),
        RungDue(R.STILL_BREACHED, 1, date(2027, 1, 6), 0),  # 5 WD after Tue 29 Dec
    ]
    assert ladder.due_rungs(start, due, 5, date(2027, 1, 5))[-1] == RungDue(
        R.BREACHED, 1, date(2026, 12, 29), 4
    )
    assert ladder.due_rungs(start, due, 5, date(2026, 12, 22)) == [
        RungDue(R.DUE_SOON, 1, date(2026, 12, 22), 0)
    ]
    assert ladder.due_rungs(start, due, 5, date(2026, 12, 21)) == []
    # Still breached #2 is Wed 13 Jan (5 WD after Wed 6 Jan).
    assert ladder.due_rungs(start, due, 5, date(2027, 1, 13))[-2:] == [
        RungDue(R.STILL_BREACHED, 1, date(2027, 1, 6), 5),
        RungDue(R.STILL_BREACHED, 2, date(2027, 1, 13), 0),
    ]
    assert ladder.due_rungs(start, due, 5, date(2027, 1, 13), paused=True) == []
    assert ladder.due_rungs(start, due, 5, date(2027, 1, 13), status="met") == []


def test_current_fires_a_rung_on_its_own_day_with_no_lateness(ladder):
    start, due = date(2026, 12, 17), date(2026, 12, 24)
    assert ladder.current(start, due, 5, date(2026, 12, 22)) == RungDue(R.DUE_SOON, 1, date(2026, 12, 22), 0)
    assert ladder.current(start, due, 5, date(2026, 12, 21)) is None
    assert ladder.current(start, due, 5, date(2026, 12, 24)) == RungDue(R.DUE_TODAY, 1, date(2026, 12, 24), 0)
    assert ladder.current(start, due, 5, date(2027, 1, 6)) == RungDue(
        R.STILL_BREACHED, 1, date(2027, 1, 6), 0
    )
    assert ladder.current(start, due, 5, date(2027, 1, 7)) == RungDue(
        R.STILL_BREACHED, 1, date(2027, 1, 6), 1
    )
    assert ladder.current(start, due, 5, date(2027, 1, 5)) == RungDue(R.BREACHED, 1, date(2026, 12, 29), 4)
    # Already fired through Tue 29 Dec: nothing until still breached on Wed 6 Jan.
    assert ladder.current(start, due, 5, date(2027, 1, 5), date(2026, 12, 29)) is None


def test_a_ladder_without_repeats_stays_on_breached():
    steps = (step(R.DUE_TODAY, Trigger.ON_DUE), step(R.BREACHED, Trigger.AFTER_DUE, 1))
    lad = Ladder(steps, CAL)
    start, due = date(2026, 12, 17), date(2026, 12, 24)
    assert lad.current(start, due, 5, date(2027, 1, 13)) == RungDue(R.BREACHED, 1, date(2026, 12, 29), 10)
    assert lad.due_rungs(start, due, 5, date(2027, 1, 13)) == [
        RungDue(R.DUE_TODAY, 1, date(2026, 12, 24), 11),
        RungDue(R.BREACHED, 1, date(2026, 12, 29), 10),
    ]
