"""Posts as printed ("Pj. Bupati Subang", "Ketua KPU", "Menkes") parsed into a Role."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache, lru_cache

from quotetrack.extract.around import BODY_NOUNS_EN, POSSESSIVES, is_portfolio_word
from quotetrack.kinds import Tenure
from quotetrack.resolve.gazetteer import (
    REGION_MARKERS,
    PostEntry,
    acting_forms,
    acting_starts,
    honorifics,
    org_max_words,
    org_starts,
    orgs,
    party_forms,
    post_max_words,
    post_starts,
    posts,
    posts_with_province,
    regional_orgs,
)
from quotetrack.resolve.model import Role
from quotetrack.resolve.regions import (
    RegionTable,
    is_police_command,
    normalize_region,
    police_command_of,
    without_metro,
)
from quotetrack.text.lexicon import (
    LIST_AND,
    fold,
    is_past_post,
    is_unit_head,
    place_names,
    region_aliases,
    word_list,
    word_set,
)
from quotetrack.text.stem import is_dictionary_word

_GLUED_ACTING = re.compile(r"(?i)\b(pj|plt|plh)\.?(?=[A-Z])|\b(pj|plt|plh)\.(?=\w)")
_PAREN = re.compile(r"\(([^)]*)\)")
_ALL_OF_LEVEL = re.compile(r"\bse-(?=[A-Z])")
# A bracket the printed text never closes ("Menteri Dalam Negeri (Mendagri"): cut at the "(".
_UNCLOSED = re.compile(r"\s*\([^)]*$")
_WORD = re.compile(r"[^\s,;]+")
_FILLER = frozenset({"dari", "di", "of", "for", "to", "the", "and", "dan", "se", "sekaligus", "untuk"})
_LOWER_IN_NAMES = _FILLER | {"bidang", "urusan", "pada", "&", "se-"}
# Arabic names of bodies print their article in lower case: "Asaib Ahl al-Haq", "Jabhat al-Nusra".
_ARTICLE_PREFIXED = re.compile(r"(?:al|el|ad|ar|as|ash|at|an|ul|ud)-[A-Z]")
# Before a post these describe its holder, not the post ("New Home Secretary X").
# A deputy is printed as this word before the head's post.
_DEPUTY_WORDS = frozenset({"wakil", "deputy", "vice"})
# "New" opens these places: "New York Governor" is no new governor.
_NEW_PLACES = frozenset({"york", "jersey", "mexico", "hampshire", "zealand", "delhi", "orleans", "south", "england"})


def _names_place(following: list[str]) -> bool:
    return bool(following) and following[0].lower() in _NEW_PLACES


_MODIFIERS = frozenset(
    {"new", "newly", "incoming", "outgoing", "incumbent", "current", "sitting", "veteran", "senior", "top", "baru"}
)


def unglue(text: str) -> str:
    """ "Pj.Bupati" -> "Pj. Bupati", "(OIKN)Basuki" -> "(OIKN) Basuki", "Wagubsu" -> "Wakil
    Gubernur Sumut" (a province's press glues its governor's post to the province)."""
    text = _GLUED_ACTING.sub(lambda m: (m.group(1) or m.group(2)) + ". ", text)
    if any(fold(word) in posts_with_province() for word in text.split()):
        text = " ".join(posts_with_province().get(fold(word), word) for word in text.split())
    return re.sub(r"\)(?=\w)", ") ", text)


def match_post(words: list[str], start: int) -> tuple[int, PostEntry] | None:
    """Longest post form at `start`: (words used, PostEntry)."""
    if start >= len(words):
        return None
    if fold(words[start]) not in post_starts():
        if is_unit_head(words[start]):  # "Kadishub", "Kasatreskrim": a unit's head, as printed
            return 1, PostEntry(words[start], words[start], "daerah", None)
        if fold(words[start]) == "kakan" and words[start + 1 : start + 2] and words[start + 1][:1].isupper():
            # "Kakan Kemenag Garut": the head of a ministry's office (Kepala Kantor) in a regency
            return 1, PostEntry(words[start], "Kepala Kantor", None, None)
        return None
    table = posts()
    for n in range(min(post_max_words(), len(words) - start), 0, -1):
        entry = table.get(fold(" ".join(words[start : start + n])))
        if entry is not None:
            return n, entry
    return None


def match_org(words: list[str], start: int) -> tuple[int, str] | None:
    if start >= len(words) or fold(words[start]) not in org_starts():
        return None
    table = orgs()
    for n in range(min(org_max_words(), len(words) - start), 0, -1):
        short = table.get(fold(" ".join(words[start : start + n])))
        if short is not None:
            return n, short
    return None


