"""The post a statement's speaker holds, as the registry files it: "PJ. Bupati" + "Subang" ->
Pj. Bupati, acting, Kabupaten Subang (with its official code when a region table is loaded)."""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from quotetrack.extract.words import states_abroad
from quotetrack.kinds import ACTING_PREFIX, Appointment, Tenure
from quotetrack.resolve import gazetteer
from quotetrack.resolve.model import Region
from quotetrack.resolve.post_forms import same_words, unified
from quotetrack.resolve.regions import RegionTable, base_name, normalize_region, police_command_of
from quotetrack.resolve.roles import parse_role, takes_its_town
from quotetrack.text.lexicon import fold, is_past_post, region_aliases, word_set

# Posts people are elected to; other definitive posts are appointments.
_ELECTED_POSTS = frozenset(
    {
        "bupati",
        "wakil bupati",
        "wali kota",
        "wakil wali kota",
        "gubernur",
        "wakil gubernur",
        "presiden",
        "wakil presiden",
        "anggota dprd",
        "ketua dprd",
        "anggota dpr",
        "ketua dpr",
        "anggota dpd",
        "kepala desa",
        "wali nagari",
        "geuchik",
        "perbekel",
        "governor",
        "mayor",
        "deputy mayor",
        "regent",
        "deputy regent",
        "senator",
        "president",
        "representative",
        "state senator",
        "state representative",
    }
)


# The level of region an English head's post names in Indonesia ("Bandung Mayor" is the city's,
# "Bandung Regent" the regency's); roles.tsv gives these posts none, since they serve abroad too.
_ENGLISH_HEAD_LEVELS = {
    "mayor": "kota",
    "deputy mayor": "kota",
    "governor": "provinsi",
    "deputy governor": "provinsi",
    "vice governor": "provinsi",
}

# The heads of a regency's or a city's government: only a kabupaten has a Bupati and only a kota
# a Wali Kota, so the place they head is of that level even where no table knows it ("Bupati
# Lerengwangi" and "Pemerintah Kabupaten Lerengwangi" are one area). A police command's level
# is only a hint ("Kapolres Belawan" serves a port, no "Kabupaten Belawan").
_GOVERNMENT_HEADS = {
    "bupati": "kabupaten",
    "wakil bupati": "kabupaten",
    "wali kota": "kota",
    "wakil wali kota": "kota",
}


def _of_level_headed(region: Region | None, post: str) -> Region | None:
    """An unknown place printed without its level under the head of its government, with the
    level the post names: "Bupati" + "Lerengwangi" -> Kabupaten Lerengwangi."""
    level = _GOVERNMENT_HEADS.get(post.casefold())
    if region is None or level is None or region.level is not None or region.code is not None:
        return region
    if fold(region.name) in region_aliases() or fold(region.name.split()[0]) in gazetteer.REGION_MARKERS:
        return region  # (a province or a short form the lexicon knows keeps its own reading)
    return Region(name=f"{level.capitalize()} {region.name}", level=level)


def appointment_type(tenure: Tenure, post: str | None) -> Appointment:
    """How the data model files a printed post's tenure: elected, appointed or acting."""
    if tenure != "definitive":
        return Appointment.ACTING
    return Appointment.ELECTED if (post or "").casefold() in _ELECTED_POSTS else Appointment.APPOINTED


@dataclass(frozen=True, slots=True)
class Post:
    """A role as the registry files it: a canonical label, the appointment, the region."""

    label: str
    appointment: Appointment
    region: Region | None


