"""PostgreSQL phrases through statement_pair (migration 0018): the same matches, in the same order,
as testing every statement holding the words; the pairs follow every write of text or stem."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from search_corpus import build  # type: ignore[import-not-found]
from sqlmodel import Session

from quotetrack.store import match
from quotetrack.store.cache import clear
from quotetrack.store.facets import facet_counts
from quotetrack.store.migrate import downgrade, upgrade
from quotetrack.store.query import parse_query
from quotetrack.store.search import search_statements

pytestmark = pytest.mark.postgres

PHRASES = [
    '"menjaga netralitas"',  # printed
    '"menjaga kenetralan"',  # by stems only: jaga netral
    '"harga beras"',
    '"harga beras dan cabai di pasar"',  # five pairs, all needed
    '"cabai di pasar"',
    '"di pasar" OR "netralitas dan"',  # alternatives: either phrase's pairs
    '"harga beras" pasar',  # a phrase and a word
    '"harga beras" -Bekasi',
    '"Harga Beras"',  # typed with capitals: printed only
    '"beras harga"',  # the words, not in this order
    '"pasar_bekasi harga"',  # a word to_tsquery splits: no pairs, same answer
]


@pytest.fixture
def pg(engine: sa.Engine) -> sa.Engine:
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: FTS5 keeps positions in its index")
    build(engine)
    return engine


def _search(engine: sa.Engine, q: str, sort: str) -> list[tuple[int, float]]:
    clear()
    with Session(engine) as session:
        result = search_statements(session=session, q=q, sort=sort, limit=50, memoise=False)  # type: ignore[arg-type]
        return [(h.statement.id, round(h.score, 6)) for h in result.hits]


@pytest.mark.parametrize("q", PHRASES)
@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_phrases_find_what_testing_every_statement_finds(
    pg: sa.Engine, q: str, sort: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    paired = _search(pg, q, sort)
    monkeypatch.setattr(match, "pg_phrase_pairs", lambda *_a, **_k: None)
    assert paired == _search(pg, q, sort)


def test_the_corpus_has_phrase_matches(pg: sa.Engine) -> None:
    # The comparisons above compare something: most phrases match.
    assert sum(bool(_search(pg, q, "relevance")) for q in PHRASES) >= 8


@pytest.mark.parametrize("q", ['"harga beras"', '"menjaga kenetralan"'])
def test_phrase_facets_count_the_same(pg: sa.Engine, q: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with Session(pg) as session:
        paired = facet_counts(session=session, parsed=parse_query(q))
        monkeypatch.setattr(match, "pg_phrase_pairs", lambda *_a, **_k: None)
        assert paired == facet_counts(session=session, parsed=parse_query(q))


def test_a_phrase_uses_the_pairs_of_its_printed_words_and_stems(pg: sa.Engine) -> None:
    with Session(pg) as session:
        found = match.pg_phrase_pairs(session, parse_query('"menjaga kenetralan"'), match.pg_stem_config(session))
    assert found is not None
    condition, params = found
    assert "p.pairs @>" in condition and " OR " in condition
    assert "menjaga kenetralan" in params.values()
    assert len(set(params.values())) == 2  # and the pair of their stems
    with Session(pg) as session:
        assert match.pg_phrase_pairs(session, parse_query("harga beras"), "simple") is None  # no phrase


def _pairs(conn: sa.Connection, sid: int) -> list[int] | None:
    return conn.execute(sa.text("SELECT pairs FROM statement_pair WHERE statement_id = :i"), {"i": sid}).scalar()


def test_pairs_follow_inserts_corrections_and_deletes(pg: sa.Engine) -> None:
    with pg.begin() as conn:
        sid = conn.execute(sa.text("SELECT min(id) FROM statement")).scalar_one()
        expected = conn.execute(
            sa.text("SELECT statement_pairs(tsv) FROM statement WHERE id = :i"), {"i": sid}
        ).scalar_one()
        assert sorted(_pairs(conn, sid) or []) == sorted(expected) and expected
        conn.execute(
            sa.text("UPDATE statement SET text = 'kalimat baru sekali', stem = 'kalimat baru sekali' WHERE id = :i"),
            {"i": sid},
        )
        updated = conn.execute(sa.text("SELECT statement_pairs(tsv) FROM statement WHERE id = :i"), {"i": sid})
        assert sorted(_pairs(conn, sid) or []) == sorted(updated.scalar_one())
        count = conn.execute(sa.text("SELECT count(*) FROM statement")).scalar_one()
        assert conn.execute(sa.text("SELECT count(*) FROM statement_pair")).scalar_one() == count
    assert _search(pg, '"baru sekali"', "relevance")[0][0] == sid
    with pg.begin() as conn:
        conn.execute(sa.text("DELETE FROM statementtopic WHERE statement_id = :i"), {"i": sid})
        conn.execute(sa.text("DELETE FROM statement WHERE id = :i"), {"i": sid})
        assert _pairs(conn, sid) is None


def test_the_migration_fills_the_pairs_of_existing_statements(pg: sa.Engine) -> None:
    before = _search(pg, '"harga beras"', "relevance")
    downgrade(pg, "0017")
    try:
        with pg.connect() as conn:
            assert conn.execute(sa.text("SELECT to_regclass('statement_pair')")).scalar() is None
        upgrade(pg)
        with pg.connect() as conn:
            missing = conn.execute(
                sa.text(
                    "SELECT count(*) FROM statement s LEFT JOIN statement_pair p ON p.statement_id = s.id "
                    "WHERE p.pairs IS DISTINCT FROM statement_pairs(s.tsv)"
                )
            ).scalar_one()
        assert missing == 0
    finally:
        upgrade(pg)
    assert _search(pg, '"harga beras"', "relevance") == before and before
