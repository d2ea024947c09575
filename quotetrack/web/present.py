"""Presentation helpers shared by pages and the API: highlighting, context, citations."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from markupsafe import Markup, escape

from quotetrack.models import StatementPublic
from quotetrack.resolve.gazetteer import english_posts, posts
from quotetrack.text.lexicon import fold, region_aliases


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    statement_id: int | None = None
    kind: str | None = None
    # The statement's last piece (a quote can run over paragraphs): where its attribution goes.
    ends: bool = True


def article_paragraphs(text: str, spans: Iterable[tuple[int, int, int, str]]) -> list[list[Segment]]:
    """The article split into paragraphs of plain and statement segments.

    `spans` are (start, end, statement_id, kind); overlapping spans keep the earlier one,
    so every character is shown exactly once.
    """
    ordered = sorted(spans)
    segments: list[Segment] = []
    pos = 0
    for start, end, sid, kind in ordered:
        if start < pos or end <= start or end > len(text):
            continue
        if start > pos:
            segments.append(Segment(text[pos:start]))
        segments.append(Segment(text[start:end], sid, kind))
        pos = end
    if pos < len(text):
        segments.append(Segment(text[pos:]))
    paragraphs: list[list[Segment]] = [[]]
    for seg in segments:
        parts = seg.text.split("\n")
        last = max((i for i, part in enumerate(parts) if part), default=-1)
        for i, part in enumerate(parts):
            if i:
                paragraphs.append([])
            if part:
                paragraphs[-1].append(Segment(part, seg.statement_id, seg.kind, ends=i == last))
    return [p for p in paragraphs if p]


def reading_order(statements: Sequence[StatementPublic]) -> list[StatementPublic]:
    """A newest-first page with each article's statements of one day in the order the article
    prints them. The list's key (date, id) puts an article's last statement first; a page that
    is read top to bottom should not tell the story backwards."""
    shown: list[StatementPublic] = []
    for _, run in itertools.groupby(statements, key=lambda s: (s.date, s.article.id)):
        shown.extend(sorted(run, key=lambda s: (s.start, s.id)))
    return shown


def paragraph_context(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The paragraph around [start, end): (before, statement, after)."""
    p_start = text.rfind("\n", 0, start) + 1
    p_end = text.find("\n", end)
    p_end = len(text) if p_end < 0 else p_end
    return text[p_start:start], text[start:end], text[end:p_end]


# Words shorter than this are marked whole only: a continuation of "di" or "an" is another word
# ("dirawat", "annual"), where one of "netral" is the same word with an affix ("netralitas").
CONTINUED_FROM = 4


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def highlight(text: str, words: Sequence[str]) -> Markup:
    """`text` escaped, with every word of `words` (and the continuations of the longer ones)
    wrapped in <mark>."""
    if not words:
        return escape(text)
    long_words = [w for w in words if len(w) >= CONTINUED_FROM]
    short_words = [w for w in words if len(w) < CONTINUED_FROM]
    parts = []
    if long_words:
        parts.append(r"\b(?:" + _alternatives(long_words) + r")\w*")
    if short_words:
        parts.append(r"\b(?:" + _alternatives(short_words) + r")\b")
    pattern = re.compile("|".join(parts), re.IGNORECASE)
    out: list[str] = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(str(escape(text[pos : m.start()])))
        out.append(f"<mark>{escape(m.group(0))}</mark>")
        pos = m.end()
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def article_spans(statements: Sequence[StatementPublic]) -> list[tuple[int, int, int, str]]:
    return [(s.start, s.end, s.id, s.kind) for s in statements]


__all__ = [
    "Segment",
    "article_paragraphs",
    "article_spans",
    "highlight",
    "paragraph_context",
]


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
