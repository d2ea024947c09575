"""What an article says a private person is ("Asep (45), pemilik warung kopi di Jalan X", "Tom
Baker, a shop owner in X", "a resident, Jane Doe,"): kept as the statement's role, so a quoted
shopkeeper or resident is cited as such and never taken for an official of the same name."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from quotetrack.extract.mentions import CLAUSE_WORDS
from quotetrack.extract.words import Lexicon
from quotetrack.text.lexicon import word_list

_PACKAGE = "quotetrack.extract"
_MAX_WORDS = 6  # "sopir angkot jurusan Terminal Baru", "mahasiswa Universitas Lembah Hijau"

# "warga Ambon lainnya", "penghuni lain", "Warga lain seperti X": one of several, which is no
# part of what one is; the description ends there.
_OTHERS_ID = frozenset({"lain", "lainnya", "seperti"})
# "Seorang warga bernama X", "pedagang sayur, yakni X": the name follows, no part of the description.
_NAMING_ID = frozenset({"bernama", "yakni", "yaitu"})
# Where an Indonesian description stops: a place or origin after it ("di Pasar X", "asal Desa
# Y"), a relative clause, a conjunction, a time; the speech verb after a description with no comma.
_STOPS_ID = frozenset(
    {
        *("di", "dari", "asal", "yang", "dan", "serta", "atau", "ke", "pada", "untuk", "dengan", "saat", "dalam"),
        *("ketika", "sejak", "itu", "ini", "tersebut", "juga", "pun", "kepada", "sambil", "usai", "seusai"),
        *_OTHERS_ID,
    }
)
# "warga Desa Sukamaju": the words after "warga" that name the place, not a description.
_PLACE_MARKERS_ID = frozenset(
    {
        *("desa", "kelurahan", "kecamatan", "kabupaten", "kota", "provinsi"),
        *("dusun", "dukuh", "kampung", "nagari", "gampong"),
    }
)
_RESIDENTS_ID = frozenset({"warga", "penduduk"})
# Words no description holds: a clause's modal, aspect and negation words ("Menurut X, warga
# harus ...", "kata X, warga tak hanya bisa ...": what was said opens after the comma).
NOT_DESCRIBING_ID = CLAUSE_WORDS | {"tak", "tidak", "bukan", "hanya", "bisa", "dapat", "masih", "mau", "boleh", "pun"}
# After the name: an age in brackets ("(45)", "(45 tahun)") before the comma.
_AGE_ID = re.compile(r"[ \t]*\(\d{1,3}(?:[ \t]+tahun)?\)")
_WORD = re.compile(r"[^\s,.;:!?\"“”()]+")

# English: ", 52," then the description; ", a shop owner in Riverton" stops at its preposition.
_AGE_EN = re.compile(r",[ \t]*\d{1,3}(?=,)")
_STOPS_EN = frozenset(
    {"in", "at", "from", "of", "who", "with", "for", "on", "near", "and", "said", "says", "told", "added", "whose"}
)
_RESIDENTS_EN = frozenset({"resident", "villager"})
# ", a shop owner", ", a retired postal worker", ", a 45-year-old teacher": lower-case words, the noun last.
_DESCRIBED_EN = re.compile(r",[ \t]+(?:an?|the)[ \t]+((?:[a-z0-9][\w-]*[ \t]+){0,3}[a-z][\w-]*)")


@cache
def _heads_id() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The words that open an Indonesian description ("pemilik", "ibu rumah tangga"), by their
    first word."""
    heads: dict[str, list[tuple[str, ...]]] = {}
    for line in word_list(_PACKAGE, "descriptors_id.txt"):
        head = tuple(line.casefold().split())
        heads.setdefault(head[0], []).append(head)
    return {first: tuple(found) for first, found in heads.items()}


def _opens_description(keys: tuple[str, ...]) -> bool:
    return bool(keys) and any(keys[: len(head)] == head for head in _heads_id().get(keys[0], ()))


