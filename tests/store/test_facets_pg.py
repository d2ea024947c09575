"""Facet counts on PostgreSQL: the newest matches counted where they are read, in one statement
when the first span holds them, and the same counts as SQLite's single query whichever span
holds them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
from search_corpus import PEOPLE, Row, build  # type: ignore[import-not-found]
from sqlmodel import Session

from quotetrack.store import facets, match
from quotetrack.store.filters import StatementFilter
from quotetrack.store.query import parse_query

pytestmark = pytest.mark.postgres

OUTLETS = ["Kabar Pantura", "Warta Bekasi", "Harian Priangan"]
TEXTS = [
    "Harga beras naik lagi di pasar pekan ini",
    "Pemerintah menjaga harga cabai di pasar tetap stabil",
    "Kenaikan harga beras membebani warga",
    "Pasar murah digelar untuk menekan harga",
]
SPEAKERS = list(PEOPLE)
ROWS = [
    Row(
        TEXTS[i % len(TEXTS)] + (" menjelang lebaran" if i % 9 == 0 else ""),
        SPEAKERS[i % len(SPEAKERS)],
        OUTLETS[(i // 2) % len(OUTLETS)],
        dt.date(2024, 1, 1) + dt.timedelta(days=i),
        kind="indirect" if i % 5 == 0 else "direct",
        language="en" if i % 7 == 0 else "id",
    )
    for i in range(40)
]
QUERIES = ["harga", "beras", "harga pasar", "cabai OR beras", "harga -beras", '"harga beras"', "lebaran"]
# Few enough that every query but the rarest is counted over a sample of its newest matches.
CAP = 6


@pytest.fixture
def pg(engine: sa.Engine, monkeypatch: pytest.MonkeyPatch) -> sa.Engine:
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: SQLite counts in one query without spans")
    build(engine, ROWS)
    monkeypatch.setattr(facets, "FACET_CAP", CAP)
    return engine


def _counts(engine: sa.Engine, q: str) -> tuple[dict[str, list[tuple[str, int]]], bool]:
    with Session(engine) as session:
        found, sampled = facets.facet_counts(session=session, parsed=parse_query(q))
    return {name: [(v.label, v.count) for v in values] for name, values in found.items()}, sampled


def _sent(engine: sa.Engine, q: str) -> list[str]:
    statements: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement)

    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        _counts(engine, q)
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)
    return statements


@pytest.mark.parametrize("q", ["harga", "harga pasar", "cabai OR beras"])
def test_a_first_span_holding_the_matches_is_counted_in_one_statement(pg: sa.Engine, q: str) -> None:
    sent = _sent(pg, q)
    counted = [sql for sql in sent if sql.startswith("WITH hits")]
    assert len(counted) == 1
    assert "@@" in counted[0]  # the matches are found in the statement that counts them
    assert not any("h_id" in sql for sql in sent)  # and never sent back as arrays


@pytest.mark.parametrize("q", QUERIES)
@pytest.mark.parametrize("first_span", ["planned", "too short"])
def test_the_counts_are_sqlites_whichever_span_holds_the_matches(
    pg: sa.Engine, sqlite_engine: sa.Engine, monkeypatch: pytest.MonkeyPatch, q: str, first_span: str
) -> None:
    build(sqlite_engine, ROWS)
    if first_span == "too short":
        # The planner expects every statement to match: the first span holds two statements,
        # so the matches come back from it and the older spans are read after it.
        monkeypatch.setattr(facets, "FIRST_SPAN", 2)
        monkeypatch.setattr(match, "FIRST_SPAN", 2)
        monkeypatch.setattr(facets, "pg_estimate", lambda *_a, **_k: 10_000_000.0)
    on_pg = _counts(pg, q)
    assert on_pg == _counts(sqlite_engine, q)


FILTERS = [
    {"outlet": "Kabar Pantura"},
    {"language": "id"},
    {"role": "Bupati"},
    {"region": "Jawa Barat"},
    {"province": "Jawa Tengah"},
    {"topic": "inflation"},
    {"date_from": dt.date(2024, 1, 15)},
]


@pytest.mark.parametrize("where", FILTERS, ids=[next(iter(f)) for f in FILTERS])
def test_filtered_counts_are_sqlites(
    pg: sa.Engine, sqlite_engine: sa.Engine, monkeypatch: pytest.MonkeyPatch, where: dict[str, Any]
) -> None:
    build(sqlite_engine, ROWS)
    for q in ("harga", "harga pasar"):
        counted = []
        for engine in (pg, sqlite_engine):
            with Session(engine) as session:
                found, sampled = facets.facet_counts(
                    session=session, parsed=parse_query(q), filters=StatementFilter(**where)
                )
            counted.append(({name: [(v.label, v.count) for v in values] for name, values in found.items()}, sampled))
        assert counted[0] == counted[1]
        assert sum(n for _, n in counted[0][0]["kind"]) > 0  # the filter leaves matches to count


def test_the_comparisons_compare_samples_and_whole_counts(pg: sa.Engine) -> None:
    sampled = [_counts(pg, q)[1] for q in QUERIES]
    assert any(sampled) and not all(sampled)
    assert all(sum(n for _, n in _counts(pg, q)[0]["kind"]) > 0 for q in QUERIES)


def test_a_word_is_estimated_as_its_stems_not_as_the_sum_of_both_halves(pg: sa.Engine) -> None:
    # A statement printing 'kenaikan' holds its stem 'naik': sized by the sum of the two halves
    # the first span held half the matches it was meant to (and a second span read the index again).
    with pg.begin() as conn:
        conn.execute(sa.text("ANALYZE statement"))  # the halves' statistics, as at any size
    with Session(pg) as session:
        session.execute(sa.text("SET LOCAL enable_seqscan = off"))  # the plan of a large table
        word = match.match_sql(session, parse_query("kenaikan"), scored=False)
        assert word.where is not None and " OR " in word.where
        printed, stems = word.where.removeprefix("((").removesuffix("))").split(" OR ")
        halves = [
            match.pg_estimate(
                session, match.SqlMatch(source=word.source, score="0", params=word.params, where=half), word.params
            )
            for half in (printed, stems)
        ]
        assert min(halves) >= 5  # both halves hold the word's statements
        assert match.pg_estimate(session, word, word.params) == pytest.approx(max(halves), rel=0.01)


def test_the_counting_statement_reads_each_table_by_its_keys_and_puts_the_plan_settings_back(
    pg: sa.Engine,
) -> None:
    # Memberships, articles, officials and topics each in one bitmap scan of = ANY(keys), under
    # hash joins only; the settings are the session's again afterwards.
    sent: list[str] = []
    sa.event.listen(pg, "before_cursor_execute", lambda _c, _cur, sql, *_: sent.append(sql))
    with Session(pg) as session:
        facets.facet_counts(session=session, parsed=parse_query("harga"))
        settings = session.execute(
            sa.text("SELECT current_setting('enable_indexscan'), current_setting('enable_nestloop')")
        ).one()
    counted = next(sql for sql in sent if sql.startswith("WITH hits"))
    for table in ("membership", "article", "official", "statementtopic"):
        assert f"FROM {table} WHERE " in counted and "= ANY(ARRAY(SELECT" in counted
    assert tuple(settings) == ("on", "on")
