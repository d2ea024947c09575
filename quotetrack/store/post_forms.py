"""The forms a post typed in a query is stored under: "Kapolda" is also "Kepala Kepolisian Daerah"
and "Kepala Polda", "Sekda" "Sekretaris Daerah", "Wagub" "Wakil Gubernur" (for the name query and
the post filters of the search and of the officials list)."""

from __future__ import annotations

from functools import lru_cache

import sqlalchemy as sa
from sqlmodel import func

from quotetrack.models import Membership
from quotetrack.resolve.gazetteer import posts
from quotetrack.text.lexicon import fold

# Police and army posts whose short form roles.tsv keeps as the post, spelled out as the press
# also prints them (and so as articles store them).
_SPELLED_OUT = {
    "kapolda": ("kepala kepolisian daerah", "kepala polda"),
    "kapolres": ("kepala kepolisian resor", "kepala polres"),
    "kapolresta": ("kepala kepolisian resor kota", "kepala polresta"),
    "kapolrestabes": ("kepala kepolisian resor kota besar", "kepala polrestabes"),
    "kapolsek": ("kepala kepolisian sektor", "kepala polsek"),
    "kapolri": ("kepala kepolisian negara republik indonesia", "kepala polri"),
    "wakapolda": ("wakil kepala kepolisian daerah", "wakil kepala polda"),
    "wakapolres": ("wakil kepala kepolisian resor", "wakil kepala polres"),
    "dandim": ("komandan kodim", "komandan distrik militer"),
    "danrem": ("komandan korem", "komandan resor militer"),
    "pangdam": ("panglima kodam", "panglima daerah militer"),
}


@lru_cache(maxsize=1024)
def stored_forms(typed: str) -> tuple[str, ...]:
    """The lower-case forms of a post as typed ("Kapolda", "sekda", "Wali Kota"): itself, the
    post roles.tsv reads it as ("sekretaris daerah") and its spelled-out forms; the typed words
    alone when they are no post's short form."""
    words = " ".join(typed.casefold().split())
    key = fold(words)
    entry = posts().get(key)
    found = dict.fromkeys((words, *_SPELLED_OUT.get(key, ()), *((entry.post.casefold(),) if entry else ())))
    return tuple(found)  # a blank post typed is "", which every post contains, as before


def role_matches(typed: str) -> sa.ColumnElement[bool]:
    """WHERE term: the post held contains the typed one in any of its forms (case-insensitive,
    as the post filters always were: "bupati" finds "Pj. Bupati")."""
    held = func.lower(Membership.role)
    return sa.or_(*(held.contains(form, autoescape=True) for form in stored_forms(typed)))