def match_acting(words: list[str], start: int) -> tuple[int, Tenure] | None:
    if start >= len(words) or fold(words[start]) not in acting_starts():
        return None
    table = acting_forms()
    for n in (2, 1):
        kind = table.get(fold(" ".join(words[start : start + n])))
        if kind is not None and start + n <= len(words):
            return n, kind
    return None


def parse_role(text: str | None, table: RegionTable | None = None) -> Role | None:
    """Split a printed post into post, appointment, body and region; None when no post is found."""
    if not text or not text.strip():
        return None
    return _parse_role(text) if table is None else _parse_role_with(text, table)


@lru_cache(maxsize=1 << 14)
def _parse_role(text: str) -> Role | None:
    return _parse_role_with(text, None)


# A military unit's number and its seat: "0716/Demak" (Kodim), "III/Siliwangi" (Kodam).
_UNIT_SEAT = re.compile(r"(\d{2,4}|[IVX]{1,5})/([A-Z][\w-]*)")
_UNIT_SLASH = re.compile(r"(?<=[\dIVX])/\s+(?=[A-Z])")  # "XII/ Tanjungpura", as some copy spaces it
# ... or prints a space for the slash after a territorial command: "Dandim 0611 Garut", "Pangdam III Siliwangi"
_UNIT_SPACED = re.compile(
    r"\b((?i:dandim|danrem|danramil|pangdam|kodim|korem|koramil|kodam)\s+(?:\d{2,4}|[IVX]{1,5}))\s+(?=[A-Z])"
)


def _unit_and_place(word: str) -> list[str]:
    """ "0716/Demak" -> ["Demak"]: the seat after a unit's number is the post's place (the number
    stays in the post as printed)."""
    seat = _UNIT_SEAT.fullmatch(word)
    return [seat.group(2)] if seat else [word]


def _chief_before(words: list[str], j: int, hit: tuple[int, PostEntry]) -> bool:
    """Whether a bare "chief" at `j` qualifies the words after it ("Chief Secretary to the
    Treasury", "chief economist") rather than ending the post as a body's head ("National
    Audit Office chief"): only a "chief" with nothing after it is the post."""
    used, entry = hit
    return entry.post == "Chief" and j + used < len(words)


def _opens_post(text: str, bracketed: str, post_word: str) -> bool:
    """Whether the bracket holding `bracketed` comes right before the post's first word."""
    at = text.find(f"({bracketed})")
    following = text[at + len(bracketed) + 2 :].split()
    return at >= 0 and bool(following) and following[0] == post_word


def _place_before_post(words: list[str], j: int, hit: tuple[int, PostEntry]) -> bool:
    """Whether a short post at `j` is a place's name before the post it is the place of: English
    "Karo Regent" is the Regent of Karo, not a "Karo" (Kepala Biro) of anything."""
    used, _ = hit
    return fold(words[j]) in _place_names() and match_post(words, j + used) is not None


