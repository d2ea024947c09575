"""Pure comparisons behind resolution: name keys, name relations, role/region/time relations.

A merge needs two kinds of evidence: the names agree (exactly, as a subset, or as a spelling
variant) and nothing in role, region or time speaks against it. A fuzzy name alone never merges.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from rapidfuzz import fuzz

from quotetrack.kinds import Appointment, Tenure
from quotetrack.resolve.gazetteer import PATRONYM_MARKERS, honorifics, posts, professions
from quotetrack.resolve.model import MembershipRecord
from quotetrack.resolve.posts import appointment_type, same_post
from quotetrack.resolve.regions import same_region
from quotetrack.text.lexicon import another_given_name, fold

_SPLIT = re.compile(r"[\s\-]+")
# Old and new Indonesian spellings ("Soeharto"/"Suharto", "Djoko"/"Joko") share a skeleton.
# ("Zaelani"/"Jaelani", "Zaenal"/"Jaenal": names of Arabic origin spelled as they are said in Java
# and Sunda share one too; so do the "h" the press adds or drops after t and d: "Thohir"/"Tohir",
# "Ramadhan"/"Ramadan")
_RESPELL = (
    ("oe", "u"),
    ("dj", "j"),
    ("tj", "c"),
    ("ch", "h"),
    ("sj", "sy"),
    ("kh", "h"),
    ("z", "j"),
    ("th", "t"),
    ("dh", "d"),
)
_VOWELS = re.compile(r"[aeiouy]+")
_APOSTROPHES = re.compile(r"['’‘`ʼ]")
# Posts that say nothing on their own: "Ketua" of what? They match only with the same body.
GENERIC_POSTS = frozenset(
    {
        "Ketua",
        "Wakil Ketua",
        "Anggota",
        "Komisioner",
        "Sekretaris",
        "Kepala",
        "Koordinator",
        "Director",
        "Chairman",
        "Leader",
        "Spokesperson",
        "Secretary",
        "Minister",
        "Juru Bicara",
        "Bendahara",
        "Direktur",
    }
)
YEARS_APART = 10  # beyond this a shared post and a shared single name are no longer evidence
OVERLAP_DAYS = 366  # a deputy and the head of one body within this are two people


@dataclass(frozen=True, slots=True)
class NameKey:
    """What a name is compared on: folded tokens without honorifics, generation or patronym."""

    tokens: tuple[str, ...]
    generation: str | None = None
    patronym: str | None = None
    # Derived once: keys are compared many thousand times per second.
    text: str = field(init=False, compare=False)
    full: tuple[str, ...] = field(init=False, compare=False)  # without initials ("m" of "M. Hanif")
    ordered: tuple[str, ...] = field(init=False, compare=False)
    respelled: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        text = " ".join(self.tokens)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "full", tuple(t for t in self.tokens if len(t) > 1))
        object.__setattr__(self, "ordered", tuple(sorted(self.tokens)))
        for old, new in _RESPELL:
            text = text.replace(old, new)
        object.__setattr__(self, "respelled", text)


# The Prophet's name, the commonest first word of Indonesian men's names, in the spellings and
# short forms the press prints for one man ("Mohammad Ilyasa", "Muhammad Ilyasa", "Moch. Ilyasa").
_MUHAMMAD = dict.fromkeys(
    (
        "mohammad",
        "mohamad",
        "muhamad",
        "mochammad",
        "mochamad",
        "muchammad",
        "muchamad",
        "mohammed",
        "mohamed",
        "muhammed",
        "moch",
        "mochd",
        "moh",
        "mohd",
        "much",
        "muh",
        "muhd",
        "mhd",
    ),
    "muhammad",
)


# English given names and the short forms the press prints for the same person ("Bill Clinton",
# "William J. Clinton"): only forms that stand for one full name ("Chris" may be Christopher or
# Christine, "Jack" is a name of its own), read as the name's first word.
_ENGLISH_SHORT_FORMS = {
    short: full
    for full, shorts in (
        ("william", ("bill", "billy", "will", "willy")),
        ("robert", ("bob", "bobby", "rob", "robbie")),
        ("james", ("jim", "jimmy")),
        ("joseph", ("joe", "joey")),
        ("michael", ("mike", "mikey")),
        ("thomas", ("tom", "tommy")),
        ("richard", ("dick", "rick", "ricky", "rich")),
        ("anthony", ("tony",)),
        ("david", ("dave",)),
        ("andrew", ("andy",)),
        ("benjamin", ("ben",)),
        ("daniel", ("dan", "danny")),
        ("donald", ("don", "donny")),
        ("ronald", ("ron", "ronnie")),
        ("kenneth", ("ken", "kenny")),
        ("lawrence", ("larry",)),
        ("gregory", ("greg",)),
        ("jeffrey", ("jeff",)),
        ("timothy", ("tim",)),
        ("matthew", ("matt",)),
        ("nicholas", ("nick",)),
        ("peter", ("pete",)),
        ("philip", ("phil",)),
        ("charles", ("chuck", "charlie")),
        ("elizabeth", ("liz", "betty")),
        ("susan", ("sue",)),
        ("jennifer", ("jenny",)),
        ("margaret", ("peggy", "maggie")),
    )
    for short in shorts
}


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> NameKey:
    """Key for a name already stripped of titles ("Abdul Walid", "A bin B", "X Jr.")."""
    words = [w for w in _SPLIT.split(name) if w]
    generation = None
    if words and honorifics().get(fold(words[-1])) == "generation":
        generation = fold(words.pop())
    patronym = None
    for k, word in enumerate(words):
        if word.lower() in PATRONYM_MARKERS:
            patronym = " ".join(fold(w) for w in words[k + 1 :]) or None
            words = words[:k]
            break
    # ("Ma'ruf" and "Maruf", "Mu’ti" and "Muti": one name with or without its apostrophe)
    tokens = tuple(_MUHAMMAD.get(t, t) for t in (_APOSTROPHES.sub("", fold(w)) for w in words) if t)
    if len(tokens) >= 2 and tokens[0] in _ENGLISH_SHORT_FORMS:
        tokens = (_ENGLISH_SHORT_FORMS[tokens[0]], *tokens[1:])  # "Bill Hastings" is "William Hastings"
    return NameKey(tokens, generation, patronym)


@cache
def skeleton(token: str) -> str:
    """Spelling-tolerant blocking key: respelled, vowels dropped, doubled letters collapsed."""
    for old, new in _RESPELL:
        token = token.replace(old, new)
    bare = _VOWELS.sub("", token) or token
    return re.sub(r"(.)\1+", r"\1", bare)


def _token_match(small: str, big: str) -> bool:
    return small == big or (len(small) == 1 and big.startswith(small))


def in_order(small: tuple[str, ...], big: tuple[str, ...]) -> bool:
    """Every token of `small` matches a token of `big`, in the same order ("Fikri Haikal" in
    "M. Fikri Haikal"; not "Haikal Fikri")."""
    rest = iter(big)
    return all(any(_token_match(token, other) for other in rest) for token in small)


def covers(small: tuple[str, ...], big: tuple[str, ...]) -> bool:
    """Every token of `small` matches a distinct token of `big` (initials match their word)."""
    if len(set(small)) == len(small) and all(len(t) > 1 for t in small):
        return set(small).issubset(big)  # no initials: plain set containment
    free = list(big)
    for token in sorted(small, key=len, reverse=True):
        hit = next((k for k, other in enumerate(free) if _token_match(token, other)), None)
        if hit is None:
            return False
        free.pop(hit)
    return True


@lru_cache(maxsize=1 << 16)  # the same names meet again and again across a run
def name_relation(a: NameKey, b: NameKey) -> tuple[str, float]:
    """("exact" | "subset" | "fuzzy" | "variant" | "reordered" | "generation" | "patronym" | "none",
    score in 0..1)."""
    if not a.tokens or not b.tokens:
        return "none", 0.0
    relation, score = _tokens_relation(a, b)
    if relation != "none" and a.generation != b.generation:
        return "generation", score  # "X" and "X Jr." are father and son
    if relation != "none" and a.patronym and b.patronym and a.patronym != b.patronym:
        return "patronym", score  # "A bin B" and "A bin C" are two people
    return relation, score


def _tokens_relation(a: NameKey, b: NameKey) -> tuple[str, float]:
    one_sided_patronym = bool(a.patronym) != bool(b.patronym)
    if a.tokens == b.tokens:
        return ("subset", 0.9) if one_sided_patronym else ("exact", 1.0)
    # (the shorter name; of two as long, the one with fewer full words: "M. Hanif" of "Muhammad Hanif")
    small, big = (
        (a.tokens, b.tokens) if (len(a.tokens), len(a.full)) <= (len(b.tokens), len(b.full)) else (b.tokens, a.tokens)
    )
    if covers(small, big) and any(len(t) > 1 for t in small):
        if not in_order(small, big):
            # "Ahmad Fauzi" and "Fauzi Ahmad": Indonesian names are not inverted, so the same
            # words in another order are normally another person's name
            return "reordered", sum(map(len, small)) / sum(map(len, big))
        if len(small) == len(big) and len([t for t in small if len(t) > 1]) >= 2:
            # "Teguh P. Wicaksono" and "Teguh Prasetyo Wicaksono": word for word, an initial for a
            # middle name, and two full words the same
            return "exact", 0.95
        return "subset", sum(map(len, small)) / sum(map(len, big))
    ratio = fuzz.token_sort_ratio(a.respelled, b.respelled)
    if _same_shape(a.full, b.full) and not another_given_name(a.full, b.full):
        # (read in turn too: "Sulaiman Syahrir" is no spelling of "Syahrir Sulaiman")
        close = min(ratio, fuzz.ratio(a.respelled, b.respelled))
        if close >= 88:
            return "fuzzy", close / 100
        if list(map(skeleton, a.full)) == list(map(skeleton, b.full)) and close >= 75:
            return "fuzzy", 0.88  # a vowel apart: "Imran" / "Imron"
    if letters_key(a) == letters_key(b) and _slip(a.full, b.full):
        return "variant", ratio / 100  # "Widyatno" / "Widyanto", "Nurhayati" / "Nur Hayati"
    return "none", ratio / 100


def letters_key(key: NameKey) -> str:
    """The letters of a name's full words, sorted: one key for the slips of the pen `_slip` reads."""
    return "".join(sorted("".join(key.full)))


