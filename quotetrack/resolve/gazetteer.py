"""Loads the resolve stage's word lists (honorifics, posts, bodies, region markers) from data/."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from quotetrack.kinds import TENURES, Tenure
from quotetrack.text.lexicon import deputy_short_form, fold


def _rows(filename: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath("data").joinpath(filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def dinas_fields() -> dict[str, str]:
    """A regional office's short form -> the field it serves ("dinkes" -> "Kesehatan")."""
    return {short: field for short, field in (row[:2] for row in _rows("dinas.tsv"))}


@dataclass(frozen=True, slots=True)
class PostEntry:
    form: str
    post: str
    level: str | None
    deputy_of: str | None


@cache
def honorifics() -> dict[str, str]:
    """Folded honorific -> kind (prefix, suffix, rank, hajj, noble, address, generation...)."""
    return {fold(row[0]): row[1].strip() for row in _rows("honorifics.tsv")}


@cache
def honorific_max_words() -> int:
    return max(len(row[0].split()) for row in _rows("honorifics.tsv"))


@cache
def pronouns() -> frozenset[str]:
    return frozenset(row[0].strip().lower() for row in _rows("pronouns.txt"))


@cache
def posts() -> dict[str, PostEntry]:
    """Folded printed form -> post entry."""
    table = {}
    for row in _rows("roles.tsv"):
        row += [""] * (4 - len(row))
        form, post, level, deputy_of = (cell.strip() for cell in row[:4])
        table[fold(form)] = PostEntry(form, post, level or None, deputy_of or None)
    # A minister's deputy is written "Wa" + the minister's short form: Menkeu -> Wamenkeu.
    for entry in list(table.values()):
        deputy = deputy_short_form(entry.form)
        if deputy and entry.form != "Menteri" and entry.post.startswith("Menteri"):
            deputy = deputy[:1].upper() + deputy[1:]
            table.setdefault(fold(deputy), PostEntry(deputy, f"Wakil {entry.post}", entry.level, entry.post))
    return table


@cache
def posts_with_province() -> dict[str, str]:
    """Folded glued post ("gubsu") -> the post and province it spells ("Gubernur Sumut")."""
    return {fold(row[0]): row[1].strip() for row in _rows("posts_with_province.tsv")}


@cache
def english_posts() -> frozenset[str]:
    """Folded forms and posts of roles.tsv's English section ("mayor", "shadowhomesecretary")."""
    text = resources.files(__package__).joinpath("data").joinpath("roles.tsv").read_text(encoding="utf-8")
    section = text.split("\n# English", 1)[1].split("\n", 1)[1]
    rows = [line.split("\t") for line in section.splitlines() if line.strip() and not line.startswith("#")]
    return frozenset(fold(cell) for row in rows for cell in row[:2] if cell.strip())


@cache
def professions() -> frozenset[str]:
    """Canonical posts that are occupations, not public offices ("Peneliti", "Chief Executive")."""
    return frozenset(row[0].strip() for row in _rows("professions.txt"))


@cache
def post_levels() -> dict[str, str | None]:
    """Canonical post -> the level of region it governs ("Menteri Sosial" -> nasional), as the
    post's own form gives it: "Sekretaris Kota" is a Sekretaris Daerah of a city, while a
    Sekretaris Daerah serves a province, a regency or a city."""
    levels: dict[str, str | None] = {}
    for entry in posts().values():
        if entry.form == entry.post or entry.post not in levels:
            levels[entry.post] = entry.level
    return levels


@cache
def post_max_words() -> int:
    return max(len(entry.form.split()) for entry in posts().values())


@cache
def acting_forms() -> dict[str, Tenure]:
    """Folded acting prefix (Pj, Plt, Plh...) -> the tenure it means."""
    forms: dict[str, Tenure] = {}
    for row in _rows("acting.tsv"):
        tenure = row[1].strip()
        if tenure not in TENURES:
            raise ValueError(f"acting.tsv: {row[0]!r} means {tenure!r}, not one of {', '.join(TENURES)}")
        forms[fold(row[0])] = tenure
    return forms


