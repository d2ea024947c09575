"""Region names: "Kab. Subang", "Bupati Subang" and "Solo" become one canonical Region."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from quotetrack.resolve.gazetteer import COMPASS, REGION_MARKERS
from quotetrack.resolve.model import Region
from quotetrack.text.lexicon import PLACE_OPENERS, Place, fold, regencies, region_aliases
from quotetrack.text.places import POLICE_COMMANDS, places_by_spelling, police_area

_PAREN = re.compile(r"\([^)]*\)")
_UNCLOSED = re.compile(r"\([^)]*$")
_LEVEL_PREFIX = {
    "kabupaten": "Kabupaten ",
    "kota": "Kota ",
    "kecamatan": "Kecamatan ",
    "kelurahan": "Kelurahan ",
    "desa": "Desa ",
}


@dataclass
class RegionTable:
    """An official table of areas (code, name, level, parent_code), e.g. a Kepmendagri list."""

    by_base: dict[str, list[Region]] = field(default_factory=dict)

    def add(self, region: Region) -> None:
        self.by_base.setdefault(fold(base_name(region.name)), []).append(region)

    def find(self, base: str, level: str | None) -> Region | None:
        found = self.by_base.get(fold(base), [])
        if level is not None:
            found = [r for r in found if r.level == level]
        # "Subang" alone is ambiguous only when a kabupaten and a kota share it.
        return found[0] if len(found) == 1 else None


def load_region_table(path: str | Path) -> RegionTable:
    """Read a CSV with columns code,name,level,parent_code into a RegionTable."""
    table = RegionTable()
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            table.add(Region(name=row["name"].strip(), level=row["level"].strip(), code=row["code"]))
    return table


def _full_name(place: Place) -> str:
    """A kabupaten or kota as the registry names it: "Kabupaten Banyuwangi", "Kota Surakarta"."""
    return f"{_LEVEL_PREFIX[place.level]}{place.name}"


@lru_cache(maxsize=1)
def builtin_table() -> RegionTable:
    """Every kabupaten and kota (text/places.py), found by its name or by another spelling or
    short form news prints ("Gunung Kidul", "Kukar"). No codes: an imported official table
    brings those, and is asked first."""
    table = RegionTable()
    for spelling, named in places_by_spelling().items():
        table.by_base[spelling] = [Region(name=place.name, level=place.level) for place in named]
    return table


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for place in regencies():
        name = _full_name(place)
        found[name] = place.province if found.get(name, place.province) == place.province else None
    return found


def province_of(region: Region) -> str | None:
    """The province a kabupaten or kota lies in ("Kabupaten Banyuwangi" -> "Jawa Timur"), by the
    name the built-in table gives it: also a Jakarta city by its full style ("Kota Administrasi
    Jakarta Selatan"), and a place printed without its level where the regency and the city of
    that name lie in one province ("Bogor", "Bekasi": Jawa Barat). None for other levels, unknown
    or ambiguous names."""
    if region.code is not None:
        return None
    provinces = _provinces()
    if region.level in ("kabupaten", "kota"):
        return provinces.get(region.name.replace(" Administrasi ", " ", 1))
    if region.level not in (None, "other"):
        return None
    found = {provinces.get(f"{prefix}{region.name}") for prefix in _LEVEL_PREFIX.values()} - {None}
    return found.pop() if len(found) == 1 else None


def base_name(name: str) -> str:
    """ "Kabupaten Subang" -> "Subang": the name without its level word."""
    words = name.split()
    if len(words) > 1 and fold(words[0]) in REGION_MARKERS:
        return " ".join(words[1:])
    return name


def _titled(words: list[str]) -> str:
    return " ".join(w if w == "and" or any(c.isupper() for c in w[1:]) else w[:1].upper() + w[1:] for w in words)


def normalize_region(
    text: str | None, level_hint: str | None = None, table: RegionTable | None = None
) -> Region | None:
    """Canonical region for printed text; `level_hint` comes from the post (Bupati -> kabupaten)."""
    if not text:
        return None
    words = _UNCLOSED.sub(" ", _PAREN.sub(" ", text)).replace(",", " ").split()
    # A region is a run of capitalised words; what follows a lower-case word is a sentence (but
    # "and" joins the two towns of a constituency: "Grantham and Stamford").
    words = _capitalised_run(words)
    if not words:
        return None
    marker_level = None
    if len(words) >= 2 and fold(words[0]) in POLICE_COMMANDS:
        # "Kasat Reskrim Polres Bogor", "Kanit Reskrim Polsek Tebet": the unit's area
        unit = fold(words[0])
        if (served := police_area(unit, words[1:])) is not None:
            # The police's organisation names the area: "Polresta Cirebon" is the regency's (the
            # city has "Polres Cirebon Kota"), "Polrestabes Bandung" the city's.
            words = [*served[0].name.split(), *words[1 + served[1] :]]
        elif len(POLICE_COMMANDS[unit]) == 1:
            marker_level = POLICE_COMMANDS[unit][0]
            words = words[1:]
        else:
            level_hint = POLICE_COMMANDS[unit][0]
            words = words[1:]
    words = without_metro(words)
    while words and fold(words[0]) in REGION_MARKERS:
        if fold(words[0]) == "kota" and len(words) > 1 and (marker_level or level_hint) in _LOCAL_LEVELS:
            break  # "Camat Kota Juang", "Kelurahan Kota Baru": a local head heads no city
        marker_level = REGION_MARKERS[fold(words[0])]
        words = words[1:]
        if marker_level and words and fold(words[0]) == "administrasi":
            words = words[1:]  # "Kota Administrasi Jakarta Selatan": Jakarta's cities and regency
    if not words:
        return None
    village_level = marker_level or level_hint
    if village_level in _VILLAGE_LEVELS and (village := _village_in(words, village_level, table)) is not None:
        return village
    if (
        marker_level is None
        and len(words) >= 2
        and fold(words[-1]) == "kota"
        and builtin_table().find(_titled(words), None) is None  # ("Lima Puluh Kota" is a regency)
    ):
        # "Polres Tasikmalaya Kota", "Polresta Malang Kota": the police name the city after it.
        words, marker_level = words[:-1], "kota"
    level = marker_level or (level_hint if level_hint not in ("daerah", "nasional") else None)
    base = _titled(words)
    alias = region_aliases().get(fold(base))
    # A post's hint gives way to a city that has no regency of its name: Jakarta's five cities
    # ("Kapolres Jakarta Selatan" is not "Kabupaten Jakarta Selatan").
    hinted = marker_level is None and level in ("kabupaten", "kota")
    if alias is not None and (
        level is None or level == alias[1] or (hinted and alias[0].startswith("Kota Administrasi"))
    ):
        return Region(name=alias[0], level=alias[1])
    for known in (table, builtin_table()):
        found = known.find(base, level) if known is not None else None
        if found is not None:
            return found
    if hinted:
        # The post only hints at the level ("Kasatreskrim Polresta Mataram"): a place that is
        # only a city (or only a regency) keeps its own level, never "Kabupaten Mataram".
        for known in (table, builtin_table()):
            found = known.find(base, None) if known is not None else None
            if found is not None:
                return found
    if level == "provinsi":
        # Every province is in the lexicon (or the imported table): an unknown name at this level
        # is a police command ("Metro Jaya") or the tail of a body's name, not an area.
        return None
    if len(words) > 2 and table is None and "and" not in words and fold(words[-1]) not in _ENGLISH_PLACE_ENDS:
        # ("Grantham and Stamford": a constituency; "New York City", "Salt Lake City": one place)
        # "Kabupaten Garut Budi": a regency is one word (and its compass word) unless the table
        # knows a longer name; what follows is the speaker's name run on.
        words = words[: region_span(words, 0)]
        base = _titled(words)
    if level in _LEVEL_PREFIX and not hinted:
        return Region(name=_LEVEL_PREFIX[level] + base, level=level)
    # A post only hints at the level of a place no table knows ("Kapolres Belawan": a port's
    # police, not a "Kabupaten Belawan"): the place as printed.
    return Region(name=base, level=level if level == "provinsi" else None)


_VILLAGE_LEVELS = ("desa", "kelurahan")
_LOCAL_LEVELS = ("kecamatan", *_VILLAGE_LEVELS)


def _village_in(words: list[str], level: str | None, table: RegionTable | None) -> Region | None:
    """A village and the regency or city it lies in, where the words name one after it: "Sukamulya
    Kecamatan Cikalong Kabupaten Tasikmalaya" -> "Desa Sukamulya, Kabupaten Tasikmalaya" (villages
    of one name lie in many regencies; the district adds nothing the regency does not). None when
    no regency or city follows: the village alone is read as any other place."""
    at = next((k for k in range(1, len(words)) if REGION_MARKERS.get(fold(words[k])) in ("kabupaten", "kota")), None)
    if at is None or level not in _LEVEL_PREFIX:
        return None
    parent = normalize_region(" ".join(words[at:]), None, table)
    end = next((k for k in range(1, at + 1) if fold(words[k]) in REGION_MARKERS), at)
    if parent is None or parent.level not in ("kabupaten", "kota"):
        return None
    return Region(name=f"{_LEVEL_PREFIX[level]}{_titled(words[:end])}, {parent.name}", level=level)


def without_metro(words: list[str]) -> list[str]:
    """A place's words without the Jakarta command's "Metro" before them: "Polres Metro Jakarta
    Selatan", "Kapolsek Metro Tanah Abang" name their area so ("Polda Metro Jaya" is the command's
    own name, "Kota Metro" a city)."""
    return words[1:] if len(words) >= 2 and fold(words[0]) == "metro" and fold(words[1]) != "jaya" else words


def is_police_command(word: str) -> bool:
    """Whether a word names a police command of a region ("Polres", "Polsek"), whose place follows it."""
    return fold(word) in POLICE_COMMANDS


def police_command_of(word: str) -> str | None:
    """The police command a word names or whose head or deputy it names: "Polres", "Kapolresta",
    "Wakapolres" -> "polres", "polresta", "polres"."""
    folded = fold(word)
    for head in ("", "ka", "waka"):
        if folded.startswith(head) and folded[len(head) :] in POLICE_COMMANDS:
            return folded[len(head) :]
    return None


# The last word of an English place's name: "New York City", "Prince George's County".
_ENGLISH_PLACE_ENDS = frozenset({"city", "county", "borough", "parish", "township"})


def _capitalised_run(words: list[str]) -> list[str]:
    """The capitalised words that open `words`, with an "and" between two of them."""
    run: list[str] = []
    for k, word in enumerate(words):
        joins = word == "and" and run and k + 1 < len(words) and words[k + 1][:1].isupper()
        if word[:1].islower() and not joins:
            break
        run.append(word)
    return run


def region_span(words: list[str], start: int) -> int:
    """How many words from `start` look like one region name ("Aceh Selatan", "Kab. Subang")."""
    i = start
    while i < len(words) and fold(words[i]) in REGION_MARKERS:
        i += 1
    for n in (3, 2):  # multi-word names known to the lexicon
        if fold(" ".join(words[i : i + n])) in region_aliases():
            return i + n - start
    if i >= len(words):
        return 0
    i += 1
    if i < len(words) and fold(words[i - 1]) in PLACE_OPENERS and words[i][:1].isupper():
        i += 1  # "Tanjung Karang Barat", "Batang Kapas": the opener is never the whole name
    while i < len(words) and words[i].lower() in COMPASS:
        i += 1
    return i - start


@lru_cache(maxsize=1 << 16)  # asked for every known post of every candidate official
def same_region(a: str | None, b: str | None) -> bool | None:
    """True/False when both are known, None when either is missing.

    "Subang" (level not printed) is the same as "Kabupaten Subang"; "Kota Bogor" is not
    "Kabupaten Bogor".
    """
    if not a or not b:
        return None
    if fold(a) == fold(b):
        return True
    base_a, base_b = base_name(a), base_name(b)
    if fold(base_a) != fold(base_b):
        return False
    return base_a == a or base_b == b  # one of them names no level


def region_key(name: str) -> str:
    """Index key for a region: its folded name without the level word."""
    return fold(base_name(name))
