"""The escalation ladder's record for learning actions (004 §3.18): one row per rung fired."""

from datetime import date, datetime

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel


class ActionEscalationRow(SQLModel, table=True):
    """One rung of the escalation ladder fired for one learning action; the unique key makes it
    fire once, whoever runs the sweep (the same rule as ``EscalationRow`` for clocks)."""

    __tablename__ = "learning_action_escalations"
    __table_args__ = (
        UniqueConstraint("action_id", "rung", "occurrence", name="uq_action_escalation_rung_occurrence"),
    )

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="learning_actions.id", index=True)
    rung: str = Field(max_length=20)
    occurrence: int = 1
    scheduled_on: date
    fired_on: date  # the sweep's as_of
    due: date
    late_by_working_days: int = 0
    recipients: list[dict[str, str]] = Field(sa_column=Column(JSON, nullable=False))
    notice_id: int | None = Field(default=None, foreign_key="notices.id")
    created_at: datetime
