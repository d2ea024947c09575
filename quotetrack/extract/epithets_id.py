"""What an Indonesian descriptive epithet ("kata legislator dari dapil Cianjur itu", "ujar jenderal
bintang dua itu") says of the person it stands for, so that it goes to someone it fits."""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal["legislator", "politician", "general", "field_officer", "junior_officer", "former"]

# Words for a member of a legislature ("wakil rakyat", "anggota dewan": two words each).
_LEGISLATOR_HEADS = frozenset({"legislator", "legislatif", "senator", "anggota dewan", "wakil rakyat"})
# Words for a party's member, who may sit in a legislature, lead the party or hold an elected post.
_POLITICIAN_HEADS = frozenset({"politikus", "politisi", "kader", "elite", "elit"})
# The words of a post in a legislature ("Anggota Komisi II DPR", "Ketua Fraksi X DPRD Garut").
_LEGISLATURE_WORDS = frozenset(
    {"dpr", "dprd", "dpd", "mpr", "dprk", "dpra", "dprp", "dprpb", "fraksi", "banggar", "baleg", "legislatif"}
    | {"senator", "dewan"}
)
# A parliament's commission by its numeral ("Anggota Komisi IX", not "Komisi Pemilihan Umum").
_COMMISSION = re.compile(r"\bKomisi\s+[IVXL]+\b")
# A party printed with a person ("dari Fraksi Partai Golkar", "politikus PDIP", "F-PKS").
_PARTY_PRINTED = re.compile(r"\b(?:Fraksi|Partai|F-)\s*[A-Z][\w-]*|\b(?:politikus|politisi|kader)\s+[A-Z][\w-]*")
# A party in an epithet by its letters ("legislator PKB itu", "politikus PDI-P tersebut").
_PARTY_LETTERS = re.compile(r"[A-Z][A-Z-]+[A-Z]")
# The words of a party's post ("Ketua DPC Partai X", "Sekjen DPP X") and of posts won at an election.
_PARTY_WORDS = frozenset({"partai", "dpp", "dpc", "dpw", "ketum", "sekjen", "kader"})
_ELECTED_WORDS = frozenset({"presiden", "gubernur", "bupati", "wali", "walikota", "menteri"})
# The words of posts held by a career's servants, never by a party's politicians.
_CAREER_WORDS = frozenset(
    {"kapolri", "kapolda", "wakapolda", "kapolres", "kapolresta", "kapolsek", "polda", "polres", "polsek", "polri"}
    | {"pangdam", "danrem", "dandim", "danramil", "kodam", "korem", "kodim", "koramil", "tni", "panglima", "kasad"}
    | {"camat", "lurah", "sekda", "sekcam", "dinas", "kadis", "kajari", "kajati", "kejari", "kejati", "jaksa", "hakim"}
    | {"rektor", "dosen", "kasat", "kasatreskrim", "kasi", "kabid", "kabag", "kanit", "kapolsek", "kasubag"}
)
# Generals' ranks by their stars ("jenderal bintang dua": an Irjen of the police, a Mayjen of the army).
_STARS = {
    "satu": frozenset({"brigjen", "brigadir jenderal", "laksma", "laksamana pertama", "marsma", "marsekal pertama"}),
    "dua": frozenset({"irjen", "inspektur jenderal", "mayjen", "mayor jenderal", "laksda", "marsda"})
    | frozenset({"laksamana muda", "marsekal muda"}),
    "tiga": frozenset({"komjen", "komisaris jenderal", "letjen", "letnan jenderal", "laksdya", "marsdya"})
    | frozenset({"laksamana madya", "marsekal madya"}),
    "empat": frozenset({"jenderal", "laksamana", "marsekal"}),
}
_GENERALS = frozenset().union(*_STARS.values())
# Field officers' ranks ("perwira menengah": from a major to a colonel, from a Kompol to a Kombes).
_FIELD_OFFICER_RANKS = frozenset(
    {"mayor", "letkol", "letnan kolonel", "kolonel", "kompol", "komisaris polisi", "akbp", "kombes", "komisaris besar"}
    | {"ajun komisaris besar"}
)
# Junior officers' ranks ("perwira pertama": from a second lieutenant to a captain, from an Ipda to an AKP).
_JUNIOR_OFFICER_RANKS = frozenset(
    {"letda", "letnan dua", "lettu", "letnan satu", "kapten", "ipda", "inspektur polisi dua", "iptu"}
    | {"inspektur polisi satu", "akp", "ajun komisaris polisi"}
)
# A force's or a corps' word between a rank and the name ("Irjen Pol X", "Letkol Inf X", "Kolonel Laut (P) X").
_CORPS = r"(?:(?:polisi|pol|tni|inf|kav|arh|art|cpm|czi|laut|marinir|\(purn\)|\(p\)|\(k\))\.?\s+)*"
# A past post printed with the person ("mantan Kapolres X", "yang pernah menjabat Kapolres X").
_PAST_MARK = r"(?:mantan|eks|bekas|pernah\s+(?:menjabat(?:\s+sebagai)?|menjadi)|sebelumnya\s+menjabat)\s+"


