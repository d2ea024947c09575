"""search: an index of adjacent word pairs for phrases (PostgreSQL)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04

No GIN index over tsv holds word positions, so a phrase was rechecked in every statement holding
its words: at a million statements the newest matches of "dalam dari" read 12,342 pages of
candidates in one span for 1,569 matches (31,712 buffers in all).
statement_pair keeps, for each statement, a hash of every pair of lexemes at adjacent positions of
tsv within its printed words (weight A) or within its stems (weight B): 'dalam dari'. A phrase's
statements hold all of its pairs, so the GIN index over them (`@>` of integers, exact, no recheck)
gives the phrase's statements and not every statement holding its words; the phrase itself is
still tested on each (store.match), so a pair found in the other half, or a hash that collides,
only adds a candidate. The halves share their pairs because most of a phrase's pairs are the
same in both (function words have no affixes): one posting list to read instead of two.

A table of its own, not a column of statement: adding a column rewrote the 910 MB table (or left
a dead copy of every row behind an UPDATE, with an entry in each of its thirteen indexes), and
made every row a fifth larger for searches that never read it. A trigger keeps it as tsv is kept,
from every path that writes text or stem (ingest, corrections, re-extraction, raw SQL), and the
foreign key removes a deleted statement's pairs. Existing statements are filled in batches of
BATCH ids. SQLite (FTS5 keeps positions in its index) is unchanged.
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

BATCH = 50_000

# hashtext() is what hash indexes store, so its values survive pg_upgrade. The same function
# hashes a query's pairs (store.match), so the two always agree.
PAIRS = """
CREATE FUNCTION statement_pairs(tsv tsvector) RETURNS integer[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT hashtext(t.lexeme || ' ' || t.next)), '{}')
  FROM (
    SELECT x.weight, u.lexeme, x.pos, lead(u.lexeme) OVER w AS next, lead(x.pos) OVER w AS next_pos
    FROM unnest(tsv) AS u, unnest(u.positions, u.weights) AS x(pos, weight)
    WINDOW w AS (PARTITION BY x.weight ORDER BY x.pos)
  ) t
  WHERE t.next_pos = t.pos + 1
$$
"""

WRITE = """
CREATE FUNCTION statement_pair_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO statement_pair (statement_id, pairs) VALUES (NEW.id, statement_pairs(NEW.tsv))
  ON CONFLICT (statement_id) DO UPDATE SET pairs = EXCLUDED.pairs;
  RETURN NULL;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(PAIRS)
    op.execute(
        "CREATE TABLE statement_pair (statement_id integer PRIMARY KEY "
        "REFERENCES statement (id) ON DELETE CASCADE ON UPDATE CASCADE, pairs integer[] NOT NULL)"
    )
    op.execute(WRITE)
    # Created before the backfill: a statement written meanwhile waits for this transaction.
    op.execute(
        "CREATE TRIGGER statement_pair_write AFTER INSERT OR UPDATE OF text, stem ON statement "
        "FOR EACH ROW EXECUTE FUNCTION statement_pair_write()"
    )
    bind = op.get_bind()
    top = bind.execute(sa.text("SELECT coalesce(max(id), 0) FROM statement")).scalar_one()
    fill = sa.text(
        "INSERT INTO statement_pair (statement_id, pairs) "
        "SELECT id, statement_pairs(tsv) FROM statement WHERE id > :low AND id <= :high ORDER BY id"
    )
    for low in range(0, top, BATCH):
        bind.execute(fill, {"low": low, "high": low + BATCH})
    # One sort instead of spilling, as 0017.
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    op.execute("CREATE INDEX ix_statement_pair_pairs ON statement_pair USING gin (pairs)")
    op.execute("ANALYZE statement_pair")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute("DROP TRIGGER IF EXISTS statement_pair_write ON statement")
    op.execute("DROP TABLE IF EXISTS statement_pair")
    op.execute("DROP FUNCTION IF EXISTS statement_pair_write()")
    op.execute("DROP FUNCTION IF EXISTS statement_pairs(tsvector)")
