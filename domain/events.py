"""The events of a case so far: each one starts the clocks that count from it."""

from dataclasses import dataclass, fields
from datetime import date

from domain.dates import require_date


@dataclass(frozen=True)
class CaseEvents:
    """Dates on which things happened (or, for publication, are planned); None = not yet."""

    panel_notification_sent_on: date | None = None
    icsc_decided_on: date | None = None
    local_review_decided_on: date | None = None  # the decision (or revision) to hold a review
    panel_disagreed_on: date | None = None
    publication_planned_for: date | None = None
    delay_approved_on: date | None = None
    non_publication_decided_on: date | None = None
    published_on: date | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None:
                object.__setattr__(self, f.name, require_date(value, f.name))

    def check_against(self, aware_date: date) -> None:
        """Raise ValueError if an event is dated before the local authority became aware."""
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None and value < aware_date:
                raise ValueError(
                    f"{f.name}: {value.isoformat()} is before the local authority became "
                    f"aware ({aware_date.isoformat()})"
                )
        if (
            self.local_review_decided_on is not None
            and self.icsc_decided_on is not None
            and self.local_review_decided_on < self.icsc_decided_on
        ):
            raise ValueError("local_review_decided_on: is before icsc_decided_on")
