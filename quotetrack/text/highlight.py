"""Which words of a statement a parsed query matched, exactly or by stem: offsets for <mark>."""

from __future__ import annotations

from quotetrack.text.stem import WORD, query_stems, stem_word


def stems_of(words: list[str]) -> frozenset[str]:
    """Every stem the query's words may have in the index (what match_spans compares)."""
    return frozenset(s for w in words for s in query_stems(w))


def match_spans(
    text: str,
    words: list[str],
    *,
    prefixes: frozenset[str] = frozenset(),
    lang: str = "id",
    stored_stems: str | None = None,
    stems: frozenset[str] | None = None,
) -> list[tuple[int, int]]:
    """(start, end) of each word of `text` equal to a query word, sharing its stem, or (for a
    prefix term) starting with it. `words` are the query's casefolded words; `stored_stems` is the
    statement's stem column (one stem per word), which spares stemming the text again; `stems`
    is stems_of(words), for a page that highlights many statements for one query."""
    exact = set(words)
    stems = stems_of(words) if stems is None else stems
    starts = tuple(prefixes)
    matches = list(WORD.finditer(text))
    known = stored_stems.split() if stored_stems is not None else []
    if len(known) != len(matches):
        known = []
    spans = []
    for i, match in enumerate(matches):
        word = match.group().casefold()
        if (
            word in exact
            or (starts and word.startswith(starts))
            or (known[i] if known else stem_word(word, lang)) in stems
        ):
            spans.append((match.start(), match.end()))
    return spans


def matched_words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The distinct words at `spans`, as printed (for the highlight filter of the pages)."""
    return list(dict.fromkeys(text[a:b] for a, b in spans))
