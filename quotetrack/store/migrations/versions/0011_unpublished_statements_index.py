"""an index of the statements that are not published

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28

Counts of published statements per topic are all links less the links of the few statements
that are hidden, retracted or superseded; this partial index finds those few without reading
every statement (0.9 s at a million statements on SQLite, 30 ms with it).
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_WHERE = sa.text("status <> 'published'")


def upgrade() -> None:
    op.create_index("ix_statement_unpublished", "statement", ["id"], sqlite_where=_WHERE, postgresql_where=_WHERE)


def downgrade() -> None:
    op.drop_index("ix_statement_unpublished", table_name="statement")
