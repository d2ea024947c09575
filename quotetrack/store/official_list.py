"""The officials directory: a name search that ignores accents, titles and small typos, filters by
post, region and level of government, and sort orders. Serves the /officials page and the CLI."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa
from rapidfuzz import fuzz, process
from sqlmodel import Session, col, func, select

from quotetrack.kinds import OfficialSort, StatementStatus
from quotetrack.models import Area, Membership, Official, OfficialAlias, OfficialPublic, Statement
from quotetrack.resolve.gazetteer import honorifics, posts
from quotetrack.store.cache import cached
from quotetrack.store.post_forms import role_matches
from quotetrack.store.reads import area_ids_within, officials_public, public_post
from quotetrack.store.variants import is_name_variant
from quotetrack.text.lexicon import fold

# "officials": people who held a public post; "all": every person quoted (researchers, activists...).
Speakers = Literal["officials", "all"]
# Levels of government, as areas record them (nasional: a post with no area, such as a minister's).
LEVELS = ("nasional", "provinsi", "kabupaten", "kota", "kecamatan", "desa")
# A name search keeps at most this many officials, best matches first.
MAX_MATCHES = 2000
_WORD = re.compile(r"[\w'\u2019.-]+")


@dataclass(frozen=True, slots=True)
class OfficialQuery:
    name: str = ""
    role: str = ""  # part of a post, case-insensitive: "bupati" finds "Pj. Bupati"
    region: str = ""  # an area code or name; a province includes the areas below it
    level: str = ""  # one of LEVELS
    sort: OfficialSort = "quoted"  # "match" (best name match first) is the default when a name is given
    speakers: Speakers = "officials"


@dataclass(frozen=True, slots=True)
class OfficialPage:
    officials: list[OfficialPublic]
    total: int


def name_tokens(text: str) -> list[str]:
    """The words of a name as lookup keys: accents, dots and case folded, titles dropped
    ("Dr. H. Ìmran, M.Si." -> ["imran"])."""
    keys = [fold(w) for w in _WORD.findall(text)]
    titles = honorifics()
    return [k for k in keys if k and k not in titles]


@dataclass(frozen=True, slots=True)
class _NameIndex:
    vocabulary: list[str]  # every name word of every official
    officials: dict[str, frozenset[int]]  # name word -> officials whose names hold it


def _name_index(session: Session) -> _NameIndex:
    def build() -> _NameIndex:
        names = session.exec(select(Official.id, Official.name).where(col(Official.merged_into_id).is_(None))).all()
        aliases = session.exec(
            select(OfficialAlias.official_id, OfficialAlias.name)
            .join(Official, col(Official.id) == OfficialAlias.official_id)
            .where(col(Official.merged_into_id).is_(None))
        ).all()
        table: dict[str, set[int]] = defaultdict(set)
        for oid, name in [*names, *((o, a) for o, a in aliases if is_name_variant(a))]:
            for token in name_tokens(name):
                table[token].add(oid)
        return _NameIndex(sorted(table), {k: frozenset(v) for k, v in table.items()})

    return cached(session, "official name index", build)


def _token_hits(index: _NameIndex, token: str) -> dict[int, float]:
    """Officials with a name word starting with `token` (score 100), or close to it (a typo)."""
    hits: dict[int, float] = {}
    for word in index.vocabulary:
        if word.startswith(token):
            for oid in index.officials[word]:
                hits[oid] = 100.0
    if len(token) >= 4:  # shorter words are too alike for a typo to mean anything
        cutoff = 80 if len(token) >= 6 else 75
        for word, score, _ in process.extract(
            token, index.vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff, limit=200
        ):
            for oid in index.officials[word]:
                hits[oid] = max(hits.get(oid, 0.0), score)
    return hits


def match_names(*, session: Session, name: str) -> dict[int, float] | None:
    """Official id -> match score (0-100) for a name query; None when the query has no name words.
    Every word of the query must match a word of one of the official's names."""
    tokens = name_tokens(name)
    if not tokens:
        return None
    index = _name_index(session)
    scores: dict[int, float] | None = None
    for token in tokens:
        hits = _token_hits(index, token)
        scores = hits if scores is None else {o: s + hits[o] for o, s in scores.items() if o in hits}
    best = sorted((scores or {}).items(), key=lambda kv: -kv[1])[:MAX_MATCHES]
    return {oid: score / len(tokens) for oid, score in best}


