"""The England and Wales working-day calendar, built on the `holidays` package."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache

import holidays

from calendars.govuk import GovukFeed, read_govuk_feed
from calendars.names import LOCAL_CLOSURE, govuk_title
from calendars.working import WorkingCalendar, as_date

__all__ = ["FIRST_YEAR", "LAST_YEAR", "ClosureDay", "england_and_wales", "package_bank_holidays"]

FIRST_YEAR = 1995
"""First year covered (the calendar runs from 1 January of this year)."""
LAST_YEAR = 2070
"""Last year covered (the calendar runs to 31 December of this year)."""

ClosureDay = date | tuple[date, str]
"""A local closure day: a bare date (named "Local closure day") or a (date, name) pair."""


@lru_cache(maxsize=1)
def package_bank_holidays() -> tuple[tuple[date, str], ...]:
    """The `holidays` package's GB/ENG days for FIRST_YEAR..LAST_YEAR, with GOV.UK titles.

    Includes substitute ("observed") and one-off days, and days that fall on a weekend (e.g.
    Boxing Day on a Saturday).  Built once per process (about half a second).
    """
    package = holidays.country_holidays("GB", subdiv="ENG", years=range(FIRST_YEAR, LAST_YEAR + 1))
    return tuple(sorted((day, govuk_title(name, day)) for day, name in package.items()))


def _closures(extra_closures: Iterable[ClosureDay]) -> tuple[tuple[date, str], ...]:
    """Normalise closure days to (date, name) pairs; ValueError for anything else."""
    if isinstance(extra_closures, str | bytes | date):
        raise ValueError(
            "extra_closures must be an iterable of dates or (date, name) pairs, "
            f"got {type(extra_closures).__name__} {extra_closures!r}"
        )
    out: list[tuple[date, str]] = []
    for item in extra_closures:
        if isinstance(item, tuple):
            if len(item) != 2:
                raise ValueError(f"expected a closure (date, name) pair, got {item!r}")
            day, name = item
            if not isinstance(name, str) or not name.strip():
                raise ValueError(f"closure day {day} needs a non-empty str name, got {name!r}")
            out.append((as_date(day, "a closure date"), name))
        else:
            out.append((as_date(item, "a closure date"), LOCAL_CLOSURE))
    return tuple(sorted(out))


@lru_cache(maxsize=1)
def _default_calendar() -> WorkingCalendar:
    return _build((), None)


def _build(closures: tuple[tuple[date, str], ...], govuk_feed: GovukFeed | None) -> WorkingCalendar:
    days = list(package_bank_holidays())
    if govuk_feed is not None:
        # GOV.UK is the authority: its title replaces the package's name on the same date.
        feed = read_govuk_feed(govuk_feed)
        feed_dates = {day for day, _ in feed}
        days = [(day, name) for day, name in days if day not in feed_dates] + feed
    return WorkingCalendar(
        date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31), bank_holidays=days, closures=closures
    )


def england_and_wales(
    extra_closures: Iterable[ClosureDay] = (), govuk_feed: GovukFeed | None = None
) -> WorkingCalendar:
    """The working-day calendar for England (and Wales), 1 Jan 1995 to 31 Dec 2070.

    Non-working days: weekends; the `holidays` package's GB/ENG bank holidays including
    substitute and one-off days, named with GOV.UK's titles; every ``england-and-wales``
    event in ``govuk_feed`` (a path to GOV.UK's ``bank-holidays.json`` or its parsed dict),
    named by its GOV.UK title, so a newly announced day counts before the package knows it;
    and ``extra_closures``, local closure days given as dates or (date, name) pairs.

    The calendar without extras is built once and shared; any extras build a fresh one.
    ValueError for a bad closure, a bad feed, or a day outside the covered range.
    """
    closures = _closures(extra_closures)
    if not closures and govuk_feed is None:
        return _default_calendar()
    return _build(closures, govuk_feed)
