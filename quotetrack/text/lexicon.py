"""Read the word lists kept as data files beside the code (loaded once per process)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from importlib import resources
from itertools import filterfalse
from typing import NamedTuple

_FOLD = re.compile(r"[.\s]+")
_LETTER_WORD = re.compile(r"[^\W\d_][^\W\d_]*")  # [^\W\d_]+, opening with its set (scanned for)


@cache
def word_list(package: str, name: str) -> tuple[str, ...]:
    """Lines of `package/data/name`, without blanks and `#` comments, in file order."""
    text = resources.files(package).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(line for line in lines if line)


# Given names printed short with a full stop ("Moh. Mahfud", "Much. Natsir", "Abd. Rahman"):
# Muhammad, Abdul, Achmad. The full stop ends no sentence, and the word opens a name.
NAME_SHORT_FORMS = ("Moh", "Moch", "Mochd", "Mohd", "Much", "Muh", "Muhd", "Mhd", "Abd", "Ach")


# Printed before a post, these say it is no longer (or not yet) held: "mantan Menteri", "former
# Home Secretary", "ex-minister", "the pioneer chairman" (its first holder). Shared by extraction
# and resolution.
_PAST_MARKERS = frozenset({"mantan", "eks", "bekas", "former", "ex", "late", "then", "pioneer"})


def is_past_post(words: list[str]) -> bool:
    """Whether words printed with a post say it is not held now ("mantan", "former", "ex-")."""
    return any(w.casefold().rstrip("-") in _PAST_MARKERS or w.casefold().startswith("ex-") for w in words)


# Words that open a place's name of two words or more ("Sungai Loban", "Tanjung Karang Barat",
# "Muara Enim"). Shared by extraction (the place after a local head) and resolution (a region's span).
PLACE_OPENERS = frozenset(
    {"sungai", "sei", "tanjung", "kuala", "muara", "teluk", "pulau", "bukit", "gunung", "lubuk", "talang"}
    | {"pangkalan", "labuhan", "tebing", "pantai", "danau", "rawa", "pasir", "karang", "ujung", "koto"}
)
# The word before the last item of a list: "Bidang Politik, Hukum, dan Keamanan". Shared by
# extraction (a post's listed fields in a mention) and resolution (in a role's clauses).
LIST_AND = frozenset({"dan", "serta", "and"})
# Words that are a given name ("Agung Pranadipa") except after these, where they complete a post or
# a body ("Jaksa Agung X", "Kejaksaan Agung X"). Shared by extraction and resolution.
# ("Menteri Besar X": a Malaysian state's chief minister; "Sekretaris Kabinet X", "Badan
# Penanggulangan Bencana X", "Badan Pengembangan Sumber Daya Manusia X": a dictionary word that
# ends a national post's or body's name, never a name's first)
BOUND_AFTER: dict[str, frozenset[str]] = {
    "agung": frozenset({"jaksa", "mahkamah", "kejaksaan", "hakim"}),
    "besar": frozenset({"menteri"}),
    "kabinet": frozenset({"sekretaris", "sekretariat"}),
    "bencana": frozenset({"penanggulangan"}),
    "manusia": frozenset({"daya"}),
}


def another_given_name(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two names differ in their first word only, one of them that word with a vowel or
    two more ("Eric"/"Erica Garner", "Paul"/"Paula", "Antoni"/"Antonio"): two people, where a
    misspelling changes letters ("Purwaningsih"/"Purwanigsih") and a short form drops more
    ("Moh"/"Mohammad"). Shared by extraction (one article) and resolution (across articles)."""
    if len(a) != len(b) or not a or [w.casefold() for w in a[1:]] != [w.casefold() for w in b[1:]]:
        return False
    short, long = sorted((a[0].casefold(), b[0].casefold()), key=len)
    tail = long[len(short) :]
    return len(short) >= 3 and long.startswith(short) and 1 <= len(tail) <= 2 and all(c in "aeiou" for c in tail)