def _parse_role_with(text: str, table: RegionTable | None) -> Role | None:
    if honorifics().get(fold(text)) == "rank":
        return None  # "Senior Commissioner" alone: an officer's rank, held with whatever post
    text = _UNCLOSED.sub("", unglue(text))
    # "Koordinator Camat se-Kabupaten Tasikmalaya": the posts of every district of the regency
    # ("se-" is "all of"), whose level word opens the region as it does after any post
    text = _ALL_OF_LEVEL.sub(lambda m: "" if _names_a_place(text[m.end() :]) else m.group(), text)
    inner = [m.group(1) for m in _PAREN.finditer(text)]
    found = None
    clauses = _listed_fields(_PAREN.sub(" ", text).split(","))
    for at, clause in enumerate(clauses):  # the post's own clause: "Sebelumnya, Menteri X"
        clause = _UNIT_SPACED.sub(r"\1/", _UNIT_SLASH.sub("/", clause))
        words = [part for word in _WORD.findall(clause) for part in _unit_and_place(word)]
        appointment: Tenure = "definitive"
        i = 0
        while i < len(words) and (acting := match_acting(words, i)):
            appointment, i = acting[1], i + acting[0]
        post_at = next(
            (
                (j, hit)
                for j in range(i, len(words))
                if (hit := match_post(words, j))
                and not _chief_before(words, j, hit)
                and not _place_before_post(words, j, hit)
            ),
            None,
        )
        if post_at is not None:
            found = words, appointment, i, post_at, clauses[at + 1 :]
            break
    if found is None:
        return None
    words, appointment, i, (j, (used, entry)), later = found
    if is_past_post(words[:j]):
        return None
    if j > i and words[j - 1].casefold() in _DEPUTY_WORDS and entry.deputy_of is None:
        # "Wakil Kepala Polda Papua", "Deputy Chief Constable": the deputy, never the head.
        deputy = words[j - 1][:1].upper() + words[j - 1][1:].casefold()
        entry = replace(entry, post=f"{deputy} {entry.post}", deputy_of=entry.post)
        words = words[: j - 1] + words[j:]
        j -= 1
    # English puts the portfolio first ("Trade and Industry Secretary"): capitalised words, and
    # before a post printed in lower case its lower-case portfolio too ("transport spokesman",
    # "shadow work and pensions secretary"), never a verb or a determiner ("said the secretary").
    lower_post = words[j][:1].islower()
    before = list(
        itertools.takewhile(
            lambda w: w[:1].isupper() or w.lower() in _FILLER or (lower_post and is_portfolio_word(w)),
            reversed(words[i:j]),
        )
    )
    before = [
        w[:1].upper() + w[1:] if lower_post and w[:1].islower() and w.lower() not in _FILLER else w
        for w in reversed(before)
    ]
    before = _trim_fillers(
        [
            w
            for k, w in enumerate(before)
            if (w.lower() not in _MODIFIERS or _names_place(before[k + 1 : k + 2])) and w.lower() not in POSSESSIVES
        ]
    )  # ("His party leader": whose post it is, no part of it)
    if used > 1 and (body := match_org(words, j + used - 1)) is not None and body[1] not in regional_orgs():
        # "Kepala Badan Nasional Penanggulangan Bencana": the post's last word opens the body's
        # long name (BNPB), so the shorter post is the one held there ("Kepala" of BNPB); not
        # a body of every region ("Kepala Dinas Kesehatan" is the post of the Dinkes)
        shorter = match_post(words[: j + used - 1], j)
        if shorter is not None and shorter[0] == used - 1:
            used, entry = shorter
    rest = words[j + used :]
    org, region_words = _org_and_region(rest, entry.level not in (None, "nasional"))
    if entry.level in _VILLAGE_LEVELS and rest and rest[0][:1].isupper() and fold(rest[0]) not in REGION_MARKERS:
        # "Kepala Desa Cibeureum Kecamatan Cikajang", "Lurah Cigadung, Kecamatan Cibeunying, Kota
        # Bandung": the village the post heads, then the district and regency it lies in
        org, region_words = (
            None,
            [*itertools.takewhile(lambda w: w[:1].isupper(), rest), *_places_after(later)],
        )
    elif org and not region_words and (seated := _seat_of(org)) is not None:
        # "Ketua Pengadilan Negeri Garut", "Kalapas Kelas IIA Garut": a court or an office named
        # by the town it sits in, which is the region it serves
        org, region_words = seated
    elif org and entry.post.split()[-1] in _COUNCIL_SEATS and (village := _village_of_council(org)) is not None:
        # "Ketua BPD Sukamulya", "Ketua Badan Permusyawaratan Desa (BPD) Cibodas": the village's own
        # council, and the village it serves ("Ketua BPD" + "Sukamulya": a village's, printed apart)
        org, region_words = "BPD", region_words or ["Desa", *village]
    for part in inner:  # "(KPU)", "(DPRD Solo)", "(Menko Polhukam)": abbreviations name the body or post
        part_words = _WORD.findall(part)
        whole = match_post(part_words, 0)
        if whole and whole[0] == len(part_words) and len(whole[1].post) > len(entry.post):
            entry, org, region_words, before = whole[1], None, [], []
            continue
        part_org, part_region = _org_and_region(part_words, False)
        if part_org and part_org in orgs().values() and before and _opens_post(text, part, words[j]):
            # "Corruption Eradication Commission (KPK) chairman": English names the body first, and
            # its initials stand for the long name before them ("KPK Chairman", not "Chairman KPK")
            before, org = [part_org], None
        elif part_org and part_org in orgs().values():
            org = part_org
            region_words = region_words or part_region
        elif not region_words and (part_region and part_org is None or fold(part) in _place_names()):
            # "Ketua KPU (Kota Bandung)", "Kapolres (Garut)": the post's region in brackets
            region_words = part_words
    before, org = _by_country_adjective(before, org, words[j:])
    org_first = org is None and bool(before)
    if org_first:
        org = " ".join(before)
        if entry.form.casefold().startswith("party ") and words[j].casefold() == "party":
            org = f"{org} {words[j]}"  # "UK Independence Party leader": the party's name holds "Party"
    command = police_command_of(words[j + used - 1])
    if command and org == "Metro" and region_words:
        org, region_words = None, ["Metro", *region_words]  # "Kapolres Metro Bekasi": Jakarta's command's word
    if region_words and command and not is_police_command(region_words[0]):
        # "Kapolresta Cirebon", "Kapolres Cirebon Kota": the head's command names the area's level,
        # as "Polresta Cirebon" does (the regency's; "Polres Cirebon Kota" is the city's)
        region_words = [command.capitalize(), *region_words]
    region = normalize_region(" ".join(region_words), entry.level, table) if region_words else None
    # A level word with its place printed apart ("Camat se-Kabupaten" + "Tasikmalaya") says the level
    bare_level = REGION_MARKERS.get(fold(region_words[0])) if len(region_words) == 1 else None
    if region is not None and region.level == "nasional":
        region = None
    return Role(
        text=text.strip(),
        post=entry.post,
        acting=appointment != "definitive",
        appointment=appointment,
        region_name=region.name if region else None,
        region_level=region.level if region else bare_level,
        org=org,
        deputy_of=entry.deputy_of,
        org_first=org_first,
        qualifier=" ".join(before) if before and not org_first else None,
    )


