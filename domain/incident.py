"""The incident report: the public contract of `cspr incident log --file` (field names are fixed)."""

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from domain.errors import CommandRefused
from domain.facts import AbuseOrNeglect, CaseFacts, Harm, Location
from domain.text import NAME_MAX, TEXT_MAX, one_line, text_problem

CHILDREN_MAX = 20
"""The most children one incident report may name."""


def _text(most: int, *, line: bool) -> AfterValidator:
    def check(value: str) -> str:
        problem = text_problem(value, most=most, line=line)
        if problem:
            raise ValueError(problem)
        return value

    return AfterValidator(check)


def _boolean(value: object) -> object:
    if not isinstance(value, bool):
        raise ValueError("give true or false (a JSON boolean, without quotes)")
    return value


def _whole_number(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("give a whole number, without quotes")
    return value


def _iso_date(value: object) -> object:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError("give the date as a string YYYY-MM-DD")
    return value


Summary = Annotated[str, _text(TEXT_MAX, line=False)]
Name = Annotated[str, _text(NAME_MAX, line=True)]
Flag = Annotated[bool, BeforeValidator(_boolean)]
Day = Annotated[date, BeforeValidator(_iso_date)]


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"


class Child(BaseModel):
    """The minimum the process needs about a child: no names, no addresses."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    initials: str = Field(
        pattern=r"^[A-Z]{1,3}$", description="Initials only, 1 to 3 capital letters, e.g. 'AB'"
    )
    age: Annotated[int, BeforeValidator(_whole_number)] = Field(
        ge=0, le=17, description="Age in whole years (0 to 17)"
    )
    sex: Sex


class IncidentReport(BaseModel):
    """A serious incident as the support team logs it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    local_authority: Annotated[str, _text(64, line=True)] = Field(
        description="Id of a local authority in the partnership configuration, e.g. 'hackney'"
    )
    incident_date: Day = Field(description="When the incident happened (YYYY-MM-DD)")
    aware_date: Day = Field(
        description="When the local authority became aware (YYYY-MM-DD); "
        "the statutory clocks start here (19.7)"
    )
    harm: Harm = Field(description="death, serious_harm or other (19.3)")
    abuse_or_neglect: AbuseOrNeglect = Field(description="known, suspected or not_suspected")
    location: Location = Field(
        description="in_area, or outside_england for a child normally resident in the area (19.5)"
    )
    looked_after: Flag = Field(description="The child was looked after (19.9)")
    children: list[Child] = Field(
        min_length=1, max_length=CHILDREN_MAX, description=f"At least one child, at most {CHILDREN_MAX}"
    )
    summary: Summary = Field(
        description=f"What happened, briefly (at most {TEXT_MAX} characters); held on the case, never logged"
    )
    criminal_investigation: Flag = Field(
        description="A criminal investigation or proceedings are live (19.22, 19.24)"
    )
    reported_by: Name = Field(description=f"Who reported it (agency or role; at most {NAME_MAX} characters)")
    reference: Annotated[str, _text(64, line=True)] | None = Field(
        default=None, description="The caller's own reference, if any (at most 64 characters)"
    )

    @model_validator(mode="after")
    def _aware_not_before_incident(self) -> "IncidentReport":
        if self.aware_date < self.incident_date:
            raise ValueError(
                f"aware_date {self.aware_date.isoformat()} is before incident_date "
                f"{self.incident_date.isoformat()}"
            )
        return self

    def recorded(self) -> dict[str, object]:
        """What a case keeps of this report, as :func:`recorded_facts` compares it."""
        return recorded_facts(self, [(c.initials, c.age, c.sex) for c in self.children])

    def facts(self, *, considered_at_discretion: bool = False) -> CaseFacts:
        """The facts that decide the clocks."""
        return CaseFacts(
            incident_date=self.incident_date,
            aware_date=self.aware_date,
            harm=self.harm,
            abuse_or_neglect=self.abuse_or_neglect,
            location=self.location,
            looked_after=self.looked_after,
            criminal_investigation=self.criminal_investigation,
            considered_at_discretion=considered_at_discretion,
        )


_RECORDED: dict[str, Callable[[Any], object]] = {
    "incident_date": lambda value: value,
    "harm": str,
    "abuse_or_neglect": str,
    "location": str,
    "looked_after": bool,
    "criminal_investigation": bool,
    "summary": one_line,
    "reported_by": one_line,
}
"""The facts a case keeps of its report, each in the form two reports are compared by."""


def recorded_facts(source: object, children: Iterable[tuple[str, int, str]]) -> dict[str, object]:
    """The facts of a logged incident (a report, or the case it made) in a comparable form."""
    facts = {name: convert(getattr(source, name)) for name, convert in _RECORDED.items()}
    facts["children"] = sorted((i, a, str(s)) for i, a, s in children)
    return facts


def check_same_incident(report: IncidentReport, recorded: Mapping[str, object], case_reference: str) -> None:
    """Refuse a report that repeats a logged incident's key but not its facts.

    The key is the caller's reference (with the local authority and awareness date), or without
    one the dates, children and summary. A repeat with the same facts is the same incident; one
    with other facts is a separate incident that must not be merged into the earlier case. The
    refusal names the fields that differ, never their values.
    """
    differ = [name for name, value in report.recorded().items() if recorded.get(name) != value]
    if not differ:
        return
    what = ", ".join(differ)
    if report.reference:
        raise CommandRefused(
            f"reference {report.reference!r} is already case {case_reference}, logged with a "
            f"different {what}; to log a separate incident give it a new reference"
        )
    raise CommandRefused(
        f"the same dates, children and summary are already case {case_reference}, logged with a "
        f"different {what}; to log a separate incident give it its own reference"
    )
