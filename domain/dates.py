"""Date checks and calendar-month arithmetic shared by the domain."""

from datetime import date, datetime

import pendulum


def require_date(value: object, field: str) -> date:
    """Return ``value`` if it is a calendar date; raise ValueError naming ``field`` otherwise."""
    if isinstance(value, datetime):
        raise ValueError(f"{field}: expected a date, got a datetime ({value.isoformat()}); pass .date()")
    if not isinstance(value, date):
        raise ValueError(f"{field}: expected a date, got {type(value).__name__} {value!r}")
    return date(value.year, value.month, value.day)


def add_months(d: date, months: int) -> date:
    """The same day of the month ``months`` later, clamped to the month's end (31 Aug + 6 = 28/29 Feb)."""
    moved = pendulum.Date(d.year, d.month, d.day).add(months=months)
    return date(moved.year, moved.month, moved.day)


def long_date(d: date) -> str:
    """A date as people write it in notices: 'Mon 26 Sep 2022'."""
    return f"{d:%a} {d.day} {d:%b %Y}"
