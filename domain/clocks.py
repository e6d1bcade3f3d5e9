"""A planned clock and the explanation every computed date carries."""

from dataclasses import dataclass
from datetime import date

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
