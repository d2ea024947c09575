"""statements of replaced article versions leave the public lists

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28

From this revision on, storing a new version of an article (the same URL with changed text)
marks the statements of the version it replaces 'superseded': their pages stay, lists, counts
and search leave them out. This migration does the same for versions stored before.
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE statement SET status = 'superseded' WHERE status = 'published' AND article_id IN "
        "(SELECT previous_article_id FROM articleversion WHERE previous_article_id IS NOT NULL)"
    )


def downgrade() -> None:
    op.execute("UPDATE statement SET status = 'published' WHERE status = 'superseded'")
