"""Builds what every entry point needs from the partnership configuration."""

from functools import lru_cache
from pathlib import Path

import calendars
from domain.partnership import Partnership
from workflows.config import load_partnership


def calendar_for(partnership: Partnership) -> calendars.WorkingCalendar:
    """The England & Wales calendar with the partnership's closure days and GOV.UK feed."""
    cal = partnership.calendar
    closures = tuple((c.date, c.name) for c in cal.closure_days)
    feed = cal.govuk_feed
    if not closures and feed is None:
        return calendars.england_and_wales()
    return calendars.england_and_wales(extra_closures=closures, govuk_feed=str(feed) if feed else None)


@lru_cache(maxsize=4)
def load(config_path: str | None = None) -> tuple[Partnership, calendars.WorkingCalendar]:
    """The partnership and its calendar (cached per config path for the process)."""
    partnership = load_partnership(Path(config_path) if config_path else None)
    return partnership, calendar_for(partnership)
