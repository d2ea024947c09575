"""The officials registry as the ingest sees it: the pure Resolver, backed by the database.

The resolver decides who a mention is; this module turns its keys into Official rows,
records every printed name as an alias and every post as a dated Membership.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlmodel import Session, col, select

from quotetrack.extract.descriptors import describes_private_person
from quotetrack.extract.model import ExtractedStatement
from quotetrack.kinds import Appointment
from quotetrack.models import Area, Membership, Official, OfficialAlias, Statement
from quotetrack.resolve import (
    Mention,
    OfficialRecord,
    ParsedName,
    Region,
    RegionTable,
    Resolver,
    Role,
    parse_name,
    parse_role,
    read_groups,
)
from quotetrack.resolve.grouping import Group, speaker_is_filed, speaker_mentions
from quotetrack.resolve.matching import fuller_name, name_key, skeleton
from quotetrack.resolve.model import MembershipRecord
from quotetrack.resolve.posts import Post, canonical_post, fullest_posts
from quotetrack.resolve.posts import same_post as is_same_post
from quotetrack.resolve.regions import province_of
from quotetrack.resolve.resolver import role_at
from quotetrack.store import writes
from quotetrack.store.db import lock_keys, select_columns, table_of
from quotetrack.store.officials import Pair
from quotetrack.store.regions import region_table


def alias_key(name: str) -> str:
    """OfficialAlias.key: the printed name casefolded, its spacing normalised."""
    return " ".join(name.casefold().split())


@dataclass(frozen=True, slots=True)
class SpeakerLink:
    official_id: int
    membership_id: int | None


@dataclass(frozen=True, slots=True)
class _Stored:
    """A stored membership as the registry keeps it, so a repeated post costs no query."""

    id: int
    role: str
    area_id: int | None
    start: dt.date | None
    end: dt.date | None

    def covers(self, on: dt.date) -> bool:
        return self.start is not None and self.end is not None and self.start <= on <= self.end


# A post printed without its place is the one held with a place within this many days of the
# statement; further apart it may be another posting (a Kapolres moves regency every year or two).
PLACE_DAYS = 180
PLACE_DAYS_ELECTED = 5 * 365  # a term of office


def _distance(stored: _Stored, on: dt.date | None) -> int:
    """Days between `on` and a membership's period (0 inside it or when either is undated)."""
    if on is None or stored.start is None or stored.end is None:
        return 0
    return max((stored.start - on).days, (on - stored.end).days, 0)


# Test-only switch: False leaves out what makes several writers safe (the name locks and the re-read
# of the other writers' rows), so the concurrency test can show that it fails without them.
COORDINATE = True


def name_keys(groups: Iterable[Group]) -> set[str]:
    """The lock keys of the people these groups may be: the spelling skeleton of every full word
    of every name they were printed under. Any official the resolver could match one of them to
    shares such a word (its blocking looks people up by a word, a word's spelling, or a whole
    name), so two writers that could decide about one person always want one key in common."""
    keys: set[str] = set()
    for group in groups:
        for key in [group.key, *(name_key(parse_name(n).name or n) for n in group.names)]:
            keys.update(skeleton(t) for t in (key.full or key.tokens))
    return keys


