"""The facts the annual report is computed from: plain values, read from the case store by
``store.annual_facts.load`` (case references only, no child details)."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CaseFact:
    reference: str
    aware_date: date
    harm: str
    considered_at_discretion: bool
    rapid_review_submitted_on: date | None = None


@dataclass(frozen=True)
class ClockFact:
    reference: str
    kind: str
    party: str
    due: date
    status: str  # open | met | stopped
    met_on: date | None
    statutory: bool
    paused: bool = False


@dataclass(frozen=True)
class DecisionFact:
    reference: str
    revision: int
    outcome: str
    decided_on: date
    considered: tuple[tuple[str, str], ...] = ()  # (criterion code, finding) for each of 19.15-19.16


@dataclass(frozen=True)
class ReviewFact:
    reference: str
    opened_on: date
    published_on: date | None = None
    withheld_scope: str | None = None
    withheld_on: date | None = None


@dataclass(frozen=True)
class DelayFact:
    reference: str
    requested_on: date
    to_date: date
    reason: str
    circumstance: str | None
    status: str
    answered_on: date | None = None


@dataclass(frozen=True)
class ActionFact:
    id: int
    reference: str
    recommendation: int
    agency: str
    due: date
    status: str  # open | done | cancelled
    added_on: date
    completed_on: date | None = None


@dataclass(frozen=True)
class Facts:
    """Everything the report reads, as plain values."""

    cases: tuple[CaseFact, ...] = ()
    clocks: tuple[ClockFact, ...] = ()
    decisions: tuple[DecisionFact, ...] = ()
    reviews: tuple[ReviewFact, ...] = ()
    delays: tuple[DelayFact, ...] = ()
    actions: tuple[ActionFact, ...] = ()
