"""Hand-worked working-day arithmetic, names, closures and bad input for `calendars`."""

from __future__ import annotations

import pickle
import re
from datetime import date, datetime

import pendulum
import pytest

import calendars
from calendars import WorkingCalendar

CAL = calendars.england_and_wales()
RANGE = "1995-01-01 to 2070-12-31"


# -- hand-worked add_working_days ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "n", "expected", "why"),
    [
        (date(2022, 9, 16), 5, date(2022, 9, 26), "State Funeral of Queen Elizabeth II Mon 19 Sep"),
        (date(2023, 5, 5), 5, date(2023, 5, 15), "Coronation Mon 8 May"),
        (
            date(2026, 12, 24),
            5,
            date(2027, 1, 5),
            "Christmas Fri 25, Boxing Day Sat 26 -> substitute Mon 28, New Year’s Day Fri 1 Jan",
        ),
        (date(2026, 4, 2), 1, date(2026, 4, 7), "Good Friday 3 Apr, Easter Monday 6 Apr 2026"),
        (date(2026, 4, 1), 3, date(2026, 4, 8), "Thu 2 Apr, (Fri 3, Mon 6 off), Tue 7, Wed 8"),
        (
            date(2025, 12, 17),
            15,
            date(2026, 1, 12),
            "Christmas Thu 25, Boxing Day Fri 26 Dec 2025, New Year’s Day Thu 1 Jan 2026",
        ),
        (
            date(2027, 1, 5),
            -7,
            date(2026, 12, 22),
            "back over New Year’s Day, Boxing Day substitute Mon 28 and Christmas Fri 25 Dec",
        ),
        (date(2026, 8, 29), 1, date(2026, 9, 1), "Sat start is day 0; Summer bank holiday Mon 31"),
        (date(2026, 8, 29), 0, date(2026, 8, 29), "n == 0 returns the Saturday itself"),
        (date(2026, 8, 29), -1, date(2026, 8, 28), "Sat start is day 0; Fri 28 Aug is day -1"),
        (date(2026, 8, 30), -1, date(2026, 8, 28), "Sun start is day 0; Fri 28 Aug is day -1"),
        (date(2020, 5, 7), 1, date(2020, 5, 11), "Early May bank holiday moved to Fri 8 May (VE)"),
        (date(2020, 5, 1), 1, date(2020, 5, 4), "Mon 4 May 2020 is a working day (moved)"),
        (date(2022, 6, 1), 1, date(2022, 6, 6), "Spring Thu 2 Jun, Platinum Jubilee Fri 3 Jun"),
        (date(2022, 12, 23), 1, date(2022, 12, 28), "Boxing Mon 26, Christmas substitute Tue 27"),
        (date(2027, 12, 24), 1, date(2027, 12, 29), "substitutes Mon 27 and Tue 28 Dec 2027"),
        (date(2023, 1, 2), -1, date(2022, 12, 30), "New Year’s substitute Mon 2 Jan 2023 is day 0"),
    ],
)
def test_add_working_days_hand_worked(start: date, n: int, expected: date, why: str) -> None:
    assert CAL.add_working_days(start, n) == expected, why


def test_next_and_previous_working_day() -> None:
    # Thu 2 Jun 2022 Spring bank holiday, Fri 3 Jun Platinum Jubilee bank holiday.
    assert CAL.next_working_day(date(2022, 6, 1)) == date(2022, 6, 6)
    assert CAL.previous_working_day(date(2022, 6, 6)) == date(2022, 6, 1)
    # A working day is never its own next/previous working day.
    assert CAL.next_working_day(date(2026, 3, 10)) == date(2026, 3, 11)
    assert CAL.previous_working_day(date(2026, 3, 10)) == date(2026, 3, 9)


def test_is_working_day() -> None:
    assert CAL.is_working_day(date(2026, 3, 10))  # an ordinary Tuesday
    assert not CAL.is_working_day(date(2026, 3, 14))  # Saturday
    assert not CAL.is_working_day(date(2022, 9, 19))  # State Funeral
    assert not CAL.is_working_day(date(2026, 12, 28))  # Boxing Day substitute
    assert CAL.is_working_day(date(2020, 5, 4))  # first Monday of May 2020: holiday moved