@cache
def _nouns_en() -> frozenset[str]:
    """The nouns that end an English description ("owner", "resident")."""
    return frozenset(line.casefold() for line in word_list(_PACKAGE, "descriptors_en.txt"))


def describe(text: str, name: str, lex: Lexicon) -> tuple[str, str | None] | None:
    """(description, region) the article prints for the private person `name` at the first of
    its mentions that has one; None when none does."""
    if not name or lex.lang not in ("id", "en"):
        return None
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        if (found := description_at(text, match.start(), match.end(), lex)) is not None:
            return found
    return None


def description_at(text: str, start: int, end: int, lex: Lexicon) -> tuple[str, str | None] | None:
    """(description, region) printed with the name at `start:end` of `text` ("X (45), pemilik
    warung kopi", "a shop owner, X"); None when this mention has none."""
    if lex.lang == "id":
        return _after_id(text, end, lex)
    return _after_en(text, end) or _before_en(text, _before_titles(text, start, lex))


def _after_id(text: str, end: int, lex: Lexicon) -> tuple[str, str | None] | None:
    """ "X (45), pemilik warung kopi di Jalan Y" -> ("pemilik warung kopi", None); "X, warga Desa
    Sukamaju" -> ("warga Desa Sukamaju", "Desa Sukamaju")."""
    if (age := _AGE_ID.match(text, end)) is not None:
        end = age.end()
    if not text.startswith(",", end):
        return None
    words: list[str] = []
    at = end + 1
    for word in _WORD.finditer(text, at, min(len(text), end + 160)):
        if text[at : word.start()].strip():
            break  # a comma, a full stop or a bracket ends the description
        key = word.group().casefold()
        if key in NOT_DESCRIBING_ID:
            return None  # "Menurut X, warga harus ...": a clause opens after the comma, no description
        if words and (key in _STOPS_ID or lex.verb_re.fullmatch(word.group()) or lex.root_re.fullmatch(word.group())):
            break
        words.append(word.group())
        at = word.end()
        if len(words) > _MAX_WORDS:
            return None  # a clause, not a description
    keys = tuple(w.casefold() for w in words)
    # ("X, salah satu pedagang di Pasar Y", "X, seorang nelayan": one of them)
    one_of = 2 if " ".join(keys[:2]) in _ONE_OF_ID else int(keys[:1] == ("seorang",))
    if not _opens_description(keys[one_of:]) or not words[0][:1].islower():
        return None  # (a capitalised post after the name is read as a post elsewhere)
    return plain_description(" ".join(words), None, lex)


def plain_description(role: str, region: str | None, lex: Lexicon) -> tuple[str, str | None]:
    """An Indonesian private description as the store shows one, in lower case ("Pemilik warung
    kopi, X," opens a sentence), a resident's with the place it names as the region: "warga Desa
    Sukamaju" -> ("warga Desa Sukamaju", "Desa Sukamaju"), "warga Bandung" -> ("warga Bandung",
    "Bandung"); "Salah seorang warga" -> ("warga", None) (how many of them is no part of what one
    is). Any other role as it is."""
    words = role.split()
    one_of = 2 if " ".join(words[:2]).casefold() in _ONE_OF_ID else int(words[0].casefold() == "seorang")
    words = words[one_of:]
    cut = _OTHERS_ID | _NAMING_ID
    words = words[: next((k for k, w in enumerate(words) if k and w.casefold() in cut), len(words))]
    keys = tuple(w.casefold() for w in words)
    if not words or not _opens_description(keys):
        return role, region
    # ("Pemilik warung kopi, X, mengatakan": the sentence's capital, not a post's)
    words[0] = words[0].casefold()
    if keys[0] not in _RESIDENTS_ID:
        return " ".join(words), region
    rest = words[1:]
    if (
        not region
        and rest
        and all(w[:1].isupper() for w in rest)
        and (rest[0].casefold() in _PLACE_MARKERS_ID or (len(rest) == 1 and rest[0].casefold() in lex.regions))
    ):
        region = " ".join(rest)
    return " ".join(words), region


