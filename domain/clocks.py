"""A planned clock and the explanation every computed date carries."""

from dataclasses import dataclass
from datetime import date

from calendars import WorkingCalendar
from domain.dates import long_date
from domain.kinds import ClockKind


@dataclass(frozen=True)
class Explanation:
    """Why a clock is due when it is: anchor, rule, source and the named days that moved it."""

    anchor: str
    anchor_date: date
    rule: str
    source: str
    moved_by: tuple[tuple[date, str], ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """One paragraph a person can read."""
        parts = [f"{self.rule} ({long_date(self.anchor_date)}); {self.source}."]
        if self.moved_by:
            days = ", ".join(f"{name} {long_date(d)}" for d, name in self.moved_by)
            parts.append(f"Not working days: {days}.")
        parts.extend(self.notes)
        return " ".join(parts)


@dataclass(frozen=True)
class PlannedClock:
    """One clock as the rules project it: start, due date and why."""

    kind: ClockKind
    start: date
    due: date
    action_by: date  # the last working day on or before ``due``
    working_days: int  # working days allowed: (start, due] for forward clocks
    statutory: bool
    source: str
    owner: str
    to: str
    explanation: Explanation
    party: str | None = None  # the safeguarding partner, for per-partner clocks
    provisional: bool = False  # counted from a stand-in until its real anchor is known

    @property
    def key(self) -> str:
        """Unique within a case: the kind, and the partner for per-partner clocks."""
        return f"{self.kind}:{self.party}" if self.party else str(self.kind)


def lateness(calendar: WorkingCalendar, due: date, done: date | None) -> int:
    """Working days a clock was met after its due date: those in (due, done]; 0 when in time."""
    if done is None or done <= due:
        return 0
    return calendar.working_days_between(due, done)


def working_days_words(n: int) -> str:
    """``1 working day``, ``2 working days``."""
    return f"{n} working day{'' if n == 1 else 's'}"


def late_words(n: int) -> str:
    """How late, in one wording everywhere: ``1 working day late``, ``3 working days late``."""
    return f"{working_days_words(n)} late"


def met_status_words(n: int) -> str:
    """A met clock's status as people read it: ``met``, or ``met late (2 working days)``."""
    return f"met late ({working_days_words(n)})" if n else "met"
