"""Baseline: the case store's schema as cspr had it when migrations began.

On a new database it creates every table. A store made before migrations began has no
``alembic_version``; on one of those it creates only the tables the store lacks and adds the
columns that came late (below), backfilling their rows, so the store joins the migration chain
with its data.

Revision ID: 0001
Revises:
Created: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Columns a store made before migrations may lack: (table, column, type, backfill for old rows).
LATE_COLUMNS: list[tuple[str, str, sa.types.TypeEngine[object], dict[str, str] | None]] = [
    ("cases", "family_met_on", sa.Date(), None),
    ("decisions", "considered", sa.JSON(), {"sqlite": "'[]'", "postgresql": "'[]'"}),
    ("decisions", "family_rationale", sa.Text(), {"sqlite": "''", "postgresql": "''"}),
    # the day the action was recorded stands in for the day it was added
    (
        "learning_actions",
        "added_on",
        sa.Date(),
        {"sqlite": "date(created_at)", "postgresql": "created_at::date"},
    ),
]


def _exists(table: str) -> bool:
    return sa.inspect(op.get_bind()).has_table(table)


def _adopt_legacy_columns() -> None:
    """Add the late columns to an older store's tables, filling them in for the rows it holds."""
    bind = op.get_bind()
    for table, column, type_, backfill in LATE_COLUMNS:
        if not _exists(table) or column in {c["name"] for c in sa.inspect(bind).get_columns(table)}:
            continue
        op.add_column(table, sa.Column(column, type_, nullable=True))
        if backfill is not None:
            op.execute(f"UPDATE {table} SET {column} = {backfill[bind.dialect.name]}")
            with op.batch_alter_table(table) as batch_op:
                batch_op.alter_column(column, existing_type=type_, nullable=False)


