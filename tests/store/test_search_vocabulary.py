"""The vocabulary of printed words behind spelling suggestions (migration 0020): made and removed by
the migration on both databases; on PostgreSQL its counts follow every write, as a recount of
every statement would give them, and writers never wait for one another over them."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from search_corpus import build  # type: ignore[import-not-found]
from sqlmodel import Session

from quotetrack.store.cache import clear
from quotetrack.store.migrate import downgrade, upgrade
from quotetrack.store.suggest import nearest_words

# Every word as the trigger counted it: the sum of its shards.
COUNTED = sa.text("SELECT word, sum(statements) FROM statement_word GROUP BY word HAVING sum(statements) <> 0")
RECOUNTED = sa.text(
    "SELECT u.word, count(*) FROM statement s "
    "CROSS JOIN LATERAL unnest(tsvector_to_array(ts_filter(s.tsv, '{a}'))) AS u(word) GROUP BY u.word"
)
INSERT = sa.text(
    'INSERT INTO statement (kind, text, stem, start, "end", paragraph, confidence, status, article_id, '
    "created_at, updated_at) SELECT 'direct', :text, :text, 0, 1, 0, 0.9, 'published', min(id), now(), now() "
    "FROM article RETURNING id"
)


@pytest.fixture
def pg(engine: sa.Engine) -> sa.Engine:
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: SQLite's vocabulary is FTS5's own index")
    build(engine)
    return engine


def _counted(conn: sa.Connection) -> dict[str, int]:
    return {word: int(n) for word, n in conn.execute(COUNTED)}


def _recounted(conn: sa.Connection) -> dict[str, int]:
    return {word: int(n) for word, n in conn.execute(RECOUNTED)}


def _exists(engine: sa.Engine, table: str) -> bool:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            sql = "SELECT count(*) FROM sqlite_master WHERE name = :t"
            return bool(conn.execute(sa.text(sql), {"t": table}).scalar())
        return conn.execute(sa.text("SELECT to_regclass(:t)"), {"t": table}).scalar() is not None


def test_the_migration_makes_the_vocabulary_of_existing_statements_and_takes_it_away(engine: sa.Engine) -> None:
    build(engine)
    table = "statement_fts_vocab" if engine.dialect.name == "sqlite" else "statement_word"
    assert _exists(engine, table)
    downgrade(engine, "0019")
    try:
        assert not _exists(engine, table)
        if engine.dialect.name == "postgresql":
            with engine.connect() as conn:
                functions = conn.execute(sa.text("SELECT count(*) FROM pg_proc WHERE proname LIKE 'statement_word%'"))
                assert functions.scalar() == 0
    finally:
        upgrade(engine)
    assert _exists(engine, table)
    clear()
    with Session(engine) as session:
        assert nearest_words(session=session, words=["netralitsa"]) == {"netralitsa": ["netralitas"]}
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            assert _counted(conn) == _recounted(conn) and _counted(conn)


def test_counts_follow_inserts_edits_deletions_and_rollbacks(pg: sa.Engine) -> None:
    with pg.begin() as conn:
        assert _counted(conn) == _recounted(conn)
        new = conn.execute(INSERT, {"text": "Netralitas netralitas ASN dijaga"}).scalar_one()
        conn.execute(sa.text("UPDATE statement SET text = 'Stok beras aman' WHERE id = :i"), {"i": new})
        conn.execute(sa.text("UPDATE statement SET text = text || ' selalu' WHERE kind = 'direct'"))
        conn.execute(sa.text("UPDATE statement SET status = 'hidden' WHERE id = :i"), {"i": new})  # words unchanged
        assert _counted(conn) == _recounted(conn)
    with pg.connect() as conn:
        conn.execute(sa.text("DELETE FROM statementtopic"))
        conn.execute(sa.text("DELETE FROM statement WHERE kind = 'indirect'"))
        conn.execute(INSERT, {"text": "Kalimat sementara"})
        conn.rollback()
    with pg.begin() as conn:
        conn.execute(sa.text("DELETE FROM statementtopic"))
        conn.execute(sa.text("DELETE FROM statement WHERE kind = 'indirect'"))
    with pg.connect() as conn:
        counted = _counted(conn)
        assert counted == _recounted(conn)
        assert counted["selalu"] > 1 and "sementara" not in counted


def test_truncating_statements_empties_the_vocabulary(pg: sa.Engine) -> None:
    with pg.begin() as conn:
        conn.execute(sa.text("TRUNCATE statement CASCADE"))
    with pg.connect() as conn:
        assert _counted(conn) == {}


def test_writers_of_the_same_words_never_wait_for_each_other(pg: sa.Engine) -> None:
    # Counts in one row per word would make the second writer wait until the first commits
    # (here it would fail on the lock timeout instead); two writers each holding a word the
    # other needs next would deadlock. Each writes the rows of a shard of its own.
    first, second = pg.connect(), pg.connect()
    try:
        first.begin()
        first.execute(INSERT, {"text": "Netralitas ASN dijaga sampai pilkada"})
        second.begin()
        second.execute(sa.text("SET LOCAL lock_timeout = '2s'"))
        second.execute(INSERT, {"text": "Netralitas ASN dijaga selama pilkada serentak"})
        second.execute(INSERT, {"text": "Netralitas ASN dijaga terus"})
        second.commit()
        with pg.connect() as reader:
            # The first writer's statement is not committed: not counted yet; the second's are.
            assert _counted(reader) == _recounted(reader)
        first.execute(INSERT, {"text": "Netralitas ASN dijaga terus"})
        first.commit()
    finally:
        first.close()
        second.close()
    with pg.connect() as conn:
        assert _counted(conn) == _recounted(conn)
        assert _counted(conn)["netralitas"] == 6
        shards = conn.execute(sa.text("SELECT shard, statements FROM statement_word WHERE word = 'serentak'")).all()
        assert len(shards) == 1 and shards[0][0] != 0  # not the first writer's shard


def test_a_transaction_keeps_its_shard(pg: sa.Engine) -> None:
    with pg.begin() as conn:
        for text in ("Kata satu baru", "Kata dua baru", "Kata tiga baru"):
            conn.execute(INSERT, {"text": text})
        conn.execute(sa.text("DELETE FROM statementtopic"))
        conn.execute(sa.text("DELETE FROM statement WHERE text = 'Kata dua baru'"))
    with pg.connect() as conn:
        rows = conn.execute(sa.text("SELECT shard, statements FROM statement_word WHERE word = 'baru'")).all()
        assert rows == [(0, 2)]
