"""The search query language: what users type, and what reaches FTS5 and tsquery."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quotetrack.errors import QueryError
from quotetrack.store.query import parse_query, to_fts5, to_pg_match, to_pg_query, to_tsquery


@pytest.mark.parametrize(
    ("typed", "tsquery"),
    [
        ("netralitas ASN", "'netralitas' & 'asn'"),
        ('"netralitas ASN"', "('netralitas' <-> 'asn')"),
        ("asn OR pns", "('asn' | 'pns')"),
        ("pilkada -korupsi", "'pilkada' & !'korupsi'"),
        ("pilkada NOT korupsi", "'pilkada' & !'korupsi'"),
        ("netral*", "'netral':*"),
        ("Pj. Bupati", "'pj' & 'bupati'"),
        ("x'); DROP TABLE statement; --", "'x' & 'drop' & 'table' & 'statement'"),
    ],
)
def test_queries_render_to_safe_tsquery(typed: str, tsquery: str) -> None:
    assert to_tsquery(parse_query(typed)) == tsquery


@pytest.mark.parametrize(
    ("typed", "fts5"),
    [
        # A word matches the printed text, or the stem column by its stem.
        ("kenetralan", '(text : "kenetralan" OR stem : "netral")'),
        ("asn", '(text : "asn" OR stem : "asn")'),
        ('"netralitas asn"', '(text : "netralitas asn" OR stem : "netral asn" OR stem : "netralita asn")'),
        ("asn OR pns", '((text : "asn" OR stem : "asn") OR (text : "pns" OR stem : "pns"))'),
        ("pilkada -korupsi", '(text : "pilkada" OR stem : "pilkada") NOT (text : "korupsi" OR stem : "korupsi")'),
        ("netral*", '(text : "netral"* OR stem : "netral"*)'),
        # Capitalised words are names: matched as printed only (Pemalang is not "malang").
        ("Pemalang", 'text : "pemalang"'),
        ("Bekasi netral", 'text : "bekasi" AND (text : "netral" OR stem : "netral")'),
        ("x'); Drop", '(text : "x" OR stem : "x") AND text : "drop"'),
    ],
)
def test_fts5_expressions_cover_text_and_stems(typed: str, fts5: str) -> None:
    assert to_fts5(parse_query(typed)) == fts5


def test_postgres_query_binds_every_word() -> None:
    rendered = to_pg_query(parse_query("kenetralan -Pemalang"), stem_config="indonesian")
    assert rendered.sql == (
        "((to_tsquery('simple', :tq0) || to_tsquery('indonesian', :tq1)) && !!to_tsquery('simple', :tq2))"
    )
    assert rendered.params == {"tq0": "'kenetralan':A", "tq1": "'netral':B", "tq2": "'pemalang':A"}
    with pytest.raises(ValueError):
        to_pg_query(parse_query("x"), stem_config="english'; --")


def test_postgres_match_condition_names_no_weight() -> None:
    # A weight in a tsquery makes PostgreSQL recheck every GIN candidate in the table; the match
    # condition reads each half of tsv (printed words, stems) without one.
    rendered = to_pg_match(parse_query('kenetralan -Pemalang "jaga netral"'), stem_config="indonesian")
    assert rendered.sql == (
        "((ts_filter(s.tsv, '{a}') @@ to_tsquery('simple', :tm0) OR ts_filter(s.tsv, '{b}') @@ "
        "to_tsquery('indonesian', :tm1)) AND (ts_filter(s.tsv, '{a}') @@ to_tsquery('simple', :tm2) OR "
        "ts_filter(s.tsv, '{b}') @@ to_tsquery('indonesian', :tm3)) AND NOT ts_filter(s.tsv, '{a}') @@ "
        "to_tsquery('simple', :tm4))"
    )
    assert rendered.params == {
        "tm0": "'kenetralan'",
        "tm1": "'netral'",
        "tm2": "('jaga' <-> 'netral')",
        "tm3": "('jaga' <-> 'netral')",
        "tm4": "'pemalang'",
    }
    assert to_pg_match(parse_query("netral*"), stem_config="simple").params == {
        "tm0": "'netral':*",
        "tm1": "'netral':*",
    }


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "empty query"),
        ("   ", "empty query"),
        ('"netralitas ASN', "unbalanced quotation mark"),
        ("OR pilkada", "OR needs a word"),
        ("pilkada OR", "OR needs a word"),
        ("-pilkada", "nothing to search for"),
        ("!!! ???", "nothing to search for"),
        ("pilkada NOT", "NOT needs a word"),
        ("a" * 600, "query too long"),
    ],
)
def test_malformed_queries_say_what_is_wrong(typed: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(typed)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
@example("İstanbul")  # casefold() gives "i" + a combining dot, which no index token holds
@example("\u0f5c")  # a letter NFC decomposes into a letter and a combining mark
def test_any_input_parses_or_raises_query_error(typed: str) -> None:
    try:
        parsed = parse_query(typed)
    except QueryError:
        return
    for word in parsed.words:
        assert word and all(ch.isalnum() or ch == "_" for ch in word)
    assert "'" not in "".join(parsed.words)
    to_fts5(parsed)
    to_tsquery(parsed)
    for rendered in (to_pg_query(parsed, stem_config="indonesian"), to_pg_match(parsed, stem_config="indonesian")):
        assert all(":" + key in rendered.sql for key in rendered.params)


@pytest.mark.parametrize(
    "typed",
    [
        "\u201cpasar desa\u201d",  # “…”: a phone keyboard, a word processor
        "\u201epasar desa\u201c",  # „…“
        "\u00abpasar desa\u00bb",  # «…»
        "\uff02pasar desa\uff02",  # full-width
        "\u201cpasar desa\u201d banjir",
    ],
)
def test_curly_quotation_marks_make_a_phrase_as_straight_ones_do(typed: str) -> None:
    straight = typed.translate(str.maketrans(dict.fromkeys("\u201c\u201d\u201e\u00ab\u00bb\uff02", '"')))
    assert parse_query(typed) == parse_query(straight)
    assert parse_query(typed).groups[0][0].words == ("pasar", "desa")


def test_an_unclosed_curly_phrase_is_an_unbalanced_quote() -> None:
    with pytest.raises(QueryError, match="unbalanced quotation mark"):
        parse_query("\u201cpasar desa")
