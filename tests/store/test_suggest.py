"""Spelling suggestions for searches that find nothing (store.suggest), on SQLite and PostgreSQL:
which words are corrected and into what, what stays as typed, and that a suggestion always finds
something under the same filters."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from search_corpus import SPELLING_DAY as DAY  # type: ignore[import-not-found]
from search_corpus import SPELLING_ROWS as ROWS
from search_corpus import Row, build
from sqlmodel import Session

from quotetrack.store import suggest
from quotetrack.store.cache import clear
from quotetrack.store.filters import StatementFilter
from quotetrack.store.query import searched_words
from quotetrack.store.search import search_statements
from quotetrack.store.suggest import nearest_words, suggest_query


@pytest.fixture
def corpus(engine: sa.Engine) -> sa.Engine:
    build(engine, ROWS)
    clear()
    return engine


@pytest.fixture
def officials(engine: sa.Engine) -> dict[str, int]:
    ids = build(engine, ROWS)
    clear()
    return ids


def _near(session: Session, word: str) -> list[str]:
    return nearest_words(session=session, words=[word])[word]


def _suggest(engine: sa.Engine, q: str, **filters: object) -> str | None:
    with Session(engine) as session:
        found = suggest_query(session=session, q=q, filters=StatementFilter(**filters))  # type: ignore[arg-type]
        return found.text if found is not None else None


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("stuntng", "stunting"),  # a letter left out
        ("anggaaran", "anggaran"),  # one doubled
        ("anggraann", "anggaran"),  # two slips in a long word: swapped letters and one too many
        ("Stuntng", "Stunting"),  # typed as a name: still one
        ("stuntng anggaran", "stunting anggaran"),  # a word the index holds is kept
        ('"angka stuntng"', '"angka stunting"'),  # a phrase keeps its quotes
        ("stuntng OR gizi", "stunting OR gizi"),  # OR kept; a word with nothing close stays as typed
        ("anggaaran -dewwan", "anggaran -dewwan"),  # an excluded word is never corrected
        ("anggaaran NOT dewwan", "anggaran NOT dewwan"),
        ("stuntng angk*", "stunting angk*"),  # nor a prefix
        ("beraz", "beras"),  # beras (2 statements) and berat (1) are one letter away: the commoner
        ("turunn tahn", "turun tahun"),  # two words, both corrected
    ],
)
def test_misspelt_words_are_replaced_by_the_closest_word_the_index_holds(
    corpus: sa.Engine, q: str, expected: str
) -> None:
    assert _suggest(corpus, q) == expected


def test_among_equally_close_words_the_commoner_wins(engine: sa.Engine) -> None:
    heavier = [Row(f"Tugas ini berat sekali, nomor {i}", "Budi Santoso", "Harian Priangan", DAY) for i in range(2)]
    build(engine, ROWS + heavier)  # berat in 3 statements, beras in 2
    assert _suggest(engine, "beraz") == "berat"


def test_the_suggestion_marks_the_corrected_words(corpus: sa.Engine) -> None:
    with Session(corpus) as session:
        found = suggest_query(session=session, q='Angka  "STUNTNG" desa', filters=StatementFilter())
    assert found is not None
    assert found.parts == (('Angka  "', False), ("STUNTING", True), ('" desa', False))


@pytest.mark.parametrize(
    "q",
    [
        "stunting",  # the index holds every word
        "stunting pasar",  # ... though no statement holds both
        "xqzvtrw",  # nothing close
        "stunt* anggaaran*",  # prefixes only
        "-stuntng anggaran",  # the unknown word is excluded
        "stuntng pasar",  # stunting pasar finds nothing
        "agn",  # too short to guess
        "2O24",  # not a word
        "angka stuntng turunn desaa tahn",  # more unknown words than a misspelling makes
    ],
)
def test_no_suggestion(corpus: sa.Engine, q: str) -> None:
    assert _suggest(corpus, q) is None


def test_the_suggestion_finds_something_under_the_same_filters(engine: sa.Engine, officials: dict[str, int]) -> None:
    assert _suggest(engine, "stuntng", kind="indirect") == "stunting"
    assert _suggest(engine, "stuntng", official_id=officials["Sri Wahyuni"]) == "stunting"
    # Budi Santoso never said stunting: correcting would lead nowhere.
    assert _suggest(engine, "stuntng", official_id=officials["Budi Santoso"]) is None
    assert _suggest(engine, "stuntng", date_from=dt.date(2025, 1, 1)) is None


def test_a_vocabulary_word_no_search_finds_is_never_suggested(
    corpus: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As a stale vocabulary would offer it: each guess is checked by a search before it is shown.
    monkeypatch.setattr(suggest, "nearest_words", lambda **_: {"stuntng": ["stunted", "stunning"]})
    assert _suggest(corpus, "stuntng") is None
    monkeypatch.setattr(suggest, "nearest_words", lambda **_: {"stuntng": ["stunted", "stunting"]})
    clear()  # the memoised answer
    assert _suggest(corpus, "stuntng") == "stunting"  # the second guess finds a statement


def test_the_candidates_come_from_the_printed_words_with_their_counts(corpus: sa.Engine) -> None:
    with Session(corpus) as session:
        assert _near(session, "anggaaran") == ["anggaran"]
        assert _near(session, "beraz") == ["beras", "berat"]
        # Printed words only: "potong" is the stem of "dipotong", printed nowhere.
        assert _near(session, "potonh") == []
        assert _near(session, "dipotonh") == ["dipotong"]


def test_the_vocabulary_follows_edits_and_deletions(corpus: sa.Engine) -> None:
    with corpus.begin() as conn:
        conn.execute(
            sa.text("UPDATE statement SET text = 'Angka gizi buruk di desa turun' WHERE text LIKE 'Angka stunting%'")
        )
    clear()
    with Session(corpus) as session:
        assert _near(session, "stuntng") == ["stunting"]  # still in one statement
    with corpus.begin() as conn:
        conn.execute(sa.text("UPDATE statement SET text = 'Anggaran kesehatan kami naikkan' WHERE kind = 'indirect'"))
    clear()
    with Session(corpus) as session:
        assert _near(session, "stuntng") == []
        assert _near(session, "buruj") == ["buruk"]
    with corpus.begin() as conn:
        conn.execute(sa.text("DELETE FROM statementtopic"))
        conn.execute(sa.text("DELETE FROM statement WHERE text LIKE 'Angka gizi%'"))
    clear()
    with Session(corpus) as session:
        assert _near(session, "buruj") == []


def test_searched_words_are_the_words_a_query_looks_for() -> None:
    text = 'netral* "harga  beras" OR cabai -bekasi NOT pasar - murah Pemalang'
    assert [(w.word, text[w.start : w.end]) for w in searched_words(text)] == [
        ("harga", "harga"),
        ("beras", "beras"),
        ("cabai", "cabai"),
        ("pemalang", "Pemalang"),
    ]


def test_the_suggested_query_parses_and_finds_what_it_promised(corpus: sa.Engine) -> None:
    with Session(corpus) as session:
        for q in ("stuntng", '"angka stuntng"', "anggaaran -dewwan"):
            found = suggest_query(session=session, q=q)
            assert found is not None
            assert search_statements(session=session, q=found.text, memoise=False).total >= 1