@cache
def _demonyms() -> dict[str, str]:
    """Folded English country adjective -> the country ("australian" -> "Australia")."""
    rows = (line.split("\t") for line in word_list("quotetrack.resolve", "demonyms_en.tsv"))
    return {fold(adjective): country.strip() for adjective, country in rows}


@cache
def _countries_named() -> dict[str, str]:
    """Folded country -> its adjective, the first the table gives ("philippines" -> "Philippine")."""
    named: dict[str, str] = {}
    for line in word_list("quotetrack.resolve", "demonyms_en.tsv"):
        adjective, country = line.split("\t")
        named.setdefault(fold(country.strip()), adjective)
    return named


def _by_country_adjective(before: list[str], org: str | None, post_on: list[str]) -> tuple[list[str], str | None]:
    """The words before a post and its body, with a country printed either way round named by its
    adjective: "Prime Minister of Australia" as "Australian Prime Minister", so both file as one
    post; the home country's ("Indonesian President", "President of Indonesia") named by neither.
    `post_on` holds the post's words and those after it, where "of" links a country."""
    country = _demonyms().get(fold(" ".join(before))) if before else None
    if country == "Indonesia":
        return [], org  # ("Indonesian Ambassador to Japan" is the Ambassador to Japan)
    if country is not None and org is None:
        return before, None
    if before or org is None or fold(org) not in _countries_named():
        return before, org
    linked = [fold(w) for w in post_on]
    if "of" not in linked or fold(org.split()[-1]) != linked[-1]:
        return before, org  # ("Ambassador to Japan": the country the post is held in, kept as printed)
    return ([] if fold(org) == "indonesia" else [_countries_named()[fold(org)]]), None


def _opens_last_item(clause: str) -> bool:
    words = clause.split(maxsplit=1)
    return len(words) == 2 and words[0] in LIST_AND


def _ends_english_list(clause: str, following: str) -> bool:
    words, after = clause.split(), following.split()
    return (
        bool(words)
        and words[-1][:1].isupper()
        and "and" in after[1:-1]
        and all(w[:1].isupper() or w in ("and", "of", "for", "the") for w in after)
    )


def _joins_last_item(clause: str) -> bool:
    """Whether a clause is a list's last two items joined by "dan", with no comma before it, as
    Indonesian prints most lists ("Perlindungan Anak dan Keluarga Berencana")."""
    words = clause.split()
    return (
        "dan" in words[1:-1]
        and sum(w == "dan" for w in words) == 1
        and all(w == "dan" or w[:1].isupper() for w in words)
    )


def _listed_fields(clauses: list[str]) -> list[str]:
    """Clauses with a post's listed fields joined back: "Menteri Koordinator Bidang Politik",
    " Hukum", " dan Keamanan" is one post, and so is "Kepala Pusat Data", " Informasi dan
    Komunikasi"; "Sebelumnya", " Menteri X" stay two clauses."""
    out: list[str] = []
    k = 0
    while k < len(clauses):
        last = next((m for m in range(k + 1, len(clauses)) if _opens_last_item(clauses[m])), None)
        if last is None:
            last = next((m for m in range(k + 1, len(clauses)) if _joins_last_item(clauses[m])), None)
        fields = clauses[k + 1 : last]
        if (
            last is not None
            and len(clauses[k].split()) >= 2
            and all(c.split() and all(w[:1].isupper() for w in c.split()) for c in fields)
        ):
            out.append(",".join(clauses[k : last + 1]))
            k = last + 1
        elif k + 1 < len(clauses) and _ends_english_list(clauses[k], clauses[k + 1]):
            # "Culture", " Media and Sport Secretary"; "Minister for Children", " Young People and
            # Families": an English post whose portfolios are listed with "and" before the last
            out.append(",".join(clauses[k : k + 2]))
            k += 2
        else:
            out.append(clauses[k])
            k += 1
    return out


