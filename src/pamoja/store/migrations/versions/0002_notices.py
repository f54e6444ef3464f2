"""notices and diffusions: requests, their subjects and their history

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 10:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference_year", sa.Integer(), nullable=False),
        sa.Column("reference_number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("notice_type", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("requesting_bureau_id", sa.Integer(), nullable=False),
        sa.Column("requesting_country", sa.String(length=3), nullable=False),
        sa.Column("recipient_countries", sa.String(length=400), nullable=False),
        sa.Column("recipient_bodies", sa.String(length=400), nullable=False),
        sa.Column("drafted_by", sa.Integer(), nullable=True),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("findings", sa.JSON(), nullable=False),
        sa.Column("rules_version", sa.String(length=20), nullable=True),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("public_extract", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["requesting_bureau_id"], ["bureaus.id"]),
        sa.ForeignKeyConstraint(["drafted_by"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("reference_year", "reference_number"),
    )
    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notices_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_notices_notice_type"), ["notice_type"], unique=False)
        batch_op.create_index(batch_op.f("ix_notices_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_notices_requesting_bureau_id"), ["requesting_bureau_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_notices_valid_until"), ["valid_until"], unique=False)

    op.create_table(
        "notice_subjects",
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["notice_id"], ["notices.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["record_id"], ["records.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("notice_id", "record_id"),
    )
    with op.batch_alter_table("notice_subjects", schema=None) as batch_op:
        batch_op.create_index("ix_notice_subjects_record_id", ["record_id"], unique=False)

    op.create_table(
        "notice_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_user_id", sa.Integer(), nullable=True),
        sa.Column("actor_username", sa.String(length=80), nullable=False),
        sa.Column("bureau_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("from_status", sa.String(length=30), nullable=True),
        sa.Column("to_status", sa.String(length=30), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("findings_count", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["notice_id"], ["notices.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("notice_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notice_events_notice_id"), ["notice_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("notice_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notice_events_notice_id"))
    op.drop_table("notice_events")
    with op.batch_alter_table("notice_subjects", schema=None) as batch_op:
        batch_op.drop_index("ix_notice_subjects_record_id")
    op.drop_table("notice_subjects")
    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notices_valid_until"))
        batch_op.drop_index(batch_op.f("ix_notices_requesting_bureau_id"))
        batch_op.drop_index(batch_op.f("ix_notices_status"))
        batch_op.drop_index(batch_op.f("ix_notices_notice_type"))
        batch_op.drop_index(batch_op.f("ix_notices_kind"))
    op.drop_table("notices")
