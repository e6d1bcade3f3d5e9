"""The rule table's words and its overrides, at the edges mutation testing found unguarded."""

from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import pytest

from domain.kinds import ClockKind
from domain.partnership.overrides import RuleOverride
from domain.rules import DEFAULT_RULES, Anchor, rule_table

K = ClockKind


class Overrides:
    """A partnership configuration as far as the rule table needs it: one override per kind."""

    def __init__(self, **by_kind: Any) -> None:
        self.by_kind = {K(kind): value for kind, value in by_kind.items()}

    def rule(self, kind: ClockKind) -> Any:
        return self.by_kind.get(kind)


def test_every_rule_says_itself_in_words():
    assert {kind.value: rule.describe() for kind, rule in DEFAULT_RULES.items()} == {
        "panel_notification": "5 working days after the local authority became aware",
        "partner_notice": "5 working days after the local authority became aware",
        "lac_death_notice": "5 working days after the local authority became aware",
        "rapid_review_submission": "15 working days after the local authority became aware",
        "icsc_decision": "2 working days before the rapid review is due",
        "partner_ratification": "3 working days after the ICSC decided",
        "reconsideration_meeting": "10 working days after the Panel disagreed with the rapid review",
        "family_notification": "10 working days after the ICSC decided",
        "publication": "6 calendar months after the decision to start a local review",
        "pre_publication_copy": "7 working days before the planned publication date",
        "delay_notice": "5 working days after the SLT approved the delay",
        "non_publication_justification": "5 working days after the decision not to publish",
        "repository_submission": "10 working days after publication",
    }


def test_one_working_day_is_singular_and_an_anchor_label_can_be_given():
    one = replace(DEFAULT_RULES[K.ICSC_DECISION], amount=1)
    assert one.describe() == "1 working day before the rapid review is due"
    assert one.describe("the meeting") == "1 working day before the meeting"
    assert DEFAULT_RULES[K.PUBLICATION].describe("the decision") == "6 calendar months after the decision"


def test_the_rule_table_without_a_partnership_is_the_default():
    assert rule_table() == DEFAULT_RULES
    assert rule_table(Overrides()) == DEFAULT_RULES


def test_the_pre_publication_copy_may_go_earlier_never_later():
    earlier = rule_table(Overrides(pre_publication_copy=RuleOverride(working_days_before=8)))
    assert earlier[K.PRE_PUBLICATION_COPY].amount == 8
    with pytest.raises(
        ValueError, match=r"^rules.pre_publication_copy: the 7 working days before the planned "
    ):
        rule_table(Overrides(pre_publication_copy=RuleOverride(working_days_before=6)))
    same = rule_table(Overrides(pre_publication_copy=RuleOverride(working_days_before=7)))
    assert same == DEFAULT_RULES


def test_a_statutory_offset_cannot_be_changed_and_says_so():
    with pytest.raises(ValueError) as info:
        rule_table(Overrides(panel_notification=RuleOverride(working_days=6)))
    assert str(info.value) == (
        "rules.panel_notification: the 5 working days after the local authority became aware is "
        f"statutory ({DEFAULT_RULES[K.PANEL_NOTIFICATION].source}) and cannot be changed"
    )


def test_an_internal_target_changes_but_never_below_one_working_day():
    table = rule_table(Overrides(family_notification=RuleOverride(working_days=12)))
    assert table[K.FAMILY_NOTIFICATION].amount == 12
    assert table[K.FAMILY_NOTIFICATION].statutory is False
    one = rule_table(Overrides(family_notification=RuleOverride(working_days=1)))
    assert one[K.FAMILY_NOTIFICATION].amount == 1  # one working day is allowed
    with pytest.raises(ValueError, match=r"^rules.family_notification: 0 must be at least 1 working day$"):
        rule_table(
            Overrides(
                family_notification=SimpleNamespace(working_days=0, working_days_before=None, anchor=None)
            )
        )


def test_only_the_rapid_review_may_count_from_the_panel_notification():
    table = rule_table(Overrides(rapid_review_submission=RuleOverride(anchor="panel_notification_sent")))
    assert table[K.RAPID_REVIEW_SUBMISSION].anchor is Anchor.PANEL_NOTIFICATION_SENT
    assert table[K.RAPID_REVIEW_SUBMISSION].amount == 15
    back = rule_table(Overrides(rapid_review_submission=RuleOverride(anchor="aware")))
    assert back == DEFAULT_RULES
    with pytest.raises(
        ValueError, match=r"^rules.icsc_decision.anchor: 'panel_notification_sent' is not allowed here$"
    ):
        rule_table(Overrides(icsc_decision=RuleOverride(anchor="panel_notification_sent")))
    odd = SimpleNamespace(working_days=None, working_days_before=None, anchor="incident")
    with pytest.raises(
        ValueError, match=r"^rules.rapid_review_submission.anchor: 'incident' is not allowed here$"
    ):
        rule_table(Overrides(rapid_review_submission=odd))