def _org_and_region(words: list[str], bare_region: bool) -> tuple[str | None, list[str]]:
    """A known body at the front, then a region at the back; what is between names the body.

    `bare_region`: the post is tied to a region, so a lone capitalised word is one ("Bupati Subang").
    """
    # "Ketua DPRD Jawa Barat dari Fraksi Gerindra": the member's faction or party follows the
    # body and its region, and names neither.
    faction = next((k for k in range(1, len(words)) if _opens_affiliation(words, k)), None)
    words = words[:faction] if faction is not None else words
    # A body's name is capitalised but for a few joiners; a lower-case word opens a clause
    # ("Home Secretary had time ..."), which is no part of the post.
    clause = next(
        (
            k
            for k, w in enumerate(words)
            if w[:1].islower()
            and w.lower() not in _LOWER_IN_NAMES
            and not _ARTICLE_PREFIXED.match(w)
            and not w.lower().startswith("se-")  # "Asosiasi Pemerintah Kabupaten se-Indonesia"
        ),
        None,
    )
    if clause is not None and (lower_body := _body_in_lower_case(words)) is not None:
        return lower_body, []  # "head of the regional planning agency": "regional" is no portfolio word
    if clause is not None and not (clause and _named_on(words, clause)):
        # ("of the Commons public accounts committee", "for Brackett hotels": English names a body's
        # part in lower case after its capitalised name)
        named = _named_after_owner(words, clause) or _named_after_description(words, clause)
        words = named if named is not None else words[:clause]
    org = None
    hit = match_org(words, 0) if words else None
    if hit is not None and bare_region and fold(words[0]) in REGION_MARKERS:
        hit = None  # "Sekda Pemkab Cirebon": the government of the post's own region marks it, no body
    if hit is not None and 0 < hit[0] < len(words) and fold(words[hit[0] - 1]) == "daerah":
        # "Pemerintah Daerah Istimewa Yogyakarta": "Daerah" opens the region's own name
        named = words[hit[0] - 1 :]
        size = next((m for m in (4, 3, 2) if fold(" ".join(named[:m])) in region_aliases()), None)
        if size is not None:
            return " ".join(words[: hit[0] - 1]) or None, named[:size]
    if hit is None and not bare_region and len(words) > 2:
        # "Kasi Intel Kejari Binjai", "Kasi Humas Polres Nisel": a unit, then a body that exists
        # once per region, then the region (a post of a region's own level reads its region as before)
        inner = next((k + size for k in range(1, len(words) - 1) if (size := _regional_body(words, k))), None)
        if inner is not None and not _nationwide(words, inner) and _region_start(words[inner:], True) == 0:
            place = _known_place(words[inner:])
            if is_police_command(words[inner - 1]):
                place = [words[inner - 1], *place]  # "Polsek Cibinong": the command says the area's level
            return " ".join(words[:inner]), place
    if hit:
        org, words = hit[1], words[hit[0] :]
        bare_region = bare_region or org in regional_orgs()  # "Kepala Polda Sulut": the region follows the body
        if words and words[0].casefold() == "partai":
            # "Ketua DPD Partai Demokrat Aceh": a party's regional board, not the Senate (DPD).
            party = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
            party = party[: _party_name_end(party)]
            org, words = f"{org} {' '.join(party)}", words[len(party) :]
        elif org == "DPD" and (size := next((n for n in (2, 1) if fold(" ".join(words[:n])) in party_forms()), 0)):
            # "Ketua DPD PDIP Jawa Tengah", "DPD Gerindra Jatim": a party's board named by the party
            # alone, not the Senate (DPD), whose chair is a national office
            org, words = f"{org} {' '.join(words[:size])}", words[size:]
    office = next((k for k, w in enumerate(words[:3]) if fold(w) == "perwakilan"), None) if org else None
    if office is not None:
        # "Kepala Ombudsman RI Perwakilan Jakarta Raya": the body's office for a place, whose
        # name (a region, or the office's own: "Jakarta Raya") the post keeps; the office is
        # named as its letters of appointment name it, "Perwakilan Ombudsman", however printed
        org, words = f"Perwakilan {org}", words[office + 1 :]
        if words and _region_start(words, True) != 0:
            return f"{org} {' '.join(_trim_fillers(words))}".strip(), []
        bare_region = True
    # ("Universitas Negeri Jakarta", "Politeknik Negeri Bandung": a campus named after its town;
    # "Kapolres Pelabuhan Tanjung Priok": a port's police, not a regency's)
    region_at = _region_start(words, bare_region, campus=bool(words) and fold(words[0]) in _NAMED_WITH_THEIR_PLACE)
    if region_at is None:
        if org is None and words:
            return " ".join(_trim_fillers(words)) or None, []
        return org, []
    middle = _trim_fillers(words[:region_at])
    if org is None and middle:
        org = " ".join(middle)
    return org, _known_place(words[region_at:])


_VILLAGE_LEVELS = frozenset({"desa", "kelurahan"})