def _slip(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two printings of one name a slip apart: two neighbouring letters swapped in one word of five
    letters or more ("Widyatno" / "Widyanto"), or the same letters in one word or two ("Nurhayati"
    / "Nur Hayati"). Too weak to merge on: an editor is asked (see decide)."""
    if len(a) != len(b):
        return "".join(a) == "".join(b)
    apart = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(apart) != 1:
        return False
    x, y = apart[0]
    if len(x) != len(y) or len(x) < 5:
        return False
    k = next(i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q)
    return k + 1 < len(x) and x[k] == y[k + 1] and x[k + 1] == y[k] and x[k + 2 :] == y[k + 2 :]


def _same_shape(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Spelling variants keep the number of words, their order and each word's skeleton start."""
    return len(a) == len(b) and all(skeleton(x)[:1] == skeleton(y)[:1] for x, y in zip(a, b, strict=True))


@dataclass(frozen=True, slots=True)
class Context:
    """Role, body, region and date of one person as one article prints them."""

    post: str | None = None
    org: str | None = None
    region: str | None = None
    appointment: Tenure = "definitive"
    date: dt.date | None = None
    # The article describes a member of the public ("warga", "pemilik warung kopi"), no post.
    lay: bool = False

    @property
    def empty(self) -> bool:
        return self.post is None and self.region is None and self.org is None and not self.lay


CONTEXT_RANK = {
    "same": 5,
    "post": 4,
    "region": 3,
    "standin": 3,
    "unknown": 2,
    "other": 1,
    "moved": 0,
    "differ": 0,
    "conflict": -1,
}


@cache
def deputy_of(post: str) -> str | None:
    return next((e.deputy_of for e in posts().values() if e.post == post and e.deputy_of), None)


def _specific(post: str | None, org: str | None) -> bool:
    return post is not None and (post not in GENERIC_POSTS or org is not None)


def _days_apart(date: dt.date | None, m: MembershipRecord) -> int | None:
    if date is None or (m.start is None and m.end is None):
        return None
    start, end = m.start or m.end, m.end or m.start
    assert start is not None and end is not None
    if start <= date <= end:
        return 0
    return min(abs((date - start).days), abs((date - end).days))


def _label(post: str, org: str | None) -> str:
    return f"{post} {org}" if org else post


def membership_relation(ctx: Context, m: MembershipRecord) -> str:
    """How one printed context relates to one known membership (see CONTEXT_RANK)."""
    region_same = same_region(ctx.region, m.region)
    org_same = None if not ctx.org or not m.org else fold(ctx.org) == fold(m.org)
    apart = _days_apart(ctx.date, m)
    deputy_pair = bool(ctx.post and m.post) and (deputy_of(ctx.post) == m.post or deputy_of(m.post) == ctx.post)
    same_body = region_same is not False and org_same is not False and bool(region_same or org_same)
    # An interim post beside another of the same region: "Plt. Bupati" is the Wakil Bupati standing
    # in, a "Pj. Bupati" or a "Plt. Kepala Dinas" one of the region's senior officials (its Sekda, a
    # Kepala Dinas) given the post besides their own or after it.
    stand_in = (
        bool(ctx.post and m.post)
        and ctx.post != m.post
        and region_same is True
        and "definitive" in (ctx.appointment, m.appointment)
        and (ctx.appointment, m.appointment) != ("definitive", "definitive")
    )
    if deputy_pair and same_body and not stand_in and (apart is None or apart <= OVERLAP_DAYS):
        return "conflict"  # a Wakil Bupati and the Bupati of one regency at one time are two people
    post_same = None
    if ctx.post and m.post:
        # ("Menteri BUMN" and "Menteri" of "Badan Usaha Milik Negara"; "Kalaksa BPBD" and "Kepala Pelaksana BPBD")
        post_same = (ctx.post == m.post and org_same is not False) or same_post(
            _label(ctx.post, ctx.org), _label(m.post, m.org)
        )
    if region_same is False:
        # An appointee is posted from one region to the next (a Kapolres, a Dandim, a Kajari, a
        # Pj. Bupati); an elected head serves the region that elected them.
        moved = (
            post_same
            and _specific(ctx.post, ctx.org or m.org)
            and appointment_type(ctx.appointment, _label(ctx.post or "", ctx.org)) != Appointment.ELECTED
        )
        return "moved" if moved else "differ"
    far = apart is not None and apart > YEARS_APART * 365
    if post_same and _specific(ctx.post, ctx.org or m.org):
        if region_same:
            return "other" if far else "same"
        return "other" if far else "post"
    if region_same:
        return "standin" if stand_in and not far else "region"
    if post_same is False or org_same is False:
        return "other"
    return "unknown"


def public_office(post: str | None) -> bool:
    """A post that is a public office, not an occupation (professions.txt)."""
    return post is not None and post not in professions()


def context_relation(
    ctx: Context, memberships: list[MembershipRecord] | tuple[MembershipRecord, ...], *, lay: bool = False
) -> str:
    """Best relation over an official's memberships; any conflict wins. A member of the public
    (`ctx.lay`, or `lay`: the official was known only so) and a holder of a public office of
    one name "differ": a trader quoted on the floods is not the regency's disaster chief."""
    if (ctx.lay and any(public_office(m.post) for m in memberships)) or (lay and public_office(ctx.post)):
        return "differ"
    if ctx.empty or not memberships:
        return "unknown"
    relations = [membership_relation(ctx, m) for m in memberships]
    if "conflict" in relations:
        return "conflict"
    return max(relations, key=CONTEXT_RANK.__getitem__)


def fuller_form(shown: tuple[str, ...] | list[str], other: tuple[str, ...] | list[str]) -> bool:
    """Whether a longer name may replace the one an official is shown by: it holds every word of
    it, or the one shown is a single word ("Jowir", "Brackett"). "Donald Brackett" never yields to
    "John Brackett Kamala Harris", a scrape's run of linked names that holds "Brackett"."""
    return len(shown) <= 1 or set(shown) <= set(other) or covers(tuple(shown), tuple(other))  # ("M. Hanif")


def fuller_name(shown: NameKey, other: NameKey) -> bool:
    """Whether `other` should replace the name an official is shown by: more words, or as many
    with fewer initials ("Muhammad Hanif" for "M. Hanif"), and a fuller form of it."""
    return (len(other.tokens), len(other.full)) > (len(shown.tokens), len(shown.full)) and fuller_form(
        shown.tokens, other.tokens
    )


NAME_RANK = {"exact": 3, "subset": 2, "fuzzy": 1}


@dataclass(frozen=True, slots=True)
class Verdict:
    action: str  # "merge" | "suggest" | "none"
    confidence: float
    matched_on: str
    rank: tuple[int, int, float]


def decide(name: tuple[str, float], context: str, short_tokens: int) -> Verdict:
    """Weigh a name relation with a context relation; `short_tokens`: full words in the shorter name."""
    relation, score = name
    rank = (CONTEXT_RANK[context], NAME_RANK.get(relation, 0), score)
    on = f"{relation}+{context}"
    if relation in ("generation", "patronym", "none"):
        return Verdict("suggest" if relation != "none" else "none", 0.0, on, rank)
    if relation == "reordered":
        # the same words in another order: one person only where everything else is the same
        # (a post in one region); else an editor may look
        if context == "same" and short_tokens >= 2:
            return Verdict("merge", 0.6, on, rank)
        return Verdict("suggest" if context not in ("differ", "conflict") else "none", 0.0, on, rank)
    if relation == "variant":
        # a slip of the pen, or a name the next article spells its own way: the same post in the
        # same region makes it worth an editor's look, never a merge
        return Verdict("suggest" if context == "same" else "none", 0.0, on, rank)
    if context == "conflict":
        if relation == "exact" and short_tokens >= 2:
            # "Wakil Bupati Garut Helmi Budiman", a year on "Bupati Garut Helmi Budiman": a full
            # name the same, the deputy became the head (or stands in for one); a one-word name
            # ("Tarmo") is no such evidence
            return Verdict("merge", 0.6, on, rank)
        return Verdict("suggest" if relation != "fuzzy" else "none", 0.0, on, rank)
    if relation == "exact":
        table = {"same": 0.97, "post": 0.93, "region": 0.88, "standin": 0.88, "unknown": 0.8}
        if context in table:
            return Verdict("merge", table[context], on, rank)
        if context == "other" and short_tokens >= 2:
            return Verdict("merge", 0.7, on, rank)
        if context == "moved" and short_tokens >= 3:
            # "Kapolres Bantul AKBP Widodo Prasetyo Utomo", months on "Kapolres Sleman AKBP Widodo
            # Prasetyo Utomo": three words of a name the same, the same appointed post elsewhere
            return Verdict("merge", 0.6, on, rank)
        return Verdict("suggest", 0.5, on, rank)
    if relation == "subset":
        if context in ("same", "post"):
            return Verdict("merge", 0.9 if context == "same" else 0.8, on, rank)
        if context == "standin" or (context == "region" and short_tokens >= 2):
            # "Sekda Wonosobo Kuswandoro Setyadi", later "Pj. Bupati Wonosobo Kuswandoro": a word of
            # the name and an interim post beside the region's other one; or two full words of a
            # name in one region, a post changed (two words with nothing known already merge)
            return Verdict("merge", 0.75, on, rank)
        if context == "unknown" and short_tokens >= 2:
            return Verdict("merge", 0.7, on, rank)
        if context == "other" and short_tokens >= 3:
            # "Tri Yunus Miko" (a pakar) and "Tri Yunus Miko Wahyudiono" (an epidemiologist): three
            # full words shared say more than two descriptions of one person that differ
            return Verdict("merge", 0.65, on, rank)
        return Verdict("suggest" if context != "differ" else "none", 0.4, on, rank)
    if context == "same" or (context == "post" and score >= 0.92):
        return Verdict("merge", 0.75, on, rank)
    return Verdict("suggest" if score >= 0.9 and context != "differ" else "none", 0.3, on, rank)