# "Ka" + a Dinas's or a police unit's short form, one word: "Kadishub" (Kepala Dinas Perhubungan),
# "Kadisnaker", "Kadinsos", "Kasatreskrim", "Kasatlantas". Short forms are coined locally, so no
# list holds them all; "kasatmata" (visible) is the one dictionary word of this shape.
_UNIT_HEAD = re.compile(
    r"ka(?:dis|din|sat|bag|subbag|bid|nit)[a-z]{3,}"
    # A police directorate's director (and "Wa", the deputy): "Direskrimum", "Dirreskrimsus",
    # "Dirlantas", "Dirresnarkoba", and Bareskrim's "Dirtipidum", "Dirtipidter", "Dirtipideksus".
    r"|(?:wa)?dir(?:r?eskrim(?:um|sus)|r?esnarkoba|narkoba|lantas|binmas|intelkam|pamobvit|polairud|samapta|tahti"
    r"|tipid(?:um|ter|sus|eksus|narkoba|siber|korkor|pppo))"
)


def is_unit_head(word: str) -> bool:
    """Whether a word is the head of a Dinas or a police unit in one short form ("Kadishub").
    Shared by extraction (never a name word) and resolution (a post)."""
    key = word.casefold()
    return _UNIT_HEAD.fullmatch(key) is not None and key != "kasatmata"


def deputy_short_form(short: str) -> str | None:
    """A minister's deputy is written "Wa" + the minister's one-word short form: "Menkeu" ->
    "wamenkeu" (lower case); None for a form that is not such a short form. Shared by extraction
    and resolution."""
    return "wa" + short.casefold() if short[:3].casefold() == "men" and " " not in short else None


# Cues whose reported words are what the speaker said is NOT so ("Harwood was forced to deny the
# shadow cabinet was split", "Afif membantah jika ..."): the words alone would put the claim in
# the denier's mouth, so pages, citations and feeds print the denial with them. A whole cue is
# compared: "tak membantah" (does not deny) concedes.
_DENIALS = frozenset(
    ("deny", "denies", "denied", "denying", "dismiss", "dismisses", "dismissed")
    + ("membantah", "menampik", "menyangkal", "memungkiri", "dibantah", "ditampik", "disangkal")
)


def is_denial(cue: str | None) -> bool:
    """Whether a statement's cue denies its words (StatementPublic.denied)."""
    return cue is not None and cue.strip().casefold() in _DENIALS


@cache
def word_set(package: str, name: str) -> frozenset[str]:
    """The same list casefolded, for membership tests."""
    return frozenset(w.casefold() for w in word_list(package, name))


@lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Lookup key: accents, dots, spaces and case removed ("M.Si." -> "msi", "Wali Kota" -> "walikota")."""
    if text.isascii():
        return _FOLD.sub("", text).lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _FOLD.sub("", text).lower()


def _tsv_rows(name: str) -> list[list[str]]:
    """The rows of data/`name` (tab-separated, "#" comments and blank lines left out)."""
    text = resources.files(__package__).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def nickname_pairs() -> tuple[tuple[str, str], ...]:
    """(nickname, full name) as data/nicknames.tsv prints them ("Kang Ical", "Rizal Kamarullah").
    Extraction knows the person in one article by either; resolution files both under the full
    name."""
    return tuple((row[0].strip(), row[1].strip()) for row in _tsv_rows("nicknames.tsv"))


@cache
def well_known_nicknames() -> dict[str, str]:
    """Folded nickname ("Jokowi", "Kang Emil") -> the full name it stands for."""
    return {fold(nick): name for nick, name in nickname_pairs()}


@cache
def region_aliases() -> dict[str, tuple[str, str]]:
    """Folded alias -> (canonical name, level), from data/regions.tsv: the provinces and common short
    forms of regions. Resolution reads regions from it, and the stemmer leaves their words whole."""
    return {fold(row[0]): (row[1].strip(), row[2].strip()) for row in _tsv_rows("regions.tsv")}


class Place(NamedTuple):
    """A kabupaten or kota: its name without the level word, "kabupaten" or "kota", its province."""

    name: str
    level: str
    province: str


@cache
def regencies() -> tuple[Place, ...]:
    """Every kabupaten and kota, from data/regencies.tsv."""
    return tuple(Place(*(cell.strip() for cell in row[:3])) for row in _tsv_rows("regencies.tsv"))


class Variant(NamedTuple):
    """Another spelling or a short form of a place's name ("Gunung Kidul" for "Gunungkidul");
    level empty when it names both a kabupaten and a kota."""

    variant: str
    name: str
    level: str


@cache
def region_variants() -> tuple[Variant, ...]:
    rows = _tsv_rows("region_variants.tsv")
    return tuple(Variant(*(cell.strip() for cell in (row + [""] * 3)[:3])) for row in rows)


@cache
def place_names() -> tuple[str, ...]:
    """The names of kabupaten, kota and provinces as news prints them: the official names, their
    other spellings and short forms (data/region_variants.tsv) and the provinces' (regions.tsv)."""
    variants = [row.variant for row in region_variants()]
    provinces = [row[0].strip() for row in _tsv_rows("regions.tsv")]
    return tuple(dict.fromkeys([*(place.name for place in regencies()), *variants, *provinces]))