def epithet_kind(words: list[str]) -> tuple[Kind, str] | None:
    """What a lower-case epithet's words (its demonstrative dropped) say the person is, with the
    word that says it (the stars of a general, the post held before); None when they say nothing
    checkable ("pria kelahiran Garut", "ayah dua anak")."""
    folded = [w.casefold() for w in words]
    if not folded:
        return None
    first, two = folded[0], " ".join(folded[:2])
    # (with the party the epithet names, if any: "legislator PKB itu")
    party = next((w for w in words[1:] if _PARTY_LETTERS.fullmatch(w) and w.casefold() not in _LEGISLATURE_WORDS), "")
    if first in _LEGISLATOR_HEADS or two in _LEGISLATOR_HEADS:
        return "legislator", party
    if first in _POLITICIAN_HEADS:
        return "politician", party
    if two == "jenderal bintang" and len(folded) > 2 and folded[2] in _STARS:
        return "general", folded[2]
    if two == "perwira tinggi":
        return "general", "tinggi"  # (a general of any stars)
    if two == "perwira menengah" or first == "pamen":
        return "field_officer", ""
    if two == "perwira pertama" or first == "pama":
        return "junior_officer", ""
    if first in ("mantan", "eks", "bekas") and len(words) > 1 and words[1][:1].isupper():
        return "former", words[1]
    return None


def fits(kind: Kind, detail: str, role: str | None, introduced: str, name: str) -> bool | None:
    """Whether a person with post `role`, introduced as `introduced` (the sentence where the
    article first names them), is what the epithet says; None when the article does not tell."""
    held = {w.casefold() for w in re.findall(r"[\w-]+", role or "")}
    if _COMMISSION.search(role or ""):
        held.add("dpr")  # (a commission by its numeral is a parliament's)
    if kind in ("legislator", "politician") and detail:
        # The party the epithet names: printed with the person, or another party printed there
        if re.search(rf"\b{re.escape(detail)}\b", introduced):
            return True
        if _PARTY_PRINTED.search(introduced):
            return False
    if kind == "legislator":
        # (a party's politician may sit in a legislature the article does not name)
        return None if not held or held & _POLITICIAN_HEADS else bool(held & _LEGISLATURE_WORDS)
    if kind == "politician":
        # (a minister or a head of an agency may be a party's man; an officer, a judge or a
        # civil servant of a career is not)
        if held & (_LEGISLATURE_WORDS | _PARTY_WORDS | _ELECTED_WORDS):
            return True
        return False if held & _CAREER_WORDS else None
    if kind == "former":
        # (what someone was the article may not say: "mantan Gubernur X itu" of a president)
        return True if re.search(_PAST_MARK + re.escape(detail) + r"\b", introduced, re.IGNORECASE) else None
    if kind == "field_officer":
        ranks = _FIELD_OFFICER_RANKS
    else:
        ranks = _JUNIOR_OFFICER_RANKS if kind == "junior_officer" else _STARS.get(detail, _GENERALS)
    first = name.split()[0] if name.split() else ""
    rank = re.search(
        r"\b(?:" + "|".join(sorted(ranks, key=len, reverse=True)) + r")\.?\s+" + _CORPS + re.escape(first) + r"\b",
        introduced,
        re.IGNORECASE,
    )
    return True if rank is not None else (False if held else None)
