"""Which words of a statement a parsed query matched, exactly or by stem: offsets for <mark>."""

from __future__ import annotations

from quotetrack.search.stem import WORD, query_stems, stem_word


def match_spans(
    text: str, words: list[str], *, prefixes: frozenset[str] = frozenset(), lang: str = "id"
) -> list[tuple[int, int]]:
    """(start, end) of each word of `text` equal to a query word, sharing its stem, or (for a
    prefix term) starting with it. `words` are the query's casefolded words."""
    exact = set(words)
    stems = {s for w in words for s in query_stems(w)}
    spans = []
    for match in WORD.finditer(text):
        word = match.group().casefold()
        if (
            word in exact
            or any(word.startswith(p) for p in prefixes)
            or stem_word(word, lang) in stems
        ):
            spans.append((match.start(), match.end()))
    return spans


def matched_words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The distinct words at `spans`, as printed (for the highlight filter of the pages)."""
    return list(dict.fromkeys(text[a:b] for a, b in spans))
