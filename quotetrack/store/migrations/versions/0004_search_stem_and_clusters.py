"""search: stemmed shadow text, corroboration clusters, full-text index over both

Revision ID: 0004
Revises: 0005
Create Date: 2026-11-28

statement.stem holds the text with every word stemmed (PySastrawi / Snowball), so queries
match across affixes while the printed text stays indexed for exact names. The full-text
index is rebuilt over both: FTS5 columns (text, stem) on SQLite; on PostgreSQL a tsvector
with the printed words at weight A ('simple') and the stems at weight B (the 'indonesian'
configuration when the server has it). statement.cluster_id groups one quote reported by
several outlets.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0005"
branch_labels = None
depends_on = None

_BATCH = 2000


def upgrade() -> None:
    _drop_old_fulltext()
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("stem", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("cluster_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_statement_cluster_id"), ["cluster_id"], unique=False)
    _backfill_stems()
    _create_fulltext()


def downgrade() -> None:
    _drop_fulltext()
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_statement_cluster_id"))
        batch_op.drop_column("cluster_id")
        batch_op.drop_column("stem")
    _create_old_fulltext()


def _backfill_stems() -> None:
    from quotetrack.text.stem import stem_text

    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT s.id, s.text, a.language FROM statement s JOIN article a ON a.id = s.article_id")
    ).all()
    update = sa.text("UPDATE statement SET stem = :stem WHERE id = :id")
    for i in range(0, len(rows), _BATCH):
        bind.execute(update, [{"id": r[0], "stem": stem_text(r[1], r[2] or "id")} for r in rows[i : i + _BATCH]])


def stem_config(bind: sa.Connection) -> str:
    """'indonesian' when the server ships that text-search configuration, else 'simple'."""
    found = bind.execute(sa.text("SELECT 1 FROM pg_ts_config WHERE cfgname = 'indonesian'")).first()
    return "indonesian" if found else "simple"


def _create_fulltext() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE statement_fts USING fts5(text, stem, content='statement', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER statement_fts_ai AFTER INSERT ON statement BEGIN "
            "INSERT INTO statement_fts(rowid, text, stem) VALUES (new.id, new.text, new.stem); END"
        )
        op.execute(
            "CREATE TRIGGER statement_fts_ad AFTER DELETE ON statement BEGIN "
            "INSERT INTO statement_fts(statement_fts, rowid, text, stem) "
            "VALUES ('delete', old.id, old.text, old.stem); END"
        )
        op.execute(
            "CREATE TRIGGER statement_fts_au AFTER UPDATE OF text, stem ON statement BEGIN "
            "INSERT INTO statement_fts(statement_fts, rowid, text, stem) "
            "VALUES ('delete', old.id, old.text, old.stem); "
            "INSERT INTO statement_fts(rowid, text, stem) VALUES (new.id, new.text, new.stem); END"
        )
        op.execute("INSERT INTO statement_fts(statement_fts) VALUES ('rebuild')")
    else:
        config = stem_config(bind)
        op.execute(
            "ALTER TABLE statement ADD COLUMN tsv tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('simple'::regconfig, text), 'A') || "
            f"setweight(to_tsvector('{config}'::regconfig, stem), 'B')) STORED"
        )
        op.execute("CREATE INDEX ix_statement_tsv ON statement USING gin (tsv)")


def _drop_fulltext() -> None:
    _drop_old_fulltext()


def _drop_old_fulltext() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("statement_fts_ai", "statement_fts_ad", "statement_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS statement_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_statement_tsv")
        op.execute("ALTER TABLE statement DROP COLUMN IF EXISTS tsv")


def _create_old_fulltext() -> None:
    """The index as 0001 made it: printed text only."""
    if op.get_bind().dialect.name == "sqlite":
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
        op.execute("INSERT INTO statement_fts(statement_fts) VALUES ('rebuild')")
    else:
        op.execute(
            "ALTER TABLE statement ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED"
        )
        op.execute("CREATE INDEX ix_statement_tsv ON statement USING gin (tsv)")
