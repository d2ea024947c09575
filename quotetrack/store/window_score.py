"""The score that ranks the window of the newest matches on SQLite (match.py's _WINDOW_SOURCE),
counted in Python from the text and stems the search has already read, where that count is exact.

FTS5 counts a statement's matches with highlight(), which reads the row again through the
external content table and tokenizes both columns: 6 to 7 ms of CPU for a window of 500 matches
at a million statements, the largest cost of a cold search. The count only needs the tokens,
and for plain text (ASCII, and the punctuation news text uses) unicode61's tokens are known
without its tables: runs of ASCII letters and digits, lower-cased. Anything else (an accented or
non-Latin letter, a NUL) returns None, and FTS5 scores that statement as before.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from quotetrack.store.query import Atom, ParsedQuery

# Non-ASCII characters that unicode61 (remove_diacritics 2) reads as separators, as every Unicode
# version since 6.1 classes them: spaces, quotation marks, dashes, the ellipsis, bullets.
_SEPARATORS = (
    "\u00a0\u00ab\u00b7\u00bb\u2002\u2003\u2009\u2010\u2011\u2012\u2013\u2014\u2015"
    "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2022\u2026\u2039\u203a\u3000"
)
_TOKEN_CHARS = frozenset((string.ascii_letters + string.digits).encode())
# Lower-cases ASCII letters and turns every other byte of plain text into a space, one byte for
# one (bytes.translate: 0.2 us for a statement, str.translate took 2.4); spaces are then doubled,
# so that in the result padded with a space at each end each token stands between spaces of its
# own: b" netral " counts a token exactly, and neighbouring tokens never share a space.
_FOLD = bytes(c if c in _TOKEN_CHARS or c == 0 else 32 for c in range(256)).lower()
# FTS5 keeps tokens of at most 32,768 bytes: a column this long could hold a longer one.
_LONGEST = 32_000


def _plain(column: str) -> str | None:
    """The column with the separators above made spaces; None when it holds another character
    that is not ASCII, or a NUL (SQLite's length() stops at a NUL, FTS5 does not)."""
    if not column.isascii():
        for separator in _SEPARATORS:
            column = column.replace(separator, " ")
        if not column.isascii():
            return None
    return column if "\x00" not in column and len(column) <= _LONGEST else None


def _folded(columns: list[str]) -> list[bytes]:
    """Each plain column folded and spaced as above, in one pass over all of them (a NUL joins
    them, which no plain column holds): 0.3 us a statement, one call each cost ten times that."""
    joined = " " + " \x00 ".join(columns) + " "
    return joined.encode("ascii").translate(_FOLD).replace(b" ", b"  ").split(b"\x00")


@dataclass(frozen=True, slots=True)
class _Phrases:
    """One column's phrases: single words apart (counted with bytes.count), the rest as tokens."""

    words: frozenset[bytes]
    longer: tuple[tuple[tuple[bytes, ...], bool], ...]  # (tokens, prefix) of phrases and prefix words
    needles: tuple[bytes, ...]  # each single word between spaces, as it stands in _plain's result
    # For _count_instances: every phrase that opens with a whole token, the tokens they open
    # with, and the prefix words (a token that starts with one is an instance).
    exact: tuple[tuple[tuple[bytes, ...], bool], ...] = ()
    starts: frozenset[bytes] = frozenset()
    prefix_words: tuple[bytes, ...] = ()


@dataclass(frozen=True, slots=True)
class WindowTerms:
    """What the FTS5 query of a search looks for in each column (query.to_fts5)."""

    text: _Phrases
    stem: _Phrases


def window_terms(parsed: ParsedQuery) -> WindowTerms | None:
    """The query's phrases per column, tokenized as FTS5 tokenizes them; None when a word is not
    plain ASCII (FTS5 then scores every statement). Excluded atoms count too, as in FTS5: a
    statement that matched holds none of them."""
    atoms: list[Atom] = [atom for group in parsed.groups for atom in group] + list(parsed.excluded)
    columns: dict[str, list[tuple[tuple[bytes, ...], bool]]] = {"text": [], "stem": []}
    for column, phrase, prefix in [
        *(("text", atom.words, atom.prefix) for atom in atoms),
        *(("stem", form, atom.prefix) for atom in atoms for form in atom.stems),
    ]:
        tokens = _tokens(" ".join(phrase))
        if not tokens:  # not plain ASCII, or nothing FTS5 would keep
            return None
        columns[column].append((tokens, prefix))
    return WindowTerms(text=_phrases(columns["text"]), stem=_phrases(columns["stem"]))


def _tokens(phrase: str) -> tuple[bytes, ...] | None:
    plain = _plain(phrase)
    return tuple(_folded([plain])[0].split()) if plain is not None else None


def _phrases(phrases: list[tuple[tuple[bytes, ...], bool]]) -> _Phrases:
    words = frozenset(tokens[0] for tokens, prefix in phrases if len(tokens) == 1 and not prefix)
    longer = tuple(dict.fromkeys((tokens, prefix) for tokens, prefix in phrases if len(tokens) > 1 or prefix))
    every = [((word,), False) for word in words] + list(longer)
    exact = tuple((tokens, prefix) for tokens, prefix in every if len(tokens) > 1 or not prefix)
    return _Phrases(
        words=words,
        longer=longer,
        needles=tuple(b" " + word + b" " for word in words),
        exact=exact,
        starts=frozenset(tokens[0] for tokens, _ in exact),
        prefix_words=tuple(tokens[0] for tokens, prefix in every if len(tokens) == 1 and prefix),
    )


def window_scores(terms: WindowTerms, rows: list[tuple[str, str | None]]) -> list[float | None]:
    """The score in the window of each (text, stems), equal to the SQL one to the last bit;
    None for a statement whose text or stems are not plain enough to tokenize here."""
    texts = [_plain(text) for text, _ in rows]
    stems = [_plain(stem) if stem is not None else None for _, stem in rows]
    plain = [
        i for i, (text, stem) in enumerate(zip(texts, stems, strict=True)) if text is not None and stem is not None
    ]
    scores: list[float | None] = [None] * len(rows)
    if not plain:
        return scores
    in_text = _counts(terms.text, _folded([texts[i] or "" for i in plain]))
    in_stem = _counts(terms.stem, _folded([stems[i] or "" for i in plain]))
    for i, n_text, n_stem in zip(plain, in_text, in_stem, strict=True):
        # The arithmetic of _WINDOW_SOURCE, operation for operation: same doubles, same ties.
        tf = 4 * n_text + n_stem
        scores[i] = tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * len(rows[i][0]) / 200.0))
    return scores


