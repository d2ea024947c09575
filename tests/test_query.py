"""The search query language: what users type, and what reaches FTS5 and tsquery."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotetrack.errors import QueryError
from quotetrack.store.query import parse_query, to_fts5, to_tsquery


@pytest.mark.parametrize(
    ("typed", "fts5", "tsquery"),
    [
        ("netralitas ASN", '"netralitas" AND "asn"', "'netralitas' & 'asn'"),
        ('"netralitas ASN"', '"netralitas asn"', "('netralitas' <-> 'asn')"),
        ("asn OR pns", '("asn" OR "pns")', "('asn' | 'pns')"),
        ("pilkada -korupsi", '"pilkada" NOT "korupsi"', "'pilkada' & !'korupsi'"),
        ("pilkada NOT korupsi", '"pilkada" NOT "korupsi"', "'pilkada' & !'korupsi'"),
        ("netral*", '"netral"*', "'netral':*"),
        ("Pj. Bupati", '"pj" AND "bupati"', "'pj' & 'bupati'"),
        ("x'); DROP TABLE statement; --", '"x" AND "drop" AND "table" AND "statement"',
         "'x' & 'drop' & 'table' & 'statement'"),
    ],
)
def test_queries_render_to_safe_expressions(typed: str, fts5: str, tsquery: str) -> None:
    parsed = parse_query(typed)
    assert to_fts5(parsed) == fts5
    assert to_tsquery(parsed) == tsquery


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
