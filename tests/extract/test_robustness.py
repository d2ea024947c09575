"""Any input: extraction never raises and every offset is exact (hypothesis + a 10 MB case)."""

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotetrack.extract import extract
from quotetrack.text import prepare

# Pieces that exercise the rules: marks, cues, titles, pronouns, dates, line breaks.
PIECES = [
    '"',
    "“",
    "”",
    "‘",
    "’",
    "''",
    ",",
    ".",
    " ",
    "\n",
    "\r\n",
    "\u00a0",
    ":",
    "(",
    ")",
    "kata",
    "ujarnya",
    "mengatakan",
    "bahwa",
    "Menurut",
    "Menurutnya",
    "Diungkapkan",
    "Ia",
    "dia",
    "said",
    "told",
    "he",
    "that",
    "according to",
    "Dr.",
    "Pj.Bupati",
    "Gubernur",
    "Riau",
    "Abdul",
    "Wahid",
    "S.H.",
    "Senin (20/10/2025)",
    "30 Mei 2024",
    "Baca juga:",
    "Pewarta: X",
    "(abc)",
]
article_text = st.one_of(
    st.text(max_size=2000),
    st.lists(st.sampled_from(PIECES), max_size=300).map(" ".join),
    st.lists(st.sampled_from(PIECES), max_size=300).map("".join),
    st.binary(max_size=2000).map(lambda b: b.decode("latin-1")),
)


def check(raw: str, langs: tuple[str | None, ...] = (None, "en")) -> None:
    text, meta = prepare(raw)
    for lang in langs:
        for s in extract(text, meta=meta, lang=lang).statements:
            assert text[s.start : s.end] == s.text
            assert 0.0 <= s.confidence <= 1.0
            assert s.kind in ("direct", "indirect")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text)
def test_any_text_never_raises_and_offsets_are_exact(raw):
    check(raw)


@pytest.mark.slow
def test_ten_megabytes_of_quotes_and_noise():
    rng = random.Random(7)
    # Mostly marks, with a real quote now and then: 10 MB stays a few-second case.
    unit = '"Kami siap," kata dia, "untuk bekerja." ' + '”“" ' * 300 + "\n"
    noise = bytes(rng.getrandbits(8) for _ in range(200_000)).decode("latin-1")
    raw = (unit * (9_800_000 // len(unit))) + noise
    assert len(raw) >= 10_000_000 - 100_000
    check(raw[:10_000_000], langs=(None,))


def test_statements_per_article_are_bounded() -> None:
    from quotetrack.extract import extract
    from quotetrack.extract.pipeline import MAX_STATEMENTS

    copy = 'Bupati Garut Rahmat Hidayat mengatakan, "Jalan desa segera diperbaiki tahun ini."\n'
    statements = extract(copy * (MAX_STATEMENTS + 50), lang="id").statements
    assert len(statements) == MAX_STATEMENTS


def test_a_speech_verb_glued_to_the_post_after_it() -> None:
    text = (
        "Kasus proyek\n\n"
        '"Kami sudah memeriksa sepuluh saksi dalam kasus ini," kataKapolrestabes Medan Kombes Budi Hartono '
        "saat paparan."
    )
    statements = extract(prepare(text)[0], lang="id").statements
    assert [(s.speaker, s.role) for s in statements] == [("Budi Hartono", "Kapolrestabes")]
