"""Sealed audit, decision drafts, notice uids and delivery state, users.

Existing notices and digests get a fresh uid each; the new flags and counts start at false/0.

Revision ID: 0002
Revises: 0001
Created: 2026-12-03 17:19:02.719345
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("partner_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("local_authority", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("password_hash", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("calendar_token", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_users_calendar_token"), ["calendar_token"], unique=True)
        batch_op.create_index(batch_op.f("ix_users_username"), ["username"], unique=True)

    op.create_table(
        "decision_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("considered", sa.JSON(), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("family_rationale", sa.Text(), nullable=False),
        sa.Column("immediate_actions", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("revises", sa.Boolean(), nullable=False),
        sa.Column("drafted_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("drafted_role", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decisions.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("decision_drafts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_drafts_case_id"), ["case_id"], unique=False)

    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("os_user", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True))
        batch_op.add_column(sa.Column("host", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True))
        batch_op.add_column(sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True))
        batch_op.add_column(sa.Column("state", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("mac", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))

    with op.batch_alter_table("digests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
        batch_op.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(
            sa.Column("last_error", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True)
        )
        batch_op.add_column(sa.Column("claimed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("next_attempt_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("may_have_been_sent", sa.Boolean(), nullable=False, server_default=sa.false())
        )

    _fill_uids("digests")
    with op.batch_alter_table("digests", schema=None) as batch_op:
        batch_op.alter_column(
            "uid", existing_type=sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False
        )
        batch_op.create_unique_constraint("uq_digest_uid", ["uid"])

    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
        batch_op.add_column(sa.Column("claimed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("next_attempt_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("may_have_been_sent", sa.Boolean(), nullable=False, server_default=sa.false())
        )

    _fill_uids("notices")
    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.alter_column(
            "uid", existing_type=sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False
        )
        batch_op.create_unique_constraint("uq_notice_uid", ["uid"])


def downgrade() -> None:
    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.drop_constraint("uq_notice_uid", type_="unique")
        batch_op.drop_column("may_have_been_sent")
        batch_op.drop_column("next_attempt_at")
        batch_op.drop_column("claimed_at")
        batch_op.drop_column("uid")

    with op.batch_alter_table("digests", schema=None) as batch_op:
        batch_op.drop_constraint("uq_digest_uid", type_="unique")
        batch_op.drop_column("may_have_been_sent")
        batch_op.drop_column("next_attempt_at")
        batch_op.drop_column("claimed_at")
        batch_op.drop_column("last_error")
        batch_op.drop_column("attempts")
        batch_op.drop_column("uid")

    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_column("mac")
        batch_op.drop_column("state")
        batch_op.drop_column("origin")
        batch_op.drop_column("host")
        batch_op.drop_column("os_user")

    with op.batch_alter_table("decision_drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_drafts_case_id"))

    op.drop_table("decision_drafts")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_username"))
        batch_op.drop_index(batch_op.f("ix_users_calendar_token"))

    op.drop_table("users")


def _fill_uids(table: str) -> None:
    """Give each existing row its own uid (the .eml file name and Message-ID use it)."""
    bind = op.get_bind()
    rows = bind.execute(sa.text(f"SELECT id FROM {table} WHERE uid IS NULL")).scalars().all()
    for row_id in rows:
        bind.execute(
            sa.text(f"UPDATE {table} SET uid = :uid WHERE id = :id"), {"uid": str(uuid.uuid4()), "id": row_id}
        )