@cache
def orgs() -> dict[str, str]:
    """Folded short or long name of a body -> its short name (the key we compare on)."""
    canonical: dict[str, str] = {}  # folded long name -> the first short name listed for it
    table = {}
    for row in _rows("orgs.tsv"):
        short, long = row[0].strip(), row[1].strip()
        name = canonical.setdefault(fold(long), short)
        table[fold(short)] = name
        table[fold(long)] = name
    return table


@cache
def org_forms() -> tuple[tuple[str, str], ...]:
    """Every (short, long) name of a body orgs.tsv lists, in its order."""
    return tuple((row[0].strip(), row[1].strip()) for row in _rows("orgs.tsv"))


@cache
def org_long_names() -> dict[str, str]:
    """A body's short name -> its long name, as orgs.tsv first lists it ("KPU" -> "Komisi Pemilihan Umum")."""
    table: dict[str, str] = {}
    for row in _rows("orgs.tsv"):
        table.setdefault(orgs()[fold(row[0].strip())], row[1].strip())
    return table


@cache
def party_forms() -> frozenset[str]:
    """Folded names of Indonesia's parties as printed after a party board (data/parties.txt)."""
    return frozenset(fold(row[0]) for row in _rows("parties.txt"))


@cache
def regional_orgs() -> frozenset[str]:
    """Short names of bodies that exist once per region (DPRD, BPBD...)."""
    return frozenset(row[0].strip() for row in _rows("orgs.tsv") if len(row) > 2 and row[2].strip())


@cache
def org_max_words() -> int:
    return max(len(row[1].split()) for row in _rows("orgs.tsv"))


# Words that never start a personal name: they mark the region or body a post belongs to.
REGION_MARKERS = {
    "kabupaten": "kabupaten",
    "kab": "kabupaten",
    "kota": "kota",
    "kotamadya": "kota",
    "provinsi": "provinsi",
    "prov": "provinsi",
    "kecamatan": "kecamatan",
    "kec": "kecamatan",
    "kelurahan": "kelurahan",
    "desa": "desa",
    "nagari": "desa",  # West Sumatra's village
    "gampong": "desa",  # Aceh's village
    "kalurahan": "kelurahan",  # DIY's village ("Lurah Kalurahan X")
    "kapanewon": "kecamatan",  # DIY's district
    "pemkot": "kota",
    "pemkab": "kabupaten",
    "pemprov": "provinsi",
}

# Compass words extend a region name ("Aceh Selatan", "Tangerang Selatan").
COMPASS = frozenset({"utara", "selatan", "barat", "timur", "tengah", "tenggara", "barat daya", "daya", "laut"})


@cache
def not_names() -> frozenset[str]:
    """Folded clause openers ("Sebelumnya", "However") that never belong to a name."""
    return frozenset(fold(row[0]) for row in _rows("not_names.txt"))


@cache
def institution_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in _rows("institution_words.txt"))


# Lower-case words that may sit inside a personal name ("Rick de Lisio", "A bin B").
NAME_PARTICLES = frozenset({"de", "van", "der", "von", "da", "la", "le", "bin", "binti", "al", "el", "ibn"})
PATRONYM_MARKERS = frozenset({"bin", "binti", "ibn"})


def _starts(forms: list[str]) -> frozenset[str]:
    """Folded first words of multi-word forms, and whole forms (glued spellings: "Walikota")."""
    return frozenset({fold(f.split()[0]) for f in forms if f.split()} | {fold(f) for f in forms})


@cache
def post_starts() -> frozenset[str]:
    """A word not in here cannot begin a post, so most name words are rejected in one lookup."""
    return _starts([row[0] for row in _rows("roles.tsv")] + [entry.form for entry in posts().values()])


@cache
def org_starts() -> frozenset[str]:
    return _starts([w for row in _rows("orgs.tsv") for w in row[:2]])


@cache
def honorific_starts() -> frozenset[str]:
    return _starts([row[0] for row in _rows("honorifics.tsv")])


@cache
def acting_starts() -> frozenset[str]:
    return _starts([row[0] for row in _rows("acting.tsv")])
