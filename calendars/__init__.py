"""Working-day calendars: pure, precomputed working-day arithmetic (no I/O at call time).

Usage: ``cal = calendars.england_and_wales()``, then e.g.
``cal.add_working_days(date(2022, 9, 16), 5) == date(2022, 9, 26)`` (the State Funeral of
Queen Elizabeth II on Monday 19 September 2022 is not a working day).
"""

from calendars.england_wales import FIRST_YEAR, LAST_YEAR, ClosureDay, england_and_wales
from calendars.govuk import GovukFeed, read_govuk_feed
from calendars.working import WorkingCalendar

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "ClosureDay",
    "GovukFeed",
    "WorkingCalendar",
    "england_and_wales",
    "read_govuk_feed",
]