def _national_posts() -> list[str]:
    return sorted({entry.post for entry in posts().values() if entry.level == "nasional"})


def _with_post(session: Session, q: OfficialQuery) -> list[sa.ColumnElement[bool]]:
    """WHERE terms: the official held (at some time) a post of this role, region and level."""
    terms: list[sa.ColumnElement[bool]] = []
    if q.role:
        terms.append(role_matches(q.role))
    if q.region:
        terms.append(col(Membership.area_id).in_(area_ids_within(session, q.region.strip())))
    if q.level == "nasional":
        terms.append(
            sa.or_(
                col(Membership.area_id).in_(select(Area.id).where(Area.level == "country")),
                sa.and_(col(Membership.area_id).is_(None), col(Membership.role).in_(_national_posts())),
            )
        )
    elif q.level:
        terms.append(col(Membership.area_id).in_(select(Area.id).where(Area.level == q.level)))
    return terms


def search_officials(*, session: Session, query: OfficialQuery, limit: int = 50, offset: int = 0) -> OfficialPage:
    """Officials matching `query`, in its sort order, with the total number that match. Memoised
    per data version, as the list it replaced was: each answer counts every official's statements."""
    return cached(
        session, ("official search", query, limit, offset), lambda: _search_officials(session, query, limit, offset)
    )


def _search_officials(session: Session, query: OfficialQuery, limit: int, offset: int) -> OfficialPage:
    counts = (
        select(Statement.official_id, func.count().label("n"), func.max(Statement.date).label("last"))
        .where(Statement.status == StatementStatus.PUBLISHED)
        .group_by(col(Statement.official_id))
        .subquery()
    )
    base = (
        select(Official, func.coalesce(counts.c.n, 0).label("n"))
        .join(counts, counts.c.official_id == Official.id, isouter=True)
        .where(col(Official.merged_into_id).is_(None))
    )
    if query.speakers == "officials":
        base = base.where(col(Official.id).in_(select(Membership.official_id).where(public_post())))
    post_terms = _with_post(session, query)
    if post_terms:
        base = base.where(col(Official.id).in_(select(Membership.official_id).where(*post_terms)))
    matched = match_names(session=session, name=query.name) if query.name.strip() else None
    if matched is not None:
        base = base.where(col(Official.id).in_(list(matched) or [-1]))
    total = session.exec(select(func.count()).select_from(base.subquery())).one()
    sort = query.sort if query.sort != "match" or matched is not None else "quoted"
    if sort == "match" and matched is not None:
        # At most MAX_MATCHES rows: ordered here by score, then by how often each is quoted.
        def best_first(row: tuple[Official, int]) -> tuple[float, int, str, int]:
            official, quoted = row
            assert official.id is not None  # a stored row's primary key
            return -matched[official.id], -quoted, official.sort_name, official.id

        ranked = sorted(session.exec(base).all(), key=best_first)
        return OfficialPage(officials_public(session, ranked[offset : offset + limit]), total)
    order = {
        "quoted": (sa.desc("n"), col(Official.sort_name), col(Official.id)),
        "name": (func.lower(func.coalesce(func.nullif(Official.sort_name, ""), Official.name)), col(Official.id)),
        "recent": (counts.c.last.desc().nulls_last(), sa.desc("n"), col(Official.id)),
    }[sort]
    rows = session.exec(base.order_by(*order).limit(limit).offset(offset)).all()
    return OfficialPage(officials_public(session, rows), total)


def common_posts(*, session: Session, limit: int = 40) -> list[str]:
    """The posts officials hold most often, for the role filter's suggestions."""
    return cached(
        session,
        ("common posts", limit),
        lambda: list(
            session.exec(
                select(Membership.role)
                .group_by(Membership.role)
                .order_by(sa.desc(func.count()), Membership.role)
                .limit(limit)
            ).all()
        ),
    )
