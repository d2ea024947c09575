"""The search query language, parsed once and rendered for FTS5 or PostgreSQL tsquery.

Users type words, "quoted phrases", prefix* terms, OR between alternatives and -word or
NOT word to exclude. The parser keeps only word characters of each term, so user input
never reaches MATCH or to_tsquery raw; anything it cannot make sense of is a QueryError
(HTTP 400) with a message the user can act on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quotetrack.errors import QueryError

WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(r'"[^"]*"?|\S+')
MAX_TERMS = 32


@dataclass(frozen=True, slots=True)
class Atom:
    words: tuple[str, ...]  # one word, or several for a phrase
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    groups: tuple[tuple[Atom, ...], ...]  # AND of OR-groups
    excluded: tuple[Atom, ...] = field(default=())

    @property
    def words(self) -> list[str]:
        """Every positive word, for highlighting matches."""
        return [w for group in self.groups for atom in group for w in atom.words]


def _atom(raw: str) -> Atom | None:
    prefix = raw.endswith("*") and not raw.startswith('"')
    words = tuple(w.casefold() for w in WORD.findall(raw))
    if not words:
        return None
    return Atom(words=words, prefix=prefix and len(words) == 1)


def parse_query(text: str, *, max_chars: int = 500) -> ParsedQuery:
    if text is None or not text.strip():
        raise QueryError("empty query: type at least one word")
    if len(text) > max_chars:
        raise QueryError(f"query too long: {len(text)} characters, at most {max_chars}")
    if text.count('"') % 2:
        raise QueryError('unbalanced quotation mark: close the phrase with a second "')
    if "\x00" in text:
        raise QueryError("the query contains a NUL character")

    groups: list[list[Atom]] = []
    excluded: list[Atom] = []
    pending_or = pending_not = False
    for token in _TOKEN.findall(text):
        if token == "OR":
            if not groups or pending_or or pending_not:
                raise QueryError("OR needs a word on each side")
            pending_or = True
            continue
        if token == "NOT" or token == "-":
            if pending_not:
                raise QueryError("NOT twice in a row")
            pending_not = True
            continue
        negated = pending_not or (token.startswith("-") and len(token) > 1)
        atom = _atom(token[1:] if token.startswith("-") and not pending_not else token)
        pending_not = False
        if atom is None:
            if pending_or:
                raise QueryError("OR needs a word on each side")
            continue  # punctuation alone carries nothing to search for
        if negated:
            if pending_or:
                raise QueryError("OR cannot be followed by an excluded word")
            excluded.append(atom)
        elif pending_or:
            groups[-1].append(atom)
            pending_or = False
        else:
            groups.append([atom])
    if pending_or:
        raise QueryError("OR needs a word on each side")
    if pending_not:
        raise QueryError("NOT needs a word after it")
    if not groups:
        raise QueryError("nothing to search for: the query needs at least one word that is not excluded")
    if sum(len(g) for g in groups) + len(excluded) > MAX_TERMS:
        raise QueryError(f"too many terms: at most {MAX_TERMS}")
    return ParsedQuery(groups=tuple(tuple(g) for g in groups), excluded=tuple(excluded))


def _fts5_atom(atom: Atom) -> str:
    body = '"' + " ".join(atom.words) + '"'
    return body + "*" if atom.prefix else body


def to_fts5(query: ParsedQuery) -> str:
    """An FTS5 MATCH expression built only from quoted word tokens."""
    parts = []
    for group in query.groups:
        rendered = " OR ".join(_fts5_atom(a) for a in group)
        parts.append(f"({rendered})" if len(group) > 1 else rendered)
    expr = " AND ".join(parts)
    for atom in query.excluded:
        expr = f"{expr} NOT {_fts5_atom(atom)}"
    return expr


def _ts_atom(atom: Atom) -> str:
    if len(atom.words) > 1:
        return "(" + " <-> ".join(f"'{w}'" for w in atom.words) + ")"
    return f"'{atom.words[0]}'" + (":*" if atom.prefix else "")


def to_tsquery(query: ParsedQuery) -> str:
    """A to_tsquery() argument; words are \\w+ only, so no quoting can be broken."""
    parts = []
    for group in query.groups:
        rendered = " | ".join(_ts_atom(a) for a in group)
        parts.append(f"({rendered})" if len(group) > 1 else rendered)
    parts += [f"!{_ts_atom(a)}" for a in query.excluded]
    return " & ".join(parts)
