"""The rule table: when each clock starts, how long it runs, and the paragraph that says so.

A partnership may override internal targets; statutory offsets are fixed by law and cannot
be overridden (docs/decisions/0004).
"""

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Protocol

from domain.kinds import ClockKind


class Anchor(StrEnum):
    """The event a clock counts from."""

    AWARE = "aware"  # the local authority became aware of the incident
    PANEL_NOTIFICATION_SENT = "panel_notification_sent"
    RAPID_REVIEW_DUE = "rapid_review_due"  # counted back from the rapid review's due date
    ICSC_DECISION = "icsc_decision"
    PANEL_DISAGREED = "panel_disagreed"
    LOCAL_REVIEW_DECIDED = "local_review_decided"
    PLANNED_PUBLICATION = "planned_publication"  # counted back from the planned date
    DELAY_APPROVED = "delay_approved"
    NON_PUBLICATION_DECIDED = "non_publication_decided"
    PUBLISHED = "published"


ANCHOR_LABELS: Mapping[Anchor, str] = {
    Anchor.AWARE: "the local authority became aware",
    Anchor.PANEL_NOTIFICATION_SENT: "the Panel notification was sent",
    Anchor.RAPID_REVIEW_DUE: "the rapid review is due",
    Anchor.ICSC_DECISION: "the ICSC decided",
    Anchor.PANEL_DISAGREED: "the Panel disagreed with the rapid review",
    Anchor.LOCAL_REVIEW_DECIDED: "the decision to start a local review",
    Anchor.PLANNED_PUBLICATION: "the planned publication date",
    Anchor.DELAY_APPROVED: "the SLT approved the delay",
    Anchor.NON_PUBLICATION_DECIDED: "the decision not to publish",
    Anchor.PUBLISHED: "publication",
}


class Unit(StrEnum):
    WORKING_DAYS_AFTER = "working_days_after"
    WORKING_DAYS_BEFORE = "working_days_before"
    MONTHS_AFTER = "months_after"


@dataclass(frozen=True)
class ClockRule:
    """One row of the rule table."""

    kind: ClockKind
    anchor: Anchor
    unit: Unit
    amount: int
    statutory: bool
    source: str
    owner: str
    to: str

    def describe(self, anchor_label: str | None = None) -> str:
        """The rule in words, e.g. '5 working days after the local authority became aware'."""
        label = anchor_label or ANCHOR_LABELS[self.anchor]
        if self.unit is Unit.MONTHS_AFTER:
            return f"{self.amount} calendar months after {label}"
        direction = "after" if self.unit is Unit.WORKING_DAYS_AFTER else "before"
        days = "working day" if self.amount == 1 else "working days"
        return f"{self.amount} {days} {direction} {label}"


def _rule(
    kind: ClockKind,
    anchor: Anchor,
    unit: Unit,
    amount: int,
    statutory: bool,
    source: str,
    owner: str,
    to: str,
) -> ClockRule:
    return ClockRule(kind, anchor, unit, amount, statutory, source, owner, to)


