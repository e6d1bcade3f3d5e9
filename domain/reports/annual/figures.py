"""The annual report's figures: what ``compute`` returns and ``notifications.annual_report`` renders."""

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from domain.reports.annual.facts import DelayFact
from domain.reports.annual.year import ReportingYear


def percent(part: int, whole: int) -> float | None:
    """part / whole as a percentage with one decimal; None when there is nothing to divide."""
    return round(100 * part / whole, 1) if whole else None


@dataclass(frozen=True)
class Incidents:
    notified: int
    by_harm: dict[str, int]
    at_discretion: int


@dataclass(frozen=True)
class LateClock:
    reference: str
    kind: str
    label: str
    party: str
    due: date
    met_on: date | None  # None: still open as of the report
    working_days_late: int


@dataclass(frozen=True)
class ClockLine:
    kind: str
    label: str
    statutory: bool
    total: int
    on_time: int

    @property
    def late(self) -> int:
        return self.total - self.on_time

    @property
    def on_time_percent(self) -> float | None:
        return percent(self.on_time, self.total)


@dataclass(frozen=True)
class Considered:
    """One decision's finding on every criterion of 19.15 and 19.16 (code -> finding)."""

    reference: str
    revision: int
    outcome: str
    decided_on: date
    findings: dict[str, str]  # a CriterionFinding value, or "not_recorded"


@dataclass(frozen=True)
class Decisions:
    by_outcome: dict[str, int]
    revisions: int
    considered: list[Considered] = field(default_factory=list)
    criteria_met: dict[str, int] = field(default_factory=dict)  # code -> decisions finding it met

    @property
    def total(self) -> int:
        return sum(self.by_outcome.values())


@dataclass(frozen=True)
class PublishedReview:
    reference: str
    opened_on: date
    six_months_on: date  # the statutory date (19.24)
    published_on: date
    within_six_months: bool
    delay_approved: bool
    what: str  # report | improvements (the full report withheld, 19.27)


@dataclass(frozen=True)
class OpenReview:
    reference: str
    opened_on: date
    six_months_on: date
    actions: int  # learning actions already recorded (004 §3.18)


@dataclass(frozen=True)
class NonPublication:
    reference: str
    withheld_on: date
    scope: str  # full | improvements


@dataclass(frozen=True)
class AgencyActions:
    agency: str
    completed: int
    open: int
    overdue: int


@dataclass(frozen=True)
class OverdueAction:
    id: int
    reference: str
    recommendation: int
    agency: str
    due: date
    working_days_overdue: int
    carried_forward: bool


@dataclass(frozen=True)
class Actions:
    completed: int
    open: int
    overdue: int
    cancelled: int
    carried_forward: int
    carried_forward_completed: int
    by_agency: list[AgencyActions]
    overdue_list: list[OverdueAction]


@dataclass(frozen=True)
class Timeline:
    """One case from awareness to publication (None: not reached as of the report)."""

    reference: str
    aware: date
    notified: date | None
    decided: date | None
    submitted: date | None
    published: date | None


@dataclass(frozen=True)
class AnnualReport:
    partnership: str
    period: ReportingYear
    as_of: date
    incidents: Incidents
    clocks: list[ClockLine]
    late_clocks: list[LateClock]
    decisions: Decisions
    published: list[PublishedReview]
    in_progress: list[OpenReview]
    delays: list[DelayFact]
    non_publication: list[NonPublication]
    actions: Actions
    timeline: list[Timeline] = field(default_factory=list)

    @property
    def published_within_six_months(self) -> int:
        return sum(1 for p in self.published if p.within_six_months)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: dates as ISO strings, derived figures included."""
        data = asdict(self)
        data["period"] = {
            "year": self.period.year,
            "label": self.period.label,
            "start": self.period.start,
            "end": self.period.end,
        }
        for line, raw in zip(self.clocks, data["clocks"], strict=True):
            raw.update(late=line.late, on_time_percent=line.on_time_percent)
        data["decisions"]["total"] = self.decisions.total
        data["published_within_six_months"] = self.published_within_six_months
        result: dict[str, Any] = _iso(data)
        return result


def _iso(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _iso(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_iso(v) for v in value]
    return value
