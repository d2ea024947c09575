"""Spelling suggestions for a search that finds nothing: "stuntng" -> "did you mean stunting?".

Each word of the query that no statement holds (as printed, nor by its stem) is replaced by the
closest printed word of the index: one edit away for words of four to seven letters, up to two
from eight on (insertions, deletions, substitutions and swaps of neighbours), the word more
statements print among equally close ones. Operators, the quotes of phrases, excluded words and
prefix* terms stay as typed. A suggestion is made only when the corrected query, with the same
filters, finds a statement: the vocabulary also holds the words of hidden statements, and the
closest word may not be in any statement the filters leave.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Mapping
from dataclasses import dataclass

import sqlalchemy as sa
from rapidfuzz import process
from rapidfuzz.distance import OSA
from sqlmodel import Session

from quotetrack.store.cache import memo
from quotetrack.store.db import is_sqlite
from quotetrack.store.filters import StatementFilter
from quotetrack.store.match import pg_plan_settings
from quotetrack.store.query import Atom, searched_words
from quotetrack.store.search import atom_counts, search_statements

# Shorter words are mostly abbreviations and particles (DPR, yg, di), each one edit from dozens
# of others: a guess would more often be wrong than right.
MIN_LENGTH = 4
# From this length a word may be two edits from the one meant ("anggraan" -> "anggaran").
TWO_EDITS_FROM = 8
# The closest words tried for each misspelled one, and the corrected queries run at most to
# find one that matches (best guesses first): each costs one search.
CANDIDATES = 3
TRIES = 4
# A query with more words the index lacks is no misspelling of one it can answer; each word
# costs a read of the vocabulary (tens of milliseconds at a million statements).
MAX_MISSING = 3


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A corrected query, and the same text in pieces, each saying whether it is a corrected word."""

    text: str
    parts: tuple[tuple[str, bool], ...]


def suggest_query(
    *, session: Session, q: str, filters: StatementFilter = StatementFilter(), searched: str | None = None
) -> Suggestion | None:
    """A corrected `q` that finds at least one statement under `filters`, or None.

    `searched`: the words that were searched when they are not all of `q` (the search page takes
    words naming an official out of the query, store.name_query): only its words are corrected,
    and it is what the check runs; the suggestion is `q` with the same words replaced. Call it
    with a query that parse_query accepts. Memoised per data version, as searches are."""
    return _suggestions.get(
        session, ("suggest", q, searched, filters), lambda: _suggest(session, q, filters, searched or q)
    )


_suggestions = memo(256)


def _suggest(session: Session, q: str, filters: StatementFilter, searched: str) -> Suggestion | None:
    words = sorted({w.word for w in searched_words(searched) if len(w.word) >= MIN_LENGTH and w.word.isalpha()})
    if not words:
        return None
    missing = unheld_words(session=session, words=words)
    if len(missing) > MAX_MISSING:
        return None
    choices = {w: near for w, near in nearest_words(session=session, words=missing).items() if near}
    if not choices:
        return None
    for replacements in _guesses(choices):
        corrected = "".join(text for text, _ in rewrite(searched, replacements))
        found = search_statements(session=session, q=corrected, filters=filters, limit=1, memoise=False)
        if found.total:
            parts = rewrite(q, replacements)
            return Suggestion(text="".join(text for text, _ in parts), parts=parts)
    return None


def unheld_words(*, session: Session, words: list[str]) -> list[str]:
    """Those of `words` that no statement holds, as printed or by a stem: a search of any of them
    alone finds nothing (whatever the filters)."""
    if not is_sqlite(session):
        printed = {row[0] for row in session.connection().execute(_PRINTED_PG, {"words": words})}
        words = [w for w in words if w not in printed]
        if not words:
            return []
        # An index scan, never a walk of the table: with LIMIT 1 the planner walked the
        # statements to find a first match of a word in none of them (1.7 s at a million; 1 ms
        # through the GIN indexes). A common word would cost its whole posting list this way
        # (90 ms for "yang"), which is why the printed words were looked up first.
        with pg_plan_settings(session, enable_seqscan="off"):
            held = atom_counts(session=session, atoms=[Atom(words=(w,)) for w in words], cap=0)
    else:
        held = atom_counts(session=session, atoms=[Atom(words=(w,)) for w in words], cap=0)
    return [w for w, n in zip(words, held, strict=True) if n == 0]


