"""What every command is handed by its caller: the store, configuration, calendar, renderer and time."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.engine import Engine

from calendars import WorkingCalendar
from domain.notices import Renderer
from domain.partnership import Partnership


@dataclass(frozen=True)
class Services:
    """The infrastructure a command uses, passed in so the domain never builds it."""

    engine: Engine
    partnership: Partnership
    calendar: WorkingCalendar
    renderer: Renderer


@dataclass(frozen=True)
class Now:
    """The moment a command runs: a UTC timestamp and the date in Europe/London."""

    at: datetime
    today: date
