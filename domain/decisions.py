"""The ICSC's decision: outcomes, the criteria of 19.15 and 19.16, and what makes a decision complete."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from domain.errors import CommandRefused
from domain.status import CriterionFinding
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


FINDING_WORDS: Mapping[CriterionFinding, str] = {
    CriterionFinding.MET: "met",
    CriterionFinding.NOT_MET: "not met",
    CriterionFinding.NOT_APPLICABLE: "not applicable",
}


@dataclass(frozen=True)
class Consideration:
    """One criterion of 19.15 or 19.16 as the ICSC considered it; a met one says why."""

    code: str
    finding: CriterionFinding
    reason: str = ""

    @property
    def text(self) -> str:
        return CRITERIA[self.code]

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "finding": self.finding.value, "reason": self.reason}


def consider_criteria(met: Sequence[str], not_applicable: Sequence[str] = ()) -> tuple[Consideration, ...]:
    """Every criterion of 19.15 and 19.16, in order: met (``CODE=REASON``), not applicable, or
    otherwise not met. CommandRefused naming the option when a code is unknown, given twice
    over, or met without a reason."""
    reasons: dict[str, str] = {}
    for item in met:
        code, _, reason = item.partition("=")
        code = code.strip()
        if not code:
            continue
        _known([code], "--criteria")
        if code in reasons:
            raise CommandRefused(f"--criteria: {code} is given twice; give it once, as {code}=REASON")
        reasons[code] = require_text(
            reason,
            f"--criteria {code}",
            f"say in a few words why it is met, as {code}=REASON",
            words=2,
            most=1000,
        )
    skipped = tuple(dict.fromkeys(c.strip() for c in not_applicable if c.strip()))
    _known(skipped, "--not-applicable")
    both = [c for c in skipped if c in reasons]
    if both:
        raise CommandRefused(
            f"--not-applicable: {', '.join(both)} is also given as met (--criteria); choose one"
        )
    return tuple(
        Consideration(code, CriterionFinding.MET, reasons[code])
        if code in reasons
        else Consideration(
            code, CriterionFinding.NOT_APPLICABLE if code in skipped else CriterionFinding.NOT_MET
        )
        for code in CRITERIA
    )


def _known(codes: Sequence[str], what: str) -> None:
    unknown = [c for c in codes if c not in CRITERIA]
    if unknown:
        raise CommandRefused(
            f"{what}: {', '.join(unknown)} not known; use codes from "
            f"{', '.join(CRITERIA)} (see `cspr decide --help`)"
        )


@dataclass(frozen=True)
class DecisionInput:
    """What the ICSC records: outcome, every criterion considered, the rationale, the rationale
    for the family in plain English (19.21), immediate actions (19.12), the date."""

    outcome: Outcome
    considered: tuple[Consideration, ...]
    rationale: str
    immediate_actions: str
    decided_on: date
    family_rationale: str

    @property
    def criteria(self) -> tuple[str, ...]:
        """The codes of the criteria met."""
        return tuple(c.code for c in self.considered if c.finding is CriterionFinding.MET)

    @classmethod
    def parse(
        cls,
        outcome: str,
        criteria: Sequence[str],
        rationale: str,
        immediate_actions: str,
        decided_on: date,
        *,
        not_applicable: Sequence[str] = (),
        family_rationale: str = "",
    ) -> "DecisionInput":
        """Validate the ICSC's input; CommandRefused naming the field otherwise.

        ``criteria`` are the criteria met, each ``CODE=REASON``; every other criterion is
        recorded as not met unless it is in ``not_applicable``.
        """
        try:
            parsed = Outcome(outcome)
        except ValueError:
            known = ", ".join(o.value for o in Outcome)
            raise CommandRefused(f"--outcome: {outcome!r} is not an outcome; use one of {known}") from None
        considered = consider_criteria(criteria, not_applicable)
        text = require_text(
            rationale,
            "--rationale",
            "give the reasons for the decision in a sentence or more, not a word",
            words=3,
            chars=20,
        )
        family = require_text(
            family_rationale,
            "--family-rationale",
            "give the reasons for the family in plain English, in a sentence or more (19.21)",
            words=3,
            chars=20,
        )
        return cls(parsed, considered, text, immediate_actions.strip(), decided_on, family)


def considered_view(stored: Sequence[Mapping[str, str]]) -> list[dict[str, str]]:
    """The stored considerations as people read them: code, wording, finding in words, reason."""
    return [
        {
            "code": c["code"],
            "text": CRITERIA.get(c["code"], c["code"]),
            "finding": c["finding"],
            "finding_words": FINDING_WORDS[CriterionFinding(c["finding"])],
            "reason": c.get("reason", ""),
        }
        for c in stored
    ]


def criteria_help() -> str:
    """The criteria codes and their wording, for `cspr decide --help`."""
    return "; ".join(f"{code}: {text}" for code, text in CRITERIA.items())
