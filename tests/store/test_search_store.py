"""search_statements on SQLite and PostgreSQL: stems, names, filters, facets, sort and cursors."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import sqlalchemy as sa
from search_corpus import ROWS, Row, build  # type: ignore[import-not-found]
from sqlmodel import Session

from quotetrack.errors import QueryError
from quotetrack.models import Statement
from quotetrack.pipeline import ingest_paths
from quotetrack.store.filters import StatementFilter
from quotetrack.store.search import search_statements
from tests.conftest import SEEDS


@pytest.fixture
def corpus(engine: sa.Engine) -> tuple[sa.Engine, dict[str, int]]:
    return engine, build(engine)


def _texts(engine: sa.Engine, q: str, **kw) -> list[str]:
    with Session(engine) as session:
        return [s.text for s in search_statements(session=session, q=q, limit=50, **kw).items]


@pytest.mark.parametrize(
    ("q", "must_find", "must_miss"),
    [
        # netral / netralitas / kenetralan meet through the stem column.
        ("netralitas", ["Seluruh ASN wajib menjaga netralitas", "kenetralan aparatur", "tidak netral"], ["beras"]),
        ("kenetralan", ["Seluruh ASN wajib menjaga netralitas", "kenetralan aparatur"], ["Barang bekas"]),
        ("menjaga", ["Seluruh ASN", "Warga Pemalang"], []),
        ("dijaga", ["Seluruh ASN", "kenetralan aparatur"], []),
        ("PILKADA", ["Seluruh ASN wajib"], []),
        # Names typed with a capital match as printed: Bekasi is not "bekas", Pemalang not "malang".
        ("Bekasi", ["pasar Bekasi"], ["Barang bekas"]),
        ("Pemalang", ["Warga Pemalang"], ["Seluruh ASN"]),
        # English statements match by their English stems.
        ("election", ["regional elections"], []),
        ('"netralitas ASN"', ["Netralitas ASN adalah"], ["Seluruh ASN wajib"]),
        ('"menjaga netralitas"', ["Seluruh ASN wajib menjaga netralitas"], ["Netralitas ASN adalah"]),
        ("netral* -pilkada", ["tidak netral", "stay neutral"][:1], ["Seluruh ASN wajib"]),
        ("beras OR Bawaslu", ["Harga beras", "ke Bawaslu"], ["Seluruh ASN"]),
        ("kapalselam", [], ["Seluruh ASN"]),
    ],
)
def test_words_match_across_affixes_and_names_stay_exact(
    corpus: tuple[sa.Engine, dict[str, int]], q: str, must_find: list[str], must_miss: list[str]
) -> None:
    texts = _texts(corpus[0], q)
    for fragment in must_find:
        assert any(fragment in t for t in texts), (q, fragment, texts)
    for fragment in must_miss:
        assert not any(fragment in t for t in texts), (q, fragment, texts)


def test_the_printed_word_ranks_above_a_match_by_stem(corpus: tuple[sa.Engine, dict[str, int]]) -> None:
    texts = _texts(corpus[0], "netralitas")
    assert "netralitas" in texts[0].casefold()


def test_matches_are_highlighted_including_inflected_forms(corpus: tuple[sa.Engine, dict[str, int]]) -> None:
    with Session(corpus[0]) as session:
        result = search_statements(session=session, q="netralitas", limit=50)
    hit = next(h for h in result.hits if "kenetralan" in h.statement.text)
    assert hit.matched_words == ["kenetralan"]
    ((start, end),) = hit.highlights
    assert hit.statement.text[start:end] == "kenetralan"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (lambda ids: StatementFilter(official_id=ids["Ahmad Fauzi"]), {"Seluruh ASN"}),
        (lambda ids: StatementFilter(role="Wali Kota"), {"Kami minta", "Netralitas ASN"}),
        (lambda ids: StatementFilter(region="Kabupaten Pemalang"), {"Seluruh ASN"}),
        (lambda ids: StatementFilter(province="Jawa Barat"), {"Kami minta", "Netralitas ASN", "Pegawai yang"}),
        (lambda ids: StatementFilter(kind="indirect"), {"Kami minta"}),
        (lambda ids: StatementFilter(outlet="Kabar Pantura"), {"Seluruh ASN", "Netralitas ASN"}),
        (
            lambda ids: StatementFilter(language="id", date_from=dt.date(2024, 9, 1)),
            {"Seluruh ASN", "Kami minta", "Pegawai yang"},
        ),
        (lambda ids: StatementFilter(date_to=dt.date(2024, 8, 31)), {"Netralitas ASN"}),
        (
            lambda ids: StatementFilter(topic="asn-neutrality", kind="direct"),
            {"Seluruh ASN", "Pegawai yang", "Netralitas ASN"},
        ),
    ],
)
def test_filters_narrow_the_results(corpus: tuple[sa.Engine, dict[str, int]], filters, expected: set[str]) -> None:
    engine, ids = corpus
    texts = _texts(engine, "netral OR netralitas", filters=filters(ids))
    assert {
        next(e for e in expected if t.startswith(e)) for t in texts if any(t.startswith(e) for e in expected)
    } == expected
    assert len(texts) == len(expected), texts


def test_facets_count_every_dimension(corpus: tuple[sa.Engine, dict[str, int]]) -> None:
    engine, ids = corpus
    with Session(engine) as session:
        result = search_statements(session=session, q="netralitas", facets=True)
    facets = {name: {v.label: v.count for v in values} for name, values in result.facets.items()}
    assert facets["official"] == {"Ahmad Fauzi": 1, "Sri Wahyuni": 2, "Budi Santoso": 1}
    assert facets["role"] == {"Bupati": 1, "Wali Kota": 2, "Gubernur": 1}
    assert facets["province"] == {"Jawa Tengah": 1, "Jawa Barat": 3}
    assert facets["outlet"] == {"Kabar Pantura": 2, "Warta Bekasi": 1, "Harian Priangan": 1}
    assert facets["kind"] == {"direct": 3, "indirect": 1}
    assert facets["language"] == {"id": 4}
    assert facets["topic"]["asn-neutrality"] == 4
    assert next(v for v in result.facets["official"] if v.label == "Sri Wahyuni").value == str(ids["Sri Wahyuni"])
    assert result.facets_sampled is False


def test_sort_by_date_is_newest_first(corpus: tuple[sa.Engine, dict[str, int]]) -> None:
    with Session(corpus[0]) as session:
        items = search_statements(session=session, q="netral OR netralitas OR neutral", sort="date").items
    dates = [s.date for s in items]
    assert dates == sorted(dates, reverse=True) and len(dates) == 5


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_cursor_pages_cover_every_match_once_even_when_rows_arrive(
    corpus: tuple[sa.Engine, dict[str, int]], sort: str
) -> None:
    engine, _ = corpus
    q = "netral OR netralitas OR menjaga OR harga OR neutral"
    with Session(engine) as session:
        everything = [s.id for s in search_statements(session=session, q=q, sort=sort, limit=50).items]
        seen: list[int] = []
        page = search_statements(session=session, q=q, sort=sort, limit=2)
        seen += [s.id for s in page.items]
        if sort == "date" or engine.dialect.name != "sqlite":  # bm25 moves with corpus statistics
            # A new matching statement stored between pages must not shift the next page.
            newer = Statement(
                article_id=1, kind="direct", text="harga cabai netral", start=0, end=5, date=dt.date(2030, 1, 1)
            )
            session.add(newer)
            session.commit()
        while page.next_cursor:
            page = search_statements(session=session, q=q, sort=sort, limit=2, cursor=page.next_cursor)
            seen += [s.id for s in page.items]
    assert len(seen) == len(set(seen))
    assert set(everything) == set(seen)
    assert len(everything) == 7


def test_a_cursor_is_tied_to_its_search(corpus: tuple[sa.Engine, dict[str, int]]) -> None:
    with Session(corpus[0]) as session:
        first = search_statements(session=session, q="netralitas", limit=1)
        assert first.next_cursor
        with pytest.raises(QueryError, match="another search"):
            search_statements(session=session, q="beras", cursor=first.next_cursor)
        with pytest.raises(QueryError, match="invalid cursor"):
            search_statements(session=session, q="netralitas", cursor="not-a-cursor")
        for json_not_an_object in ("MA", "WzEsMl0", "Ingi"):  # 0, [1,2], "x" in base64
            with pytest.raises(QueryError, match="invalid cursor"):
                search_statements(session=session, q="netralitas", cursor=json_not_an_object)
        with pytest.raises(QueryError, match="sort must be"):
            search_statements(session=session, q="netralitas", sort="random")  # type: ignore[arg-type]


def test_hidden_statements_are_not_found(corpus: tuple[sa.Engine, dict[str, int]]) -> None:
    engine, _ = corpus
    with Session(engine) as session:
        row = session.get(Statement, 1)
        assert row is not None and row.text == ROWS[0].text
        row.status = "hidden"
        session.commit()
    assert not any(t == ROWS[0].text for t in _texts(engine, "netralitas"))


def test_an_edited_text_is_restemmed_and_reindexed(corpus: tuple[sa.Engine, dict[str, int]]) -> None:
    engine, _ = corpus
    with Session(engine) as session:
        row = session.get(Statement, 6)
        assert row is not None
        row.text = "Pembangunan jembatan dipercepat"
        session.commit()
        assert session.get(Statement, 6).stem == "bangun jembatan cepat"
    assert _texts(engine, "membangun") == ["Pembangunan jembatan dipercepat"]
    assert _texts(engine, "lelang") == []


def test_postgres_indexes_stems_with_its_indonesian_configuration(corpus: tuple[sa.Engine, dict[str, int]]) -> None:
    engine, _ = corpus
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only")
    from quotetrack.store.search import pg_stem_config

    with Session(engine) as session:
        shipped = session.execute(sa.text("SELECT 1 FROM pg_ts_config WHERE cfgname = 'indonesian'")).first()
        expression = session.execute(
            sa.text(
                "SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_attribute a "
                "ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE a.attname = 'tsv'"
            )
        ).scalar_one()
        assert pg_stem_config(session) == ("indonesian" if shipped else "simple")
    assert ("'indonesian'" if shipped else "'simple'") in expression and "stem" in expression


def test_relevance_ranks_the_newest_window_when_matches_are_many(
    corpus: tuple[sa.Engine, dict[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotetrack.store import search

    monkeypatch.setattr(search, "RANK_WINDOW", 3)
    q = "netral OR netralitas OR menjaga OR harga OR neutral"  # 7 matches
    with Session(corpus[0]) as session:
        first = search_statements(session=session, q=q, limit=2)
        assert first.total == 7 and first.ranked_newest == 3
        seen = [s.id for s in first.items]
        page = first
        while page.next_cursor:
            page = search_statements(session=session, q=q, limit=2, cursor=page.next_cursor)
            seen += [s.id for s in page.items]
        newest = sorted(
            (s.id for s in search_statements(session=session, q=q, sort="date", limit=50).items), reverse=True
        )[:3]
        assert sorted(seen) == sorted(newest)
        assert search_statements(session=session, q="Bekasi").ranked_newest is None


def test_one_officials_words_by_date(corpus: tuple[sa.Engine, dict[str, int]]) -> None:
    engine, ids = corpus
    flt = StatementFilter(official_id=ids["Sri Wahyuni"])
    by_date = _texts(engine, "netralitas OR harga", filters=flt, sort="date")
    assert by_date == [
        "Kami minta kenetralan aparatur dijaga sampai pemungutan suara",
        "Netralitas ASN adalah harga mati",
        "Harga beras dan cabai di pasar Bekasi naik menjelang lebaran",
    ]
    assert sorted(by_date) == sorted(_texts(engine, "netralitas OR harga", filters=flt))


@pytest.mark.parametrize("first_span", [1, 3, 1_000])
def test_postgres_finds_the_newest_matches_span_by_span(
    corpus: tuple[sa.Engine, dict[str, int]], monkeypatch: pytest.MonkeyPatch, first_span: int
) -> None:
    engine, _ = corpus
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: SQLite's FTS5 walks its index newest first")
    from quotetrack.store import cache, match, search

    monkeypatch.setattr(match, "FIRST_SPAN", first_span)
    cache.clear()
    q = "netral OR netralitas OR menjaga OR harga OR neutral"  # 7 matches among 8 statements
    with Session(engine) as session:
        by_date = [s.id for s in search_statements(session=session, q=q, sort="date", limit=50).items]
        ranked = search_statements(session=session, q=q, limit=50)
        assert ranked.total == 7 and sorted(s.id for s in ranked.items) == sorted(by_date)
        monkeypatch.setattr(search, "COUNT_CAP", 4)
        monkeypatch.setattr(search, "RANK_WINDOW", 3)
        cache.clear()
        capped = search_statements(session=session, q=q, limit=50)
        assert capped.total == 4 and capped.total_is_lower_bound
        assert {s.id for s in capped.items} == set(sorted(by_date, reverse=True)[:3])


def test_postgres_plans_each_search_for_its_own_words(engine: sa.Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only")
    from quotetrack.store.db import make_engine

    fresh = make_engine(engine.url.render_as_string(hide_password=False))
    try:
        with fresh.connect() as conn:
            conn.rollback()  # a setting made in a rolled-back transaction would be gone
            assert conn.execute(sa.text("SHOW plan_cache_mode")).scalar_one() == "force_custom_plan"
            assert conn.execute(sa.text("SHOW jit")).scalar_one() == "off"
    finally:
        fresh.dispose()


def test_statistics_are_refreshed_after_a_bulk_load(corpus: tuple[sa.Engine, dict[str, int]]) -> None:
    engine, _ = corpus
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: SQLite's searches do not depend on statistics")
    from quotetrack.store.db import refresh_statistics

    def estimated_rows() -> float:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT reltuples FROM pg_class WHERE relname = 'statement'")).scalar_one()

    assert estimated_rows() != len(ROWS)  # too few rows for autovacuum to have analysed them
    refresh_statistics(engine)
    assert estimated_rows() == len(ROWS)


def test_a_regency_is_offered_under_its_province_never_as_one(engine: sa.Engine) -> None:
    # The seed files its Pj. Bupati under Kabupaten Subang; without an imported region table the
    # built-in list of regencies gives the province above it, and the regency is no province.
    ingest_paths([SEEDS], engine=engine, max_bytes=10_000_000)
    with Session(engine) as session:
        result = search_statements(session=session, q="pilkada", facets=True)
    facets = {name: {v.label for v in values} for name, values in result.facets.items()}
    assert facets["region"] == {"Kabupaten Subang"}
    assert facets["province"] == {"Jawa Barat"}


# Every form the query language has: words found by stem, names as printed, prefixes, phrases
# (printed and stemmed), OR, exclusion, and words no statement holds.
_EVERY_FORM = [
    "netralitas",
    "kenetralan",
    "menjaga",
    "Pemalang",
    "Bekasi netral",
    "netral*",
    '"netralitas ASN"',
    '"menjaga netralitas"',
    '"jaga netral"',
    "beras OR Bawaslu",
    "netral* -pilkada",
    "pilkada NOT Pemalang",
    "election",
    "kapalselam",
]


@pytest.mark.parametrize("q", _EVERY_FORM)
def test_postgres_index_conditions_match_what_the_weighted_query_matches(
    corpus: tuple[sa.Engine, dict[str, int]], q: str
) -> None:
    # Migration 0017 indexes the two weighted halves of tsv apart; to_pg_match must find
    # exactly the statements the weighted tsquery over tsv finds (printed words at A, stems at B).
    engine, _ = corpus
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only")
    from quotetrack.store.match import pg_stem_config
    from quotetrack.store.query import parse_query, to_pg_match, to_pg_query

    parsed = parse_query(q)
    with Session(engine) as session:
        config = pg_stem_config(session)
        weighted, unweighted = to_pg_query(parsed, stem_config=config), to_pg_match(parsed, stem_config=config)
        by_weight = session.execute(
            sa.text(f"SELECT id FROM statement s WHERE s.tsv @@ {weighted.sql} ORDER BY id"), weighted.params
        ).all()
        by_halves = session.execute(
            sa.text(f"SELECT id FROM statement s WHERE {unweighted.sql} ORDER BY id"), unweighted.params
        ).all()
    assert by_halves == by_weight


def test_postgres_words_are_found_by_the_unweighted_indexes(corpus: tuple[sa.Engine, dict[str, int]]) -> None:
    engine, _ = corpus
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only")
    from quotetrack.store.match import pg_stem_config
    from quotetrack.store.query import parse_query, to_pg_match

    with Session(engine) as session:
        found = to_pg_match(parse_query("kenetralan"), stem_config=pg_stem_config(session))
        session.execute(sa.text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(
            row[0]
            for row in session.execute(
                sa.text(f"EXPLAIN SELECT count(*) FROM statement s WHERE {found.sql}"), found.params
            )
        )
    assert "ix_statement_words" in plan and "ix_statement_stems" in plan, plan


@pytest.mark.parametrize("first_span", [1, 3, 1_000])
def test_postgres_facets_count_the_newest_matches_span_by_span(
    corpus: tuple[sa.Engine, dict[str, int]], monkeypatch: pytest.MonkeyPatch, first_span: int
) -> None:
    engine, _ = corpus
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: SQLite counts the newest matches in one query")
    from quotetrack.store import facets, match
    from quotetrack.store.query import parse_query

    monkeypatch.setattr(match, "FIRST_SPAN", first_span)
    q = "netral OR netralitas OR menjaga OR harga OR neutral"  # 7 matches among 8 statements
    with Session(engine) as session:
        # Counted over FACET_CAP + 1 matches: one more than the cap says that there were more.
        newest = sorted(s.id for s in search_statements(session=session, q=q, sort="date", limit=50).items)[-4:]
        monkeypatch.setattr(facets, "FACET_CAP", 3)
        counts, sampled = facets.facet_counts(session=session, parsed=parse_query(q))
        kinds = session.execute(
            sa.text("SELECT kind, count(*) FROM statement WHERE id = ANY(:ids) GROUP BY kind"), {"ids": newest}
        ).all()
    assert sampled
    assert {v.label: v.count for v in counts["kind"]} == dict(kinds)


def test_postgres_statistics_tell_common_words_without_counting(
    corpus: tuple[sa.Engine, dict[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Claim matching skips counting the printed words that the planner's statistics put in
    # many statements; with statistics that are right, the candidates are those counting gives.
    engine, _ = corpus
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only")
    from quotetrack.store import search
    from quotetrack.store.claims import claim_query
    from quotetrack.store.db import refresh_statistics
    from quotetrack.store.match import pg_common_words

    refresh_statistics(engine)
    claim = claim_query("Seluruh ASN wajib menjaga netralitas dan harga beras di pasar Bekasi")
    assert claim is not None
    with Session(engine) as session:
        printed = {
            w: session.execute(
                sa.text("SELECT count(*) FROM statement s WHERE ts_filter(s.tsv, '{a}') @@ to_tsquery('simple', :w)"),
                {"w": w},
            ).scalar_one()
            for w in claim.words
        }
        common = pg_common_words(session, claim.words, at_least=2)
        assert common and common <= {w for w, n in printed.items() if n >= 2}
        assert pg_common_words(session, claim.words, at_least=len(ROWS) + 1) == set()
        monkeypatch.setattr(search, "COMMON_CAP", 1)  # words in 2 statements or more are common
        with_statistics = search.candidate_ids(session=session, parsed=claim, limit=5)
        monkeypatch.setattr(search, "pg_common_words", lambda *_a, **_k: set())
        monkeypatch.setattr(search, "pg_common_stems", lambda *_a, **_k: set())
        counted = search.candidate_ids(session=session, parsed=claim, limit=5)
    assert with_statistics == counted


def test_postgres_statistics_tell_common_stems_without_counting(corpus: tuple[sa.Engine, dict[str, int]]) -> None:
    # A stem the statistics of the stems' index put in many statements is common whatever the
    # word it was typed as; one they do not list, or put in fewer statements, is counted.
    engine, _ = corpus
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only")
    from quotetrack.store.db import refresh_statistics
    from quotetrack.store.match import pg_common_stems, pg_stem_config

    refresh_statistics(engine)
    with Session(engine) as session:
        config = pg_stem_config(session)
        stems = ["jaga", "netral", "harga", "beras", "pasar", "zzzyx"]
        counted = {
            s: session.execute(
                sa.text(
                    "SELECT count(*) FROM statement s "
                    "WHERE ts_filter(s.tsv, '{b}') @@ to_tsquery(CAST(:c AS regconfig), :s)"
                ),
                {"c": config, "s": s},
            ).scalar_one()
            for s in stems
        }
        common = pg_common_stems(session, stems, at_least=2)
        assert common and common <= {s for s, n in counted.items() if n >= 2}
        assert pg_common_stems(session, stems, at_least=len(ROWS) + 1) == set()


def test_postgres_several_words_are_intersected_in_one_index_scan(corpus: tuple[sa.Engine, dict[str, int]]) -> None:
    # One word (or phrase, or alternatives) by the unweighted halves of tsv; words that must all
    # be present by tsv's own index, which intersects them before reading any row.
    engine, _ = corpus
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only")
    from quotetrack.store.match import match_sql
    from quotetrack.store.query import parse_query

    with Session(engine) as session:
        assert match_sql(session, parse_query("netral OR pilkada")).where.startswith("(((ts_filter(s.tsv, '{a}')")
        assert match_sql(session, parse_query('"menjaga netralitas" -Bekasi')).where.startswith("((ts_filter(")
        assert match_sql(session, parse_query("netral pilkada"), scored=False).where == "s.tsv @@ m.tsq"
    assert _texts(engine, "netralitas pilkada") == ["Seluruh ASN wajib menjaga netralitas selama pilkada berlangsung"]


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_a_page_reads_its_statements_with_their_stems_in_one_statement(
    corpus: tuple[sa.Engine, dict[str, int]], sort: str
) -> None:
    # Highlighting reads each hit's stem column: it comes with the hit's row. A relevance page on
    # PostgreSQL asked for the stems apart, a round trip of its own (0.5 ms at a million statements).
    engine, _ = corpus
    sent: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        sent.append(statement)

    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        with Session(engine) as session:
            result = search_statements(session=session, q="netralitas", sort=sort, limit=50, memoise=False)
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)
    hit = next(h for h in result.hits if "kenetralan" in h.statement.text)
    assert hit.matched_words == ["kenetralan"]  # by its stem: netral
    by_ids = [sql for sql in sent if re.search(r"WHERE (statement\.)?id IN", sql)]
    assert len(by_ids) == 1, by_ids


def test_a_word_and_its_number_match_written_together_or_apart(engine: sa.Engine) -> None:
    rows = [
        Row(
            "Kasus Covid19 di kota ini terus bertambah setiap hari", "Ahmad Fauzi", "Kabar Pantura", dt.date(2024, 9, 2)
        ),
        Row("Pasien COVID-19 yang sembuh sudah pulang ke rumah", "Sri Wahyuni", "Warta Bekasi", dt.date(2024, 9, 3)),
        Row("Pertemuan G20 di Bali berjalan lancar dan aman", "Budi Santoso", "Harian Priangan", dt.date(2024, 9, 4)),
        Row("Delegasi G-20 tiba di bandara pagi ini", "Budi Santoso", "Harian Priangan", dt.date(2024, 9, 5)),
    ]
    build(engine, rows)
    both_covid = {rows[0].text, rows[1].text}
    for q in ("covid19", "Covid19", "COVID-19", "covid-19"):
        assert set(_texts(engine, q)) == both_covid, q
    assert set(_texts(engine, "G20")) == set(_texts(engine, "G-20")) == {rows[2].text, rows[3].text}
    assert _texts(engine, "bertambah -covid19") == []
