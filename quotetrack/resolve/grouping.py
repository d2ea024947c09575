"""Within one article: mentions of one person become one group before looking across articles."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from quotetrack.extract.descriptors import describes_private_person
from quotetrack.extract.model import ExtractedStatement
from quotetrack.kinds import Appointment
from quotetrack.resolve.gazetteer import orgs, post_levels, pronouns
from quotetrack.resolve.matching import Context, NameKey, covers, name_key, public_office
from quotetrack.resolve.model import Mention, ParsedName
from quotetrack.resolve.names import parse_name
from quotetrack.resolve.posts import appointment_type, spelt_out
from quotetrack.resolve.regions import RegionTable, base_name, normalize_region, same_region
from quotetrack.resolve.roles import parse_role
from quotetrack.text.lexicon import fold

_WORDS = re.compile(r"[^\W\d_]+(?:[.'-][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class Reading:
    """One mention as the resolver reads it."""

    parsed: ParsedName
    key: NameKey
    context: Context
    role_text: str | None
    printed: ParsedName  # the mention's printed text (else its name) parsed: a new official's honorifics
    # A post the mention prints in place of a name, besides the one extraction gave the person
    # ("kata Ketua Umum PP Muslimat NU itu" of a governor): the person holds it too.
    epithet: Context | None = None


def read_mention(mention: Mention, table: RegionTable | None = None) -> Reading:
    """Parse a mention's name, role and region into a name key and a context."""
    printed = parse_name(mention.mention) if mention.mention else None
    own = parse_name(mention.name) if mention.name else None
    parsed = own if own is not None and own.name else printed or parse_name("")
    if not parsed.name and mention.name.strip() and mention.name.strip().lower() not in pronouns():
        # Bodies speak too ("DPRD Solo", "the Tories"); their name is kept as given.
        parsed = replace(parse_name(""), text=mention.name, name=mention.name.strip())
    if printed is not None and printed.name:
        own_tokens, printed_tokens = name_key(parsed.name).tokens, name_key(printed.name).tokens
        if covers(own_tokens, printed_tokens):
            # The printed mention carries honorifics, maybe a fuller name; but words in front of
            # the extracted name ("Garut" in "Ketua KPU Garut Budi Hartono") were judged a place
            # or body by extraction, which saw the whole article.
            extra_in_front = own_tokens != printed_tokens and printed.name.casefold().endswith(parsed.name.casefold())
            parsed = replace(printed, name=parsed.name, sort_name=parsed.name) if extra_in_front else printed
        elif own_tokens and not set(own_tokens) & set(printed_tokens):
            around = {fold(w) for w in _WORDS.findall(printed.text)}
            opens = fold(printed.text).startswith(fold(parsed.name))  # "Minuk (28), warga ..., Jakarta Barat"
            # (but not for a place: "Sementara itu, Mundari, Camat Cilandak, Jakarta Selatan")
            place = normalize_region(printed.name, None, table)
            if set(own_tokens) <= around and not opens and (place is None or place.level is None):
                parsed = printed  # the given "name" was a word of the post ("Polhukam")
    role_text = mention.role or (printed.role if printed else None)
    role = parse_role(role_text, table) if role_text else None
    region_text = mention.region or (role.region_name if role else None)
    if region_text is None and printed is not None:
        region_text = printed.region
    level = role.region_level if role else None
    if role is not None and role.region_level is None and role.post:
        level = post_levels().get(role.post)
    region = normalize_region(region_text, level if level != "nasional" else None, table)
    if level == "nasional":
        region = None  # a minister speaking in a province does not govern it
    if region is not None and set(name_key(base_name(region.name)).tokens) & set(name_key(parsed.name).tokens):
        region = None  # "Wali Kota Mohammad Ilyasa": the name was read as the city
    post, org = spelt_out(role.post, role.org) if role and role.post else (None, role.org if role else None)
    context = Context(
        post=post,
        org=org,
        region=region.name if region else None,
        appointment=role.appointment if role else "definitive",
        date=mention.date,
        lay=post is None and describes_private_person(role_text),
    )
    as_printed = printed if printed is not None else own if own is not None else parse_name("")
    epithet = _epithet(printed, context, table) if mention.role and printed is not None else None
    return Reading(parsed, _key(parsed.name), context, role_text, as_printed, epithet)


