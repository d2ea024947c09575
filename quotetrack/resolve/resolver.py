"""In-memory registry of officials: candidate search with blocking, decisions, merge suggestions.

The store layer persists what this holds; here everything is plain Python so resolution can be
tested and benchmarked without a database.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz, process

from quotetrack.resolve.grouping import Group, Reading, group_mentions, read_mention
from quotetrack.resolve.matching import (
    CONTEXT_RANK,
    NAME_RANK,
    Context,
    NameKey,
    Verdict,
    context_relation,
    covers,
    decide,
    fuller_name,
    letters_key,
    name_key,
    name_relation,
    public_office,
    skeleton,
)
from quotetrack.resolve.model import MembershipRecord, Mention, MergeProposal, OfficialRecord, Resolution
from quotetrack.resolve.names import parse_name
from quotetrack.resolve.regions import RegionTable, region_key

# A block larger than this (say every official called "Agus") is too common to be evidence.
BLOCK_CAP = 200
# Candidates kept after the rapidfuzz prefilter for the full decision.
SHORTLIST = 12
_ACTION = {"merge": 2, "suggest": 1, "none": 0}


@dataclass
class _Entry:
    """Mutable registry state for one official (OfficialRecord is its frozen snapshot)."""

    key: str
    name: str
    name_key: NameKey
    prefix: str = ""
    suffix: str = ""
    aliases: list[str] = field(default_factory=list)
    keys: set[tuple[str, ...]] = field(default_factory=set)  # tokens of every name variant, in order
    memberships: list[MembershipRecord] = field(default_factory=list)
    lay: bool = False  # known only as a member of the public (OfficialRecord.lay)

    def record(self) -> OfficialRecord:
        return OfficialRecord(
            key=self.key,
            name=self.name,
            aliases=tuple(self.aliases),
            memberships=tuple(sorted(self.memberships, key=_by_start)),
            prefix=self.prefix,
            suffix=self.suffix,
            lay=self.lay,
        )


def _by_start(m: MembershipRecord) -> tuple[dt.date, str]:
    return (m.start or dt.date.min, m.post or "")


class Resolver:
    """Resolves speaker mentions to officials, creating officials when none fits."""

    def __init__(self, regions: RegionTable | None = None) -> None:
        self._regions = regions
        self._entries: dict[str, _Entry] = {}
        self._by_name: dict[tuple[str, ...], set[str]] = defaultdict(set)  # sorted tokens of any variant
        self._by_token: dict[str, set[str]] = defaultdict(set)
        self._by_skeleton: dict[str, set[str]] = defaultdict(set)
        self._by_letters: dict[str, set[str]] = defaultdict(set)  # letters_key of any variant
        self._by_region: dict[str, set[str]] = defaultdict(set)
        self._suggestions: dict[tuple[str, str], MergeProposal] = {}
        self._counter = itertools.count(1)

    # -- registry -------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def add_official(self, official: OfficialRecord) -> None:
        """Seed the registry with a known official (e.g. loaded from the database)."""
        parsed = parse_name(official.name)
        entry = _Entry(
            key=official.key,
            name=parsed.name or official.name,
            name_key=name_key(parsed.name or official.name),
            prefix=official.prefix or parsed.prefix,
            suffix=official.suffix or parsed.suffix,
            memberships=list(official.memberships),
            lay=official.lay,
        )
        self._entries[official.key] = entry
        self._index_name(entry, entry.name_key)
        for alias in official.aliases:
            self._add_alias(entry, alias)
        for membership in official.memberships:
            if membership.region:
                self._by_region[region_key(membership.region)].add(entry.key)

    def learn(self, key: str, *, aliases: Sequence[str] = (), memberships: Sequence[MembershipRecord] = ()) -> None:
        """Add names and posts to a known official (what another writer stored since this registry
        was loaded); nothing for an unknown key."""
        entry = self._entries.get(key)
        if entry is None:
            return
        for alias in aliases:
            self._add_alias(entry, alias)
        for membership in memberships:
            entry.memberships.append(membership)
            if membership.region:
                self._by_region[region_key(membership.region)].add(key)

    def official_keys(self) -> list[str]:
        return list(self._entries)

    def forget(self, key: str) -> None:
        """Drop an official (one a rolled-back transaction created, which another writer may now
        create for real): it is no longer found, and its suggestions lapse."""
        entry = self._entries.pop(key, None)
        if entry is None:
            return
        for tokens in entry.keys:
            self._by_name.get(tuple(sorted(tokens)), set()).discard(key)
            self._by_letters.get(letters_key(_variant_key(tokens, None)), set()).discard(key)
            for token in tokens:
                self._by_token.get(token, set()).discard(key)
                self._by_skeleton.get(skeleton(token), set()).discard(key)
        for membership in entry.memberships:
            if membership.region:
                self._by_region.get(region_key(membership.region), set()).discard(key)

    def candidates(self, group: Group) -> list[str]:
        """The officials a group would be judged against (the blocking of resolve_groups)."""
        return self._candidates(group.key, group.context) if group.key.tokens else []

    def official(self, key: str) -> OfficialRecord | None:
        entry = self._entries.get(key)
        return entry.record() if entry else None

    def officials(self) -> Iterator[OfficialRecord]:
        return (entry.record() for entry in self._entries.values())

    def suggestions(self) -> list[MergeProposal]:
        """Pairs that may be one person but were left apart, most likely first."""
        live = [s for s in self._suggestions.values() if s.a in self._entries and s.b in self._entries]
        return sorted(live, reverse=True)

    # -- resolution -----------------------------------------------------------------------

    def resolve(self, mention: Mention) -> Resolution:
        return self.resolve_all([mention])[0]

    def resolve_all(self, mentions: Sequence[Mention]) -> list[Resolution]:
        """One run over many articles: group within each article, then resolve each group.

        A mention with no name at all (only a pronoun, outside any group) gets official_key "".
        """
        return self.resolve_groups(read_groups(mentions, self._regions), len(mentions))

    def resolve_groups(self, groups: list[Group], count: int) -> list[Resolution]:
        """resolve_all for mentions already read and grouped (see read_groups): one Resolution
        for each of the `count` mentions the groups' indexes point at."""
        # Fuller, better-placed names first, so bare short names meet them already registered.
        groups.sort(key=lambda g: (-_informative(g), g.date or dt.date.max, g.article))
        results: list[Resolution | None] = [None] * count
        # Two people one article tells apart are never one official: an official taken by one
        # group of an article is no candidate for another group of it.
        taken: dict[str, set[str]] = {}
        for group in groups:
            in_article = taken.setdefault(group.article, set())
            resolution = self._resolve_group(group, in_article)
            if resolution.official_key:
                in_article.add(resolution.official_key)
            for index in group.indexes:
                results[index] = resolution
        return [r for r in results if r is not None]

    def _resolve_group(self, group: Group, taken: Collection[str] = ()) -> Resolution:
        key, context = group.key, group.context
        if not key.tokens:
            return Resolution("", False, 0.0, "no-name")
        others = group.other_contexts
        scored = [
            (self._entries[k], self._judge(key, context, self._entries[k], others))
            for k in self._candidates(key, context)
            if k not in taken
        ]
        merges = sorted(((e, v) for e, v in scored if v.action == "merge"), key=lambda ev: ev[1].rank, reverse=True)
        if any(v.rank[1] > NAME_RANK["fuzzy"] for _, v in merges):
            # The official printed with this very name (or a part of it) is the one, not another
            # spelled a letter apart whose post fits better: "Widyanto" with the Widyanto known
            # for a task force, not a "Widyatno" heading his agency.
            merges = [(e, v) for e, v in merges if v.rank[1] > NAME_RANK["fuzzy"]]
        chosen = None
        if merges:
            top = merges[0][1]
            rivals = [e for e, v in merges[1:] if v.rank[:2] == top.rank[:2]]
            # A bare name joins only when exactly one official fits it that well.
            if not rivals:
                chosen = merges[0]
        if chosen is not None:
            entry, verdict = chosen
            self._absorb(entry, group)
            return Resolution(entry.key, False, verdict.confidence, verdict.matched_on)
        entry = self._create(group)
        near = sorted(
            (ev for ev in scored if ev[1].action != "none"), key=lambda ev: (_ACTION[ev[1].action], ev[1].rank)
        )
        for other, verdict in near[-SHORTLIST:]:
            self._suggest(entry.key, other.key, verdict)
        return Resolution(entry.key, True, 1.0 if not scored else 0.6, "new")

    def _judge(self, key: NameKey, context: Context, entry: _Entry, others: Sequence[Context] = ()) -> Verdict:
        """Best verdict over the official's name variants, with its role/region/time relation
        (the group's context, or any other post the article gives the person: "Wali Kota
        sekaligus Ketua Satgas" is the mayor known before, whichever post the group shows)."""
        relation = context_relation(context, entry.memberships, lay=entry.lay)
        if relation in ("other", "unknown") and others and entry.memberships:
            relation = max(
                (
                    relation,
                    *(
                        r
                        for ctx in others
                        if (r := context_relation(ctx, entry.memberships, lay=entry.lay)) != "conflict"
                    ),
                ),
                key=CONTEXT_RANK.__getitem__,
            )
        canonical = entry.name_key.tokens
        best = None
        for tokens in [canonical, *(t for t in entry.keys if t != canonical)]:
            variant = entry.name_key if tokens == canonical else _variant_key(tokens, entry.name_key.generation)
            name = name_relation(key, variant)
            if tokens != canonical and name[0] == "exact" and covers(tokens, canonical):
                # A piece of the name ("Karim" of "Abdul Karim") is weaker than a nickname ("KDM").
                name = ("subset", name[1] * len(tokens) / len(canonical))
            short = min(len(key.full), len(variant.full))
            verdict = decide(name, relation, short)
            if verdict.action == "merge" and relation == "unknown" and len(key.full) < 2 and len(canonical) < 2:
                # One word of a name, the official known by that one word, and nothing known of one
                # of them ("kata Budi" of a trader, and the Budi who is camat elsewhere): a common
                # name alone is no evidence
                verdict = Verdict("suggest", verdict.confidence, verdict.matched_on, verdict.rank)
            if best is None or (_ACTION[verdict.action], verdict.rank) > (_ACTION[best.action], best.rank):
                best = verdict
            if tokens == canonical and name[0] in ("generation", "patronym"):
                return verdict  # an alias never overrides "Jr." or "bin"
        assert best is not None
        return best

    def _candidates(self, key: NameKey, context: Context) -> list[str]:
        """Blocking: officials whose name is part of this one, who carry every word of it (or a
        spelling of every word), or who share the region and one word. Everything is a set
        lookup, so the cost does not grow with the registry."""
        tokens = sorted(set(key.full) or set(key.tokens), key=lambda t: len(self._by_token.get(t, ())))
        in_region = self._by_region.get(region_key(context.region), set()) if context.region else set()
        exact = self._by_name.get(key.ordered, set())
        if len(exact) > SHORTLIST:
            # A crowd sharing one name: those in the region can still be told apart; of the rest a
            # sample is enough to see that a bare name is ambiguous.
            exact = (exact & in_region) | set(itertools.islice(exact, SHORTLIST))
        found: set[str] = set(exact)
        sizes = range(1, len(key.tokens)) if len(key.tokens) <= 4 else (1,)
        for part in (p for size in sizes for p in itertools.combinations(key.ordered, size)):
            known_as_part = self._by_name.get(part, set())  # "Walid" for "Abdul Walid"
            # Everyone called plain "Agus" is no lead for "Agus Salim" unless they share a region.
            found |= known_as_part if len(known_as_part) <= SHORTLIST else known_as_part & in_region
        for initialled in _initialled(key.ordered):
            known_by_initial = self._by_name.get(initialled, set())  # "M. Fadli Imron" for "Mohammad Fadli Imron"
            found |= known_by_initial if len(known_by_initial) <= SHORTLIST else known_by_initial & in_region
        supersets = _intersection([self._by_token.get(t, set()) for t in tokens])
        if len(supersets) <= BLOCK_CAP:
            found |= supersets  # "Abdul Walid Hasan" for "Abdul Walid"
        spellings = _intersection([self._by_skeleton.get(skeleton(t), set()) for t in tokens])
        if len(spellings) <= BLOCK_CAP:
            found |= spellings  # "Muhammad Hanan" for "Mochammad Hanan"
        slips = self._by_letters.get(letters_key(key), set())
        if len(slips) <= BLOCK_CAP:
            found |= slips  # "Widyanto" for "Widyatno", "Nur Hayati" for "Nurhayati"
        # (the rarest word any official has: "Muhammad Hanif" meets "M. Hanif" of the same regency)
        rarest = next((t for t in tokens if self._by_token.get(t)), None) if in_region else None
        if rarest is not None:
            postings = self._by_token[rarest]
            found |= in_region & postings if len(in_region) < len(postings) else postings & in_region
        if len(found) <= SHORTLIST:
            return list(found)
        # Everyone known by exactly this name stays in, so ambiguity is always seen.
        keys = list(found - exact)
        entries = self._entries
        choices = [entries[k].name_key.text for k in keys]
        hits = process.extract(key.text, choices, scorer=fuzz.token_set_ratio, score_cutoff=70, limit=SHORTLIST)
        return [*exact, *(keys[index] for _, _, index in hits)]

    # -- updates --------------------------------------------------------------------------

    def _create(self, group: Group) -> _Entry:
        key = f"o{next(self._counter)}"
        while key in self._entries:
            key = f"o{next(self._counter)}"
        best = group.best
        entry = _Entry(
            key=key, name=best.parsed.name, name_key=best.key, prefix=best.parsed.prefix, suffix=best.parsed.suffix
        )
        self._entries[key] = entry
        self._index_name(entry, entry.name_key)
        self._absorb(entry, group)
        return entry

    def _absorb(self, entry: _Entry, group: Group) -> None:
        best = group.best
        if best.key.generation == entry.name_key.generation and fuller_name(entry.name_key, best.key):
            self._add_alias(entry, entry.name)
            entry.name, entry.name_key = best.parsed.name, best.key  # the fullest name is the display name
            self._index_name(entry, best.key)
        entry.prefix = entry.prefix or best.parsed.prefix
        entry.suffix = entry.suffix or best.parsed.suffix
        for name in group.names:
            self._add_alias(entry, name)
        self._add_membership(entry, group.context, group.best.role_text or _role_text(group.readings))
        # A post only an epithet gave ("Ketua Umum PP Muslimat NU itu"): the next article may
        # print it with the name.
        for reading in group.readings:
            if reading.epithet is not None:
                self._add_membership(entry, reading.epithet, reading.printed.role)
        entry.lay = (entry.lay or group.context.lay) and not any(public_office(m.post) for m in entry.memberships)

    def _add_alias(self, entry: _Entry, alias: str) -> None:
        if alias and alias != entry.name and alias not in entry.aliases:
            entry.aliases.append(alias)
        key = name_key(parse_name(alias).name or alias)
        if key.tokens and key.generation == entry.name_key.generation:
            self._index_name(entry, key)

    def _index_name(self, entry: _Entry, key: NameKey) -> None:
        entry.keys.add(key.tokens)  # in printed order: "Fauzi Ahmad" is no variant of "Ahmad Fauzi"
        self._by_name[key.ordered].add(entry.key)
        if key.full:
            self._by_letters[letters_key(key)].add(entry.key)
        for token in key.tokens:
            self._by_token[token].add(entry.key)
            if len(token) > 1:
                self._by_skeleton[skeleton(token)].add(entry.key)

    def _add_membership(self, entry: _Entry, context: Context, role_text: str | None) -> None:
        if context.post is None and context.region is None:
            return
        wanted = (context.post, context.region, context.org, context.appointment)
        for k, m in enumerate(entry.memberships):
            if (m.post, m.region, m.org, m.appointment) == wanted:
                if context.date is not None:
                    entry.memberships[k] = replace(
                        m,
                        start=min(filter(None, (m.start, context.date))),
                        end=max(filter(None, (m.end, context.date))),
                    )
                return
        entry.memberships.append(
            MembershipRecord(
                post=context.post,
                region=context.region,
                org=context.org,
                appointment=context.appointment,
                start=context.date,
                end=context.date,
                role=role_text,
            )
        )
        if context.region:
            self._by_region[region_key(context.region)].add(entry.key)

    def _suggest(self, a: str, b: str, verdict: Verdict) -> None:
        pair = (min(a, b), max(a, b))
        score = round(0.5 + verdict.rank[2] / 2 if verdict.action == "merge" else verdict.rank[2] / 2 + 0.25, 3)
        old = self._suggestions.get(pair)
        if old is None or old.score < score:
            self._suggestions[pair] = MergeProposal(score, pair[0], pair[1], verdict.matched_on)