def _names_a_place(following: str) -> bool:
    """Whether text opens with a region: a level word ("Kabupaten Garut") or a province's, regency's
    or city's name ("Jawa Barat", "Jabar"); not the country ("se-Indonesia": every region's body)."""
    words = following.split()[:3]
    if words and fold(words[0]) in REGION_MARKERS:
        return True
    return any(fold(" ".join(words[:n]).rstrip(",.")) in _place_names() for n in (3, 2, 1))


def _places_after(clauses: list[str]) -> list[str]:
    """The words of the clauses after a post that name the places it lies in ("Kecamatan Cikalong",
    "Kabupaten Tasikmalaya"), up to the first clause that names none."""
    named = itertools.takewhile(lambda c: bool(c.split()) and fold(c.split()[0]) in REGION_MARKERS, clauses)
    return [w for clause in named for w in _WORD.findall(clause)]


# Bodies named by the town they sit in: a district court and a religious court ("Pengadilan
# Negeri Garut", "PN Garut", "Pengadilan Agama Garut"), a ministry's office in a regency ("Kantor
# Kemenag Garut", printed "Kakan Kemenag Garut"), whose area is the regency or city.
_SEATED = frozenset({"pengadilannegeri", "pengadilanagama", "pn", "kemenag", "kementerianagama"})
# The grade of an office of the ministries ("Lapas Kelas IIA Garut", "Kantor Imigrasi Kelas I Bandung").
_GRADE = re.compile(r"I{1,3}[AB]?|IV|Khusus")


def _seat_of(org: str) -> tuple[str | None, list[str]] | None:
    """A court or a graded office and the town it sits in, where `org` ends with a regency's, a
    city's or a province's name: "Pengadilan Negeri Garut" -> ("Pengadilan Negeri", ["Garut"]),
    "Kelas IIA Garut" -> ("Kelas IIA", ["Garut"]); None for any other body ("Lapas Sukamiskin")."""
    words = org.split()
    named = next((n for n in (2, 1) if fold(" ".join(words[:n])) in _SEATED), None)
    if named is None:
        graded = next(
            (k for k in range(len(words) - 2) if words[k] == "Kelas" and _GRADE.fullmatch(words[k + 1])), None
        )
        named = graded + 2 if graded is not None else None
    if named is None or named >= len(words) or fold(" ".join(words[named:])) not in _place_names():
        return None
    return " ".join(words[:named]), words[named:]


# A village's own council, by its short form or its name before "Desa": Badan Permusyawaratan Desa.
_VILLAGE_COUNCIL = frozenset({"bpd", "badanpermusyawaratan"})


# The seats of a village council (a regional bank, also "BPD", has directors and commissioners).
_COUNCIL_SEATS = frozenset({"Ketua", "Anggota", "Sekretaris"})


def _village_of_council(org: str) -> list[str] | None:
    """The words after a village council's name ("BPD Sukamulya" -> ["Sukamulya"], "BPD" -> []);
    None when `org` names no village council, or a province's or regency's bank ("BPD Jateng")."""
    words = org.split()
    if fold(words[0]) == "bpd":
        return None if fold(" ".join(words[1:])) in _place_names() else words[1:]
    return [] if fold(org) in _VILLAGE_COUNCIL else None


def _nationwide(words: list[str], k: int) -> bool:
    """Whether words[k:] open with "Seluruh Indonesia" or "se-Indonesia": a body of every region."""
    following = [fold(w).strip("()") for w in words[k : k + 2]]
    return following == ["seluruh", "indonesia"] or following[:1] == ["se-indonesia"]


_BODY_WORDS_MAX = 5  # lower-case words of a body's name after "of the": "the regional disaster management agency"


def _body_in_lower_case(words: list[str]) -> str | None:
    """ "of the regional planning agency" -> "regional planning agency": English prints a body it
    does not name in lower case, its own noun last ("agency", "commission"), and the post keeps
    it as printed. None for any other words, and for the noun alone ("of the agency")."""
    # (the post's own form may hold its "of": "head of" + "the regional planning agency")
    linked = words[1:] if words and words[0].casefold() in {"of", "for"} else words
    if not linked or linked[0].casefold() != "the":
        return None
    body = linked[1:]
    if not 2 <= len(body) <= _BODY_WORDS_MAX or body[-1].casefold() not in BODY_NOUNS_EN:
        return None
    # (any plain English word may describe the body, "regional" too, which Indonesian shares)
    stop = word_set("quotetrack.text", "stopwords_en.txt")
    if not all(w in {"and", "of"} or (w.isalpha() and w.islower() and w not in stop) for w in body):
        return None
    return " ".join(body)


# Police commands and Aceh's regency councils, which exist once per region like the regional
# bodies of orgs.tsv (not listed there: "Kasat Reskrim Polres Garut" files as "Kasat Reskrim").
_REGIONAL_COMMANDS = frozenset({"polda", "polres", "polresta", "polrestabes", "polsek", "dprk"})


