"""membership: an index over lower(role), for the planner's statistics of roles (PostgreSQL)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04

The role filter (store.match) is `lower(role) LIKE '%ketua dprd%'`. Without statistics on
lower(role) PostgreSQL guessed 5 of 50,000 memberships where 6,372 matched, and drove the
search from them: every statement of those memberships read and tested against the words
(127,781 heap pages; a cold search of one common word with a role at a million statements took
0.8-2.3 s, its facets 1.1-2.8 s). ANALYZE keeps statistics on an index's expressions, and with
the roles' common values known the planner puts the set in a hash and tests the word's matches
against it: 46-365 ms, facets 102-277 ms, same answers. 0.27 s to build for 50,000 memberships.
SQLite's planner does not estimate LIKE from statistics, so SQLite is unchanged.
"""

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute("CREATE INDEX ix_membership_role_lower ON membership (lower(role))")
    op.execute("ANALYZE membership")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute("DROP INDEX IF EXISTS ix_membership_role_lower")
