"""Who owns each clock, who hears of a rung, and who may move a due date (pause, extend)."""

from collections.abc import Mapping

from domain.kinds import ClockKind, Role, Rung
from domain.partnership import Contact, Partnership, Recipient

K = ClockKind
OWNER: Mapping[ClockKind, Recipient | None] = {
    # None: the owner is the safeguarding partner named in the clock's ``party``.
    K.PANEL_NOTIFICATION: Recipient.SUPPORT_TEAM,  # the LA's duty, sent by the support team
    K.PARTNER_NOTICE: Recipient.SUPPORT_TEAM,
    K.LAC_DEATH_NOTICE: Recipient.SUPPORT_TEAM,
    K.ICSC_DECISION: Recipient.ICSC,
    K.PARTNER_RATIFICATION: None,
    K.RAPID_REVIEW_SUBMISSION: Recipient.SPA,
    K.RECONSIDERATION_MEETING: Recipient.SPA,
    K.FAMILY_NOTIFICATION: Recipient.SUPPORT_TEAM,
    K.PUBLICATION: Recipient.PARTNERS,
    K.PRE_PUBLICATION_COPY: Recipient.PARTNERS,
    K.DELAY_NOTICE: Recipient.ICSC,  # the ICSC for the SLT (19.25)
    K.NON_PUBLICATION_JUSTIFICATION: Recipient.ICSC,  # the ICSC for the SLT (19.27)
    K.REPOSITORY_SUBMISSION: Recipient.SUPPORT_TEAM,
}
"""The owner of each clock kind, as a ladder recipient (the rule table's 'owner', domain/rules.py)."""

LABELS: Mapping[ClockKind, str] = {
    K.PANEL_NOTIFICATION: "Panel notification",
    K.PARTNER_NOTICE: "Partner notice",
    K.LAC_DEATH_NOTICE: "Looked-after child death notice",
    K.ICSC_DECISION: "ICSC decision",
    K.PARTNER_RATIFICATION: "Partner ratification",
    K.RAPID_REVIEW_SUBMISSION: "Rapid review to the Panel",
    K.RECONSIDERATION_MEETING: "Reconsideration meeting",
    K.FAMILY_NOTIFICATION: "Family told of the decision",
    K.PUBLICATION: "Publication of the local review",
    K.PRE_PUBLICATION_COPY: "Copy of the report before publication",
    K.DELAY_NOTICE: "Delay notice",
    K.NON_PUBLICATION_JUSTIFICATION: "Non-publication justification",
    K.REPOSITORY_SUBMISSION: "National repository submission",
}
"""A clock kind in words, for notices and the digest."""

AUTHORITY: Mapping[ClockKind, Role | None] = {
    K.PANEL_NOTIFICATION: None,
    K.PARTNER_NOTICE: None,
    K.RAPID_REVIEW_SUBMISSION: None,
    K.PRE_PUBLICATION_COPY: None,
    K.PUBLICATION: Role.SLT,
    K.LAC_DEATH_NOTICE: Role.ICSC,
    K.ICSC_DECISION: Role.ICSC,
    K.PARTNER_RATIFICATION: Role.ICSC,
    K.RECONSIDERATION_MEETING: Role.ICSC,
    K.FAMILY_NOTIFICATION: Role.ICSC,
    K.DELAY_NOTICE: Role.ICSC,
    K.NON_PUBLICATION_JUSTIFICATION: Role.ICSC,
    K.REPOSITORY_SUBMISSION: Role.ICSC,
}
"""Who may pause, resume or extend each clock kind; None: nobody (statutory)."""
del K

RUNG_TITLES: Mapping[Rung, str] = {
    Rung.REMINDER: "Reminder: half the time is used",
    Rung.DUE_SOON: "Due soon",
    Rung.DUE_TODAY: "Due today",
    Rung.BREACHED: "Deadline missed",
    Rung.STILL_BREACHED: "Still overdue",
}


def owner_contacts(partnership: Partnership, kind: ClockKind | str, party: str) -> tuple[Contact, ...]:
    """The mailboxes of a clock's owner; the partner in ``party`` for per-partner clocks."""
    recipient = OWNER[ClockKind(kind)]
    if recipient is None:
        if party:
            return (partnership.partner(party),)
        return tuple(partnership.partners)
    return partnership.mailboxes(recipient)


def rung_recipients(
    partnership: Partnership, rung: Rung | str, kind: ClockKind | str, party: str
) -> tuple[Contact, ...]:
    """Everyone the ladder says hears of ``rung`` for this clock, each mailbox once, in order."""
    step = partnership.step(rung)
    if step is None:
        return ()
    seen: dict[str, Contact] = {}
    for recipient in step.notify:
        contacts = (
            owner_contacts(partnership, kind, party)
            if recipient is Recipient.OWNER
            else partnership.mailboxes(recipient)
        )
        for contact in contacts:
            seen.setdefault(contact.email, contact)
    return tuple(seen.values())
