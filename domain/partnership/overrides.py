"""Rule overrides: the ``[rules.<clock_kind>]`` tables, and which keys and values each kind takes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from pydantic import Field

from domain.kinds import ClockKind
from domain.partnership.values import Model, SettingError

_STATUTORY_OFFSET: Mapping[ClockKind, str] = {
    ClockKind.PANEL_NOTIFICATION: "the 5 working days are statutory (19.5-19.7)",
    ClockKind.PARTNER_NOTICE: "the 5 working days are statutory (19.8)",
    ClockKind.RAPID_REVIEW_SUBMISSION: "the 15 working days are statutory (19.11-19.13)",
    ClockKind.PUBLICATION: "the 6 months are statutory (19.24)",
}
STATUTORY_CLOCKS: frozenset[ClockKind] = frozenset(_STATUTORY_OFFSET)
"""Clocks whose offset is set by law: a configuration cannot change it."""

_BEFORE = frozenset({ClockKind.ICSC_DECISION, ClockKind.PRE_PUBLICATION_COPY})

# The keys each kind accepts under [rules.<kind>].
_RULE_KEYS: Mapping[ClockKind, frozenset[str]] = {
    kind: frozenset(
        {"anchor"}
        if kind is ClockKind.RAPID_REVIEW_SUBMISSION
        else set()
        if kind in STATUTORY_CLOCKS
        else {"working_days_before"}
        if kind in _BEFORE
        else {"working_days"}
    )
    for kind in ClockKind
}
_OFFSET_KEYS = frozenset({"working_days", "working_days_before", "months"})
_RAPID_REVIEW_DAYS = 15  # 19.13
_PRE_PUBLICATION_MIN = 7  # Working Together 2018: "at least seven working days"


class RuleOverride(Model):
    """A ``[rules.<clock_kind>]`` table: what a partnership changes about one clock.

    Which keys a kind accepts is checked by ``Partnership``, which knows the kind.
    """

    working_days: int | None = Field(default=None, ge=1, le=60)
    working_days_before: int | None = Field(default=None, ge=1, le=60)
    anchor: Literal["aware", "panel_notification_sent"] | None = None


def check_rule_keys(kind: ClockKind, keys: set[str]) -> None:
    """Raise SettingError for a key the kind does not take, statutory offsets first."""
    for key in sorted(keys):
        if key in _RULE_KEYS[kind]:
            continue
        if kind in STATUTORY_CLOCKS and key in {"working_days", "months"}:
            raise SettingError((kind.value, key), f"{_STATUTORY_OFFSET[kind]} and cannot be changed")
        if key not in _OFFSET_KEYS and key != "anchor":
            continue  # an unknown key: RuleOverride reports it
        takes = sorted(_RULE_KEYS[kind])
        takes_text = f"it takes only {', '.join(takes)}" if takes else "it takes no settings"
        raise SettingError((kind.value, key), f"does not apply to {kind.value}; {takes_text}")


def check_rule_values(kind: ClockKind, rule: RuleOverride) -> None:
    days = rule.working_days_before
    if days is None:
        return
    if kind is ClockKind.ICSC_DECISION and days >= _RAPID_REVIEW_DAYS:
        raise SettingError(
            (kind.value, "working_days_before"),
            f"{days} must be fewer than the {_RAPID_REVIEW_DAYS} working days the rapid review runs (19.13)",
        )
    if kind is ClockKind.PRE_PUBLICATION_COPY and days < _PRE_PUBLICATION_MIN:
        raise SettingError(
            (kind.value, "working_days_before"),
            f"{days} is fewer than the {_PRE_PUBLICATION_MIN} working days "
            "Working Together 2018 requires (more is allowed, fewer is not)",
        )
