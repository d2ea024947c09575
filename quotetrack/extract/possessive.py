"""English posts named through a body or place in the possessive ("Penang's chief minister",
"Bury Council's leader", "the ministry's spokesman"): the post's holder speaks, never the body.
Which person the article introduces with that post, if any."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

_POSSESSIVE_POST = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w&.-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w&.-]*){0,5}|[a-z]+)"
    r"(?:['’]s|(?<=s)['’])\s+(?P<post>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
    # (the post's field after it: "executive member for communities")
    r"(?P<field>\s+(?:for|of)\s+(?:the\s+)?[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,3})?"
)
# Lower-case owners that are a body or a place the article named ("the council's leader").
OWNER_KINDS = frozenset(
    {
        *("council", "ministry", "department", "government", "party", "agency", "commission", "committee"),
        *("authority", "board", "office", "administration", "union", "state", "province", "county", "city"),
        *("town", "borough", "district", "country", "police", "force", "assembly", "senate", "parliament"),
        *("cabinet", "municipality", "corporation", "regulator", "court", "embassy", "company", "firm"),
    }
)
# Those who speak for a body: with no holder named, the body speaks through them.
VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_WORD = re.compile(r"\w+")


# A local council as the owner: "Bury Council", "Leicester City Council", "Kent County Council".
_COUNCIL_OWNER = re.compile(
    r"(?P<place>[A-Z][\w'’-]+(?: (?:upon |on |and )?[A-Z][\w'’-]+){0,2}?)"
    r"(?: (?:City|County|Borough|District|Town|Metropolitan Borough|Shire))? Council"
)


def council_place(owner: str) -> str | None:
    """The place a council owning a post serves ("Leicester City Council" -> "Leicester")."""
    found = _COUNCIL_OWNER.fullmatch(owner)
    return found.group("place") if found is not None else None


def possessive_post(text: str, roles: Collection[str]) -> tuple[str, str] | None:
    """(owner, post) of a post named through its body or place in the possessive ("Bury
    Council's leader" -> ("Bury Council", "leader")); None for anything else ("Smith's lawyer",
    "the victim's mother": no post the lexicon's `roles` lists)."""
    found = _POSSESSIVE_POST.fullmatch(text.strip())
    if found is None:
        return None
    owner, post = found.group("owner"), found.group("post")
    if owner.islower() and owner not in OWNER_KINDS:
        return None
    if post.split()[-1].casefold() not in roles and post.split()[-1] not in VOICES:
        return None
    return owner, post + (found.group("field") or "")


def possessive_holder(
    owner: str, post: str, office: tuple[str, ...], people: Sequence[tuple[tuple[str, ...], str, str]]
) -> int | None:
    """Which of `people` (office words of the post held, post and region as printed, name; an
    empty office for a body) an owner's post stands for: the one holder of that office the
    article names (before or after) whose post or region carries the owner's own words ("Penang"
    for "Penang's chief minister"), or its kind ("leader of the council" for "Bury Council's
    leader"), or no qualifier but the possessive's ("The spokesman, X", "Health Minister X" for
    "Kenya's health minister"); None when no one or several do."""
    owner_words = {w.casefold() for w in _WORD.findall(owner)} - {"the", "of", "for", "and"}
    kinds = owner_words & OWNER_KINDS
    distinct = owner_words - OWNER_KINDS
    said = owner_words | {w.casefold() for w in _WORD.findall(post)}
    fitting: dict[str, int] = {}
    for index, (held, printed, name) in enumerate(people):
        if not held or held[-len(office) :] != office:
            continue
        words = {w.casefold() for w in _WORD.findall(printed)}
        qualifiers = {w.casefold() for w in _WORD.findall(printed) if w[:1].isupper()} - set(held)
        if (distinct and distinct <= words) or (kinds & words) or qualifiers <= said:
            fitting.setdefault(name, index)
    return next(iter(fitting.values())) if len(fitting) == 1 else None
