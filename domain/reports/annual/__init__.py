"""The partnership's annual report on practice reviews (001 §16.1; 004 §3.18), as figures.

``store.annual_facts.load`` reads the rows the report needs into these plain facts. ``compute`` is
pure: from those facts, a reporting year, a calendar and the day the report is made, it counts.
Rendering (Markdown, HTML, charts) lives in ``notifications.annual_report``.

The parts: ``year`` (the reporting year), ``facts`` (what the report reads), ``figures`` (what it
says) and ``compute`` (how it counts, set out in its docstring). Import them from here.
"""

from domain.reports.annual.compute import CLOCK_ORDER, OUTCOMES, compute
from domain.reports.annual.facts import (
    ActionFact,
    CaseFact,
    ClockFact,
    DecisionFact,
    DelayFact,
    Facts,
    ReviewFact,
)
from domain.reports.annual.figures import (
    Actions,
    AgencyActions,
    AnnualReport,
    ClockLine,
    Decisions,
    Incidents,
    LateClock,
    NonPublication,
    OpenReview,
    OverdueAction,
    PublishedReview,
    Timeline,
    percent,
)
from domain.reports.annual.year import DEFAULT_START_MONTH, ReportingYear, year_start_month

__all__ = [
    "CLOCK_ORDER",
    "DEFAULT_START_MONTH",
    "OUTCOMES",
    "ActionFact",
    "Actions",
    "AgencyActions",
    "AnnualReport",
    "CaseFact",
    "ClockFact",
    "ClockLine",
    "DecisionFact",
    "Decisions",
    "DelayFact",
    "Facts",
    "Incidents",
    "LateClock",
    "NonPublication",
    "OpenReview",
    "OverdueAction",
    "PublishedReview",
    "ReportingYear",
    "ReviewFact",
    "Timeline",
    "compute",
    "percent",
    "year_start_month",
]
