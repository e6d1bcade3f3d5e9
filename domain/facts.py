"""The facts of a case that decide which statutory clocks apply (001 §19.2, 19.5, 19.9, 19.17)."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from domain.dates import require_date


class Harm(StrEnum):
    DEATH = "death"
    SERIOUS_HARM = "serious_harm"
    OTHER = "other"


class AbuseOrNeglect(StrEnum):
    KNOWN = "known"
    SUSPECTED = "suspected"
    NOT_SUSPECTED = "not_suspected"


class Location(StrEnum):
    """Where the child died or was harmed, as 19.5 a) and b) distinguish."""

    IN_AREA = "in_area"
    OUTSIDE_ENGLAND = "outside_england"


@dataclass(frozen=True)
class CaseFacts:
    """What the local authority knows about an incident, as far as the clocks care."""

    incident_date: date
    aware_date: date
    harm: Harm
    abuse_or_neglect: AbuseOrNeglect
    location: Location
    looked_after: bool
    criminal_investigation: bool = False
    considered_at_discretion: bool = False  # raised for the ICSC's discretion (19.17)

    def __post_init__(self) -> None:
        object.__setattr__(self, "incident_date", require_date(self.incident_date, "incident_date"))
        object.__setattr__(self, "aware_date", require_date(self.aware_date, "aware_date"))
        for name, enum in (("harm", Harm), ("abuse_or_neglect", AbuseOrNeglect), ("location", Location)):
            value = getattr(self, name)
            try:
                object.__setattr__(self, name, enum(value))
            except ValueError:
                allowed = ", ".join(m.value for m in enum)
                raise ValueError(f"{name}: {value!r} is not one of {allowed}") from None
        if self.aware_date < self.incident_date:
            raise ValueError(
                f"aware_date: {self.aware_date.isoformat()} is before incident_date "
                f"{self.incident_date.isoformat()}; the local authority cannot become aware "
                "of an incident before it happens"
            )

    @property
    def serious_child_safeguarding_case(self) -> bool:
        """Abuse or neglect known or suspected, and the child died or was seriously harmed (19.2)."""
        return self.abuse_or_neglect is not AbuseOrNeglect.NOT_SUSPECTED and self.harm in (
            Harm.DEATH,
            Harm.SERIOUS_HARM,
        )

    @property
    def notifiable(self) -> bool:
        """The Panel must be notified (19.5): a serious case, in the area or of a resident abroad."""
        return self.serious_child_safeguarding_case and self.location in (
            Location.IN_AREA,
            Location.OUTSIDE_ENGLAND,
        )

    @property
    def looked_after_child_died(self) -> bool:
        """A looked-after child died: the Secretary of State and Ofsted must be told (19.9)."""
        return self.looked_after and self.harm is Harm.DEATH

    @property
    def rapid_review_due(self) -> bool:
        """A rapid review follows a notification or a case raised for consideration (19.11)."""
        return self.notifiable or self.considered_at_discretion
