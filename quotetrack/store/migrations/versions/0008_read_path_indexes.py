"""indexes for the read paths

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28

Newest-first statement lists, per-official and per-topic lists and counts, and region filters
read indexes instead of scanning: measured with bench/bench_pages.py at 100,000 statements.
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_statement_date_id", "statement", ["date", "id"])
    op.create_index("ix_statement_official_status_date", "statement", ["official_id", "status", "date"])
    op.create_index("ix_statement_membership", "statement", ["membership_id"])
    op.create_index("ix_statementtopic_topic_statement", "statementtopic", ["topic_id", "statement_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_statement_newest ON statement (date DESC NULLS LAST, id DESC)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_statement_newest")
    op.drop_index("ix_statementtopic_topic_statement", table_name="statementtopic")
    op.drop_index("ix_statement_membership", table_name="statement")
    op.drop_index("ix_statement_official_status_date", table_name="statement")
    op.drop_index("ix_statement_date_id", table_name="statement")