# Letters re.IGNORECASE takes for a Latin letter that str.lower() does not turn into it (the
# Kelvin sign it does turn into "k"): dotted capital I, dotless i and long s.
ODD_CASE = ("İ", "ı", "ſ")


def case_blind_finditer(pattern: re.Pattern[str], lowered: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a case-blind pattern, tried only where `lowered` finds in the
    lower-cased text what each of its matches opens with (its Latin letters in lower case, \\b
    and other look-behinds left out). A case-blind pattern opening with \\b is tried at every
    character (0.4 M instructions an article for "baca juga:"); lower() is one pass, and a pattern
    opening with letters is scanned for them. `lowered`'s own matches must never overlap the
    start of a match of `pattern` (tests/text/test_fast_text.py shows it for each pair)."""
    if any(odd in text for odd in ODD_CASE):  # lower() keeps offsets, but not for these
        yield from pattern.finditer(text)
        return
    end = 0
    for candidate in lowered.finditer(text.lower()):
        match = pattern.match(text, candidate.start()) if candidate.start() >= end else None
        if match is not None:
            end = match.end()
            yield match


def letter_words(text: str) -> list[str]:
    """re.findall(r"[^\\W\\d_]+", text), in another order: the words of letters (digits and "_" cut
    them). A white-space-separated chunk of letters only (str.isalpha) is one such word as it
    stands, so only the other chunks go through the pattern: 15-20% faster on news text."""
    chunks = text.split()
    return [*filter(str.isalpha, chunks), *_LETTER_WORD.findall(" ".join(filterfalse(str.isalpha, chunks)))]


# What extraction reads an article's words by: a word (a letter, then word characters, apostrophes
# and hyphens) or a punctuation mark. No token holds white space.
TOKEN = re.compile(r"[^\W\d_][\w’'-]*|[(),.;:!?\"“”]")


class Tokens(NamedTuple):
    """An article's words read once, for its language (text preparation) and for what it shows
    about its words (extraction)."""

    tokens: tuple[str, ...]  # TOKEN.findall(text), in order
    letter_words: tuple[str, ...]  # letter_words(text), in another order


_PUNCTUATION = '(),.;:!?"“”'  # the marks TOKEN reads as tokens of their own


# Prepare reads the tokens of the text it returns, extract of the same text right after: two
# entries, so nothing carries from one article to the next (the same string hits by identity).
@lru_cache(maxsize=2)
def tokens(text: str) -> Tokens:
    """The tokens and letter words of `text`, read from its white-space-separated chunks (no token
    holds white space): a chunk of letters only (str.isalpha) is one token as it stands, and so is
    its head before a final mark ("Jakarta,"), and the same for its letter words; only the other
    chunks go through the patterns. Two passes of the patterns over the whole text, one for
    detect_language and one for word_evidence, cost 1.6 M instructions an article; this 0.8 M."""
    found: list[str] = []
    words: list[str] = []
    others: list[str] = []  # the chunks whose letter words the pattern reads
    for chunk in text.split():
        if chunk.isalpha():
            found.append(chunk)
            words.append(chunk)
        elif chunk[-1] in _PUNCTUATION and chunk[:-1].isalpha():
            found += (chunk[:-1], chunk[-1])
            words.append(chunk[:-1])
        else:
            found += TOKEN.findall(chunk)
            others.append(chunk)
    words += _LETTER_WORD.findall(" ".join(others))
    return Tokens(tuple(found), tuple(words))
