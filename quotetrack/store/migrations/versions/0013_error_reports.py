"""readers' error reports

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03

Error reports: anyone may report an error in a statement (kind, message, optional contact); the
report waits in the editors' review queue, and the editor's response is shown on the statement.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import quotetrack.models

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "errorreport",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statement_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("contact", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("address_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("resolved_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("created_at", quotetrack.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", quotetrack.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["statement_id"], ["statement.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("errorreport", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_errorreport_statement_id"), ["statement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_errorreport_address_hash"), ["address_hash"], unique=False)
        batch_op.create_index(batch_op.f("ix_errorreport_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("errorreport", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_errorreport_status"))
        batch_op.drop_index(batch_op.f("ix_errorreport_address_hash"))
        batch_op.drop_index(batch_op.f("ix_errorreport_statement_id"))
    op.drop_table("errorreport")