# "Salah seorang warga", "salah satu warga": one of the residents.
_ONE_OF_ID = frozenset({"salah seorang", "salah satu"})


def _after_en(text: str, end: int) -> tuple[str, str | None] | None:
    """ "Tom Baker, a shop owner in Riverton" -> ("shop owner", None); "Carl Hobbs, a resident of
    Millbrook" -> ("resident", "Millbrook")."""
    if (age := _AGE_EN.match(text, end)) is not None:
        end = age.end()
    if (owner := _OWNER_OF_EN.match(text, end)) is not None:
        return owner.group(1), None  # "Rosa Diaz, owner of the Corner Cafe"
    if text.startswith(", who ", end):
        return _who_en(text, end)
    found = _DESCRIBED_EN.match(text, end)
    if found is None:
        return None
    words = found.group(1).split()
    stop = next((k for k, w in enumerate(words) if w in _STOPS_EN), len(words))
    words = words[:stop]
    if not words or words[-1] not in _nouns_en():
        return None
    place = None
    if words[-1] in _RESIDENTS_EN:
        described = re.compile(r"[ \t]+".join(map(re.escape, words)) + _PLACE_AFTER_EN)
        after = described.search(text, end, found.end() + 60)
        place = after.group(1) if after else None
    return " ".join(words), place


def _who_en(text: str, end: int) -> tuple[str, str | None] | None:
    """What a relative clause after the name says one is: ", who owns a bakery in Eastvale" ->
    ("owner of a bakery", None); ", who works as a bus driver" -> ("bus driver", None); ", who
    lives in Millbrook" -> ("resident", "Millbrook")."""
    if (owns := _WHO_OWNS_EN.match(text, end)) is not None:
        article, business = (owns.group(1), owns.group(2)) if owns.group(1) else (owns.group(3), owns.group(4))
        words = business.split()
        words = words[: next((k for k, w in enumerate(words) if w in _STOPS_EN), len(words))]
        return (f"owner of {article} {' '.join(words)}", None) if words else None
    if (works := _WHO_WORKS_AS_EN.match(text, end)) is not None:
        words = works.group(1).split()
        words = words[: next((k for k, w in enumerate(words) if w in _STOPS_EN), len(words))]
        return (" ".join(words), None) if words and words[-1] in _nouns_en() else None
    if (lives := _WHO_LIVES_IN_EN.match(text, end)) is not None:
        return "resident", lives.group(1)
    return None


# ", who owns a bakery in Eastvale", ", who runs a food stall": a business of one's own
# (not "who runs the ministry": a business run is one of a kind, "a stall"; one owned may be named)
_WHO_OWNS_EN = re.compile(
    r",[ \t]+who[ \t]+(?:(?:co-)?owns[ \t]+(an?|the)[ \t]+((?:[A-Za-z][\w&'’-]*[ \t]*){1,4})"
    r"|runs[ \t]+(an?)[ \t]+((?:[a-z][\w-]*[ \t]*){1,4}))"
)
# ", who works as a bus driver": a job, the noun last
_WHO_WORKS_AS_EN = re.compile(r",[ \t]+who[ \t]+works[ \t]+as[ \t]+an?[ \t]+((?:[a-z][\w-]*[ \t]*){1,4})")
# ", who lives in Millbrook": a resident, with the place
_WHO_LIVES_IN_EN = re.compile(
    r",[ \t]+who[ \t]+(?:lives|has[ \t]+lived)[ \t]+in[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
)


# ", owner of the Corner Cafe", ", co-owner of Baker Bros": the business one owns, named.
_OWNER_OF_EN = re.compile(
    r",[ \t]+(?:the[ \t]+)?((?:co-)?owner[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,4})"
)
# "a resident of Millbrook", "a villager in Upper Dene": the place after the description.
_PLACE_AFTER_EN = r"[ \t]+(?:of|in)[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"


