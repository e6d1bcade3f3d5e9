"""The escalation ladder as configured: ``[[escalation]]`` steps (when each rung fires, who hears)
and the default ladder. ``domain.ladder`` works out which rung is due."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from pydantic import Field, model_validator

from domain.kinds import Rung
from domain.partnership.values import Model, SettingError


class Trigger(StrEnum):
    """When a rung of the ladder fires."""

    HALF_BUDGET = "half_budget"
    BEFORE_DUE = "before_due"
    ON_DUE = "on_due"
    AFTER_DUE = "after_due"
    EVERY_AFTER_BREACH = "every_after_breach"


class Recipient(StrEnum):
    """Who hears of a rung: the clock's owner or one of the partnership's mailboxes."""

    OWNER = "owner"
    ICSC = "icsc"
    SPA = "spa"
    SLT = "slt"
    SUPPORT_TEAM = "support_team"
    PARTNERS = "partners"


_TRIGGER_DAYS: Mapping[Trigger, int] = {
    Trigger.BEFORE_DUE: 2,
    Trigger.AFTER_DUE: 1,
    Trigger.EVERY_AFTER_BREACH: 5,
}
"""Triggers that count working days, with their default count; the others take 0."""


class EscalationStep(Model):
    """One rung of the ladder: when it fires and who hears.

    ``working_days`` counts for before_due (default 2), after_due (default 1) and
    every_after_breach (default 5: the rung repeats that often); it is 0 for the others.
    """

    rung: Rung
    trigger: Trigger
    working_days: int = Field(default=0, ge=0, le=60)
    notify: tuple[Recipient, ...] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _default_days(cls, data: Any) -> Any:
        if isinstance(data, dict) and "working_days" not in data:
            try:
                trigger = Trigger(data["trigger"])
            except (KeyError, ValueError):
                return data
            return {**data, "working_days": _TRIGGER_DAYS.get(trigger, 0)}
        return data

    @model_validator(mode="after")
    def _days_fit_trigger(self) -> EscalationStep:
        counts = self.trigger in _TRIGGER_DAYS
        if counts and self.working_days < 1:
            raise SettingError(
                ("working_days",), f"trigger {self.trigger.value!r} needs at least 1 working day"
            )
        if not counts and self.working_days != 0:
            raise SettingError(
                ("working_days",),
                f"trigger {self.trigger.value!r} takes no working days (leave it out or set 0)",
            )
        if len(set(self.notify)) != len(self.notify):
            raise SettingError(("notify",), "a recipient is listed twice")
        return self


def _step(rung: Rung, trigger: Trigger, days: int, *notify: Recipient) -> EscalationStep:
    return EscalationStep(rung=rung, trigger=trigger, working_days=days, notify=notify)


R = Recipient
DEFAULT_LADDER: tuple[EscalationStep, ...] = (
    _step(Rung.REMINDER, Trigger.HALF_BUDGET, 0, R.OWNER),
    _step(Rung.DUE_SOON, Trigger.BEFORE_DUE, 2, R.OWNER, R.ICSC),
    _step(Rung.DUE_TODAY, Trigger.ON_DUE, 0, R.OWNER, R.ICSC, R.SPA),
    _step(Rung.BREACHED, Trigger.AFTER_DUE, 1, R.OWNER, R.ICSC, R.SLT),
    _step(Rung.STILL_BREACHED, Trigger.EVERY_AFTER_BREACH, 5, R.SLT),
)
"""The default ladder (reminder, due soon, due today, breached, still breached), used when the
configuration gives none."""
del R
