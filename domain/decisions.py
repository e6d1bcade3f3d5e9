"""The ICSC's decision: outcomes, the criteria of 19.15 and 19.16, and what makes a decision complete."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from domain.errors import CommandRefused
from domain.text import require_text


class Outcome(StrEnum):
    """What the rapid review decides (19.13)."""

    LOCAL_REVIEW = "local_review"
    NATIONAL_REVIEW = "national_review"  # complex or of national importance: for the Panel
    NO_REVIEW = "no_review"


OUTCOME_TEXT: Mapping[Outcome, str] = {
    Outcome.LOCAL_REVIEW: "hold a local child safeguarding practice review",
    Outcome.NATIONAL_REVIEW: "refer the case to the Panel: it may raise issues that are complex "
    "or of national importance, so a national review may be appropriate",
    Outcome.NO_REVIEW: "not hold a child safeguarding practice review",
}

# 19.15: criteria the ICSC must consider; 19.16: circumstances the ICSC should also consider.
CRITERIA: Mapping[str, str] = {
    "19.15a": "The case highlights or may highlight improvements needed to safeguard and promote "
    "the welfare of children, including where those improvements have been previously "
    "identified",
    "19.15b": "The case highlights or may highlight recurrent themes in the safeguarding and "
    "promotion of the welfare of children",
    "19.15c": "The case highlights or may highlight concerns regarding two or more organisations "
    "or agencies working together effectively to safeguard and promote the welfare of "
    "children",
    "19.15d": "The case is one which the Child Safeguarding Practice Review Panel have considered "
    "and concluded a local review may be more appropriate",
    "19.16a": "The safeguarding partners have cause for concern about the actions of a single agency",
    "19.16b": "There has been no agency involvement, and this gives the safeguarding partners "
    "cause for concern",
    "19.16c": "More than one local authority, police area or clinical commissioning group is "
    "involved, including where families have moved around",
    "19.16d": "The case may raise issues relating to safeguarding or promoting the welfare of "
    "children in institutional settings",
}


@dataclass(frozen=True)
class DecisionInput:
    """What the ICSC records: outcome, criteria, rationale, immediate actions (19.12), the date."""

    outcome: Outcome
    criteria: tuple[str, ...]
    rationale: str
    immediate_actions: str
    decided_on: date

    @classmethod
    def parse(
        cls, outcome: str, criteria: Sequence[str], rationale: str, immediate_actions: str, decided_on: date
    ) -> "DecisionInput":
        """Validate the ICSC's input; CommandRefused naming the field otherwise."""
        try:
            parsed = Outcome(outcome)
        except ValueError:
            known = ", ".join(o.value for o in Outcome)
            raise CommandRefused(f"--outcome: {outcome!r} is not an outcome; use one of {known}") from None
        codes = tuple(dict.fromkeys(c.strip() for c in criteria if c.strip()))
        unknown = [c for c in codes if c not in CRITERIA]
        if unknown:
            raise CommandRefused(
                f"--criteria: {', '.join(unknown)} not known; use codes from "
                f"{', '.join(CRITERIA)} (see `cspr decide --help`)"
            )
        text = require_text(
            rationale,
            "--rationale",
            "give the reasons for the decision in a sentence or more, not a word",
            words=3,
            chars=20,
        )
        return cls(parsed, codes, text, immediate_actions.strip(), decided_on)


def criteria_help() -> str:
    """The criteria codes and their wording, for `cspr decide --help`."""
    return "; ".join(f"{code}: {text}" for code, text in CRITERIA.items())