def canonical_post(role_text: str | None, region_text: str | None, table: RegionTable | None = None) -> Post | None:
    """ "PJ. Bupati" + "Subang" -> Post("Pj. Bupati", "acting", Kabupaten Subang).

    With an imported region `table` the region carries its official code (Subang -> 32.13).
    """
    if not role_text:
        return None
    role = parse_role(_without_rank(role_text), table)
    if (role is None or not role.post) and "-" in role_text:
        # "NYSC Director-General", "Attorney-General": the post's words hyphenated
        role = parse_role(_without_rank(_HYPHEN_BETWEEN_WORDS.sub(" ", role_text)), table)
    if role is None or not role.post:
        # No head of a post (Bupati, Menteri, Ketua, Governor...): a connective, a weekday, a
        # clause or a description ("warga desa"), never a post to print or to file.
        return None
    entry = gazetteer.posts().get(fold(role.post))
    post_level = entry.level if entry else None
    body, placed = role.org, None
    if body and role.region_name is None and region_text is None and (role.org_first or f" of {body}" in role_text):
        # English copy names an Indonesian region as the post's body: "Subang Regent", "Regent of
        # Subang", "West Java Governor" are the Regent of Kabupaten Subang and the Governor of
        # Jawa Barat ("California Governor" keeps its state: the gazetteer gives it no level)
        hint = post_level or _ENGLISH_HEAD_LEVELS.get(role.post.casefold())
        place = normalize_region(body, level_hint=hint, table=table)
        if place is not None and place.level is not None:
            body, placed = None, place
    if body and region_text and role.region_name is None and takes_its_town(body) and not _marks_a_level(region_text):
        # "Rektor UIN Sultan Syarif Kasim" + "Riau", "Kepala Sekolah SMAN 2" + "Tasikmalaya": the
        # campus's, school's or station's own name ends with its town, no region the post serves
        body, region_text = f"{body} {region_text}", None
    words = [role.post]
    org = _org_as_printed(body, role_text)
    if org and org.split()[0].casefold() == role.post.split()[-1].casefold():
        org = " ".join(org.split()[1:]) or None
    possessive = next((k for k, w in enumerate(org.split()) if w.endswith(_POSSESSIVE)), None) if org else None
    if org and role.org_first and possessive is not None:
        # "Labour's shadow chancellor" is the party's Shadow Chancellor, filed as "Labour Shadow
        # Chancellor"; "Britain's prime minister" names the country, no body: "Prime Minister"
        owned = org.split()
        owner, rest = " ".join(owned[: possessive + 1])[:-2], owned[possessive + 1 :]
        countries = word_set("quotetrack.text", "countries.txt")
        # (the home country, no foreign one the list holds: "Indonesia's chief economic minister")
        home = owner.casefold() in countries or owner.casefold() == "indonesia"
        org = " ".join(rest if home else [owner, *rest]) or None
    if org and not set(org.casefold().split()) <= set(role.post.casefold().split()):
        if role.org_first:
            words.insert(0, org)
        else:
            link = _link_before(org, role_text)
            if link and role.qualifier:
                words.insert(0, role.qualifier)  # "Shadow Chief Secretary to the Treasury"
            words.extend(filter(None, (link, org)))
    label = " ".join(words)
    if role.post == "Member" and not _names_a_body(role_text):
        return None  # "a member of the public", "family member": a seat in no body, no post
    if role.appointment in ACTING_PREFIX:
        # (English copy keeps its own word: "acting chief executive" is no "Pj.")
        printed = role_text.split()[0].casefold()
        label = f"{printed.capitalize() if printed in _ENGLISH_ACTING else ACTING_PREFIX[role.appointment]} {label}"
    level = role.region_level if role.region_level is not None else post_level
    # "Kepala Bagian Humas Pemkot" + "Tangerang": the government the post serves names the level.
    marker = gazetteer.REGION_MARKERS.get(fold(role_text.split()[-1]))
    level = marker or level
    region: Region | None
    # "Camat Tanete" + "Riattang Timur": a district's or village's name of several words, its
    # first read into the post ("Camat Tanete Riattang Timur")
    local = level in ("kecamatan", "kelurahan", "desa")
    opening = (
        base_name(role.region_name)
        if local and role.region_name and region_text and _one_run(region_text, table)
        else None
    )
    if region_text in _states_abroad():
        # "New South Wales", "Tamil Nadu": a state of another federation, named whole (the
        # regions table knows Indonesia's, and would cut a name of three words to its first)
        region = Region(name=region_text)
    elif region_text and (command := police_command_of(role_text.split()[-1])):
        # "Kasi Humas Polres" + "Bogor", "Kapolresta" + "Cirebon": the command names the area's
        # level (Kabupaten Bogor, Kabupaten Cirebon)
        region = normalize_region(f"{command.capitalize()} {region_text}", level_hint=level, table=table)
    else:
        region = normalize_region(region_text, level_hint=level, table=table) if region_text else None
    if opening is not None and level is not None and region is not None and region.level == level:
        region = Region(name=f"{level.capitalize()} {opening} {base_name(region.name)}", level=level)
    region = region or placed
    if region is None and role.region_name:
        region = normalize_region(role.region_name, level_hint=level, table=table)
    region = _of_level_headed(region, role.post)
    # "Anggota" + "DPRD" is an elected seat though "Anggota" alone says nothing.
    post = " ".join(filter(None, (role.post, body)))
    return Post(label=label, appointment=appointment_type(role.appointment, post), region=_coded(region, table))