K, A, U = ClockKind, Anchor, Unit
DEFAULT_RULES: Mapping[ClockKind, ClockRule] = {
    r.kind: r
    for r in (
        _rule(
            K.PANEL_NOTIFICATION,
            A.AWARE,
            U.WORKING_DAYS_AFTER,
            5,
            True,
            "19.5-19.7",
            "local authority (support team)",
            "the Panel",
        ),
        _rule(
            K.PARTNER_NOTICE,
            A.AWARE,
            U.WORKING_DAYS_AFTER,
            5,
            True,
            "19.8",
            "local authority (support team)",
            "all safeguarding partners, the support team and the ICSC",
        ),
        # 19.9 states no time limit; five working days is the partnership's default.
        _rule(
            K.LAC_DEATH_NOTICE,
            A.AWARE,
            U.WORKING_DAYS_AFTER,
            5,
            False,
            "19.9",
            "local authority",
            "the Secretary of State and Ofsted",
        ),
        _rule(
            K.RAPID_REVIEW_SUBMISSION,
            A.AWARE,
            U.WORKING_DAYS_AFTER,
            15,
            True,
            "19.11-19.13",
            "SPA, agreed by the ICSC, shared with partners first",
            "the Panel",
        ),
        _rule(
            K.ICSC_DECISION,
            A.RAPID_REVIEW_DUE,
            U.WORKING_DAYS_BEFORE,
            2,
            False,
            "19.11-19.17",
            "ICSC",
            "the support team and the safeguarding partners",
        ),
        _rule(
            K.PARTNER_RATIFICATION,
            A.ICSC_DECISION,
            U.WORKING_DAYS_AFTER,
            3,
            False,
            "11.5",
            "each safeguarding partner",
            "the ICSC",
        ),
        _rule(
            K.RECONSIDERATION_MEETING,
            A.PANEL_DISAGREED,
            U.WORKING_DAYS_AFTER,
            10,
            False,
            "19.19",
            "SPA convenes the ICSC and partners",
            "the ICSC and the partners",
        ),
        _rule(
            K.FAMILY_NOTIFICATION,
            A.ICSC_DECISION,
            U.WORKING_DAYS_AFTER,
            10,
            False,
            "19.21-19.22",
            "support team",
            "the child / family, via the practitioner",
        ),
        _rule(
            K.PUBLICATION,
            A.LOCAL_REVIEW_DECIDED,
            U.MONTHS_AFTER,
            6,
            True,
            "19.24",
            "safeguarding partners",
            "the public (partnership website)",
        ),
        _rule(
            K.PRE_PUBLICATION_COPY,
            A.PLANNED_PUBLICATION,
            U.WORKING_DAYS_BEFORE,
            7,
            True,
            "Working Together 2018",
            "safeguarding partners",
            "the Panel and the Secretary of State",
        ),
        _rule(
            K.DELAY_NOTICE,
            A.DELAY_APPROVED,
            U.WORKING_DAYS_AFTER,
            5,
            False,
            "19.25",
            "ICSC for the SLT",
            "the Panel and the Secretary of State",
        ),
        _rule(
            K.NON_PUBLICATION_JUSTIFICATION,
            A.NON_PUBLICATION_DECIDED,
            U.WORKING_DAYS_AFTER,
            5,
            False,
            "19.27",
            "ICSC for the SLT",
            "the Panel and the Secretary of State",
        ),
        _rule(
            K.REPOSITORY_SUBMISSION,
            A.PUBLISHED,
            U.WORKING_DAYS_AFTER,
            10,
            False,
            "19.28",
            "support team",
            "the NSPCC national case review repository",
        ),
    )
}
del K, A, U


class RuleOverride(Protocol):
    """What a partnership's configuration may say about one clock."""

    @property
    def working_days(self) -> int | None: ...
    @property
    def working_days_before(self) -> int | None: ...
    @property
    def anchor(self) -> str | None: ...


class HasRules(Protocol):
    """A partnership configuration, as far as the rule table needs it."""

    def rule(self, kind: ClockKind) -> RuleOverride | None: ...


def rule_table(partnership: HasRules | None = None) -> dict[ClockKind, ClockRule]:
    """The default rule table with a partnership's overrides applied; statutory offsets stay."""
    table = dict(DEFAULT_RULES)
    if partnership is None:
        return table
    for kind, rule in DEFAULT_RULES.items():
        override = partnership.rule(kind)
        if override is None:
            continue
        amount = (
            override.working_days_before if rule.unit is Unit.WORKING_DAYS_BEFORE else override.working_days
        )
        if amount is not None and amount != rule.amount:
            stricter = rule.unit is Unit.WORKING_DAYS_BEFORE and amount > rule.amount
            if rule.statutory and not stricter:
                raise ValueError(
                    f"rules.{kind}: the {rule.describe()} is statutory ({rule.source}) and cannot be changed"
                )
            if amount < 1:
                raise ValueError(f"rules.{kind}: {amount} must be at least 1 working day")
            rule = replace(rule, amount=amount)
        if override.anchor is not None and override.anchor != rule.anchor:
            if kind is not ClockKind.RAPID_REVIEW_SUBMISSION or override.anchor not in (
                Anchor.AWARE,
                Anchor.PANEL_NOTIFICATION_SENT,
            ):
                raise ValueError(f"rules.{kind}.anchor: {override.anchor!r} is not allowed here")
            rule = replace(rule, anchor=Anchor(override.anchor))
        table[kind] = rule
    return table
