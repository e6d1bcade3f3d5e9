"""The whole partnership configuration file, validated, with the look-ups the rest of cspr uses."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from pydantic import Field, field_validator

from domain.kinds import ClockKind, Rung
from domain.partnership.calendar import Calendar, Reporting
from domain.partnership.contacts import Contact, Contacts, External, LocalAuthority, Partner, PartnershipInfo
from domain.partnership.delivery import Delivery, Digest
from domain.partnership.ladder import DEFAULT_LADDER, EscalationStep, Recipient
from domain.partnership.overrides import RuleOverride, check_rule_keys, check_rule_values
from domain.partnership.values import Model, SettingError, unique_ids


class Partnership(Model):
    """A partnership configuration: the whole TOML file, validated."""

    partnership: PartnershipInfo
    local_authorities: tuple[LocalAuthority, ...] = Field(min_length=1)
    partners: tuple[Partner, ...] = Field(min_length=1)
    contacts: Contacts
    external: External
    calendar: Calendar = Calendar()
    rules: dict[ClockKind, RuleOverride] = Field(default_factory=dict)
    escalation: tuple[EscalationStep, ...] | None = None
    digest: Digest = Digest()
    reporting: Reporting = Reporting()
    delivery: Delivery

    @field_validator("local_authorities", "partners")
    @classmethod
    def _ids_unique(cls, items: tuple[Any, ...]) -> tuple[Any, ...]:
        return unique_ids(items)

    @field_validator("rules", mode="before")
    @classmethod
    def _rule_keys_fit_kind(cls, rules: Any) -> Any:
        if not isinstance(rules, Mapping):
            return rules
        known = ", ".join(k.value for k in ClockKind)
        for key, value in rules.items():
            try:
                kind = ClockKind(key)
            except ValueError:
                raise SettingError((str(key),), f"unknown clock kind {key!r} (known: {known})") from None
            if isinstance(value, Mapping):
                check_rule_keys(kind, {str(k) for k in value})
            elif isinstance(value, RuleOverride):
                check_rule_keys(kind, {k for k in value.model_fields_set if getattr(value, k) is not None})
        return rules

    @field_validator("rules")
    @classmethod
    def _rule_values_fit_kind(cls, rules: dict[ClockKind, RuleOverride]) -> dict[ClockKind, RuleOverride]:
        for kind, rule in rules.items():
            check_rule_values(kind, rule)
        return rules

    @field_validator("escalation")
    @classmethod
    def _ladder_rungs_once(
        cls, steps: tuple[EscalationStep, ...] | None
    ) -> tuple[EscalationStep, ...] | None:
        if steps is None:
            return None
        if not steps:
            raise ValueError("give at least one rung, or leave [[escalation]] out for the default ladder")
        seen: dict[Rung, int] = {}
        for i, step in enumerate(steps):
            if step.rung in seen:
                raise SettingError(
                    (i, "rung"), f"rung {step.rung.value!r} appears twice (also at {seen[step.rung]})"
                )
            seen[step.rung] = i
        return steps

    # --- accessors ---------------------------------------------------------------------

    @property
    def id(self) -> str:
        """The partnership's id (``[partnership].id``)."""
        return self.partnership.id

    @property
    def name(self) -> str:
        """The partnership's name."""
        return self.partnership.name

    @property
    def reference_prefix(self) -> str:
        """The prefix of case references, e.g. 'CHSCP'."""
        return self.partnership.reference_prefix

    @property
    def timezone(self) -> str:
        """The time zone deadlines are counted in."""
        return self.partnership.timezone

    @property
    def partner_ids(self) -> tuple[str, ...]:
        """The safeguarding partners' ids, in file order."""
        return tuple(p.id for p in self.partners)

    @property
    def local_authority_ids(self) -> tuple[str, ...]:
        """The local authorities' ids, in file order."""
        return tuple(la.id for la in self.local_authorities)

    def local_authority(self, id: str) -> LocalAuthority:
        """The local authority with this id; ValueError naming the known ids otherwise."""
        for la in self.local_authorities:
            if la.id == id:
                return la
        raise ValueError(f"unknown local authority {id!r} (known: {', '.join(self.local_authority_ids)})")

    def partner(self, id: str) -> Partner:
        """The safeguarding partner with this id; ValueError naming the known ids otherwise."""
        for p in self.partners:
            if p.id == id:
                return p
        raise ValueError(f"unknown partner {id!r} (known: {', '.join(self.partner_ids)})")

    def rule(self, kind: ClockKind | str) -> RuleOverride | None:
        """The override configured for this clock kind, or None to use the rule table."""
        return self.rules.get(ClockKind(kind))

    @property
    def ladder(self) -> tuple[EscalationStep, ...]:
        """The escalation ladder: the configured one, or DEFAULT_LADDER."""
        return self.escalation if self.escalation is not None else DEFAULT_LADDER

    def step(self, rung: Rung | str) -> EscalationStep | None:
        """The ladder's step for this rung, or None if the ladder leaves it out."""
        rung = Rung(rung)
        return next((s for s in self.ladder if s.rung is rung), None)

    @property
    def closure_dates(self) -> frozenset[date]:
        """The local closure days' dates."""
        return frozenset(d.date for d in self.calendar.closure_days)

    def mailboxes(self, recipient: Recipient | str) -> tuple[Contact, ...]:
        """The addresses behind a ladder recipient; ValueError for 'owner' (it depends on the clock)."""
        recipient = Recipient(recipient)
        if recipient is Recipient.OWNER:
            raise ValueError("'owner' depends on the clock: resolve it from the rule table")
        if recipient is Recipient.PARTNERS:
            return self.partners
        return (getattr(self.contacts, recipient.value),)
