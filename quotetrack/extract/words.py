"""The word lists and patterns extraction runs on, built once per process from data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from quotetrack.text.lexicon import deputy_short_form, place_names, word_list, word_set
from quotetrack.text.stem import is_dictionary_word

_PACKAGE = "quotetrack.extract"


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex matching any of `words`, as a trie: re tries alternatives one by one at each
    position, so sharing prefixes ("meng|meny|mem...") makes the scan several times faster."""
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # end of a word
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char != ""
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy optional tail: the longest word wins ("menyampaikan harapan" over "menyampaikan").
    return f"(?:{body})?" if ends else body


# Characters Python's case-blind matching takes for a Latin letter besides its two cases: the
# Kelvin sign (K), dotted capital I, dotless i and long s.
_CASE_EXTRAS = "\u212aİıſ"


def word_pattern(words: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """re.compile(rf"\\b(?:{_alternation(words)})\\b", re.IGNORECASE), written so the engine scans
    for the words' first letters instead of trying the alternation at every character (a case-blind
    letter leaves it nothing to skip to): the Indonesian speech-verb scan takes 0.4 of the
    instructions, the root and "-nya" scans 0.7 (tests/extract/test_fast_paths.py compares them).

    It opens with the set of every character a first letter matches case-blind, then "no word
    character before it" (what the leading \\b means before a letter), then picks the words that
    start with that letter by a case-blind look-behind, in the alternation's order.
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        if not re.fullmatch(r"[a-zA-Z]", word[:1]):
            raise ValueError(f"{word!r}: only words opening with a Latin letter (see _CASE_EXTRAS)")
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    firsts = {case for char in trie for case in (char.lower(), char.upper())}
    firsts |= {extra for extra in _CASE_EXTRAS for char in trie if re.fullmatch(re.escape(char), extra, re.IGNORECASE)}
    branches = "|".join(f"(?<={re.escape(char)}){_trie_pattern(trie[char])}" for char in sorted(trie))
    first_set = "".join(re.escape(c) for c in sorted(firsts))
    return re.compile(rf"[{first_set}](?<!\w.)(?i:{branches})\b")


# eq=False: a lexicon is built once per language (lexicon() is cached), so identity is equality,
# and the caches keyed on it (parse_mention, _evidence_words) hash it by id instead of hashing
# every field each call, which rehashed the compiled trie patterns: 4% of extraction.
@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Everything language-specific the extractor needs."""

    lang: str
    verb_re: re.Pattern[str]  # speech verb after its subject ("mengatakan", "said")
    root_re: re.Pattern[str]  # bare verb before a speaker after a quote ("kata", "said")
    nya_re: re.Pattern[str]  # "-nya" cue standing for speaker + verb ("ujarnya")
    passive_re: re.Pattern[str]  # passive lead "Diungkapkan, ..."
    pronouns: frozenset[str]
    titles: frozenset[str]
    degrees: frozenset[str]
    roles: frozenset[str]
    institutions: frozenset[str]
    regions: frozenset[str]  # one-word places, casefolded
    places: frozenset[tuple[str, ...]]  # places of two words or more ("mahakam", "ulu"), casefolded
    place_ends: frozenset[str]  # their last words: a word not among them ends no such place
    discourse: frozenset[str]
    adverbs: frozenset[str]
    # Words that open a clause, never a mention: the discourse words and, in Indonesian, the
    # passive speech verbs ("Ditambahkan Plt Kepala Dinas X").
    clause_openers: frozenset[str]


def _place_key(name: str) -> tuple[str, ...]:
    return tuple(name.casefold().split())


def _one_word_places() -> frozenset[str]:
    """Kabupaten and kota of one word ("Sarolangun", "Gunungkidul"), but not those that are also a
    dictionary word ("Batu", "Puncak", "Metro"): alone those say nothing of a place."""
    return frozenset(
        key for name in place_names() if " " not in name and not is_dictionary_word(key := name.casefold())
    )


@cache
def common_word_places() -> frozenset[str]:
    """Kabupaten and kota of one word that are also a dictionary word, or read as one once an affix
    is taken off ("Lebak", "Badung", "Pemalang", "Batu"): a place only where an office's place
    stands, right after the office ("Bupati Lebak Hasan Basri")."""
    return frozenset(key for name in place_names() if " " not in name and is_dictionary_word(key := name.casefold()))


def _us_states(words: int) -> frozenset:
    """The states' names of one word (casefolded), or the keys of those of two or more."""
    names = state_names()
    if words == 1:
        return frozenset(name.casefold() for name in names if " " not in name)
    return frozenset(_place_key(name) for name in names if " " in name)


@cache
def places_abroad() -> frozenset[tuple[str, ...]]:
    """Keys of the places abroad of two words or more: cities (data/world_places.txt) and
    countries (text/data/countries.txt)."""
    names = (*word_list(_PACKAGE, "world_places.txt"), *word_list("quotetrack.text", "countries.txt"))
    return frozenset(key for key in map(_place_key, names) if len(key) >= 2)


@cache
def states_abroad() -> dict[tuple[str, ...], str]:
    """The casefolded words of a state or province of another federation as printed before a post
    ("nsw", "tamil nadu", "victorian") -> the region's name (data/states_abroad_en.tsv)."""
    pairs = (line.split("\t") for line in word_list(_PACKAGE, "states_abroad_en.tsv"))
    return {tuple(printed.casefold().split()): region for printed, region in pairs}


def _with_deputies(roles: frozenset[str]) -> frozenset[str]:
    """A minister's deputy is written "Wa" + the minister's short form: Menkeu -> Wamenkeu."""
    return roles | {deputy for role in roles if (deputy := deputy_short_form(role))}


# Heads of posts English copy of ports and ships prints in lower case ("the harbour master", "the
# harbourmaster"), and the ranks of a navy or a coast guard spelled out before a name ("Coast Guard
# spokesperson Commodore X", "Captain Y"): a person holds each.
POST_WORDS_EN = frozenset({"master", "harbourmaster", "harbormaster", "portmaster", "commodore", "captain"})


# Words that end an English body's name the list does not hold ("the Kupang Meteorology Station"):
# a name run past one is a post's body, then the person's name.
BODY_WORDS_EN = frozenset({"station"})


# Bare verbs that attribute a quote in English ("..., said Mr Smith"). Not "told": what follows
# it is who was told ('Carl Emmerson, from the IFS, told BBC News: "..."').
_EN_ROOTS = (
    *("said", "says", "say", "added", "asked", "continued", "explained", "insisted", "warned", "wrote"),
    *("claimed", "argued", "admitted", "noted", "stressed", "declared", "replied", "conceded", "predicted"),
)


def _progressive_tenses(verbs: tuple[str, ...]) -> tuple[str, ...]:
    """Each listed "is X" ("is urging") in every person and tense: are, was and were X too."""
    return tuple(
        form
        for verb in verbs
        for form in (
            [verb] if not verb.startswith("is ") else [f"{be} {verb[3:]}" for be in ("is", "are", "was", "were")]
        )
    )


# Indonesian words that, capitalised in English copy, are a person's name or a place's: the Sasak
# nobles' "Lalu" (Indonesian "then") before a name, the Karo clan and regency ("Andi Karo", "Karo
# Regent"; a Kepala Biro's short form in Indonesian copy), the surname "Hakim" ("Lukman Hakim";
# a judge in Indonesian copy, where English copy says "judge").
_NAME_WORDS_EN = frozenset({"lalu", "karo", "hakim"})


@cache
def lexicon(lang: str) -> Lexicon:
    """The lexicon for "id" or "en" (anything else gets Indonesian)."""
    roots = word_list(_PACKAGE, "speech_roots_id.txt")
    # A root listed in its "-nya" form ("ungkapnya") is its own cue; "tanya" is a root that
    # happens to end so ("tanyanya").
    nya = [r if r.endswith("nya") and len(r) > 5 else r + "nya" for r in roots]
    if lang == "en":
        verbs = _progressive_tenses(word_list(_PACKAGE, "speech_verbs_en.txt"))
        # Case-sensitive alternations open with their letters: the engine skips to them already.
        # ("Brackett-branded steaks": no verb inside a compound word)
        verb_re = re.compile(rf"\b(?<!-)(?:{_alternation(verbs)})\b")
        root_re = re.compile(rf"\b(?:{'|'.join(_EN_ROOTS)})\b")
        nya_re = re.compile(r"x(?<!x)")  # English has no such cue (the "x" lets a search skip ahead)
        passive_re = re.compile(r"(?!x)x")
        passive: tuple[str, ...] = ()
        pronouns = word_set(_PACKAGE, "pronouns_en.txt")
    else:
        verbs = word_list(_PACKAGE, "speech_verbs_id.txt")
        verb_re = word_pattern(verbs)
        root_re = word_pattern(roots)
        nya_re = word_pattern(nya)
        passive = word_list(_PACKAGE, "passive_verbs_id.txt")
        passive_re = re.compile(rf"(?:{_alternation(passive)})\b", re.IGNORECASE)
        pronouns = word_set(_PACKAGE, "pronouns_id.txt")
    return Lexicon(
        lang=lang,
        verb_re=verb_re,
        root_re=root_re,
        nya_re=nya_re,
        passive_re=passive_re,
        pronouns=pronouns,
        titles=word_set(_PACKAGE, "titles.txt"),
        degrees=word_set(_PACKAGE, "degrees.txt"),
        roles=_with_deputies(
            word_set(_PACKAGE, "roles.txt")
            | (word_set(_PACKAGE, "roles_en.txt") | POST_WORDS_EN if lang == "en" else set())
        )
        - (_NAME_WORDS_EN if lang == "en" else set()),
        # ("Tim", the Indonesian team, is an English given name: "Tim Cole" is a person; "Lalu", of
        # "Lalu Lintas", opens a Sasak noble's name: "Governor Lalu Muhammad Iqbal")
        institutions=(word_set(_PACKAGE, "institutions.txt") | (BODY_WORDS_EN if lang == "en" else set()))
        - (given_name_genders().keys() | _NAME_WORDS_EN if lang == "en" else set()),
        # (English copy names the states of the United States: "a rally in Dayton, Ohio")
        regions=word_set(_PACKAGE, "regions.txt") | _one_word_places() | (_us_states(1) if lang == "en" else set()),
        places=(
            places := frozenset(key for key in map(_place_key, place_names()) if len(key) >= 2)
            | places_abroad()
            | (_us_states(2) if lang == "en" else frozenset())
        ),
        place_ends=frozenset(key[-1] for key in places),
        # ("hal", Indonesian "matter", opens a clause; "Judge Hal Price" is a person)
        discourse=word_set(_PACKAGE, "discourse.txt")
        - (given_name_genders().keys() | _NAME_WORDS_EN if lang == "en" else set()),
        adverbs=word_set(_PACKAGE, "adverbs.txt"),
        clause_openers=(word_set(_PACKAGE, "discourse.txt") | {w.casefold() for w in passive})
        - (given_name_genders().keys() | _NAME_WORDS_EN if lang == "en" else set()),
    )


@cache
def given_name_genders() -> dict[str, str]:
    """Casefolded English given name -> "m" or "f" (data/given_names_en.tsv)."""
    pairs = (line.partition("\t") for line in word_list(_PACKAGE, "given_names_en.tsv"))
    return {name.casefold(): gender for name, _, gender in pairs}


@cache
def given_names_id() -> frozenset[str]:
    """Casefolded given-name words common in Indonesia (data/given_names_id.txt)."""
    return word_set(_PACKAGE, "given_names_id.txt")


@cache
def state_names() -> frozenset[str]:
    """The names of the states of the United States as printed ("Ohio", "New York")."""
    return frozenset(us_states().values())


def two_word_state_ends() -> str:
    """An alternation of the second words of the states of two words ("York|Jersey|...")."""
    return "|".join(sorted({name.split()[1] for name in state_names() if len(name.split()) == 2}))


@cache
def us_states() -> dict[str, str]:
    """A state's AP abbreviation or postal code, casefolded ("mass.", "ma", "w.va."), -> its name."""
    states: dict[str, str] = {}
    for line in word_list(_PACKAGE, "us_states.tsv"):
        name, abbreviation, postal = line.split("\t")
        states[abbreviation.casefold()] = states[postal.casefold()] = name
    return states