def _counts(phrases: _Phrases, columns: list[bytes]) -> list[int]:
    """highlight()'s count in each column: the phrase instances, overlapping ones counted once."""
    if not phrases.longer:
        return [sum(map(column.count, phrases.needles)) for column in columns]
    return [_count_instances(phrases, column.split()) for column in columns]


def _count_instances(phrases: _Phrases, tokens: list[bytes]) -> int:
    # Only the positions holding a phrase's first token are tried (every phrase at every
    # position was 70% of a cold phrase search at a million statements).
    starts = phrases.starts
    spans = [
        (i, i + len(phrase) - 1)
        for i, token in enumerate(tokens)
        if token in starts
        for phrase, prefix in phrases.exact
        if phrase[0] == token and _instance_at(tokens, i, phrase, prefix)
    ]
    if phrases.prefix_words:
        spans += [(i, i) for i, token in enumerate(tokens) for word in phrases.prefix_words if token.startswith(word)]
    spans.sort()
    count, end = 0, -1
    for start, stop in spans:  # highlight() coalesces instances that share a token
        if start > end:
            count += 1
            end = stop
        else:
            end = max(end, stop)
    return count


def _instance_at(tokens: list[bytes], i: int, phrase: tuple[bytes, ...], prefix: bool) -> bool:
    if i + len(phrase) > len(tokens):
        return False
    *head, last = phrase
    if any(tokens[i + j] != word for j, word in enumerate(head)):
        return False
    found = tokens[i + len(head)]
    return found.startswith(last) if prefix else found == last