# "a resident, Jane Doe, said", "One resident, Carl Hobbs,": the description before the name.
_BEFORE_EN = re.compile(
    r"(?:^|(?<=[\s\"“”]))(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*),[ \t]*$"
)


# "Shop owner Tom Baker said", "said local farmer Joe Marsh": the description right before the
# name, opening the sentence or after an article or a speech verb.
_TITLED_EN = re.compile(
    r"(?:^|(?<=[\n\"“])|(?<=[.!?] )|(?<=\bsaid )|(?<=\bsays )|(?<=\bthe )|(?<=\ban )|(?<=\ba ))"
    r"((?:[A-Za-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)[ \t]+$"
)


def _before_titles(text: str, start: int, lex: Lexicon) -> int:
    """Where the titles printed before a name begin ("Islamic cleric KH X", "preacher Ustadz
    X"): a description stands before them, not between them and the name."""
    for _ in range(2):
        word = re.search(r"(\S+)[ \t]+$", text[max(0, start - 20) : start])
        if word is None or word.group(1).casefold() not in lex.titles:
            break
        start -= len(word.group())
    return start


def _before_en(text: str, start: int) -> tuple[str, str | None] | None:
    found = _BEFORE_EN.search(text, max(0, start - 60), start) or _TITLED_EN.search(text, max(0, start - 60), start)
    if found is None:
        return None
    words = found.group(1).split()
    if words[-1] not in _nouns_en():
        return None
    if len(words) > 1 and words[0].casefold() in _FAITHS_EN and words[-1].casefold() in _OF_A_FAITH_EN:
        # ("Islamic cleric X": a faith's name, which keeps its capital where a description's first
        # word loses the sentence's; the noun alone says what the person is)
        words = words[1:]
    described = " ".join(words)
    return described[:1].lower() + described[1:], None  # ("Shop owner X said": a sentence's capital)


# Faiths' adjectives English copy prints before a cleric or a preacher ("Islamic scholar" is read
# as a scholar's post, the faith kept).
_OF_A_FAITH_EN = frozenset({"cleric", "preacher"})
_FAITHS_EN = frozenset(
    {"islamic", "muslim", "catholic", "christian", "protestant", "anglican", "hindu", "buddhist", "jewish"}
    | {"sunni", "shia", "shiite", "evangelical", "orthodox"}
)


def is_private_description(role: str | None) -> bool:
    """Whether a statement's role is what the article says a private person is ("pemilik warung
    kopi", "warga Desa X", "shop owner", "retired teacher"), as this module gives it: no post, so
    its speaker is no official of the same name (for the resolver, which merges by name)."""
    words = (role or "").split()
    if not words or not words[0][:1].islower():
        return False
    keys = tuple(w.casefold() for w in words)
    return _opens_description(keys) or keys[-1] in _nouns_en() or keys[0] in ("owner", "co-owner")


# Articles before a description as printed before a name ("a resident of Leeds").
_ARTICLES = frozenset({"a", "an", "the"})


@lru_cache(maxsize=4096)  # asked of every mention's role, and an article repeats its few roles
def describes_private_person(role: str | None) -> bool:
    """is_private_description for words as any article prints them before or after a name:
    an article, "seorang" or "salah seorang" before them, a sentence's capital, and an English
    noun's "of/in/at ..." after it set aside ("Pemilik warung kopi", "a resident of Leeds",
    "salah seorang warga Desa X"): the resolver's test of a mention's role."""
    words = (role or "").split()
    while words and (words[0].casefold() in _ARTICLES or words[0].casefold() == "seorang"):
        words = words[1:]
    if " ".join(words[:2]).casefold() in _ONE_OF_ID:
        words = words[2:]
    if not words:
        return False
    words[0] = words[0][:1].lower() + words[0][1:]
    stop = next((k for k, w in enumerate(words) if k and w.casefold() in _STOPS_EN), len(words))
    return is_private_description(" ".join(words)) or is_private_description(" ".join(words[:stop]))
