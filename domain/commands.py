"""What a person asks cspr to do: one frozen command per user action, as plain data.

The CLI and the Prefect flows build a command from their input and hand it to its one handler
in ``workflows.handlers`` as ``handler(services, actor, command, now)``. A command holds what
the person gave, as they gave it; the handler checks the actor's role first and then the input,
so a refusal reads the same whichever entry point the command came through.
"""

from dataclasses import dataclass
from datetime import date
from typing import TypeAlias

from domain.decisions import DecisionInput
from domain.incident import IncidentReport

# --- intake (19.5-19.9, 19.17) -------------------------------------------------------------------

LogIncident: TypeAlias = IncidentReport
"""`cspr incident log`: the incident report is the command (its fields are the file's)."""


@dataclass(frozen=True, kw_only=True)
class ConsiderCase:
    """`cspr case consider`: raise an incident for the ICSC's discretion (19.17)."""

    report: IncidentReport


@dataclass(frozen=True, kw_only=True)
class RecordNoticeSent:
    """`cspr notice sent`: the day a notice with a clock really went."""

    reference: str
    kind: str  # panel_notification, partner_notice or lac_death_notice
    on: date


# --- the rapid review (19.10-19.22) --------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Decide:
    """`cspr decide`: the ICSC's decision on a case, or a revision of the current one."""

    reference: str
    decision: DecisionInput
    revises: bool = False


@dataclass(frozen=True, kw_only=True)
class DraftDecision:
    """`cspr decide --draft`: keep the ICSC's decision in cspr, for a flow to record by its id."""

    reference: str
    decision: DecisionInput
    revises: bool = False


@dataclass(frozen=True, kw_only=True)
class DecideFromDraft:
    """The record-decision flow: record the decision drafted as ``draft_id`` for the case."""

    reference: str
    draft_id: int


@dataclass(frozen=True, kw_only=True)
class Ratify:
    """`cspr ratify`: a safeguarding partner ratifies or challenges the decision (001 §11.5)."""

    reference: str
    partner_id: str
    ratified: bool
    comment: str = ""
    on: date


@dataclass(frozen=True, kw_only=True)
class RecordSubmission:
    """`cspr rapid-review submitted`: the rapid review went to the Panel (19.13)."""

    reference: str
    on: date


@dataclass(frozen=True, kw_only=True)
class RecordPanelResponse:
    """`cspr panel-response`: the Panel agrees or disagrees with the rapid review (19.19)."""

    reference: str
    agrees: bool
    on: date
    comment: str = ""


@dataclass(frozen=True, kw_only=True)
class RecordPoliceCpsConsulted:
    """`cspr police-cps consulted`: the police and the CPS were consulted (19.22)."""

    reference: str
    on: date


@dataclass(frozen=True, kw_only=True)
class RecordFamilyNotified:
    """`cspr family notified`: the family was told the outcome and rationale (19.21)."""

    reference: str
    on: date
    how: str  # a HowTold: letter or in_person


# --- the local review (19.23-19.28) --------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class PlanReview:
    """`cspr review plan`: the reviewer, the terms of reference and the planned publication."""

    reference: str
    reviewer: str | None = None
    commissioned_on: date | None = None
    terms_agreed_on: date | None = None
    publish_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class AddCircumstance:
    """`cspr review circumstance`: an extenuating circumstance with its dates (19.24)."""

    reference: str
    kind: str  # a Circumstance
    started_on: date
    ended_on: date | None = None
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class RequestDelay:
    """`cspr review delay request`: ask the SLT for a later publication date (19.25)."""

    reference: str
    to: date
    reason: str
    circumstance: str | None = None  # a Circumstance


@dataclass(frozen=True, kw_only=True)
class ApproveDelay:
    """`cspr review delay approve`: the SLT approves the waiting delay (19.25)."""

    reference: str
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class RefuseDelay:
    """`cspr review delay refuse`: the SLT refuses the waiting delay."""

    reference: str
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class RecordDelayNoticeSent:
    """`cspr review delay notice-sent`: the Panel and the Secretary of State were told (19.25)."""

    reference: str
    on: date


@dataclass(frozen=True, kw_only=True)
class Withhold:
    """`cspr review withhold`: not to publish the full report, or the improvements too (19.27)."""

    reference: str
    scope: str  # a WithheldScope
    justification: str


@dataclass(frozen=True, kw_only=True)
class RecordJustificationSent:
    """`cspr review justification-sent`: the justification went to the Panel and SoS (19.27)."""

    reference: str
    on: date


@dataclass(frozen=True, kw_only=True)
class RecordCopySent:
    """`cspr review copy-sent`: the full report went to the Panel and SoS before publication."""

    reference: str
    on: date


