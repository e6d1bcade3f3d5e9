"""The reporting year of the annual report: twelve months from the partnership's start month."""

from dataclasses import dataclass
from datetime import date, timedelta

from domain.dates import add_months

DEFAULT_START_MONTH = 4


def year_start_month(partnership: object) -> int:
    """The month the reporting year starts: ``[reporting] year_start_month`` when the
    configuration has one, else April (the partnership's financial year)."""
    reporting = getattr(partnership, "reporting", None)
    month = getattr(reporting, "year_start_month", None)
    return int(month) if month else DEFAULT_START_MONTH


@dataclass(frozen=True)
class ReportingYear:
    """Twelve months from the 1st of ``start_month`` of ``year``; ``end`` is the last day."""

    year: int
    start_month: int = DEFAULT_START_MONTH

    def __post_init__(self) -> None:
        if not 1 <= self.start_month <= 12:
            raise ValueError(f"reporting year start month: {self.start_month} is not 1-12")
        if not 1990 <= self.year <= 2100:
            raise ValueError(f"--year: {self.year} is not a reporting year (e.g. 2026)")

    @property
    def start(self) -> date:
        return date(self.year, self.start_month, 1)

    @property
    def end(self) -> date:
        return add_months(self.start, 12) - timedelta(days=1)

    @property
    def label(self) -> str:
        """'2026-27' for a year across two calendar years, '2026' for January to December."""
        return str(self.year) if self.start_month == 1 else f"{self.year}-{(self.year + 1) % 100:02d}"

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end