def _epithet(printed: ParsedName, held: Context, table: RegionTable | None) -> Context | None:
    """The post an epithet prints in place of the name ("Ketua Umum PP Muslimat NU itu", "the
    party chairman"), when the person holds another the article gives (`held`)."""
    if printed.name or not printed.role or held.post is None:
        return None
    words = printed.text.split(",")[-1].split()  # ("Namun, Ketua Umum ... itu")
    if words and fold(words[0]) == "the":
        words = words[1:]
    elif words and fold(words[-1]) in _DEMONSTRATIVES:
        words = words[:-1]
    else:
        return None  # a name the parse missed ("Peneliti LSM Sulteng Moh Taufan Lasaliu"), not an epithet
    if not words or fold(words[0]) != fold(printed.role.split()[0]):
        # the post is not what the phrase is: "adik ipar Presiden X itu", "Maklumat Kapolri itu"
        return None
    role = parse_role(printed.role, table)
    if role is None or role.post is None:
        return None  # a description ("politikus PDI-P itu"), a past post ("mantan Kapolda")
    post, org = spelt_out(role.post, role.org)
    level = role.region_level or post_levels().get(role.post)
    region_text = role.region_name or printed.region
    region = normalize_region(region_text, level, table) if region_text and level != "nasional" else None
    if post == held.post and (org is None or org == held.org):
        return None
    if region is not None and same_region(region.name, held.region) is False:
        # "Kadishub Kota Bogor X ... kata Ketua DPW Partai Demokrat Bengkulu itu": the epithet
        # was read onto the wrong person, more likely than one holding posts in two provinces
        return None
    epithet = Context(post, org, region.name if region else None, role.appointment, held.date)
    if not public_office(post) or _elected(epithet):
        # an occupation ("dokter ... ini"); an elected seat beside another post is one held
        # before ("Wali Kota Surabaya dua periode ini" of a minister)
        return None
    return epithet


def _key(name: str) -> NameKey:
    """Name key; a body's long and short names ("Liberal Democrats", "Lib Dem") share one."""
    short = orgs().get(fold(name))
    return name_key(short if short is not None else name)


@dataclass
class Group:
    """Mentions judged to be one person in one article."""

    article: str
    indexes: list[int] = field(default_factory=list)
    readings: list[Reading] = field(default_factory=list)
    # Set by seal() once grouping is done, since resolution asks for the context many times.
    sealed: Context | None = None
    # The article's own reading gave this group its person (a speaker_ref): another such group
    # of the article is another person.
    told_apart: bool = False

    def seal(self) -> Group:
        self.sealed = None
        self.sealed = self.context
        return self

    @property
    def best(self) -> Reading:
        """The reading with the fullest name."""
        return max(self.readings, key=lambda r: (len(r.key.tokens), len(r.parsed.name)))

    @property
    def key(self) -> NameKey:
        return self.best.key

    @property
    def context(self) -> Context:
        """Fields taken from the most informative reading, gaps filled from the others."""
        if self.sealed is not None:
            return self.sealed
        ordered = sorted(
            self.readings, key=lambda r: -sum(x is not None for x in (r.context.post, r.context.org, r.context.region))
        )
        first = ordered[0].context
        return Context(
            post=first.post or next((r.context.post for r in ordered if r.context.post), None),
            org=first.org if first.post else next((r.context.org for r in ordered if r.context.org), None),
            region=first.region or next((r.context.region for r in ordered if r.context.region), None),
            appointment=first.appointment,
            date=self.date,
            lay=first.post is None and any(r.context.lay for r in self.readings),
        )

    @property
    def other_contexts(self) -> tuple[Context, ...]:
        """The posts the article's readings give the person besides the group's context (most
        groups: none)."""
        main = self.context
        seen = {(main.post, main.org, main.region)}
        found = []
        for ctx in [*(r.context for r in self.readings), *(r.epithet for r in self.readings if r.epithet)]:
            if ctx.post is not None and (ctx.post, ctx.org, ctx.region) not in seen:
                seen.add((ctx.post, ctx.org, ctx.region))
                found.append(Context(ctx.post, ctx.org, ctx.region, ctx.appointment, main.date))
        return tuple(found)

    @property
    def date(self) -> dt.date | None:
        return min((r.context.date for r in self.readings if r.context.date), default=None)

    @property
    def names(self) -> list[str]:
        seen = [r.parsed.name for r in self.readings if r.parsed.name]
        seen += [a for r in self.readings for a in r.parsed.aliases]
        return list(dict.fromkeys(seen))