def read_groups(mentions: Sequence[Mention], regions: RegionTable | None = None) -> list[Group]:
    """The pure half of resolution: parse every mention and group them within each article.

    Needs no registry, so the ingest runs it in its worker processes, next to extraction.
    """
    return group_mentions([read_mention(m, regions) for m in mentions], mentions)


@lru_cache(maxsize=1 << 16)
def _variant_key(tokens: tuple[str, ...], generation: str | None) -> NameKey:
    """An official's other name as a key (built once: every judgement of the official compares it)."""
    return NameKey(tokens, generation)


@lru_cache(maxsize=1 << 14)
def _initialled(ordered: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A name's sorted tokens with one word cut to its initial, each way ("fadil imran m")."""
    if len(ordered) < 2:
        return ()
    return tuple(
        tuple(sorted((*ordered[:k], word[0], *ordered[k + 1 :]))) for k, word in enumerate(ordered) if len(word) > 1
    )


def _intersection(sets: list[set[str]]) -> set[str]:
    """Smallest first, stopping as soon as nothing is left."""
    if not sets:
        return set()
    sets = sorted(sets, key=len)
    result = sets[0]
    for other in sets[1:]:
        if not result:
            break
        result = result & other
    return result


def _informative(group: Group) -> int:
    ctx = group.context
    return 2 * len(group.key.full) + (ctx.post is not None) + 2 * (ctx.region is not None)


def _role_text(readings: list[Reading]) -> str | None:
    return next((r.role_text for r in readings if r.role_text), None)


def role_at(official: OfficialRecord, date: dt.date) -> MembershipRecord | None:
    """The membership active on `date` (latest started wins); None when no period covers it."""
    active = [
        m for m in official.memberships if (m.start is None or m.start <= date) and (m.end is None or date <= m.end)
    ]
    return max(active, key=_by_start, default=None)
