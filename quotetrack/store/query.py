"""The search query language, parsed once and rendered for FTS5 or PostgreSQL tsquery.

Users type words, "quoted phrases", prefix* terms, OR between alternatives and -word or
NOT word to exclude. The parser keeps only word characters of each term, so user input
never reaches MATCH or to_tsquery raw; anything it cannot make sense of is a QueryError
(HTTP 400) with a message the user can act on.

Each word matches the printed text, or the stemmed shadow text by its stem (netralitas finds
kenetralan). A word typed with a capital (Pemalang, Bekasi) is taken as a name and matches
the printed text only, because stemmers mangle names (Pemalang -> malang).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from quotetrack.errors import QueryError
from quotetrack.text.stem import query_stems

WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(r'"[^"]*"?|\S+')
MAX_TERMS = 32


@dataclass(frozen=True, slots=True)
class Atom:
    words: tuple[str, ...]  # one word, or several for a phrase
    prefix: bool = False
    exact: bool = False  # typed with a capital: a name, matched unstemmed

    @property
    def stems(self) -> tuple[tuple[str, ...], ...]:
        """The stemmed forms this atom may take in the shadow text (none when exact)."""
        if self.exact:
            return ()
        if self.prefix:
            return (self.words,)
        per_word = [query_stems(w) for w in self.words]
        forms = [tuple(stems[0] for stems in per_word)]
        if len(self.words) == 1:
            forms += [(s,) for s in per_word[0][1:]]
        else:  # a phrase: the Indonesian stems, then the English ones
            forms.append(tuple(stems[-1] for stems in per_word))
        return tuple(dict.fromkeys(forms))


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    groups: tuple[tuple[Atom, ...], ...]  # AND of OR-groups
    excluded: tuple[Atom, ...] = field(default=())

    @property
    def words(self) -> list[str]:
        """Every positive word, for highlighting matches."""
        return [w for group in self.groups for atom in group for w in atom.words]


def _fold(word: str) -> str:
    """Case-folded as the index folds it: "İstanbul" -> "istanbul". str.casefold() turns a few
    letters into a letter and a combining mark ("İ" -> "i" + U+0307) that no index token holds;
    NFC puts back the precomposed letters, and the dotted capital I folds to a plain i. A letter
    that NFC itself decomposes (Tibetan U+0F5C -> U+0F5B + the mark U+0FB7) keeps its letter: a
    word holds letters, digits and "_" only."""
    folded = unicodedata.normalize("NFC", word.casefold()).replace("i\u0307", "i")
    return folded if folded.isalnum() else "".join(ch for ch in folded if ch.isalnum() or ch == "_")


# Letters and a number written as one word or as two: "Covid19" / "COVID-19", "G20" / "G-20",
# "5G" / "5 G". Copy prints both, and a reader types either.
_LETTERS_NUMBER = re.compile(r"([^\W\d_]+)(\d+)|(\d+)([^\W\d_]+)")


def _spelled_apart(atom: Atom) -> list[Atom]:
    """The atom's other spelling: one word split between its letters and its number, or the
    phrase of a word and a number joined into one. Never exact: PostgreSQL's printed half keeps
    "COVID-19" as one hyphenated token, which only the stems half splits."""
    if atom.prefix:
        return []
    if len(atom.words) == 1 and (glued := _LETTERS_NUMBER.fullmatch(atom.words[0])):
        return [Atom(words=tuple(part for part in glued.groups() if part))]
    if len(atom.words) == 2 and _LETTERS_NUMBER.fullmatch("".join(atom.words)):
        first, second = atom.words
        if first.isdigit() != second.isdigit():
            return [Atom(words=(first + second,))]
    return []


def _atom(raw: str) -> Atom | None:
    prefix = raw.endswith("*") and not raw.startswith('"')
    typed = [w for w in WORD.findall(raw) if _fold(w)]
    words = tuple(_fold(w) for w in typed)
    if not words:
        return None
    exact = all(w[:1].isupper() and not w.isupper() for w in typed)
    return Atom(words=words, prefix=prefix and len(words) == 1, exact=exact)


# Double quotation marks a phone keyboard, a word processor or an Indonesian or European text
# puts in place of '"' (“…”, „…“, «…», full-width): a phrase pasted with them is still a phrase.
_DOUBLE_QUOTES = str.maketrans(dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u301d\u301e\uff02", '"'))


def straight_quotes(text: str) -> str:
    """`text` with every kind of double quotation mark written '"'."""
    return text.translate(_DOUBLE_QUOTES)


def parse_query(text: str, *, max_chars: int = 500) -> ParsedQuery:
    if text is not None:
        text = straight_quotes(text)
    if text is None or not text.strip():
        raise QueryError("empty query: type at least one word", key="empty_query")
    if len(text) > max_chars:
        raise QueryError(
            f"query too long: {len(text)} characters, at most {max_chars}",
            key="query_too_long",
            n=len(text),
            most=max_chars,
        )
    if text.count('"') % 2:
        raise QueryError('unbalanced quotation mark: close the phrase with a second "', key="unbalanced_quote")
    if "\x00" in text:
        raise QueryError("the query contains a NUL character", key="nul_in_query")

    groups: list[list[Atom]] = []
    excluded: list[Atom] = []
    pending_or = pending_not = False
    for token in _TOKEN.findall(text):
        if token == "OR":
            if not groups or pending_or or pending_not:
                raise QueryError("OR needs a word on each side", key="or_alone")
            pending_or = True
            continue
        if token == "NOT" or token == "-":
            if pending_not:
                raise QueryError("NOT twice in a row", key="not_twice")
            pending_not = True
            continue
        negated = pending_not or (token.startswith("-") and len(token) > 1)
        atom = _atom(token[1:] if token.startswith("-") and not pending_not else token)
        pending_not = False
        if atom is None:
            if pending_or:
                raise QueryError("OR needs a word on each side", key="or_alone")
            continue  # punctuation alone carries nothing to search for
        atoms = [atom, *_spelled_apart(atom)]
        if negated:
            if pending_or:
                raise QueryError("OR cannot be followed by an excluded word", key="or_not")
            excluded.extend(atoms)
        elif pending_or:
            groups[-1].extend(atoms)
            pending_or = False
        else:
            groups.append(atoms)
    if pending_or:
        raise QueryError("OR needs a word on each side", key="or_alone")
    if pending_not:
        raise QueryError("NOT needs a word after it", key="not_alone")
    if not groups:
        raise QueryError(
            "nothing to search for: the query needs at least one word that is not excluded", key="only_excluded"
        )
    if sum(len(g) for g in groups) + len(excluded) > MAX_TERMS:
        raise QueryError(f"too many terms: at most {MAX_TERMS}", key="too_many_terms", most=MAX_TERMS)
    return ParsedQuery(groups=tuple(tuple(g) for g in groups), excluded=tuple(excluded))


@dataclass(frozen=True, slots=True)
class TypedWord:
    """A word of a query as typed: where it is in the text, and folded as the index folds it."""

    start: int
    end: int
    word: str


def searched_words(text: str) -> list[TypedWord]:
    """The words of a well-formed query (parse_query accepts it) that it looks for: the words of
    its terms and phrases, in order. Not OR or NOT, excluded words (-word, NOT word), nor prefix*
    terms, which are no words but their beginnings. Spelling suggestions change only these."""
    found: list[TypedWord] = []
    pending_not = False
    for token in _TOKEN.finditer(text):
        raw = token.group()
        if raw == "OR":
            continue
        if raw in ("NOT", "-"):
            pending_not = True
            continue
        negated = pending_not or (raw.startswith("-") and len(raw) > 1)
        pending_not = False
        if negated or (raw.endswith("*") and not raw.startswith('"')):
            continue
        for typed in WORD.finditer(raw):
            if folded := _fold(typed.group()):
                found.append(TypedWord(token.start() + typed.start(), token.start() + typed.end(), folded))
    return found


def _fts5_phrase(column: str, words: tuple[str, ...], prefix: bool) -> str:
    return f'{column} : "' + " ".join(words) + '"' + ("*" if prefix else "")


def _fts5_atom(atom: Atom) -> str:
    parts = [_fts5_phrase("text", atom.words, atom.prefix)]
    parts += [_fts5_phrase("stem", form, atom.prefix) for form in atom.stems]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def to_fts5(query: ParsedQuery) -> str:
    """An FTS5 MATCH expression over the columns (text, stem), built only from quoted word tokens."""
    parts = []
    for group in query.groups:
        rendered = " OR ".join(_fts5_atom(a) for a in group)
        parts.append(f"({rendered})" if len(group) > 1 else rendered)
    expr = " AND ".join(parts)
    for atom in query.excluded:
        expr = f"{expr} NOT {_fts5_atom(atom)}"
    return expr


def _ts_phrase(words: tuple[str, ...], prefix: bool, weight: str = "") -> str:
    suffix = (":*" if prefix else ":") + weight if (prefix or weight) else ""
    if len(words) > 1:
        return "(" + " <-> ".join(f"'{w}'{suffix}" for w in words) + ")"
    return f"'{words[0]}'{suffix}"


def _ts_atom(atom: Atom) -> str:
    return _ts_phrase(atom.words, atom.prefix)


def to_tsquery(query: ParsedQuery) -> str:
    """A to_tsquery() argument over the printed words only; words are \\w+, so no quoting can break."""
    parts = []
    for group in query.groups:
        rendered = " | ".join(_ts_atom(a) for a in group)
        parts.append(f"({rendered})" if len(group) > 1 else rendered)
    parts += [f"!{_ts_atom(a)}" for a in query.excluded]
    return " & ".join(parts)


@dataclass(frozen=True, slots=True)
class PgQuery:
    """A tsquery as SQL over bound parameters: printed words at weight A, stems at weight B."""

    sql: str
    params: dict[str, str]


def to_pg_query(query: ParsedQuery, *, stem_config: str = "simple", key: str = "tq") -> PgQuery:
    """Render for the tsvector of migration 0004; `stem_config` is the one its stem part used.
    Parameters are named `key` + a number, so several queries can share one statement."""
    if stem_config not in {"simple", "indonesian"}:
        raise ValueError(f"unknown text-search configuration {stem_config!r}")
    params: dict[str, str] = {}

    def atom_sql(atom: Atom) -> str:
        name = f"{key}{len(params)}"
        params[name] = _ts_phrase(atom.words, atom.prefix, "A")
        sql = f"to_tsquery('simple', :{name})"
        if atom.stems:
            skey = f"{key}{len(params)}"
            params[skey] = " | ".join(_ts_phrase(form, atom.prefix, "B") for form in atom.stems)
            sql = f"({sql} || to_tsquery('{stem_config}', :{skey}))"
        return sql

    return PgQuery(sql=_combined(query, atom_sql, any_of="||", all_of="&&", negated="!!"), params=params)


# The two halves of tsv (migration 0004) as migration 0017 indexes them, each without weights.
PG_WORDS = "ts_filter(s.tsv, '{a}')"  # the printed words (weight A)
PG_STEMS = "ts_filter(s.tsv, '{b}')"  # the stems (weight B)


def to_pg_match(query: ParsedQuery, *, stem_config: str = "simple", key: str = "tm") -> PgQuery:
    """The same matches as `s.tsv @@ to_pg_query(...)`, as a WHERE condition the GIN indexes of
    migration 0017 answer without reading rows: each atom is its printed form in the words half
    OR its stems in the stems half, each an unweighted tsquery. PostgreSQL rechecks in the table
    every candidate of a tsquery that names a weight, so the weighted query on tsv read a row
    for every match it counted (and every candidate of a phrase); here only phrases, whose
    word positions are not in the index, are rechecked."""
    if stem_config not in {"simple", "indonesian"}:
        raise ValueError(f"unknown text-search configuration {stem_config!r}")
    params: dict[str, str] = {}

    def atom_sql(atom: Atom) -> str:
        name = f"{key}{len(params)}"
        params[name] = _ts_phrase(atom.words, atom.prefix)
        sql = f"{PG_WORDS} @@ to_tsquery('simple', :{name})"
        if atom.stems:
            skey = f"{key}{len(params)}"
            params[skey] = " | ".join(_ts_phrase(form, atom.prefix) for form in atom.stems)
            sql = f"({sql} OR {PG_STEMS} @@ to_tsquery('{stem_config}', :{skey}))"
        return sql

    return PgQuery(sql=_combined(query, atom_sql, any_of="OR", all_of="AND", negated="NOT "), params=params)


def _combined(query: ParsedQuery, atom_sql: Callable[[Atom], str], *, any_of: str, all_of: str, negated: str) -> str:
    """The query's groups (atoms any of which may match) all required, its exclusions negated."""
    groups = []
    for group in query.groups:
        rendered = f" {any_of} ".join(atom_sql(a) for a in group)
        groups.append(f"({rendered})" if len(group) > 1 else rendered)
    groups += [f"{negated}{atom_sql(a)}" for a in query.excluded]
    return "(" + f" {all_of} ".join(groups) + ")"
