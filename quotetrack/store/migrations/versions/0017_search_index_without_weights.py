"""search: GIN indexes over the unweighted halves of tsv

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04

PostgreSQL rechecks in the table every candidate the GIN index gives for a tsquery that names a
weight, and tsv (0004) tells printed words from stems only by weight (A, B): every match a
search counted, faceted or ranked was a row read from the table, 3 to 4 µs each at a million
statements (a table eight times the size of a default server's buffers). The printed words and
the stems are now indexed apart, without weights, as ts_filter(tsv, '{a}') and
ts_filter(tsv, '{b}'): a word's matches come from the index alone, and only phrases (positions
are not in the index) are rechecked. ix_statement_tsv stays: a search of several words that
must all be present intersects their entries in one scan of it (store.match), and tools query
tsv as a whole (bench/bare_app.py). SQLite (FTS5) is unchanged.
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_statement_words": "ts_filter(tsv, '{a}')",
    "ix_statement_stems": "ts_filter(tsv, '{b}')",
}


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    # Builds in a single sort each instead of spilling: 30 s at a million statements.
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    for name, expression in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON statement USING gin (({expression}))")
    # The planner estimates how common a word is from statistics on each indexed expression.
    op.execute("ANALYZE statement")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
