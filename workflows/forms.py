"""Pydantic models that Prefect renders as run forms. They carry case references, never child details."""

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from domain.decisions import CRITERIA, Outcome

Criterion = StrEnum("Criterion", {code.replace(".", "_"): code for code in CRITERIA})  # type: ignore[misc]


class CriterionMet(BaseModel):
    """One criterion of 19.15 or 19.16 that is met, with a short reason."""

    model_config = ConfigDict(extra="forbid")

    code: Criterion = Field(description="The criterion's code, e.g. 19.15a")
    reason: str = Field(min_length=5, description="Why it is met, in a few words (no child details)")


class DecisionForm(BaseModel):
    """The ICSC's decision (19.11-19.17), as an operator enters it in the Prefect UI."""

    model_config = ConfigDict(extra="forbid")

    reference: str = Field(
        pattern=r"^[A-Z][A-Z0-9]{1,9}-\d{4}-\d{4}$",
        description="Case reference, e.g. CHSCP-2026-0001 (never a name)",
    )
    outcome: Outcome = Field(
        description="local_review: hold a local review; national_review: the "
        "case may raise complex or national issues; no_review"
    )
    criteria: list[CriterionMet] = Field(
        default_factory=list,
        description="The 19.15 criteria and 19.16 circumstances that are met, each with why; "
        "every other one is recorded as not met",
    )
    not_applicable: list[Criterion] = Field(
        default_factory=list, description="Criteria that do not apply to the case (e.g. 19.16c)"
    )
    rationale: str = Field(min_length=20, description="The reasons for the decision, in sentences")
    family_rationale: str = Field(
        min_length=20, description="The reasons in plain English for the family's letter (19.21)"
    )
    immediate_actions: str = Field(
        default="", description="Immediate action needed to keep children safe (19.12), if any"
    )
    decided_on: date = Field(description="The day the ICSC decided (not before awareness, not in the future)")
    decided_by: str = Field(min_length=2, description="The ICSC's name")
    revises: bool = Field(
        default=False,
        description="Revise the current decision (after a challenge or the Panel's disagreement, 19.19)",
    )