# -- working_days_between -------------------------------------------------------------------


def test_working_days_between_half_open_and_signed() -> None:
    a, b = date(2026, 12, 24), date(2027, 1, 5)
    assert CAL.working_days_between(a, b) == 5  # 29, 30, 31 Dec, 4, 5 Jan
    assert CAL.working_days_between(b, a) == -5  # overdue: negative
    assert CAL.working_days_between(a, a) == 0
    # (Fri 16, Mon 19 Sep 2022]: Sat, Sun and the State Funeral -> no working days.
    assert CAL.working_days_between(date(2022, 9, 16), date(2022, 9, 19)) == 0
    # The start is excluded and the end included: (Mon 9, Tue 10 Mar 2026] holds one day.
    assert CAL.working_days_between(date(2026, 3, 9), date(2026, 3, 10)) == 1


def test_between_inverts_add() -> None:
    # Forwards, (d, d + n working days] holds exactly n working days.  Backwards, the range
    # (d - n working days, d] also holds d itself, so it counts n only when d is a working day.
    for start in (date(2026, 12, 24), date(2026, 12, 26), date(2022, 9, 19)):
        for n in (1, 5, 15, 40):
            assert CAL.working_days_between(start, CAL.add_working_days(start, n)) == n
            back = CAL.working_days_between(start, CAL.add_working_days(start, -n))
            assert back == (-n if CAL.is_working_day(start) else -n + 1)
    # Sat 26 Dec 2026, 1 working day back is Thu 24 Dec; (24, 26] holds no working day.
    assert CAL.working_days_between(date(2026, 12, 26), date(2026, 12, 24)) == 0


# -- explain, names, bank holidays ------------------------------------------------------------


