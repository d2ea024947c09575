"""Tell Indonesian from English by counting very common words (no model needed)."""

from __future__ import annotations

import re
from collections import Counter

from quotetrack.text.lexicon import word_set

_WORD = re.compile(r"[^\W\d_]+")
# Enough words to decide; longer texts do not change the answer.
_SAMPLE_CHARS = 6_000


def detect_language(text: str) -> str:
    """ "id" or "en"; Indonesian wins ties because it is the project's first language."""
    id_words = word_set("quotetrack.text", "stopwords_id.txt")
    en_words = word_set("quotetrack.text", "stopwords_en.txt")
    # The words casefolded in one call (casefold() maps character by character, and no word
    # holds a line break), counted, then each list met once by set intersection.
    folded = Counter("\n".join(_WORD.findall(text[:_SAMPLE_CHARS])).casefold().split("\n"))
    id_hits = sum(folded[word] for word in id_words.intersection(folded))
    en_hits = sum(folded[word] for word in en_words.intersection(folded))
    return "en" if en_hits > id_hits else "id"