def _regional_body(words: list[str], k: int) -> int:
    """How many words at `k` name a body that exists once per region; 0 when none does."""
    if fold(words[k]) in _REGIONAL_COMMANDS:
        return 1
    if fold(words[k]) in REGION_MARKERS:
        return 0  # ("... Daerah Pemprov DKI Jakarta": the government marks the region, as it always has)
    found = match_org(words, k)
    return found[0] if found is not None and found[1] in regional_orgs() else 0


def _known_place(place: list[str]) -> list[str]:
    """A region's words up to the end of a place the tables know at their front ("Sulut" of
    "Sulut Inspektur RZ", a rank and initials after it); all of them when they name a place
    whole ("Aceh Selatan", not "Aceh") or when none is known."""
    words = place[1:] if place and fold(place[0]) in REGION_MARKERS else place
    words = without_metro(words)  # "Metro Tanah Abang": the Jakarta command's word, no "Kota Metro"
    if len(words) <= 1 or fold(" ".join(words)) in _place_names():
        return place
    known = next((m for m in (4, 3, 2, 1) if m < len(words) and fold(" ".join(words[:m])) in _place_names()), None)
    if known and fold(words[known]) == "kota":
        known += 1  # "Polres Cirebon Kota": the city's command, named so where the regency shares the name
    return place[: known + len(place) - len(words)] if known else place


@cache
def _place_names() -> frozenset[str]:
    """Folded names of every province, regency and city the tables know, with their short forms."""
    return frozenset(fold(name) for name in place_names())


_NAME_JOINERS = frozenset({"on", "to", "of", "for", "and", "the"})


def _named_after_owner(words: list[str], clause: int) -> list[str] | None:
    """ "of Britain's biggest union Unison": after an owner's possessive, a description in lower
    case, then the body's own name, which is the body; with no name after it, the description
    ("of Clinton's get-out-the-vote effort"); None for any other shape."""
    if not clause or not words[clause - 1].endswith(("'s", "’s")):
        return None
    tail = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(words[clause:])))
    if not tail and len(words) - clause <= _OWNED_WORDS:
        return words  # "of Clinton's get-out-the-vote effort": the owner's effort, named in lower case
    if not tail or len(tail) == len(words) - clause:
        return None
    return tail[::-1]


_OWNED_WORDS = 8  # lower-case words after an owner's possessive that name what the post heads


def _named_after_description(words: list[str], clause: int) -> list[str] | None:
    """ "head of gaming industry body ELSPA": a description in lower case, then the body's own
    name, which is the body; None when the lower-case words go on past it or are not English."""
    if clause:
        return None
    tail = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(words)))
    described = words[: len(words) - len(tail)]
    if not tail or len(tail) > 4 or not described or len(described) > _OWNED_WORDS:
        return None
    if not all(w.islower() and (w in _FILLER or is_portfolio_word(w)) for w in described):
        return None
    return tail[::-1]


# A legislator's faction, party or electoral district, printed after the body's name.
_AFFILIATIONS = frozenset({"fraksi", "partai", "dapil"})


def _opens_affiliation(words: list[str], k: int) -> bool:
    """Whether words[k] opens a faction, party or district: "(dari) Fraksi PKS", "dari Partai
    Golkar", "Dapil Jabar I" (a body's own name may hold "Partai": "DPD Partai Demokrat")."""
    word = words[k].casefold()
    if word == "dari":
        return k + 1 < len(words) and (words[k + 1].casefold() in _AFFILIATIONS or words[k + 1].startswith("F-"))
    return word in {"fraksi", "dapil"} or words[k].startswith("F-")


# A verb of oversight after a body's name opens the field it covers ("Commission III overseeing
# legal affairs", "the committee handling the bill").
_OVERSEEING = frozenset({"overseeing", "handling", "covering", "supervising", "oversees", "handles", "covers"})


# A body's part for a place, named by the place before it and the body after it ("the Cendanasari
# chapter of the Golkar Party", "the Tirtamulya branch of the union").
_LOCAL_UNITS = frozenset({"chapter", "branch"})


def _owner_named(words: list[str]) -> bool:
    """Whether words are "of (the) X" with X capitalised: the body a branch belongs to."""
    rest = words[2:] if words[1:2] == ["the"] else words[1:]
    return words[:1] == ["of"] and bool(rest) and all(w[:1].isupper() for w in rest)


