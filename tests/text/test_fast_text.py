"""Text preparation's fast forms give what their plain forms give.

Each was rewritten so the regex engine reads fewer characters (a pattern that opens with a set is
scanned for it; one that opens with a look-behind, \\b or a case-blind word is tried at every
character), or so one pass over the article serves several readers. The plain form is kept here
as the specification, and compared on invented text and on random strings over the characters
the forms care about.
"""

from __future__ import annotations

import random
import re
import sys

from quotetrack.text import clean
from quotetrack.text.lexicon import case_blind_finditer

_SAMPLES = 20_000
_INVENTED = [
    "Jakarta (ANTARA) - Bupati Sukamaju mengatakan, “Kami siap.”\nBaca juga: Harga Naik di PasarWarga resah",
    "Baca Juga:Pandemi Corona, Kondisi Kuda MemprihatinkanTerima 55.066 Paket\r\n\tSimak juga : x",
    "\ufeffKata\u00a0Gubernur\u200b hari ini, 20/10/2025.\x0b (ant/ab)",
]


def _random_strings(seed: int, alphabet: str, words: tuple[str, ...] = ()) -> list[str]:
    rng = random.Random(seed)
    pieces = [*alphabet, *words]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(_SAMPLES)] + _INVENTED


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_control_characters_are_the_plain_set() -> None:
    plain = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")
    chars = [chr(code) for code in range(sys.maxunicode + 1)]
    assert [c for c in chars if plain.match(c)] == sorted(clean._CONTROL_CHARS)
    assert all(bool(clean._CONTROL.match(c)) == bool(plain.match(c)) for c in chars)


def test_normalising_is_the_plain_substitutions() -> None:
    def plain(raw: str) -> str:
        text = raw.replace("\r\n", "\n").replace("\r", "\n")
        text = re.sub(r"[\u00a0\u2007\u202f\u3000\t]", " ", text)
        return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]", "", text)

    alphabet = "ab \r\n\t\u00a0\u2007\u202f\u3000\x00\x08\x0b\x1f\x7f\u200b\u200d\u2060\ufeff\u200e“"
    for text in _random_strings(1, alphabet):
        assert clean._normalise(text) == plain(text), text


def test_read_also_links_are_found_where_the_case_blind_pattern_finds_them() -> None:
    words = ("baca juga:", "Simak  PULA :", "LIHAT\tjuga:", "baca", "jUga", " : ", ":", "li", "hat ", "ſimak juga:")
    texts = _random_strings(2, "bsl aJ\n\t:İıſ\u212a_1é", words)
    found = 0
    for text in texts:
        expected = _spans(clean._READ_ALSO.finditer(text))
        assert _spans(case_blind_finditer(clean._READ_ALSO, clean._READ_ALSO_LOWERED, text)) == expected, text
        found += len(expected)
    assert found > 1000  # the strings hold links to find, not only near misses


def test_headline_glue_opens_where_the_look_behind_pattern_matches() -> None:
    """Callers read only where the first glue in a stretch is: the match's start."""
    plain = re.compile(r"(?<=[a-z0-9])(?=[A-Z][a-z])|(?<=[a-z.!?])(?=[“\"])")
    for text in _random_strings(3, 'aZ0.!?“" Bx'):
        for pos in range(len(text) + 1):
            for endpos in (len(text), pos + 4):
                fast, expected = clean._HEADLINE_GLUE.search(text, pos, endpos), plain.search(text, pos, endpos)
                assert (fast and fast.start()) == (expected and expected.start()), (text, pos, endpos)