def _one_run(region_text: str, table: RegionTable | None) -> bool:
    """Whether a local post's place as printed may go on the words of the place in the post: no
    level word opens it and no table knows it ("Riattang Timur", not "Kabupaten Bone" or "Bone")."""
    if _marks_a_level(region_text):
        return False
    known = normalize_region(region_text, None, table)
    return known is not None and known.level is None and fold(known.name) not in region_aliases()


def _marks_a_level(region_text: str) -> bool:
    """Whether a region as printed opens with its level ("Kabupaten Garut", "Kota Bandung")."""
    return fold(region_text.split()[0]) in gazetteer.REGION_MARKERS


def _names_a_body(role_text: str) -> bool:
    """Whether a post's words name a body one sits in: a short form in capitals ("KPU"), a
    body's word ("Commission", "Board") or a body's name ("Bawaslu")."""
    words = [w.strip("(),") for w in role_text.split()]
    return any(
        (len(w) >= 2 and w.isupper())
        or fold(w) in gazetteer.institution_words()
        or fold(w) in gazetteer.orgs()
        or (w[:1].isupper() and fold(w) in _LEGISLATURES)
        for w in words
    )


# Chambers English copy names by a word no other body's name holds: "member of the House of
# Representatives", "member of the People's Consultative Assembly", "member of parliament".
_LEGISLATURES = frozenset({"representatives", "assembly", "parliament", "senate", "congress", "legislature"})


@lru_cache(maxsize=1)
def _states_abroad() -> frozenset[str]:
    return frozenset(states_abroad().values())


_POSSESSIVE = ("'s", "’s")
_ENGLISH_ACTING = frozenset({"acting", "interim"})
_HYPHEN_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_]{2})-(?=[^\W\d_]{2})")


def past_post(role: str | None) -> str | None:
    """A post no longer held as printed, from its marker on ("masalah transportasi yang juga mantan
    Kepala X" -> "mantan Kepala X"); None for any other role."""
    words = (role or "").split()
    at = next((k for k, word in enumerate(words) if is_past_post([word])), None)
    return " ".join(words[at:]) if at is not None and at + 1 < len(words) else None


def shown_role(role: str | None, region: str | None) -> str | None:
    """The role a statement stores and pages show when the registry files no post for it: a past
    post from its marker on, a post as the registry labels it ("Ke depan Bupati" -> "Bupati"), a
    rank as printed ("Inspektur Jenderal (Pol)"), a description in lower case as printed
    ("master of ceremonies", "perwakilan APD", "warga kota Donggala"), the body the speaker works
    at ("Universitas Indonesia", "Dinas Pariwisata DKI Jakarta"), a job title in capitals the
    registry does not know ("Pengendali Ekosistem Hutan Pertama"). A sentence's opening words read
    before a name ("Ke depan", "Menanggapi hal itu", "September lalu": a word in lower case after
    the capital) and a single capitalised word (a place, a name: "Jatinegara", "Pesaingnya") are
    shown as no role."""
    if not role:
        return None
    if (past := past_post(role)) is not None:
        return past
    if (post := canonical_post(role, region)) is not None:
        return post.label
    if role[:1].islower() or _is_rank(role) or fold(role.split()[0]) in gazetteer.institution_words():
        return role
    words = role.split()
    if len(words) >= 2 and all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_LINKS for w in words):
        return role  # a job title the registry does not know: "Corporate Communications Strategic of X"
    return None


