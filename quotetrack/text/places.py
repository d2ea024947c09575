"""Indonesia's regencies, cities and provinces by every spelling news prints them, and its police
commands by the level of area they serve: one table read by extraction (the regions a story
names) and by resolution (the region of a post)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from quotetrack.text.lexicon import fold, regencies, region_aliases, region_variants, word_list


class NamedPlace(NamedTuple):
    """A kabupaten or kota as a statement carries it ("Kabupaten Cianjur", "Kota Bogor") and its level."""

    name: str
    level: str


@cache
def places_by_spelling() -> dict[str, tuple[NamedPlace, ...]]:
    """Folded name, other spelling or short form ("gunungkidul", "gunungkidul", "kukar") -> the
    kabupaten and kota it names: one for most, two where a regency and a city share the name
    ("bogor"), and both for a short form news prints for either ("tasik")."""
    official: dict[tuple[str, str], NamedPlace] = {}
    found: dict[str, list[NamedPlace]] = {}
    for place in regencies():
        named = NamedPlace(f"{place.level.capitalize()} {place.name}", place.level)
        official[(fold(place.name), place.level)] = named
        found.setdefault(fold(place.name), []).append(named)
    for row in region_variants():
        for level in [row.level] if row.level else ["kabupaten", "kota"]:
            named_by = official.get((fold(row.name), level))
            spelled = found.setdefault(fold(row.variant), [])
            if named_by is not None and named_by not in spelled:
                spelled.append(named_by)
    return {spelling: tuple(named) for spelling, named in found.items() if named}


@cache
def named_at(level: str) -> dict[str, str]:
    """Folded name or short form -> the region of `level` (kabupaten, kota or provinsi) it names,
    as a statement carries it ("Kabupaten Cianjur", "Provinsi Jawa Barat")."""
    if level == "provinsi":
        return {alias: f"Provinsi {name}" for alias, (name, of) in region_aliases().items() if of == "provinsi"}
    return {
        spelling: next(place.name for place in named if place.level == level)
        for spelling, named in places_by_spelling().items()
        if any(place.level == level for place in named)
    }


# Police commands by the levels of area they serve, the one a bare name usually means first: a
# Polres serves a regency, or a city where no regency bears its name ("Polres Tangerang
# Selatan"); a Polresta a city, or a regency where no city bears its name ("Polresta Sidoarjo").
# Where both exist the command of the city prints "Kota" after the name ("Polres Cirebon Kota",
# "Polresta Malang Kota").
POLICE_COMMANDS: dict[str, tuple[str, ...]] = {
    "polda": ("provinsi",),
    "polres": ("kabupaten", "kota"),
    "polresta": ("kota", "kabupaten"),
    "polrestabes": ("kota",),
    "polsek": ("kecamatan",),
}


@cache
def _police_areas() -> dict[tuple[str, str], NamedPlace]:
    """(command, folded name printed after it) -> the region it serves, from data/police_commands.tsv."""
    areas: dict[tuple[str, str], NamedPlace] = {}
    for line in word_list("quotetrack.text", "police_commands.tsv"):
        command, printed, region = (cell.strip() for cell in line.split("\t"))
        areas[(command, fold(printed))] = NamedPlace(region, region.split()[0].casefold())
    return areas


def police_area(command: str, words: Sequence[str]) -> tuple[NamedPlace, int] | None:
    """The region a city's police command named by `words` serves, and how many words name it:
    "Polresta" + "Bandung" -> Kabupaten Bandung, "Polrestabes" + "Bandung" -> Kota Bandung; None
    for a command the table does not list, or one printed with "Kota" after its name ("Polresta
    Malang Kota": the city's, as the name says)."""
    for n in (2, 1):
        found = _police_areas().get((fold(command), fold(" ".join(words[:n])))) if len(words) >= n else None
        if found is not None:
            return None if fold(" ".join(words[n : n + 1])) == "kota" else (found, n)
    return None


@cache
def _capitals() -> dict[str, str]:
    """Folded seat of a province's government -> the province, from data/provincial_capitals.tsv."""
    return {
        fold(capital): province.strip()
        for capital, province in (line.split("\t") for line in word_list("quotetrack.text", "provincial_capitals.tsv"))
    }


def province_seated_in(town: str) -> str | None:
    """The province whose government sits in `town` ("SEMARANG" -> "Provinsi Jawa Tengah"), as a
    statement carries it; None for any other town (and for Jakarta, the nation's seat too)."""
    province = _capitals().get(fold(town))
    return f"Provinsi {province}" if province is not None else None
