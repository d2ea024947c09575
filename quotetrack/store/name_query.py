"""Names in search queries: "imran netral" names the official Imran and looks for "netral".

Fact-checkers type who + what. The words of a query that name an official (their name, a
printed variant or nickname from the registry; accents, case and titles ignored, small typos
forgiven with rapidfuzz) are taken out of the text query and become the official filter, so a
first name that only appears inside someone else's quote ("Pak Imran meminta...") no longer
outranks the official's own statements.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import sqlalchemy as sa
from rapidfuzz import fuzz, process
from sqlmodel import Session

from quotetrack.resolve.gazetteer import acting_forms, honorifics, posts, pronouns
from quotetrack.resolve.names import parse_name
from quotetrack.store.cache import memo
from quotetrack.store.post_forms import stored_forms
from quotetrack.store.query import straight_quotes
from quotetrack.text.lexicon import fold, regencies, region_aliases, word_set
from quotetrack.text.stem import is_root_word, stem_id

# A query token names someone only through a name token at least this long (initials and
# two-letter particles would match half of every query).
MIN_TOKEN = 3
# rapidfuzz ratio a typed token needs to match a longer name token it is not equal to:
# "imraan" -> "imran" (91) passes, "imron" -> "imran" (80) does not: another name.
FUZZY_CUTOFF = 85
FUZZY_MIN_LENGTH = 5
MAX_OFFICIALS = 3
# A word that goes on with a name already matched ("ahmad fauzy") is compared with the names of
# the officials that name leaves, at a looser cutoff: one letter off in five ("fauzy" -> "fauzi",
# 80) is a typo beside the right first name, where alone it may well be another name ("imron").
RUN_FUZZY_CUTOFF = 75
# The officials a run's first word leaves, at most, for that comparison ("muhammad" names many).
RUN_FUZZY_MAX = 500
_PLAIN = re.compile(r"^[^\W\d_][\w.'’]*$")


@dataclass(frozen=True, slots=True)
class NamedOfficial:
    id: int
    name: str
    statements: int
    role: str | None = None  # the latest post held, for the card at the top of the results
    region: str | None = None


@dataclass(frozen=True, slots=True)
class NameInQuery:
    """The officials a query names, best first (several when they share the name), the words
    that named them as typed, and the rest of the query ("" when it was only a name)."""

    officials: tuple[NamedOfficial, ...]
    name_words: tuple[str, ...]
    rest: str
    # Every word of the name is also an ordinary word typed in lower case ("rahmat", "budi"):
    # the page takes it as the name only when the official said the rest of the query.
    weak: bool = False


@dataclass(frozen=True, slots=True)
class _Index:
    tokens: dict[str, frozenset[int]]  # folded name token -> officials printed with it
    names: dict[int, frozenset[str]]  # official -> the folded name tokens printed for them
    vocabulary: tuple[str, ...]
    officials: dict[int, NamedOfficial]


def _is_stopword(token: str) -> bool:
    return token in pronouns() or any(
        token in word_set("quotetrack.text", f"stopwords_{lang}.txt") for lang in ("id", "en")
    )


@lru_cache(maxsize=1 << 14)
def is_wordlike(token: str) -> bool:
    """Whether a folded token is also an ordinary word ("aman", "rahmat", "tegasnya"): such a
    token is never matched by a near spelling, and in lower case it names someone weakly."""
    return _is_stopword(token) or stem_id(token) != token or is_root_word(token)


@lru_cache(maxsize=1 << 16)
def _name_tokens(name: str) -> tuple[str, ...]:
    titles = honorifics()
    return tuple(t for t in (fold(w) for w in re.split(r"[\s,]+", name)) if len(t) >= MIN_TOKEN and t not in titles)


@lru_cache(maxsize=1 << 16)
def _variants(official_name: str, alias: str) -> tuple[tuple[str, ...], ...]:
    """The name token tuples an alias adds: its parsed name when it shares a token with the
    official's name or is made of name-only tokens ("Emil"), and the nicknames it prints.
    Stored aliases also hold how a statement pointed at its speaker ("Tegasnya", "Ia")."""
    own = set(_name_tokens(official_name))
    parsed = parse_name(alias)
    out = []
    for candidate in (parsed.name, *parsed.aliases):
        tokens = _name_tokens(candidate)
        if tokens and (own & set(tokens) or not any(is_wordlike(t) for t in tokens)):
            out.append(tokens)
    return tuple(out)


_OFFICIALS = sa.text(
    "SELECT o.id, o.name, o.sort_name, c.n FROM official o JOIN "
    "(SELECT official_id, count(*) AS n FROM statement WHERE status = 'published' AND official_id IS NOT NULL "
    "GROUP BY official_id) c ON c.official_id = o.id WHERE o.merged_into_id IS NULL"
)
_ALIASES = sa.text("SELECT official_id, name FROM officialalias")
_LATEST_POSTS = sa.text(
    "SELECT mb.official_id, mb.role, ar.name FROM membership mb LEFT JOIN area ar ON ar.id = mb.area_id "
    "WHERE mb.official_id IN :ids ORDER BY mb.official_id, mb.start_date DESC, mb.id DESC"
).bindparams(sa.bindparam("ids", expanding=True))


def _build(session: Session) -> _Index:
    by_token: dict[str, set[int]] = defaultdict(set)
    officials: dict[int, NamedOfficial] = {}
    names: dict[int, str] = {}
    for oid, name, sort_name, n in session.execute(_OFFICIALS):
        officials[oid] = NamedOfficial(id=oid, name=name, statements=int(n))
        names[oid] = name
        for token in (*_name_tokens(name), *(_name_tokens(sort_name) if sort_name and sort_name != name else ())):
            by_token[token].add(oid)
    for oid, alias in session.execute(_ALIASES):
        # Most officials are stored under one of their printed names: nothing to parse.
        if oid in names and alias != names[oid]:
            for tokens in _variants(names[oid], alias):
                for token in tokens:
                    by_token[token].add(oid)
    frozen = {token: frozenset(ids) for token, ids in by_token.items()}
    by_official: dict[int, set[str]] = defaultdict(set)
    for token, ids in frozen.items():
        for oid in ids:
            by_official[oid].add(token)
    names_of = {oid: frozenset(tokens) for oid, tokens in by_official.items()}
    return _Index(tokens=frozen, vocabulary=tuple(frozen), officials=officials, names=names_of)


# One index per database and data version: built from every official at the first search after
# a write (about 150 ms at 5,000 officials, 100,000 statements), then shared by every search.
_indexes = memo(4)


def _index(session: Session) -> _Index:
    return _indexes.get(session, "name index", lambda: _build(session))


def _officials_for(index: _Index, token: str, *, fuzzy: bool = True) -> frozenset[int]:
    if _is_stopword(token):
        return frozenset()
    found = index.tokens.get(token)
    if found:
        return found
    if not fuzzy or len(token) < FUZZY_MIN_LENGTH or is_wordlike(token):
        return frozenset()
    near = process.extract(token, index.vocabulary, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=5)
    return frozenset(oid for match, _score, _i in near for oid in index.tokens[match])


def _near_in_run(index: _Index, token: str, run: frozenset[int]) -> frozenset[int]:
    """The officials of `run` printed with a name token one typo away from `token`."""
    if len(token) < FUZZY_MIN_LENGTH or len(run) > RUN_FUZZY_MAX or is_wordlike(token):
        return frozenset()
    return frozenset(
        oid for oid in run if any(fuzz.ratio(token, name) >= RUN_FUZZY_CUTOFF for name in index.names.get(oid, ()))
    )


def find_name(*, session: Session, q: str, fuzzy: bool = True) -> NameInQuery | None:
    """The officials the longest run of plain words in `q` names, or None.

    Only plain words count (not "phrases", -exclusions, NOT exclusions or words joined by OR). Titles and posts
    just before the name ("Pak", "Bupati") go with it. When several officials share the name,
    the most quoted comes first. `fuzzy=False`: names as printed only, no typo forgiven (each
    forgiven word is a scan of every name, about 1 ms at 50,000 officials: a sentence of
    twenty words is not a query of two). A word after a matched name is forgiven a little more
    (RUN_FUZZY_CUTOFF), among the officials that name leaves.
    """
    raw = q.split()
    if not raw:
        return None
    index = _index(session)
    if not index.officials:
        return None
    # How quotes are shared: "Wiradinata: “Pasar harus dibuka”", "Menurut Gubernur Wiradinata, ...".
    # The colon or comma that closes a name is not part of it, and the words of a "phrase" are
    # never a name (they are what was said), but a name before or after one still is.
    bare = [tok.rstrip(":,;") or tok for tok in raw]
    quoted = _in_phrase(raw)
    # A word after NOT (or a lone "-") is excluded, not a name to filter on: "banjir NOT rudi"
    # must leave out what mentions Rudi, not keep only Rudi's statements.
    plain = [
        bool(_PLAIN.match(tok))
        and not quoted[i]
        and tok not in ("OR", "NOT")
        and "OR" not in raw[max(i - 1, 0) : i + 2]
        and (i == 0 or raw[i - 1] not in ("NOT", "-"))
        for i, tok in enumerate(bare)
    ]
    folded = [fold(tok) for tok in bare]
    # "Kapolda Metro Jaya Sutrisno", "Bupati Kendal Imran": the place after a post is the post's,
    # not a name (a "Jaya" in someone's name must not take the query from Sutrisno).
    placed = {
        i
        for end in range(2, len(raw) + 1)
        if (size := _place_before(folded, plain, end))
        for i in range(end - size, end)
    }
    best: tuple[int, int, frozenset[int]] | None = None  # (start, end, officials)
    for start in range(len(raw)):
        shared: frozenset[int] | None = None
        for end in range(start, len(raw)):
            if not plain[end] or end in placed or len(folded[end]) < MIN_TOKEN:
                break
            found = _officials_for(index, folded[end], fuzzy=fuzzy)
            if shared is not None and fuzzy and not shared & found:
                found = _near_in_run(index, folded[end], shared)
            shared = found if shared is None else shared & found
            if not shared:
                break
            if best is None or end + 1 - start > best[1] - best[0]:
                best = (start, end + 1, shared)
    if best is None:
        # "Bupati Banyuwangi", "Kapolda Jateng": a post and its place with no name name whoever held it there.
        return _post_in_place(session, index, raw, folded, plain)
    start, end, ids = best
    before = honorifics().keys() | posts().keys() | acting_forms().keys()
    # A particle too short to index ("van" of "Pieter van Houten", "de", "bin") is part of the name
    # when the official's name prints it there: "Mayor van Houten" is a name, not "Mayor van" + name.
    particles = {fold(w) for i in ids for w in index.officials[i].name.split() if len(fold(w)) < MIN_TOKEN}
    typed_posts: list[str] = []
    while start > 0 and plain[start - 1]:
        if _post_before(folded, plain, start) == 2:  # "Wali Kota Imran"
            start -= 2
            typed_posts.insert(0, folded[start] + folded[start + 1])
        elif folded[start - 1] in before or folded[start - 1] in particles:
            start -= 1
            if folded[start] in posts():
                typed_posts.insert(0, folded[start])
        elif folded[start - 1] == "wakil" and typed_posts:  # "Wakil Bupati Imran"
            start -= 1
            typed_posts.insert(0, folded[start])
        elif (place := _place_before(folded, plain, start)) and not typed_posts:
            # "Kapolda Jateng Sutrisno", "Bupati Kendal Imran": the post's place, typed between it and the name.
            start -= place
        elif not typed_posts and (field := _field_before(folded, plain, start, lambda: _role_words(session, ids))):
            # "Kadis Sosial Suwarni": the office's field, a word of a post one of them held.
            start -= field
            typed_posts = folded[start : start + field]
        else:
            break
    # "Pj Bupati Imran", "Kapolda Imran": the post typed with the name picks the Imran who held it, when one did.
    held = _holding(session, ids, typed_posts) if typed_posts and len(ids) > 1 else frozenset()
    ids = held or ids
    ranked = sorted((index.officials[i] for i in ids), key=lambda o: (-o.statements, o.id))[:MAX_OFFICIALS]
    weak = all(is_wordlike(folded[i]) and not raw[i][:1].isupper() for i in range(best[0], end))
    # "Menurut Wiradinata, ...", "kata Wiradinata", "Wiradinata said ...": the word that attributes the words
    # to the name is not one the official said; left in, a search for them finds nothing.
    after = end + 1 if end < len(raw) and folded[end] in _attributions() else end
    before_name = start - 1 if start > 0 and folded[start - 1] in _attributions() else start
    rest = " ".join(raw[:before_name] + raw[after:])
    return NameInQuery(officials=_with_posts(session, ranked), name_words=tuple(raw[start:end]), rest=rest, weak=weak)


_ROLES = sa.text("SELECT official_id, role FROM membership WHERE official_id IN :ids").bindparams(
    sa.bindparam("ids", expanding=True)
)


def _post_forms(word: str) -> frozenset[str]:
    """The folded ways a typed post word is stored: itself, the post roles.tsv reads it as
    ("sekda" -> "sekretarisdaerah", "kadis" -> "kepaladinas") and its spelled-out forms."""
    return frozenset({word, *(fold(form) for form in stored_forms(word))})


def _without_acting(role: str) -> str:
    """A held post folded, without the acting form it opens with ("Pj. Bupati" -> "bupati")."""
    words = [fold(w) for w in re.split(r"[\s.,]+", role) if w]
    while words and words[0] in acting_forms():
        words.pop(0)
    return "".join(words)


def _holding(session: Session, ids: frozenset[int], typed_posts: list[str]) -> frozenset[int]:
    """Those of `ids` who held the post `typed_posts` names, in any of its stored forms: "Pj.
    Bupati" for "bupati", "Kepala Kepolisian Daerah" for "kapolda"; "Wakil Bupati" is not
    "Bupati" (a post is read from its first word, so a deputy never passes for the head)."""
    wanted = [""]
    for word in typed_posts:
        wanted = [head + form for head in wanted for form in _post_forms(word)]
    starts = tuple(wanted)
    return frozenset(
        oid
        for oid, role in session.execute(_ROLES, {"ids": sorted(ids)})
        if role and _without_acting(role).startswith(starts)
    )


_AREAS = sa.text("SELECT id, name FROM area")
_HELD_IN = sa.text("SELECT official_id, role FROM membership WHERE area_id IN :ids").bindparams(
    sa.bindparam("ids", expanding=True)
)
# The level word an area's stored name may open with ("Kabupaten Banyuwangi", "Kota Kendal").
_LEVEL_WORDS = frozenset({"kabupaten", "kab", "kota", "provinsi", "prov"})


def _post_in_place(
    session: Session, index: _Index, raw: list[str], folded: list[str], plain: list[bool]
) -> NameInQuery | None:
    """The officials who held the post typed just before a place, in an area of that name ("Bupati
    Banyuwangi", "Wali Kota Kendal", "Gubernur DKI Jakarta"), most quoted first; None when the
    query has no such words or nobody held that post there. "Wakil Bupati X" is the deputy's."""
    for end in range(len(raw), 1, -1):
        size = _place_before(folded, plain, end)
        if not size:
            continue
        first = end - size
        start = first - _post_before(folded, plain, first)
        typed_posts = ["".join(folded[start:first])]
        if start > 0 and plain[start - 1] and folded[start - 1] == "wakil":
            start -= 1
            typed_posts.insert(0, "wakil")
        ids = _holding_in(session, typed_posts, "".join(folded[first:end]))
        if not ids:
            continue
        known = [index.officials[i] for i in ids if i in index.officials]
        ranked = sorted(known, key=lambda o: (-o.statements, o.id))[:MAX_OFFICIALS]
        if ranked:
            rest = " ".join(raw[:start] + raw[end:])
            return NameInQuery(officials=_with_posts(session, ranked), name_words=tuple(raw[start:end]), rest=rest)
    return None


def _holding_in(session: Session, typed_posts: list[str], place: str) -> frozenset[int]:
    """Who held the post `typed_posts` names in an area called `place` (folded), by its stored name
    with or without the level word, or by the name a short form stands for ("dkijakarta")."""
    canonical = region_aliases().get(place)
    targets = {place} | ({fold(canonical[0])} if canonical else set())
    areas = []
    for area_id, name in session.execute(_AREAS):
        words = name.split()
        bare = words[1:] if len(words) > 1 and fold(words[0]) in _LEVEL_WORDS else words
        if fold(name) in targets or fold("".join(bare)) in targets:
            areas.append(area_id)
    if not areas:
        return frozenset()
    wanted = [""]
    for word in typed_posts:
        wanted = [head + form for head in wanted for form in _post_forms(word)]
    starts = tuple(wanted)
    return frozenset(
        oid
        for oid, role in session.execute(_HELD_IN, {"ids": areas})
        if role and _without_acting(role).startswith(starts)
    )


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Folded names of provinces, regencies and their printed short forms ("jateng", "kendal")."""
    names = {*region_aliases(), *(fold(name) for name, _level in region_aliases().values())}
    return frozenset(names | {fold(place.name) for place in regencies()})


def _role_words(session: Session, ids: frozenset[int]) -> frozenset[str]:
    """The folded words of every post `ids` held."""
    rows = session.execute(_ROLES, {"ids": sorted(ids)})
    return frozenset(fold(w) for _oid, role in rows if role for w in re.split(r"[\s.,]+", role) if w)


def _field_before(folded: list[str], plain: list[bool], start: int, role_words: Callable[[], frozenset[str]]) -> int:
    """How many words (one or two) just before `start` go on a post typed before them with words
    of a post held ("Kadis Sosial", "Kepala Dinas Pendidikan dan"); 0 when they do not. The posts
    held are read only when a post was typed there."""
    for size in (2, 1):
        first = start - size
        typed = first >= 1 and all(plain[first:start]) and _post_before(folded, plain, first)
        if typed and all(w in role_words() and w not in posts() for w in folded[first:start]):
            return size
    return 0


def _post_before(folded: list[str], plain: list[bool], start: int) -> int:
    """How many words (one or two) just before `start` print a post ("Kapolda", "Wali Kota"); 0 if none."""
    for size in (2, 1):
        first = start - size
        if first >= 0 and all(plain[first:start]) and "".join(folded[first:start]) in posts():
            return size
    return 0


def _place_before(folded: list[str], plain: list[bool], start: int) -> int:
    """How many words (up to three) just before `start` name a place that a post opens
    ("Kapolda Jawa Tengah", "Wali Kota Kendal"); 0 when none do."""
    for size in (3, 2, 1):
        first = start - size
        placed = first >= 1 and all(plain[first:start]) and "".join(folded[first:start]) in _places()
        if placed and _post_before(folded, plain, first):
            return size
    return 0


@lru_cache(maxsize=1)
def _attributions() -> frozenset[str]:
    """Words that attribute speech to the name beside them: speech verbs (id, en), their bare
    roots ("kata", "ujar") and "menurut" ("according to")."""
    words = {"menurut"}
    for name in ("speech_verbs_id.txt", "speech_verbs_en.txt", "speech_roots_id.txt"):
        words |= word_set("quotetrack.extract", name)
    return frozenset(fold(w) for w in words)


def _in_phrase(tokens: list[str]) -> list[bool]:
    """For each token, whether it is (part of) a "quoted phrase", straight or curly quotes."""
    inside, out = False, []
    for tok in tokens:
        marks = straight_quotes(tok).count('"')
        out.append(inside or marks > 0)
        inside = inside != (marks % 2 == 1)
    return out


def _with_posts(session: Session, officials: list[NamedOfficial]) -> tuple[NamedOfficial, ...]:
    latest: dict[int, tuple[str, str | None]] = {}
    for oid, role, region in session.execute(_LATEST_POSTS, {"ids": [o.id for o in officials]}):
        latest.setdefault(oid, (role, region))
    return tuple(
        NamedOfficial(
            id=o.id,
            name=o.name,
            statements=o.statements,
            role=latest.get(o.id, (None, None))[0],
            region=latest.get(o.id, (None, None))[1],
        )
        for o in officials
    )
