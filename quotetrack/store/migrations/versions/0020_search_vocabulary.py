"""search: the vocabulary of printed words with their statement counts, for spelling suggestions

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05

A search that finds nothing suggests the words the index holds that are closest to the ones typed
(store.suggest), preferring the words more statements print. On SQLite an fts5vocab table reads
them from FTS5's own index (column `text`, the printed words), so it is never out of date.

On PostgreSQL statement_word holds each printed word (a lexeme of tsv's weight-A half, as
ix_statement_words indexes it) with the number of statements printing it, kept by a trigger from
every write of text or stem, as statement_pair (0018) is. Counts updated in one row per word
would make every writer lock the rows of the common words ("yang", "dan" are in most statements)
until it commits: two ingests at once would wait for each other, and deadlock as soon as each
held a word the other needed next. So a word's count is split over up to SHARDS rows, and a
writing transaction first takes a shard of its own: the first of them whose advisory lock it
gets without waiting, held to its end. Only the holder of a shard writes that shard's rows, so
writers never wait for one another (unless SHARDS transactions write statements at once); a
word's count is the sum of its rows. At a million statements the trigger made inserting a
statement 0.93 ms instead of 0.77, deleting one 0.55 instead of 0.29. (A queue of changes that
each commit folded into one row per word did without shards, but every fold read the queue's
dead rows again until a vacuum: with autovacuum off an insert took 3.2 ms.)

Existing statements are counted in one pass, into shard 0 (8.3 s at a million). A TRUNCATE of
statement empties the table. SQLite's fts5vocab needs none of this.
"""

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

SHARDS = 8
# The first key of the shards' advisory locks (the second is the shard); any fixed number serves.
LOCKS = 20_020

# The printed words of a tsv: its weight-A lexemes ('simple' configuration), each once.
WORDS = "tsvector_to_array(ts_filter({}.tsv, '{{a}}'))"

COUNT = f"""
CREATE FUNCTION statement_word_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  -- This transaction's shard, once taken (set_config(..., true) lasts until the transaction ends).
  mine integer := nullif(current_setting('quotetrack.statement_word_shard', true), '')::integer;
BEGIN
  IF mine IS NULL THEN
    FOR s IN 0..{SHARDS - 1} LOOP
      IF pg_try_advisory_xact_lock({LOCKS}, s) THEN
        mine := s;
        EXIT;
      END IF;
    END LOOP;
    IF mine IS NULL THEN  -- every shard is someone's: wait for one
      mine := pg_backend_pid() % {SHARDS};
      PERFORM pg_advisory_xact_lock({LOCKS}, mine);
    END IF;
    PERFORM set_config('quotetrack.statement_word_shard', mine::text, true);
  END IF;
  INSERT INTO statement_word AS w (word, shard, statements)
  SELECT c.word, mine, sum(c.change) FROM (
    SELECT unnest({WORDS.format("NEW")}) AS word, 1 AS change WHERE TG_OP <> 'DELETE'
    UNION ALL SELECT unnest({WORDS.format("OLD")}), -1 WHERE TG_OP <> 'INSERT'
  ) c GROUP BY c.word HAVING sum(c.change) <> 0
  ON CONFLICT (word, shard) DO UPDATE SET statements = w.statements + EXCLUDED.statements;
  RETURN NULL;
END
$$
"""

CLEAR = """
CREATE FUNCTION statement_word_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE statement_word;
  RETURN NULL;
END
$$
"""

FILL = (
    "INSERT INTO statement_word (word, shard, statements) "
    f"SELECT u.word, 0, count(*) FROM statement s CROSS JOIN LATERAL unnest({WORDS.format('s')}) AS u(word) "
    "GROUP BY u.word"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE statement_fts_vocab USING fts5vocab(statement_fts, col)")
        return
    # Byte order ("C"): a word's first letter is then a range of the primary key. Room on each
    # page (fillfactor) for the updates of its counts, made in place (HOT) without vacuum.
    op.execute(
        'CREATE TABLE statement_word (word text COLLATE "C" NOT NULL, shard smallint NOT NULL, '
        "statements integer NOT NULL, PRIMARY KEY (word, shard)) WITH (fillfactor = 80)"
    )
    op.execute(COUNT)
    op.execute(CLEAR)
    # Created before the count: a statement written meanwhile waits for this transaction.
    op.execute(
        "CREATE TRIGGER statement_word_count AFTER INSERT OR DELETE OR UPDATE OF text, stem ON statement "
        "FOR EACH ROW EXECUTE FUNCTION statement_word_count()"
    )
    op.execute(
        "CREATE TRIGGER statement_word_clear AFTER TRUNCATE ON statement "
        "FOR EACH STATEMENT EXECUTE FUNCTION statement_word_clear()"
    )
    op.execute(FILL)
    op.execute("ANALYZE statement_word")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS statement_fts_vocab")
        return
    for trigger in ("statement_word_clear", "statement_word_count"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON statement")
    op.execute("DROP TABLE IF EXISTS statement_word")
    for function in ("statement_word_clear", "statement_word_count"):
        op.execute(f"DROP FUNCTION IF EXISTS {function}()")
