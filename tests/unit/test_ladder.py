"""The pure escalation ladder: schedules, superseded rungs, lateness, repeats (dates worked by hand)."""

from datetime import date

import pytest

import calendars
from domain.kinds import Rung
from domain.ladder import Ladder, RungDue, half_budget
from domain.partnership import DEFAULT_LADDER

CAL = calendars.england_and_wales()
LADDER = Ladder(DEFAULT_LADDER, CAL)
R = Rung


@pytest.mark.parametrize(("budget", "half"), [(1, 1), (2, 1), (5, 3), (13, 7), (15, 8)])
def test_the_reminder_comes_after_the_larger_half(budget, half):
    assert half_budget(budget) == half


def test_a_five_day_clock_over_christmas_drops_the_reminder_that_falls_on_due_soon():
    # Aware Thu 17 Dec 2026, due Thu 24 Dec: WD 3 is Tue 22 Dec, which is also 2 WD before due.
    assert LADDER.schedule(date(2026, 12, 17), date(2026, 12, 24), 5) == (
        (R.DUE_SOON, date(2026, 12, 22)),
        (R.DUE_TODAY, date(2026, 12, 24)),
        (R.BREACHED, date(2026, 12, 29)),
    )  # Fri 25, Mon 28 (Boxing Day's substitute) skipped


def test_a_fifteen_day_clock_has_every_rung():
    assert LADDER.schedule(date(2026, 12, 17), date(2027, 1, 12), 15) == (
        (R.REMINDER, date(2026, 12, 31)),
        (R.DUE_SOON, date(2027, 1, 8)),
        (R.DUE_TODAY, date(2027, 1, 12)),
        (R.BREACHED, date(2027, 1, 13)),
    )


def test_a_three_day_clock_drops_a_reminder_that_would_come_after_due_soon():
    # Start Mon 11 Jan 2027, due Thu 14 Jan: due soon Tue 12 (2 WD before), reminder Wed 13.
    assert [r for r, _ in LADDER.schedule(date(2027, 1, 11), date(2027, 1, 14), 3)] == [
        R.DUE_SOON,
        R.DUE_TODAY,
        R.BREACHED,
    ]


def test_a_statutory_date_on_a_saturday_is_due_today_on_the_friday_before():
    # Publication decided Fri 18 Jun 2027 + 6 months = Sat 18 Dec 2027 (19.24: the date stands).
    # Due today on the last working day before it, Fri 17 Dec; due soon Wed 15 Dec (2 WD
    # before Fri 17); breached on the first working day after it, Mon 20 Dec.
    schedule = dict((r, d) for r, d in LADDER.schedule(date(2027, 6, 18), date(2027, 12, 18), 130))
    assert schedule[R.DUE_TODAY] == date(2027, 12, 17)
    assert schedule[R.DUE_SOON] == date(2027, 12, 15)
    assert schedule[R.BREACHED] == date(2027, 12, 20)


def test_only_the_latest_rung_fires_and_says_how_late_it_is():
    start, due = date(2026, 12, 17), date(2027, 1, 12)
    # Nothing before the reminder (Thu 31 Dec).
    assert LADDER.current(start, due, 15, date(2026, 12, 30)) is None
    # Swept next on Thu 7 Jan: the reminder of Thu 31 Dec fires, 4 WD late (Mon 4 .. Thu 7).
    assert LADDER.current(start, due, 15, date(2027, 1, 7)) == RungDue(R.REMINDER, 1, date(2026, 12, 31), 4)
    # Swept first on Mon 11 Jan: due soon (Fri 8) supersedes the reminder; 1 WD late.
    assert LADDER.current(start, due, 15, date(2027, 1, 11)) == RungDue(R.DUE_SOON, 1, date(2027, 1, 8), 1)
    # Already fired through Fri 8 Jan: nothing new on Mon 11 Jan.
    assert LADDER.current(start, due, 15, date(2027, 1, 11), date(2027, 1, 8)) is None


def test_a_sweep_down_for_fifteen_working_days_fires_one_still_breached_not_three():
    start, due = date(2026, 12, 17), date(2027, 1, 12)  # breached Wed 13 Jan
    # still_breached #1 Wed 20 Jan, #2 Wed 27 Jan, #3 Wed 3 Feb; swept again on Thu 4 Feb.
    hit = LADDER.current(start, due, 15, date(2027, 2, 4), date(2027, 1, 13))
    assert hit == RungDue(R.STILL_BREACHED, 3, date(2027, 2, 3), 1)
    assert [(r.rung, r.occurrence) for r in LADDER.due_rungs(start, due, 15, date(2027, 2, 4))] == [
        (R.REMINDER, 1),
        (R.DUE_SOON, 1),
        (R.DUE_TODAY, 1),
        (R.BREACHED, 1),
        (R.STILL_BREACHED, 1),
        (R.STILL_BREACHED, 2),
        (R.STILL_BREACHED, 3),
    ]


def test_met_stopped_and_paused_clocks_fire_nothing():
    args = (date(2026, 12, 17), date(2027, 1, 12), 15, date(2027, 2, 4))
    assert LADDER.due_rungs(*args, status="met") == []
    assert LADDER.due_rungs(*args, status="stopped") == []
    assert LADDER.due_rungs(*args, paused=True) == []
