"""Tables of the rapid review: decisions (each revision kept), ratifications, the Panel's response."""

from datetime import date, datetime

from sqlalchemy import JSON, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


class DecisionRow(SQLModel, table=True):
    """One ICSC decision on whether to hold a review; a revision adds a row, never replaces one."""

    __tablename__ = "decisions"
    __table_args__ = (UniqueConstraint("case_id", "revision", name="uq_decision_case_revision"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    revision: int  # 1 = the first decision, 2+ = revised (19.19)
    outcome: str = Field(max_length=20)
    criteria: list[str] = Field(sa_column=Column(JSON, nullable=False))  # the codes met
    # every criterion of 19.15 and 19.16 as considered: {"code", "finding", "reason"} each
    considered: list[dict[str, str]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    rationale: str = Field(sa_column=Column(Text, nullable=False))
    family_rationale: str = Field(default="", sa_column=Column(Text, nullable=False))  # plain English (19.21)
    immediate_actions: str = Field(sa_column=Column(Text, nullable=False))
    decided_on: date
    decided_by: str = Field(max_length=200)
    recorded_at: datetime


class RatificationRow(SQLModel, table=True):
    """A safeguarding partner's answer to one decision (001 §11.5)."""

    __tablename__ = "ratifications"
    __table_args__ = (UniqueConstraint("decision_id", "partner_id", name="uq_ratification"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    decision_id: int = Field(foreign_key="decisions.id", index=True)
    partner_id: str = Field(max_length=64)
    ratified: bool
    comment: str = Field(sa_column=Column(Text, nullable=False))
    answered_on: date
    answered_by: str = Field(max_length=200)


class PanelResponseRow(SQLModel, table=True):
    """The Panel's response to the rapid review (19.19), one per submitted decision."""

    __tablename__ = "panel_responses"
    __table_args__ = (UniqueConstraint("decision_id", name="uq_panel_response_decision"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    decision_id: int = Field(foreign_key="decisions.id")
    agrees: bool
    responded_on: date
    comment: str = Field(sa_column=Column(Text, nullable=False))
    recorded_by: str = Field(max_length=200)


class DecisionDraftRow(SQLModel, table=True):
    """An ICSC decision kept in cspr before a flow records it, so the flow is given only its id."""

    __tablename__ = "decision_drafts"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    outcome: str = Field(max_length=20)
    # every criterion of 19.15 and 19.16 as considered: {"code", "finding", "reason"} each
    considered: list[dict[str, str]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    rationale: str = Field(sa_column=Column(Text, nullable=False))
    family_rationale: str = Field(default="", sa_column=Column(Text, nullable=False))
    immediate_actions: str = Field(default="", sa_column=Column(Text, nullable=False))
    decided_on: date
    revises: bool = False
    drafted_by: str = Field(max_length=200)
    drafted_role: str = Field(max_length=20)
    created_at: datetime
    status: str = Field(default="draft", max_length=10)  # "draft", then "used" once recorded
    decision_id: int | None = Field(default=None, foreign_key="decisions.id")