def group_mentions(readings: Sequence[Reading], mentions: Sequence[Mention]) -> list[Group]:
    """Group by (article, local_ref), then join short names to the one fuller name they fit."""
    by_article: dict[str, dict[object, Group]] = defaultdict(dict)
    for index, (reading, mention) in enumerate(zip(readings, mentions, strict=True)):
        ref: object = ("ref", mention.local_ref) if mention.local_ref is not None else ("solo", index)
        told_apart = mention.local_ref is not None
        group = by_article[mention.article].setdefault(ref, Group(mention.article, told_apart=told_apart))
        group.indexes.append(index)
        group.readings.append(reading)
    groups: list[Group] = []
    for article_groups in by_article.values():
        parted = [part for group in article_groups.values() for part in _part_office_holders(group)]
        groups += _join_within_article(parted)
    return [group.seal() for group in groups]


def _part_office_holders(group: Group) -> list[Group]:
    """One group per elected office its mentions print, when one person could not hold them all:
    "Gubernur Sulawesi Tenggara X" and "anggota DPRD Kota Kendari X" in one article are two
    people of one name, which extraction (one person per full name) read as one. A mention that
    prints no post of its own goes with the one named before it."""
    offices = [r.context for r in group.readings if _prints_office(r)]
    if not any(_two_seats(a, b) for a, b in itertools.combinations(offices, 2)):
        return [group]  # (nearly every group)
    parts: list[tuple[Context, Group]] = []
    current: tuple[Context, Group] | None = None
    waiting: list[tuple[int, Reading]] = []  # mentions before the first office
    for index, reading in zip(group.indexes, group.readings, strict=True):
        if _prints_office(reading):
            current = next((p for p in parts if not _two_seats(p[0], reading.context)), None)
            if current is None:
                current = (reading.context, Group(group.article, told_apart=True))
                parts.append(current)
        if current is None:
            waiting.append((index, reading))
            continue
        office, part = current
        if _prints_office(reading) or not _two_seats(office, reading.context):
            part.readings.append(reading)
        else:  # the post extraction gave the name's first holder: this mention's is its neighbour's
            part.readings.append(replace(reading, context=replace(office, date=reading.context.date)))
        part.indexes.append(index)
    first = parts[0][1]
    first.indexes[:0] = [index for index, _ in waiting]
    first.readings[:0] = [reading for _, reading in waiting]
    return [part for _, part in parts]


def _prints_office(reading: Reading) -> bool:
    """Whether a mention prints an elected post of its own (not one extraction carried over)."""
    ctx = reading.context
    words = {fold(w) for w in _WORDS.findall(reading.role_text or "")}
    # ("Bupati terpilih", "Governor-elect": a council's speaker may be the regent-elect)
    return bool(reading.printed.role) and ctx.post is not None and _elected(ctx) and not words & _NOT_YET


def _elected(ctx: Context) -> bool:
    """An elected post: a region's head, or any seat of a council ("Wakil Ketua DPRD", "Anggota
    Komisi IV DPR RI": its chairs and commissions are its elected members)."""
    label = f"{ctx.post} {ctx.org}" if ctx.org else ctx.post
    if appointment_type(ctx.appointment, label) == Appointment.ELECTED:
        return True
    return ctx.appointment == "definitive" and _council(ctx) is not None


def _council(ctx: Context) -> str | None:
    return next((w.upper() for w in (ctx.org or "").split() if w.upper() in _COUNCILS), None)