@dataclass(frozen=True, kw_only=True)
class Publish:
    """`cspr review published`: the review (or the information about improvements) is out (19.28)."""

    reference: str
    on: date
    url: str
    late_copy_reason: str | None = None  # why no copy went first (--late-copy --reason)


@dataclass(frozen=True, kw_only=True)
class RecordRepositorySubmission:
    """`cspr review repository-submitted`: the report went to the NSPCC repository (19.28)."""

    reference: str
    on: date


# --- learning (001 §16.1; 004 §3.18) -------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class AddRecommendation:
    """`cspr recommendation add`: a recommendation of the case's local review."""

    reference: str
    number: int
    text: str


@dataclass(frozen=True, kw_only=True)
class AddAction:
    """`cspr action add`: a learning action on a recommendation: agency, lead, due date."""

    reference: str
    recommendation: int  # the recommendation's number in the report
    agency: str  # a partner's id, or another agency's name in words
    lead: str
    description: str
    due: date


@dataclass(frozen=True, kw_only=True)
class UpdateAction:
    """`cspr action update`: progress on an open learning action."""

    action_id: int
    note: str
    on: date


@dataclass(frozen=True, kw_only=True)
class CompleteAction:
    """`cspr action complete`: a learning action done, with the evidence."""

    action_id: int
    on: date
    evidence: str


@dataclass(frozen=True, kw_only=True)
class CancelAction:
    """`cspr action cancel`: withdraw an open learning action, with the reason."""

    action_id: int
    reason: str


@dataclass(frozen=True, kw_only=True)
class ListActions:
    """`cspr actions`: the learning actions as of a day, by agency and status."""

    as_of: date
    agency: str | None = None
    status: str | None = None  # an ActionState


# --- the clock ledger ----------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class PauseClock:
    """`cspr clock pause`: pause an open clock from today (e.g. 19.24)."""

    reference: str
    kind: str  # a ClockKind
    reason: str
    party: str | None = None  # the partner, for a clock kept per partner


@dataclass(frozen=True, kw_only=True)
class ResumeClock:
    """`cspr clock resume`: resume a paused clock on a day (today by default)."""

    reference: str
    kind: str  # a ClockKind
    on: date | None = None
    party: str | None = None


@dataclass(frozen=True, kw_only=True)
class ExtendClock:
    """`cspr clock extend`: move an open clock's due date later, with who approved it (19.25)."""

    reference: str
    kind: str  # a ClockKind
    to: date
    reason: str
    approver: str
    party: str | None = None


@dataclass(frozen=True, kw_only=True)
class CorrectAwareDate:
    """`cspr case correct`: correct when the local authority became aware."""

    reference: str
    aware_date: date
    reason: str


# --- the schedules and reports -------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Sweep:
    """`cspr sweep`: fire the escalation rungs due on or before a day, once each."""

    as_of: date


@dataclass(frozen=True, kw_only=True)
class SendDigest:
    """`cspr digest`: the SLT digest of open clocks for a day (made once per day)."""

    as_of: date


@dataclass(frozen=True, kw_only=True)
class MakeAnnualReport:
    """`cspr report annual`: the annual report for the reporting year starting in ``year``."""

    year: int
    start_month: int | None = None  # None: the configuration's, else April


# --- delivery ----------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class RetryNotices:
    """`cspr notices retry`: put parked notices (by id or uid) back in the queue, or every parked one."""

    ids: tuple[int, ...] = ()
    uids: tuple[str, ...] = ()
    all_parked: bool = False

    def __post_init__(self) -> None:
        if self.all_parked and (self.ids or self.uids):
            raise ValueError("give notice ids or uids, or --all-parked, not both")
        if not (self.all_parked or self.ids or self.uids):
            raise ValueError(
                "name the notices to retry (ID or UID, as `cspr case show` lists them) or give --all-parked"
            )


# --- people who sign in to the web pages ---------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class AddUser:
    """`cspr users add`: a person who may sign in, with a role (and a partner or local authority)."""

    username: str
    role: str  # a Role
    password: str
    partner_id: str | None = None
    local_authority: str | None = None


@dataclass(frozen=True, kw_only=True)
class DisableUser:
    """`cspr users disable`: the person may no longer sign in."""

    username: str


@dataclass(frozen=True, kw_only=True)
class ResetPassword:
    """`cspr users reset-password`: a new password, and the lock and failed count cleared."""

    username: str
    password: str


@dataclass(frozen=True, kw_only=True)
class SignIn:
    """`POST /login`: a username and password from an address."""

    username: str
    password: str
    address: str


@dataclass(frozen=True, kw_only=True)
class RecommendDelay:
    """The ICSC's recommendation to the SLT on the delay waiting for its answer (19.25)."""

    reference: str
    recommends: bool  # True: approve it; False: refuse it