@dataclass
class _Tail:
    """Which rows of one table a registry has read, by id, so a refresh reads only newer ones.

    Ids are drawn when a row is inserted, not when it commits: a row of a transaction still open
    when the registry last read can turn up later below the highest id read. Such missing ids are
    kept as gaps, each with the snapshot xmax of the read that missed it, and read again until a
    snapshot's xmin passes that xmax (every transaction that could hold it has ended: it is now
    read, or it was rolled back). A writer's transaction has its xid before it inserts any
    official (lock_names asks for it), so its rows' ids are drawn after its xid.
    """

    high: int = 0
    gaps: dict[int, int] = field(default_factory=dict)  # missing id -> xmax of the snapshot after it was missed

    def where(self, table: sa.Table) -> Any:
        if not self.gaps:
            return table.c.id > self.high
        gaps = sa.bindparam("gaps", sorted(self.gaps), type_=postgresql.ARRAY(sa.BigInteger))
        return sa.or_(table.c.id > self.high, table.c.id == sa.any_(gaps))

    def seen(self, ids: Iterable[int], *, xmin: int, xmax: int) -> None:
        """After a read: `ids` are the ids it returned, `xmin` that of a snapshot taken before it,
        `xmax` that of one taken after it."""
        found = set(ids)
        for gap, after in list(self.gaps.items()):
            if gap in found or after <= xmin:
                del self.gaps[gap]
        top = max(found, default=self.high)
        for missing in range(self.high + 1, top):
            if missing not in found:
                self.gaps[missing] = xmax
        self.high = max(self.high, top)

    @classmethod
    def of(cls, ids: Iterable[int], *, xmax: int) -> _Tail:
        """After the registry's first read of a table: every id below the highest not read is a gap."""
        tail = cls()
        tail.seen(ids, xmin=0, xmax=xmax)
        return tail


_SNAPSHOT_XMIN = sa.text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
_SNAPSHOT_XMAX = sa.text("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint")


