"""A post and its place as the press prints them ("Bupati Banyuwangi", "Mayor, New York",
"Kepala Kepolisian Daerah DKI Jakarta"): one form for cards, feeds, citations and the CLI."""

from __future__ import annotations

from functools import cache

from quotetrack.resolve.gazetteer import english_posts, posts
from quotetrack.text.lexicon import fold, region_aliases

# A post that names its area's level already: "Bupati" of "Kabupaten Banyuwangi" reads "Bupati
# Banyuwangi", "Wali Kota" of "Kota Surakarta" "Wali Kota Surakarta", as the press prints them.
_LEVEL_OF_POST = (
    ("bupati", "Kabupaten "),
    ("wali kota", "Kota "),
    ("walikota", "Kota "),
    ("camat", "Kecamatan "),
    ("lurah", "Kelurahan "),
    ("kepala desa", "Desa "),
    ("wali nagari", "Desa "),  # "Wali Nagari Aurduri Surantih": the nagari is West Sumatra's village
    ("geuchik", "Desa "),
    ("perbekel", "Desa "),
    ("kapolres", "Kabupaten "),  # "Kapolres Sarolangun": a regency's police chief
    ("kapolresta", "Kota "),
    ("kapolsek", "Kecamatan "),
)


# Level words an area's name may start with ("Kota Surabaya"), left out when a post already ends
# with the place ("Manajer Humas PT KAI Daop 8 Surabaya" of Kota Surabaya).
_AREA_LEVELS = ("kabupaten ", "kota ", "provinsi ", "kecamatan ", "kelurahan ", "desa ")


@cache
def _indonesian_post_starts() -> frozenset[str]:
    """First words of the posts roles.tsv does not list as English ("kepala", "bupati", "ketua")."""
    english = english_posts()
    return frozenset(fold(entry.form.split()[0]) for key, entry in posts().items() if key not in english)


@cache
def _indonesian_area_names() -> frozenset[str]:
    return frozenset(name.casefold() for name, _level in region_aliases().values())


def _indonesian_area(area: str) -> bool:
    """An area of Indonesia's administration: a level word first, or a province regions.tsv names."""
    named = " ".join(area.casefold().split())
    return named.startswith(_AREA_LEVELS) or named in _indonesian_area_names()


def area_joint(role: str | None, area: str | None = None) -> str:
    """What goes between a post and its area: a space for Indonesian posts ("Gubernur Jawa
    Timur"), a comma for English ones ("Mayor, New York", not "Mayor New York"). A post that
    opens with an Indonesian post's word in an Indonesian area is Indonesian, whatever it ends
    with: "Kepala Perwakilan Ombudsman DKI Jakarta", "Kepala Desa Sukamaju" (roles.tsv's English
    section lists "Ombudsman" and the village posts that English articles print untranslated)."""
    words = (role or "").split()
    if words and area and _indonesian_area(area) and fold(words[0]) in _indonesian_post_starts():
        return " "
    english = english_posts()
    if any(fold(" ".join(words[k:])) in english for k in range(max(0, len(words) - 4), len(words))):
        return ", "
    return " "


def short_form(area: str) -> str:
    """A special region as posts print it: "Daerah Khusus Ibukota Jakarta" is "DKI Jakarta" and
    "Daerah Istimewa Yogyakarta" "DI Yogyakarta" (the initials of its leading words), when
    text/data/regions.tsv knows that short form for the same area; any other name as it is."""
    words = area.split()
    for k in range(len(words) - 1, 1, -1):
        short = "".join(word[0] for word in words[:k]).upper() + " " + " ".join(words[k:])
        if region_aliases().get(fold(short), ("",))[0] == area:
            return short
    return area


def area_after(area: str, role: str | None) -> str:
    """The area's name as it reads after the post: without the level word the post already says,
    a special region by its short form ("Kepala Kepolisian Daerah DKI Jakarta", not "... Daerah
    Daerah Khusus Ibukota Jakarta"), and empty when the post already ends with the place ("...
    Daop 8 Surabaya", not "... Daop 8 Surabaya Kota Surabaya")."""
    held = " ".join((role or "").casefold().split())
    named = " ".join(area.casefold().split())
    bare = next((named[len(level) :] for level in _AREA_LEVELS if named.startswith(level)), named)
    if bare and held.endswith((f" {named}", f" {bare}")):
        return ""
    for post, level in _LEVEL_OF_POST:
        if held.endswith(post) and area.startswith(level) and len(area) > len(level):
            return area[len(level) :]
    return short_form(area)


def post_in_area(role: str | None, area: str | None) -> str:
    """A post with its area as the press prints them: "Bupati Banyuwangi", "Mayor, New York",
    "Kepala Dinas Kesehatan Kota Surabaya"; the post alone when it already names the place."""
    shown = area_after(area, role) if area else ""
    if not role:
        return area or ""
    return f"{role}{area_joint(role, area)}{shown}" if shown else role