_TITLE_LINKS = frozenset({"of", "the", "and", "for", "dan", "di", "untuk", "&"})


def _is_rank(role: str) -> bool:
    return gazetteer.honorifics().get(fold(" ".join(_RANK_BRACKET.sub(" ", role).split()))) == "rank"


# English names a post's body after a preposition: "Secretary of State for Health", "director
# general of the British Chambers of Commerce". Without it the label reads "Secretary of State
# Health".
# ("in": a chamber a party's leader or whip sits in, "Republican leader in the state Senate")
_LINKS = frozenset({"of", "for", "on", "to", "at", "in"})
_WORD = re.compile(r"[\w'’.&-]+")
_NAME_JOINERS = frozenset({"the", "of", "and", "for", "&"})  # lower-case words inside a body's long name


def _link_before(org: str, role_text: str) -> str | None:
    """The preposition (and article) printed right before `org` in `role_text`, in lower case:
    "of the", "for"; None when the body follows the post directly, as in Indonesian."""
    printed = [w.casefold() for w in _WORD.findall(role_text)]
    body = [w.casefold() for w in _WORD.findall(org)]
    if not body:
        return None
    if (short := role_text.find(f"({org})")) > 0:
        # "Head of the National Disaster Mitigation Agency (BNPB)": the body by its short form,
        # after the link that opened its long name ("Head of BNPB")
        named = _WORD.findall(role_text[:short])
        for at in range(len(named) - 2, -1, -1):
            if named[at].casefold() in _LINKS:
                following = named[at + 1 :]
                return named[at].casefold() if all(w[:1].isupper() or w in _NAME_JOINERS for w in following) else None
    for at in range(len(printed) - len(body), 0, -1):
        if printed[at : at + len(body)] != body:
            continue
        start = at - 1 if printed[at - 1] == "the" else at
        if start > 0 and printed[start - 1] in _LINKS:
            return " ".join(printed[start - 1 : at])
        owner = next((k for k in range(at - 1, max(0, at - 4), -1) if printed[k].endswith(("'s", "’s"))), None)
        if owner is not None and printed[owner - 1] in _LINKS:
            return printed[owner - 1]  # "leader of Britain's biggest union Unison": the leader of Unison
        # "head of gaming industry body ELSPA": the link before the body's description
        described = next((k for k in range(at - 1, max(0, at - 6), -1) if printed[k] in _LINKS), None)
        if described is not None and all(
            w.isalpha() and w.islower() for w in _WORD.findall(role_text)[described + 1 : at]
        ):
            # ("in the state Senate": which chamber is the place's own, so the words stay whole)
            return " ".join(printed[described:at]) if printed[described] == "in" else printed[described]
        return None
    return None


_RANK_BRACKET = re.compile(r"\((?:pol|purn|tni|polisi)\.?\)", re.IGNORECASE)


def _without_rank(role_text: str) -> str:
    """ "Wakil Kepala Polda Papua Brigadir Jenderal (Pol)" -> "Wakil Kepala Polda Papua": a rank
    printed between the post and the name is the person's. Ranks of one word are left alone:
    "Sekretaris Jenderal" is a post."""
    words = _RANK_BRACKET.sub(" ", role_text).split()
    ranks = gazetteer.honorifics()
    for n in range(min(gazetteer.honorific_max_words(), len(words) - 1), 1, -1):
        if ranks.get(fold(" ".join(words[-n:]))) == "rank":
            return " ".join(words[:-n])
    return role_text