def test_explain_state_funeral() -> None:
    assert CAL.explain(date(2022, 9, 16), date(2022, 9, 26)) == [
        (date(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II")
    ]


def test_explain_christmas_2026_lists_weekend_named_day() -> None:
    assert CAL.explain(date(2026, 12, 24), date(2027, 1, 5)) == [
        (date(2026, 12, 25), "Christmas Day"),
        (date(2026, 12, 26), "Boxing Day"),
        (date(2026, 12, 28), "Boxing Day (substitute day)"),
        (date(2027, 1, 1), "New Year’s Day"),
    ]


def test_explain_is_half_open() -> None:
    # (Fri 25 Dec, Mon 28 Dec 2026]: excludes Christmas Day, includes the substitute day.
    assert CAL.explain(date(2026, 12, 25), date(2026, 12, 28)) == [
        (date(2026, 12, 26), "Boxing Day"),
        (date(2026, 12, 28), "Boxing Day (substitute day)"),
    ]
    assert CAL.explain(date(2022, 9, 19), date(2022, 9, 19)) == []
    assert CAL.explain(date(2026, 3, 1), date(2026, 3, 31)) == []  # weekends are not listed


def test_explain_rejects_reversed_range() -> None:
    with pytest.raises(ValueError, match="a <= b"):
        CAL.explain(date(2022, 9, 26), date(2022, 9, 16))


def test_names_and_bank_holidays() -> None:
    assert CAL.name_of(date(2026, 12, 28)) == "Boxing Day (substitute day)"
    assert CAL.name_of(date(2023, 5, 8)) == "Bank holiday for the coronation of King Charles III"
    assert CAL.name_of(date(2022, 6, 3)) == "Platinum Jubilee bank holiday"
    assert CAL.name_of(date(2020, 5, 8)) == "Early May bank holiday (VE day)"
    assert CAL.name_of(date(2019, 5, 6)) == "Early May bank holiday"
    assert CAL.name_of(date(2012, 6, 5)) == "Queen’s Diamond Jubilee"
    assert CAL.name_of(date(2026, 12, 23)) is None
    assert CAL.name_of(date(2026, 3, 14)) is None  # a plain Saturday has no name
    assert CAL.is_bank_holiday(date(2026, 12, 28))
    assert not CAL.is_bank_holiday(date(2026, 12, 23))


def test_weekend_named_day_is_named_but_not_a_bank_holiday() -> None:
    # Boxing Day on Sat 26 Dec 2026: GOV.UK lists the substitute Monday, not the Saturday.
    assert CAL.name_of(date(2026, 12, 26)) == "Boxing Day"
    assert not CAL.is_bank_holiday(date(2026, 12, 26))
    assert not CAL.is_working_day(date(2026, 12, 26))


def test_range_covers_2000_to_2060() -> None:
    assert CAL.first == date(1995, 1, 1)
    assert CAL.last == date(2070, 12, 31)
    assert CAL.name_of(date(2060, 12, 25)) == "Christmas Day"
    assert CAL.name_of(date(2000, 1, 3)) == "New Year’s Day (substitute day)"  # 1 Jan Sat


# -- construction, caching, immutability --------------------------------------------------------


def test_default_calendar_is_cached_and_extras_are_not() -> None:
    assert calendars.england_and_wales() is CAL
    assert calendars.england_and_wales(extra_closures=()) is CAL
    assert calendars.england_and_wales(extra_closures=[date(2026, 3, 10)]) is not CAL


def test_calendar_is_immutable() -> None:
    with pytest.raises(AttributeError):
        CAL._working_days = ()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        CAL.first = date(2000, 1, 1)  # type: ignore[misc]


def test_calendar_pickles() -> None:
    copy = pickle.loads(pickle.dumps(CAL))
    assert isinstance(copy, WorkingCalendar)
    assert copy.add_working_days(date(2022, 9, 16), 5) == date(2022, 9, 26)
    assert copy.explain(date(2026, 12, 24), date(2027, 1, 5)) == CAL.explain(
        date(2026, 12, 24), date(2027, 1, 5)
    )


def test_small_custom_calendar() -> None:
    cal = WorkingCalendar(
        date(2030, 1, 1),
        date(2030, 1, 31),
        bank_holidays=[(date(2030, 1, 1), "New Year’s Day")],
        closures=[(date(2030, 1, 2), "Stocktake")],
    )
    assert cal.add_working_days(date(2030, 1, 1), 1) == date(2030, 1, 3)
    assert cal.explain(date(2030, 1, 1), date(2030, 1, 31)) == [(date(2030, 1, 2), "Stocktake")]
    with pytest.raises(ValueError, match="2030-01-01 to 2030-01-31"):
        cal.add_working_days(date(2030, 1, 31), 1)


# -- local closure days -------------------------------------------------------------------------


def test_closure_days_move_results_and_are_explained() -> None:
    cal = calendars.england_and_wales(
        extra_closures=[date(2026, 12, 29), (date(2026, 12, 30), "Partnership training day")]
    )
    # Without closures: Tue 5 Jan 2027. With Tue 29 and Wed 30 Dec closed: Thu 7 Jan 2027.
    assert cal.add_working_days(date(2026, 12, 24), 5) == date(2027, 1, 7)
    assert cal.explain(date(2026, 12, 24), date(2027, 1, 7)) == [
        (date(2026, 12, 25), "Christmas Day"),
        (date(2026, 12, 26), "Boxing Day"),
        (date(2026, 12, 28), "Boxing Day (substitute day)"),
        (date(2026, 12, 29), "Local closure day"),
        (date(2026, 12, 30), "Partnership training day"),
        (date(2027, 1, 1), "New Year’s Day"),
    ]
    assert not cal.is_working_day(date(2026, 12, 29))
    assert not cal.is_bank_holiday(date(2026, 12, 29))  # a closure is not a bank holiday
    assert cal.working_days_between(date(2026, 12, 24), date(2027, 1, 7)) == 5
    # The shared default calendar is untouched.
    assert CAL.is_working_day(date(2026, 12, 29))


def test_closure_on_a_bank_holiday_keeps_the_bank_holiday_name() -> None:
    cal = calendars.england_and_wales(extra_closures=[(date(2026, 12, 25), "Office shut")])
    assert cal.name_of(date(2026, 12, 25)) == "Christmas Day"
    assert cal.is_bank_holiday(date(2026, 12, 25))


def test_closure_accepts_pendulum_date() -> None:
    cal = calendars.england_and_wales(extra_closures=[pendulum.Date(2026, 3, 10)])
    assert not cal.is_working_day(date(2026, 3, 10))


@pytest.mark.parametrize(
    ("closures", "message"),
    [
        ([datetime(2026, 3, 10, 9, 0)], "pass .date()"),
        (["2026-03-10"], "expected a closure date, got str"),
        ([(date(2026, 3, 10), "")], "non-empty str name"),
        ([(date(2026, 3, 10), "a", "b")], "pair"),
        ([date(2071, 1, 1)], RANGE),
        (date(2026, 3, 10), "iterable"),
    ],
)
def test_bad_closures(closures: object, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        calendars.england_and_wales(extra_closures=closures)  # type: ignore[arg-type]


# -- bad input ------------------------------------------------------------------------------


BAD_DATES = [
    (
        datetime(2026, 1, 1, 10, 0),
        re.escape("expected a date, got datetime 2026-01-01 10:00:00; pass .date()"),
    ),
    (
        pendulum.datetime(2026, 1, 1, 10),
        re.escape("expected a date, got DateTime 2026-01-01 10:00:00+00:00; pass .date()"),
    ),
    ("2026-01-01", r"expected a date, got str '2026-01-01'"),
    (None, "expected a date, got None"),
    (20260101, "expected a date, got int"),
    (date(1994, 12, 31), f"1994-12-31 is outside the calendar's range {RANGE}"),
    (date(2071, 1, 1), f"2071-01-01 is outside the calendar's range {RANGE}"),
]


@pytest.mark.parametrize(("bad", "message"), BAD_DATES)
@pytest.mark.parametrize(
    "method",
    ["is_working_day", "name_of", "is_bank_holiday", "next_working_day", "previous_working_day"],
)
def test_bad_date_single_argument(method: str, bad: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        getattr(CAL, method)(bad)


@pytest.mark.parametrize(("bad", "message"), BAD_DATES)
def test_bad_date_two_arguments(bad: object, message: str) -> None:
    good = date(2026, 1, 1)
    with pytest.raises(ValueError, match=message):
        CAL.add_working_days(bad, 3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=message):
        CAL.add_working_days(bad, 0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=message):
        CAL.working_days_between(bad, good)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=message):
        CAL.working_days_between(good, bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=message):
        CAL.explain(bad, good)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=message):
        CAL.explain(good, bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("n", "message"),
    [
        (True, "got bool True"),
        (1.0, "got float 1.0"),
        ("5", "got str '5'"),
        (None, "got NoneType None"),
    ],
)
def test_bad_n(n: object, message: str) -> None:
    with pytest.raises(ValueError, match=f"expected an int number of working days, {message}"):
        CAL.add_working_days(date(2026, 1, 5), n)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("start", "n", "message"),
    [
        (date(2070, 12, 31), 1, "working day 1 after 2070-12-31 is outside the calendar's range"),
        (date(2070, 12, 1), 30, "working day 30 after 2070-12-01 is outside"),
        (date(1995, 1, 2), -1, "working day 1 before 1995-01-02 is outside"),
        (date(1995, 1, 20), -30, "working day 30 before 1995-01-20 is outside"),
    ],
)
def test_result_outside_range(start: date, n: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CAL.add_working_days(start, n)


def test_date_subclass_accepted_and_plain_date_returned() -> None:
    result = CAL.add_working_days(pendulum.Date(2022, 9, 16), 5)
    assert result == date(2022, 9, 26)
    assert type(result) is date
    assert type(CAL.add_working_days(pendulum.Date(2022, 9, 16), 0)) is date
    assert CAL.is_working_day(pendulum.Date(2022, 9, 20))
    assert CAL.working_days_between(pendulum.Date(2022, 9, 16), date(2022, 9, 26)) == 5
    assert CAL.name_of(pendulum.Date(2022, 9, 19)) == (
        "Bank Holiday for the State Funeral of Queen Elizabeth II"
    )
