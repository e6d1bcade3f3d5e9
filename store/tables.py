"""The case store's tables. The database is the single source of truth (docs/decisions/0001)."""

from datetime import date, datetime
from typing import Any
from uuid import uuid4

from sqlalchemy import JSON, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from domain.lifecycle import Stage
from domain.status import CaseStatus, ClockStatus, NoticeStatus, TaskStatus


def new_uid() -> str:
    """A fresh notice identity: a random UUID, unique across every store."""
    return str(uuid4())


def _uid_field() -> Any:
    # The Python-side default also serves Core inserts (bulk writes) that never build a row object.
    return Field(default_factory=new_uid, unique=True, max_length=36, sa_column_kwargs={"default": new_uid})


class CaseRow(SQLModel, table=True):
    """A case: the facts that decide its clocks. Child details live in ChildRow only."""

    __tablename__ = "cases"

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(unique=True, index=True, max_length=32)
    intake_key: str = Field(unique=True, max_length=64)  # idempotency key of log_incident
    caller_reference: str | None = Field(default=None, max_length=64)
    local_authority: str = Field(max_length=64)
    incident_date: date
    aware_date: date
    harm: str = Field(max_length=20)
    abuse_or_neglect: str = Field(max_length=20)
    location: str = Field(max_length=20)
    looked_after: bool
    criminal_investigation: bool
    considered_at_discretion: bool = False
    summary: str = Field(sa_column=Column(Text, nullable=False))
    reported_by: str = Field(max_length=200)
    status: str = Field(default=CaseStatus.OPEN, max_length=20)
    created_at: datetime
    logged_by: str = Field(max_length=200)
    stage: str = Field(default=Stage.INTAKE, max_length=20)
    rapid_review_submitted_on: date | None = None
    police_cps_consulted_on: date | None = None
    family_notified_on: date | None = None
    family_notified_how: str | None = Field(default=None, max_length=20)  # the letter meets the clock
    family_met_on: date | None = None  # told in person as well (19.21), on its own day


class ChildRow(SQLModel, table=True):
    """A child in a case: initials, age and sex, nothing more."""

    __tablename__ = "children"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    initials: str = Field(max_length=4)
    age: int
    sex: str = Field(max_length=10)