def _org_as_printed(org: str | None, role_text: str) -> str | None:
    """A body by the name the article prints: "Kepala Otorita Ibu Kota Nusantara (OIKN)" keeps the
    long name, "Ketua KPU" the short one; a post that ends with the body's first word does not
    repeat it ("Kepala Otorita" + "Otorita Ibu Kota Nusantara")."""
    if not org:
        return org
    long = gazetteer.org_long_names().get(org)
    if long and fold(long) in fold(role_text):
        org = long
    elif "," in role_text and " " in org:
        # The fields a post lists keep their commas: "Bidang Politik, Hukum, dan Keamanan".
        listed = re.search(r"[\s,]+".join(map(re.escape, org.split())), role_text)
        org = listed.group() if listed else org
    return org


def _coded(region: Region | None, table: RegionTable | None) -> Region | None:
    """The table's entry for a region named through an alias ("Solo" -> Kota Surakarta) or a province."""
    if region is None or region.code is not None or table is None:
        return region
    return table.find(base_name(region.name), region.level) or region


def fullest_posts(held: Sequence[tuple[Hashable | None, Post | None]]) -> list[Post | None]:
    """Within one article, a post printed short is the fuller one the article gives the same
    person: "Kapolres" is the Kapolres of Kabupaten Sarolangun printed earlier, "Chairman" the
    "Chairman of the Bar Council", "Kepala Dinas Kesehatan" the "Plt. Kepala Dinas Kesehatan".
    `held` pairs a speaker key (None: no speaker, whose post stays as printed) with a post; a
    short post stays as printed when two different fuller ones would fit it."""
    by_official: dict[Hashable, list[Post]] = {}
    for official_id, post in held:
        if official_id is not None and post is not None and post not in by_official.setdefault(official_id, []):
            by_official[official_id].append(post)
    out: list[Post | None] = []
    for official_id, post in held:
        if post is None or official_id is None:
            out.append(post)
            continue
        wider = [p for p in by_official[official_id] if p != post and _narrows(post, p)]
        fullest = [p for p in wider if not any(q != p and _narrows(p, q) for q in wider)]
        out.append(fullest[0] if len(fullest) == 1 else post)
    return out


def posts_held(printed: Sequence[tuple[str | None, Post | None]]) -> list[Post | None]:
    """Within one article, a statement printing no post takes the post its speaker holds there,
    when the article gives that person exactly one. `printed` pairs a speaker key (None for no
    speaker) with the post the statement printed."""
    held: dict[str, set[Post]] = {}
    for who, post in printed:
        if who and post is not None:
            held.setdefault(who, set()).add(post)
    return [
        post if post is not None or not who or len(held.get(who, ())) != 1 else next(iter(held[who]))
        for who, post in printed
    ]


def _acting_split(label: str) -> tuple[str | None, list[str]]:
    """("Plt.", ["kepala", "dinas"]) for "Plt. Kepala Dinas"; (None, ...) for a definitive post."""
    first, _, rest = label.partition(" ")
    if first in ACTING_PREFIX.values() and rest:
        return first, rest.casefold().split()
    return None, label.casefold().split()


def _narrows(short: Post, full: Post) -> bool:
    """Whether `full` says everything `short` says: the same post opening, the same region if
    `short` names one, the same tenure if `short` prints one, and something more."""
    if short.region is not None and (
        full.region is None
        or full.region.name.casefold() != short.region.name.casefold()
        or full.region.level != short.region.level
    ):
        return False
    short_acting, short_words = _acting_split(short.label)
    full_acting, full_words = _acting_split(full.label)
    if short_acting is not None and short_acting != full_acting:
        return False
    if full_words[: len(short_words)] != short_words:
        return False
    return (
        len(full_words) > len(short_words)
        or (full.region is not None and short.region is None)
        or (full_acting is not None and short_acting is None)
    )


