"""fact-check annotations

Revision ID: 0007
Revises: 0003
Create Date: 2026-11-28

Fact-check annotations: an editor's verdict and review URL on a statement (ClaimReview).
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import quotetrack.models

revision = "0007"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "factcheck",
        sa.Column("verdict", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("review_url", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("reviewer", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statement_id", sa.Integer(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("created_at", quotetrack.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["statement.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("factcheck", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_factcheck_statement_id"), ["statement_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("factcheck", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_factcheck_statement_id"))

    op.drop_table("factcheck")
