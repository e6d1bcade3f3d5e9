"""The names the guidance gives to clocks, rungs, roles and the choices a person records; spelled once."""

from enum import StrEnum


class ClockKind(StrEnum):
    """Every statutory clock or internal target cspr keeps (domain/rules.py has the rule of each)."""

    PANEL_NOTIFICATION = "panel_notification"
    PARTNER_NOTICE = "partner_notice"
    LAC_DEATH_NOTICE = "lac_death_notice"
    ICSC_DECISION = "icsc_decision"
    PARTNER_RATIFICATION = "partner_ratification"
    RAPID_REVIEW_SUBMISSION = "rapid_review_submission"
    RECONSIDERATION_MEETING = "reconsideration_meeting"
    FAMILY_NOTIFICATION = "family_notification"
    PUBLICATION = "publication"
    PRE_PUBLICATION_COPY = "pre_publication_copy"
    DELAY_NOTICE = "delay_notice"
    NON_PUBLICATION_JUSTIFICATION = "non_publication_justification"
    REPOSITORY_SUBMISSION = "repository_submission"


class Rung(StrEnum):
    """The rungs of the escalation ladder (domain/ladder.py)."""

    REMINDER = "reminder"
    DUE_SOON = "due_soon"
    DUE_TODAY = "due_today"
    BREACHED = "breached"
    STILL_BREACHED = "still_breached"


class Role(StrEnum):
    """Who may act in cspr."""

    SUPPORT_TEAM = "support_team"
    SPA = "spa"
    ICSC = "icsc"
    PARTNER = "partner"
    SLT = "slt"
    LOCAL_AUTHORITY = "local_authority"
    SYSTEM = "system"


class WithheldScope(StrEnum):
    """What is not published (19.27)."""

    FULL = "full"  # the full report; the improvements are still published
    IMPROVEMENTS = "improvements"  # nothing: neither the report nor the improvements


class HowTold(StrEnum):
    """How the family was told the outcome and rationale (19.21)."""

    LETTER = "letter"
    IN_PERSON = "in_person"


class Circumstance(StrEnum):
    """An extenuating circumstance that may delay a local review (19.24)."""

    CRIMINAL_INVESTIGATION = "criminal_investigation"
    INQUEST = "inquest"
    PROSECUTION = "prosecution"
    OTHER = "other"
