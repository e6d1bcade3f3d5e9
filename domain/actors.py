"""Who is acting, and which roles may run which command (the permission matrix)."""

from collections.abc import Mapping
from dataclasses import dataclass

from domain.errors import NotPermitted
from domain.kinds import Role
from domain.text import NAME_MAX, text_problem

R = Role
PERMISSIONS: Mapping[str, frozenset[Role]] = {
    "log_incident": frozenset({R.SUPPORT_TEAM, R.SPA, R.LOCAL_AUTHORITY}),
    "record_notice_sent": frozenset({R.SUPPORT_TEAM, R.SPA, R.LOCAL_AUTHORITY}),
    "consider_case": frozenset({R.SUPPORT_TEAM, R.SPA}),
    "decide": frozenset({R.ICSC}),
    # the record-decision flow records a decision the ICSC drafted in cspr (by its id)
    "record_decision_draft": frozenset({R.ICSC, R.SYSTEM}),
    "ratify": frozenset({R.PARTNER}),
    "record_submission": frozenset({R.SPA}),
    "record_panel_response": frozenset({R.SPA}),
    "record_family_notified": frozenset({R.SUPPORT_TEAM}),
    "record_police_cps_consulted": frozenset({R.SUPPORT_TEAM, R.SPA}),
    "plan_review": frozenset({R.SPA}),
    "request_delay": frozenset({R.SPA, R.ICSC}),
    "answer_delay": frozenset({R.SLT}),
    "recommend_delay": frozenset({R.ICSC}),
    "record_delay_notice_sent": frozenset({R.SUPPORT_TEAM, R.SPA, R.ICSC}),
    "withhold": frozenset({R.ICSC}),  # the ICSC, on behalf of the SLT (19.27)
    "record_justification_sent": frozenset({R.ICSC, R.SUPPORT_TEAM, R.SPA}),
    "record_copy_sent": frozenset({R.SUPPORT_TEAM, R.SPA}),
    "publish": frozenset({R.SUPPORT_TEAM, R.SPA}),
    "record_repository_submission": frozenset({R.SUPPORT_TEAM}),
    "dispatch_notices": frozenset({R.SUPPORT_TEAM, R.SPA, R.SYSTEM}),
    "retry_notices": frozenset({R.SUPPORT_TEAM, R.SPA}),  # a person who checked a parked notice
    "read_cases": frozenset({R.SUPPORT_TEAM, R.SPA, R.ICSC, R.SLT, R.LOCAL_AUTHORITY}),
    "verify_audit": frozenset({R.SUPPORT_TEAM, R.SPA, R.ICSC, R.SLT, R.SYSTEM}),
    # The sweep, the digest and the clock ledger. Pausing, resuming and extending a
    # clock are further limited by the clock's kind (domain/escalation.py: AUTHORITY).
    "sweep": frozenset({R.SYSTEM, R.SUPPORT_TEAM, R.SPA}),
    "send_digest": frozenset({R.SYSTEM, R.SUPPORT_TEAM, R.SPA, R.SLT}),
    "pause_clock": frozenset({R.ICSC, R.SLT}),
    "resume_clock": frozenset({R.ICSC, R.SLT}),
    "extend_clock": frozenset({R.ICSC, R.SLT}),
    "correct_case": frozenset({R.SUPPORT_TEAM, R.SPA}),
    "reproject_clocks": frozenset({R.SYSTEM, R.SUPPORT_TEAM, R.SPA}),
    # Learning actions (001 §16.1, 004 §3.18). The support team and the SPA record
    # recommendations and actions; the owning agency's lead (role partner) reports progress and
    # completes with evidence, or the support team / SPA does for them. cspr does not know which
    # partner a person works for, so any partner may complete any action; the audit names who.
    "add_recommendation": frozenset({R.SUPPORT_TEAM, R.SPA}),
    "add_action": frozenset({R.SUPPORT_TEAM, R.SPA}),
    "update_action": frozenset({R.SUPPORT_TEAM, R.SPA, R.PARTNER}),
    "complete_action": frozenset({R.SUPPORT_TEAM, R.SPA, R.PARTNER}),
    "cancel_action": frozenset({R.SUPPORT_TEAM, R.SPA}),
    "read_actions": frozenset({R.SUPPORT_TEAM, R.SPA, R.ICSC, R.SLT, R.PARTNER, R.LOCAL_AUTHORITY}),
    "annual_report": frozenset({R.SUPPORT_TEAM, R.SPA, R.ICSC, R.SLT, R.PARTNER}),
    "manage_users": frozenset({R.SYSTEM}),  # operators on the server, from the command line
}
del R


@dataclass(frozen=True)
class Actor:
    """A named person (or the system) acting in a role."""

    name: str
    role: Role

    def __post_init__(self) -> None:
        name = (self.name or "").strip()
        if not name or text_problem(name, most=NAME_MAX, line=True):
            raise NotPermitted("actor: give your name with --as NAME (or CSPR_ACTOR)")
        object.__setattr__(self, "name", name)
        try:
            object.__setattr__(self, "role", Role(self.role))
        except ValueError:
            roles = ", ".join(r.value for r in Role)
            raise NotPermitted(f"role: {self.role!r} is not a role; use one of {roles}") from None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.role})"


def require(actor: Actor, command: str) -> None:
    """Refuse unless the actor's role may run ``command``."""
    allowed = PERMISSIONS[command]
    if actor.role not in allowed:
        roles = ", ".join(sorted(r.value for r in allowed))
        raise NotPermitted(
            f"{command.replace('_', ' ')}: role {actor.role} may not do this; it is for {roles}"
        )
