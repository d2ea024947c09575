"""Posts as English copy of Indonesian, Malaysian and other Commonwealth news prints them, read
into the order the registry files them: a chamber's commission before the member's rank in it
("House of Representatives Commission V deputy chair"), a village's head with the village and its
regency ("head of Cilembang village in Sumedang regency"), a state executive councillor ("exco")."""

from __future__ import annotations

import re

# A chamber whose name holds a word that is a post of its own ("Representatives"), then one of its
# commissions or committees, then the member's rank in it, printed last and in lower case.
_RANK_AFTER_CHAMBER = re.compile(
    r"(?:the\s+)?(?P<body>(?:House\s+of\s+Representatives|(?:Regional|People['’]s)\s+Representative\s+Council)"
    r"(?:['’]s?)?\s+(?:[A-Z][\w&'’-]*\s+|[IVX]{1,5}\s+|(?:on|for|and|of)\s+)*?"
    r"(?:Commission|Committee|Caucus|Board|Council)(?:\s+[IVX]{1,5})?)"
    r"\s+(?P<rank>(?:(?:deputy|vice|co-)\s?)?(?:chair(?:man|woman|person)?|member|head|secretary|leader))"
)


def rank_before_chamber(role: str | None) -> str | None:
    """ "House of Representatives Commission V deputy chair" -> "Deputy chair of the House of
    Representatives Commission V": English puts the body first and the rank last, and read that way
    the chamber's "Representatives" would be taken for the post (a US representative's); with the
    rank first the post is the rank, held in that commission. Other roles as they are."""
    if not role or "epresentative" not in role:
        return role
    found = _RANK_AFTER_CHAMBER.fullmatch(role)
    if found is None:
        return role
    rank = found.group("rank")
    return f"{rank[:1].upper()}{rank[1:]} of the {found.group('body')}"


# A commission of a chamber called by its numeral ("Commission V", "Komisi IX" in English copy):
# the numeral closes the body's name, so capitalised words after it open a person's name.
NUMBERED_COMMISSION = re.compile(r"\b(?:Commission|Committee)\s+[IVX]{1,5}(?=\s+[A-Z][a-z])")

# Malaysian forms of address before a member's name ("YB Zulkarnain", "Yang Berhormat X"): no part
# of the name, as "Rt Hon" is none.
MALAY_ADDRESS = re.compile(r"\b(?:YB|YAB|Yang\s+(?:Amat\s+)?Berhormat)\s+(?=[A-Z])")

_PLACE = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
# "head of Cilembang village in Sumedang regency, X", "the chief of Baumata village, Kupang
# regency, X": the village head's post, the village, and the regency (or city, or district) it
# lies in, before the name.
_VILLAGE_HEAD_FIRST = re.compile(
    rf"(?:^|(?<=, ))(?:[Tt]he\s+)?(?P<head>[Hh]ead|[Cc]hief)\s+of\s+(?:the\s+)?(?P<village>{_PLACE})\s+[Vv]illage"
    rf"(?:(?:\s+in|,)\s+(?P<place>{_PLACE})\s+(?P<level>[Rr]egency|[Cc]ity|[Dd]istrict))?,?\s+(?=[A-Z])"
)
_LEVEL_WORDS = {"regency": "Kabupaten", "city": "Kota", "district": "Kecamatan"}


def village_head_before(printed: str) -> tuple[int, str, str | None] | None:
    """Where the name starts after a village head's post printed before it ("Head of Cilembang
    village in Sumedang regency, Ujang Sopandi"), the post ("Head of Cilembang village") and the
    region the village lies in ("Kabupaten Sumedang"); None for any other mention."""
    found = _VILLAGE_HEAD_FIRST.search(printed)
    if found is None:
        return None
    return found.end(), f"{found.group('head').capitalize()} of {found.group('village')} village", _region(found)


def _region(found: re.Match[str]) -> str | None:
    if found.group("place") is None:
        return None
    return f"{_LEVEL_WORDS[found.group('level').casefold()]} {indonesian_order(found.group('place'))}"


# English copy puts a regency's compass word first ("East Sumba", "West Bandung"); its name puts
# it last, in Indonesian ("Sumba Timur", "Bandung Barat").
_COMPASS_EN = {
    "north": "Utara",
    "south": "Selatan",
    "east": "Timur",
    "west": "Barat",
    "central": "Tengah",
    "southwest": "Barat Daya",
    "southeast": "Tenggara",
}


def indonesian_order(place: str) -> str:
    """ "East Sumba" -> "Sumba Timur"; a place with no compass word first as it is."""
    first, _, rest = place.partition(" ")
    compass = _COMPASS_EN.get(first.casefold())
    return f"{rest} {compass}" if compass and rest[:1].isupper() else place


# Posts of two words whose first is no post's word of its own ("harbour master", "port master"):
# read as one word, so a lower-case portfolio word before a long post is not taken for narration
# ("The harbour master of Paotere Port, X"), and the place word never for a post ("Harbor district").
_TWO_WORD_POST = re.compile(r"\b([Hh]arbou?r|[Pp]ort) ([Mm]aster)\b")


def glued_posts(printed: str) -> str:
    """ "The harbour master of X" -> "The harbourmaster of X" (see unglued_post)."""
    return _TWO_WORD_POST.sub(r"\1\2", printed)


_GLUED_POST = re.compile(r"\b([Hh]arbou?r|[Pp]ort)([Mm]aster)\b")


def unglued_post(role: str | None) -> str | None:
    """The post as printed again: "harbourmaster of X" -> "harbour master of X" (only where the
    mention printed two words; a mention printing "harbourmaster" never went through glued_posts)."""
    return _GLUED_POST.sub(r"\1 \2", role) if role else role


_EXCO = re.compile(r"\b[Ee]xco\b")


def exco_post(role: str | None) -> str | None:
    """ "State public works exco member" -> "state public works exco member": a Malaysian state
    executive councillor's post, which the registry files under no head, is shown as printed in
    lower case; the capital a sentence's first word takes is no part of it."""
    if not role or _EXCO.search(role) is None or not role[1:].islower():
        return role
    return role[:1].lower() + role[1:]
