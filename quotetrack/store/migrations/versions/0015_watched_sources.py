"""watched sources

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04

Feeds and listing pages that `quotetrack watch` polls on a schedule, with their poll state
(validators, backoff, next poll), and the article addresses each one listed once handled.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import quotetrack.models

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watchedsource",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("outlet", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("every_seconds", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("etag", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column("last_modified", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("last_polled_at", quotetrack.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
        sa.Column("last_new", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("next_poll_at", quotetrack.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_at", quotetrack.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("watchedsource", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_watchedsource_url"), ["url"], unique=True)
        batch_op.create_index(batch_op.f("ix_watchedsource_enabled"), ["enabled"], unique=False)
        batch_op.create_index(batch_op.f("ix_watchedsource_next_poll_at"), ["next_poll_at"], unique=False)
    op.create_table(
        "watchedentry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("seen_at", quotetrack.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"]),
        sa.ForeignKeyConstraint(["source_id"], ["watchedsource.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source_id", "url"),
    )
    with op.batch_alter_table("watchedentry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_watchedentry_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_watchedentry_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_watchedentry_seen_at"), ["seen_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("watchedentry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_watchedentry_seen_at"))
        batch_op.drop_index(batch_op.f("ix_watchedentry_article_id"))
        batch_op.drop_index(batch_op.f("ix_watchedentry_source_id"))
    op.drop_table("watchedentry")
    with op.batch_alter_table("watchedsource", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_watchedsource_next_poll_at"))
        batch_op.drop_index(batch_op.f("ix_watchedsource_enabled"))
        batch_op.drop_index(batch_op.f("ix_watchedsource_url"))
    op.drop_table("watchedsource")
