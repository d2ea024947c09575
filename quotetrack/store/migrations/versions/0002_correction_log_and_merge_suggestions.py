"""correction log and merge suggestions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

The revision table (every edit, hide, merge and split with actor, reason, before and after)
and merge suggestions for the review queue.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import quotetrack.models

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_type", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("created_at", quotetrack.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("undone_at", quotetrack.models.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_revision_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_revision_entity_type"), ["entity_type"], unique=False)

    op.create_table(
        "mergesuggestion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("official_a_id", sa.Integer(), nullable=False),
        sa.Column("official_b_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("created_at", quotetrack.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("decided_at", quotetrack.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["official_a_id"],
            ["official.id"],
        ),
        sa.ForeignKeyConstraint(
            ["official_b_id"],
            ["official.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("official_a_id", "official_b_id"),
    )
    with op.batch_alter_table("mergesuggestion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mergesuggestion_official_a_id"), ["official_a_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mergesuggestion_official_b_id"), ["official_b_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mergesuggestion_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("mergesuggestion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mergesuggestion_status"))
        batch_op.drop_index(batch_op.f("ix_mergesuggestion_official_b_id"))
        batch_op.drop_index(batch_op.f("ix_mergesuggestion_official_a_id"))

    op.drop_table("mergesuggestion")
    with op.batch_alter_table("revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_revision_entity_type"))
        batch_op.drop_index(batch_op.f("ix_revision_entity_id"))

    op.drop_table("revision")