def _named_on(words: list[str], clause: int) -> bool:
    """Whether the lower-case words from `clause` go on naming the body, as English does: its
    part ("of the Commons public accounts committee", "for Brackett hotels") or a joiner between
    capitalised words ("Center of Reform on Economics", "Bike to Work"); "at PT X" is no part."""
    stop = word_set("quotetrack.text", "stopwords_en.txt")
    for k in range(clause, len(words)):
        word = words[k]
        if word[:1].isupper():
            continue
        if word.casefold() in _OVERSEEING:
            return False  # "House Commission IX overseeing health": the body's field, no part of its name
        joiner = word.lower() in _NAME_JOINERS and k + 1 < len(words) and words[k + 1][:1].isupper()
        if word.casefold() in _LOCAL_UNITS and _owner_named(words[k + 1 :]):
            return True  # "of the Cendanasari chapter of the Golkar Party": a body's branch for a place
        if not joiner and not (is_portfolio_word(word) and word.lower() not in stop):
            return False
    return True


def _trim_fillers(words: list[str]) -> list[str]:
    """Words of a body's name without fillers at its ends: "of the British Chambers of Commerce"
    -> "British Chambers of Commerce" (the inner "of" is part of the name)."""
    lo, hi = 0, len(words)
    while lo < hi and words[lo].lower() in _FILLER:
        lo += 1
    while hi > lo and words[hi - 1].lower() in _FILLER:
        hi -= 1
    return words[lo:hi]


# Bodies whose own name ends with the town or place they are in ("Universitas Negeri Malang",
# "Pelabuhan Tanjung Priok", "Bandara Sultan Hasanuddin"): the place is no region the post serves.
_NAMED_WITH_THEIR_PLACE = frozenset(
    {"universitas", "institut", "politeknik", "akademi", "sekolah", "uin", "iain", "university"}
    | {"pelabuhan", "bandara", "stasiun", "terminal"}
)


# A school by its kind and number ("SMAN 2", "SMK Negeri 1", "MTsN 3"), whose town completes its name.
_NUMBERED_SCHOOL = re.compile(r"(?:SDN?|SMPN?|SMAN?|SMKN?|MIN?|MTsN?|MAN?|SLBN?)(?: Negeri| Swasta)? \d{1,3}")


def takes_its_town(org: str) -> bool:
    """Whether a body's name goes on with its town, which is no region a post there serves: a
    campus ("UIN Sultan Syarif Kasim" + "Riau", "FISIP Universitas" + "Airlangga"), a port or a
    station ("Pelabuhan" + "Tanjung Priok") or a numbered school ("SMAN 2" + "Tasikmalaya")."""
    words = org.split()
    at = next((k for k, w in enumerate(words) if fold(w) in _NAMED_WITH_THEIR_PLACE), None)
    if at is not None and all(w[:1].isupper() for w in words[at:]):
        return True
    return _NUMBERED_SCHOOL.fullmatch(org) is not None


def _region_start(words: list[str], bare_region: bool, campus: bool = False) -> int | None:
    """Index where a region begins: after a level word, a known alias, or a bare capitalised tail
    (never a campus's town, `campus`)."""
    nationwide = False
    for k, word in enumerate(words):
        if k and k == len(words) - 1 and fold(word) == "kota" and words[k - 1][:1].isupper():
            return k - 1  # "Kapolres Cirebon Kota": the police name the city after it
        if fold(word) in REGION_MARKERS and not (k and fold(words[k - 1]) == "ibu"):  # "Ibu Kota": the capital
            if fold(word) == "desa" and not _names_a_village(words[k + 1 :]):
                continue  # "Kementerian Desa", "Dinas Pemberdayaan Masyarakat dan Desa": a portfolio's word
            if _nationwide(words, k + 1):
                nationwide = True  # "Asosiasi Pemerintah Kabupaten Seluruh Indonesia": every regency's body
                continue
            return k
    if campus or nationwide:
        return None
    for k in range(len(words)):
        for n in (3, 2, 1):
            if k + n == len(words) and fold(" ".join(words[k:])) in region_aliases():
                return k
    if bare_region and words and words[0][:1].isupper():
        return 0
    return None


def _party_name_end(party: list[str]) -> int:
    """How many words of "Partai ..." name the party before its board's region: up to a region the
    gazetteer knows or a level word ("Partai Demokrat Aceh", "... Kabupaten X"), else up to the
    first word after the party's first that no dictionary holds ("Partai Rakyat Adil Makmur
    Sukamaju"): parties are named by words of wishes, regions by names."""
    at = _region_start(party[2:], False)
    if at is None:
        at = next((k for k, w in enumerate(party[2:]) if not is_dictionary_word(fold(w))), None)
    return len(party) if at is None else 2 + at


def _names_a_village(following: list[str]) -> bool:
    """Whether the words after "Desa" name a village: a capitalised word that marks no region of
    its own and is no body's short form ("Desa Sukamaju"; not "Desa Kabupaten X", "Desa DPMD",
    "Desa dan Perdesaan", nor "Desa" last)."""
    return (
        bool(following)
        and following[0][:1].isupper()
        and not (len(following[0]) > 1 and following[0].isupper())
        and fold(following[0]) not in REGION_MARKERS
    )
