"""Which notices a change owes, to whom, and the facts each must carry (no rendering here)."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from domain.clocks import PlannedClock
from domain.kinds import ClockKind
from domain.partnership import Contact, Partnership


class Rendered(Protocol):
    """A rendered notice, as `notifications` produces it (read-only, so frozen dataclasses fit)."""

    @property
    def subject(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def html(self) -> str: ...


class Renderer(Protocol):
    """Turns a notice kind and its facts into text; handed to commands by the caller."""

    def render(self, kind: str, context: Mapping[str, Any]) -> Rendered: ...


@dataclass(frozen=True)
class ClockFacts:
    """What a notice says about the clock it serves."""

    kind: ClockKind
    due: date | None  # None: for information, nothing due
    basis: str
    explanation: str

    @classmethod
    def of(cls, clock: PlannedClock) -> "ClockFacts":
        return cls(clock.kind, clock.due, clock.source, clock.explanation.text)


@dataclass(frozen=True)
class NoticeOwed:
    """A notice a command must queue: its kind, the clock it serves, its recipients, extra facts."""

    kind: str
    dedupe_key: str
    recipients: tuple[Contact, ...]
    clock: ClockFacts | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


def intake_notices(
    clocks: Sequence[PlannedClock], partnership: Partnership, local_authority: Contact
) -> list[NoticeOwed]:
    """The notices logging an incident owes (19.7, 19.8, 19.9 and the ICSC's decision task).

    The Panel is notified through its online form (19.7), so the Panel notification goes to
    the local authority that holds the duty and the support team, ready to copy into the form.
    """
    by_kind = {c.kind: c for c in clocks}
    c, x = partnership.contacts, partnership.external
    owed: list[NoticeOwed] = []
    wanted: list[tuple[ClockKind, str, tuple[Contact, ...]]] = [
        (ClockKind.PANEL_NOTIFICATION, "panel_notification", (local_authority, c.support_team)),
        (ClockKind.PARTNER_NOTICE, "partner_notice", (*partnership.partners, c.support_team, c.icsc)),
        (ClockKind.LAC_DEATH_NOTICE, "lac_death_notice", (x.secretary_of_state, x.ofsted)),
        (ClockKind.ICSC_DECISION, "icsc_decision_request", (c.icsc,)),
    ]
    for clock_kind, notice_kind, to in wanted:
        if clock_kind in by_kind:
            owed.append(NoticeOwed(notice_kind, notice_kind, to, ClockFacts.of(by_kind[clock_kind])))
    return owed


def address(contact: Contact) -> dict[str, str]:
    """A mailbox as notices carry it: ``{"name": ..., "email": ...}``."""
    return {"name": contact.name, "email": contact.email}


def sender(partnership: Partnership) -> dict[str, str]:
    """Whom every notice is from: the support team, at the delivery ``from_address``."""
    return {"name": partnership.contacts.support_team.name, "email": partnership.delivery.from_address}


def envelope(partnership: Partnership, recipients: Sequence[Contact], today: date) -> dict[str, Any]:
    """The facts every notice template receives beside its own: partnership, sender, recipients, day.

    ``recipients`` here is also what the outbox row keeps and the e-mail is addressed to.
    """
    return {
        "partnership": {"name": partnership.name, "short_name": partnership.reference_prefix},
        "sender": sender(partnership),
        "recipients": [address(r) for r in recipients],
        "today": today,
    }


def notice_context(
    *,
    notice: NoticeOwed,
    case: Mapping[str, Any],
    clocks: Mapping[str, Mapping[str, Any]],
    partnership: Partnership,
    working_days_left: int | None,
    today: date,
) -> dict[str, Any]:
    """The facts a notice template receives (the contract with notifications/templates)."""
    clock = notice.clock
    return {
        "notice": {
            "kind": notice.kind,
            "basis": clock.basis if clock else "",
            "due": clock.due if clock else None,
            "working_days_left": working_days_left,
            "explanation": clock.explanation if clock else "",
        },
        "case": dict(case),
        "clocks": dict(clocks),
        **envelope(partnership, notice.recipients, today),
        **notice.extra,
    }