def upgrade() -> None:
    _adopt_legacy_columns()
    if not _exists("audit_events"):
        op.create_table(
            "audit_events",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
            sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
            sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
            sa.Column("command", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
            sa.Column("reference", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
            sa.Column("detail", sa.JSON(), nullable=False),
            sa.Column("prev_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
            sa.Column("hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
            sa.PrimaryKeyConstraint("id"),
            sa.UniqueConstraint("hash"),
            sa.UniqueConstraint("prev_hash"),
        )
        with op.batch_alter_table("audit_events", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_audit_events_reference"), ["reference"], unique=False)

    if not _exists("cases"):
        op.create_table(
            "cases",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("reference", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
            sa.Column("intake_key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
            sa.Column("caller_reference", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
            sa.Column("local_authority", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
            sa.Column("incident_date", sa.Date(), nullable=False),
            sa.Column("aware_date", sa.Date(), nullable=False),
            sa.Column("harm", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
            sa.Column("abuse_or_neglect", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
            sa.Column("location", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
            sa.Column("looked_after", sa.Boolean(), nullable=False),
            sa.Column("criminal_investigation", sa.Boolean(), nullable=False),
            sa.Column("considered_at_discretion", sa.Boolean(), nullable=False),
            sa.Column("summary", sa.Text(), nullable=False),
            sa.Column("reported_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
            sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
            sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
            sa.Column("logged_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
            sa.Column("stage", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
            sa.Column("rapid_review_submitted_on", sa.Date(), nullable=True),
            sa.Column("police_cps_consulted_on", sa.Date(), nullable=True),
            sa.Column("family_notified_on", sa.Date(), nullable=True),
            sa.Column("family_notified_how", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
            sa.Column("family_met_on", sa.Date(), nullable=True),
            sa.PrimaryKeyConstraint("id"),
            sa.UniqueConstraint("intake_key"),
        )
        with op.batch_alter_table("cases", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_cases_reference"), ["reference"], unique=True)

    if not _exists("digests"):
        op.create_table(
            "digests",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("as_of", sa.Date(), nullable=False),
            sa.Column("since", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
            sa.Column("recipients", sa.JSON(), nullable=False),
            sa.Column("subject", sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
            sa.Column("body_text", sa.Text(), nullable=False),
            sa.Column("body_html", sa.Text(), nullable=False),
            sa.Column("summary", sa.JSON(), nullable=False),
            sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
            sa.Column("receipt", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
            sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
            sa.Column("delivered_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
            sa.PrimaryKeyConstraint("id"),
            sa.UniqueConstraint("as_of"),
        )
    if not _exists("children"):
        op.create_table(
            "children",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("case_id", sa.Integer(), nullable=False),
            sa.Column("initials", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
            sa.Column("age", sa.Integer(), nullable=False),
            sa.Column("sex", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
            sa.ForeignKeyConstraint(
                ["case_id"],
                ["cases.id"],
            ),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("children", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_children_case_id"), ["case_id"], unique=False)

    if not _exists("clocks"):
        op.create_table(
            "clocks",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("case_id", sa.Integer(), nullable=False),
            sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
            sa.Column("party", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
            sa.Column("start", sa.Date(), nullable=False),
            sa.Column("due", sa.Date(), nullable=False),
            sa.Column("action_by", sa.Date(), nullable=False),
            sa.Column("working_days", sa.Integer(), nullable=False),
            sa.Column("statutory", sa.Boolean(), nullable=False),
            sa.Column("basis", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
            sa.Column("owner", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
            sa.Column("recipients", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
            sa.Column("explanation", sa.Text(), nullable=False),
            sa.Column("provisional", sa.Boolean(), nullable=False),
            sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
            sa.Column("met_on", sa.Date(), nullable=True),
            sa.Column("paused_on", sa.Date(), nullable=True),
            sa.Column("pause_reason", sa.Text(), nullable=True),
            sa.Column("ladder_round", sa.Integer(), nullable=False),
            sa.Column("ladder_mark", sa.Date(), nullable=True),
            sa.ForeignKeyConstraint(
                ["case_id"],
                ["cases.id"],
            ),
            sa.PrimaryKeyConstraint("id"),
            sa.UniqueConstraint("case_id", "kind", "party", name="uq_clock_case_kind_party"),
        )
        with op.batch_alter_table("clocks", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_clocks_case_id"), ["case_id"], unique=False)
            batch_op.create_index(batch_op.f("ix_clocks_due"), ["due"], unique=False)
            batch_op.create_index(batch_op.f("ix_clocks_status"), ["status"], unique=False)

    if not _exists("decisions"):
        op.create_table(
            "decisions",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("case_id", sa.Integer(), nullable=False),
            sa.Column("revision", sa.Integer(), nullable=False),
            sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
            sa.Column("criteria", sa.JSON(), nullable=False),
            sa.Column("considered", sa.JSON(), nullable=False),
            sa.Column("rationale", sa.Text(), nullable=False),
            sa.Column("family_rationale", sa.Text(), nullable=False),
            sa.Column("immediate_actions", sa.Text(), nullable=False),
            sa.Column("decided_on", sa.Date(), nullable=False),
            sa.Column("decided_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
            sa.Column("recorded_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
            sa.ForeignKeyConstraint(
                ["case_id"],
                ["cases.id"],
            ),
            sa.PrimaryKeyConstraint("id"),
            sa.UniqueConstraint("case_id", "revision", name="uq_decision_case_revision"),
        )
        with op.batch_alter_table("decisions", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_decisions_case_id"), ["case_id"], unique=False)

    if not _exists("notices"):
        op.create_table(
            "notices",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("case_id", sa.Integer(), nullable=False),
            sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
            sa.Column("dedupe_key", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
            sa.Column("clock_kind", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
            sa.Column("recipients", sa.JSON(), nullable=False),
            sa.Column("subject", sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
            sa.Column("body_text", sa.Text(), nullable=False),
            sa.Column("body_html", sa.Text(), nullable=False),
            sa.Column("due", sa.Date(), nullable=True),
            sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
            sa.Column("attempts", sa.Integer(), nullable=False),
            sa.Column("last_error", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
            sa.Column("receipt", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
            sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
            sa.Column("delivered_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
            sa.Column("sent_on", sa.Date(), nullable=True),
            sa.ForeignKeyConstraint(
                ["case_id"],
                ["cases.id"],
            ),
            sa.PrimaryKeyConstraint("id"),
            sa.UniqueConstraint("case_id", "dedupe_key", name="uq_notice_case_key"),
        )
        with op.batch_alter_table("notices", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_notices_case_id"), ["case_id"], unique=False)
            batch_op.create_index(batch_op.f("ix_notices_status"), ["status"], unique=False)

    if not _exists("recommendations"):
        op.create_table(
            "recommendations",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("case_id", sa.Integer(), nullable=False),
            sa.Column("number", sa.Integer(), nullable=False),
            sa.Column("text", sa.Text(), nullable=False),
            sa.ForeignKeyConstraint(
                ["case_id"],
                ["cases.id"],
            ),
            sa.PrimaryKeyConstraint("id"),
            sa.UniqueConstraint("case_id", "number", name="uq_recommendation_number"),
        )
        with op.batch_alter_table("recommendations", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_recommendations_case_id"), ["case_id"], unique=False)

    if not _exists("review_circumstances"):
        op.create_table(
            "review_circumstances",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("case_id", sa.Integer(), nullable=False),
            sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
            sa.Column("started_on", sa.Date(), nullable=False),
            sa.Column("ended_on", sa.Date(), nullable=True),
            sa.Column("note", sa.Text(), nullable=False),
            sa.ForeignKeyConstraint(
                ["case_id"],
                ["cases.id"],
            ),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("review_circumstances", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_review_circumstances_case_id"), ["case_id"], unique=False)

    if not _exists("review_delays"):
        op.create_table(
            "review_delays",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("case_id", sa.Integer(), nullable=False),
            sa.Column("requested_on", sa.Date(), nullable=False),
            sa.Column("requested_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
            sa.Column("to_date", sa.Date(), nullable=False),
            sa.Column("reason", sa.Text(), nullable=False),
            sa.Column("circumstance", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=True),
            sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
            sa.Column("answered_on", sa.Date(), nullable=True),
            sa.Column("answered_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
            sa.Column("answer_note", sa.Text(), nullable=True),
            sa.ForeignKeyConstraint(
                ["case_id"],
                ["cases.id"],
            ),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("review_delays", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_review_delays_case_id"), ["case_id"], unique=False)

    if not _exists("reviews"):
        op.create_table(
            "reviews",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("case_id", sa.Integer(), nullable=False),
            sa.Column("opened_on", sa.Date(), nullable=False),
            sa.Column("reviewer", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
            sa.Column("commissioned_on", sa.Date(), nullable=True),
            sa.Column("terms_agreed_on", sa.Date(), nullable=True),
            sa.Column("planned_publication", sa.Date(), nullable=True),
            sa.Column("copy_sent_on", sa.Date(), nullable=True),
            sa.Column("published_on", sa.Date(), nullable=True),
            sa.Column("url", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
            sa.Column("late_copy_reason", sa.Text(), nullable=True),
            sa.Column("withheld_scope", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
            sa.Column("withheld_on", sa.Date(), nullable=True),
            sa.Column("withheld_justification", sa.Text(), nullable=True),
            sa.Column("improvements_published_on", sa.Date(), nullable=True),
            sa.Column("repository_submitted_on", sa.Date(), nullable=True),
            sa.ForeignKeyConstraint(
                ["case_id"],
                ["cases.id"],
            ),
            sa.PrimaryKeyConstraint("id"),
            sa.UniqueConstraint("case_id"),
        )
    if not _exists("tasks"):
        op.create_table(
            "tasks",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("case_id", sa.Integer(), nullable=False),
            sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
            sa.Column("party", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
            sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
            sa.Column("owner_role", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
            sa.Column("assignee", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
            sa.Column("due", sa.Date(), nullable=False),
            sa.Column("follow_up", sa.Date(), nullable=False),
            sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
            sa.Column("outcome", sa.JSON(), nullable=True),
            sa.Column("closed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
            sa.ForeignKeyConstraint(
                ["case_id"],
                ["cases.id"],
            ),
            sa.PrimaryKeyConstraint("id"),
            sa.UniqueConstraint("case_id", "kind", "party", name="uq_task_case_kind_party"),
        )
        with op.batch_alter_table("tasks", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_tasks_case_id"), ["case_id"], unique=False)

    if not _exists("clock_changes"):
        op.create_table(
            "clock_changes",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("clock_id", sa.Integer(), nullable=False),
            sa.Column("old_due", sa.Date(), nullable=True),
            sa.Column("new_due", sa.Date(), nullable=True),
            sa.Column("change", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
            sa.Column("reason", sa.Text(), nullable=False),
            sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
            sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
            sa.ForeignKeyConstraint(
                ["clock_id"],
                ["clocks.id"],
            ),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("clock_changes", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_clock_changes_clock_id"), ["clock_id"], unique=False)

    if not _exists("escalations"):
        op.create_table(
            "escalations",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("clock_id", sa.Integer(), nullable=False),
            sa.Column("rung", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
            sa.Column("occurrence", sa.Integer(), nullable=False),
            sa.Column("ladder_round", sa.Integer(), nullable=False),
            sa.Column("scheduled_on", sa.Date(), nullable=False),
            sa.Column("fired_on", sa.Date(), nullable=False),
            sa.Column("due", sa.Date(), nullable=False),
            sa.Column("late_by_working_days", sa.Integer(), nullable=False),
            sa.Column("recipients", sa.JSON(), nullable=False),
            sa.Column("notice_id", sa.Integer(), nullable=True),
            sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
            sa.ForeignKeyConstraint(
                ["clock_id"],
                ["clocks.id"],
            ),
            sa.ForeignKeyConstraint(
                ["notice_id"],
                ["notices.id"],
            ),
            sa.PrimaryKeyConstraint("id"),
            sa.UniqueConstraint(
                "clock_id", "rung", "occurrence", "ladder_round", name="uq_escalation_clock_rung_occurrence"
            ),
        )
        with op.batch_alter_table("escalations", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_escalations_clock_id"), ["clock_id"], unique=False)

    if not _exists("learning_actions"):
        op.create_table(
            "learning_actions",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("recommendation_id", sa.Integer(), nullable=False),
            sa.Column("case_id", sa.Integer(), nullable=False),
            sa.Column("agency", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
            sa.Column("lead", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
            sa.Column("description", sa.Text(), nullable=False),
            sa.Column("due", sa.Date(), nullable=False),
            sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
            sa.Column("completed_on", sa.Date(), nullable=True),
            sa.Column("evidence", sa.Text(), nullable=True),
            sa.Column("added_on", sa.Date(), nullable=False),
            sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
            sa.ForeignKeyConstraint(
                ["case_id"],
                ["cases.id"],
            ),
            sa.ForeignKeyConstraint(
                ["recommendation_id"],
                ["recommendations.id"],
            ),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("learning_actions", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_learning_actions_case_id"), ["case_id"], unique=False)
            batch_op.create_index(batch_op.f("ix_learning_actions_due"), ["due"], unique=False)
            batch_op.create_index(
                batch_op.f("ix_learning_actions_recommendation_id"), ["recommendation_id"], unique=False
            )

    if not _exists("panel_responses"):
        op.create_table(
            "panel_responses",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("case_id", sa.Integer(), nullable=False),
            sa.Column("decision_id", sa.Integer(), nullable=False),
            sa.Column("agrees", sa.Boolean(), nullable=False),
            sa.Column("responded_on", sa.Date(), nullable=False),
            sa.Column("comment", sa.Text(), nullable=False),
            sa.Column("recorded_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
            sa.ForeignKeyConstraint(
                ["case_id"],
                ["cases.id"],
            ),
            sa.ForeignKeyConstraint(
                ["decision_id"],
                ["decisions.id"],
            ),
            sa.PrimaryKeyConstraint("id"),
            sa.UniqueConstraint("decision_id", name="uq_panel_response_decision"),
        )
        with op.batch_alter_table("panel_responses", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_panel_responses_case_id"), ["case_id"], unique=False)

    if not _exists("ratifications"):
        op.create_table(
            "ratifications",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("case_id", sa.Integer(), nullable=False),
            sa.Column("decision_id", sa.Integer(), nullable=False),
            sa.Column("partner_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
            sa.Column("ratified", sa.Boolean(), nullable=False),
            sa.Column("comment", sa.Text(), nullable=False),
            sa.Column("answered_on", sa.Date(), nullable=False),
            sa.Column("answered_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
            sa.ForeignKeyConstraint(
                ["case_id"],
                ["cases.id"],
            ),
            sa.ForeignKeyConstraint(
                ["decision_id"],
                ["decisions.id"],
            ),
            sa.PrimaryKeyConstraint("id"),
            sa.UniqueConstraint("decision_id", "partner_id", name="uq_ratification"),
        )
        with op.batch_alter_table("ratifications", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_ratifications_case_id"), ["case_id"], unique=False)
            batch_op.create_index(batch_op.f("ix_ratifications_decision_id"), ["decision_id"], unique=False)

    if not _exists("learning_action_escalations"):
        op.create_table(
            "learning_action_escalations",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("action_id", sa.Integer(), nullable=False),
            sa.Column("rung", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
            sa.Column("occurrence", sa.Integer(), nullable=False),
            sa.Column("scheduled_on", sa.Date(), nullable=False),
            sa.Column("fired_on", sa.Date(), nullable=False),
            sa.Column("due", sa.Date(), nullable=False),
            sa.Column("late_by_working_days", sa.Integer(), nullable=False),
            sa.Column("recipients", sa.JSON(), nullable=False),
            sa.Column("notice_id", sa.Integer(), nullable=True),
            sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
            sa.ForeignKeyConstraint(
                ["action_id"],
                ["learning_actions.id"],
            ),
            sa.ForeignKeyConstraint(
                ["notice_id"],
                ["notices.id"],
            ),
            sa.PrimaryKeyConstraint("id"),
            sa.UniqueConstraint(
                "action_id", "rung", "occurrence", name="uq_action_escalation_rung_occurrence"
            ),
        )
        with op.batch_alter_table("learning_action_escalations", schema=None) as batch_op:
            batch_op.create_index(
                batch_op.f("ix_learning_action_escalations_action_id"), ["action_id"], unique=False
            )

    if not _exists("learning_action_updates"):
        op.create_table(
            "learning_action_updates",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("action_id", sa.Integer(), nullable=False),
            sa.Column("on", sa.Date(), nullable=False),
            sa.Column("note", sa.Text(), nullable=False),
            sa.Column("by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
            sa.ForeignKeyConstraint(
                ["action_id"],
                ["learning_actions.id"],
            ),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("learning_action_updates", schema=None) as batch_op:
            batch_op.create_index(
                batch_op.f("ix_learning_action_updates_action_id"), ["action_id"], unique=False
            )


def downgrade() -> None:
    with op.batch_alter_table("learning_action_updates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_learning_action_updates_action_id"))

    op.drop_table("learning_action_updates")
    with op.batch_alter_table("learning_action_escalations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_learning_action_escalations_action_id"))

    op.drop_table("learning_action_escalations")
    with op.batch_alter_table("ratifications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ratifications_decision_id"))
        batch_op.drop_index(batch_op.f("ix_ratifications_case_id"))

    op.drop_table("ratifications")
    with op.batch_alter_table("panel_responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_panel_responses_case_id"))

    op.drop_table("panel_responses")
    with op.batch_alter_table("learning_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_learning_actions_recommendation_id"))
        batch_op.drop_index(batch_op.f("ix_learning_actions_due"))
        batch_op.drop_index(batch_op.f("ix_learning_actions_case_id"))

    op.drop_table("learning_actions")
    with op.batch_alter_table("escalations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_escalations_clock_id"))

    op.drop_table("escalations")
    with op.batch_alter_table("clock_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clock_changes_clock_id"))

    op.drop_table("clock_changes")
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tasks_case_id"))

    op.drop_table("tasks")
    op.drop_table("reviews")
    with op.batch_alter_table("review_delays", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_delays_case_id"))

    op.drop_table("review_delays")
    with op.batch_alter_table("review_circumstances", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_circumstances_case_id"))

    op.drop_table("review_circumstances")
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendations_case_id"))

    op.drop_table("recommendations")
    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notices_status"))
        batch_op.drop_index(batch_op.f("ix_notices_case_id"))

    op.drop_table("notices")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decisions_case_id"))

    op.drop_table("decisions")
    with op.batch_alter_table("clocks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clocks_status"))
        batch_op.drop_index(batch_op.f("ix_clocks_due"))
        batch_op.drop_index(batch_op.f("ix_clocks_case_id"))

    op.drop_table("clocks")
    with op.batch_alter_table("children", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_children_case_id"))

    op.drop_table("children")
    op.drop_table("digests")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_reference"))

    op.drop_table("cases")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_events_reference"))

    op.drop_table("audit_events")
