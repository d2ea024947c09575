"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28

Tables for articles, statements, officials (Popolo persons, memberships, areas) and topics,
plus the full-text index over statement text: FTS5 on SQLite, a tsvector column on PostgreSQL.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import quotetrack.models

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "area",
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("level", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["area.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("area", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_area_code"), ["code"], unique=True)
        batch_op.create_index(batch_op.f("ix_area_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_area_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "article",
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
        sa.Column("outlet", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
        sa.Column("author", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
        sa.Column("place", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("source_path", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
        sa.Column("retrieved_at", quotetrack.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_at", quotetrack.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_published"), ["published"], unique=False)
        batch_op.create_index(batch_op.f("ix_article_sha256"), ["sha256"], unique=True)

    op.create_table(
        "official",
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("sort_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("honorific_prefix", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("honorific_suffix", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("created_at", quotetrack.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", quotetrack.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["merged_into_id"],
            ["official.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("official", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_official_merged_into_id"), ["merged_into_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_official_name"), ["name"], unique=False)

    op.create_table(
        "topic",
        sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("label_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("label_en", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["topic.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("topic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_topic_slug"), ["slug"], unique=True)

    op.create_table(
        "membership",
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("organization", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("appointment", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("official_id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["area.id"],
        ),
        sa.ForeignKeyConstraint(
            ["official_id"],
            ["official.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_area_id"), ["area_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_membership_official_id"), ["official_id"], unique=False)

    op.create_table(
        "officialalias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("official_id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["official_id"],
            ["official.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("official_id", "name"),
    )
    with op.batch_alter_table("officialalias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_officialalias_key"), ["key"], unique=False)
        batch_op.create_index(batch_op.f("ix_officialalias_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_officialalias_official_id"), ["official_id"], unique=False)

    op.create_table(
        "statement",
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("paragraph", sa.Integer(), nullable=False),
        sa.Column("cue", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("speaker_mention", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("region", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("official_id", sa.Integer(), nullable=True),
        sa.Column("membership_id", sa.Integer(), nullable=True),
        sa.Column("created_at", quotetrack.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", quotetrack.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
        ),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["membership.id"],
        ),
        sa.ForeignKeyConstraint(
            ["official_id"],
            ["official.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_statement_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_statement_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_statement_official_id"), ["official_id"], unique=False)

    op.create_table(
        "statementtopic",
        sa.Column("statement_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["statement.id"],
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topic.id"],
        ),
        sa.PrimaryKeyConstraint("statement_id", "topic_id"),
    )
    with op.batch_alter_table("statementtopic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_statementtopic_topic_id"), ["topic_id"], unique=False)

    _create_fulltext()


def downgrade() -> None:
    _drop_fulltext()
    with op.batch_alter_table("statementtopic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_statementtopic_topic_id"))

    op.drop_table("statementtopic")
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_statement_official_id"))
        batch_op.drop_index(batch_op.f("ix_statement_date"))
        batch_op.drop_index(batch_op.f("ix_statement_article_id"))

    op.drop_table("statement")
    with op.batch_alter_table("officialalias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_officialalias_official_id"))
        batch_op.drop_index(batch_op.f("ix_officialalias_name"))
        batch_op.drop_index(batch_op.f("ix_officialalias_key"))

    op.drop_table("officialalias")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_official_id"))
        batch_op.drop_index(batch_op.f("ix_membership_area_id"))

    op.drop_table("membership")
    with op.batch_alter_table("topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_topic_slug"))

    op.drop_table("topic")
    with op.batch_alter_table("official", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_official_name"))
        batch_op.drop_index(batch_op.f("ix_official_merged_into_id"))

    op.drop_table("official")
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_sha256"))
        batch_op.drop_index(batch_op.f("ix_article_published"))

    op.drop_table("article")
    with op.batch_alter_table("area", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_area_parent_id"))
        batch_op.drop_index(batch_op.f("ix_area_name"))
        batch_op.drop_index(batch_op.f("ix_area_code"))

    op.drop_table("area")


def _create_fulltext() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # External-content FTS5 table kept in step with statement by triggers.
        op.execute(
            "CREATE VIRTUAL TABLE statement_fts USING fts5(text, content='statement', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER statement_fts_ai AFTER INSERT ON statement BEGIN "
            "INSERT INTO statement_fts(rowid, text) VALUES (new.id, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER statement_fts_ad AFTER DELETE ON statement BEGIN "
            "INSERT INTO statement_fts(statement_fts, rowid, text) VALUES ('delete', old.id, old.text); END"
        )
        op.execute(
            "CREATE TRIGGER statement_fts_au AFTER UPDATE OF text ON statement BEGIN "
            "INSERT INTO statement_fts(statement_fts, rowid, text) VALUES ('delete', old.id, old.text); "
            "INSERT INTO statement_fts(rowid, text) VALUES (new.id, new.text); END"
        )
    else:
        op.execute(
            "ALTER TABLE statement ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED"
        )
        op.execute("CREATE INDEX ix_statement_tsv ON statement USING gin (tsv)")


def _drop_fulltext() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("statement_fts_ai", "statement_fts_ad", "statement_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS statement_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_statement_tsv")
        op.execute("ALTER TABLE statement DROP COLUMN IF EXISTS tsv")
