"""re-extraction runs and their change log

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03

`quotetrack reextract` stores its progress (reextractrun.last_article_id: a killed run is
continued) and, per article, what it changed (reextractchange).
"""

import sqlalchemy as sa
from alembic import op

import quotetrack.models

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reextractrun",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", quotetrack.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", quotetrack.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_article_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "reextractchange",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("removed", sa.Integer(), nullable=False),
        sa.Column("changed_speaker", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("kept_by_editor", sa.Integer(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.Column("created_at", quotetrack.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"]),
        sa.ForeignKeyConstraint(["run_id"], ["reextractrun.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reextractchange", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reextractchange_run_id"), ["run_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reextractchange_article_id"), ["article_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("reextractchange", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reextractchange_article_id"))
        batch_op.drop_index(batch_op.f("ix_reextractchange_run_id"))
    op.drop_table("reextractchange")
    op.drop_table("reextractrun")
