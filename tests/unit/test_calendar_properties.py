"""Property tests: the calendar against an independent day-by-day count.

The reference walks one day at a time using only ``weekday()`` and a set of non-working
dates taken straight from the `holidays` package (or the hand-written GOV.UK fixture), never
the calendar's internals.
"""

from __future__ import annotations

import json
from collections.abc import Set
from datetime import date, timedelta
from pathlib import Path

import holidays
from hypothesis import given, settings
from hypothesis import strategies as st

import calendars

CAL = calendars.england_and_wales()
PACKAGE_DAYS = frozenset(holidays.country_holidays("GB", subdiv="ENG", years=range(1995, 2071)).keys())
_FIXTURE = Path(__file__).resolve().parent.parent / "data"
GOVUK_DAYS = frozenset(
    date.fromisoformat(e["date"])
    for e in json.loads(
        (_FIXTURE / "govuk-bank-holidays-england-and-wales-2018-2027.json").read_text("utf-8")
    )["england-and-wales"]["events"]
)
ONE_DAY = timedelta(days=1)


def working(d: date, off: Set[date]) -> bool:
    return d.weekday() < 5 and d not in off


def reference_add(d: date, n: int, off: Set[date]) -> date:
    step = ONE_DAY if n > 0 else -ONE_DAY
    left = abs(n)
    while left:
        d += step
        if working(d, off):
            left -= 1
    return d


def reference_between(a: date, b: date, off: Set[date]) -> int:
    lo, hi, sign = (a, b, 1) if a <= b else (b, a, -1)
    count = 0
    while lo < hi:
        lo += ONE_DAY
        count += working(lo, off)
    return sign * count


dates_2000_2059 = st.dates(date(2000, 1, 1), date(2059, 12, 31))
steps = st.integers(-60, 60)


@given(dates_2000_2059, steps)
def test_add_working_days_matches_reference(d: date, n: int) -> None:
    assert CAL.add_working_days(d, n) == reference_add(d, n, PACKAGE_DAYS)


@given(dates_2000_2059, st.integers(-800, 800))
def test_working_days_between_matches_reference(a: date, delta: int) -> None:
    b = a + timedelta(days=delta)
    assert CAL.working_days_between(a, b) == reference_between(a, b, PACKAGE_DAYS)


@given(dates_2000_2059)
def test_next_previous_and_is_working_day_match_reference(d: date) -> None:
    assert CAL.is_working_day(d) == working(d, PACKAGE_DAYS)
    assert CAL.next_working_day(d) == reference_add(d, 1, PACKAGE_DAYS)
    assert CAL.previous_working_day(d) == reference_add(d, -1, PACKAGE_DAYS)


@given(st.dates(date(2018, 3, 1), date(2027, 10, 31)), st.integers(-40, 40))
def test_add_working_days_matches_govuk_fixture(d: date, n: int) -> None:
    # Within the fixture's years, GOV.UK's own list is an independent source of days off.
    assert CAL.add_working_days(d, n) == reference_add(d, n, GOVUK_DAYS)


@given(dates_2000_2059, steps)
def test_add_then_between_round_trips(d: date, n: int) -> None:
    # Backwards from a non-working d, (result, d] holds one working day fewer than |n|.
    expected = n if n >= 0 or CAL.is_working_day(d) else n + 1
    assert CAL.working_days_between(d, CAL.add_working_days(d, n)) == expected


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.dates(date(2026, 11, 1), date(2027, 2, 28)), max_size=12),
    st.dates(date(2026, 12, 1), date(2027, 1, 31)),
    st.integers(-25, 25),
)
def test_closures_match_reference(closed: list[date], d: date, n: int) -> None:
    cal = calendars.england_and_wales(extra_closures=closed)
    off = PACKAGE_DAYS | set(closed)
    assert cal.add_working_days(d, n) == reference_add(d, n, off)
    b = d + timedelta(days=3 * n)
    assert cal.working_days_between(d, b) == reference_between(d, b, off)
    lo, hi = min(d, b), max(d, b)
    explained = {day for day, _ in cal.explain(lo, hi)}
    assert explained == {day for day in off if lo < day <= hi}