class OfficialRegistry:
    """The Resolver plus what is stored: officials, printed names, posts and areas, kept in memory.

    Everything learnt inside a transaction is journalled: `commit` keeps it, `forget_uncommitted`
    (after a rollback) undoes it, `rollback_to` (after a ROLLBACK TO SAVEPOINT) undoes what came
    after a `savepoint` mark, so the memory never claims rows the database lost.
    """

    def __init__(
        self,
        resolver: Resolver,
        key_to_id: dict[str, int],
        regions: RegionTable | None = None,
        names: dict[int, str] | None = None,
        aliases: set[tuple[int, str]] | None = None,
        memberships: dict[int, list[_Stored]] | None = None,
    ) -> None:
        self.resolver = resolver
        self.regions = regions
        self._ids = key_to_id
        # What is stored already, so a long ingest does not ask the database again for every mention.
        self._names = names if names is not None else {}
        self._aliases = aliases if aliases is not None else set()
        self._memberships = memberships if memberships is not None else {}
        self._areas: dict[tuple[str, str], int] = {}  # ("code", code) or ("name", name) -> area id, as met
        self._posts: dict[tuple[str | None, str | None], Post | None] = {}  # (role, region) as printed -> post
        self._new_ids: set[int] = set()  # officials this registry created: nobody else records their posts
        self._undo: list[Callable[[], object]] = []
        self.created = 0
        self._keys = {official_id: key for key, official_id in key_to_id.items()}  # id -> resolver key
        # Several writers (start_sharing): what each has read of the three tables, and the
        # officials whose lock this transaction holds.
        self._tails: dict[str, _Tail] | None = None
        self._locked: set[int] = set()

    @classmethod
    def load(cls, *, session: Session) -> OfficialRegistry:
        """Seed a resolver with every official already stored (merged ones excluded).

        Areas imported with `quotetrack regions import` become the resolver's region table.
        """
        regions = region_table(session=session)
        resolver = Resolver(regions=regions)
        # Plain columns, not table rows: building 100,000 ORM objects costs more than the query.
        officials = session.exec(
            select(Official.id, Official.name, Official.honorific_prefix, Official.honorific_suffix).where(
                col(Official.merged_into_id).is_(None)
            )
        ).all()
        loaded = {oid for oid, *_ in officials}
        aliases: dict[int, list[str]] = {}
        alias_ids: list[int] = []
        rows = session.exec(select(OfficialAlias.id, OfficialAlias.official_id, OfficialAlias.name))
        for alias_id, oid, name in rows:
            if oid in loaded:  # not a merged official's, nor one stored since its table was read
                aliases.setdefault(oid, []).append(name)
                alias_ids.append(alias_id or 0)
        memberships: dict[int, list[MembershipRecord]] = {}
        stored: dict[int, list[_Stored]] = {}
        roles: dict[str, Role | None] = {}  # a few hundred distinct labels over many memberships
        for membership_id, official_id, label, organization, start, end, area_id, area_name in session.exec(
            select_columns(
                Membership.id,
                Membership.official_id,
                Membership.role,
                Membership.organization,
                Membership.start_date,
                Membership.end_date,
                Membership.area_id,
                Area.name,
            )
            .join(Area, col(Area.id) == Membership.area_id, isouter=True)
            .order_by(col(Membership.id))
        ):
            if official_id not in loaded:
                continue
            role = roles[label] if label in roles else roles.setdefault(label, parse_role(label))
            memberships.setdefault(official_id, []).append(_record(label, role, organization, area_name, start, end))
            assert membership_id is not None
            stored.setdefault(official_id, []).append(_Stored(membership_id, label, area_id, start, end))
        lay = _laypersons(session, loaded - memberships.keys())
        key_to_id: dict[str, int] = {}
        names: dict[int, str] = {}
        for official_id, name, prefix, suffix in officials:
            assert official_id is not None  # a stored row's primary key
            key = str(official_id)
            resolver.add_official(
                OfficialRecord(
                    key=key,
                    name=name,
                    aliases=tuple(aliases.get(official_id, [])),
                    memberships=tuple(memberships.get(official_id, [])),
                    prefix=prefix or "",
                    suffix=suffix or "",
                    lay=official_id in lay,
                )
            )
            key_to_id[key] = official_id
            names[official_id] = name
        known = {(oid, name) for oid, names in aliases.items() for name in names}
        registry = cls(resolver, key_to_id, regions, names, known, stored)
        registry._loaded = (
            [oid for oid, *_ in officials],
            alias_ids,
            [m.id for held in stored.values() for m in held],
        )
        return registry

    _loaded: tuple[list[Any], list[int], list[int]] = ([], [], [])

    # -- several writers ------------------------------------------------------------------

    def start_sharing(self, *, session: Session) -> None:
        """This registry stores alongside other writers on PostgreSQL (ingest --writers): from now
        on lock_names must open each transaction that resolves speakers. Call right after load,
        in its transaction."""
        xmax = session.execute(_SNAPSHOT_XMAX).scalar_one()
        # Merged officials are left out of the load: read once by the first refresh, then known.
        officials, aliases, memberships = self._loaded
        self._tails = {
            "official": _Tail.of(officials, xmax=xmax),
            "alias": _Tail.of(aliases, xmax=xmax),
            "membership": _Tail.of(memberships, xmax=xmax),
        }
        self._loaded = ([], [], [])

    @property
    def sharing(self) -> bool:
        return self._tails is not None and COORDINATE

    def lock_names(self, *, session: Session, groups: Sequence[Group], areas: Iterable[str] = ()) -> None:
        """Open a transaction in which one of several writers resolves these speaker groups.

        Whether a group is an official already stored or a new person is decided by one writer at
        a time per name: this takes a transaction-long advisory lock on every name key of the
        groups (and on the `areas` their posts may create), reads what other writers committed
        since this registry last looked, then locks the stored officials the groups will be
        judged against (their posts and names decide) and reads again. Each set is taken in a
        fixed order, names before officials, so writers wait for each other but never in a circle.
        """
        if not self.sharing:
            return
        session.execute(sa.select(sa.func.pg_current_xact_id()))  # our ids are drawn after our xid (see _Tail)
        lock_keys(session, *(("name", k) for k in name_keys(groups)), *(("area", a) for a in areas))
        self.refresh(session=session)
        candidates = {self._ids[k] for g in groups for k in self.resolver.candidates(g) if k in self._ids}
        lock_keys(session, *(("official", str(i)) for i in candidates))
        self._locked |= candidates
        self.refresh(session=session)

    def refresh(self, *, session: Session) -> None:
        """Learn the officials, printed names and posts other writers committed since the last read."""
        if self._tails is None:
            return
        xmin = session.execute(_SNAPSHOT_XMIN).scalar_one()
        tails = self._tails
        official, alias, membership = table_of(Official), table_of(OfficialAlias), table_of(Membership)
        new_aliases = session.execute(
            sa.select(alias.c.id, alias.c.official_id, alias.c.name).where(tails["alias"].where(alias))
        ).all()
        area = table_of(Area)
        new_memberships = session.execute(
            sa.select(
                membership.c.id,
                membership.c.official_id,
                membership.c.role,
                membership.c.organization,
                membership.c.start_date,
                membership.c.end_date,
                membership.c.area_id,
                area.c.name,
            )
            .select_from(membership.outerjoin(area, area.c.id == membership.c.area_id))
            .where(tails["membership"].where(membership))
        ).all()
        # Officials last: a name or post read above belongs to an official this read sees.
        new_officials = session.execute(
            sa.select(
                official.c.id,
                official.c.name,
                official.c.honorific_prefix,
                official.c.honorific_suffix,
                official.c.merged_into_id,
            ).where(tails["official"].where(official))
        ).all()
        xmax = session.execute(_SNAPSHOT_XMAX).scalar_one()
        tails["official"].seen((r[0] for r in new_officials), xmin=xmin, xmax=xmax)
        tails["alias"].seen((r[0] for r in new_aliases), xmin=xmin, xmax=xmax)
        tails["membership"].seen((r[0] for r in new_memberships), xmin=xmin, xmax=xmax)
        names: dict[int, list[str]] = {}
        for _id, official_id, name in new_aliases:
            if (official_id, name) not in self._aliases:
                self._aliases.add((official_id, name))
                names.setdefault(official_id, []).append(name)
        posts: dict[int, list[MembershipRecord]] = {}
        for row in new_memberships:
            membership_id, official_id, label, organization, start, end, area_id, area_name = row
            held = self._memberships.setdefault(official_id, [])
            if any(m.id == membership_id for m in held):
                continue  # our own
            held.append(_Stored(membership_id, label, area_id, start, end))
            posts.setdefault(official_id, []).append(
                _record(label, parse_role(label), organization, area_name, start, end)
            )
        for official_id, name, prefix, suffix, merged_into in new_officials:
            if official_id in self._keys or merged_into is not None:
                continue  # ours, or merged away
            key = str(official_id)
            self.resolver.add_official(
                OfficialRecord(
                    key=key,
                    name=name,
                    aliases=tuple(names.pop(official_id, [])),
                    memberships=tuple(posts.pop(official_id, [])),
                    prefix=prefix or "",
                    suffix=suffix or "",
                )
            )
            self._ids[key], self._keys[official_id], self._names[official_id] = official_id, key, name
        for official_id in names.keys() | posts.keys():
            known = self._keys.get(official_id)
            if known is not None:
                self.resolver.learn(known, aliases=names.get(official_id, ()), memberships=posts.get(official_id, ()))

    def _official_id(self, session: Session, key: str, mention: Mention, parsed: ParsedName) -> int:
        """`parsed`: the mention as printed, parsed (Reading.printed), for a new official's honorifics."""
        if key in self._ids:
            official_id = self._ids[key]
            if self.sharing and official_id not in self._new_ids and official_id not in self._locked:
                # Met through a name learnt earlier in this transaction: lock it before writing its rows.
                lock_keys(session, ("official", str(official_id)))
                self._locked.add(official_id)
            return official_id
        official_id = writes.insert_official(
            session=session,
            name=mention.name,
            sort_name=parsed.sort_name or mention.name,
            honorific_prefix=parsed.prefix,
            honorific_suffix=parsed.suffix,
        )
        self._ids[key] = official_id
        self._keys[official_id] = key
        self._names[official_id] = mention.name
        self._new_ids.add(official_id)
        self.created += 1

        def undo() -> None:
            self._ids.pop(key, None)
            self._keys.pop(official_id, None)
            self._new_ids.discard(official_id)
            self.created -= 1

        self._undo.append(undo)
        return official_id

    def _area_id(self, session: Session, region: Region) -> int:
        key = ("code", region.code) if region.code else ("name", region.name)
        if key not in self._areas:
            area = writes.ensure_area(
                session=session,
                name=region.name,
                level=region.level or "other",
                code=region.code,
                province=province_of(region),
            )
            assert area.id is not None
            self._areas[key] = area.id
            self._undo.append(lambda: self._areas.pop(key, None))  # the area may be new in this transaction
        return self._areas[key]

    def _post(self, mention: Mention) -> Post | None:
        """The post printed with the mention; None when the mention prints none."""
        printed = (mention.role, mention.region)
        if printed not in self._posts:
            self._posts[printed] = canonical_post(mention.role, mention.region, self.regions)
        return self._posts[printed]

    def _membership_id(self, session: Session, official_id: int, post: Post | None, on: dt.date | None) -> int | None:
        """The membership filing `post` for the official, recorded or widened to cover `on`."""
        if post is None:
            return None
        area_id = self._area_id(session, post.region) if post.region is not None else None
        held = self._memberships.setdefault(official_id, [])
        # (one post however its words are cased, "Menteri Koordinator Bidang ..." and "... bidang ...",
        # or spelled: "Kadinkes" and "Kepala Dinas Kesehatan", "Ketua OJK" and "Ketua Otoritas Jasa Keuangan")
        same_post = [k for k, m in enumerate(held) if is_same_post(m.role, post.label)]
        at = next((k for k in same_post if held[k].area_id == area_id), None)
        if at is None:
            # (an elected head serves one region for a term; an appointee may be posted elsewhere)
            days = PLACE_DAYS_ELECTED if post.appointment == Appointment.ELECTED else PLACE_DAYS
            at = self._placed(session, held, same_post, area_id, on, days)
        if at is None:
            if official_id in self._new_ids:
                new_id = writes.insert_membership(
                    session=session,
                    official_id=official_id,
                    role=post.label,
                    area_id=area_id,
                    appointment=post.appointment,
                    on=on,
                )
                stored = _Stored(new_id, post.label, area_id, on, on)
            else:  # another ingest or an editor may have recorded this post since the registry was loaded
                row = writes.record_membership(
                    session=session,
                    official_id=official_id,
                    role=post.label,
                    area_id=area_id,
                    appointment=post.appointment,
                    on=on,
                )
                assert row.id is not None
                stored = _Stored(row.id, row.role, row.area_id, row.start_date, row.end_date)
            held.append(stored)
            self._undo.append(lambda: held.remove(stored))
            return stored.id
        stored = held[at]
        if on is not None and not stored.covers(on):
            writes.widen_membership(session=session, membership_id=stored.id, on=on)
            held[at] = replace(stored, start=min(stored.start or on, on), end=max(stored.end or on, on))
            self._undo.append(lambda: held.__setitem__(at, stored))
        return stored.id

    def _placed(
        self,
        session: Session,
        held: list[_Stored],
        same_post: list[int],
        area_id: int | None,
        on: dt.date | None,
        days: int,
    ) -> int | None:
        """The one membership of a post printed with and without its place: "Gubernur Anwari" files
        under the "Gubernur DKI Jakarta" the person holds within `days` (the nearest in time,
        when several), and a post first seen without its place takes the place when one is printed."""
        if area_id is None:
            placed = [k for k in same_post if held[k].area_id is not None and _distance(held[k], on) <= days]
            return min(placed, key=lambda k: _distance(held[k], on), default=None)
        unplaced = [k for k in same_post if held[k].area_id is None]
        if len(unplaced) != 1 or any(held[k].area_id is not None for k in same_post):
            return None  # already held somewhere: the bare post may have been either place's
        at = unplaced[0]
        stored = held[at]
        writes.place_membership(session=session, membership_id=stored.id, area_id=area_id)
        held[at] = replace(stored, area_id=area_id)
        self._undo.append(lambda: held.__setitem__(at, stored))
        return at

    def _held_on(self, official_id: int, on: dt.date) -> int | None:
        """officials.membership_at over the memberships in memory: the post held that day."""
        held = self._memberships.get(official_id, [])
        # role_at reads the post and the dates only.
        records = [MembershipRecord(post=m.role, start=m.start, end=m.end, role=m.role) for m in held]
        found = role_at(OfficialRecord(key=str(official_id), name="", memberships=tuple(records)), on)
        return None if found is None else held[next(k for k, r in enumerate(records) if r is found)].id

    def resolve_article(
        self,
        *,
        session: Session,
        article_key: str,
        statements: Sequence[ExtractedStatement],
        groups: list[Group] | None = None,
    ) -> list[SpeakerLink | None]:
        """One SpeakerLink per statement (None for unknown speakers), creating officials as needed.

        `groups`: the article's speaker_mentions already read and grouped (read_groups, with
        this registry's region table), as the ingest's worker processes hand them over.
        """
        indexed = [i for i, s in enumerate(statements) if speaker_is_filed(s)]
        mentions = speaker_mentions(statements, article_key)
        if groups is None:
            groups = read_groups(mentions, self.regions)
        links: list[SpeakerLink | None] = [None] * len(statements)
        unplaced: list[tuple[int, int, dt.date]] = []
        new_aliases: list[tuple[int, str, str]] = []
        printed: list[ParsedName | None] = [None] * len(mentions)
        epithets: list[int] = []  # mentions printing a post in place of the name (Reading.epithet)
        for group in groups:
            for index, reading in zip(group.indexes, group.readings, strict=True):
                printed[index] = reading.printed
                if reading.epithet is not None:
                    epithets.append(index)
        resolutions = self.resolver.resolve_groups(groups, len(mentions))
        speakers: list[int] = []
        for mention, parsed, resolution in zip(mentions, printed, resolutions, strict=True):
            assert parsed is not None
            official_id = self._official_id(session, resolution.official_key, mention, parsed)
            self._sync_name(session, resolution.official_key, official_id)
            for alias in dict.fromkeys((mention.name.strip()[:300], (mention.mention or "").strip()[:300])):
                if alias and (official_id, alias) not in self._aliases:
                    new_aliases.append((official_id, alias, alias_key(alias)))
                    self._aliases.add((official_id, alias))
                    self._undo.append(partial(self._aliases.discard, (official_id, alias)))
            speakers.append(official_id)
        # A post printed short ("Kapolres") files under the fuller one the article gives the
        # same person ("Kapolres Sarolangun"): one post on the official's page, not two.
        posts = fullest_posts([(o, self._post(m)) for o, m in zip(speakers, mentions, strict=True)])
        for i, mention, official_id, post in zip(indexed, mentions, speakers, posts, strict=True):
            membership_id = self._membership_id(session, official_id, post, mention.date)
            if membership_id is None and mention.date is not None:
                unplaced.append((i, official_id, mention.date))
            links[i] = SpeakerLink(official_id, membership_id)
        for index in epithets:
            parsed = printed[index]
            assert parsed is not None
            epithet = canonical_post(parsed.role, parsed.region, self.regions)
            if epithet is not None and epithet != posts[index]:
                # "kata Ketua Umum PP Muslimat NU itu" of a governor: a post of hers, though the
                # statement cites the one its article gives her
                self._membership_id(session, speakers[index], epithet, mentions[index].date)
        writes.add_aliases(session=session, aliases=new_aliases)
        # A statement printing no post cites the one its speaker held that day (after this
        # article's own posts are recorded, so "Imran" joins "Pj. Bupati Subang Imran" above it).
        for i, official_id, on in unplaced:
            links[i] = SpeakerLink(official_id, self._held_on(official_id, on))
        return links

    def _sync_name(self, session: Session, key: str, official_id: int) -> None:
        """The registry's display name is the fullest one the resolver has seen."""
        record = self.resolver.official(key)
        known = self._names.get(official_id)
        if record is None or not record.name or record.name == known:
            return
        official = session.get(Official, official_id)
        if official is None:
            return
        self._names[official_id] = official.name
        if fuller_name(name_key(official.name), name_key(record.name)):
            self._names[official_id] = record.name
            official.name = record.name
            official.sort_name = parse_name(record.name).sort_name or record.name
            official.honorific_prefix = official.honorific_prefix or record.prefix or None
            official.honorific_suffix = official.honorific_suffix or record.suffix or None
            writes.touch(official)

    def merge_suggestions(self) -> list[Pair]:
        """The resolver's uncertain pairs of this run, in database ids (see officials.store_suggestions)."""
        pairs = []
        for s in self.resolver.suggestions():
            a, b = self._ids.get(s.a), self._ids.get(s.b)
            if a is not None and b is not None and a != b:
                pairs.append(Pair(a, b, s.score, s.reason))
        return pairs

    def commit(self) -> None:
        """The transaction committed: what it taught the registry is now stored."""
        self._undo.clear()
        self._locked.clear()
        if self._tails is not None:
            self._new_ids.clear()  # committed: other writers may now record posts of these officials too

    def savepoint(self) -> int:
        """A mark to roll back to (`rollback_to`) when a SAVEPOINT taken now is rolled back."""
        return len(self._undo)

    def rollback_to(self, mark: int) -> None:
        """After a ROLLBACK TO SAVEPOINT: what was written since `mark` no longer exists, what came
        before it in the transaction still does."""
        while len(self._undo) > mark:
            self._undo.pop()()
        self._names.clear()  # a display name changed in the rolled-back part is read again
        if self._tails is not None:
            # People the resolver made up in the rolled-back part have no row. Alone, a registry
            # writes them when next met; beside other writers, one of those may store the same
            # person meanwhile, and two entries for one name would make every later mention
            # ambiguous (and a third person). So they go, and are decided again.
            for key in [k for k in self.resolver.official_keys() if k not in self._ids]:
                self.resolver.forget(key)

    def forget_uncommitted(self) -> None:
        """After a rollback: officials, names, posts and areas written in it no longer exist."""
        self.rollback_to(0)
        self._locked.clear()


def _laypersons(session: Session, postless: set[int | None]) -> set[int | None]:
    """Of officials without a post, those their statements describe only as members of the
    public ("warga", "pemilik warung kopi"): Resolver keeps them apart from office holders."""
    if not postless:
        return set()
    described: dict[int | None, bool] = {}
    rows = session.exec(
        select_columns(Statement.official_id, Statement.role)
        .where(col(Statement.role).is_not(None), col(Statement.official_id).not_in(select(Membership.official_id)))
        .distinct()
    )
    for official_id, role in rows:
        if official_id in postless:
            described[official_id] = described.get(official_id, True) and describes_private_person(role)
    return {official_id for official_id, lay in described.items() if lay}


def _record(
    label: str,
    role: Role | None,
    organization: str | None,
    area: str | None,
    start: dt.date | None,
    end: dt.date | None,
) -> MembershipRecord:
    """A stored membership as the resolver compares posts: its label parsed into post and body."""
    return MembershipRecord(
        post=role.post if role else label,
        region=area,
        org=organization or (role.org if role else None),
        appointment=role.appointment if role else "definitive",
        start=start,
        end=end,
        role=label,
    )
