"""The partnership configuration: who the partnership is, whom to tell, and its rule overrides.

Pure pydantic models, no file I/O (``workflows.config.load_partnership`` reads the TOML file).
Every model forbids unknown keys and is frozen. Validation errors that concern a key below the
field being validated are raised as ``SettingError`` carrying the rest of the key path, so the
loader can name the exact key (e.g. ``rules.panel_notification.working_days``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from domain.kinds import ClockKind, Rung

__all__ = [
    "DEFAULT_LADDER",
    "STATUTORY_CLOCKS",
    "Calendar",
    "ClosureDay",
    "Contact",
    "Contacts",
    "Delivery",
    "Digest",
    "EscalationStep",
    "External",
    "LocalAuthority",
    "Partner",
    "PartnerKind",
    "Partnership",
    "PartnershipInfo",
    "Recipient",
    "RuleOverride",
    "SettingError",
    "Trigger",
]


class SettingError(ValueError):
    """A bad setting found below the field being validated; ``loc`` is the rest of its key path."""

    def __init__(self, loc: tuple[str | int, ...], problem: str) -> None:
        self.loc = loc
        self.problem = problem
        super().__init__(f"{'.'.join(str(p) for p in loc)}: {problem}" if loc else problem)


# --- small value types -------------------------------------------------------------------

_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)


def _check_email(value: str) -> str:
    if not _EMAIL.match(value) or ".." in value:
        raise ValueError(f"{value!r} is not an e-mail address")
    return value


Email = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_check_email)]
"""An e-mail address, checked with a simple pattern (local@domain.tld)."""

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
"""A non-empty line of text."""

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,62}$")]
"""An id: lower-case letters, digits and hyphens, starting with a letter (e.g. 'hackney')."""


def _check_zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{value!r} is not a time zone (e.g. 'Europe/London')") from None
    return value


_CRON_FIELD = re.compile(r"^[0-9A-Za-z*/,\-?LW#]+$")


def _check_cron(value: str) -> str:
    fields = value.split()
    if len(fields) != 5 or not all(_CRON_FIELD.match(f) for f in fields):
        raise ValueError(f"{value!r} is not a five-field cron expression (e.g. '0 8 * * 1')")
    return " ".join(fields)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _unique_ids(items: tuple[Any, ...]) -> tuple[Any, ...]:
    """Reject a repeated ``id``, naming both positions."""
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        if item.id in seen:
            raise SettingError((i, "id"), f"duplicate id {item.id!r} (also at {seen[item.id]})")
        seen[item.id] = i
    return items


# --- who the partnership is --------------------------------------------------------------


class PartnershipInfo(_Model):
    """The ``[partnership]`` table."""

    id: Slug
    name: Text
    reference_prefix: Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9]{1,9}$")] = Field(
        description="Case references look like <prefix>-2026-0007"
    )
    timezone: str = "Europe/London"

    @field_validator("timezone")
    @classmethod
    def _london(cls, value: str) -> str:
        # DESIGN.md: a deadline expires at the end of its day, Europe/London.
        if value != "Europe/London":
            raise ValueError(
                f"{value!r} is not supported: statutory deadlines in England "
                "end at the end of the day in 'Europe/London'"
            )
        return value


class Contact(_Model):
    """A mailbox: a name (a role title, not a person's name) and an e-mail address."""

    name: Text
    email: Email


class LocalAuthority(Contact):
    """A local authority of the partnership; it holds the duty to notify the Panel (19.6)."""

    id: Slug


class PartnerKind(StrEnum):
    """The three statutory safeguarding partner kinds."""

    LOCAL_AUTHORITY = "local_authority"
    POLICE = "police"
    HEALTH = "health"


class Partner(Contact):
    """A safeguarding partner (001 §6.1)."""

    id: Slug
    kind: PartnerKind


class Contacts(_Model):
    """The partnership's own mailboxes (the ``[contacts]`` table)."""

    icsc: Contact
    spa: Contact
    slt: Contact
    support_team: Contact


class External(_Model):
    """Recipients of generated notices outside the partnership (the ``[external]`` table)."""

    panel: Contact
    secretary_of_state: Contact
    ofsted: Contact
    nspcc_repository: Contact


# --- calendar ----------------------------------------------------------------------------


class ClosureDay(_Model):
    """A local closure day: not a working day for this partnership."""

    date: date
    name: Text


class Calendar(_Model):
    """The ``[calendar]`` table: England & Wales bank holidays plus local closure days."""

    region: Literal["england-and-wales"] = "england-and-wales"
    closure_days: tuple[ClosureDay, ...] = ()
    govuk_feed: Path | None = Field(
        default=None, description="A GOV.UK bank-holidays.json; the loader makes it absolute"
    )

    @field_validator("govuk_feed", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("closure_days")
    @classmethod
    def _one_per_date(cls, days: tuple[ClosureDay, ...]) -> tuple[ClosureDay, ...]:
        seen: dict[date, int] = {}
        for i, day in enumerate(days):
            if day.date in seen:
                raise SettingError(
                    (i, "date"), f"{day.date.isoformat()} is listed twice (also at {seen[day.date]})"
                )
            seen[day.date] = i
        return days


# --- rule overrides ----------------------------------------------------------------------

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


class RuleOverride(_Model):
    """A ``[rules.<clock_kind>]`` table: what a partnership changes about one clock.

    Which keys a kind accepts is checked by ``Partnership``, which knows the kind.
    """

    working_days: int | None = Field(default=None, ge=1, le=60)
    working_days_before: int | None = Field(default=None, ge=1, le=60)
    anchor: Literal["aware", "panel_notification_sent"] | None = None


def _check_rule_keys(kind: ClockKind, keys: set[str]) -> None:
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


def _check_rule_values(kind: ClockKind, rule: RuleOverride) -> None:
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


# --- escalation --------------------------------------------------------------------------


class Trigger(StrEnum):
    """When a rung of the ladder fires (DESIGN.md, Escalation)."""

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


class EscalationStep(_Model):
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
"""The ladder of DESIGN.md (Escalation), used when the configuration gives none."""
del R


# --- digest and delivery -----------------------------------------------------------------


class Reporting(_Model):
    """The partnership's reporting year for the annual report (001 §16.1): default April-March."""

    year_start_month: int = Field(default=4, ge=1, le=12)


class Digest(_Model):
    """The SLT digest of open clocks (default: Mondays 08:00 Europe/London)."""

    cron: Annotated[str, AfterValidator(_check_cron)] = "0 8 * * 1"
    timezone: Annotated[str, AfterValidator(_check_zone)] = "Europe/London"


class Delivery(_Model):
    """How notices leave the outbox: ``.eml`` files in a folder, or SMTP."""

    channel: Literal["file", "smtp"] = "file"
    outbox_dir: Path = Path("var/outbox")
    from_address: Email
    smtp_host: Text | None = None
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_starttls: bool = True

    @model_validator(mode="after")
    def _smtp_needs_host(self) -> Delivery:
        if self.channel == "smtp" and self.smtp_host is None:
            raise SettingError(("smtp_host",), "required when channel = 'smtp'")
        return self


# --- the whole file ----------------------------------------------------------------------


class Partnership(_Model):
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
        return _unique_ids(items)

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
                _check_rule_keys(kind, {str(k) for k in value})
            elif isinstance(value, RuleOverride):
                _check_rule_keys(kind, {k for k in value.model_fields_set if getattr(value, k) is not None})
        return rules

    @field_validator("rules")
    @classmethod
    def _rule_values_fit_kind(cls, rules: dict[ClockKind, RuleOverride]) -> dict[ClockKind, RuleOverride]:
        for kind, rule in rules.items():
            _check_rule_values(kind, rule)
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