def _guesses(choices: Mapping[str, list[str]]) -> list[dict[str, str]]:
    """Replacements for the misspelled words, at most TRIES, the likeliest first: every word's
    closest candidate, then the combinations that go furthest down the words' lists last."""
    ranked = sorted(
        itertools.product(*(range(len(near)) for near in choices.values())), key=lambda ranks: (sum(ranks), ranks)
    )
    return [
        {word: near[rank] for (word, near), rank in zip(choices.items(), ranks, strict=True)}
        for ranks in ranked[:TRIES]
    ]


def rewrite(text: str, replacements: Mapping[str, str]) -> tuple[tuple[str, bool], ...]:
    """`text` in pieces, its searched words found in `replacements` (by their folded form)
    replaced and marked True; a word typed in capitals keeps them (Pemalng -> Pemalang: a name)."""
    parts: list[tuple[str, bool]] = []
    at = 0
    for typed in searched_words(text):
        new = replacements.get(typed.word)
        if new is None:
            continue
        old = text[typed.start : typed.end]
        if old.isupper() and len(old) > 1:
            new = new.upper()
        elif old[:1].isupper():
            new = new[:1].upper() + new[1:]
        if typed.start > at:
            parts.append((text[at : typed.start], False))
        parts.append((new, True))
        at = typed.end
    if at < len(text):
        parts.append((text[at:], False))
    return tuple(parts)


def nearest_words(*, session: Session, words: Collection[str]) -> dict[str, list[str]]:
    """For each of `words` (words the index does not hold), up to CANDIDATES printed words of
    the index closest to it, closest first and the most printed first among equally close ones.

    Candidates share the word's first letter (a slip there is the rarest) and are at most as many
    letters longer or shorter as edits are allowed: a range of the vocabulary's sorted words,
    read once for the words sharing a first letter, then measured here."""
    near: dict[str, list[str]] = {}
    for first, group in itertools.groupby(sorted(words), key=lambda word: word[0]):
        allowed = {word: 1 if len(word) < TWO_EDITS_FROM else 2 for word in group}
        bounds = {
            "low": first,
            "high": chr(ord(first) + 1),
            "shortest": min(len(word) - n for word, n in allowed.items()),
            "longest": max(len(word) + n for word, n in allowed.items()),
        }
        counts: dict[str, int] = {}
        for term, n in session.connection().execute(_NEAR_SQLITE if is_sqlite(session) else _NEAR_PG, bounds):
            counts[term] = counts.get(term, 0) + n  # a word's shards on PostgreSQL
        counts = {term: n for term, n in counts.items() if n > 0 and term.isalpha()}
        for word, edits in allowed.items():
            terms = [term for term in counts if abs(len(term) - len(word)) <= edits and term != word]
            close = process.extract(word, terms, scorer=OSA.distance, score_cutoff=edits, limit=None)
            close.sort(key=lambda found: (found[1], -counts[found[0]], found[0]))
            near[word] = [term for term, _, _ in close[:CANDIDATES]]
    return near


# The printed words (column `text`; `stem` holds the stems) of FTS5's index with the number of
# statements printing each: migration 0020's fts5vocab table.
_NEAR_SQLITE = sa.text(
    "SELECT term, doc FROM statement_fts_vocab WHERE col = 'text' AND term >= :low AND term < :high "
    "AND length(term) BETWEEN :shortest AND :longest"
)
# Those of :words that statements print, by migration 0020's counts (a word's shards added up).
_PRINTED_PG = sa.text(
    "SELECT word FROM statement_word WHERE word = ANY(:words) GROUP BY word HAVING sum(statements) > 0"
)
# The printed words of a range, with the counts of their shards (migration 0020), added up by
# the caller: sorting some 20,000 rows to add them up here took a fifth of the lookup's time.
_NEAR_PG = sa.text(
    "SELECT word, statements FROM statement_word WHERE word >= :low AND word < :high "
    "AND length(word) BETWEEN :shortest AND :longest"
)
