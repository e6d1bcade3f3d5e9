"""The rapid review as a state machine: each stage, the commands that fit it, and what must come first."""

from collections.abc import Mapping
from enum import StrEnum

from domain.errors import WrongState


class Stage(StrEnum):
    """Where a case is in the rapid review (19.10-19.22)."""

    INTAKE = "intake"  # logged; the rapid review is under way; no decision yet
    DECIDED = "decided"  # the ICSC decided; partners ratify; not yet with the Panel
    SUBMITTED = "submitted"  # the rapid review went to the Panel (19.13)
    RECONSIDERATION = "reconsideration"  # the Panel disagreed; the decision is reviewed (19.19)
    CONCLUDED = "concluded"  # the Panel agreed, or the decision was revised after reconsideration


# command -> (stages where it fits, what must happen first otherwise)
TRANSITIONS: Mapping[str, tuple[frozenset[Stage], str]] = {
    "decide": (
        frozenset({Stage.INTAKE}),
        "a decision is already recorded; to change it use `cspr decide REF ... --revises`",
    ),
    "revise": (
        frozenset({Stage.DECIDED, Stage.RECONSIDERATION}),
        "a decision can be revised before the rapid review goes to the Panel, or after the "
        "Panel disagrees (19.19)",
    ),
    "ratify": (
        frozenset({Stage.DECIDED, Stage.SUBMITTED, Stage.RECONSIDERATION, Stage.CONCLUDED}),
        "the ICSC must decide first (`cspr decide`)",
    ),
    "submit": (
        frozenset({Stage.DECIDED}),
        "the rapid review includes the ICSC's decision (19.13): record it with `cspr decide` first",
    ),
    "panel_response": (
        frozenset({Stage.SUBMITTED}),
        "the Panel responds to a submitted rapid review: record the submission with "
        "`cspr rapid-review submitted` first",
    ),
    "family": (
        frozenset({Stage.DECIDED, Stage.SUBMITTED, Stage.RECONSIDERATION, Stage.CONCLUDED}),
        "the family is told the outcome of a decision (19.21): the ICSC must decide first",
    ),
}

NEXT: Mapping[tuple[str, Stage], Stage] = {
    ("decide", Stage.INTAKE): Stage.DECIDED,
    ("revise", Stage.DECIDED): Stage.DECIDED,
    ("revise", Stage.RECONSIDERATION): Stage.CONCLUDED,
    ("submit", Stage.DECIDED): Stage.SUBMITTED,
}


def check(command: str, stage: str, reference: str) -> Stage:
    """The case's stage, if ``command`` fits it; WrongState naming the stage and what comes first."""
    current = Stage(stage)
    allowed, first = TRANSITIONS[command]
    if current not in allowed:
        raise WrongState(f"{reference} is at stage {current}: {first}")
    return current


def after(command: str, stage: Stage) -> Stage:
    """The stage a command leads to (unchanged if it does not move the case on)."""
    return NEXT.get((command, stage), stage)
