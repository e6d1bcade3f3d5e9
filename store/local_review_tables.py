"""Tables of the local review (19.23-19.30): the review record, delays, and learning actions."""

from datetime import date, datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from domain.status import ActionStatus, DelayStatus


class ReviewRow(SQLModel, table=True):
    """The local review a `local_review` decision opens: one per case."""

    __tablename__ = "reviews"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", unique=True)
    opened_on: date  # the decision (or revision) that started it
    reviewer: str | None = Field(default=None, max_length=200)
    commissioned_on: date | None = None
    terms_agreed_on: date | None = None
    planned_publication: date | None = None
    copy_sent_on: date | None = None  # full report to the Panel and Secretary of State
    published_on: date | None = None
    url: str | None = Field(default=None, max_length=500)
    late_copy_reason: str | None = Field(default=None, sa_column=Column(Text))
    withheld_scope: str | None = Field(default=None, max_length=20)  # a WithheldScope (19.27)
    withheld_on: date | None = None
    withheld_justification: str | None = Field(default=None, sa_column=Column(Text))
    improvements_published_on: date | None = None  # when only the full report is withheld
    repository_submitted_on: date | None = None  # NSPCC repository (19.28)


class CircumstanceRow(SQLModel, table=True):
    """An extenuating circumstance (19.24): criminal investigation, inquest, prosecution, other."""

    __tablename__ = "review_circumstances"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    kind: str = Field(max_length=30)  # a Circumstance
    started_on: date
    ended_on: date | None = None
    note: str = Field(default="", sa_column=Column(Text, nullable=False))


class DelayRow(SQLModel, table=True):
    """A request to delay completion or publication, and the SLT's answer (19.25)."""

    __tablename__ = "review_delays"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    requested_on: date
    requested_by: str = Field(max_length=200)
    to_date: date
    reason: str = Field(sa_column=Column(Text, nullable=False))
    circumstance: str | None = Field(default=None, max_length=30)
    status: str = Field(default=DelayStatus.REQUESTED, max_length=12)
    answered_on: date | None = None
    answered_by: str | None = Field(default=None, max_length=200)
    answer_note: str | None = Field(default=None, sa_column=Column(Text))


class RecommendationRow(SQLModel, table=True):
    """A recommendation of a published review (001 §16.1)."""

    __tablename__ = "recommendations"
    __table_args__ = (UniqueConstraint("case_id", "number", name="uq_recommendation_number"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    number: int
    text: str = Field(sa_column=Column(Text, nullable=False))


class ActionRow(SQLModel, table=True):
    """A learning action: an owning agency, a lead, a due date, a status and evidence (004 §3.18)."""

    __tablename__ = "learning_actions"

    id: int | None = Field(default=None, primary_key=True)
    recommendation_id: int = Field(foreign_key="recommendations.id", index=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    agency: str = Field(max_length=64)
    lead: str = Field(max_length=200)
    description: str = Field(sa_column=Column(Text, nullable=False))
    due: date = Field(index=True)
    status: str = Field(default=ActionStatus.OPEN, max_length=12)
    completed_on: date | None = None
    evidence: str | None = Field(default=None, sa_column=Column(Text))
    added_on: date  # the day it was added (the command's today): its ladder starts here
    created_at: datetime  # when it was recorded: an audit timestamp only


class ActionUpdateRow(SQLModel, table=True):
    """A progress update on a learning action."""

    __tablename__ = "learning_action_updates"

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="learning_actions.id", index=True)
    on: date
    note: str = Field(sa_column=Column(Text, nullable=False))
    by: str = Field(max_length=200)