# Police chiefs' posts spelled out, as the short form the press prints most ("Kepala Kepolisian
# Resor" and "Kepala Polres" are the Kapolres).
_POLICE_SPELLED_OUT = {
    "kepolisian resor": "kapolres",
    "polres": "kapolres",
    "kepolisian resor kota": "kapolresta",
    "polresta": "kapolresta",
    "kepolisian daerah": "kapolda",
    "polda": "kapolda",
    "kepolisian sektor": "kapolsek",
    "polsek": "kapolsek",
    "polri": "kapolri",
}


@lru_cache(maxsize=4096)
def post_key(label: str) -> str:
    """One key for the printed forms of one post, so the registry files them as one membership:
    "Kadinkes", "Kepala Dinkes" and "Kepala Dinas Kesehatan"; "Kapolres", "Kepala Polres" and
    "Kepala Kepolisian Resor". Any other post is one however its words are cased."""
    role = parse_role(label)
    if role is None or not role.post or role.qualifier or role.org_first:
        return unified(label.casefold())
    post, org = spelt_out(role.post, role.org)
    if post.casefold() == "kepala" and org is not None and (short := _POLICE_SPELLED_OUT.get(org.casefold())):
        post, org = short, None
    # ("Ketua Mahkamah Konstitusi" and "Ketua MK": the body by the short form orgs.tsv knows)
    if (post, org) == (role.post, role.org) and (org is None or org not in gazetteer.org_long_names()):
        return unified(label.casefold())
    acting = label.split()[0] if role.acting else ""
    return unified(" ".join(filter(None, (acting, post, org))).casefold())


@lru_cache(maxsize=4096)
def same_post(a: str, b: str) -> bool:
    """Whether two printed posts are one post: one post_key, or the same words but for a body
    one prints by its initials or first syllables ("Ketua Dewan Komisioner OJK" and "Ketua Dewan
    Komisioner Otoritas Jasa Keuangan"), or a link word ("Direktur Jenderal X pada Kementerian Y")."""
    key_a, key_b = post_key(a), post_key(b)
    return key_a == key_b or same_words(key_a.split(), key_b.split())


def held_as_printed(held: str | None, printed: str | None) -> str | None:
    """The post a statement shows from its membership: the statement's own words where they are
    a form of the same post ("Kadinkes" filed with "Kepala Dinas Kesehatan"), as cited."""
    if held is None or printed is None or held == printed:
        return held
    return printed if same_post(printed, held) else held


# A unit head's short form, spelled out: "Kabid Humas Polda" is the Kepala Bidang of Humas Polda.
_UNIT_HEAD_FORMS = {
    "kabid": "Kepala Bidang",
    "kasi": "Kepala Seksi",
    "kasie": "Kepala Seksi",
    "kasubbag": "Kepala Subbagian",
    "kasubag": "Kepala Subbagian",
    "kadiv": "Kepala Divisi",
    "kanit": "Kepala Unit",
    "kasubdit": "Kepala Subdirektorat",
}


def spelt_out(post: str, org: str | None) -> tuple[str, str | None]:
    """A post's head spelled out, however printed, for comparing posts (they are shown as
    printed): a regional office's head ("Kadinkes", "Kepala Dinkes" and "Kepala Dinas
    Kesehatan" are one post) and a unit's head ("Kabid Humas" + "Polda" and "Kepala Bidang" +
    "Humas Polda")."""
    key = post.casefold()
    if key.startswith("ka") and org is None and (field := gazetteer.dinas_fields().get(key[2:])) is not None:
        return "Kepala Dinas", field
    if key == "kepala" and org is not None and (field := gazetteer.dinas_fields().get(org.casefold())) is not None:
        return "Kepala Dinas", field
    head, _, unit = key.partition(" ")
    if head in _UNIT_HEAD_FORMS:
        unit_words = post.split()[1:]
        return _UNIT_HEAD_FORMS[head], " ".join([*unit_words, *(org.split() if org else [])]) or None
    return post, org
