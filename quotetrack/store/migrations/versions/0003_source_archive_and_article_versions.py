"""source archive and article versions

Revision ID: 0003
Revises: 0004
Create Date: 2026-11-28

sourcedocument keeps the original bytes of every ingested source (zlib) with their sha256,
content type, encoding and retrieval time; articleversion links each article to its source and,
when a URL is ingested again with other text, to the article it revises and what changed.
Articles stored before this revision get a version row each, numbered per URL in id order.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import quotetrack.models

revision = "0003"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sourcedocument",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("location", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
        sa.Column("content_type", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("encoding", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("compression", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("retrieved_at", quotetrack.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sourcedocument", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sourcedocument_location"), ["location"], unique=False)
        batch_op.create_index(batch_op.f("ix_sourcedocument_sha256"), ["sha256"], unique=True)

    op.create_table(
        "articleversion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("previous_article_id", sa.Integer(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=True),
        sa.Column("created_at", quotetrack.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
        ),
        sa.ForeignKeyConstraint(
            ["previous_article_id"],
            ["article.id"],
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sourcedocument.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("url", "version"),
    )
    with op.batch_alter_table("articleversion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_articleversion_article_id"), ["article_id"], unique=True)
        batch_op.create_index(
            batch_op.f("ix_articleversion_previous_article_id"), ["previous_article_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_articleversion_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_articleversion_url"), ["url"], unique=False)

    op.execute(
        "INSERT INTO articleversion (article_id, url, version, previous_article_id, created_at) "
        "SELECT id, url, CASE WHEN url IS NULL THEN 1 ELSE ROW_NUMBER() OVER (PARTITION BY url ORDER BY id) END, "
        "CASE WHEN url IS NULL THEN NULL ELSE LAG(id) OVER (PARTITION BY url ORDER BY id) END, created_at "
        "FROM article"
    )


def downgrade() -> None:
    with op.batch_alter_table("articleversion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articleversion_url"))
        batch_op.drop_index(batch_op.f("ix_articleversion_source_id"))
        batch_op.drop_index(batch_op.f("ix_articleversion_previous_article_id"))
        batch_op.drop_index(batch_op.f("ix_articleversion_article_id"))

    op.drop_table("articleversion")
    with op.batch_alter_table("sourcedocument", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sourcedocument_sha256"))
        batch_op.drop_index(batch_op.f("ix_sourcedocument_location"))

    op.drop_table("sourcedocument")