def _two_seats(a: Context, b: Context) -> bool:
    """Two elected seats no one holds at once: a head of one region and of another, a head and a
    member of a council, councils of two regions (seats of one council are one person's: "Ketua
    DPRD" and "anggota DPRD" of one regency)."""
    if not (a.post and b.post and _elected(a) and _elected(b)):
        return False
    if same_region(a.region, b.region) is False:
        return True
    return _seat_body(a) != _seat_body(b)


def _seat_body(ctx: Context) -> str:
    """The body an elected post sits in: the council ("DPRD"), else the post itself ("Bupati")."""
    return _council(ctx) or (f"{ctx.post} {ctx.org}" if ctx.org else ctx.post or "").casefold()


_COUNCILS = frozenset({"DPRD", "DPR", "DPD", "MPR"})
_DEMONSTRATIVES = frozenset({"itu", "ini", "tersebut"})  # "kata Gubernur Jambi itu"
_NOT_YET = frozenset({"terpilih", "elect"})


def _join_within_article(groups: list[Group]) -> list[Group]:
    """ "Walid" joins "Abdul Walid" when no other group of the article could claim it."""
    named = sorted((g for g in groups if g.key.tokens), key=lambda g: -len(g.key.tokens))
    absorbed: set[int] = set()
    for small in reversed(named):
        if id(small) in absorbed:
            continue
        homes = [
            big
            for big in named
            if big is not small
            and id(big) not in absorbed
            and len(big.key.tokens) >= len(small.key.tokens)
            and covers(small.key.tokens, big.key.tokens)
            and big.key.generation == small.key.generation
            and _compatible(small.context, big.context)
            # Extraction saw two people: keep them two, unless the names are one once read
            # ("Jowir" is "Joko Wiranggono"; extraction knows no well-known nicknames).
            and (not (big.told_apart and small.told_apart) or _one_name(big.key, small.key))
        ]
        if not homes and len(small.key.full) == 1 and len(small.key.full[0]) >= 3:
            # A clipped nickname ("Afif" for "Afifuddin") of exactly one fuller name here.
            clipped = small.key.full[0]
            homes = [
                big
                for big in named
                if big is not small
                and id(big) not in absorbed
                and len(big.key.tokens) > 1
                and any(t != clipped and t.startswith(clipped) for t in big.key.tokens)
                and _compatible(small.context, big.context)
            ]
            if len(homes) != 1:
                continue
        if not homes:
            continue
        exact = [h for h in homes if sorted(h.key.tokens) == sorted(small.key.tokens)]
        chain = sorted(exact or homes, key=lambda h: len(h.key.tokens))
        if not all(covers(a.key.tokens, b.key.tokens) for a, b in itertools.pairwise(chain)):
            continue  # "Agus" with "Agus Salim" and "Agus Rahman" in one article: leave it
        target = chain[-1]  # "Walid" < "Abdul Walid" < "H. Abdul Walid Hasan": the fullest
        target.indexes += small.indexes
        target.readings += small.readings
        absorbed.add(id(small))
    return [g for g in groups if id(g) not in absorbed]


def _one_name(a: NameKey, b: NameKey) -> bool:
    return sorted(a.tokens) == sorted(b.tokens) and a.patronym == b.patronym


def _compatible(a: Context, b: Context) -> bool:
    if same_region(a.region, b.region) is False:
        return False
    if (a.lay and b.post) or (b.lay and a.post):
        return False  # a resident and the mayor of one name, quoted in one article
    return not (a.post and b.post and a.post != b.post and (a.region or a.org))


def speaker_mentions(statements: Sequence[ExtractedStatement], article_key: str) -> list[Mention]:
    """The resolver's view of an article's statements that name a speaker, in order."""
    return [
        Mention(
            name=s.speaker or "",
            mention=s.speaker_mention,
            role=s.role,
            region=s.region,
            date=s.date,
            article=article_key,
            local_ref=s.speaker_ref,
        )
        for s in statements
        if speaker_is_filed(s)
    ]


def speaker_is_filed(statement: ExtractedStatement) -> bool:
    """Whether a statement's speaker is filed in the officials registry: a named person, never an
    organisation that speaks (it stays the statement's printed speaker)."""
    return bool(statement.speaker) and statement.speaker_kind == "person"