class ClockRow(SQLModel, table=True):
    """A statutory clock or internal target of a case, as a ledger."""

    __tablename__ = "clocks"
    __table_args__ = (UniqueConstraint("case_id", "kind", "party", name="uq_clock_case_kind_party"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    kind: str = Field(max_length=40)
    party: str = Field(default="", max_length=64)  # the partner, for per-partner clocks
    start: date
    due: date = Field(index=True)
    action_by: date
    working_days: int
    statutory: bool
    basis: str = Field(max_length=40)
    owner: str = Field(max_length=120)
    recipients: str = Field(max_length=200)
    explanation: str = Field(sa_column=Column(Text, nullable=False))
    provisional: bool = False
    status: str = Field(default=ClockStatus.OPEN, max_length=10, index=True)
    met_on: date | None = None
    # The ledger and the escalation ladder: a paused clock fires no rungs; each change
    # of the due date starts a new ladder round, and rungs scheduled before ladder_mark+1 day
    # in that round are taken as superseded. ladder_mark is the scheduled date of the last
    # rung fired (or the day before the change that started the round).
    paused_on: date | None = None
    pause_reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    ladder_round: int = 0
    ladder_mark: date | None = None


class ClockChangeRow(SQLModel, table=True):
    """One change to a clock's due date or status: old, new, why, who, when."""

    __tablename__ = "clock_changes"

    id: int | None = Field(default=None, primary_key=True)
    clock_id: int = Field(foreign_key="clocks.id", index=True)
    old_due: date | None = None
    new_due: date | None = None
    change: str = Field(max_length=20)  # a ClockChangeKind
    reason: str = Field(sa_column=Column(Text, nullable=False))
    actor: str = Field(max_length=200)
    at: datetime


class TaskRow(SQLModel, table=True):
    """Work someone owes: an owner role, an assignee, due and follow-up dates, a status."""

    __tablename__ = "tasks"
    __table_args__ = (UniqueConstraint("case_id", "kind", "party", name="uq_task_case_kind_party"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    kind: str = Field(max_length=40)
    party: str = Field(default="", max_length=64)
    title: str = Field(max_length=200)
    owner_role: str = Field(max_length=20)
    assignee: str = Field(max_length=200)
    due: date
    follow_up: date
    status: str = Field(default=TaskStatus.OPEN, max_length=10)
    outcome: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    closed_at: datetime | None = None


class NoticeRow(SQLModel, table=True):
    """The outbox: a notice rendered in the same transaction as the change that owes it."""

    __tablename__ = "notices"
    __table_args__ = (UniqueConstraint("case_id", "dedupe_key", name="uq_notice_case_key"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    kind: str = Field(max_length=40)
    dedupe_key: str = Field(max_length=120)
    clock_kind: str | None = Field(default=None, max_length=40)
    recipients: list[dict[str, str]] = Field(sa_column=Column(JSON, nullable=False))
    subject: str = Field(max_length=250)
    body_text: str = Field(sa_column=Column(Text, nullable=False))
    body_html: str = Field(sa_column=Column(Text, nullable=False))
    due: date | None = None
    status: str = Field(default=NoticeStatus.QUEUED, max_length=12, index=True)
    attempts: int = 0
    last_error: str | None = Field(default=None, max_length=500)
    receipt: str | None = Field(default=None, max_length=500)
    created_at: datetime
    delivered_at: datetime | None = None
    sent_on: date | None = None  # recorded by a person: the day it really went
    # Delivery (docs/delivery.md): the stable identity names the .eml file and the Message-ID;
    # a claim holds a lease from claimed_at; a retry waits until next_attempt_at.
    uid: str = _uid_field()
    claimed_at: datetime | None = None
    next_attempt_at: datetime | None = None
    may_have_been_sent: bool = False


class AuditEventRow(SQLModel, table=True):
    """Append-only audit trail; each event holds the hash of the one before it."""

    __tablename__ = "audit_events"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime
    actor: str = Field(max_length=200)
    role: str = Field(max_length=20)
    command: str = Field(max_length=60)
    reference: str | None = Field(default=None, max_length=32, index=True)
    detail: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    prev_hash: str = Field(unique=True, max_length=64)  # one successor per event: no forks
    hash: str = Field(unique=True, max_length=64)
    os_user: str | None = Field(default=None, max_length=100)  # who ran the process on the server
    host: str | None = Field(default=None, max_length=255)
    origin: str | None = Field(default=None, max_length=40)  # e.g. "operator on the server" (the CLI)
    state: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    mac: str | None = Field(default=None, max_length=64)  # HMAC-SHA256 under the key outside the store


class EscalationRow(SQLModel, table=True):
    """One rung of the escalation ladder fired for one clock; the unique key makes it fire once.

    ``ladder_round`` counts the clock's due-date changes (a new due date climbs a new ladder);
    within a round each (rung, occurrence) fires at most once, whoever runs the sweep.
    """

    __tablename__ = "escalations"
    __table_args__ = (
        UniqueConstraint(
            "clock_id", "rung", "occurrence", "ladder_round", name="uq_escalation_clock_rung_occurrence"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    clock_id: int = Field(foreign_key="clocks.id", index=True)
    rung: str = Field(max_length=20)
    occurrence: int = 1  # 1 for single rungs; 1, 2, ... for still_breached
    ladder_round: int = 0
    scheduled_on: date
    fired_on: date  # the sweep's as_of
    due: date  # the clock's due date the rung was counted against
    late_by_working_days: int = 0
    recipients: list[dict[str, str]] = Field(sa_column=Column(JSON, nullable=False))
    notice_id: int | None = Field(default=None, foreign_key="notices.id")
    created_at: datetime


class DigestRow(SQLModel, table=True):
    """One SLT digest of the open clocks: rendered once per as_of date, delivered once."""

    __tablename__ = "digests"

    id: int | None = Field(default=None, primary_key=True)
    as_of: date = Field(unique=True)
    since: datetime | None = None  # changes after this moment are listed (the last digest)
    recipients: list[dict[str, str]] = Field(sa_column=Column(JSON, nullable=False))
    subject: str = Field(max_length=250)
    body_text: str = Field(sa_column=Column(Text, nullable=False))
    body_html: str = Field(sa_column=Column(Text, nullable=False))
    summary: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    status: str = Field(default=NoticeStatus.QUEUED, max_length=12)
    receipt: str | None = Field(default=None, max_length=500)
    created_at: datetime
    delivered_at: datetime | None = None
    uid: str = _uid_field()
    attempts: int = 0
    last_error: str | None = Field(default=None, max_length=500)
    claimed_at: datetime | None = None
    next_attempt_at: datetime | None = None
    may_have_been_sent: bool = False
