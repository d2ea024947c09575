"""Personal names as printed ("Pj.Bupati Subang, Dr. Drs. Imran, MA.Cd") parsed into ParsedName."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from quotetrack.kinds import ACTING_PREFIX
from quotetrack.resolve.gazetteer import (
    NAME_PARTICLES,
    PATRONYM_MARKERS,
    REGION_MARKERS,
    acting_starts,
    honorific_max_words,
    honorific_starts,
    honorifics,
    institution_words,
    not_names,
    org_starts,
    orgs,
    post_starts,
    posts,
    pronouns,
    regional_orgs,
)
from quotetrack.resolve.model import ParsedName
from quotetrack.resolve.regions import region_span
from quotetrack.resolve.roles import match_acting, match_org, match_post, unglue
from quotetrack.text.lexicon import BOUND_AFTER, fold, region_aliases, well_known_nicknames

_PAREN = re.compile(r"\(([^)]*)\)")
# An American legislator's party and state after the name: "Sen. Lindsey Graham, R-S.C.", "Rep.
# John Lewis, D-Georgia", "Sen. Bob Corker (R-Tenn.)" (no name, no nickname).
_PARTY_STATE = re.compile(
    r"\s*(?:,\s*|\(\s*)[RDI](?:-|\.,\s*)[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*\)?(?=\s*(?:,|$))"
)
_QUOTED = re.compile(r"[\"“”']([^\"“”']{2,30})[\"“”']")
_SEGMENT = re.compile(r",(?![^(]*\))")
_WORD = re.compile(r"\S+")
# "Dedi Mulyadi alias Kang Dedi", "Budi, yang akrab disapa Ibud": what follows is a nickname.
_ALIAS_RE = re.compile(r"[\s,]+(?:alias|a\.k\.a\.?|aka|(?:yang\s+)?(?:akrab|biasa)\s+disapa)\s+", re.IGNORECASE)
_TAIL_OPENERS = frozenset(
    {
        "dalam",
        "saat",
        "ketika",
        "usai",
        "seusai",
        "pada",
        "kepada",
        "yang",
        "melalui",
        "said",
        "told",
        "says",
        "when",
        "after",
        "during",
    }
)
_NOT_PLAIN = re.compile(r"[,;()\"“”'.\d-]|\s(?:alias|aka|bin|binti)\s", re.IGNORECASE)
_ROMAN = re.compile(r"[IVXLC]+")
_PLACE_WORDS = frozenset({"di", "in", "at"})
_NAME_KINDS_BEFORE = {"prefix", "rank", "hajj", "noble", "address"}


def _split_alias(text: str) -> tuple[str, str | None]:
    """ "Dedi Mulyadi alias Kang Dedi" -> ("Dedi Mulyadi", "Kang Dedi")."""
    match = _ALIAS_RE.search(text)
    if match is None or not text[match.end() :].strip():
        return text, None
    return text[: match.start()], text[match.end() :].strip()


def _plain_name(text: str) -> bool:
    """A bare capitalised name with nothing to strip ("Abdul Walid"): the common, fast case."""
    if _NOT_PLAIN.search(text):
        return False
    words = text.split()
    lexicons = (honorific_starts(), post_starts(), org_starts(), acting_starts(), not_names(), institution_words())
    return bool(words) and all(
        w[:1].isupper()
        and w.isalpha()
        and len(_split_glued(w)) == 1
        and (key := fold(w)) not in REGION_MARKERS
        and key not in pronouns()
        and not any(key in lexicon for lexicon in lexicons)
        for w in words
    )


def _nicknames_in_parentheses(segment: str, name_words: list[str]) -> list[str]:
    """A short parenthesis right after the name is a nickname ("Joko Wiranggono (Jowir)")."""
    found = []
    for match in _PAREN.finditer(segment):
        before = _PAREN.sub(" ", segment[: match.start()]).split()
        inner = match.group(1).strip()
        if (
            before
            and name_words
            and fold(before[-1]) == fold(name_words[-1])
            and 0 < len(inner.split()) <= 2
            and fold(inner) not in orgs()
            and fold(inner) not in region_aliases()
            and fold(inner) not in posts()
        ):
            found.append(inner)
    return found


def _split_glued(word: str) -> list[str]:
    """ "KetuaKPUMochammad" -> ["Ketua", "KPU", "Mochammad"]; only lexicon words are split off."""
    for k in range(2, len(word) - 1):
        boundary = (
            word[k].isupper()
            and word[k - 1].isalpha()
            and (word[k - 1].islower() or (k + 1 < len(word) and word[k + 1].islower()))
        )
        if boundary and (fold(word[:k]) in posts() or fold(word[:k]) in orgs()):
            return [word[:k], *_split_glued(word[k:])]
    return [word]


def _words(text: str) -> list[str]:
    return [part for word in _WORD.findall(text) for part in _split_glued(word)]


def _honorific_at(words: list[str], start: int, kinds: set[str]) -> int:
    """Number of words from `start` that form one honorific of the given kinds (0 if none)."""
    if start >= len(words) or fold(words[start]) not in honorific_starts():
        return 0
    table = honorifics()
    for n in range(min(honorific_max_words(), len(words) - start), 0, -1):
        if table.get(fold(" ".join(words[start : start + n]))) in kinds:
            return n
    return 0


def _is_suffix_word(word: str) -> bool:
    return honorifics().get(fold(word)) in {"suffix", "generation"}


def _is_name_word(word: str) -> bool:
    """Capitalised, or a particle ("de", "bin"); never with digits ("Covid-19", "K2")."""
    if any(c.isdigit() for c in word) or fold(word) in not_names():
        return False
    return word[:1].isupper() or word.lower() in NAME_PARTICLES


def _consume_role(words: list[str], keep_last: bool) -> int:
    """Words at the front that print a post, its body and its region ("Pj. Bupati Subang").

    With `keep_last`, at least one word is left over: "Bupati Agus" names Agus, not a region.
    """
    i = 0
    while (acting := match_acting(words, i)) is not None:
        i += acting[0]
    last_end = 0
    for j in range(i, len(words)):
        hit = match_post(words, j)
        if hit is None:
            continue
        end = j + hit[0]
        regional = False
        if (org := match_org(words, end)) is not None:
            end += org[0]
            regional = org[1] in regional_orgs()
        if (
            regional
            or hit[1].level not in (None, "nasional")
            or (end < len(words) and fold(words[end]) in REGION_MARKERS)
        ):
            with_region = end + region_span(words, end)
            end = with_region if with_region < len(words) or not keep_last else end
        if end < len(words) or not keep_last:
            last_end = max(last_end, end)
    return last_end


@lru_cache(maxsize=1 << 16)
def parse_name(text: str) -> ParsedName:
    """Split a printed mention into role, honorifics, name and suffixes; name "" when there is none.

    A well-known nickname ("Jokowi", "Kang Emil") is read as the full name it stands for, with
    the nickname kept among the aliases.
    """
    parsed = _parse_name(text)
    known = well_known_nicknames()
    for printed in (*parsed.aliases, " ".join(filter(None, (parsed.prefix, parsed.name))), parsed.name):
        full = known.get(fold(printed)) if printed else None
        if full and fold(full) != fold(parsed.name):
            aliases = tuple(dict.fromkeys((*parsed.aliases, printed)))
            return replace(parsed, name=full, sort_name=full, aliases=aliases)
    return parsed


def _parse_name(text: str) -> ParsedName:
    if _plain_name(text):
        return ParsedName(text=text, name=text.strip(), sort_name=text.strip())
    raw = text
    text = unglue(text)
    if "-" in text or "., " in text:
        text = _PARTY_STATE.sub("", text)
    aliases = [m.group(1).strip() for m in _QUOTED.finditer(text)]
    text = _QUOTED.sub(" ", text)
    text, nickname = _split_alias(text)
    if nickname:
        aliases.append(nickname)
    segments = [s.strip() for s in _SEGMENT.split(text) if s.strip()]
    parsed = []
    strong: list[int] = []  # segments where a name follows whatever post they print
    weak: list[int] = []  # "Bupati Agus": the last word is a name only if nothing better exists
    lower: list[int] = []  # "the Trade Secretary X": opens in lower case
    for index, segment in enumerate(segments):
        words = _words(_PAREN.sub(" ", segment))
        found = _name_in_segment(words, last=False) if words else None
        opens = words[0][:1].isupper() or _honorific_at(words, 0, _NAME_KINDS_BEFORE) > 0 if words else False
        if found is not None and opens and not all(map(_is_suffix_word, words)):
            strong.append(index)
        elif found is not None:
            lower.append(index)
        elif words and index == len(segments) - 1:
            found = _name_in_segment(words, last=True)
            weak += [index] if found else []
        parsed.append((segment, words, found))
    # The last name-bearing segment: a post's own commas come first ("Menko Bidang Politik,
    # Hukum, ..., X"); a segment opening in lower case describes ("X, director general of ...").
    chosen = next(iter(strong[-1:] or weak[-1:] or lower[:1]), None)
    role_parts: list[str] = []
    prefix: list[str] = []
    suffix: list[str] = []
    name_words: list[str] = []
    region = None
    for index, (segment, words, found) in enumerate(parsed):
        if chosen is None or index < chosen:
            if not (len(words) == 1 and words[0].lower() in pronouns()):
                role_parts.append(segment)
        elif index > chosen:
            if all(_is_suffix_word(w) for w in words):
                suffix.append(segment)
            elif words and not words[0][:1].isdigit():
                role_parts.append(segment)  # "David Framley, director general of ..."
        else:
            assert found is not None  # `chosen` is only ever a segment where a name was found
            role_end, pre, name_words, post = found
            if role_end:
                role_parts.append(" ".join(words[:role_end]))
            prefix += pre
            suffix += post
            aliases += _nicknames_in_parentheses(segment, name_words)
    if name_words and name_words[-1].lower() in pronouns():
        name_words = []
    role_text = ", ".join(role_parts) or None
    if role_text:
        region = _region_from_role(role_text)
    generation = None
    if name_words and honorifics().get(fold(name_words[-1])) == "generation":
        generation = name_words[-1]
    patronym = None
    lowered = [w.lower() for w in name_words]
    for marker in PATRONYM_MARKERS & set(lowered):
        patronym = " ".join(name_words[lowered.index(marker) + 1 :]) or None
    name = " ".join(name_words)
    if prefix and any(honorifics().get(fold(p)) == "address" for p in prefix) and name:
        aliases.append(" ".join([*prefix, name]))
    kept_prefix = [p for p in prefix if honorifics().get(fold(p)) != "address"]
    return ParsedName(
        text=raw,
        name=name,
        prefix=" ".join(kept_prefix),
        suffix=", ".join(s.strip() for s in suffix),
        sort_name=" ".join(w for w in name_words if w != generation),
        role=_role_without_region(role_text, region),
        region=region,
        generation=generation,
        patronym=patronym,
        aliases=tuple(dict.fromkeys(a for a in aliases if a and a != name)),
    )


def _name_in_segment(words: list[str], last: bool) -> tuple[int, list[str], list[str], list[str]] | None:
    """(role words used, honorific prefixes, name words, suffixes) or None if no name is printed."""
    if words[-1].lower() in pronouns() and len(words) > 1:
        return None  # "Mantan anggota DPR ini", "orang nomor satu di Jatim itu"
    # "X dalam keterangan tertulisnya", "X said on Monday": a clause after the name is not part of
    # it; "The Lib Dem leader" (no such opener) describes and names no one.
    opener = next((k for k, w in enumerate(words) if k and w in _TAIL_OPENERS and words[k - 1][:1].isupper()), None)
    if opener is not None:
        words = words[:opener]
    role_end = _consume_role(words, keep_last=last)
    rest = words[role_end:]
    for k in range(len(rest) - 1, 0, -1):  # "... Argo Yuwono di Jakarta": the place is not the name
        if rest[k] in _PLACE_WORDS and k + 1 < len(rest) and all(w[:1].isupper() for w in rest[k + 1 :]):
            rest = rest[:k]
            break
    post: list[str] = []
    while len(rest) > 1 and honorifics().get(fold(rest[-1])) == "suffix":
        post.insert(0, rest.pop())
    # The name is the trailing run of capitalised words, after the last body or region word.
    start = len(rest)
    while start > 0 and _is_name_word(rest[start - 1]):
        start -= 1
    for k in range(len(rest) - 1, start - 1, -1):
        word = fold(rest[k])
        if word in REGION_MARKERS:
            start = k + 1 + region_span(rest, k + 1)
            break
        acronym = k < len(rest) - 1 and len(word) >= 3 and rest[k].isupper() and not _ROMAN.fullmatch(rest[k])
        bound = k > 0 and fold(rest[k - 1]) in BOUND_AFTER.get(word, ())
        if word in institution_words() or word in orgs() or word in posts() or acronym or bound:
            start = k + 1
            break
    while start < len(rest) and rest[start].lower() in NAME_PARTICLES:
        start += 1
    # Honorifics sit right before the name: the last one inside the run ends them ("Polda Metro
    # Jaya Komisaris Besar Yusran Yunarso"); a lone letter ("H.") counts only at the run's start.
    name_start, i = start, start
    while i < len(rest) - 1:
        n = _honorific_at(rest, i, _NAME_KINDS_BEFORE)
        if n and i + n < len(rest) and (i == start or len(fold(rest[i])) > 1):
            name_start, i = i + n, i + n
        else:
            i += 1
    chain_start = name_start
    while chain_start > 0:  # "Dr. Drs." before the name: the whole chain is the prefix
        n = next(
            (
                n
                for n in range(min(honorific_max_words(), chain_start), 0, -1)
                if _honorific_at(rest, chain_start - n, _NAME_KINDS_BEFORE) == n
            ),
            0,
        )
        if n == 0:
            break
        chain_start -= n
    name = rest[name_start:]
    if not name or (len(name) == 1 and name[0].lower() in pronouns()):
        return None
    return role_end + chain_start, rest[chain_start:name_start], name, post


def _region_from_role(role_text: str) -> str | None:
    from quotetrack.resolve.roles import parse_role

    role = parse_role(role_text)
    return role.region_name if role else None


def _role_without_region(role_text: str | None, region: str | None) -> str | None:
    from quotetrack.resolve.roles import parse_role
    from quotetrack.text.lexicon import is_past_post

    if role_text is None:
        return None
    role = parse_role(role_text)
    if role is None and is_past_post(role_text.split()):
        return None  # a former post is not the post held
    if role is None or role.post is None:
        return role_text
    acting = f"{ACTING_PREFIX[role.appointment]} " if role.appointment in ACTING_PREFIX else ""
    return acting + role.post + (f" {role.org}" if role.org else "")
