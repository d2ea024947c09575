"""Issue 17, point 4 (work per article): the sentence around a statement is found by scanning back
from it, not from the top of the article, and finds exactly what a scan from the top finds."""

from __future__ import annotations

import random
import re

from quotetrack.topics.tagger import _SENTENCE_END, sentence_around


def _from_the_top(text: str, start: int, end: int) -> str:
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        lo = m.end()
    m = _SENTENCE_END.search(text, end)
    return text[lo : m.end() if m else len(text)].strip()


def test_scanning_back_finds_the_same_sentence_as_scanning_from_the_top() -> None:
    rng = random.Random(17)
    pieces = ["kata", "Budi", "jalan", "desa", '."', "!", "?", ". ", "\n", '," ujar', "…", ")", " ", "'", "x" * 300]
    for _ in range(300):
        text = "".join(rng.choice(pieces) + rng.choice([" ", "", "\n"]) for _ in range(rng.randint(1, 900)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert sentence_around(text, start, end) == _from_the_top(text, start, end)


def test_a_sentence_far_longer_than_the_window_is_found_whole() -> None:
    text = "Awal. " + "kata " * 5000 + '"Kami siap," ujar Budi. Akhir.'
    start = text.index('"Kami')
    assert sentence_around(text, start, start + 11).startswith("kata kata")
    assert re.match(r"^kata", _from_the_top(text, start, start + 11))
