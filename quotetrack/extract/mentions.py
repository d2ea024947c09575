"""Read a speaker mention as printed ("Pj.Bupati Subang, Dr. Drs. Imran, MA.Cd") into
name, role and region, with rules instead of an NER model (none runs offline for Indonesian).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from quotetrack.extract.around import (
    EN_POST_MODIFIERS,
    HONORIFICS_EN,
    KIN_EN,
    POSSESSIVES,
    RELATION_EN,
    held_post,
    is_portfolio_word,
    without_country_s,
)
from quotetrack.extract.possessive import council_place, possessive_post
from quotetrack.extract.posts_en import (
    MALAY_ADDRESS,
    NUMBERED_COMMISSION,
    glued_posts,
    unglued_post,
    village_head_before,
)
from quotetrack.extract.words import (
    Lexicon,
    common_word_places,
    given_name_genders,
    given_names_id,
    lexicon,
    places_abroad,
    state_names,
    states_abroad,
    two_word_state_ends,
    us_states,
)
from quotetrack.text.dates import WEEKDAYS
from quotetrack.text.lexicon import (
    BOUND_AFTER,
    LIST_AND,
    NAME_SHORT_FORMS,
    PLACE_OPENERS,
    is_past_post,
    is_unit_head,
    word_set,
)
from quotetrack.text.stem import is_confixed, is_dictionary_word

_NAME_TOKEN = re.compile(
    r"^(?=.*[a-zà-ÿ]$)[A-Z][a-zà-ÿ]*(?:['’\-][A-Za-zà-ÿ]+)*$|^[A-Z][a-z]?\.?$"
    rf"|^(?:{'|'.join(NAME_SHORT_FORMS)})\.$"  # "Moh. Mahfud": Muhammad, Abdul, Achmad
    r"|^(?:Mc|Mac|De|Di|La|Le|Van|Vande|Vander|Von|Du|Da)[A-Z][a-z]+$"  # "McAllister", "DeSantis", "VandeHei"
    r"|^[A-Z][a-z]+(?:Ann|Anne|Anna|Marie|Mae|Lee|Lynn|Lou|Beth|Ellen)$"
    r"|^(?:al|el|ul|bin|ibn)-[A-Z][a-zà-ÿ]+(?:['’\-][A-Za-zà-ÿ]+)*$"  # "Moqtada al-Sadr", "Abdel Fattah el-Sisi"
)
_STRIP = " \t,.;:!?-–—\"“”'‘’()[]"
_CONNECTORS = frozenset(
    {
        "of",
        "the",
        "for",
        "dari",
        "dan",
        "and",
        "di",
        "&",
        "untuk",
        "se",
        "at",
        "on",
        "in",
        "from",
        "to",
        "with",
        "by",
        "ke",
    }
)
_FROM = frozenset({"dari", "from"})
# English names the body a titled person works for after "of" or "at": "Analyst X of Y",
# "Economist X at the University of Z".
_OF_AT = frozenset({"of", "at"})
# What closes an epithet ("Ketum PKB ini", "Pengamat politik itu").
DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
_GOVERNING = frozenset(
    {"presiden", "wapres", "menteri", "menko", "gubernur", "wagub", "bupati", "wabup", "wali", "walikota", "camat"}
)
_PAIR = re.compile(r"[A-Z][a-z]+-[A-Z]")
_PORTFOLIO_LINKS = frozenset({"for", "on", "of"})
# Words that name a ministry's portfolio after "Minister for" / "of" ("Manpower", "Trade and
# Industry", "the Exchequer"): what follows them is the holder's name.
_PORTFOLIOS_EN = frozenset(
    {
        *("affairs", "agriculture", "arts", "communications", "community", "culture", "defence", "defense"),
        *("development", "digital", "economy", "education", "employment", "energy", "environment"),
        *("exchequer", "family", "finance", "fisheries", "foreign", "forestry", "health", "heritage", "home"),
        *("housing", "immigration", "industry", "information", "infrastructure", "innovation", "interior"),
        *("investment", "justice", "labour", "labor", "law", "manpower", "mines", "planning", "resources"),
        *("science", "security", "social", "sport", "sports", "state", "sustainability", "technology"),
        *("tourism", "trade", "transport", "treasury", "welfare", "women", "works", "youth"),
    }
)
_LOWER_POST_WORDS = 4  # "master of ceremonies"; a longer lower-case run before a name is a clause
_VENUE = frozenset({"di", "in"})  # (lower case: "DI Yogyakarta" is "Daerah Istimewa Yogyakarta")
# An official speaking through another: "Bupati Garut Y melalui Kepala Dinas Kominfo, X" (X spoke).
_THROUGH = frozenset({"melalui", "lewat", "via", "diwakili", "didampingi", "through"})
_SPOKEN_THROUGH = frozenset({"melalui", "lewat", "via"})  # (the one after it speaks for the one before)
# Lower-case nouns of a community: the capitalised word after them names it, not a person.
_GROUP_NOUNS = frozenset({"umat", "kaum", "suku", "bangsa", "etnis", "rakyat", "masyarakat", "agama"})
# Prepositions that open a phrase of where or when before the subject's comma.
_WHERE_OPENERS_EN = frozenset({"from", "at", "in", "on", "outside", "inside", "during", "after", "before", "despite"})
# Bodies whose own name follows them ("Universitas Sanata Dharma", "RSUD Kartini"): a name of one
# or two words that ends the mention is theirs.
NAMED_BODIES = frozenset(
    {"universitas", "institut", "sekolah", "rsud", "bandara", "stasiun", "hotel", "yayasan", "pesantren", "university"}
)
# ("D-San Antonio", "R-Los Angeles": a state legislator's city of two words)
_PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z]{1,12}\.?(?: [A-Z][a-z]{2,12})?")
# "Sen. Ben Sasse (R-Neb.)", "Rep. Emanuel Cleaver II (D-Mo.)": party and state after the name.
# A member's party, and state, in brackets after an American name: "(D-N.J.)", "(R)".
# ("(D-N.J.)", "(R)"; and a state legislator's party and county: "(R., Jefferson)", "(D., Philadelphia)")
# ("(D-New York)", "(R-South Carolina)": a state of two words, spelled out)
_PARTY_PLACE = (
    rf"(?:-[A-Z][A-Za-z.]{{1,14}}(?: (?:{two_word_state_ends()}))?"
    r"|\.,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2})"
)
PARTY_BRACKET = rf"\([DRI]{_PARTY_PLACE}?\)"
_BARE_PARTY = re.compile(r"\s*\([DRI]\)")
PARTY_STATE_BRACKET = re.compile(rf"\s*\([DRI]{_PARTY_PLACE}\)?")
_QUOTED_NICKNAME = re.compile(r"(?<=[\w.])\s['‘\"“][A-Z][\w-]{1,15}(?:\s[A-Z][\w-]{1,15})?['’\"”](?=\s[A-Z])")
_AGE = re.compile(r"\(\d{1,3}\)?")  # "(28)", or "(28" once the chunk is stripped
# "Hollinshead's": the possessive after a name's word; every match ends one of _POSSESSIVE_END_SHAPES.
_POSSESSIVE_END = re.compile(r"['’]s$")
_POSSESSIVE_END_SHAPES = ("'s", "’s", "'s\n", "’s\n")
# Lower-case words that open a chunk saying where or when ("di Gedung Pakuan", "saat ditemui").
_PLACE_OR_TIME_OPENERS = frozenset(
    {"di", "pada", "dalam", "saat", "ketika", "usai", "seusai", "setelah", "selepas", "sebelum", "at", "in", "on"}
)
_NUMBER_WORDS = frozenset({"no", "nomor", "nomer", "nos"})
_CLAUSE_LINKS = frozenset({"where", "when", "while", "as", "after", "before", "because", "although", "though"})
_RELATIVE = frozenset({"who", "which", "whose", "yang", "where"})
# Day and month names by the article's language: in Indonesian copy "Sunday" is a given name.
_WEEKDAYS_MONTHS = {
    "id": frozenset(
        {
            *("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"),
            *("januari", "februari", "maret", "mei", "juni", "juli", "agustus"),
            *("september", "oktober", "november", "desember"),
        }
    ),
    "en": frozenset(
        {
            *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            *("january", "february", "march", "june", "july", "august"),
            *("september", "october", "november", "december"),
        }
    ),
}
NAME_PARTICLES = frozenset(
    {"de", "van", "von", "der", "bin", "binti", "al", "el", "da", "ap", "ab", "ibn", "dos", "du", "del"}
    | {"br"}  # a Batak woman's clan after "boru": "Rosmauli br Sitepu"
)
# Second particles of an English-printed name, after "de", "van", "von": "de la Fuente",
# "van den Broek", "de los Santos".
_SECOND_PARTICLES_EN = frozenset({"la", "las", "los", "der", "den", "ter", "le"})
# Months that are also given names ("Raja Juli Antoni", "Agustus Sani").
_MONTHS = frozenset({"januari", "februari", "maret", "mei", "juni", "juli", "agustus", "oktober", "desember"})
_MAX_NAME_TOKENS = 4
# Roman numerals that number a unit ("I" is also a Balinese name's first word: left out).
_ROMAN = re.compile(r"(?!I$)(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
# A class of a unit: "Kelas I", "Kelas IIA", "Kelas IIIB".
_ROMAN_CLASS = re.compile(r"(?=[IV])(?:IV|V?I{1,3})[A-C]?")
EPITHET_WORDS = 10  # "pria yang akrab disapa Hendi itu": a description before a demonstrative
# "pria yang juga Ketua DPD ...": a description in lower case, then the post the person holds.
_DESCRIBED_BY_POST = re.compile(r"[a-z]+\s+yang\s+(?:juga|kini)\s+[A-Z]")
# Abbreviated offices English copy prints before a name ("Gov. Nathan Dorsey", "Sen.", "Lt. Gen."):
# posts, unlike the honorifics (Mr, Dr, Sir).
_EN_OFFICE_ABBREVIATIONS = frozenset(
    {"gov", "sen", "sens", "rep", "reps", "pres", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "atty", "supt"}
    | {"brig", "cmdr", "cdr"}
)
EN_EPITHET_WORDS = 5  # "the Lib Dem home affairs spokesman"
# A body's unnamed voice: "a Home Office spokeswoman", "A spokesman for the Treasury": the body
# speaks, through the post given. "One senior Labour source", "a Pentagon official" and, without a
# body, "a senior official" name nobody.
_SPOKESPERSON = r"spokes(?:man|woman|person)|press\s+officer"
_CAPITALISED = r"[A-Z][\w&.'’-]*"
_BODY_RUN = rf"{_CAPITALISED}(?:\s+(?:{_CAPITALISED}|of|for|and|the|on))*?"
_BODY_VOICE = re.compile(
    rf"(?:an?|the|one)\s+(?:(?:senior|former|chief|leading)\s+)?(?:(?P<before>{_BODY_RUN})\s+)?"
    rf"(?P<post>{_SPOKESPERSON}|press\s+secretary|source|official|insider|aide)"
    rf"(?:\s+(?:for|at|from|of|in)\s+(?:the\s+)?(?P<after>{_BODY_RUN}))?",
    re.IGNORECASE,
)
# A spokesperson of no body the words name ("A spokeswoman said", "its spokesman"): the body the
# sentence before speaks of, if any.
_BARE_VOICE = re.compile(
    r"(?:(?:[Bb]ut|[Aa]nd)\s+)?(?:[Aa]n?|[Ii]ts)\s+(?:(?:senior|chief|deputy|official)\s+)?"
    rf"(?P<post>{_SPOKESPERSON})"
)
_LOCATIVES_ID = frozenset({"di", "dari", "ke", "menuju"})
_ABOUT_ID = frozenset({"untuk", "soal", "terkait", "mengenai", "tentang", "perihal"})
_WHERE_EN = frozenset({"in", "at", "near", "outside", "inside"})
_BRACKETED = re.compile(r"\([^()]*(?:\)|$)")  # (a chunk may end before its closing bracket)
_ANONYMOUS_VOICES = frozenset({"source", "official", "insider", "aide"})
_VOICE_HEADS_EN = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "source", "aide", "insider"})
# Kinds of body an English article refers back to by a common noun: '"...," the ministry said'.
BODY_KINDS_EN = frozenset(
    {
        *("party", "government", "ministry", "department", "agency", "commission", "committee", "council"),
        *("company", "firm", "union", "campaign", "group", "organisation", "organization", "administration"),
        *("embassy", "authority", "board", "association", "federation", "coalition", "alliance", "charity"),
        *("regulator", "watchdog", "foundation", "institute", "bank", "court", "office", "league"),
    }
)
# A candidate's campaign: "The Brackett campaign", "Clinton's campaign", "Her campaign", "his team".
CAMPAIGN = (
    # ("Eleanor Ashford's campaign", "Mrs. Ashford's campaign": the surname names it; "Senator
    # Joan Pike's office", "Gov. Ned Lamar's office": a title and a given name before it)
    r"(?:(?P<pronoun>[Hh]is|[Hh]er)|(?:[Tt]he\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.?\s+|[A-Z][a-z]+\s+){0,2}"
    r"(?P<owner>[A-Z][\w'’-]+?)(?:['’]s|(?<=s)['’])?)\s+"
    r"(?:(?:presidential|election|re-election|reelection)\s+)?(?P<head>campaign|team|office)"
)
_CAMPAIGN = re.compile(CAMPAIGN)
# A kind of body after the capitalised words that name it: "the Obama administration", "the Labour party".
# ("the governor's office", "the prime minister's office": the office of a post's holder, a
# body of its own that speaks for the holder)
_NAMED_BODY_KIND = re.compile(
    r"(?:^|,\s+)(?i:the)\s+(?P<body>(?:(?:[A-Z][\w.'’-]*\s+){1,3}|"
    r"(?:governor|mayor|regent|president|(?:prime\s+)?minister|premier|senator|chancellor)['’]s\s+)"
    r"(?P<kind>[a-z]+))$"
)
# "the party", "the opposition party", "its campaign", "It": a body named before.
# (The modifiers are lower-case: "the Obama administration" is a body named, not a reference.)
# ("the UK's public spending watchdog", "Britain's biggest union": a country's body of that kind)
_BODY_REFERENCE = re.compile(
    r"(?:(?:(?i:the|its|this)\s+(?:[A-Z][\w.]*['’]s\s+)?|[A-Z][\w.]*['’]s\s+)"
    r"(?P<modifiers>(?:[a-z][\w-]*\s+){0,2}?)(?P<kind>[A-Za-z]+)|(?P<it>(?i:it)))"
)


# English participles that report what the sentence's subject said: "..., saying that ...".
PARTICIPLE_CUES = frozenset(
    {"saying", "noting", "claiming", "arguing", "insisting", "warning", "promising", "suggesting"}
    | {"stressing", "explaining", "adding", "declaring", "conceding", "acknowledging", "pledging", "vowing"}
    | {"telling"}  # (with whom it told: "..., telling MPs that borrowing would fall")
)
# Indonesian nouns for the people a story is about, capitalised when they open a sentence
# ("Tersangka mengakui perbuatannya"): never a person's name ("kata sopir itu" in lower case
# stays an epithet for the driver the article named).
UNNAMED_PEOPLE_ID = frozenset(
    {"tersangka", "pelaku", "korban", "saksi", "terdakwa", "terpidana", "terlapor", "pelapor", "pasien"}
    | {"warga", "petugas", "penumpang", "pengemudi", "sopir", "pengunjung", "pedagang", "siswa", "mahasiswa"}
)
# English party words that may stand before a member's name: "Lib Dem Norman Baker".
EN_PARTY_WORDS = frozenset(
    {"labour", "conservative", "tory", "lib", "dem", "liberal", "democrat", "democratic", "republican", "snp", "ukip"}
)


def _party_then_name(words: list[str], lex: Lexicon) -> bool:
    """ "Lib Dem Norman Baker": party words, then two or three words that name no body or post."""
    lead = 0
    while lead < len(words) and _key(words[lead]) in EN_PARTY_WORDS:
        lead += 1
    rest = words[lead:]
    return (
        lead > 0 and 2 <= len(rest) <= 3 and not any(_key(w) in lex.institutions or _key(w) in lex.roles for w in rest)
    )


def _possessed_place(owner: str) -> str | None:
    """The country, US state or state of another federation an English possessive names
    ("Wales' ", "Texas's ", "Kerala's "), None for a body's ("Oxfam's ")."""
    place = re.sub(r"(?:['’]s|['’])\s*$", "", owner.strip())
    key = place.casefold()
    if is_country(key) or place in state_names():
        return place
    return states_abroad().get(tuple(key.split()))


# A body's name in the possessive before a person's name: "Oxfam's Barbara Stocking".
# ("Wales' First Minister X": the possessive's apostrophe alone after an s)
_OWNER_FIRST = re.compile(r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?:['’]s|(?<=s)['’])\s+(?=[A-Z][a-z])")
# Plural subjects an English article leaves unnamed: "Sources said", "Officials say".
UNNAMED_SOURCES = frozenset(
    {
        *("sources", "officials", "aides", "critics", "analysts", "experts", "residents", "witnesses"),
        *("protesters", "campaigners", "activists", "investigators", "prosecutors", "observers", "diplomats"),
        *("insiders", "allies", "opponents", "supporters", "economists", "scientists", "researchers", "doctors"),
        *("demonstrators", "protestors", "voters", "locals", "parents", "teachers", "workers", "students"),
    }
)


# Words that stand for people a sentence counts without naming them: "Some accused him of ...",
# "Many believe ...", "Another notes ...".
_QUANTIFIERS_EN = frozenset(
    {"some", "many", "most", "several", "few", "another", "others", "both", "all", "each", "one", "none"}
    | {"everyone", "everybody", "someone", "somebody", "nobody", "anyone", "anybody"}
)
_UNNAMED_WORDS_EN = UNNAMED_SOURCES | _QUANTIFIERS_EN


def campaign_reference(text: str) -> ParsedMention | None:
    """A candidate's campaign speaking: 'The Brackett campaign', "Clinton's campaign" (a body named
    after its candidate), 'Her campaign', 'his team' (the candidate the pronoun stands for)."""
    match = _CAMPAIGN.fullmatch(text.strip())
    if match is None:
        return None
    if match.group("head") == "office":
        # ("Rubio's office said in a statement": the office of the official it names)
        # ("The Home Office", "the Foreign Office": a body's own name, no one's office)
        owned = match.group("owner") and re.search(r"(?:['’]s|s['’])\s+office$", match.group())
        if match.group("pronoun"):
            # "Her office said in a statement": the office of the official the pronoun stands for
            return ParsedMention(
                printed=match.group(), pronoun=True, body=f"{match.group('pronoun').casefold()} office"
            )
        return ParsedMention(printed=match.group(), org=f"{match.group('owner')}'s office") if owned else None
    if match.group("owner"):
        return ParsedMention(printed=match.group(), org=f"{match.group('owner')} campaign")
    return ParsedMention(printed=match.group(), pronoun=True, body=f"{match.group('pronoun').casefold()} campaign")


# People the article leaves unnamed, with lower-case words only: "a source", "another source",
# "police officials", "A senior defence official", "But opponents", "his spokesman". (Capitalised
# words name a body they speak for: "a Defra spokesman" is body_voice's.)
_UNNAMED_HEADS = frozenset(
    {"source", "sources", "officials", "official", "spokesman", "spokeswoman", "spokesperson", "aide", "aides"}
    | {"opponents", "critics", "analysts", "experts", "insiders", "allies", "supporters", "residents", "witnesses"}
    | {"observers", "diplomats", "campaigners", "activists", "lawmakers", "investigators", "prosecutors"}
    | {"police", "officers", "ministers", "parties", "unions", "charities", "councils", "groups"}
    | {"MPs", "senators", "legislators", "councillors", "councilors", "economists", "scientists"}
    | {"leaders", "backbenchers", "rebels", "members", "bosses", "chiefs", "protesters", "demonstrators"}
    | {"negotiators", "doctors", "teachers", "workers", "farmers", "parents", "families", "voters"}
)
_GROUP_WHERE = r"\s+(?:in|from|at)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_UNNAMED_GROUP = re.compile(
    r"(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?(?:(?P<determiner>[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]nother|[Oo]ne|[Tt]wo|"
    r"[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther|[Mm]any|[Mm]ost|[Tt]he)\s+)?"
    # (a body's many, named first: "Union leaders", "Teachers' leaders", "Labour backbenchers")
    r"(?:(?P<body>[A-Z][a-z][\w-]*(?:['’]s?)?)\s+(?=(?:[a-z][\w-]*\s+)?[a-z]\w*s\b))?"
    # (a party's or a chamber's: "Republican lawmakers", "Senate aides")
    r"(?:(?:[a-z][\w-]*|Republican|Democratic|Democrat|GOP|Labour|Tory|Conservative|Senate|House)\s+){0,3}?"
    rf"(?P<head>{'|'.join(sorted(_UNNAMED_HEADS, key=len, reverse=True))})"
    # (and where they are: "Republican lawmakers in Washington")
    rf"(?:{_GROUP_WHERE})?"
)
# A group's head, then where it is, ending the text: found before the whole pattern is tried.
_UNNAMED_WHERE = re.compile(rf"\b(?:{'|'.join(sorted(_UNNAMED_HEADS))}){_GROUP_WHERE}\s*$")
# What every _UNNAMED_WHERE match holds, tested first: its branches open with letters, which the
# engine scans for, where _UNNAMED_WHERE opens with \b and is tried at every character (7-13 us
# a subject, a third of that with the test).
_WHERE_WORD = re.compile(r"(?:in|from|at)\s+[A-Z]")


def _last_word(text: str) -> str:
    """The last word of `text` ("" for blank text): the head the subject tests below look up
    before trying their patterns (most subjects end in no such head)."""
    words = text.rsplit(None, 1)
    return words[-1] if words else ""


# People known by whom they are close to: "advisers to Mr. Obama", "an ally of the prime minister",
# "people close to Mr Brown". The one named is not the speaker.
_NAME_AFTER_COMMA = re.compile(r",\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+\s*$")
_CLOSE_TO_SOMEONE = re.compile(
    r"(?:(?:but|and|yet)\s+)?(?:(?:some|several|many|other|two|three|his|her|the)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<head>advis[eo]rs?|aides?|all(?:y|ies)|friends?|associates?|confidants?|supporters?|loyalists?|people|"
    r"those|sources)\s+(?:to|of|close\s+to|around|loyal\s+to)\s+\S"
    # ("two sources familiar with the matter", "people briefed on the talks")
    r"|(?:(?:but|and|yet)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:people|persons?|sources?|officials?|diplomats?)\s+"
    r"(?:familiar\s+with|briefed\s+on|with\s+knowledge\s+of|involved\s+in)\s+\S",
    re.IGNORECASE,
)


_NO_BODY_WORDS = frozenset({"in", "on", "at", "as", "if", "when", "while", "after", "before", "for", "with", "from"})


def unnamed_group(text: str) -> bool:
    """Whether `text` speaks of people the article does not name ("a source", "police officials",
    "advisers to Mr. Obama"); "the spokesman", "the official" refer back to someone it may have named."""
    if _CLOSE_TO_SOMEONE.match(text.strip()) and not _NAME_AFTER_COMMA.search(text):
        # ("Special Adviser to the President on Information, Bayo Onanuga": a post, then who holds it)
        return True
    if _last_word(text) not in _UNNAMED_HEADS and not (_WHERE_WORD.search(text) and _UNNAMED_WHERE.search(text)):
        return False
    match = _UNNAMED_GROUP.fullmatch(text.strip())
    if match is None:
        return False
    if (match.group("body") or "").casefold() in _NO_BODY_WORDS:
        return False  # "In a move ministers say ...": a clause's opening, not whose ministers
    determiner = (match.group("determiner") or "").casefold()
    return not (determiner == "the" and not match.group("head").endswith("s") and match.group("head") != "police")


# A document as the subject of a speech verb: "the report", "a new study", "its report", "The
# National Audit Office report", "the appeals court ruling". (Not a poll's, a survey's or an
# analysis's findings: what people answered is no one's statement.)
DOCUMENT_HEADS = frozenset(
    {"report", "study", "ruling", "judgment", "judgement", "letter", "statement", "document", "memo", "paper"}
    | {"petition", "brochure", "review", "audit", "assessment", "filing", "complaint", "lawsuit", "indictment"}
    | {"decision", "opinion", "verdict", "research", "guide"}
)
_DOCUMENT = re.compile(
    # ("University College London research claims ...": a body's name with no article before it)
    r"(?:(?P<owner>[Ii]ts|[Tt]heir)\s+|(?:[Tt]he|[Aa]n?|[Tt]his|[Oo]ne|[Aa]nother)\s+|(?=[A-Z][\w&'’.-]*\s+[A-Z]))"
    r"(?:(?P<body>(?:[A-Z][\w&'’.-]*\s+){1,5})|(?:[a-z][\w-]*\s+){0,2})"
    rf"(?P<head>{'|'.join(sorted(DOCUMENT_HEADS))})"
)


# A person described, not named or given a post: an epithet for someone the article names ("the
# veteran politician", "the Golkar politician": a member of a party named before).
_DESCRIBED_PERSON = re.compile(
    r"(?:[Tt]he)\s+(?:[\w'’.-]+\s+){0,3}?(?:businessman|businesswoman|billionaire|tycoon|mogul|magnate|"
    r"developer|first\s+lady|\d{2}-year-old|politician|real\s+estate\s+mogul)"
)


_DESCRIBED_HEADS = frozenset(
    {"businessman", "businesswoman", "billionaire", "tycoon", "mogul", "magnate", "developer", "lady", "politician"}
)


# One member of a party, as English copy refers back to a politician: "the Republican", "the Tory",
# with the state or nation the member serves: "the Texas Republican", "the New York Democrat".
PARTY_MEMBER = re.compile(
    r"(?i:the)\s+(?:[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?)?"
    r"(?:Republican|Democrat|Conservative|Tory|Lib\s+Dem|Liberal\s+Democrat)"
)


def described_person(text: str) -> bool:
    """Whether `text` describes a person with no name or post ("the New York businessman")."""
    last = _last_word(text)
    if last not in _DESCRIBED_HEADS and not last.endswith("-year-old"):
        return False
    return _DESCRIBED_PERSON.fullmatch(text.strip()) is not None


def document_source(text: str) -> ParsedMention | None:
    """The source a document subject gives: the body that issued it when its name opens the
    subject ("The National Audit Office report" -> National Audit Office), the body "its" refers
    to ("its report"), else no one (the statement is kept as the document's, unattributed)."""
    if _last_word(text) not in DOCUMENT_HEADS:
        return None
    match = _DOCUMENT.fullmatch(text.strip())
    if match is None:
        return None
    if match.group("owner"):
        return ParsedMention(printed=text, pronoun=True, body="it")
    body = (match.group("body") or "").strip()
    if body and not body.endswith(("'s", "’s")) and body.split()[-1].casefold() not in _DOCUMENT_ADJECTIVES:
        return ParsedMention(printed=text, org=body)
    return ParsedMention(printed=text)


# Capitalised words before a document that describe it, not a body: "a New Year statement".
_DOCUMENT_ADJECTIVES = frozenset({"new", "year", "annual", "final", "white", "green", "latest", "joint", "interim"})
# (and the day it was issued: "Obama's Thursday statement")
_DOCUMENT_ADJECTIVES |= frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def body_of_kind(text: str) -> ParsedMention | None:
    """A body named by capitalised words before its kind ("In 2015, the Obama administration",
    "the Labour party"), or None."""
    if " " not in text or _last_word(text) not in BODY_KINDS_EN:
        return None
    match = _NAMED_BODY_KIND.search(text)  # (its kind is that last word)
    if match is None:
        return None
    return ParsedMention(printed=text, org=match.group("body"))


def bare_voice(text: str) -> ParsedMention | None:
    """ "The Home Office declined to comment. A spokeswoman said ...": a spokesperson the words
    give no body for, speaking for the body the sentence before speaks of (see Registry._voice_of)."""
    voice = _BARE_VOICE.fullmatch(text.strip())
    if voice is None:
        return None
    return ParsedMention(printed=text, pronoun=True, body="voice", role=voice.group("post").casefold())


# Indonesian copy refers back to a body by its kind and a demonstrative: "Kementerian itu",
# "perusahaan tersebut", "lembaga ini" (the kind in lower case or opening the sentence).
BODY_KINDS_ID = frozenset(
    {
        *("kementerian", "dinas", "badan", "lembaga", "perusahaan", "komisi", "partai", "organisasi"),
        *("yayasan", "instansi", "kepolisian", "kejaksaan", "pengadilan", "bank", "universitas", "asosiasi"),
        *("serikat", "ormas", "pabrik", "maskapai", "emiten"),
    }
)
_BODY_EPITHET_ID = re.compile(r"(?P<kind>[A-Za-z]+)\s+(?:itu|tersebut|ini)")
_BODY_EPITHET_ENDS = ("itu", "tersebut", "ini")


def body_epithet_id(text: str) -> ParsedMention | None:
    """ "Kementerian itu", "Perusahaan tersebut": a reference back to a body of that kind."""
    text = text.strip()
    if not text.endswith(_BODY_EPITHET_ENDS):  # (every match ends so: most mentions skip the pattern)
        return None
    match = _BODY_EPITHET_ID.fullmatch(text)
    if match is None or (kind := match.group("kind").casefold()) not in BODY_KINDS_ID:
        return None
    return ParsedMention(printed=match.group(), pronoun=True, body=kind)


def body_reference(text: str) -> ParsedMention | None:
    """An English reference back to a body: 'the party', 'the ruling party', 'it'; a body named in
    full ('the Labour party', 'the Home Office') is no reference (its capitalised words name it)."""
    match = _BODY_REFERENCE.fullmatch(text.strip())
    if match is None:
        return None
    if match.group("it"):
        return ParsedMention(printed=match.group(), pronoun=True, body="it")
    kind = match.group("kind")
    if not kind.islower() or kind not in BODY_KINDS_EN:
        return None
    return ParsedMention(printed=match.group(), pronoun=True, body=kind)


# Heads of a document's or a finding's description ("Isi surat itu", "dokumen tersebut"): what it
# says is said by no person.
THING_HEADS = frozenset(
    {
        *("isi", "surat", "dokumen", "laporan", "data", "hasil", "putusan", "keputusan", "aturan"),
        *("peraturan", "kebijakan", "survei", "riset", "studi", "kajian", "video", "unggahan", "rilis"),
    }
)
# Fields of a post that the roles also hold as part of one ("kuasa hukum", "Kabid Humas").
_FIELD_WORDS = frozenset({"hukum", "humas"})
_MAX_FIELD_WORDS = 8  # words of one comma-separated part of a post that lists its fields
_MAX_OFFICE_CHUNK_WORDS = 12  # the part that holds the office word
# A coordinating minister is written with the portfolio's short form: "Menko Polhukam", "Menko PMK".
_PORTFOLIO_MARKERS = frozenset({"menko", "wamenko"})
# A word right after these says what kind of group it is, or begins the group's own name ("Ketua
# Kelompok Nelayan Jumawan", "Ketua Paguyuban Pasundan Agus"): never the first word of a name.
_GROUP_KIND_MARKERS = frozenset(
    {"kelompok", "paguyuban", "komunitas", "forum", "himpunan", "ikatan", "persatuan", "perkumpulan", "asosiasi"}
    | {"gabungan", "serikat", "koperasi", "gapoktan", "poktan"}
)
# Offices and bodies whose next word is their portfolio, even a group's kind ("Menteri Koperasi").
_UNIT_KINDS = frozenset(
    {"rs", "rsu", "rsia", "klinik", "puskesmas", "sma", "smp", "smk", "sd", "mts", "ponpes", "pondok", "hotel"}
)
_PORTFOLIO_HOLDERS = frozenset({"menteri", "wamen", "kementerian", "dinas", "deputi", "bidang", "urusan"})
# The words after which, in Indonesian copy, the next word is never a name's first.
# ("Komisioner KPU Kota Bekasi Divisi Teknis Ahmad Suherman": the word after "Divisi" is the division's)
_NAMES_NO_ONE_AFTER_ID = _PORTFOLIO_MARKERS | _GROUP_KIND_MARKERS | {"divisi"}
# A word right after these names the place ("Warga Desa Sukamaju Ujang", "Kota Bogor Raka Satria").
_PLACE_MARKERS = frozenset(
    {
        "desa",
        "dusun",
        "kampung",
        "kelurahan",
        "kecamatan",
        "kabupaten",
        "kab",
        "kab.",
        "kota",
        "provinsi",
        "prov",
        "nagari",
        "gampong",
        "pemkab",
        "pemkot",
        "pemprov",
        "kampus",
        "pt",  # "PT Pertamina": the company's name
        "partai",  # "Partai Hanura": the party's name
        "warga",  # "Budi, warga Grogol": where the person lives
    }
)
# A firm's or an agency's branch, named by its town after the word ("Bulog Cabang Kendari", "PLN
# Rayon Tuban", "PLN Area Madiun"): never a person's name word.
_BRANCH_WORDS = frozenset({"cabang", "rayon", "area"})
# What follows these is the nickname the article gives, not part of the mention's name.
_NICKNAME_CLAUSE = re.compile(
    r"\s*,?\s*(?:atau\s+)?(?:yang\s+)?(?:akrab\s+|biasa\s+|kerap\s+|sering\s+)?(?:disapa|dipanggil)\s.*$"
    r"|\s+(?:alias|a\.k\.a\.?)\s.*$|\s+atau\s+(?:yang\s+)?(?:lebih\s+)?dikenal\s.*$|,?\s+(?:better\s+)?known\s+as\s.*$",
    re.IGNORECASE,
)
# Every match of _NICKNAME_CLAUSE holds one of these words (in any case).
_NICKNAME_CLAUSE_WORDS = ("disapa", "dipanggil", "alias", "a.k.a", "dikenal", "known")


def _without_nickname_clause(printed: str) -> str:
    """_NICKNAME_CLAUSE.sub("", printed), tried only when one of its words is there: the pattern
    opens with \\s*,?\\s* and is tried at every character (20 us a mention, the words' test under
    1 us; a tenth of parse_mention at first sight). Text that is not ASCII (a curly apostrophe, in
    most English mentions) is lowered after the letters the pattern's case-blind match reads as
    its words' and str.lower does not fold to them ("İ" lowers to two characters, "ı" and "ſ"
    are matched as "i" and "s"; "K" lowers to "k" as it is)."""
    folded = printed.lower() if printed.isascii() else printed.translate(_FOLDED_AS_ASCII).lower()
    if not any(map(folded.__contains__, _NICKNAME_CLAUSE_WORDS)):
        return printed
    return _NICKNAME_CLAUSE.sub("", printed)


_FOLDED_AS_ASCII = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


# The words of address that open the name a person goes by ("Gus Ipul", "Kang Emil", "Mbah Min",
# "Bli Komang", "Uni Rina", "Teh Ninih": Javanese, Sundanese, Minang and Balinese ones too).
NICK_ADDRESS = r"(?:Gus|Kang|Cak|Bang|Mas|Mbak|Mbah|Abah|Pak|Bu|Daeng|Uda|Uni|Bung|Bli|Teh)"
# A short form or a nickname in brackets after a name, closed or not: "Joko Wiranggono (Jowir)",
# "Sukirman (Kang Man)", "Agus Harimurti Yudhoyono (AHY" (where a cue's search stopped at the bracket).
TRAILING_SHORT_FORM = re.compile(rf"(?<=[a-z])\s*\(((?:{NICK_ADDRESS}[ \t]+)?[A-Z][\w.-]{{1,15}})\)?$")
# The name a person goes by: one word, after a word of address or not ("Gus Ipul", "Ahok"); after
# "atau" it ends a mention ("Mensos Saifullah Yusuf atau Gus Ipul").
GOES_BY = rf"(?:{NICK_ADDRESS}[ \t]+)?[A-Z][\w’'-]+"
_OR_NICKNAME_END = re.compile(rf"(?<=[a-z])\s+atau\s+{GOES_BY}$")
_EN_TITLED_POSTS = frozenset({"mayor", "gov", "sen", "rep", "governor", "senator"})
# British offices whose names open with "Lord" (the Lord Chancellor, Lord Chief Justice, Lord
# Speaker, Lord President of the Council, Lord Mayor, Lord Advocate, Lord Provost).
_LORD_POSTS = frozenset({"chancellor", "chief", "speaker", "president", "mayor", "advocate", "provost"})
# An appositive after the name that gives the post: "David Framley, director general of the X".
_APPOSITIVE_OPENERS = frozenset({"the", "a", "an"})
# Initials inside or after a name: "Teguh P Wicaksono", "Bambang PS Wirjosoemarto", "Munir MS".
_INITIALS_NAME = re.compile(r"[A-Z]{2,4}")
_INITIALS = re.compile(r"^(?:[A-Z]\.?){1,3}$")
# Balinese names open with "I" (men) or "Ni" (women) before a birth-order name: "I Wayan Sutarja".
_BALINESE_PREFIX = frozenset({"i", "ni"})
# Words that open a name and never end a post or a body's name: a name of five words may start
# with one of them.
_NAME_OPENERS = frozenset(
    {"dwi", "tri", "sri", "siti", "nur", "muhammad", "mohammad", "muhamad", "ahmad", "achmad", "abdul", "tjokorda"}
    # (the Bugis, Acehnese and Bantenese nobles' first words: "Bupati X Andi Muhammad Rizal Fahmi Saputra")
    | {"andi", "teuku", "tengku", "tubagus", "mochammad", "mohamad"}
)
_BALINESE_ORDER = frozenset(
    {"wayan", "made", "nyoman", "ketut", "putu", "gede", "gde", "kadek", "komang", "nengah", "luh", "gusti"}
)
# The titles of Sasak (Lombok) nobility, printed as the first word of the name: "Lalu" for a man,
# "Baiq" for a woman. Capitalised after a post ("... DPR RI Lalu Hadrian Irfani"), never the
# adverb "lalu" (then).
_SASAK_TITLES = frozenset({"Lalu", "Baiq"})
# Balinese birth-order names, and the caste titles and words that may come before them inside a
# name ("Ida Bagus Made", "Ni Ketut", "Dewa Nyoman"): after any other word they open the name
# ("Kepala Taman Margasatwa Ragunan Ketut Wirasana").
_BIRTH_ORDER = _BALINESE_ORDER - {"gede", "gde", "luh", "gusti"}
_BALINESE_BEFORE_ORDER = (
    _BALINESE_PREFIX
    | _BALINESE_ORDER
    | {
        "anak",
        "agung",
        "ida",
        "bagus",
        "ayu",
        "dewa",
        "desak",
        "cokorda",
        "tjokorda",
        "ngurah",
        "sang",
        "jero",
    }
)
# "And associates" after a name: "Ade Kuswara Cs", "Eddy dkk".
_AND_OTHERS = frozenset({"cs", "dkk"})
# The posts "Jenderal" completes ("Direktur Jenderal", "Konsul Jenderal"); after another post it is a rank.
_POSTS_OF_GENERAL = frozenset({"direktur", "sekretaris", "konsul", "gubernur", "auditor", "wakil"})
# Spelled-out police and military ranks end in these words ("Komisaris Besar", "Inspektur
# Jenderal", "Marsekal Muda"): after a rank head they belong to the rank, never to the name.
_RANK_HEADS = frozenset(
    {
        "komisaris",
        "ajun",
        "inspektur",
        "brigadir",
        "mayor",
        "letnan",
        "marsekal",
        "laksamana",
        "jenderal",
        "jendral",  # (as often misspelled)
        "kolonel",
        "ajudan",
        "kapten",
        "kombes",
        "akbp",
        "irjen",
        "brigjen",
        "komjen",
        # (the short forms of the officers' ranks: "Kepala BNPB Letjen TNI X")
        *("letjen", "mayjen", "letkol", "laksdya", "laksda", "laksma", "marsdya", "marsda", "marsma"),
        *("kompol", "akp", "iptu", "ipda"),
    }
)
# Police and military units: a rank word after them is the person's rank ("Wakil Kepala Polres
# Tangerang Selatan Komisaris X"), never a post of the unit.
_ARMED_BODIES = frozenset(
    {
        *("polri", "polda", "polres", "polresta", "polrestabes", "polsek", "kepolisian", "brimob", "satlantas"),
        *("tni", "kodam", "korem", "kodim", "koramil", "lantamal", "lanud", "kopassus", "kostrad", "marinir"),
    }
)
# (and the marines' corps after a rank: "Letkol Marinir X", "Kolonel Marinir X")
_RANK_TAILS = frozenset(
    {"besar", "jenderal", "jendral", "muda", "madya", "pertama", "polisi", "satu", "dua", "kolonel", "tni", "pol"}
    | {"marinir"}
)
_PLACE_WORDS = 4  # the longest place name, in words ("Kabupaten Administrasi Kepulauan Seribu" aside)
_COMPASS = frozenset({"utara", "selatan", "barat", "timur", "tengah", "tenggara", "laut", "daya"})
_COMPASS_EN = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"})
# Second words of regencies named after a province or a river ("Aceh Besar", "Aceh Tamiang",
# "Musi Banyuasin" aside): after a place they end the place, never open a name.
_REGION_TAILS = frozenset({"besar", "jaya", "raya", "kepulauan", "hulu", "hilir", "ilir", "ulu", "kidul", "datar"})
_PLACE_ENDS = _COMPASS | _REGION_TAILS
# Words that end a district's or a ward's name ("Kebayoran Baru", "Kota Lama", "Bukit Tengah",
# "Pasar Kecil"), never a person's name.
_LOCAL_PLACE_TAILS = frozenset({"baru", "lama", "tengah", "besar", "kecil", "atas", "bawah", "dalam", "luar"})
# Words a district's or a village's name of two or three words ends with ("Batang Hari Hilir", "Wamena Kota").
_LOCAL_PLACE_ENDS = _LOCAL_PLACE_TAILS | _COMPASS | (_REGION_TAILS - {"jaya", "raya"}) | {"kota"}  # (names end "Jaya")
# Words of respect for a cleric or an elder printed before a full name; before one word they make
# the name the person goes by ("Romo Benny", "Buya Hamka", "Gus Ipul"), which stays whole.
RESPECT_WORDS = frozenset({"romo", "kiai", "kyai", "ustaz", "ustadz", "buya", "abah", "gus", "kang", "cak"})
# Words of address printed before a name ("Mas Bayu Aji", "Pak Ujang", "Daeng Manye").
ADDRESS_WORDS = RESPECT_WORDS | {
    "mas",
    "mbak",
    "pak",
    "bapak",
    "bu",
    "ibu",
    "bang",
    "opung",
    "uda",
    "uni",
    "daeng",
    "bung",
}
# The quarters of a district or village's name ("Tarogong Kidul", "Jetis Lor", "Cipayung Utara",
# the Sundanese north "Cibeunying Kaler"): no word a personal name opens with, before two words
# of a name.
_QUARTERS = (_COMPASS - {"laut", "daya"}) | {"kidul", "lor", "wetan", "kulon", "kaler"}
# Offices whose place follows them, where a regency's name that is also a common word ("Bupati
# Lebak", "Wali Kota Batu", "Kapolres Badung") is the place, not a name.
_REGIONAL_OFFICES = frozenset(
    {"bupati", "wabup", "gubernur", "kota", "walkot", "kapolres", "kapolresta", "dandim", "kajari", "sekda"}
    | {"pemkab", "pemkot", "kabupaten"}
)
# Heads of a district, village or local unit, whose place follows them and is seldom one the
# lexicon knows ("Camat Cibeber Asep Saepudin", "Lurah Sukamaju Dedi Kurnia"), with the regional
# names of such heads and units: Yogyakarta's "Panewu" and "Kalurahan", Bali's "Perbekel", Aceh's
# "Geuchik", Papua's "Distrik", Central Kalimantan's customary "Damang".
LOCAL_HEADS = frozenset(
    {"camat", "lurah", "kades", "kapolsek", "danramil", "sekdes", "sekcam"}
    | {"panewu", "kalurahan", "perbekel", "geuchik", "keuchik", "distrik", "damang"}
)
# Units that print their place right after them, under the word of their head ("Lurah Kalurahan X",
# "Kepala Distrik X"): no one's name follows the unit's word.
_UNIT_WORDS = frozenset({"kalurahan", "distrik"})
_UNIT_HEADS = frozenset({"lurah", "kepala", "sekretaris", "carik"})
# Words of a ministry or a minister, after which "Desa" is a portfolio ("Kementerian Desa", "Menteri Desa").
_MINISTRY_WORDS = frozenset({"kementerian", "menteri", "kemendes", "wamendes"})
# Regional bodies by their short forms, whose place is printed right after them ("Polres Sukamaju",
# "Kejari Mekarwangi", "Kodim Cibeber"), the lexicon knowing few such places.
_REGIONAL_BODIES = frozenset(
    {"polres", "polresta", "polrestabes", "polsek", "kejari", "kejati", "kodim", "korem", "koramil"}
    | {"dprd", "kpu", "kpud", "bawaslu", "bpbd", "pemkab", "pemkot", "pemprov"}
)
# A district's or a village's own bodies, whose place is printed after them the same way ("Ketua
# Panwascam Sukmajaya Dian Novita", "Ketua PPK Cibeber Asep", "Kepala KUA Tapos Ahmad").
_LOCAL_BODIES = frozenset({"panwascam", "ppk", "pps", "kua", "koramil", "polsek", "puskesmas"})
# Words that make a place of the word next to them ("Jawa Barat", "Kota Solo").
_PLACE_PARTS = frozenset(
    {
        "barat",
        "timur",
        "tengah",
        "selatan",
        "utara",
        "kota",
        "kabupaten",
        "provinsi",
        "nusa",
        "jawa",
        "sumatera",
        "kalimantan",
        "sulawesi",
        "dki",
        "raya",
    }
)


@dataclass(frozen=True, slots=True)
class ParsedMention:
    """A speaker mention split into its parts; exactly one of name/pronoun/org/role-only holds
    (a pronoun may carry the post of an epithet: "Ketum PKB ini")."""

    printed: str
    name: str | None = None
    role: str | None = None
    region: str | None = None
    pronoun: bool = False
    org: str | None = None
    # A body the article refers to by its kind ("the party", "the ministry") or as "it": the
    # kind's noun, or "it"; the body it named last speaks.
    body: str | None = None


# A mention's parse asks for the same few words' keys hundreds of times an article (850 calls, 60
# words): a hit costs half of stripping and folding again. Bounded, so a first sight starts empty.
@lru_cache(maxsize=4096)
def _key(token: str) -> str:
    return token.strip(_STRIP).casefold()


def is_degree(token: str, lex: Lexicon) -> bool:
    """A degree or post-nominal letters written after a name ("S.H.", "MT", "M.Si")."""
    return token.replace(".", "").replace(",", "").casefold() in lex.degrees


def _names_a_town(chunk: str) -> bool:
    """Whether a chunk ends with where something is: "... di Yokohama", "... in Lagos"."""
    words = chunk.split()
    return len(words) > 1 and _key(words[-2]) in _TOWN_BEFORE


_TOWN_BEFORE = _LOCATIVES_ID | {"in", "at"}
_VEHICLES_ID = frozenset({"kapal", "pesawat", "kereta", "helikopter", "km", "kri", "mv"})


def _names_the_ticket_s_body(before: list[str], lex: Lexicon) -> bool:
    """Whether the words before a ticket's names name a body of it ("Tim Pemenangan Nasional
    (TPN)", "TPN", "Relawan"): a body's word or a short form first, and no post's word."""
    words = [w.strip("(),") for w in before]
    return (
        bool(words)
        and (_key(words[0]) in lex.institutions or (words[0].isupper() and len(words[0]) >= 2))
        and not any(_key(w) in lex.roles for w in words)
    )


def _without_nya(word: str, lex: Lexicon) -> str:
    """A capitalised post word with the possessive "-nya" ("Umumnya", "Direkturnya") without it."""
    if len(word) > 5 and word.endswith("nya") and word[:1].isupper():
        stem = word[:-3]
        if stem.casefold() in lex.roles or stem.casefold() in _POST_WORDS_AFTER_HEAD:
            return stem
    return word


# Words that go on a post after its head ("Ketua Umum", "Sekretaris Jenderal").
_POST_WORDS_AFTER_HEAD = frozenset({"umum", "jenderal", "utama", "harian", "pelaksana"})


def is_lone_title(mention: ParsedMention, lex: Lexicon) -> bool:
    """Whether `mention` is a title printed alone as a name ("kata Habib"): whose short name it
    is, if anyone's, the article must say."""
    return mention.name is not None and mention.name == mention.printed and mention.name.casefold() in lex.titles


def _is_title(token: str, lex: Lexicon) -> bool:
    key = token.strip(",;:").casefold()
    return key in lex.titles or key.rstrip(".") in lex.titles


def _particle_run(tokens: list[str], start: int, lex: Lexicon) -> int:
    """How many particles end `tokens[:start]` when they open a name's last word ("de la", "van
    der"), counted only when a name's word or a courtesy title stands before them ("Ms de la
    Fuente"); 0 when none."""
    at = start
    while at > 0 and tokens[at - 1] in _SECOND_PARTICLES_EN:
        at -= 1
    if at == start or at == 0 or tokens[at - 1] not in NAME_PARTICLES:
        return 0
    at -= 1
    if at == 0 or not (_is_name_token(tokens[at - 1], lex) or _key(tokens[at - 1]) in _COURTESY_TITLES_EN):
        return 0
    return start - at


# Letters of Latin-script names that no accent decomposes from a base letter ("Łukasz", "Yılmaz").
_UNDECOMPOSED = str.maketrans("ŁłıØøĐđĦħ", "LliOoDdHh")


def _base_letters(word: str) -> str:
    """A word with its letters' accents taken off, for the shape of a name: "Élodie" -> "Elodie",
    "Ó" -> "O", "Dvořák" -> "Dvorak" (a capital with an accent opens a name as a plain one does)."""
    if word.isascii():
        return word
    split = unicodedata.normalize("NFD", word.translate(_UNDECOMPOSED))
    return "".join(c for c in split if not unicodedata.combining(c))


# Pure, and a name's words come back in every mention of the person (a third of the calls at
# first sight): bounded, so nothing grows past an ingest's working set.
@lru_cache(maxsize=8192)
def _is_name_token(token: str, lex: Lexicon) -> bool:
    word = token.strip(",;:")
    if word.endswith(_POSSESSIVE_END_SHAPES):
        word = _POSSESSIVE_END.sub("", word)  # "Hollinshead's"
    if not _NAME_TOKEN.match(_base_letters(word)):
        return False
    key = word.casefold().rstrip(".")
    if _is_title(word, lex):  # "H." (haji) is a title, "M." an initial
        return False
    if len(key) == 1:
        return word.endswith(".")
    if key in _NUMBER_WORDS:
        return False  # "Kepmen ESDM No. 62": a number's abbreviation, never a name
    if key.startswith("kemen") or is_unit_head(key):
        return False  # a ministry's short form (Kemenhub, Kemenperin) or a unit head's (Kadishub)
    return not (
        key in lex.roles
        or key in lex.institutions
        or key in lex.discourse
        or key in lex.pronouns
        or key.replace("'", "").replace("’", "") in _WEEKDAYS_MONTHS.get(lex.lang, _WEEKDAYS_MONTHS["id"])
        or _is_title(word, lex)
        or (lex.lang == "id" and is_confixed(key))  # "Keadilan", "Penanggulangan": a body's words
    )


def _keeps_title(tokens: list[str], at: int, lex: Lexicon) -> bool:
    """Whether a title word in front of a name is part of the post instead: English "Mayor",
    "Gov." (in Indonesian copy "Mayor" is a rank) and "Ibu" of "Ibu Kota" (the capital)."""
    key = _key(tokens[at])
    if lex.lang == "en" and key in _EN_TITLED_POSTS:
        # "Rep. X" is the post; after another post ("panel Chairman Rep. X") it is a title.
        # ("Deputy Mayor X", "Lt. Gov. X": the deputy's post)
        return not any(_key(t) in lex.roles for t in tokens[:at] if _key(t) not in _DEPUTY_POST_WORDS)
    if lex.lang == "en" and key == "lt" and at + 1 < len(tokens) and _key(tokens[at + 1]) in {"gov", "governor"}:
        return True  # "Lt. Gov. Dan Patrick": the lieutenant governor, not a rank
    if lex.lang == "en" and key == "lord" and at + 1 < len(tokens) and _key(tokens[at + 1]) in _LORD_POSTS:
        return True  # "Lord Chancellor Lord Jones", "Lord Mayor X": an office's name, not the peer's title
    if lex.lang == "id" and at > 0 and tokens[at - 1][:1].isupper() and _key(tokens[at - 1]) in PLACE_OPENERS:
        return True  # "Lurah Tanjung Mas", "Camat Labuhan Haji": a place's second word, not a title
    if key == "jenderal" and at > 0 and _key(tokens[at - 1]) not in _RANK_HEADS:
        # "Direktur Jenderal Pajak", "Sekretaris Jenderal": a post, not a rank; after any other
        # post ("Kapolri Jenderal Listyo ...", "KSAD Jenderal ...") the general's rank
        return _key(tokens[at - 1]) in _POSTS_OF_GENERAL or _key(tokens[at - 1]) not in lex.roles
    if key == "laut" and not (at > 0 and _is_title(tokens[at - 1], lex)):
        return True  # "Kolonel Laut": the navy's rank; "Perhubungan Laut", "Penjagaan Laut": a post's words
    if key in _HAJJ:
        # "Kepala UPT Asrama Haji Kota Medan", "Kepala Kantor Urusan Haji": the pilgrimage a
        # body serves; as a title it stands right before the name, other titles aside
        following = [t for t in tokens[at + 1 :] if not _is_title(t, lex)]
        return bool(following) or (at > 0 and _key(tokens[at - 1]) in _HAJJ_BODIES)
    return key == "ibu" and at + 1 < len(tokens) and _key(tokens[at + 1]) == "kota"


_HAJJ = frozenset({"haji", "hajjah", "hajah"})
_HAJJ_BODIES = frozenset({"asrama", "embarkasi", "debarkasi", "urusan", "penyelenggaraan", "keuangan", "ibadah"})


# Linking words a post never ends with (and "asal": "Anggota DPD RI asal Jawa Timur", where the
# member is from is the place, not the post).
_ROLE_TAIL_LINKS = _CONNECTORS | {"asal"}


def _strip_role(text: str) -> str:
    """Strip punctuation around a role, but keep the bracket that closes a short form, and a
    linking word left at its end ("Pimpinan Program FZS untuk", "Kepala Dinas di")."""
    stripped = text.strip(_STRIP)
    words = stripped.split()
    if len(words) > 1 and words[-1] in _ROLE_TAIL_LINKS:
        while len(words) > 1 and words[-1] in _ROLE_TAIL_LINKS:
            words.pop()
        stripped = " ".join(words).strip(_STRIP)
    if stripped.count("(") > stripped.count(")") and re.search(r"\([\w.-]{1,12}$", stripped):
        stripped += ")"  # "Tim Pemenangan Budi-Andi (BA" once its comma is cut: the short form's bracket
    return stripped


# A body "led by" the name after it: the post that name holds in it.
CHAIRED_BY = {"diketuai": "Ketua", "dipimpin": "Pimpinan"}


def _split_role_region(tokens: list[str], lex: Lexicon) -> tuple[str | None, str | None]:
    """Tokens printed before the name -> (role, region), both as printed."""
    return _role_region_of(tuple(tokens), lex)


# Pure, and half the calls at first sight read words read before (the same post before each of
# a person's mentions, and each chunk of a mention tried in turn).
@lru_cache(maxsize=4096)
def _role_region_of(words: tuple[str, ...], lex: Lexicon) -> tuple[str | None, str | None]:
    return _read_role_region(list(words), lex)


def _read_role_region(tokens: list[str], lex: Lexicon) -> tuple[str | None, str | None]:
    if lex.lang == "id" and tokens and tokens[-1].startswith("(") and _is_title(tokens[-1].strip("(),"), lex):
        tokens = tokens[:-1]  # "Brigadir Jenderal (Mar) Rasman": the rank's corps, after the rank
    tokens = tokens[: _rank_start(tokens)]
    if lex.lang == "en":
        tokens = tokens[: _english_rank_start(tokens)]
    if lex.lang == "id" and len(tokens) >= 3 and _key(tokens[-2]) == "yang" and _key(tokens[-1]) in CHAIRED_BY:
        # "Majelis hakim yang diketuai X": X chairs the bench, "Ketua Majelis hakim"
        tokens = [CHAIRED_BY[_key(tokens[-1])], *tokens[:-2]]
    if lex.lang == "id" and any(_key(t) in _SPOKEN_THROUGH for t in tokens):
        # "Bupati X Om Zein melalui Kepala Badan Kepegawaian Daerah Y, Rudi": the post next to the
        # name, the one who spoke for the official before "melalui"
        through = max(
            (
                k + 1
                for k, t in enumerate(tokens[:-1])
                if _key(t) in _SPOKEN_THROUGH and _key(tokens[k + 1]) in lex.roles
            ),
            default=0,
        )
        tokens = tokens[through:]
    if lex.lang == "id" and len(tokens) > 2 and _key(tokens[0]) == "salah" and _key(tokens[1]) in ("satu", "seorang"):
        tokens = tokens[2:]  # "Salah satu siswa baru, X": one of them, the description is hers
    elif lex.lang == "id" and len(tokens) > 1 and _key(tokens[0]) == "seorang":
        tokens = tokens[1:]  # "Seorang guru SDN 2 X": one of them
    while lex.lang == "id" and len(tokens) >= 2 and _key(tokens[0]) in _ACTS_OF_ID and _key(tokens[1]) in lex.roles:
        tokens = tokens[1:]  # "Keputusan Presiden Prasetyo Subagyo": the president's decision, his post
    if lex.lang == "id" and tokens and all(_key(t) in _RANK_HEADS | _RANK_TAILS or _is_title(t, lex) for t in tokens):
        return None, None  # "..., Letjen TNI Doni Mardiyanto": a rank, no post (the post is the chunk before)
    both = max((k for k, t in enumerate(tokens) if _key(t) == "sekaligus"), default=0)
    if both and any(_key(t) in lex.roles for t in tokens[both + 1 :]):
        if not any(_key(t) in _GOVERNING for t in tokens[:both]):
            # "Pengamat politik sekaligus Direktur Eksekutif X": the post by the name
            tokens = tokens[both + 1 :]
        elif (office := _split_role_region(tokens[:both], lex))[0] is not None:
            # but a "Wali Kota (Bogor) sekaligus Ketua Satgas Covid-19 (Kota Bogor)" holds the
            # office first: its post, its place or the task force's
            return office[0], office[1] or _split_role_region(tokens[both + 1 :], lex)[1]
    if lex.lang == "en":
        # "Tory co-chairman Liam Fox was speaking after Mr Blair": the post is the run right
        # before the name, capitalised words and the lower-case words of posts only.
        stopwords = word_set("quotetrack.text", "stopwords_en.txt")
        at = len(tokens)
        while at > 0:
            key = _key(tokens[at - 1])
            # "Public accounts committee chairman": lower-case words of a portfolio, right before a
            # post printed in lower case (or before more of them).
            lower_portfolio = (
                at < len(tokens)
                and tokens[at][:1].islower()
                and (_key(tokens[at]) in lex.roles or is_portfolio_word(tokens[at]))
                and is_portfolio_word(key)
                and key not in stopwords
            )
            if (
                tokens[at - 1][:1].isupper()
                or key in lex.roles
                or key in _CONNECTORS
                or key in EN_POST_MODIFIERS
                or ("-" in key and all(part in EN_POST_MODIFIERS for part in key.split("-")))  # "vice-presidential"
                or is_past_post([key])  # "former Foreign Secretary", "ex-Foreign Secretary": not held now
                or lower_portfolio
                or (key == "lady" and at >= 2 and _key(tokens[at - 2]) == "first")  # "Former first lady X"
                # ("Head of the National Disaster Mitigation Agency (BNPB) X": the body's short form)
                or (tokens[at - 1].startswith("(") and tokens[at - 1].strip("(),")[:1].isupper())
            ):
                at -= 1
                continue
            # "spokeswoman for women": a portfolio in lower case after the post and its "for"; "the
            # chairman of the election commission": a body in lower case, a word or two before its head
            reach = 7 if key in lex.institutions else 4
            portfolio = next(
                (
                    m
                    for m in range(at - 2, max(0, at - reach), -1)
                    if tokens[m] in _PORTFOLIO_LINKS
                    and _key(tokens[m - 1]) in lex.roles
                    and (m >= at - 3 or all(t[:1].islower() for t in tokens[m + 1 : at]))
                ),
                None,
            )
            if portfolio is None:
                break
            at = portfolio
        while (
            at < len(tokens)
            and tokens[at][:1].islower()
            and is_portfolio_word(tokens[at])
            and _key(tokens[at]) not in lex.roles
            and _key(tokens[at]) not in _CONNECTORS
            and _key(tokens[at]) not in EN_POST_MODIFIERS
        ):
            at += 1  # "met public accounts committee chairman X": a portfolio opens with a capital or a post
        if (
            len(tokens) > _LOWER_POST_WORDS
            or any(t[:1].isupper() or t[:1].isdigit() for t in tokens[:at])
            or any(t[:1].isupper() and _key(t) in lex.roles for t in tokens[at:])
        ):
            # A clause with a name of its own before the post, or a description before a post
            # printed as a title ("panel Chairman Rep. X").
            tokens = tokens[at:]
        # else: "said master of ceremonies X": a few lower-case words, all of them the post
        while tokens and _key(tokens[0]) in stopwords:
            tokens = tokens[1:]  # "carried out by transport expert professor X": not "by"
    while tokens and _key(tokens[0]) in POSSESSIVES:
        tokens = tokens[1:]  # "His party leader, Michael Harwood": the post, not whose it is
    joiner = max((k for k, t in enumerate(tokens) if t in LIST_AND), default=0)
    # ("The PM and Chancellor Gordon Brown": another post's holder, then the post)
    if (
        joiner >= 1
        and not (lex.lang == "en" and _joint_portfolio(tokens, joiner))
        and (
            _name_run(tokens[:joiner], lex) == (0, joiner)
            or _posts_only(tokens[:joiner], lex)
            # "Both the prime minister and Chancellor Gordon Brown": another post's holder, then his
            or (
                lex.lang == "en"
                and joiner + 1 < len(tokens)
                and _key(tokens[joiner + 1]) in lex.roles
                and _key(tokens[joiner + 1]) not in EN_POST_MODIFIERS
                and any(_key(t) in lex.roles for t in tokens[:joiner])
            )
        )
    ):
        tokens = tokens[joiner + 1 :]  # "Donald Brackett and House Speaker": another person, then the post
    tokens = [t for i, t in enumerate(tokens) if not _is_title(t, lex) or _keeps_title(tokens, i, lex)]
    if not tokens:
        return None, None
    if lex.lang == "id" and (caucus := _caucus_after_place(tokens, lex)) is not None:
        return caucus
    cut = len(tokens)
    while (
        cut > 0
        and (
            _key(tokens[cut - 1]) in lex.regions
            or _place_before(tokens, cut, lex)
            # "Bupati Poso", "Kepala Dinas Sosial Kabupaten Lebak": a place that is also a dictionary
            # word, where an office's or a body's place is printed, ending the post
            or (
                lex.lang == "id"
                and cut == len(tokens) >= 2
                and _key(tokens[-1]) in common_word_places()
                and tokens[-1][:1].isupper()
                and _office_place(tokens, cut, _key(tokens[-2]))
            )
        )
    ):
        size = _place_before(tokens, cut, lex) or 1
        if size > 1 and tuple(_key(t) for t in tokens[cut - size : cut]) in places_abroad():
            break  # "Konsul Jenderal RI di New York": a post abroad keeps its place (regions are at home)
        if size > 1 and cut > size and _key(tokens[cut - size - 1]) in NAMED_BODIES:
            break  # "Universitas Palangka Raya": the body's own name, not the post's place
        if _in_named_body(tokens, cut - size):
            break  # "Universitas Muhammadiyah Tangerang", "Universitas Siliwangi Tasikmalaya": the same
        cut -= size
    if (
        1 < cut < len(tokens)
        and _key(tokens[cut]) in _COMPASS | _QUARTERS | _RIVER_ENDS
        and _is_name_token(tokens[cut - 1], lex)
    ):
        # "Kapolres Luwu Utara": a compass word names a place with the word before it; so does a
        # river's upper or lower course ("Kepala Desa Ciparigi Hilir", "Camat Sungai Rampah Hulu")
        # and a village's quarter ("Kepala Desa Jatisari Kulon": "Kulon" is no "Kulon Progo")
        cut -= 1
    if 1 < cut < len(tokens) and tokens[cut - 1] == "DI":
        cut -= 1  # "Sekretaris Daerah DI Yogyakarta": "Daerah Istimewa", part of the province's name
    if (
        lex.lang == "id"
        and 1 < cut < len(tokens)
        and tokens[cut - 1][:1].isupper()
        and _key(tokens[cut - 1]) in PLACE_OPENERS
    ):
        cut -= 1  # "Kapolsek Tanjung Karang Barat": the word that opens a place's name is the place's
    # "Wali Kota Bogor": "Kota" is both a role word and a region word; keep it in the role.
    if 0 < cut < len(tokens) and _key(tokens[cut]) == "kota" and _key(tokens[cut - 1]) == "wali":
        cut += 1
    if all(_key(t) in _COMPASS or _key(t) == "pusat" for t in tokens[cut:]):
        cut = len(tokens)  # "Ketua PMI Pusat": the body's head office, no place of its own
    state = _state_before_post(tokens[:cut], lex) if lex.lang == "en" and cut == len(tokens) else 0
    if state:
        # "Florida Gov.", "Texas Governor", "New York Attorney General": the state the post serves.
        return _strip_role(" ".join(tokens[state:])) or None, " ".join(tokens[:state]).strip(_STRIP)
    abroad = _state_abroad_before_post(tokens[:cut], lex) if lex.lang == "en" and cut == len(tokens) else None
    if abroad is not None:
        # "Queensland Premier", "NSW Premier", "Karnataka Chief Minister": a state or province of
        # another federation, by its name ("NSW" is New South Wales)
        return _strip_role(" ".join(tokens[abroad[0] :])) or None, abroad[1]
    town = _town_before_post(tokens, lex) if lex.lang == "en" and cut == len(tokens) else 0
    if town:
        return _strip_role(" ".join(tokens[town:])) or None, " ".join(tokens[:town]).strip(_STRIP)
    role = _strip_role(" ".join(tokens[:cut])) or None
    region = " ".join(tokens[cut:]).strip(_STRIP) or None
    return role, region


_LEGISLATURES = frozenset({"dprd", "dprk", "dpra", "dprp"})
# A river's upper or lower course, which names a place with the word before it ("Rokan Hulu").
_RIVER_ENDS = frozenset({"hulu", "hilir", "ulu", "ilir"})


# The fields of ministries (Indonesia's and others') printed before "and" in a minister's post:
# "Environment and Forestry Minister", "Law and Human Rights Minister", "Coordinating Maritime and
# Investment Affairs Minister" ("Putin and Foreign Minister X": a person before "and").
_PORTFOLIO_FIELDS_EN = frozenset(
    {
        *("coordinating", "law", "legal", "environment", "energy", "tourism", "manpower", "communication"),
        *("communications", "agrarian", "public", "works", "education", "culture", "research", "maritime"),
        *("marine", "cooperatives", "villages", "home", "religious", "social", "health", "trade", "industry"),
        *("agriculture", "finance", "defense", "defence", "women", "youth", "transportation", "transport"),
        *("investment", "economic", "political", "security", "human", "development", "food", "population"),
        *("family", "migrant", "housing", "higher", "science", "technology", "primary", "secondary"),
        *("administrative", "bureaucratic", "state", "national", "planning", "forestry"),
        *("affairs", "fisheries", "mineral", "resources", "small", "medium", "enterprises", "creative"),
        *("information", "digital", "labor", "labour", "sports", "climate", "water", "land"),
    }
)


def _joint_portfolio(tokens: list[str], joiner: int) -> bool:
    """Whether "and" joins two fields of one minister's portfolio: "Environment and Forestry
    Minister" (capitalised fields before "and", a minister's post after it)."""
    return (
        joiner + 2 < len(tokens)
        and _key(tokens[-1]) in ("minister", "ministry")
        and all(t[:1].isupper() and _key(t) in _PORTFOLIO_FIELDS_EN for t in tokens[:joiner])
    )


def _caucus_after_place(tokens: list[str], lex: Lexicon) -> tuple[str | None, str | None] | None:
    """ "Anggota Komisi D DPRD Jawa Tengah dari Fraksi PKB" -> ("Anggota Komisi D DPRD dari
    Fraksi PKB", "Jawa Tengah"): a regional legislature's place, then its member's caucus (or any
    body's place, then its member's division), which hides the place from a post read from its
    end; None for any other post."""
    at = next((k for k, t in enumerate(tokens) if _key(t) in ("fraksi", "divisi")), None)
    if at is None or at < 3:
        return None
    division = _key(tokens[at]) == "divisi"
    if _key(tokens[at - 1]) == "dari":
        at -= 1
    role, region = _split_role_region(tokens[:at], lex)
    # (any body's place before its member's division: "Komisioner KPU Kota Bekasi Divisi Teknis")
    if not role or not region or not (division or _key(role.split()[-1]) in _LEGISLATURES):
        return None
    return f"{role} {' '.join(tokens[at:])}".strip(_STRIP), region


def seat_place(role: str | None, region: str | None) -> tuple[str | None, str | None]:
    """A legislator's post and constituency: "Labour MP for Northfield" -> ("Labour MP",
    "Northfield"), "Member of Parliament for Grantham and Stamford"; others as they are."""
    if role and region is None and (before := _SEAT_BEFORE.fullmatch(role)) is not None:
        place = before.group("place")
        if not any(_key(w) in EN_PARTY_WORDS or _key(w) in _SEAT_NOT_PLACE for w in place.split()):
            return before.group("post"), place  # "the Glasgow Kelvin MP": the seat, then the post
    if not role or region is not None or " for " not in role:
        return role, region
    if (member := _member_for_seat(role)) is not None:
        return member
    seat = _SEAT_FOR.search(role)
    if seat is None:
        return role, region
    return role[: seat.start("place")].strip().removesuffix(" for") or None, seat.group("place")


def _member_for_seat(role: str) -> tuple[str, str] | None:
    """("Labor MP", "Wallaroo") for "Labor member for Wallaroo": a Westminster parliament's
    member is named by the seat held (British, Australian and New Zealand copy); None for any
    other shape ("cabinet member for housing", "member for Millbrook ward" is a councillor)."""
    member = _MEMBER_FOR.fullmatch(role)
    if member is None or member.group("place").split()[-1].casefold() in _NUMBERED_SEATS | {"division"}:
        return None
    party = member.group("party").split()
    if not all(_key(w) in EN_PARTY_WORDS | _WESTMINSTER_PARTY_WORDS for w in party):
        return None
    return " ".join([*party, "MP"]), member.group("place")


_MEMBER_FOR = re.compile(
    r"(?P<party>(?:[A-Z][\w-]*\s+){0,2})member\s+for\s+(?P<place>[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){0,4})"
)
_WESTMINSTER_PARTY_WORDS = frozenset({"labor", "nationals", "national", "greens", "green", "independent", "alliance"})
# A legislator's constituency after the post: "MP for Leeds North", "Member of Parliament for X".
_SEAT_FOR = re.compile(
    r"\b(?:MP|MPs|MSP|AM|MS|MLA|MEP|Member\s+of\s+Parliament|Assembly\s+Member|Member\s+of\s+the\s+\w+\s+"
    r"Parliament)\s+for\s+(?P<place>[A-Z][\w'’.-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’.-]*){0,4})$"
)

# First words of a clause that says where or when, not who: "During a May interview on X, Brackett".
_CIRCUMSTANCE_OPENERS_EN = frozenset(
    {"during", "in", "at", "on", "after", "before", "speaking", "writing", "asked", "following", "while", "when"}
    | {"how", "whether", "why", "what"}  # ("[Asked about] how he would deal with ..., Mr Brown replied")
    | {"if", "unless", "although", "though", "because"}  # ("If she becomes president, Clinton": no post of hers)
)
# A person named with a title, then "and" another with a post: "Mr Blair and Liberal Democrat leader X".
_TITLED_AND = re.compile(
    rf"(?:{'|'.join(sorted(HONORIFICS_EN))})\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+(?=\S)"
)
# Determiners and quantifiers that never open a name ("Their proposals", "Some DEQ actions").
_NO_ONE_EN = POSSESSIVES | frozenset(
    {"some", "many", "most", "several", "few", "each", "every", "any", "such", "these", "those", "this", "that"}
)
# Whom a question or words went to, after the one who spoke: "Presiden ke Suharyanto".
_TOLD_WHOM = re.compile(r"(?<=\w)\s+(?:ke|kepada)\s+[A-Z][^,;:]*$")
# What someone decided, said or did, printed before the post and name of who did it ("Keputusan
# Presiden X", "Instruksi Gubernur Y"): never part of the post.
_ACTS_OF_ID = frozenset(
    {
        *("keputusan", "kebijakan", "pernyataan", "instruksi", "arahan", "perintah", "pidato", "kunjungan"),
        *("kedatangan", "langkah", "sikap", "usulan", "permintaan", "imbauan", "larangan", "unggahan", "surat"),
        "jabatan",  # ("Jabatan Gubernur Jatim X akan habis": her term, her post)
    }
)
# Lower-case words that open the post of the name before, or another name, never an aside about it.
_ASIDE_NOT = frozenset({"the", "a", "an", "and", "or", "but", "former", "then", "now", "also"})
# ... and Indonesian ones ("Dalam rapat dengan Prabowo, Kepala BNPB Suharyanto": the clause's name is not the speaker).
_CIRCUMSTANCE_OPENERS_ID = frozenset(
    {"dalam", "di", "pada", "saat", "ketika", "usai", "seusai", "setelah", "sebelum", "selama", "sesudah"}
)
# An aside between dashes at the end of a mention (or one left open): "— tim pemadam yang tiba pertama —".
_DASH_ASIDE = re.compile(r"\s+[—–]\s+[^—–]*(?:[—–]\s*)?$")
# A constituency before a legislator's short post: "Glasgow Kelvin MP".
_SEAT_BEFORE = re.compile(r"(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}) (?P<post>MP|MSP|AM|MLA|MEP)")
_SEAT_NOT_PLACE = frozenset(
    {
        *("snp", "ukip", "plaid", "cymru", "green", "independent", "backbench", "senior", "veteran"),
        # (the parties of Northern Ireland's, Ireland's and India's houses: "DUP MLA", "Fianna Fáil
        # TD", "BJP MLA", "Congress MLA")
        *("dup", "sdlp", "uup", "alliance", "sinn", "féin", "fein", "fianna", "fáil", "fail", "fine", "gael"),
        *("bjp", "congress", "aap", "tmc", "trinamool", "dmk", "aiadmk", "rjd", "bsp", "ncp", "tdp", "ysrcp"),
        *("brs", "cpi", "cpi(m)", "jd(u)", "jd(s)", "shiv", "sena"),
    }
)
# Posts printed as their initials: "The PM and Chancellor Gordon Brown".
_EN_POST_SHORT = frozenset({"pm", "mp", "mps", "msp", "mep"})


def _after_circumstance(text: str, chunks: list[str], index: int, lex: Lexicon) -> bool:
    """Whether the chunk before `chunks[index]` is a clause of where or when ("At a rally in
    Iowa, Jane Doe", "Dalam rapat dengan Prabowo, Kepala BNPB X"), which gives the name after it
    neither a post nor a place. The first chunk's opener may have been dropped as a clause
    opener: it is read from the text."""
    opener = (text if index == 1 else chunks[index - 1]).split(None, 1)
    openers = _CIRCUMSTANCE_OPENERS_EN if lex.lang == "en" else _CIRCUMSTANCE_OPENERS_ID
    return bool(opener) and opener[0].casefold() in openers


def _posts_only(tokens: list[str], lex: Lexicon) -> bool:
    """Whether English words hold a post and nothing else ("The PM")."""
    return lex.lang == "en" and all(
        _key(t) in lex.roles or _key(t) in _EN_POST_SHORT or _key(t) == "the" for t in tokens
    )


# Posts printed as a title's short form ("Gov. Rick Scott", "Lt. Gov.", "Sen.", "Rep.").
_EN_POST_ABBREVIATIONS = frozenset({"gov", "lt", "sen", "rep", "atty"})
# A council member's title before the name, which an apposition after it makes precise.
_MEMBER_TITLES = frozenset({"councillor", "cllr", "councilman", "councilwoman", "alderman"})
_DEPUTY_POST_WORDS = frozenset({"lt", "deputy", "vice", "acting", "interim", "assistant"})
_STATE_PARTY_WORDS = frozenset({"democratic", "democrat", "republican", "gop", "party", "green", "libertarian"})
# Posts of a town or county that English copy prints after the place ("Atlanta Mayor X").
_TOWN_POSTS = frozenset(
    {"mayor", "police chief", "sheriff", "county executive", "county judge", "city manager", "alderman", "alderwoman"}
    | {"councilman", "councilwoman", "council member", "councilmember", "councilor", "councillor"}
)
_PLACE_KINDS = frozenset({"county", "city"})  # the end of a place's name ("Maricopa County")


@cache
def state_keys() -> frozenset[tuple[str, ...]]:
    """The names of the states of the United States, casefolded, as tuples of their words."""
    return frozenset(tuple(name.casefold().split()) for name in state_names())


_STATE_POST_OPENERS = frozenset({"exco", "state"})
_PORTFOLIO_LINKS = frozenset({"for", "of", "the", "and"})


def _state_abroad_before_post(tokens: list[str], lex: Lexicon) -> tuple[int, str] | None:
    """(its words, its name) for a state or province of a federation other than the United States
    right before a post that opens `tokens` ("Tamil Nadu Finance Minister"); None when none does."""
    for size in (3, 2, 1):
        region = states_abroad().get(tuple(_key(t) for t in tokens[:size])) if len(tokens) > size else None
        # (a portfolio's words may come first: "Victorian Health Minister", "Tamil Nadu Finance Minister")
        post = tokens[size : size + 3]
        # (a Malaysian state's councillor and assemblyman in lower case: "Sabah exco member",
        # "Selangor state assemblyman")
        lower = bool(post) and _key(post[0]) in _STATE_POST_OPENERS
        if (
            region is not None
            # ("Lagos State Commissioner for the Environment": the portfolio's joiners in lower case)
            and (lower or (post[0][:1].isupper() and all(t[:1].isupper() or t in _PORTFOLIO_LINKS for t in post)))
            and any(_key(t) in lex.roles for t in post)
        ):
            return size, region
    return None


def state_abroad_post(role: str | None, lex: Lexicon) -> tuple[str, str] | None:
    """ "Sabah exco member" -> ("exco member", "Sabah"): a post printed after the state or
    province it serves; None when the role opens with no such state."""
    tokens = (role or "").split()
    abroad = _state_abroad_before_post(tokens, lex)
    if abroad is None:
        return None
    return " ".join(tokens[abroad[0] :]), abroad[1]


def _state_before_post(tokens: list[str], lex: Lexicon) -> int:
    """How many words open `tokens` with a state of the United States right before a post
    ("Florida Gov.", "New York Attorney General"); 0 when none does."""
    for size in (2, 1):
        if len(tokens) <= size or tuple(_key(t) for t in tokens[:size]) not in state_keys():
            continue
        at = size
        while at < len(tokens) - 1 and _key(tokens[at]) in _STATE_PARTY_WORDS:
            at += 1  # "Ohio Democratic Party Chairman": the state's party, then its post
        if _key(tokens[at]) in lex.roles or _key(tokens[at]) in _EN_POST_ABBREVIATIONS:
            return size
    return 0


def _post_over_chunks(chunks: list[str], index: int, lex: Lexicon) -> str | None:
    """The post that opens a chunk or two before the name's and goes on over commas, when the
    chunk right before the name holds no post word ("Kepala Sub Direktorat Rancang Bangun,
    Stabilitas dan Garis Muat Kapal, Direktorat Perkapalan dan Kepelautan, Muhamad Syaiful")."""
    # (a short form in brackets is the whole post's: "..., Hukum, dan Keamanan (Menko Polhukam), Munir MS")
    if any(_key(t) in lex.roles for t in _BRACKETED.sub("", chunks[index - 1]).split()):
        return None
    for first in range(index - 2, max(-1, index - 4), -1):
        words = chunks[first].split()
        if not words or not all(w[:1].isupper() or _key(w) in _CONNECTORS for w in words):
            return None
        if _key(words[0]) in lex.roles and _key(words[0]) not in _FIELD_WORDS:  # ("Humas PT X": a field)
            post = ", ".join(c.strip(_STRIP) for c in chunks[first:index])
            return post + ")" if post.count("(") > post.count(")") else post  # (its short form's bracket)
    return None


def job_of_the_named(role: str, lex: Lexicon) -> str:
    """The job after a person's name in the possessive ("Former minister X's lawyer" -> "lawyer",
    "Senator X's spokeswoman" -> "spokeswoman"): the owner's name and post are the owner's, not
    the speaker's; a body's possessive stays ("the Scottish Green Party's health spokeswoman")."""
    words = role.split()
    owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), None)
    if owner is None:
        return role
    named = [*words[:owner], words[owner][:-2]]
    start, end = _name_run(named, lex)
    if end - start < 2:
        return role
    return " ".join(words[owner + 1 :])


def is_member_title(role: str) -> bool:
    """Whether a post is only a council member's title ("Councillor", "Cllr")."""
    return role.casefold().rstrip(".") in _MEMBER_TITLES


def state_after_comma(chunk: str) -> str | None:
    """The state a post's holder is "from" or "of", in an aside of its own after the name
    ("Senator X, from Queensland", "Sen. Y, of Ohio"): a state of the United States or of another
    federation; None for any other aside ("X, from the city council")."""
    words = [t.strip(_STRIP) for t in chunk.split()]
    if len(words) < 2 or words[0].casefold() not in ("from", "of"):
        return None
    if len(words) > 2 and words[1].casefold() == "the":
        words = words[1:]  # "from the Northern Territory"
    return _state_named(words[1:]) or states_abroad().get(tuple(_key(t) for t in words[1:]))


def _state_named(tokens: list[str]) -> str | None:
    """The state of the United States `tokens` name whole ("Indiana", "New York"), or None."""
    words = [t.strip(_STRIP) for t in tokens]
    return " ".join(words) if tuple(_key(t) for t in words) in state_keys() else None


# A council seat by its number, no town: "Councilmember Kim Ngo of District 3".
_NUMBERED_SEATS = frozenset({"district", "ward", "precinct"})


def _town_served(role: str, tokens: list[str], lex: Lexicon) -> str | None:
    """The town a local post's holder is "of", printed after the name: "Mayor Lou Brandt of
    Dayton" -> "Dayton"; None after any other post, or for a body ("of the City Council")."""
    words = [t.strip(_STRIP) for t in tokens]
    if (
        role.casefold() not in _TOWN_POSTS
        or not 1 <= len(words) <= 2
        or not all(w[:1].isupper() and _key(w) not in lex.institutions for w in words)
        or _key(words[0]) in _NUMBERED_SEATS
    ):
        return None
    return " ".join(words)


def _town_before_post(tokens: list[str], lex: Lexicon) -> int:
    """How many capitalised words open `tokens` with the town or county a local post serves
    ("Atlanta Mayor", "Maricopa County Sheriff", "Dallas Police Chief"); 0 when none does."""
    keys = [_key(t) for t in tokens]
    post = next((k for k in range(1, len(keys)) if " ".join(keys[k:]) in _TOWN_POSTS), 0)
    town = keys[:post]
    if (
        not town
        or town[0] in _PLACE_KINDS
        or any(
            k in lex.roles
            or k in EN_PARTY_WORDS
            or k in _CONNECTORS
            or (k in EN_POST_MODIFIERS and k not in _PLACE_KINDS)
            or is_past_post([k])  # ("Former mayor Rudy Giuliani": no place called "Former")
            for k in town
        )
    ):
        return 0  # "Labour Mayor", "Deputy Mayor", "Former Mayor": no place ("Maricopa County Sheriff": one)
    return post if all(t[:1].isupper() and not _is_title(t, lex) for t in tokens[:post]) else 0


def _in_named_body(tokens: list[str], at: int) -> bool:
    """Whether tokens[at] ends a capitalised run that opens with a body named after its place
    ("Universitas Muhammadiyah Tangerang"), two words back at most."""
    for k in range(at - 1, max(-1, at - 3), -1):
        if not tokens[k][:1].isupper():
            return False
        if _key(tokens[k]) in NAMED_BODIES:
            return k < at - 1  # the body's own name between it and the place
    return False


def _rank_start(tokens: list[str]) -> int:
    """Where a spelled-out rank at the end of the words before a name begins ("Kepala Bidang
    Humas Polda Metro Jaya Komisaris Besar", "Kapolres X Ajun Komisaris Besar"): the rank is the
    person's, not part of the post. len(tokens) when there is none, or when nothing but the
    rank would be left ("Komisaris" of a company board is a post)."""
    start = len(tokens)
    while start > 0 and _key(tokens[start - 1]) in _RANK_HEADS | _RANK_TAILS:
        start -= 1
    while start < len(tokens) and _key(tokens[start]) not in _RANK_HEADS:
        start += 1  # a run opens with a rank head: "Sekretaris Jenderal" keeps "Jenderal"...
    if start == 0:
        return len(tokens)  # ...nothing but the rank: "Sekretaris Jenderal", "Kolonel"
    if len(tokens) - start < 2 and not any(_key(t) in _ARMED_BODIES for t in tokens[:start]):
        return len(tokens)  # one word after a company's post may be one ("Direktur PT X Komisaris")
    return start


# Police and military ranks the English-language press spells out after a post and before the
# name ("National Police spokesman Inspector General X", "Jakarta Police chief Senior Commissioner X",
# "Army spokesman Major General X"), read as words from the end.
_EN_SPELLED_RANK = re.compile(
    r"(?:(?:adjunct\s+)?(?:senior\s+|grand\s+)?commissioner(?:\s+general)?"
    r"|(?:inspector|brigadier|major|lieutenant)\s+general|general"
    r"|(?:lieutenant\s+)?colonel|(?:vice\s+|rear\s+)?admiral|(?:air\s+)?(?:vice\s+)?marshal|commodore|captain"
    r"|(?:chief\s+|first\s+|second\s+)?(?:superintendent|inspector))"
)
# The posts such a rank follows: a post of its own, so the rank is the person's and not the end
# of the post ("Ministry Inspector General X" is the ministry's inspector general).
_POSTS_BEFORE_RANK = frozenset({"spokesman", "spokeswoman", "spokesperson", "chief", "head", "commander"})


def _english_rank_start(tokens: list[str]) -> int:
    """Where a spelled-out rank between an English post and the name begins, len(tokens) when
    there is none: the rank is the person's, not part of the post."""
    for size in (4, 3, 2, 1):
        at = len(tokens) - size
        if (
            at >= 1
            and _key(tokens[at - 1]) in _POSTS_BEFORE_RANK
            and all(t[:1].isupper() for t in tokens[at:])
            and _EN_SPELLED_RANK.fullmatch(" ".join(_key(t) for t in tokens[at - 1 :])) is None
            and _EN_SPELLED_RANK.fullmatch(" ".join(_key(t) for t in tokens[at:]))
        ):
            return at  # (unless "chief" opens the rank itself: "Harwick Police Chief Inspector X")
    return len(tokens)


def _initials_after_post(tokens: list[str], end: int, before: str, lex: Lexicon) -> bool:
    """Whether a chunk after a post's comma opens with two capitals that are the name's initials
    ("Ketua DPRD Kota Bogor, MQ Iswara"): no body's, place's or post's short form, then a name of
    one or two words, after a chunk that holds a post."""
    word = tokens[0].strip(",;:")
    key = word.casefold()
    return (
        len(word) == 2
        and word.isupper()
        and end - 1 <= 2
        and key not in lex.institutions
        and key not in lex.roles
        and key not in lex.regions
        and key not in _TWO_LETTER_BODIES
        and not _is_title(word, lex)
        and any(_key(t) in lex.roles for t in before.split())
    )


# Bodies of two capitals ("BI", "MA", "MK") and "HM" (Haji Muhammad: a title and an initial).
_TWO_LETTER_BODIES = frozenset({"bi", "ma", "mk", "ky", "pn", "pt", "pu", "bp", "hm"})


def _is_initials(tokens: list[str], at: int, lex: Lexicon) -> bool:
    """An initial or two inside a name ("P", "PS", "MD"), not an acronym of a body."""
    word = tokens[at].strip(",;:")
    key = word.casefold().rstrip(".")
    if _member_post_as_initials(tokens, at, lex):
        return _is_name_token(tokens[at + 1], lex)
    if not _INITIALS.match(_base_letters(word)) or key in lex.institutions or key in lex.roles or key in lex.regions:
        return False
    if (
        lex.lang == "en"
        and 2 <= len(word) <= 3
        and word.isupper()
        and at + 1 < len(tokens)
        and (
            at == 0
            or _key(tokens[at - 1]) in lex.roles
            or (tokens[at - 1].endswith(".") and _is_title(tokens[at - 1], lex))
        )
        and key not in _MEMBER_POSTS_EN
        and key not in _TWO_LETTER_BODIES
        and (not _is_title(word, lex) or key in _COURTESY_INITIALS)
    ):
        # "Regent MR Hidayah", "Governor IGK Wirawan", "AB Santoso said": capitals no body's short
        # form opening a name, or after a post, are the name's initials as Indonesians print them
        # (English copy writes a title "Mr", never "MR")
        return _is_name_token(tokens[at + 1], lex)
    if _initials_after_rank(tokens, at, lex):
        return _is_name_token(tokens[at + 1], lex)
    if len(key) >= 3 and "." not in word and at + 1 < len(tokens) and _is_name_token(tokens[at + 1], lex):
        return False  # "Direktur Proyek PLN Muhammad Ikhsan": a body's acronym, then the name
    if (
        _is_title(word, lex)
        and at + 1 < len(tokens)
        and _is_name_token(tokens[at + 1], lex)
        # ("Yosafati H Lase": one letter between two words of a name is its initial, not "Haji")
        and not (
            len(key) == 1 and at > 0 and _is_name_token(tokens[at - 1], lex) and _key(tokens[at - 1]) not in lex.regions
        )
    ):
        return False  # "Polres Bogor AKP Teguh": a rank before the name, not its initials
    if at > 0 and _is_name_token(tokens[at - 1], lex):
        return True
    if lex.lang == "en" and _DOTTED_INITIALS.fullmatch(word) and at + 1 < len(tokens):
        return _is_name_token(tokens[at + 1], lex)  # "Rep. G.K. Butterfield": the initials open the name
    if (
        lex.lang == "en"
        and len(word) == 2
        and word.isupper()
        and at > 0
        and at + 1 < len(tokens)
        and _key(tokens[at - 1]) in lex.roles
        and key not in _MEMBER_POSTS_EN
    ):
        # "Attorney General ST Hendrawan": two bare capitals between a post and a name are the
        # name's initials, as Indonesians print them (a degree's letters follow the name)
        return _is_name_token(tokens[at + 1], lex)
    # "M Tonang", "M Fiskar": Indonesian copy abbreviates a leading Muhammad to one bare capital.
    return lex.lang == "id" and len(key) == 1 and at + 1 < len(tokens) and _is_name_token(tokens[at + 1], lex)


# The army's corps, printed in capitals after an officer's rank ("Letkol CPM X", "Kolonel (CZI) X"):
# no one's initials.
_CORPS = frozenset(
    {"inf", "kav", "arh", "arm", "czi", "cpm", "chb", "ckm", "cpl", "cba", "ctp", "caj", "chk", "cku", "cke"}
    | {"psk", "pnb", "tek", "kal", "mar", "lek", "adm", "kes", "sus", "pom", "tni", "pol"}
)


def _initials_after_rank(tokens: list[str], at: int, lex: Lexicon) -> bool:
    """Whether two or three capitals after an officer's rank, or after the corps that follows it,
    are the name's initials ("Irjen HK Sapta", "Kolonel (Czi) IBK Sutarto", "Brigjen TB Hasan"):
    Indonesian copy prints a name so, and no body stands between a rank and its holder's name."""
    word = tokens[at].strip(",;:")
    if lex.lang != "id" or at == 0 or at + 1 >= len(tokens) or not (2 <= len(word) <= 3 and word.isupper()):
        return False
    if word.casefold() in _CORPS or word.casefold() in lex.institutions:
        return False
    before = at - 1
    if _key(tokens[before]) in _RANK_HEADS:
        return True
    if tokens[before].startswith("(") and tokens[before].endswith(")") and before > 0:
        before -= 1  # ("Kolonel (Czi) IGN X": the corps in brackets between the rank and the name)
    elif _key(tokens[before]) in _RANK_TAILS | _CORPS and before > 0:
        before -= 1  # ("Kombes Pol AR X", "Letkol Inf RM X")
    return _key(tokens[before]) in _RANK_HEADS


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# English courtesy titles that, in capitals, are a name's initials ("MR Hidayah": M. R.)
_COURTESY_INITIALS = frozenset({"mr", "ms"})
# Members' posts of two capitals: "MP", "TD" (before a name: "Labour MP Jo Cox").
_MEMBER_POSTS_EN = frozenset({"mp", "td", "ms", "am", "pm", "vp", "da", "ag"})
# Words before a post that qualify it rather than head one: "Deputy PM", "Shadow AG", "Senior AM".
_POST_QUALIFIERS_EN = frozenset(
    {"deputy", "vice", "shadow", "senior", "junior", "chief", "first", "assistant", "former", "acting", "interim"}
)


def _member_post_as_initials(tokens: list[str], at: int, lex: Lexicon) -> bool:
    """Whether a member's post of two capitals ("AM", "MS", "DA") stands right after the head of
    another post and before a name: "Foreign Minister AM Rahmadi" holds a name's initials, as
    Indonesians print them, for no minister is an Assembly Member by that title ("Labour AM Jo
    Cox", "Deputy PM Ann Lee" keep theirs: a party or a qualifier comes before them)."""
    word = tokens[at].strip(",;:")
    return (
        lex.lang == "en"
        and len(word) == 2
        and word.isupper()
        and word.casefold() in _MEMBER_POSTS_EN
        and 0 < at < len(tokens) - 1
        and _key(tokens[at - 1]) in lex.roles
        and _key(tokens[at - 1]) not in _POST_QUALIFIERS_EN
        and _key(tokens[at - 1]) not in _MEMBER_POSTS_EN
    )


def is_rank_word(word: str) -> bool:
    """Whether a word is one of an Indonesian police or military rank ("Letnan", "Kolonel")."""
    return _key(word) in _RANK_HEADS or _key(word) in _RANK_TAILS


def _is_rank_tail(tokens: list[str], at: int) -> bool:
    """Whether a rank's head opens the tail words up to `tokens[at]` ("Komisaris Polisi", and
    "Komisaris Besar Polisi": the rank's second tail word is no name's either)."""
    if _key(tokens[at]) not in _RANK_TAILS:
        return False
    for back in range(at - 1, max(at - 3, -1), -1):
        if _key(tokens[back]) in _RANK_HEADS:
            return True
        if _key(tokens[back]) not in _RANK_TAILS:
            return False
    return False


def _place_before(tokens: list[str], at: int, lex: Lexicon) -> int:
    """How many words before `tokens[at]` name a place of two words or more ("Mahakam Ulu",
    "Lima Puluh Kota"), the longest; 0 when none does."""
    if at < 2 or _key(tokens[at - 1]) not in lex.place_ends:
        return 0  # most words end no place: one set lookup, no tuples built
    for size in range(min(_PLACE_WORDS, at), 1, -1):
        if tuple(_key(t) for t in tokens[at - size : at]) in lex.places:
            return size
    return 0


def _numbers_a_unit(word: str, lex: Lexicon) -> bool:
    """Whether a word is one a Roman numeral numbers ("Wilayah V", "Komisi II", "Kodam IV"): a
    post's or body's word, a word of the dictionary, an acronym; never a name."""
    key = _key(word)
    return key in lex.roles or key in lex.institutions or word.isupper() or is_dictionary_word(key)


def _described_before_given_name(tokens: list[str], start: int, lex: Lexicon) -> bool:
    """Whether the first word of an English name run describes the person: the next word is a
    known given name and the first is none, nor a title ("Writer Neil Coppendale"; "Mary Ann
    Smith" and "Sir Neil Kinnock" stay whole)."""
    first, second = tokens[start].casefold(), tokens[start + 1].casefold()
    genders = given_name_genders()
    return second in genders and first not in genders and not _is_title(tokens[start], lex) and first.isalpha()


# The titles of Balinese nobility that open a name, so that it may run to five words or six
# ("Ida Bagus Made Rai Wiranata", "Anak Agung Ngurah Gede Wiratama", "Cokorda Gede Rai Wirawan").
_BALINESE_CASTE_TITLES = frozenset({("Ida", "Bagus"), ("Ida", "Ayu"), ("Anak", "Agung"), ("Dewa", "Ayu")})
_BALINESE_CASTE_WORDS = frozenset({"Cokorda", "Tjokorda"})


def _balinese_name_start(tokens: list[str], end: int) -> int | None:
    """Where a Balinese name that runs to `end` begins: "I" or "Ni" and a birth-order or caste
    word ("I Wayan", "Ni Luh", "I Gusti"), or a noble's title ("Ida Bagus", "Anak Agung",
    "Cokorda"), then capitalised words only, up to five of them."""
    lowest = max(0, end - _MAX_NAME_TOKENS - 2)
    capitalised = end  # tokens[capitalised:end] are capitalised, read back no further than lowest + 1
    while capitalised > lowest + 1 and tokens[capitalised - 1][:1].isupper():
        capitalised -= 1
    for k in range(max(lowest, capitalised - 1), end - 1):  # (each k whose words after it are capitalised)
        if tokens[k] in ("I", "Ni") and k < end - 2 and _key(tokens[k + 1]) in _BALINESE_ORDER:
            return k
        if tokens[k] in _BALINESE_CASTE_WORDS or (k < end - 2 and (tokens[k], tokens[k + 1]) in _BALINESE_CASTE_TITLES):
            return k
    return None


# Words of bodies' names that are also the middle words of people's ("Muslim Jaya Butar-butar",
# "Eka Putra Siregar"; "Polda Metro Jaya", "PT Putra Abadi").
_NAME_AND_BODY_WORDS = frozenset({"jaya", "putra", "putri", "sakti", "mulia", "bakti"})
# Hospitals named after a doctor, with the doctor's title ("RSUD dr Soetomo", "Rumah Sakit dr Kariadi").
_HOSPITAL_WORDS = frozenset({"rsud", "rsup", "rsu", "rs", "rsia", "rspad", "rsau", "rsal", "sakit"})
_DOCTOR_TITLES = frozenset({"dr", "drg"})
_INITIAL = re.compile(r"[A-Z]\.?")
# The last word of a post that always names its body right after it ("Direktur Eksekutif X",
# "Direktur Utama Y"): a word the given-name list does not know there is the body's, before one it knows.
_BODY_POST_TAILS = frozenset({"eksekutif", "utama"})
# A word joined to an Arabic article ("Ar-Raniry", "Al-Hikmah"), which names an Islamic school or
# university after its short form far more often than it opens a person's name.
_ARABIC_NAMED = re.compile(r"[A-Z][a-z]{1,2}-[A-Z][a-z]{2,}")
# English nouns that end the name of a place to visit or a business in Indonesian copy ("X
# Underwater", "X Waterpark", "X Coffee"); no Indonesian name has them ("Park" is a Korean surname).
_ENGLISH_BODY_NOUNS = frozenset(
    {"underwater", "resort", "beach", "waterpark", "waterboom", "center", "centre", "hub", "garden", "camp"}
    | {"cafe", "coffee", "mart", "studio", "mall", "plaza", "square", "residence", "hostel", "homestay"}
)
# Words an Indonesian person's name never is: English nouns of a body's name ("Indostrategic",
# "Analytics", "Foundation", "Development").
_BRAND_WORD = re.compile(r"[A-Z][a-z]{2,}(?:ic|ics|tion|ment|ity|logy|tech|ware)")


# Post words that are also Indonesian given names and surnames, after another name word: "Abdul
# Hakim", "Lukman Hakim" (hakim, a judge), "Andi Raja", "Siti Ratu", "Bagus Utama" ("Direktur Utama").
VILLAGE_MARKERS = frozenset({"desa", "kelurahan", "kampung", "dusun", "nagari"})
_LOCAL_UNITS = VILLAGE_MARKERS | {"kecamatan"}
# The police's local units, spelled out ("Kepala Kepolisian Sektor (Kapolsek) X").
_POLICE_SECTORS = frozenset({"sektor", "resor"})
_BRACKETED_SHORT_FORM = re.compile(r"\([A-Z][A-Za-z]{2,11}\)")
_POST_SURNAMES = frozenset({"hakim", "raja", "ratu", "sultan", "utama"})
# English surnames that are posts' words ("Gov. Warren Bishop", "Labour MP Peter Judge", "Mr Pope"):
# the name's last word after a given name or a courtesy title.
_POST_SURNAMES_EN = frozenset(
    {"bishop", "pope", "judge", "king", "dean", "major", "marshall", "sheriff", "cardinal", "deacon", "prior"}
)


def _name_run(tokens: list[str], lex: Lexicon) -> tuple[int, int]:
    """(start, end) of the person name at the end of `tokens`; start == end when none."""
    return _name_run_of(tuple(tokens), lex)


# Pure, and a sixth of the calls at first sight read words read before (each of a person's
# mentions, and the chunks a mention's parse tries again); a tenth of extraction's time.
@lru_cache(maxsize=4096)
def _name_run_of(words: tuple[str, ...], lex: Lexicon) -> tuple[int, int]:
    return _read_name_run(list(words), lex)


def _read_name_run(tokens: list[str], lex: Lexicon) -> tuple[int, int]:
    markers = _NAMES_NO_ONE_AFTER_ID if lex.lang == "id" else _PORTFOLIO_MARKERS
    end = len(tokens)
    while end > 0 and (is_degree(tokens[end - 1], lex) or (lex.lang == "id" and _key(tokens[end - 1]) in _AND_OTHERS)):
        end -= 1  # ("Ade Kuswara Cs", "Eddy dkk": the person and those with them)
    balinese = _balinese_name_start(tokens, end)
    if balinese is not None:
        return balinese, end  # "I Gusti Ngurah Jaya Negara": every word after "I Gusti" is the name's
    if _place_before(tokens, end, lex):
        return end, end  # "Bupati Aceh Tamiang": a place of two words ends the post, no name follows
    start = end
    words = 0
    while start > 0 and words < _MAX_NAME_TOKENS:
        if start < end and _place_before(tokens, start, lex):
            break  # "Kepala Dinas Pendidikan Mahakam Ulu Yohanes Avun": a place ends the name
        token = tokens[start - 1]
        if token in NAME_PARTICLES and start < end and start >= 2 and _is_name_token(tokens[start - 2], lex):
            start -= 1  # "Rick de Lisio": a particle inside a name
            continue
        if lex.lang == "en" and start < end and (run := _particle_run(tokens, start, lex)) > 1:
            start -= run  # "Ana de la Fuente", "Pieter van der Berg": two particles in a row
            continue
        if start < end and start >= 2 and _ROMAN_CLASS.fullmatch(token) and _key(tokens[start - 2]) == "kelas":
            break  # "Kepala Rutan Kelas I Budi Hartono": the unit's class ends the post (one "I" too)
        if start < end and start >= 2 and _ROMAN.fullmatch(token) and _numbers_a_unit(tokens[start - 2], lex):
            break  # "KPK Wilayah V Dian Patria": the unit's number ends the post ("Hamengku Buwono X" ends a name)
        if (
            start == end
            and start >= 3
            and _key(token) in _NAME_AND_BODY_WORDS
            and token[:1].isupper()
            and _is_name_token(tokens[start - 2], lex)
            and _key(tokens[start - 2]) not in lex.regions
            and _key(tokens[start - 3]) not in lex.institutions
        ):
            # "Bupati Budi Jaya", "Bali Governor Made Mahendra Jaya": a word of bodies' names ("Metro
            # Jaya") ending a person's, after a name's word that follows no body's
            start -= 1
            words += 1
            continue
        if _is_initials(tokens, start - 1, lex):
            start -= 1  # "Teguh P Wicaksono", "Munir MS"
            continue
        if (
            lex.lang == "en"
            and start == end
            and start >= 2
            and _key(token) in _POST_SURNAMES_EN
            and token[:1].isupper()
            and (_key(tokens[start - 2]) in given_name_genders() or _key(tokens[start - 2]) in _COURTESY_TITLES_EN)
        ):
            start -= 1  # "Gov. Warren Bishop said", "Mr Bishop said": a surname that is a post's word
            words += 1
            continue
        if (
            lex.lang == "id"
            and _key(token) in _POST_SURNAMES
            and token[:1].isupper()
            and start >= 2
            and _is_name_token(tokens[start - 2], lex)
            and _key(tokens[start - 2]) not in lex.regions
            # ("Ketua Mahkamah Agung Hakim Sunarto": "Agung" completes the court's name)
            and not (start >= 3 and _key(tokens[start - 3]) in BOUND_AFTER.get(_key(tokens[start - 2]), ()))
        ):
            start -= 1  # "Kepala Dinas Sosial Kota Padang, Abdul Hakim": a post word that ends names
            words += 1
            continue
        if (
            _key(token) in _MONTHS
            and start >= 2
            and _is_name_token(tokens[start - 2], lex)
            and _key(tokens[start - 2]) not in lex.regions
        ):
            start -= 1  # "Raja Juli Antoni": a month's name between two names is a name
            words += 1
            continue
        if (
            _key(token) in _MONTHS
            and start < end
            and start >= 2
            and (_key(tokens[start - 2]) in lex.regions or tokens[start - 2].isupper())
        ):
            start -= 1  # "Direktur RSST Klaten Juli Purnomo": after the post's place, it opens the name
            break
        if _key(token) in _BALINESE_PREFIX and start < end and _key(tokens[start]) in _BALINESE_ORDER:
            start -= 1  # "I Wayan Sutarja"
            break
        if (
            lex.lang == "id"
            and token in _SASAK_TITLES
            and start < end
            and start >= 2
            # (after a capitalised word or an acronym, bracketed too: "(PKS) Lalu ...")
            and (tokens[start - 2][:1].isupper() or tokens[start - 2].isupper())
        ):
            start -= 1  # "Wakil Ketua Komisi X DPR RI Lalu Hadrian Irfani": a Sasak noble's title opens the name
            break
        inner = (
            lex.lang == "id"
            and _key(token) in _NAME_AND_BODY_WORDS
            and start < end
            and start >= 2
            and _is_name_token(tokens[start - 2], lex)
            and _key(tokens[start - 2]) not in lex.regions
            and (start == 2 or _key(tokens[start - 3]) in lex.roles)
        )  # "Muslim Jaya Butar-butar" opening the mention: a word of bodies' names ("Metro Jaya",
        # "PT Taman Impian Jaya Ancol") inside a person's
        inner = inner or (
            # "KH Abdul Hakim Mahfudz", "Dr Hakim Sorimuda": a post word ("hakim", judge) inside
            # a name that a personal title opens
            lex.lang == "id"
            and start < end
            and _key(token) in lex.roles
            and token[:1].isupper()
            and (
                (start >= 2 and _is_title(tokens[start - 2], lex) and _key(tokens[start - 2]) not in lex.roles)
                or (
                    start >= 3
                    and _is_name_token(tokens[start - 2], lex)
                    and _is_title(tokens[start - 3], lex)
                    and _key(tokens[start - 3]) not in lex.roles
                )
            )
        )
        if not (_is_name_token(token, lex) or inner) or _is_rank_tail(tokens, start - 1):
            break
        if lex.lang == "id" and start < end and _key(token) in _BRANCH_WORDS:
            break  # "Kepala Perum Bulog Cabang Kendari": the branch's town, no name
        if start >= 2 and _key(tokens[start - 2]) in BOUND_AFTER.get(_key(token), ()):
            break  # "Jaksa Agung Hendrawan": the word completes the post; "Agung Pranadipa" is a name
        if start >= 2 and _key(token) in _PLACE_ENDS and _key(tokens[start - 2]) in lex.regions:
            break  # "Provinsi Jawa Tengah Sumarno": the compass word ends the region before the name
        if (
            lex.lang == "id"
            and end - start >= 2
            and start >= 2
            and _key(token) in _QUARTERS
            and _is_name_token(tokens[start - 2], lex)
        ):
            break  # "Camat Tarogong Kidul Dedi Rustandi": a quarter's word ends a place the lexicon does not know
        if lex.lang == "id" and start < end and _local_place(tokens, start, end, lex):
            break  # "Camat Sungai Loban Rusdiansyah": the district's name ends the post
        if (
            start >= 2
            and start < end
            and _key(tokens[start - 2]) in _PLACE_MARKERS
            and not _mayor_named(tokens, start, end, lex)
            # ("Kepala Distrik Wamena Kota X Y": "Kota" ends the district's name after a local head)
            and not (start >= 4 and _key(tokens[start - 2]) == "kota" and _key(tokens[start - 4]) in LOCAL_HEADS)
            and not _place_before(tokens, start - 1, lex)  # "Lima Puluh Kota Ferizal Ridwan"
            # ("Kepala Desa Ujang Suryana", "Tim Penilai Lomba Desa Wawan Hermawan": a village left
            # unnamed, a given name opens the person's)
            and not (
                lex.lang == "id" and _key(tokens[start - 2]) in VILLAGE_MARKERS and _key(token) in given_names_id()
            )
            # ("Sekretaris Jenderal Kementerian Desa Teguh X", "Dinas Pemberdayaan Masyarakat dan
            # Desa Teguh X": the ministry's or the office's portfolio, no village, before a given
            # name or a dictionary word that opens the name)
            and not (
                start >= 3
                and _key(tokens[start - 2]) == "desa"
                and (_key(tokens[start - 3]) in _MINISTRY_WORDS or tokens[start - 3] == "dan")
                and (_key(token) in given_names_id() or is_dictionary_word(_key(token)))
            )
        ):
            break  # the word after "Desa", "Kota"... is the place, not the first name
        if (
            start >= 2
            and start < end
            and _key(tokens[start - 2]) in markers
            and not (start >= 3 and _key(tokens[start - 3]) in _PORTFOLIO_HOLDERS)
            # ("Ketua Partai Persatuan Mardiono Hadi": a party named by a group's word, then a word
            # no dictionary holds or a given name the list knows, which opens the person's name)
            and not (
                lex.lang == "id"
                and start >= 3
                and _key(tokens[start - 3]) in _DICTIONARY_NAMED_BODIES
                and (not is_dictionary_word(_key(token)) or _key(token) in given_names_id())
            )
        ):
            # "Menko Polhukam Budi Gunawan": the word after "Menko" is the portfolio; "Ketua
            # Kelompok Nelayan Jumawan": the word after "Kelompok" is the group's ("Menteri
            # Koperasi Budi Arie Setiadi": a portfolio, the name follows it)
            break
        # A region word ends the name once two name words are collected
        # ("Gubernur Riau Abdul Walid"), but may itself be a name ("kata Bima"); right after
        # an office or a body it is the office's region ("Wali Kota Malang Sutiaji").
        before = _key(tokens[start - 2]) if start >= 2 else ""
        if (
            (
                _key(token) in lex.regions
                or is_country(_key(token))
                or (lex.lang == "id" and _office_place(tokens, start, before) and _key(token) in common_word_places())
            )
            and start < end
            # ("Kapolda Jawa Tengah Irjen Pol Bima Sakti Wardhana": a rank opens the name)
            and not (lex.lang == "id" and start >= 2 and _is_title(tokens[start - 2], lex))
            and not (lex.lang == "id" and not is_country(_key(token)) and ends_national(tokens[: start - 1], lex))
            # ("Deputy Minister of Home Affairs Raka Satria Wiratmoko": a minister serves no region)
            and not (lex.lang == "en" and not is_country(_key(token)) and _ends_minister_en(tokens[: start - 1], lex))
        ):
            # After a number or a body's acronym the place is the body's ("Daop 8 Surabaya").
            numbered = start >= 2 and (
                before.isdigit() or tokens[start - 2].isupper() and len(before) >= 2 or _is_agency(tokens[start - 2])
            )
            # (English prints an office's place before it or after "of": "spokeswoman Jordan
            # Abudayyeh" is a name of two words)
            if end - start >= 2 or (before in lex.roles and lex.lang == "id") or before in lex.institutions or numbered:
                if (
                    start >= 2
                    and before in lex.regions
                    and _key(token) not in _PLACE_PARTS
                    and before not in _PLACE_PARTS
                ):
                    start -= 1  # "Wali Kota Bogor Raka Satria": one place after the office, then the name
                break
        start -= 1
        words += 1
    if words == _MAX_NAME_TOKENS and start > 0 and _key(tokens[start - 1]) in _NAME_OPENERS:
        start -= 1  # "Dwi Septavia Ratri Lestyani Wulaningsih": a fifth word that opens names
    elif (
        lex.lang == "id"
        and words == _MAX_NAME_TOKENS
        and start >= 2
        and _key(tokens[start - 2]) in lex.regions
        and _is_name_token(tokens[start - 1], lex)
        and _key(tokens[start - 1]) not in lex.regions
        and _key(tokens[start - 1]) not in _REGION_TAILS | _COMPASS
        and not _place_before(tokens, start, lex)
    ):
        start -= 1  # "Bupati Gowa Adnan Purichta Ichsan Yasin Mappa": the post's place, then five words
    if start == end:
        return start, end
    if (
        end - start >= 3
        and start >= 2
        and _ROMAN_CLASS.fullmatch(tokens[start - 1])
        and _key(tokens[start - 2]) == "kelas"
    ):
        # "Kepala Lapas Kelas IIA Cipinang Wachid Wibowo": a unit of a class is named by its place,
        # the word after the class, when a name of two words or more is left after it
        start += 1
    if lex.lang == "id":
        opens = next(
            (
                k
                for k in range(start + 1, end - 1)
                if _key(tokens[k]) in _BIRTH_ORDER and _key(tokens[k - 1]) not in _BALINESE_BEFORE_ORDER
            ),
            None,
        )
        if opens is not None:
            start = opens  # "Margasatwa Ragunan Ketut Wirasana": a birth-order name opens the name
    if lex.lang == "en" and end - start >= 3 and _described_before_given_name(tokens, start, lex):
        start += 1  # "Writer Neil Coppendale", "Nurse Ann Brown": what the person does, then the name
    if lex.lang == "id" and end - start >= 2 and _opens_a_body_s_own_name(tokens, start):
        # (a place the lexicon knows after the body's own name ends both: "Kelompok Pelestari
        # Penyu Sisik Emas Garut Sukarta")
        start_before_place = start
        placed = next((k + 1 for k in range(end - 2, start, -1) if _key(tokens[k]) in lex.regions), start)
        start = _given_name_start(tokens, placed, end)
        if start == placed and (
            _key(tokens[placed]) not in given_names_id() or _group_s_name_opens_with_given_name(tokens, placed, end)
        ):
            start = _after_own_name_s_last_word(tokens, placed, end)
        if (
            start == placed == start_before_place
            and tokens[placed - 1].isdigit()
            and (end - placed >= 3 or end - placed == 2 and _place_shaped(tokens[placed]))
            and _key(tokens[placed]) not in given_names_id()
        ):
            # "Kepala SDN 1 Cibeber Yayah Rokayah": a numbered school's place, one word, then a
            # name of two words or more that no given name the list knows opens, or one word
            # after a word shaped as a village's name ("Kepala SMPN 2 Cibeureum Darsiman")
            start = placed + 1
    if lex.lang == "id" and end - start >= 1:
        start = _after_a_firm_s_name(tokens, start, end)
    if (
        lex.lang == "id"
        and end - start >= 3
        and start >= 1
        and (
            _key(tokens[start - 1]) in _REGIONAL_OFFICES
            # ("Wali Kota Bukit Raya Hendro X": a place's first word the name run left to the post)
            or (
                start >= 2 and _key(tokens[start - 2]) in _REGIONAL_OFFICES and _key(tokens[start - 1]) in PLACE_OPENERS
            )
        )
    ):
        start = _after_an_office_s_unknown_place(tokens, start, end)
    if lex.lang == "id" and end - start >= 2 and start >= 1 and _key(tokens[start - 1]) in _REGIONAL_BODIES:
        start = _after_a_regional_body_s_place(tokens, start, end)
    if (
        lex.lang == "id"
        and end - start == 2
        and start >= 1
        and tokens[start - 1][:1].isupper()
        and _place_shaped(tokens[start])
        and not is_dictionary_word(_key(tokens[start + 1]))
    ):
        start += 1  # "Kepala Kantor Pertanahan Cisalak Darmaji": a body's place, then a one-word name
    if lex.lang == "id" and end - start >= 2:
        start = _after_a_place_named_body(tokens, start, end, lex)
    if lex.lang == "id":
        start = _after_a_unit_s_rank(tokens, start, end, lex)
    if (
        lex.lang == "id"
        and end - start >= 3
        and start >= 2
        and _BRACKETED_SHORT_FORM.fullmatch(tokens[start - 1])
        and any(_key(t) in _LOCAL_UNITS | _POLICE_SECTORS for t in tokens[max(0, start - 4) : start - 1])
        and _key(tokens[start]) not in given_names_id()
    ):
        # "Kepala Desa (Kades) Sukamaju Ahmad Suherman", "Kepala Kepolisian Sektor (Kapolsek)
        # Cibinong ...": the short form of a local unit's post, then that unit's place, one word
        start += 1
    if (
        lex.lang == "id"
        and end - start >= 2
        and start >= 1
        and _ARABIC_NAMED.fullmatch(tokens[start])
        and _key(tokens[start].split("-")[0]) in _ARABIC_ARTICLES
        and (
            tokens[start - 1].isupper()
            and len(tokens[start - 1]) >= 2
            or any(_key(t) in NAMED_BODIES | _PLACE_NAMED_BODIES for t in tokens[max(0, start - 4) : start])
        )
    ):
        start += 1  # "Rektor UIN Ar-Raniry Mujiburrahman": an Arabic article, joined, opens the body's name
    if lex.lang == "id" and end - start >= 3:
        # "Pengelola Teluk Biru Underwater Dimas Prakoso": an English noun ends the body's name of a
        # place to visit or a business, the person's name of two words or more after it
        start = next((k + 1 for k in range(end - 3, start - 1, -1) if _key(tokens[k]) in _ENGLISH_BODY_NOUNS), start)
    while lex.lang == "id" and end - start >= 3 and _BRAND_WORD.fullmatch(tokens[start]):
        start += 1  # "Direktur Eksekutif Indostrategic Ahmad Khoirul Umam": an English word names the body
    if lex.lang == "id" and end - start >= 3 and _after_an_english_post(tokens, start):
        # "Head of Communications Lapakria Rendra Kusuma", "Analyst Kiwara Sekuritas Wulan Pertiwi":
        # the firm's name, one word and its kind, then a name of two words (a longer rest may be a
        # longer name: "Founder Kelana Aryasa Abyasa Fidzuri" is left whole)
        firm = start + 1
        while end - firm >= 3 and _key(tokens[firm]) in _FIRM_TAILS:
            firm += 1
        if (
            end - firm == 2
            and all(t[:1].isupper() and t[1:2].islower() for t in tokens[start:end])
            and not any(_key(t) in _INDONESIAN_BODY_WORDS for t in tokens[start:end])
        ):
            start = firm
    if (
        lex.lang == "id"
        and end - start >= 2
        and start >= 2
        and _key(tokens[start - 1]).rstrip(".") in _DOCTOR_TITLES
        and _key(tokens[start - 2]) in _HOSPITAL_WORDS
        # (not "Direktur RS dr Budi Santoso": the director, a doctor, named after a nameless hospital)
        and (end - start >= 4 or _key(tokens[start]) not in given_names_id())
    ):
        # "Direktur RSUD dr Soetomo Joni Wahyudiono", "Direktur RSUP Dr Sardjito Eniarti": the doctor
        # the hospital is named after, one word (two when a given name the list knows opens the person's)
        named = start
        while named < end - 2 and _INITIAL.fullmatch(tokens[named]):
            named += 1  # "RSUP Dr M Djamil": the doctor's initial, then his name
        eponym = _given_name_start(tokens, named + 1, end)
        start = eponym if eponym == named + 2 and end - eponym >= 2 else named + 1
    if (
        lex.lang == "id"
        and end - start == 3
        and start > 0
        and _key(tokens[start - 1]) in _BODY_POST_TAILS
        and _given_name_start(tokens, start, end) == start + 1
    ):
        start += 1  # "Direktur Eksekutif Celios Bhima Yudhistira": the body's one word, then a known given name
    if (
        lex.lang == "id"
        and end - start >= 2
        and start >= 2
        and _key(tokens[start - 1]) in _EPONYM_RANKS
        and _key(tokens[start - 2]) in _EPONYM_BODIES
    ):
        start += 1  # "Dosen Universitas Jenderal Soedirman X", "Jalan Jenderal Sudarto": a general's name in the body's
    if lex.lang == "id" and end - start >= 2:
        start = _after_a_dictionary_named_body(tokens, start, end)
    if lex.lang == "id" and start > 0 and _opens_a_noble_s_name(tokens, start - 1) == 2:
        start -= 1  # "Kepala Desa Wa Ode Nurhayati": the Butonese noble's two words open the name
    elif lex.lang == "id" and start > 1 and _opens_a_noble_s_name(tokens, start - 2) == 2:
        start -= 2  # ("Kepala Puskesmas Wa Ode Zahra", both taken for the unit's place)
    if lex.lang == "id":
        # "Rektor Universitas Sanata Dharma Romo Albertus X", "Ketua Yayasan Al Azhar Buya Hamzah
        # X": a cleric's word of respect before a full name opens it; the body's words end before it
        start = next(
            (k for k in range(start + 1, end - 2) if _key(tokens[k]) in RESPECT_WORDS and tokens[k][:1].isupper()),
            start,
        )
        if 0 < start <= end - 2 and _key(tokens[start - 1]) in RESPECT_WORDS and tokens[start - 1][:1].isupper():
            start -= 1  # (the word of respect is the name's, never the post's: "Yayasan X Buya Hamzah Y")
    before = _key(tokens[start - 1]) if start > 0 else ""
    if (
        lex.lang == "en"
        and end - start == 2
        and before in _CONNECTORS
        and _key(tokens[start]) in _PORTFOLIOS_EN
        and _key(tokens[start + 1]) not in _PORTFOLIOS_EN
        and any(_key(t) in lex.roles for t in tokens[: start - 1])
    ):
        # "Coordinating Minister for Human Development and Culture Pratikno", "Secretary of State
        # Rubio": the portfolio's last word, then one name
        return start + 1, end
    if lex.lang == "en" and end - start >= 3 and start > 0 and _key(tokens[start]) in _PORTFOLIOS_EN:
        opens = _after_portfolio(tokens, start, end)
        if opens > start and before not in lex.roles and (before in _CONNECTORS or tokens[start - 1][:1].isupper()):
            # "Minister for Manpower Tan See Leng", "Minister of Energy and Mineral Resources
            # Bahlil Lahadalia": the portfolio's last words, then a name (of three words, too)
            return opens, end
    if before in _CONNECTORS:  # "British Chambers of Commerce": an organisation
        if lex.lang == "en" and end - start >= 3:
            return end - 2, end  # "Chancellor of the Exchequer Gordon Brown": the body, then the name
        if lex.lang == "id" and end - start >= 3:
            return _name_after_body(tokens, start, end), end
        return end, end
    if lex.lang == "id" and end - start == 1 and is_confixed(before) and _common_word(tokens[start]):
        return end, end  # "Penyanderaan Polisi": the affixed noun's object, not a one-word name
    if end - start >= 2 and (
        all(_key(t) in lex.regions for t in tokens[start:end]) or _place_before(tokens, end, lex) == end - start
    ):
        return end, end  # "Jakarta Selatan", "Sabu Raijua": a place, however many words
    if (
        end - start == 1
        and (before in _PLACE_MARKERS or (lex.lang == "id" and before in _BRANCH_WORDS))
        and not _village_head_s_one_name(tokens, start)
    ):
        return end, end  # "Kepala Desa Sukamaju", "Kepala Bulog Cabang Kendari": the place, no name
    if lex.lang == "id" and end - start == 1 and before in _PORTFOLIO_MARKERS and end == len(tokens):
        return end, end  # "Menko Polkam": the portfolio's short form, no name
    if end - start == 1 and before in _GROUP_NOUNS and tokens[start - 1][:1].islower():
        return end, end  # "sebagian umat Muslim menilai": a community, no name
    if (
        end - start <= 2
        and before in NAMED_BODIES
        and end == len(tokens)
        # ("Rektor IPB University X Y", "Telkom University X Y": the English word ends its own name)
        and not (lex.lang == "id" and before == "university" and start >= 2 and tokens[start - 2][:1].isupper())
    ):
        if lex.lang == "id" and end - start == 2 and _key(tokens[end - 1]) in given_names_id():
            return end - 1, end  # "Rektor Universitas Padjadjaran Suwarto": the body's name, then his
        return end, end  # "Sejarawan Universitas Sanata Dharma, Yogyakarta": the body's own name
    if (
        end - start == 1
        and (
            _key(tokens[start]) in lex.regions
            # ("Bupati Lebak", "Bupati Poso": a place that is also a dictionary word, after the office)
            or (lex.lang == "id" and _key(tokens[start]) in common_word_places() and _office_place(tokens, end, before))
        )
        and (
            before in lex.roles
            or before in lex.institutions
            or tokens[start - 1 : start]
            and tokens[start - 1].isupper()
        )
    ):
        return end, end  # "Bupati Subang", "KPU Subang": a region, no name
    if lex.lang == "id" and end - start == 2 and end == len(tokens) and before in _REGIONAL_OFFICES:
        first, last = (_key(t) for t in tokens[start:end])
        given = given_names_id()
        if (
            (first in lex.regions or first in PLACE_OPENERS or (is_dictionary_word(first) and first not in given))
            and is_dictionary_word(last)
            and last not in given
        ):
            return end, end  # "Bupati Lembah Hijau, yang hadir ...": a place of two words, no name
    return start, end


def _after_portfolio(tokens: list[str], start: int, end: int) -> int:
    """Where a name begins after the portfolio words that open `tokens[start:end]`, two words of
    it left at least."""
    while start < end - 2 and _key(tokens[start]) in _PORTFOLIOS_EN:
        start += 1
    return start


# A national body's last word ("Badan Kepegawaian Negara", "Komisi III DPR RI") and the heads of
# posts of the whole country ("Menteri Dalam Negeri"): no office's place is printed after them.
_NATIONAL_ENDS = frozenset({"negara", "ri"})
_NATIONAL_HEADS = frozenset({"menteri", "menko", "wamen"})


def _ends_minister_en(words: list[str], lex: Lexicon) -> bool:
    """Whether English `words` end with a minister's post ("Deputy Home Affairs Minister",
    "Minister of Home Affairs"), a national one: not a chief or first minister's, who serves a
    state or a nation within one."""
    for j in range(len(words) - 1, max(-1, len(words) - 5), -1):
        key = _key(words[j])
        if key == "minister":
            return not (j and _key(words[j - 1]) in {"chief", "first"})
        if key in lex.regions or is_country(key):
            return False
    return False


def ends_national(words: list[str], lex: Lexicon) -> bool:
    """Whether `words` end with a national body or post, so that a place's word after them opens
    the name: "Kepala Badan Kepegawaian Negara (BKN)" + "Bima Haria", "Menteri Dalam Negeri" +
    "Bima Haria" (not "Kepala Kejaksaan Negeri" + "Bima", a district's office)."""
    k = len(words) - 1
    if k >= 0 and words[k].startswith("(") and words[k].endswith(")"):
        k -= 1  # (the body's short form in brackets)
    if k < 0:
        return False
    if _key(words[k]) in _NATIONAL_ENDS:
        return True
    for j in range(k, max(-1, k - 5), -1):
        key = _key(words[j])
        if key in _NATIONAL_HEADS:
            return True
        if key in lex.roles or key in lex.regions:
            return False
    return False


# Words after which a group's, a firm's or a river's own name is printed before its head's
# ("Kelompok Tani Sido Makmur", "PT Sumber Rejeki", "Aliran Sungai Citarum"), up to two words
# (the group's kind) between; so are a hospital's, a school's, a clinic's ("RS Harapan Sehat",
# "SMA Bina Taruna", "Puskesmas Sukasari": its own name or its village's).
_OWN_NAME_OPENERS = _GROUP_KIND_MARKERS | {"pt", "cv", "ud", "yayasan", "sungai"} | _UNIT_KINDS


def _opens_a_body_s_own_name(tokens: list[str], start: int) -> bool:
    """Whether `tokens[start]` may be the first word of a body's own name, not of a person's: after
    a group's, a firm's or a river's word (or the group's kind after it, of two words at most:
    "Kelompok Konservasi Penyu"), or a unit's number."""
    before = tokens[max(0, start - 3) : start]
    return bool(before) and (
        before[-1].isdigit() or any(_key(t) in _OWN_NAME_OPENERS and t[:1].isupper() for t in before)
    )


# Bodies that are always named after them, by a place or a hero ("Universitas Airlangga",
# "Pelabuhan Tanjung Priok", "Pengadilan Negeri Bale Bandung", "Bandara Sultan Hasanuddin"), and
# the words that may stand between the body and its name ("Negeri", "Kelas IIA").
# Hospitals and banks, most often named by a hero, a place or a wish ("RSUD Sultan Imanuddin",
# "RSUD Cengkareng", "Bank Permata"), but a nameless one's director may be named right after it.
_HERO_NAMED_UNITS = frozenset({"rsud", "rsup", "rsu", "rs", "rsia", "sakit", "bank"})
_PLACE_NAMED_BODIES = frozenset(
    {"universitas", "institut", "politeknik", "pelabuhan", "bandara", "stasiun", "terminal"}
    | {"lapas", "rutan", "pengadilan", "kejaksaan", "taman", "lanud", "lantamal", "pasar"}
    | _HERO_NAMED_UNITS
)
_PLACE_NAMED_QUALIFIERS = frozenset(
    {"negeri", "tinggi", "agama", "niaga", "nasional", "kelas", "angkatan", "udara", "induk", "sentral"}
)
# Qualifiers of a court's, a prosecutor's office's or a prison's rank that its place always follows
# ("Pengadilan Agama Sukamaju", "Kejaksaan Negeri Mekarwangi", "Lapas Kelas IIB Sukamaju"): none
# ends a nameless body, as "Pasar Sentral" may.
_PLACE_FOLLOWED_QUALIFIERS = frozenset({"negeri", "tinggi", "agama", "niaga", "kelas"})
_PLACE_NAMED_REACH = 7  # the body's word, a qualifier or two, a name of two or three words, the person's
# The first word of a noble's name or an Acehnese or Bugis honorific ("Teuku Umar", "Cut Meutia",
# "Andi Djemma", "Raden Mattaher"), which opens a name, a person's or a hero's, of two words or more.
_NOBLE_PARTICLES = frozenset({"teuku", "tengku", "cut", "andi", "raden"})
# Words that open a place's or a hero's name of two words ("Tanjung Priok", "Sultan Hasanuddin").
_TWO_WORD_NAME_OPENERS = PLACE_OPENERS | {"sultan", "nusa", "pangeran", "tuanku"} | _NOBLE_PARTICLES


def _after_a_place_named_body(tokens: list[str], start: int, end: int, lex: Lexicon) -> int:
    """Where the person's name starts after a body named by a place or a hero, which the name
    run may have taken for a name ("Universitas Sam Ratulangi Agus Tony Poputra", "Pelabuhan
    Tanjung Priok Wahyu Widodo"): after the body's own name (one word, two when its first opens
    places' names, and any place the lexicon knows), at a given name the list knows that opens a
    name of two words or more, else right after the own name. `start` when no such body is printed
    just before the name, or the name already starts later."""
    low = max(0, end - _PLACE_NAMED_REACH)
    body = next(
        (k for k in range(end - 3, low - 1, -1) if tokens[k][:1].isupper() and _key(tokens[k]) in _PLACE_NAMED_BODIES),
        None,
    )
    if body is None:
        return start
    own = body + 1
    while own < end and (_key(tokens[own]) in _PLACE_NAMED_QUALIFIERS or _ROMAN_CLASS.fullmatch(tokens[own])):
        own += 1
    if own + 1 < end and _key(tokens[own]) == "tipe" and re.fullmatch(r"[A-C]", tokens[own + 1]):
        own += 2  # "Terminal Tipe A Giri Mulya": a bus station's class, then its own name
    if end - own == 2 and own > body + 1 and _key(tokens[own]) in given_names_id():
        return max(start, own)  # "Kepala Pasar Sentral Budi Hartono": a nameless market of its kind
    if end - own == 2 and _places_follow(tokens, body, own) and not _opens_a_noble_s_name(tokens, own):
        return max(start, own + 1)  # "Ketua Pengadilan Agama Sukamaju Nurhayani": the place, then a one-word name
    if end - own < 3 or not all(t[:1].isupper() and t[1:2].islower() for t in tokens[own:end]):
        return start
    if (
        _key(tokens[body]) in _HERO_NAMED_UNITS
        and end - own == 3
        and _key(tokens[own]) in given_names_id()
        and not _opens_a_noble_s_name(tokens, own)
    ):
        return start  # "Direktur RSU Dewi Lestari Handayani": a nameless hospital, the director's three words
    if (
        _key(tokens[body]) in _HOSPITAL_WORDS
        and end - own == 3
        and not _opens_a_noble_s_name(tokens, own)
        and _key(tokens[own]) not in _TWO_WORD_NAME_OPENERS
        and _key(tokens[own + 1]) not in given_names_id()
        and not _body_name_word(tokens[own])
    ):
        # "Direktur RSU Teguh Prakoso Wibowo": a regency's hospital is often printed nameless, and
        # three words that no given name the list knows splits are the director's whole name
        return start
    if _opens_a_noble_s_name(tokens, own) == 2:
        named = own + 3  # "Universitas Halu Oleo", "Universitas La Ode Kamaruddin"
    elif (eponym := _eponym_end(tokens, own, end)) is not None:
        named = eponym  # "Universitas Ahmad Wirangga Sukamaju Suryo Wicaksono": named after a person
    else:
        named = own + (2 if _key(tokens[own]) in _TWO_WORD_NAME_OPENERS else 1)
    while named < end - 1 and (_key(tokens[named]) in lex.regions or _place_shaped(tokens[named])):
        # "Pengadilan Negeri Bale Bandung Tunggul Purnomo", "RSUD Haji Abdul Manan Sukamaju Hendarto"
        named += 1
    given = given_names_id()
    if named < end - 1 and _key(tokens[named]) not in given and not _opens_a_noble_s_name(tokens, named):
        # ("Universitas Syiah Kuala Teuku Marzuki": a noble's first word opens the person's name)
        named = next(
            (k for k in range(named + 1, end - 1) if _key(tokens[k]) in given or _opens_a_noble_s_name(tokens, k)),
            named,
        )
    return max(start, min(named, end - 1))


# Words of respect that open the name of the person a body is named after ("RSUD Haji Abdul
# Manan", "UIN Sunan Kalijaga", "Universitas KH Abdul Wahab").
_EPONYM_HONORIFICS = frozenset({"haji", "h", "hj", "kh", "kyai", "kiai", "sunan", "syekh", "buya"})


def _eponym_end(tokens: list[str], own: int, end: int) -> int | None:
    """Where the name of the person a body is named after ends, when it opens the body's own name
    and two words or more are left after it: after a word of respect, one word, or two when a
    given name the list knows comes first ("Haji Abdul Manan", "Sunan Kalijaga"); else a given
    name the list knows and the word after it ("Ahmad Wirangga"). None for no such name."""
    given = given_names_id()
    key = _key(tokens[own]).rstrip(".")
    if key in _EPONYM_HONORIFICS and tokens[own][:1].isupper():
        eponym = own + (3 if _key(tokens[own + 1]) in given else 2)
    elif key in given and tokens[own + 1][:1].isupper():
        eponym = own + 2
    else:
        return None
    return eponym if end - eponym >= 2 else None


# Words that give a hospital's, a prison's or an office's rank before its place ("RS Bhayangkara
# Tingkat III Sukamaju", "RSUD Tipe B Mekarwangi", "Kantor Imigrasi Kelas I Sukamaju").
_UNIT_RANKS = frozenset({"tingkat", "tipe", "kelas"})
_RANK_GRADE = re.compile(r"(?:IV|V?I{1,3})[A-C]?|[A-D]")


def _after_a_unit_s_rank(tokens: list[str], start: int, end: int, lex: Lexicon) -> int:
    """Where the person's name starts after a unit's rank and the place that follows it ("Kepala
    RS Bhayangkara Tingkat III Nusa Indah Agus Salim", "Kepala Rumah Sakit Umum Daerah Tipe B
    Sukamaju Hendarto"), which the name run may have taken for the name's first words: the place
    is one word, two when its first opens places' names. `start` when no rank is printed just
    before or inside the run, or when the place is printed before the rank or a given name the
    list knows follows it ("Rutan Kelas IIB Budi Hartanto")."""
    rank = next(
        (
            k
            for k in range(max(0, start - 3), end - 2)
            if _key(tokens[k]) in _UNIT_RANKS and tokens[k][:1].isupper() and _RANK_GRADE.fullmatch(tokens[k + 1])
        ),
        None,
    )
    if rank is None or rank > 0 and (_key(tokens[rank - 1]) in lex.regions or _place_shaped(tokens[rank - 1])):
        return start  # ("Rutan Sukamaju Kelas IIB Wartono Saputro": the place printed before the rank)
    place = rank + 2
    if _key(tokens[place]) in given_names_id() or _opens_a_noble_s_name(tokens, place):
        return start
    named = place + (2 if _key(tokens[place]) in _TWO_WORD_NAME_OPENERS else 1)
    return max(start, named) if named < end else start


def _places_follow(tokens: list[str], body: int, own: int) -> bool:
    """Whether the body's word and its qualifiers before `own` always take a place after them
    ("Kejaksaan Negeri", "Pengadilan Agama", "Lapas Kelas IIB"), so `tokens[own]` is the place even
    when one word is left for the person's name. A national prosecutor's office has none
    ("Kejaksaan Agung")."""
    qualifiers = [_key(t) for t in tokens[body + 1 : own] if not _ROMAN_CLASS.fullmatch(t)]
    return bool(qualifiers) and all(q in _PLACE_FOLLOWED_QUALIFIERS for q in qualifiers)


# The words that print a firm's legal form before its own name ("PT Sinar Farma", "CV Karya Mandiri").
_FIRM_FORMS = frozenset({"pt", "cv", "ud"})


def _after_a_firm_s_name(tokens: list[str], start: int, end: int) -> int:
    """Where the person's name starts after a firm's own name, which the name run may have cut
    inside ("PT Sinar Farmasi Bagas Hartanto", "PT Bumi Lestari Andi Pratama"): a firm is named by
    dictionary words or a brand; the person's name, of two words at least, opens at the first given
    name the list knows or noble's word after the own name's first word, else, after dictionary
    words only, at the last two words when the last is no dictionary word (a surname). `start` when
    no firm is printed just before, or neither is found."""
    form = next(
        (k for k in range(max(0, start - 4), end - 3) if tokens[k].isupper() and _key(tokens[k]) in _FIRM_FORMS),
        None,
    )
    if form is None or not all(t[:1].isupper() and t[1:2].islower() for t in tokens[form + 1 : end]):
        return start
    own = form + 1
    given = given_names_id()
    named = next(
        (k for k in range(own + 1, end - 1) if _key(tokens[k]) in given or _opens_a_noble_s_name(tokens, k)),
        None,
    )
    if named is not None:
        return named
    if (
        end - own >= 3
        and all(is_dictionary_word(_key(t)) for t in tokens[own : end - 2])
        and not is_dictionary_word(_key(tokens[end - 1]))
        and _key(tokens[end - 2]) not in _NAME_AND_BODY_WORDS
        and not _body_name_word(tokens[end - 2])
    ):
        return max(start, end - 2)
    return start


# First parts of compound village and district names ("Sukajaya", "Cibeber", "Karangsari",
# "Sumberejo", "Mekarmukti", "Wonorejo"); a person's name seldom opens so with four letters after.
_PLACE_PREFIXES = (
    *("suka", "ci", "karang", "kali", "sumber", "mekar", "sido", "wono", "banjar", "tegal", "bojong"),
    *("pondok", "kebon", "rawa", "tanjung", "muara", "pasir", "batu", "teluk", "gunung", "bukit", "lubuk"),
)


def _after_an_office_s_unknown_place(tokens: list[str], start: int, end: int) -> int:
    """Where the person's name starts after a regional office whose place the lexicon does not
    know ("Bupati Sukajaya Rudi Hartono", "Bupati Cikarang Raya Hendra Wijaya"): the office's place,
    one word or two, then a given name the list knows opening a name of two words or more. `start`
    when a given name or a noble's word opens the run: the person's name follows the office."""
    given = given_names_id()
    first = _key(tokens[start])
    if first in given or _opens_a_noble_s_name(tokens, start):
        return start
    if not all(t[:1].isupper() and t[1:2].islower() for t in tokens[start:end]):
        return start
    if not (
        is_dictionary_word(first)
        or first in PLACE_OPENERS
        or _key(tokens[start - 1]) in PLACE_OPENERS  # ("Bukit Rayana": the place's second word)
        or any(first.startswith(p) and len(first) - len(p) >= 4 for p in _PLACE_PREFIXES)
    ):
        return start  # "Bupati Winarno Budi Utomo": a word unlike a place's opens his name of three
    if (
        _place_shaped(tokens[start])
        and first not in PLACE_OPENERS
        and not is_dictionary_word(_key(tokens[start + 1]))
        and _key(tokens[start + 1]) not in _QUARTERS
    ):
        # "Bupati Sukamulya Wartono Hadi Saputro": a compound village-like name is the whole place,
        # and the word after it opens his name though the list lacks it
        return start + 1
    return next((k for k in (start + 1, start + 2) if end - k >= 2 and _key(tokens[k]) in given), start)


def _place_shaped(token: str) -> bool:
    """Whether a word reads as a compound village's or district's name, never a given name the list
    knows: a place's first part, then a word of its own ("Cibeber", "Sukamaju", "Karangwangi").
    The second part opens with a consonant and a vowel, as "maju", "beber", "wangi" do; Javanese
    names that share the first part do not ("Sukardi", "Sukamdani", "Ciptono"), nor do names
    with a woman's or a son's ending ("Sukmawati", "Ciputra")."""
    key = _key(token)
    if key in given_names_id() or key.endswith(_NAME_ENDINGS):
        return False
    for prefix in _PLACE_PREFIXES:
        rest = key[len(prefix) :]
        if key.startswith(prefix) and len(rest) >= 4 and rest[0] not in _VOWELS and rest[1] in _VOWELS:
            return True
    return False


_VOWELS = frozenset("aeiou")
# Endings of given names that a place's first part may open ("Sukmawati", "Mekarwati", "Cicilia",
# "Ciputra"): such a word is read as a person's.
_NAME_ENDINGS = ("wati", "lia", "putra", "putri")


def _after_a_regional_body_s_place(tokens: list[str], start: int, end: int) -> int:
    """Where the person's name starts after a regional body's short form and a place the lexicon
    does not know ("Kasi Intel Kejari Sukamaju Reza Fahlevi", "Kasatreskrim Polres Mekarwangi
    Dadang Sumirat"): one word shaped as a village's name, or one before a given name the list
    knows. `start` when a given name, a noble's word or a dictionary word opens the run (a body
    left unplaced: "Kasi Intel Kejari Budi Santoso")."""
    given = given_names_id()
    first = _key(tokens[start])
    if first in given or _opens_a_noble_s_name(tokens, start) or is_dictionary_word(first):
        return start
    if not all(t[:1].isupper() and t[1:2].islower() for t in tokens[start:end]):
        return start
    return start + 1 if _place_shaped(tokens[start]) or _key(tokens[start + 1]) in given else start


# Bodies and portfolios named by dictionary words after their first ("Partai Bulan Bintang",
# "Lembaga Bantuan Hukum Masyarakat", "Koalisi Warga Peduli Sungai", "Bidang Ekonomi Makro").
_DICTIONARY_NAMED_BODIES = frozenset({"partai", "lembaga", "koalisi", "aliansi", "gerakan", "bidang", "divisi"})


def _after_a_dictionary_named_body(tokens: list[str], start: int, end: int) -> int:
    """Where the person's name starts after a party's, a civic body's or a portfolio's name, which
    the name run may have taken for his ("Partai Keadilan Sejahtera Muhammad Kholil", "Lembaga
    Pemantau Pemilu Nusantara X Y", "Bidang Ekonomi Makro X Y"): such a body is named by its first
    word, then by dictionary words; the person's name, of two words at least, opens at the first word
    that is no dictionary word or is a given name the list knows. `start` when no such body is named
    just before, or the name already starts later."""
    body = next(
        (
            k
            for k in range(start - 1, max(-1, start - 5), -1)
            if tokens[k][:1].isupper() and _key(tokens[k]) in _DICTIONARY_NAMED_BODIES
        ),
        None,
    )
    given = given_names_id()
    if body is None or end - (body + 2) < 2 or _key(tokens[body + 1]) in given:
        return start  # ("Kepala Bidang Budi Santoso": no portfolio printed, the name right after)
    if not all(t[:1].isupper() and t[1:2].islower() for t in tokens[start:end]):
        return start
    named = body + 2
    # (the person's name keeps two words: "Partai Gelora Anis Mattasari", a dictionary word opening
    # it; and a dictionary word that also opens names, "Putri", "Teguh", "Intan", ends the body's name)
    while named < end - 2 and _key(tokens[named]) not in given and _body_name_word(tokens[named]):
        named += 1
    if _branch_s_place(tokens, body, named, end):
        named += 1  # "Sekretaris DPC Partai Bintang Nusantara Sukamaju Dodi Hermawan": the branch's place
    return max(start, named)


# A party's branches, whose place follows the party's name ("DPW Partai X Jabar", "DPC Partai X Garut").
_PARTY_BRANCHES = frozenset({"dpw", "dpd", "dpc", "ppc", "dpac"})


def _branch_s_place(tokens: list[str], body: int, named: int, end: int) -> bool:
    """Whether `tokens[named]`, after a party's name that a branch's short form opens, is the
    branch's place the lexicon does not know: no given name nor dictionary word, shaped as a
    village's name or followed by a given name the list knows."""
    if body == 0 or _key(tokens[body - 1]) not in _PARTY_BRANCHES or end - named < 2:
        return False
    key, given = _key(tokens[named]), given_names_id()
    if key in given or is_dictionary_word(key) or _opens_a_noble_s_name(tokens, named):
        return False
    return _place_shaped(tokens[named]) or _key(tokens[named + 1]) in given


# Ranks that open a hero's name a campus, a street or a field is named after ("Universitas
# Jenderal X", "Jalan Laksamana X", "Bandara Marsekal X"), and the words of such bodies and places.
_EPONYM_RANKS = frozenset({"jenderal", "jendral", "laksamana", "marsekal", "letjen", "kolonel", "mayjen"})
_EPONYM_BODIES = frozenset(
    {"universitas", "institut", "akademi", "politeknik", "sekolah", "kampus", "yayasan", "museum", "monumen"}
    | {"jalan", "jl", "bandara", "bandar", "pelabuhan", "stadion", "lapangan", "taman", "gedung", "wisma"}
    | {"rs", "rsud", "rsup", "rumah", "asrama", "masjid", "gelanggang"}
)
# Dictionary words that name bodies, parties and portfolios, never a person ("Partai Keadilan
# Sejahtera", "Aliansi Buruh Bersatu", "Bidang Ekonomi Makro"); words made with a confix
# ("Kebangkitan", "Pembangunan") are such words too.
_BODY_NAME_WORDS = frozenset(
    {"sejahtera", "bangsa", "rakyat", "nusantara", "raya", "indonesia", "nasional", "bersatu", "peduli", "bersih"}
    | {"makmur", "mandiri", "hukum", "masyarakat", "demokrasi", "merdeka", "makro", "mikro", "publik", "sosial"}
    | {"ekonomi", "pemilu", "amanat", "gerakan", "hati", "nurani", "solidaritas", "bulan", "bintang", "sabit"}
    | {"buruh", "warga", "kajian", "bantuan", "advokasi", "riset", "pemantau", "umat", "ummat", "tani", "nelayan"}
    | {"pemuda", "mahasiswa", "perempuan", "lingkungan", "hidup", "pangan", "energi", "pajak", "anggaran", "lestari"}
    | {"sungai", "hutan", "laut", "alam", "tanah", "air", "desa", "kota"}
    # (the words of parties' names of wishes: "Partai Rakyat Adil Makmur", "Partai Nusantara Bangkit")
    | {"adil", "bangkit", "maju", "karya", "berkarya", "pancasila"}
)


def _body_name_word(token: str) -> bool:
    key = _key(token)
    return key in _BODY_NAME_WORDS or is_confixed(key)


# The last word of an English post in Indonesian copy, which names its firm right after it ("CEO
# Belanjaku X", "Head of Communications Lapakria X", "Country Manager Jalanria Indonesia X").
_ENGLISH_POST_WORDS = frozenset(
    {"ceo", "cfo", "coo", "cto", "officer", "manager", "director", "founder", "co-founder", "partner"}
    | {"president", "analyst", "economist", "head", "lead", "strategist", "consultant", "specialist"}
)


# Words after a firm's own name that are still the firm's ("Mentari Asset", "Kiwara Sekuritas").
_FIRM_TAILS = frozenset(
    {"sekuritas", "securities", "asset", "capital", "group", "grup", "digital", "global", "tbk", "investama"}
)
_INDONESIAN_BODY_WORDS = (
    _OWN_NAME_OPENERS
    | _PLACE_NAMED_BODIES
    | _DICTIONARY_NAMED_BODIES
    | {"kantor", "badan", "dinas", "kementerian", "perusahaan", "grup", "perum", "persero"}
)


def _after_an_english_post(tokens: list[str], start: int) -> bool:
    """Whether `tokens[start]`, no given name the list knows, follows an English post with no
    Indonesian body word printed since ("Head of Communications Lapakria", not "CEO PT Sinar X"):
    it is the firm's name."""
    if _key(tokens[start]) in given_names_id():
        return False
    for k in range(start - 1, max(-1, start - 5), -1):
        key = _key(tokens[k])
        if key in _ENGLISH_POST_WORDS and tokens[k][:1].isupper():
            return True
        if not tokens[k][:1].isupper() and key not in {"of", "and", "&"}:
            return False
        if key in _INDONESIAN_BODY_WORDS or (len(key) > 1 and tokens[k].isupper()):
            return False  # the body already printed: "CEO PT Sinar X", "CEO ICAA Alain de Verlac"
    return False


def _village_head_s_one_name(tokens: list[str], start: int) -> bool:
    """Whether the one word after "Kepala Desa", "Kepala Dusun" or "Kepala Kampung" is its head's
    name, not the village's: a given name the list knows ("Kepala Dusun Agus", as "Lurah Agus"),
    no village's ("Kepala Desa Sukamaju")."""
    return (
        start >= 2
        and _key(tokens[start - 1]) in VILLAGE_MARKERS
        and _key(tokens[start - 2]) == "kepala"
        and _key(tokens[start]) in given_names_id()
    )


def _opens_a_noble_s_name(tokens: list[str], at: int) -> int:
    """How many words of a noble's or an Acehnese, Bugis or Butonese honorific open a name at
    `tokens[at]`: one ("Teuku", "Cut", "Andi", "Raden"), two ("La Ode", "Wa Ode"), else none."""
    key = _key(tokens[at])
    if key in ("la", "wa") and at + 1 < len(tokens) and _key(tokens[at + 1]) == "ode":
        return 2
    return 1 if key in _NOBLE_PARTICLES else 0


def _given_name_start(tokens: list[str], start: int, end: int, *, common_words: bool = False) -> int:
    """Where a person's name starts in `tokens[start:end]`, a run that may open with a body's own
    name ("Pantai Indah Suparman", "Karang Pawitan Sutrisno"): at its first common given name when
    no word before it is one, and with `common_words` only dictionary words (the words of a
    portfolio: "Reformasi Birokrasi Wahyu Kuncoro", not "Finance Yenny Sri Wulandari"). A single word
    left for the name must follow a body's name of two words or of dictionary words ("Nusron Wahid")."""
    given = given_names_id()
    if _key(tokens[start]) in given:
        return start
    for k in range(start + 1, end):
        if common_words and not _common_word(tokens[k - 1]):
            return start
        if _key(tokens[k]) in given:
            if k == end - 1 and k - start < 2 and not all(_common_word(t) for t in tokens[start:k]):
                return start
            return k
    return start


# Javanese words of wish and fellowship that name farmers' and fishers' groups, spelled as the
# dictionary does not ("Sri Rejeki", "Ngudi Mulyo", "Guyub Rukun", "Sumber Rejo").
_GROUP_WISH_WORDS = frozenset({"rejeki", "rejo", "mulyo", "ngudi", "guyub", "tentrem", "lumintu", "makaryo", "karyo"})


def _group_name_word(token: str) -> bool:
    """Whether a word may belong to a group's own name of wishes: a dictionary word or a Javanese one."""
    return _common_word(token) or _key(token) in _GROUP_WISH_WORDS


def _group_s_name_opens_with_given_name(tokens: list[str], start: int, end: int) -> bool:
    """Whether a group's own name opens with a given name the dictionary holds too, a wish word
    after it ("Kelompok Tani Sri Rejeki Paimin", "Kelompok Tani Dewi Sri Sukirman"): the person's
    name comes after the group's, though the list knows the first word."""
    return (
        end - start >= 3
        and _common_word(tokens[start])
        and _group_name_word(tokens[start + 1])
        and any(_key(t) in _GROUP_KIND_MARKERS for t in tokens[max(0, start - 3) : start])
    )


def _after_own_name_s_last_word(tokens: list[str], start: int, end: int) -> int:
    """Where a person's name starts after a group's own name when no given name the list knows
    opens it: after the own name's last dictionary word ("Kelompok Tani Ngudi Makmur Sardi": groups
    are named by wishes, "Makmur", "Rejeki", "Lestari"; a Javanese name is seldom a dictionary word).
    Unmoved when no such word leaves a name after it."""
    if not any(_key(t) in _GROUP_KIND_MARKERS for t in tokens[max(0, start - 3) : start]):
        return start  # a firm's or a river's own name may end in any word ("PT X Multi Produk Industri")
    for k in range(end - 2, start - 1, -1):
        if _key(tokens[k]) in ADDRESS_WORDS:
            return start  # a word of address opens the name: "Ikatan Dokter Indonesia Daeng M Falah"
        if tokens[k][:1].isupper() and _group_name_word(tokens[k]):
            following = tokens[k + 1]
            named = following[:1].isupper() and not _group_name_word(following) and _key(following) not in ADDRESS_WORDS
            return k + 1 if named else start
    return start


def name_after_unit_number(name: str, lex: Lexicon) -> str:
    """The person's name in a run of capitalised words printed after a unit's number, which may
    open with the unit's place ("Karang Pawitan Sutrisno" after "Kepala SMK Negeri 1", "Cirebon
    Suprapto" after "Daop 3")."""
    words = name.split()
    if _opens_a_noble_s_name(words, 0) == 2:
        return name  # "Ketua RT 05 La Ode Basri": a Butonese noble's name, no place before it
    start = 0
    while start < len(words) - 1 and _key(words[start]) in lex.regions:
        start += 1
    named = _given_name_start(words, start, len(words))
    shaped = len(words) == 2 and _place_shaped(words[0])
    if named == start == 0 and (len(words) >= 3 or shaped) and _key(words[0]) not in given_names_id():
        # "Cibeber Yayah Rokayah" after "Kepala SDN 1": the unit's place, one word the lexicon
        # does not know, then a name of two words or more no given name the list knows opens (or
        # one word after a word shaped as a village's name: "Cibeureum Darsiman")
        named = 1
    return " ".join(words[named:])


def _office_place(tokens: list[str], start: int, before: str) -> bool:
    """Whether tokens[start - 1] stands where an office's or a regional body's place is printed:
    right after the office ("Bupati Lebak") or the body's short form ("DPRD Badung")."""
    return before in _REGIONAL_OFFICES or (start >= 2 and tokens[start - 2].isupper() and len(before) >= 3)


def _local_place(tokens: list[str], start: int, end: int, lex: Lexicon) -> bool:
    """Whether tokens[start - 1] ends the place after a local head with a name after it: one word
    when two name words or more follow ("Camat Cibeber Asep Saepudin"; "Camat Budi Santoso" may be
    a name) or when it is shaped as a village's name ("Camat Cikajang Suparjo"), two when the first
    opens a place's name ("Camat Sungai Loban Rusdiansyah"), or is the known town a district is
    named after ("Camat Medan Baru X Y"); a word places end with ends it after two or three words
    ("Camat Batang Hari Hilir X", "Kepala Distrik Wamena Kota X")."""
    if start >= 2 and _key(tokens[start - 2]) in LOCAL_HEADS and end - start >= 2:
        return True
    if start >= 3 and _key(tokens[start - 2]) in _UNIT_WORDS and _key(tokens[start - 3]) in _UNIT_HEADS:
        return True  # "Lurah Kalurahan Wijirejo Sarjiyantono": the unit's word is always followed by its place
    if _key(tokens[start - 1]) in _LOCAL_PLACE_ENDS and any(
        _key(tokens[k]) in LOCAL_HEADS and all(t[:1].isupper() for t in tokens[k + 1 : start])
        for k in range(max(0, start - 4), start - 2)
    ):
        return True
    if (
        start >= 3
        and _key(tokens[start - 3]) in LOCAL_HEADS
        and _key(tokens[start - 2]) in lex.regions
        and end - start >= 2
        and tokens[start - 1][:1].isupper()
        and _key(tokens[start - 1]) not in given_names_id()
    ):
        return True  # "Camat Medan Johor X Y": a district named after its town, then a name of two words
    if (
        start >= 2
        and _key(tokens[start - 2]) in LOCAL_HEADS | _LOCAL_BODIES
        and end - start == 1
        and _place_shaped(tokens[start - 1])
    ):
        return True  # "Camat Cikajang Suparjo", "Kepala Puskesmas Cibeber Wartini": a one-word name
    if (
        start >= 2
        and _key(tokens[start - 2]) in _LOCAL_BODIES
        and end - start >= 2
        and _key(tokens[start - 1]) not in given_names_id()  # ("Ketua PPK Budi Santoso Wijaya": his name)
    ):
        return True
    if start < 3 or _key(tokens[start - 3]) not in LOCAL_HEADS | _LOCAL_UNITS | _LOCAL_BODIES:
        return False
    # ("Ketua RW 05 Kelurahan Cempaka Putih Sarbini": a ward or village word opens its place too)
    return _key(tokens[start - 2]) in PLACE_OPENERS or _place_of_common_words(tokens, start)


def _place_of_common_words(tokens: list[str], start: int) -> bool:
    """Whether tokens[start - 2 : start] are a place of two dictionary words, neither a given name,
    with a name after them ("Camat Cempaka Putih Dicky Saputra", "Lurah Kebon Jeruk Ahmad"): many
    districts and wards are named so, and their second word would otherwise open the name. The name
    must not open with a dictionary word itself unless it is a given name: a run of dictionary words
    may be a person's whole name."""
    given = given_names_id()
    place = [_key(t) for t in tokens[start - 2 : start]]
    first = _key(tokens[start])
    if place[1] in _LOCAL_PLACE_TAILS and place[0] not in given:
        return True  # "Camat Kebayoran Baru Agus Salim": a word no one's name ends with ends the place
    return all(is_dictionary_word(word) and word not in given for word in place) and (
        first in given or not is_dictionary_word(first)
    )


def _names_body(tokens: list[str], lex: Lexicon) -> bool:
    """Whether a word opens a body's name: a short form in capitals ("KKP") or a body word."""
    return bool(tokens) and ((tokens[0].isupper() and len(tokens[0]) > 1) or _key(tokens[0]) in lex.institutions)


_COURTESY_TITLES_EN = frozenset({"mr", "mrs", "ms", "miss", "dr"})


def _affiliation(tokens: list[str], start: int, end: int, of_at: int, lex: Lexicon) -> bool:
    """ "Hannah Ward of the Refugee Council", "David Sandalow of Columbia University's Center": a
    full name, then the body the person speaks for ("the ..." or a body's word)."""
    body = tokens[of_at + 1 :]
    # ("Mr. Burman of the Tax Policy Center": a surname after a courtesy title, named in full before)
    courtesy = start == 1 and end == 2 and _key(tokens[0]) in _COURTESY_TITLES_EN
    # ("Political scientist Ana Ruiz of Westbrook University": a description in lower case before
    # the name, the sentence's capital aside, no post)
    described = 0 < start <= 3 and end - start >= 2 and all(t.isalpha() and t.islower() for t in tokens[1:start])
    described = described and not any(_key(t) in lex.roles for t in tokens[:start])
    return (start == 0 and end - start >= 2 or courtesy or described) and _names_a_body(body, lex)


def _names_a_body(body: list[str], lex: Lexicon) -> bool:
    """Whether the words after "of" name a body: "the ..." or a body's word."""
    return bool(body) and (
        _key(body[0]) == "the" or any(_key(t).removesuffix("'s").removesuffix("’s") in lex.institutions for t in body)
    )


# The Arabic article as Indonesian copy joins it to a name's word ("Al-Haddad", "As-Sayyid",
# "Asy-Syafi'i", "El-Hakim"): one name, not two people's.
_ARABIC_ARTICLES = frozenset({"al", "el", "as", "asy", "ash", "ad", "ar", "an", "at", "az", "ath"})


def index_after_first(tokens: list[str], word: str) -> int | None:
    """Where `word` stands first among `tokens` after the first token, else None: list.index, with
    no Python loop over the tokens (a loop for each chunk of each mention parsed)."""
    try:
        return tokens.index(word, 1)
    except ValueError:
        return None


def _is_pair(word: str) -> bool:
    """ "Pranoto-Munir": two people's names joined; "Perangin-angin", "Perangin-Angin" (a Batak
    clan name that repeats its end) and "Al-Haddad" are one."""
    if not _PAIR.match(word):
        return False
    first, _, second = word.partition("-")
    return not first.casefold().endswith(second.casefold()) and first.casefold() not in _ARABIC_ARTICLES


# Places and bodies named after two people ("Bandara Soekarno-Hatta", "Jalan Sudirman-Thamrin").
_EPONYMOUS_PLACES = frozenset({"bandara", "bandar", "stadion", "pelabuhan", "terminal", "bendungan", "tol", "stasiun"})


def _after_eponymous_pair(tokens: list[str], start: int, end: int, lex: Lexicon) -> int:
    """Where a name starts after a place or body named by two joined names, which ends it
    ("General Manager Bandara Soekarno-Hatta Heru Karyadi": Heru Karyadi, not a ticket of two
    whose first is "Bandara Soekarno"; "Ketua TKN Budi-Sari Rosan": the ticket's team, by its
    short form); `start` when no such pair has name words after it."""
    for k in range(max(start, 1), end - 1):
        if _is_pair(tokens[k]) and any(
            _key(t) in _EPONYMOUS_PLACES or _key(t) in lex.institutions or (t.isupper() and len(_key(t)) >= 2)
            for t in tokens[max(0, k - 2) : k]
        ):
            return k + 1
    return start


def _is_agency(token: str) -> bool:
    """A Dinas's syllable short form ("Disnaker", "Dinkes", "Dishub", "Diskominfo"): "Dis"/"Din"
    and a consonant, six letters or more, no dictionary word. Names such as "Dinda" or "Dinarti"
    are shorter or go on with a vowel."""
    key = _key(token)
    return (
        len(key) >= 6
        and key.startswith(("dis", "din"))
        and key[3] not in "aeiou"
        and token[:1].isupper()
        and not is_dictionary_word(key)
    )


def _common_word(token: str) -> bool:
    return is_dictionary_word(_key(token))


def _mayor_named(tokens: list[str], start: int, end: int, lex: Lexicon) -> bool:
    """After "Wali Kota" the city may go unprinted ("Wali Kota Eri Cahyadi", the city named
    before): a word that is no known place, before a one-word rest, begins the name."""
    return (
        end - start == 1
        and start >= 3
        and _key(tokens[start - 2]) == "kota"
        and _key(tokens[start - 3]) == "wali"
        and _key(tokens[start - 1]) not in lex.regions
    )


def is_country(key: str) -> bool:
    return key in word_set("quotetrack.text", "countries.txt")


def _without_venue(tokens: list[str], lex: Lexicon) -> list[str]:
    """Tokens without a place printed after the person's name, which says where they spoke
    ("Ketua KPU Papua Theodorus Kabak di Jayapura mengatakan"): a post's own place comes before
    the name ("Konsul Jenderal RI di Jeddah Eko Hartono")."""
    at = next((k for k in range(len(tokens) - 2, 0, -1) if tokens[k] in _VENUE), None)
    if at is None or len(tokens) - at - 1 > 3 or not all(t[:1].isupper() for t in tokens[at + 1 :]):
        return tokens
    if 0 < _name_run(tokens[at + 1 :], lex)[0] < len(tokens) - at - 1:
        return tokens  # "Kepala Balai Besar POM di Surabaya Dewi Lestari": a place, then the name
    start, end = _name_run(tokens[:at], lex)
    named = start < end == at and (end - start >= 2 or any(_key(t) in lex.roles for t in tokens[:start]))
    first = _key(tokens[start]) if named else ""
    named = named and first not in lex.institutions and first not in NAMED_BODIES  # "Bandara Pantar di Alor"
    return tokens[:at] if named else tokens


def _name_after_body(tokens: list[str], start: int, end: int) -> int:
    """Where the name starts in the words after a connector of a body's name, `tokens[start:end]`
    ("Deputi Komisioner Humas dan Logistik OJK Anto Wicaksono", "Kepala Bidang Sosial dan
    Penanggulangan Kemiskinan Vivi Yulasmini"): the body goes on for at least one word after
    "dan", and up to its last short form or affixed noun. `end` when the words name no person:
    every one of them a dictionary word ("Menteri Energi dan Sumber Daya Mineral")."""
    at = start + 1
    for k in range(end - 1, start, -1):
        if tokens[k].isupper() and len(tokens[k]) > 1:
            at = max(at, k + 1)  # "OJK": the body's short form ends it
            break
    at = max(at, end - 3)
    if all(_common_word(t) for t in tokens[at:end]):
        return end
    return _given_name_start(tokens, at, end, common_words=True)


def _listed_post(chunks: list[str], tail: list[str], lex: Lexicon) -> tuple[str | None, str | None] | None:
    """The post whose fields are listed with commas ("Menteri Koordinator Bidang Politik, Hukum,
    dan Keamanan" + name): the chunks back to the one that holds an office word, each a few
    capitalised words, joined with the "dan ..." words before the name. None when there is none."""
    first = len(chunks) - 1
    while first >= 0:
        words = chunks[first].split()
        office = len(words) >= 2 and any(_key(w) in lex.roles for w in words)
        # ("Kepala Bidang Bangunan Gedung Dinas Perumahan Rakyat dan Kawasan Permukiman": the
        # office's chunk names the unit and the body's first field)
        most = _MAX_OFFICE_CHUNK_WORDS if office else _MAX_FIELD_WORDS
        if not words or len(words) > most or not all(w[:1].isupper() for w in words[-1:]):
            return None
        if office:
            break  # the office and its first field; a field alone may be an office word ("Hukum")
        first -= 1
    if first < 0:
        return None
    joined = [w for chunk in chunks[first:] for w in (chunk + ",").split()] + tail
    return _split_role_region(joined, lex)


def _fields_after(chunks: list[str], lex: Lexicon) -> tuple[str | None, str | None] | None:
    """A post after the name whose fields go on over commas up to a "dan ..." chunk ("Kepala
    Dinas Tenaga Kerja, Transmigrasi, dan Energi DKI Jakarta"), with its region; None otherwise."""
    last = next((k for k, chunk in enumerate(chunks) if k and _key(chunk.split()[0]) in LIST_AND), None)
    if last is None or last < 2:
        return None  # ("Budi, Ketua KPU, dan Andi": a second person)
    for k, chunk in enumerate(chunks[1 : last + 1], start=1):
        words = chunk.split()
        if len(words) > _MAX_FIELD_WORDS or not all(w[:1].isupper() or _key(w) in LIST_AND for w in words):
            return None
        # Fields are common words ("Transmigrasi", "dan Energi"), names are not ("Andi, dan Rina").
        field = words[1:2] if k == last else words
        if not field or not all(is_dictionary_word(_key(w)) for w in field):
            return None
    joined = [w for chunk in chunks[: last + 1] for w in (chunk + ",").split()]
    joined[-1] = joined[-1].rstrip(",")
    return _split_role_region(joined, lex)


def _goes_on_a_post(words: list[str], lex: Lexicon) -> bool:
    """Whether the words before a name, after a comma, go on with the post before the comma
    rather than hold one: the last fields of a list ("Kepala Biro Humas, Hukum dan Kerja Sama
    BKN Paryono") or the body the post is in ("Direktur Jenderal Perdagangan Luar Negeri,
    Kementerian Perdagangan Oke Nurhadiyan"); never an office of their own ("..., Kepala Dinas X")."""
    if lex.lang != "id":
        return False
    if any(_key(w) in LIST_AND for w in words[1:]):
        # Fields, not offices, open the chunk and follow "dan" ("Bupati Garut, Wakil Bupati dan
        # Sekda X" lists three offices).
        heads = [words[0]] + [words[k + 1] for k, w in enumerate(words[:-1]) if _key(w) in LIST_AND]
        return not any(_key(h) in lex.roles and _key(h) not in _FIELD_WORDS for h in heads)
    return _key(words[0]) in lex.institutions and not any(_key(w) in lex.roles for w in words)


def _aside_from(chunks: list[str], lex: Lexicon) -> int:
    """Where an English aside about the person the first chunk names begins: the first later
    chunk that opens with a lower-case word other than an article or a post ("Lady Hale, sitting
    with Lords Bingham, Steyn and Hope", "Mr Mubanga, 32, from Wembley, London"); len(chunks)
    when there is none (also "Mr Harwood, the Tory leader": the post of the name before)."""
    words = chunks[0].split()
    titled = (
        len(words) >= 2
        and _is_title(words[0], lex)
        and words[1][:1].isupper()  # "Mr Mubanga"
        # ("Gov. X is expected to sign it, his spokeswoman, Y": a clause about him, then who spoke)
        and not any(w[:1].islower() and w not in NAME_PARTICLES for w in words[2:])
    )
    if not (titled or _whole_name(chunks[0], lex)) or _key(words[0]) in _CIRCUMSTANCE_OPENERS_EN:
        return len(chunks)
    for index in range(1, len(chunks) - 1):
        first = chunks[index].split()[0] if chunks[index].split() else ""
        if first[:1].islower() and _key(first) not in _ASIDE_NOT and _key(first) not in lex.roles:
            return index + 1  # (the chunk that opens the aside may still give a post: "of the BMA")
    return len(chunks)


# English words that open a firm's post, printed in Indonesian copy after the name and its comma
# ("X, Managing Director Asia Pacific di Y", "X, Partner", "X, Country Manager Indonesia"): the
# capitalised words after them are the post's region or field, never a second name.
_EN_POST_OPENERS_IN_ID = frozenset(
    {"managing", "partner", "country", "regional", "principal", "associate", "founding", "cto", "coo", "cmo"}
)


def _post_is_an_object(before: list[str], lex: Lexicon) -> bool:
    """Whether the post in the chunk before a name's comma is the object of the narration that
    opens the chunk ("Menanggapi aturan yang ditetapkan oleh Gubernur X, Kombes Y", "Terkait surat
    kepada Dirjen X pada 5 Mei, Z"): a preposition, a verb, or an order's or a document's noun
    right before the post; not any narration ("Dalam kesempatan itu Kepala Dinas X, Y")."""
    at = next((k for k, t in enumerate(before) if _key(t) in lex.roles and t[:1].isupper()), 0)
    if at == 0:
        return False
    key = _key(before[at - 1])
    return key in _OBJECT_MARKERS_ID or key in THING_HEADS or _VERB_FORM_ID.fullmatch(key) is not None


# Words after which a post is the object of the narration: prepositions, an order's or a request's
# nouns ("arahan Presiden", "instruksi Kapolda"); and verbs by their prefix ("bertemu", "ditetapkan oleh").
_OBJECT_MARKERS_ID = frozenset(
    {"oleh", "kepada", "dengan", "bersama", "untuk", "terhadap", "atas", "bagi", "arahan", "instruksi"}
    | {"perintah", "permintaan", "undangan", "imbauan", "edaran", "usulan", "teguran", "bertemu", "menemui"}
)
_VERB_FORM_ID = re.compile(r"(?:me|di)[a-z]{4,}")


def _another_official_s(before: list[str], rank: list[str], lex: Lexicon) -> bool:
    """Whether the chunk before a ranked name's comma names another official in full, post and
    name of two words or more ("Gubernur Jawa Barat Ridwan Santoso, Kombes Ahmad Ramli"): an
    officer's rank opens an appositive's name only after the post alone ("Kabid Humas Polda Metro
    Jaya, Kombes X")."""
    if not all(is_rank_word(t.strip(",;:")) for t in rank):
        return False
    start, end = _name_run(before, lex)
    if not (start > 0 and end == len(before) and end - start >= 2):
        return False
    previous = before[start - 1]
    return _key(previous) in lex.roles or _key(previous) in lex.regions or is_rank_word(previous)


def _whole_name(chunk: str, lex: Lexicon) -> bool:
    """Whether a comma-separated chunk is a person's name and nothing else: two words or more,
    or one word with an age in brackets ("Minuk (28)") or that no dictionary holds ("Haryanto";
    "Terpisah" alone is an adverb)."""
    printed = chunk.split()
    tokens = [t for t in printed if not _AGE.fullmatch(t)]
    while len(tokens) > 2 and (_is_title(tokens[0], lex) or _key(tokens[0]) in ADDRESS_WORDS):
        tokens = tokens[1:]  # "Ustaz Abdul Malik", "Mas Bayu Aji": a title or a word of address, then the name
    start, end = _name_run(tokens, lex)
    if not (start == 0 and end == len(tokens)):
        return False
    if end != 1:
        return end >= 2
    key = _key(tokens[0])
    return key not in lex.regions and (len(printed) == 2 or (lex.lang == "id" and not is_dictionary_word(key)))


def _without_nickname(chunk: str, lex: Lexicon) -> str:
    """A chunk that names a person, without the nickname in brackets after the name ("Muhammad
    Ridwan (Iwan), Ketua Gapoktan ..."); any other chunk as it is ("Kepala Dinas Kesehatan (Dinkes)")."""
    if "(" not in chunk:
        return chunk
    name = TRAILING_SHORT_FORM.sub("", chunk)
    return name if name != chunk and _whole_name(name, lex) else chunk


def _post_after_name(tokens: list[str], lex: Lexicon) -> int:
    """Where a post begins that is printed right after a name with no comma between ("M Yasir
    Camat Gondang", "Budi Santoso Kepala Dinas PUPR Kabupaten Lamongan"); 0 when the words do not
    read so. Indonesian copy only: the name is two words or more (an initial counts), or one
    word no dictionary holds, and every word of the post is capitalised or a linking word."""
    if lex.lang != "id":
        return 0
    # "Kota" is a post's word only after "Wali": "Kasatpol PP Kota Depok X" names a place there.
    at = next((k for k, t in enumerate(tokens) if _key(t) in lex.roles and _key(t) not in _PLACE_MARKERS), 0)
    if at == 0 or not all(t[:1].isupper() or _key(t) in _CONNECTORS for t in tokens[at:]):
        return 0
    head = tokens[:at]
    if lex.root_re.fullmatch(head[0]) or lex.verb_re.fullmatch(head[0]):
        return 0  # "Tegas M Yasir Camat Gondang": a capitalised verb opens the run, not the name
    start, end = _name_run(head, lex)
    if start == 1 and _INITIALS.match(head[0].strip(",;:")) and len(head[0].strip(".")) == 1:
        start = 0  # "M Yasir": an initial with no full stop opens the name
    if (start, end) != (0, at) or any(_key(t) in lex.regions for t in head):
        return 0
    if at == 1 and (is_dictionary_word(_key(head[0])) or _key(head[0]) in lex.clause_openers):
        return 0
    return at


def parse_named_first(printed: str, lex: Lexicon) -> ParsedMention | None:
    """The mention right after a speech verb when it prints the name first and the post after it
    with no comma ("kata Budi Santoso Kepala Dinas PUPR Kabupaten Lamongan"); None otherwise.
    Only where a verb introduces the mention: elsewhere a capitalised run such as "Hasil Rapat
    Pimpinan Daerah" reads the same way and names nobody."""
    text = printed.strip(_STRIP)
    if "," in text:
        return None
    tokens = text.split()
    at = _post_after_name(tokens, lex)
    if not at:
        return None
    role, region = _split_role_region(tokens[at:], lex)
    return ParsedMention(printed=text, name=" ".join(tokens[:at]), role=role, region=region)


# Bodies English copy names in lower case before a spokesperson ("a police spokesman", "a council
# spokeswoman"): each town, force or country has one, which the words leave unnamed.
_BODIES_IN_LOWER_CASE = frozenset({"police", "council", "government", "army", "military", "hospital", "navy"})


def body_voice(text: str, lex: Lexicon) -> ParsedMention | None:
    """'a Home Office spokeswoman' -> the Home Office, speaking through a spokeswoman."""
    match = _BODY_VOICE.fullmatch(text)
    if match is None or (match.group("before") is None) == (match.group("after") is None):
        return None
    body = match.group("before") or match.group("after")
    first, last = body.split()[0], body.split()[-1]
    if match.group("before") in _BODIES_IN_LOWER_CASE:
        return ParsedMention(printed=text)  # '," a police spokeswoman said': someone of a body left unnamed
    if not body[:1].isupper() or last.casefold() in {"of", "for", "and", "the", "on"}:
        return None  # re.IGNORECASE lets "a senior official" through: a body is capitalised
    if _is_title(first, lex) or _key(first) in lex.roles or first.casefold() in given_name_genders():
        return None  # "a spokesman for Mr Blair", "for the President", "for John Kerry": a person's
    post = match.group("post").casefold()
    if post in _ANONYMOUS_VOICES:
        # "A Pentagon official said", "a Treasury source": someone at the body, unnamed, who
        # does not speak for it as its spokesperson does
        return ParsedMention(printed=text)
    return ParsedMention(printed=text, org=body, role=post)


# "Saat menjabat (sebagai) ...", "Ketika menjadi ...", "Semasa menjabat jadi ...": a tenure past.
_TENURE = re.compile(
    r"(?:Saat|Ketika|Semasa|Sewaktu|Selama)\s+(?:masih\s+)?(?:menjabat|menjadi)\s+(?:sebagai\s+|jadi\s+)?"
)


def _is_post_word(token: str, lex: Lexicon) -> bool:
    """A post's word, or a unit's head in one coined word ("Kadispenad", "Kasatreskrim")."""
    return _key(token) in lex.roles or (lex.lang == "id" and is_unit_head(_key(token)))


def _common_noun(word: str, lex: Lexicon) -> bool:
    """ "Politisi" in "kata Politisi Golkar itu": a capitalised dictionary word that is no post,
    title or body, so the description names no one by name."""
    key = word.casefold()
    return (
        lex.lang == "id"
        and is_dictionary_word(key)
        and key not in lex.roles
        and key not in lex.institutions
        and not _is_title(word, lex)
    )


def _describes_the_name_before(tokens: list[str]) -> bool:
    """An English chunk that opens with a participle ("citing ...", "speaking at ...") or with an
    article and a lower-case word ("the leader of ...", "a former aide to ..."), or a
    preposition further on ("the Republican attorney general under former President X")."""
    if not tokens or not tokens[0][:1].islower():
        return False
    first = tokens[0].casefold()
    return (first.endswith("ing") and len(first) > 4) or (
        first in {"the", "a", "an"}
        and len(tokens) > 1
        and (tokens[1][:1].islower() or not _OBJECT_PREPOSITIONS.isdisjoint(tokens[2:]))
    )


_OBJECT_PREPOSITIONS = frozenset({"under", "to", "for", "of", "with", "at", "from", "by"})


def _name_of_object(tokens: list[str], lex: Lexicon) -> bool:
    """Whether the name that ends English words follows a preposition, with a post between at
    most ("the attorney general under former President George W. Bush"): whose the post is."""
    start, _ = _name_run(tokens, lex)
    return any(t in _OBJECT_PREPOSITIONS for t in tokens[1:start])


def _names_a_post(role: str, lex: Lexicon) -> bool:
    """Whether `role` holds a post word or an abbreviated office ("Gov.", "Sen."), alone or
    hyphenated ("Director-General", "Inspector-General")."""
    return any(
        _key(t) in lex.roles
        or "." in t
        or _key(t).rstrip(".") in _EN_OFFICE_ABBREVIATIONS
        or ("-" in t and any(_key(part) in lex.roles for part in t.split("-")))
        for t in role.split()
    )


def _organisation(tokens: list[str], lex: Lexicon) -> str | None:
    words = [t.strip(_STRIP) for t in tokens]
    named = any(_key(w) in lex.institutions or (w.isupper() and len(w) > 1) for w in words)
    if named and all(w[:1].isupper() or w.casefold() in _CONNECTORS for w in words if w):
        if words[0].casefold() in LIST_AND:
            # "Suku Dinas Ketahanan Pangan, Kelautan, dan Pertanian (Sudin KPKP) Jakarta Timur" cut
            # at its list's last comma: the short form names the body, with its place after it
            opened = next((k for k, t in enumerate(tokens) if t.startswith("(")), None)
            if opened is not None and any(t.endswith(")") for t in tokens[opened:]):
                words = words[opened:]
        if len(words) >= 3 and words[0].endswith(("'s", "’s")) and not words[0].isupper():
            words = words[1:]  # "Iran's Islamic Revolutionary Guard Corps": whose body, then its name
        if len(words) == len(tokens):
            # "Pemerintah Kota (Pemkot) Tangerang Selatan": the short form in brackets is no word of the name
            words = [
                w for w, t in zip(words, tokens, strict=True) if not (t.startswith("(") and t.endswith(")"))
            ] or words
        return " ".join(w for w in words if w)
    return None


_BODY_LINKS = frozenset({"of", "for", "on", "and", "the", "a", "an", "in"})  # "Committee for a Responsible ..."
# Unnamed staff of a named body: "Economists at the Institute for Fiscal Studies".
_STAFF_AT = re.compile(
    r"(?:[A-Za-z]+\s+){0,2}?(?:economists|analysts|researchers|officials|experts|scientists|staff|lawyers|doctors|"
    r"aides|strategists|engineers|inspectors|auditors|management|leadership|owners|executives)"
    r"\s+(?:at|from|with|of)\s+(?:the\s+)?(?P<body>[A-Z].{1,80})",
    re.IGNORECASE,
)
# A description of a body by who leads or backs it: not the subject.
_LED_BY = re.compile(r",\s+(?:led|headed|chaired|run|founded|backed|owned|represented)\s+by\b")
# A spokesperson the article does not name, for an official given by a post.
# (and those who speak for a person: "a lawyer for the family", "The family of John Smith")
# ("the mayor's", and a name or plural in s with the apostrophe alone: "Mr Jones' spokesman")
_POSSESSIVE = r"(?:['’]s|(?<=s)['’])"
_VOICES = (
    r"(?:spokesman|spokeswoman|spokesperson|press\s+secretary|aides?|advis[eo]rs?|lawyers?|attorneys?|"
    r"family|relatives)"
)
UNNAMED_VOICE = re.compile(
    rf"(?:[Tt]he\s+|[Aa]n?\s+)?(?:[a-z]+\s+)?[a-z]+{_POSSESSIVE}\s+(?:official\s+|chief\s+|deputy\s+)?{_VOICES}"
    rf"|(?:[Tt]he\s+|[Aa]n?\s+|[Hh]is\s+|[Hh]er\s+|[Tt]heir\s+){_VOICES}\s+(?:for|to|of)\s+(?:the\s+|his\s+|her\s+)?"
    r"[a-z]+(?:\s+[a-z]+)?"
)


# "A spokesman for Governor Andrew Cuomo", "John Smith's lawyer": a voice for a person the
# article names.
_VOICE_FOR_NAMED = re.compile(
    rf"(?:[Tt]he\s+|[Aa]n?\s+){_VOICES}\s+(?:for|to|of)\s+(?P<who>(?:[A-Z][\w.'’-]*\s+){{0,4}}[A-Z][\w'’-]+)"
    # ("Mr Blair's official spokesman", "Brackett's senior advisers")
    rf"|(?P<owner>(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]+){_POSSESSIVE}\s+(?:(?:official|chief|senior|top|campaign)\s+)?"
    rf"{_VOICES}"
)


def unnamed_voice(text: str, lex: Lexicon) -> bool:
    """Whether a mention is someone the article does not name speaking for an official: "the
    mayor's spokeswoman", "a spokesman for the governor", "a spokesman for Governor Andrew
    Cuomo" (never the governor himself; but "a spokesman for the Home Office" is the body's)."""
    if UNNAMED_VOICE.fullmatch(text):
        return True
    match = _VOICE_FOR_NAMED.fullmatch(text)
    if match is None:
        return False
    named = parse_mention(match.group("who") or match.group("owner"), lex)
    return named is not None and bool(named.name) and not named.org


def _post_held(text: str, lex: Lexicon) -> ParsedMention | None:
    """ "Sadiq Khan, who was elected mayor of London last week": the name, and the post the
    clause says the person holds ("mayor of London"); None when the clause gives no post."""
    comma = text.find(", who ")
    post = held_post(text[comma + 2 :], lex)
    if post is None:
        return None
    named = parse_mention(text[:comma], lex)
    if named is None or not named.name or named.role:
        return None
    return replace(named, printed=text, role=post)


_CIRCUMSTANCE_EN = frozenset({"in", "on", "at", "during", "after", "before", "from", "since", "speaking", "outside"})
_IN_STATE = re.compile(r"In [A-Z][a-z]+(?: [A-Z][a-z]+)?")
# Offices of a state's government or legislature ("the House majority whip"; not "the journalist").
STATE_OFFICE = re.compile(
    r"(?i)\b(?:house|senate|senator|representative|assembly|governor|legislat\w*|lawmaker|whip|speaker|"
    r"attorney general|secretary of state|treasurer|comptroller)\b"
)


_PAIR_OF_NAMES = re.compile(
    r"((?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’-]+)\s+and\s+((?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’-]+)"
)


def names_two_people(before: list[str], after: list[str], lex: Lexicon) -> bool:
    """ "Donald Brackett and Hillary Clinton", "Anna Palmer and Jake Sherman": the words either side
    of "and" name two people in full, two or three words each, opening with given names the list
    knows; one such given name is enough when neither side holds a body's or a post's word."""
    genders = given_name_genders()
    plain = not any(w.casefold() in lex.institutions or w.casefold() in lex.roles for w in before + after)
    return (
        2 <= len(before) <= 3
        and 2 <= len(after) <= 3
        and (before[0].casefold() in genders or after[0].casefold() in genders)
        and (plain or (before[0].casefold() in genders and after[0].casefold() in genders))
    )


def _first_of_pair(text: str, lex: Lexicon) -> ParsedMention | None:
    """ "Anna Palmer and Jake Sherman wrote": a statement of two people named in full, with no
    post, body or title in either name; the first of them."""
    pair = _PAIR_OF_NAMES.fullmatch(text)
    if pair is None:
        return _first_of_titled_pair(text, lex)
    before, after = pair.group(1).split(), pair.group(2).split()
    if any(_key(w) in lex.roles or _key(w) in lex.institutions or _is_title(w, lex) for w in before + after):
        # ("Sen. Ann Vogel and Sen. Raj Mehta": a title or a post in each name)
        return _first_of_titled_pair(text, lex)
    if not names_two_people(before, after, lex):
        return None
    first = parse_mention(pair.group(1), lex)
    return replace(first, printed=text) if first is not None and first.name else None


# Titles of two people printed once, before both names: "Senators Ann Vogel and Raj Mehta".
_PLURAL_TITLES_EN = {
    "senators": "Senator",
    "sens.": "Sen.",
    "representatives": "Representative",
    "reps.": "Rep.",
    "governors": "Governor",
    "govs.": "Gov.",
    "congressmen": "Congressman",
    "congresswomen": "Congresswoman",
    "councillors": "Councillor",
    "councilmembers": "Councilmember",
}


def singular_title(printed: str) -> str:
    """A mention that opens with a title of two people, with it as the first one's: "Sens. Amy
    Cole" -> "Sen. Amy Cole" (after a speech verb the mention ends before "and Rob Vance")."""
    title, space, rest = printed.lstrip().partition(" ")
    single = _PLURAL_TITLES_EN.get(title.casefold())
    return f"{single}{space}{rest}" if single is not None and rest[:1].isupper() else printed


def _first_of_titled_pair(text: str, lex: Lexicon) -> ParsedMention | None:
    """ "Former Maryland Gov. Martin O'Malley (D) and former Arkansas Gov. Mike Huckabee (R)
    announced": two people, each with a post and named in full; the first of them."""
    sides = re.sub(rf"\s*{PARTY_BRACKET}", "", text).split(" and ") if text.count(" and ") == 1 else []
    if len(sides) != 2 or "," in sides[0] or not sides[1][:1].isalpha():
        return None
    title, _, rest = sides[0].partition(" ")
    if (single := _PLURAL_TITLES_EN.get(title.casefold())) is not None and rest[:1].isupper():
        # "Senators Ann Vogel and Raj Mehta said": the title each of them holds
        sides = [f"{single} {rest}", f"{single} {sides[1]}"]
    first, second = (parse_mention(side, lex) for side in sides)
    if not (first and second and first.name and second.name and first.role and second.role):
        return None
    if len(first.name.split()) < 2 or len(second.name.split()) < 2:
        return None
    return replace(first, printed=text)


_PAIR_JOINER_ID = re.compile(r" (?:dan|didampingi|bersama|beserta) ")


def _lead_of_pair_id(text: str, lex: Lexicon) -> ParsedMention | None:
    """ "Bupati X dan Wakil Bupati Y mengatakan", "Bupati X didampingi/bersama Wakil Bupati Y
    mengatakan": two officials, each with a post and a name, speak together or one with the other
    at his side; the statement is filed under the first, who leads (the clause's subject; "bersama
    Y" says who was with him), each post staying with its own name. After "dan" the second must
    open with a post's word: otherwise "dan" joins the words of one post ("Kepala Badan Riset dan
    Inovasi Nasional")."""
    pair = text
    if "," in text:
        head, pair = (part.strip() for part in text.rsplit(",", 1))
        if not any(w[:1].islower() and _key(w) not in _CONNECTORS for w in head.split()):
            return None  # (no narration before the comma: a post over commas, "Menko Politik, Hukum, dan Keamanan X")
        # ("pada Sabtu malam, Bupati X bersama ...", "Sementara itu, ...": the narration is no side's)
    sides = _PAIR_JOINER_ID.split(pair)
    if len(sides) != 2 or "," in pair or not sides[1][:1].isupper():
        return None
    if " dan " in pair and _key(sides[1].split()[0]) not in lex.roles:
        return None  # "Deputi Bidang Neraca dan Analisis Statistik": "dan" inside a body's or a field's name
    first, second = (parse_mention(side, lex) for side in sides)
    if not (first and second and first.name and second.name and first.role and second.role):
        return None
    return replace(first, printed=text)


def _a_state(chunk: str) -> bool:
    """Whether a comma-separated chunk is a state of the United States ("Mo", as stripped, "Ohio")."""
    return f"{chunk}.".casefold() in us_states() or chunk in state_names()


def _named_after_post(tokens: list[str], lex: Lexicon) -> bool:
    """Whether English words end in a name of two words or more after a post in lower case
    ("the journalist Olive Mercer", "the mayor Sadiq Khan")."""
    start, end = _name_run(tokens, lex)
    return end == len(tokens) and end - start >= 2 and start > 0 and _key(tokens[start - 1]) in lex.roles


# One word with a capital inside, as companies write their names; surnames write theirs after a
# prefix ("McCain", "MacLeod", "DeSantis", "LaHood", "DiNapoli", "O'Neill", "VanDyke").
_CAMEL_CASE = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St)[A-Z][a-z]+[A-Z][A-Za-z]+")


# The police as a body that speaks: "police", "the police", "Riverton police" (the town's force),
# "state police", "local police" (a force the copy does not name).
_POLICE_FORCE = re.compile(
    r"(?:the\s+)?(?P<place>(?:[A-Z][\w'’.-]*\s+){1,3})?police",
    re.IGNORECASE,
)


def police_force(printed: str) -> str | None:
    """The force a mention names ("Riverton police" -> "Riverton Police", "the police" -> "Police");
    None for any other mention."""
    stripped = printed.strip()
    if stripped[-6:].isascii() and stripped[-6:].lower() != "police":
        return None  # (every match ends with the word: tested first, the pattern tried 3 us a mention)
    found = _POLICE_FORCE.fullmatch(stripped)
    if found is None:
        return None
    place = found.group("place")
    if place is None or place.strip().casefold() in _FORCES_UNNAMED:
        return "Police"  # ("Local police said" opens a sentence: the capital names no town)
    if not all(w[:1].isupper() for w in place.split()) or place.split()[0].casefold() in _SOME_OF_THEM:
        return None  # (re.IGNORECASE lets "some police" through; "Several police": officers, unnamed)
    return f"{' '.join(place.split())} Police"


_FORCES_UNNAMED = frozenset({"state", "local", "city", "county", "federal", "national"})
_SOME_OF_THEM = frozenset(
    {"some", "several", "many", "most", "other", "two", "three", "four", "five", "armed", "riot", "senior", "off-duty"}
)
# Indonesian military and police ranks of two or three words as English copy prints them between
# a post and the name ("Navy spokesman First Adm. X", "Air Force chief Air Chief Marshal Y") or
# before a name the post follows ("Comr. Gen. Z, the chief detective"): the officer's rank, no
# part of the post nor of the name.
_TWO_WORD_RANK = re.compile(
    r"(?:\b(?:[Ss]pokes(?:man|woman|person)|[Cc]hief|[Cc]ommander|[Hh]ead|[Ss]taff|[Dd]eputy|[Dd]irector|[Dd]etectives?)\s+|^)"
    r"(?P<rank>(?:First|Rear|Vice)\s+(?:Adm\.|Admiral|Marshal)|Air\s+(?:Chief\s+|Vice\s+)?Marshal|Marshal"
    r"|(?:Comr|Insp|Brig|Maj|Lt)\.\s+Gen\.)\s+(?=[A-Z][a-z])"
)
# "kata pria karib disapa Cak Duki": a description that ends with the nickname it gives
_NICKNAMED_LAST = re.compile(r"\b(?:disapa|dipanggil)\s+[\"“']?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?[\"”']?\s*$")


@lru_cache(maxsize=4096)  # a listing repeats the same few bodies
def speaking_body(mention: str | None) -> str | None:
    """The organisation a statement's printed speaker names ("DKPP", "the Home Office"), for the
    statements no official is linked to: bodies are cited as speakers but never filed as officials,
    so pages, citations, feeds and exports name them from their mention."""
    if not mention:
        return None
    for lang in ("id", "en"):
        parsed = parse_mention(mention, lexicon(lang))
        if parsed is not None and parsed.org and not parsed.name:
            return parsed.org
    return None


# A body's initials in brackets after its long name, then the comma before the person's name.
_INITIALS_BEFORE_NAME = re.compile(r"(?<=[a-z])\s+\([A-Z][A-Za-z]{1,9}\)(?=,\s+[A-Z])")


# "Salah satu", "salah seorang", "seorang": one of a body's members or of a kind of people.
ONE_OF_ID = re.compile(r"(?:salah\s+(?:satu|seorang)|seorang)\s", re.IGNORECASE)


def _one_of_a_body_s_members(mention: ParsedMention) -> bool:
    """Whether the mention is "one of <a body>'s members" and the one word read as a name follows
    the body's capitalised name or number ("DPRD", "Dinas Pekerjaan Umum", "SD Negeri 1"): the
    body's place. ("Seorang warga Ujang" keeps the name: after a lower-case word it is one.)"""
    if not (mention.name and mention.role and " " not in mention.name and "," not in mention.printed):
        return False
    last = mention.role.split()[-1]
    return ONE_OF_ID.match(mention.printed) is not None and (last[:1].isupper() or last.isdigit())


@lru_cache(maxsize=4096)  # articles repeat the same mentions; the function is pure
def parse_mention(printed: str, lex: Lexicon) -> ParsedMention | None:
    """Parse a mention; None when it names nobody (lower-case narration, empty)."""
    if lex.lang == "id" and (body := body_epithet_id(printed)) is not None:
        return body  # "Kementerian itu menyatakan": the ministry the article named before
    if lex.lang == "id" and "nya " in printed:
        # "lewat Wakil Ketua Umumnya Jazilul Fawaid": its deputy chair, the post without "-nya"
        plain = " ".join(_without_nya(word, lex) for word in printed.split(" "))
        if plain != printed:
            read = parse_mention(plain, lex)
            return replace(read, printed=printed) if read is not None else None
    if lex.lang == "id" and (" selaku " in printed or " yang " in printed or " sebagai " in printed):
        held = _named_as_post(printed, lex)
        if held is not None:
            return held
    if lex.lang == "en" and " and " in printed and (fields := FIELDS_LISTED_EN.search(printed)) is not None:
        # "Coordinating Minister for Political, Legal and Security Affairs X": the portfolio's
        # fields, listed with commas, are one post's (a comma elsewhere parts a post from a name)
        listed = fields.group().replace(",", _LISTED_COMMA)
        read = parse_mention(printed[: fields.start()] + listed + printed[fields.end() :], lex)
        if read is None:
            return None
        role, name = (None if w is None else w.replace(_LISTED_COMMA, ",") for w in (read.role, read.name))
        return replace(read, printed=printed, role=role, name=name)
    if lex.lang == "en" and (force := police_force(printed)) is not None:
        return ParsedMention(printed=printed, org=force)  # "..., police said": the force speaks
    if lex.lang == "en" and "aster" in printed and (glued := glued_posts(printed)) != printed:
        # "The harbour master of Paotere Port, X": the post's two words read as one
        read = parse_mention(glued, lex)
        return replace(read, printed=printed.strip(_STRIP), role=unglued_post(read.role)) if read is not None else None
    if lex.lang == "en" and "illage" in printed and (village := village_head_before(printed)) is not None:
        # "Head of Cilembang village in Sumedang regency, Ujang Sopandi": the village's head, the
        # village in the post and its regency the region
        named = parse_mention(printed[village[0] :], lex)
        if named is not None and named.name and not (named.role or named.org or named.pronoun):
            return replace(named, printed=printed.strip(_STRIP), role=village[1], region=village[2])
    if lex.lang == "en" and (numbered := NUMBERED_COMMISSION.search(printed)) is not None:
        # "House Commission V Ahmad Fauzan Siregar": the commission's numeral ends its name, and the
        # member's name follows it (read whole, the run was taken for a body's long name)
        named = parse_mention(printed[numbered.end() :].strip(), lex)
        if named is not None and named.name and not (named.role or named.org or named.pronoun):
            return replace(named, printed=printed.strip(_STRIP), role=printed[: numbered.end()].strip(_STRIP))
    if lex.lang == "en" and (initials := _INITIALS_BEFORE_NAME.search(printed)) is not None:
        # "The chairman of the General Elections Commission (KPU), X": the body's initials after
        # its long name repeat it; the post and the name read as without them
        read = parse_mention(printed[: initials.start()] + printed[initials.end() :], lex)
        if read is not None and read.name and read.role:
            return replace(read, printed=printed)
    if (
        lex.lang == "en"
        and ("Adm" in printed or "Marshal" in printed or "Gen." in printed)
        and (rank := _TWO_WORD_RANK.search(printed)) is not None
        and (rank.start("rank") > 0 or "," in printed or printed.startswith(("Air", "First", "Marshal", "Comr.")))
    ):
        read = parse_mention(printed[: rank.start("rank")] + printed[rank.end() :], lex)
        if read is not None and read.name:
            return replace(read, printed=printed)
    if (
        lex.lang == "en"
        and " of " in printed
        and (peer := _PEER_OF_PLACE.search(printed)) is not None
        and _is_name_token(peer.group("name"), lex)
    ):
        # "Lord Smith of Finsbury", "Baroness Hale of Richmond": the peer, by the title's name (a
        # place in the title, never a region the peer serves)
        read = parse_mention(printed[: peer.end("name")] + printed[peer.end() :], lex)
        return replace(read, printed=printed) if read is not None else None
    if (
        lex.lang == "en"
        and "Lady " in printed
        and "lady" not in lex.titles
        and (lady := _LADY.search(printed))
        and lady.group(1).casefold() not in lex.roles
    ):
        # "Lady Hale", a peer's or a knight's wife's style, as "Lord Smith" or "Dame Jane": a title,
        # no part of the name; the lexicon has no "lady" title for "First Lady X" and "Lady Justice
        # X", posts that hold the word
        return parse_mention(printed, _with_lady_title(lex))
    if (
        lex.lang == "en"
        and printed.endswith(_MEMBER_AFTER_ENDS)
        and (member := _MEMBER_AFTER_NAME.search(printed)) is not None
    ):
        # "Sarah Blythe MP said", "Niall Brennan TD": a member's post after the name (in
        # Indonesian copy those letters are a degree's, "MP" for Magister Pertanian)
        named = parse_mention(printed[: member.start(1)].rstrip(" ,"), lex)
        if named is not None and named.name and not named.role and not named.org:
            return replace(named, printed=printed, role=member.group(1))
    if lex.lang == "id" and (honorary := _HONORARY_DOCTORATE.search(printed)) is not None:
        # "Gubernur X Dr. (H.C.) Y": the honorary doctorate's mark, no part of the post
        read = parse_mention(printed[: honorary.start()] + printed[honorary.end() :], lex)
        return replace(read, printed=printed) if read is not None else None
    mention = _parse_mention(printed, lex)
    if lex.lang == "id" and mention is not None and mention.name and mention.role:
        mention = _with_adat_title(mention, printed, lex)
    if lex.lang == "id" and (mention is None or not mention.name) and "," not in printed:
        # "Rudy Gunawan Bupati Garut mengatakan": the name first, then the post with no comma
        mention = name_then_post(printed, lex) or mention
    if lex.lang == "id" and mention is not None and _one_of_a_body_s_members(mention):
        # "Salah satu anggota DPRD Mekarsari (yang enggan disebut namanya)": one of its members,
        # unnamed (a name would follow a comma), the word after the body its place. The statement
        # stays with no one named: with the post alone it would go to a member named elsewhere.
        return ParsedMention(printed=mention.printed)
    if lex.lang == "id" and mention is not None and mention.name and _kin_of_named(mention.name):
        # "Keluarga Deki Susanto, buron judi ..., berharap": his family, not he (nor one named
        # "Keluarga Deki Susanto"); the statement stays, with no one named
        return ParsedMention(printed=mention.printed)
    if lex.lang == "en" and mention is not None and mention.role and _KIN_OF.search(printed):
        # "Jo Reed, wife of the prime minister", "The daughter of the governor, Ann Lake": the
        # relative's post, not hers
        return replace(mention, role=None, region=None)
    if (
        lex.lang == "en"
        and mention is not None
        and mention.role
        and mention.name
        and mention.name.startswith(_ROYAL_STYLES)
        and mention.name.count(" ") >= 2
    ):
        # "Saudi Foreign Minister Prince Faisal bin Farhan": after a post, a royal style is no part
        # of the name ("Prince Harry" alone keeps it: the style is all there is before one name)
        mention = replace(mention, name=mention.name.split(" ", 1)[1])
    if lex.lang == "en" and mention is not None and mention.role and " " in mention.role:
        owner, post = mention.role.split(" ", 1)
        # "Its leader, X": whose leader is said before; "Indonesia's coordinating minister for
        # economic affairs, X": the country whose post it is. The post
        mention = replace(mention, role=post if owner.casefold() in _OWNERS else without_country_s(mention.role))
    if (
        lex.lang == "id"
        and mention is not None
        and mention.name
        and f"asal {mention.name}" in printed
        and all(_key(w) in lex.regions for w in mention.name.split())
    ):
        # "perempuan asal Depok, Jawa Barat": where she is from, no one's name
        mention = replace(mention, name=None, region=mention.region or mention.name)
    if mention is not None and mention.role and not CLAUSE_WORDS.isdisjoint(mention.role.split()):
        # "Keputusan Gubernur harus segera terbit Terkait ..., Teguh": a clause (a subheading run
        # into the paragraph) before the name, never a post, which holds no "harus" or "will"
        mention = replace(mention, role=None, region=None)
    if mention is not None and "(" in printed:
        mention = replace(mention, role=_closed(mention.role, printed), region=_closed(mention.region, printed))
    if lex.lang == "id" and mention is not None and mention.role and mention.role.endswith("nya"):
        # "Kuasa hukumnya, X", "Pengacaranya X": whose lawyer the sentence says before; the post
        *head, last = mention.role.split(" ")
        if len(last) > 5 and last[:-3].casefold() in lex.roles:
            mention = replace(mention, role=" ".join([*head, last[:-3]]))
    if mention is not None and mention.role and (untermed := without_term(mention.role)) != mention.role:
        mention = replace(mention, role=untermed)  # "Komisioner Komnas Perempuan 2020-2025 ini"
    if lex.lang == "id" and mention is not None and _only_the_office_s_place(mention):
        # "Bupati Mekarwangi, saat meninjau lokasi, mengatakan": the office and its place, no name
        mention = replace(mention, role=f"{mention.role} {mention.name}", name=None)
    if lex.lang == "id" and mention is not None and _a_body_s_place(mention, lex):
        # "Gabungan Pengusaha Sawit Labuhanbatu menilai": the association speaks, named with its place
        mention = ParsedMention(printed=mention.printed, org=f"{mention.role} {mention.name}")
    if lex.lang == "en" and mention is not None and mention.role and " under " in mention.role:
        # "the Republican attorney general under former President George W. Bush": whose
        # administration it was is no part of the post
        post, whose = mention.role.split(" under ", 1)
        # ("under former President X": a post of that administration, no longer held)
        past = is_past_post(whose.split()[:1]) and not is_past_post(post.split())
        mention = replace(mention, role=f"former {post}" if past else post)
    return mention


# An honorary doctorate's mark after "Dr." ("Dr. (H.C.) X", "Dr (HC) X").
_HONORARY_DOCTORATE = re.compile(r"\s*\((?:H\.\s?C\.?|HC)\)")
# A Minangkabau clan title printed inside a name, after the given name ("Irwansyah Datuk Bagindo"):
# the titles list reads "Datuk" as opening a Malaysian name ("Datuk X"), leaving the given name in the post.
_ADAT_TITLES = ("Datuk", "Datuak", "Dt.")


def _with_adat_title(mention: ParsedMention, printed: str, lex: Lexicon) -> ParsedMention:
    """The mention with the word the post took before an inner clan title given back to the name
    ("Gubernur Sumbar Irwansyah" + "Bagindo" -> "Gubernur Sumbar" + "Irwansyah Datuk Bagindo"),
    when that word is a given name the list knows."""
    *post, last = (mention.role or "").split()
    first = (mention.name or "").split()[0]
    title = next((t for t in _ADAT_TITLES if f"{last} {t} {first}" in printed), None)
    if title is None or _key(last) not in given_names_id():
        return mention  # ("Menteri Besar Johor Datuk Onn Hafiz": a state, then a Malaysian honour)
    role, region = _split_role_region(post, lex) if post else (None, None)
    return replace(mention, role=role, region=region or mention.region, name=f"{last} {title} {mention.name}")


# Words that open the name of an association or a gathering of traders or workers ("Gabungan
# Pengusaha Sawit", "Paguyuban Pedagang Pasar"), whose place ends the name.
_ASSOCIATION_OPENERS = frozenset(
    {"gabungan", "asosiasi", "himpunan", "persatuan", "ikatan", "paguyuban", "perkumpulan", "serikat"}
    | {"forum", "kelompok", "koperasi", "pedagang", "aliansi", "komunitas", "kerukunan"}
)


def _a_body_s_place(mention: ParsedMention, lex: Lexicon) -> bool:
    """Whether the one word read as a name after an association's words is the place its name ends
    with ("Gabungan Pengusaha Sawit Labuhanbatu", "Paguyuban Pedagang Pasar Cibeber"): a known
    place, or any word after "Pasar"; a person is named after a post, never after a body's words."""
    name, role = mention.name, mention.role
    if not (name and role) or " " in name or not mention.printed.rstrip(_STRIP).endswith(f"{role} {name}"):
        return False
    words = [_key(w) for w in role.split()]
    if words[0] not in _ASSOCIATION_OPENERS or any(w in lex.roles for w in words):
        return False
    return _key(name) in lex.regions or words[-1] == "pasar"


def _only_the_office_s_place(mention: ParsedMention) -> bool:
    """Whether the one word read as a name right after a regional or local office is its place,
    shaped as a village's or a district's name ("Bupati Sukamaju", "Camat Cikajang", "Kepala
    Puskesmas Cibeber"): a person called by one word after an office ("Bupati Rudi") is not
    called so."""
    name, role = mention.name, mention.role
    return (
        bool(name and role)
        and " " not in (name or "")
        and _key((role or "").split()[-1]) in _REGIONAL_OFFICES | LOCAL_HEADS | _LOCAL_BODIES
        and mention.printed.rstrip(_STRIP).endswith(f"{role} {name}")
        and _place_shaped(name or "")
    )


_OWNERS = frozenset({"its", "his", "her", "their", "our"})
# A portfolio's fields listed with commas, up to its "affairs": "Political, Legal and Security
# Affairs", "political, legal, and security affairs".
FIELDS_LISTED_EN = re.compile(r"\b[A-Za-z][\w-]*(?:,\s+[A-Za-z][\w-]*)+,?\s+and\s+[A-Za-z][\w-]*\s+[Aa]ffairs\b")
# (what stands for a listed field's comma while the mention is read)
_LISTED_COMMA = "\ue000"
_ROYAL_STYLES = ("Prince ", "Princess ", "Sheikh ", "Sheikha ")
# A member's post printed after the name, as British and Irish copy does: "Sarah Blythe MP".
_MEMBER_POSTS_AFTER = ("MP", "MSP", "MS", "MLA", "MEP", "TD", "AM")
_MEMBER_AFTER_NAME = re.compile(rf"[a-z][,]?\s+({'|'.join(_MEMBER_POSTS_AFTER)})$")
# What a mention must end with for the pattern to match ("$" may stand before a final line break):
# tested first, as the pattern is tried at each lower-case letter of every English mention.
_MEMBER_AFTER_ENDS = (*_MEMBER_POSTS_AFTER, "\n")
# Modal and aspect words (lower-case): a clause's, never a post's.
CLAUSE_WORDS = frozenset(
    {
        *("harus", "akan", "sudah", "telah", "belum", "sedang", "segera", "perlu", "ingin", "hendak"),
        *("will", "would", "should", "must", "cannot"),
    }
)
# "Lady" as a title before a name: not after "First" (the first lady is a post).
_LADY = re.compile(r"(?<![Ff]irst )\bLady\s+([A-Z][\w'’-]+)")


@cache  # (one lexicon, so the caches keyed on a lexicon's identity keep working)
def _with_lady_title(lex: Lexicon) -> Lexicon:
    return replace(lex, titles=lex.titles | {"lady"})


# A peer's title with the place it is "of" (the territorial designation).
_PEER_OF_PLACE = re.compile(
    r"\b(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess)\s+(?P<name>[A-Z][\w'’-]+)\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
)
_RIGHT_HONOURABLE = re.compile(r"\b(?:Rt\.?|Right)\s+Hon(?:\.|ourable\b)?\s*")
# Malaysian honours of two words before a name, whose second word may open a name elsewhere ("Sri",
# "Wira") and whose first may be a surname ("Tan"): "Tan Sri X", "Datuk Wira X", "Dato' Sri X".
_MALAY_HONOURS = re.compile(
    r"\b(?:Tan\s+Sri|(?:Datuk|Dato['’]?)\s+(?:Sri|Seri|Wira|Paduka|Setia|Patinggi|Amar|Bandar))\s+(?=[A-Z])"
)
# The post a name holds, after it: "X selaku Kepala Dinas Y", "X, sebagai Ketua Z", "X yang juga
# (menjabat sebagai) Ketua Z" (the post capitalised).
_AS_POST_ID = re.compile(
    r",?\s+(?:selaku|yang\s+(?:juga\s+)?(?:menjabat|merupakan|adalah)(?:\s+sebagai)?|yang\s+juga|sebagai)\s+(?=[A-Z])"
)


def _named_as_post(printed: str, lex: Lexicon) -> ParsedMention | None:
    """ "Budi Santoso selaku Kepala Dinas Kesehatan Garut": the name before the link, the post
    after it; None when the words before name no one or those after give no post."""
    link = _AS_POST_ID.search(printed)
    if link is None or link.start() == 0:
        return None
    name = printed[: link.start()].strip(_STRIP)
    named = _parse_mention(name, lex)
    if named is None or not named.name or named.role:
        return None
    # (read as the post printed before the name, its place split from it as there)
    post = printed[link.end() :].strip(_STRIP)
    held = _parse_mention(f"{post} {name}", lex)
    if held is None or held.name != named.name or not held.role:
        # ("X selaku Ketua Tim Pemenangan Paslon Budi-Andi": the candidates' names end the post,
        # and read before X they would be taken for the person's)
        words = post.split()
        if not words or _key(words[0]) not in lex.roles:
            return None
        return ParsedMention(printed=printed, name=named.name, role=post)
    return replace(held, printed=printed)


def name_in_post(mention: ParsedMention, lex: Lexicon) -> bool:
    """Whether a parse took a name printed before its post into the post: "Irfan Ketua
    Panwascam Komodo" read as the post "Irfan Ketua" of someone named "Panwascam Komodo"."""
    words = (mention.role or "").split()
    return (
        len(words) >= 2
        and bool(mention.name)
        and words[0][:1].isupper()
        and _key(words[1]) in lex.roles
        and _key(words[0]) not in lex.roles
        and words[0].isalpha()
        and mention.printed.startswith(words[0] + " ")
    )


def name_then_post(printed: str, lex: Lexicon, least: int = 2) -> ParsedMention | None:
    """A name printed before its post with no comma between ("Budi Santoso Kepala Dinas
    Kesehatan Garut"), read as the post before the name; None when the words do not open with a
    name of `least` words or more right before a post word."""
    tokens = printed.split()
    head = next((k for k, t in enumerate(tokens) if _key(t) in lex.roles), None)
    if head is None or head < least or head == len(tokens) - 1 or not tokens[head][:1].isupper():
        return None
    if _key(tokens[0]) in lex.clause_openers:
        return None  # "Sementara Ketua DPRD X": the sentence's opener, no name
    named = tokens[:head]
    if not all(
        _is_name_token(t, lex) and _key(t) not in lex.regions and _key(t) not in lex.institutions for t in named
    ):
        return None
    if least >= 2:
        # (read as the post before the name, which must then be read as the same name)
        mention = _parse_mention(" ".join(tokens[head:] + named), lex)
        if mention is None or mention.name != " ".join(named):
            return None
        role, region = mention.role, mention.region
    else:
        # (one word, which the caller knows is a name: the post is all that follows it)
        role, region = _split_role_region(tokens[head:], lex)
    if not role or "/" in role or role.split()[-1].casefold() in _BODY_HEADS_LAST:
        return None  # "Indonesian Hotel General Manager Association": a body's name, no one's post
    return ParsedMention(printed=printed, name=" ".join(named), role=role, region=region)


# Words that end a body's name, never a post ("... General Manager Association").
_BODY_HEADS_LAST = frozenset({"association", "asosiasi", "federation", "federasi", "union", "corporation", "company"})


def _closed(words: str | None, printed: str) -> str | None:
    """A post or place cut right after its bracketed short form's last word, bracket closed as
    printed: "Menteri ... (Mendikbudristek" in "... (Mendikbudristek) Nadiem Anwar Makarim"."""
    if not words or words.count("(") <= words.count(")"):
        return words
    at = printed.find(words)
    if at >= 0 and printed.startswith(")", at + len(words)):
        return words + ")"
    return words


# A post that lists its fields and ends with the last of them: "Menteri Koordinator Bidang
# Politik, Hukum, dan Keamanan" (capitalised words, commas, "dan"/"serta" before the last).
_FIELDS_LISTED_ID = re.compile(
    r"([A-Z][\w.-]*)(?:\s+[A-Z][\w.-]*)*(?:,\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)+,?\s+(?:dan|serta)\s+[A-Z][\w.-]*"
    r"(?:\s+[A-Z][\w.-]*)?"
)
# Indonesian words for a relative or a family, before the name of whose they are ("Istri Joko").
KIN_ID = frozenset(
    {"ayah", "ayahanda", "ibunda", "suami", "istri", "isteri", "anak", "kakak", "adik", "paman", "bibi", "kakek"}
    | {"nenek", "cucu", "keponakan", "mertua", "menantu", "sepupu", "keluarga", "kerabat"}
)


def _kin_of_named(name: str) -> bool:
    """ "Keluarga Deki Susanto", "Istri Joko Susilo": a relative's word glued before a name
    ("Anak Agung Gde Agung" is a Balinese name)."""
    words = name.casefold().split()
    return len(words) >= 2 and words[0] in _KIN_GLUED and words[1] != "agung"


# Relatives' words, less those that are given names too: "Cucu Ahmad Suhendra", "Anak Agung ...".
_KIN_GLUED = KIN_ID - {"cucu", "anak"}


# A relative of someone ("daughter of the governor", "the senator's wife"; not "father of two").
# (and one who stands with or against someone: "a longtime ally of Governor X", "the mayor's critic")
_KIN_OR_RELATION = "|".join(sorted(KIN_EN | RELATION_EN))
_KIN_OF = re.compile(
    rf"(?i:\b(?:{_KIN_OR_RELATION})\s+(?:of|to)\s+(?:the|a|an)\b)|\b(?i:{_KIN_OR_RELATION})\s+(?:of|to)\s+[A-Z]|"
    rf"['’]s\s+(?i:{_KIN_OR_RELATION})\b"
)


# A term of office after a post: "2020-2025", "periode 2019-2024", "masa bakti 2021/2026".
_TERM_YEARS = re.compile(r"\s+(?:periode\s+|masa\s+(?:bakti|jabatan)\s+)?(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d$")


def without_term(role: str) -> str | None:
    """A post without the term of office printed after it: "Komisioner Komnas Perempuan
    2020-2025" -> "Komisioner Komnas Perempuan"."""
    term = _TERM_YEARS.search(role)
    return (role[: term.start()] or None) if term else role


_EPITHET_OF_WORDS = 7  # "the former chairman of the Federal Reserve Board"
# ... and where the body is named in full: "The pioneer Interim National Chairman of the All
# Progressives Congress"
_EPITHET_OF_NAMED_WORDS = 11


# Words that describe a post's holder in an English epithet, not the post: "the first-term
# senator", "the veteran lawmaker", "the embattled minister", "the 54-year-old governor".
_DESCRIPTOR = re.compile(
    r"(?:first|second|third|fourth|fifth|one|two|three|four|five|\d+)-term|\d+-year-old|veteran|longtime|"
    r"long-serving|embattled|beleaguered|outspoken|popular|controversial|influential|powerful|youthful"
)


def post_of_epithet(words: list[str], lex: Lexicon) -> str | None:
    """The post of an English epithet "the <post> of|for <place or body>" (the first of two joined
    by "and"), or None: "the former secretary of state" -> "former secretary of state"."""
    if lex.lang != "en" or not words or words[0].casefold() != "the":
        return None
    if any(w.endswith(",") for w in words):
        return None  # "The chairman of the Bar Council, Guy Mansell": the name follows the post
    post = words[1:]
    if "and" in post:
        post = post[: post.index("and")]
    # (a title that is also a post word, "mayor", is the post's head: "the mayor of London")
    if not 3 <= len(post) <= _EPITHET_OF_NAMED_WORDS or any(
        _is_title(w, lex) and _key(w) not in lex.roles for w in post
    ):
        return None
    head = next((k for k, w in enumerate(post) if _key(w) in lex.roles), None)
    if head is None or head + 3 > len(post) or post[head + 1] not in ("of", "for"):
        return None  # (a place or body after "of"/"for")
    if len(post) > _EPITHET_OF_WORDS and (
        head > 3 or not all(w[:1].isupper() or w in ("the", "of", "for") for w in post[head + 2 :])
    ):
        return None  # (longer only where a body is named in full after the post)
    # ("secretary of state", "chairman of the board"; "the head of security at the stadium": none)
    if any(not (w[:1].isupper() or w in ("the", "of", "for") or is_portfolio_word(w)) for w in post[head + 2 :]):
        return None
    served = [w for w in post[head + 2 :] if w not in ("the", "of", "for")]
    named = _name_run(served, lex)
    if named[0] > 0 and named[1] == len(served) and named[1] - named[0] >= 2:
        return None  # "the mayor of London Sadiq Khan": the place, then the holder's name (not an epithet)
    return " ".join(post)


# English military ranks before a name, abbreviated as the press prints them, and spelled out.
_RANK_WORDS_EN = {
    "gen.": "General",
    "lt.": "Lieutenant",
    "maj.": "Major",
    "brig.": "Brigadier",
    "col.": "Colonel",
    "lt. col.": "Lieutenant Colonel",
    "capt.": "Captain",
    "adm.": "Admiral",
    "sgt.": "Sergeant",
    "cmdr.": "Commander",
    "cdr.": "Commander",
}
_RANK_EN = r"(?:Gen\.|Lt\.|Maj\.|Brig\.|Col\.|Capt\.|Adm\.|Sgt\.|Cmdr\.|Cdr\.|Vice|Rear|General|Admiral|Colonel)"
# The country and the service a rank belongs to: "U.S. Air Force", "Army".
_SERVICE_EN = (
    r"(?:(?:U\.S\.|US|British)\s+)?"
    r"(?:(?:Army|Navy|Air\s+Force|Marine\s+Corps|Marines?|National\s+Guard|Coast\s+Guard)\s+)?"
)
# "Retired U.S. Air Force Gen. Norman Ham", "retired Army Lt. Gen. Michael Flynn", "Adm. Mike
# Mullen": the service and the rank are the person's post, the name follows. A rank opens with an
# abbreviation or one of the ranks no one's given name is ("Major", "Captain" may be names).
_MILITARY_RANKED = re.compile(
    rf"(?P<service>(?:(?:[Rr]etired|[Ff]ormer)\s+)?{_SERVICE_EN})"
    rf"(?P<rank>(?:{_RANK_EN}\s+)*(?:Gen\.|Col\.|Adm\.|Sgt\.|Capt\.|Maj\.|Cmdr\.|Cdr\.|General|Admiral|Colonel))\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+))*\s+[A-Z][\w'’-]+(?:,?\s+Jr\.?)?)"
)


def _ranked(text: str) -> ParsedMention | None:
    """An English mention of a rank and a name, the rank spelled out as the post: "Retired U.S.
    Air Force Gen. Norman Ham" -> "Retired U.S. Air Force General" + "Norman Ham"."""
    match = _MILITARY_RANKED.fullmatch(text)
    if (
        match is None
        or match.group("rank").split()[-1] in ("General", "Admiral", "Colonel")
        and not match.group("service")
    ):
        return None  # ("Attorney General Eric Holder" never matches; "General Motors" is no rank)
    rank = " ".join(_RANK_WORDS_EN.get(w.casefold(), w) for w in match.group("rank").split())
    service = match.group("service")
    if service[:1] in ("R", "F"):
        service = service[0].lower() + service[1:]  # "Retired U.S. Air Force Gen.": the sentence's capital
    return ParsedMention(printed=text, name=match.group("name"), role=f"{service}{rank}".strip())


# British, Irish and Australian police ranks before a name, as the press abbreviates them.
_POLICE_RANK_WORDS = {
    "det": "Detective",
    "insp": "Inspector",
    "supt": "Superintendent",
    "sgt": "Sergeant",
    "con": "Constable",
}
_POLICE_RANKED = re.compile(
    r"(?P<rank>(?:Det\.?\s+|Detective\s+)?(?:(?:Chief|Deputy|Assistant)\s+)?"
    r"(?:Insp|Supt|Sgt|Con)\.?(?=\s))\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+))*\s+[A-Z][\w'’-]+)"
)
_RANK_ROLE = re.compile(
    rf"(?:(?:retired|former)\s+)?{_SERVICE_EN}"
    r"(?:Lieutenant|Major|Brigadier|Vice|Rear|Sergeant|Captain|Commander|Colonel|General|Admiral)"
    r"(?:\s+(?:Lieutenant|Major|Colonel|General|Admiral|Sergeant))*"
)


def is_military_rank(role: str | None) -> bool:
    """Whether a post is a rank and nothing else ("Admiral", "retired Army Lieutenant General"):
    a post the article gives after the name says more ("the former chairman of the Joint Chiefs")."""
    return bool(role) and _RANK_ROLE.fullmatch(role or "") is not None


# A party's senior member of a body, not the body: "the top Republican on the Senate Budget
# Committee", "The top Republican in the Pennsylvania Senate" (who, the article may say later).
_TOP_PARTY_MEMBER = re.compile(
    r"(?:[Tt]he\s+)?(?:top|senior|ranking|leading|highest-ranking)\s+"
    r"(?:Republican|Democrat|Democratic|GOP|Labour|Tory|Conservative|Liberal)\s+(?:on|in)\s+the\s"
)


def post_s_nickname(printed: str, lex: Lexicon) -> ParsedMention | None:
    """A post described by the nickname its holder goes by, with no name of its own ("Wali Kota
    Surabaya yang akrab disapa Cak Eri itu"): the nickname names the holder."""
    match = _POST_THEN_NICKNAME.fullmatch(printed.strip(_STRIP))
    if match is None or _key(match.group("post").split()[0]) not in lex.roles:
        return None
    post = _parse_mention(match.group("post"), lex)
    if post is None or post.name or not post.role:
        return None  # ("Bupati X Y yang akrab disapa Z": the name is printed; the nickname is learnt elsewhere)
    read = _parse_mention(f"{match.group('post')} {match.group('nick')}", lex)
    return replace(read, printed=printed) if read is not None and read.name else None


_POST_THEN_NICKNAME = re.compile(
    r"(?P<post>[A-Z][^,]*?)\s+yang\s+(?:(?:akrab|biasa|kerap|sering|karib)\s+)?(?:disapa|dipanggil)\s+"
    rf"[\"“']?(?P<nick>{GOES_BY})[\"”']?(?:\s+(?:itu|ini|tersebut))?"
)


def _parse_mention(printed: str, lex: Lexicon) -> ParsedMention | None:
    if lex.lang == "id" and " yang " in printed and (nicknamed := post_s_nickname(printed, lex)) is not None:
        return nicknamed
    text = _without_nickname_clause(printed)
    if "(" in text:  # (every party-and-state bracket opens with one)
        text = PARTY_STATE_BRACKET.sub("", text)
    text = text.strip(_STRIP)
    if lex.lang == "en" and "(" in text:
        text = _BARE_PARTY.sub("", text).strip(_STRIP)  # "Martin O'Malley (D)": the party alone
    if lex.lang == "en" and "Hon" in text:
        text = _RIGHT_HONOURABLE.sub("", text).strip(_STRIP)  # "Rt Hon Margaret Hodge": a form of address
    if lex.lang == "en" and ("YB " in text or "Berhormat" in text):
        text = MALAY_ADDRESS.sub("", text).strip(_STRIP)  # "YB Zulkarnain Hashim": a form of address
    if lex.lang == "en" and ("Sri" in text or "Datuk" in text or "Dato" in text):
        text = _MALAY_HONOURS.sub("", text).strip(_STRIP)  # "Tan Sri Hamzah X": an honour, not the name
    if lex.lang == "en" and ("." in text or " General " in text) and (ranked := _ranked(text)) is not None:
        return ranked
    if lex.lang == "en" and (policed := _POLICE_RANKED.fullmatch(text)) is not None:
        # "Det Insp Sarah Kerr", "Chief Supt Alan Dyer", "Det. Sgt. Paul Ruiz": the police rank,
        # spelled out, is the post (the words were read as titles, or as the name's)
        rank = " ".join(_POLICE_RANK_WORDS.get(_key(w), w) for w in policed.group("rank").split())
        return ParsedMention(printed=text, name=policed.group("name"), role=rank)
    if "—" in text or " – " in text:
        text = _DASH_ASIDE.sub("", text).strip(_STRIP)  # "X, Kepala Y — tim yang tiba pertama —": the aside
    if lex.lang == "en" and " by " in text and (led := _LED_BY.search(text)) is not None:
        text = text[: led.start()]  # "The teachers union, led by its president Mark Stone,": the union
    if lex.lang == "en" and (" on the " in text or " in the " in text) and _TOP_PARTY_MEMBER.match(text):
        return ParsedMention(printed=text)  # "the top Republican on the Senate Budget Committee": someone, no body
    if lex.lang == "en" and (
        (staff := _STAFF_AT.fullmatch(text)) is not None
        # ("In Moscow, the management of RT": after an opening clause)
        or ("," in text and (staff := _STAFF_AT.fullmatch(text.rsplit(",", 1)[1].strip())) is not None)
    ):
        # "Economists at the Institute for Fiscal Studies", "Officials at the Home Office": the
        # body they speak for
        body = parse_mention(staff.group("body"), lex)
        if body is not None and (body.org or body.name) and not body.pronoun:
            return ParsedMention(printed=text, org=body.org or body.name)
    if lex.lang == "id" and (" ke " in text or " kepada " in text):
        text = _TOLD_WHOM.sub("", text)  # "tanya Presiden ke Suharyanto": who was asked, not who asked
    if lex.lang == "en" and " and " in text and (joint := _TITLED_AND.match(text)) is not None:
        text = text[joint.end() :]  # "Mr Blair and Liberal Democrat leader Charles Pennock": the second's post
    if (
        lex.lang == "en"
        and (first := text.split(" ", 2))[0].casefold() in _NO_ONE_EN
        and first[0][:1].isupper()
        and (first[1:2] and first[1][:1].isupper() or len(first) == 1 and first[0].casefold() in POSSESSIVES)
        and ", " not in text  # ("Her Republican opponent, Greg Tolliver": the name in apposition)
    ):
        return None  # "Their", "Some DEQ ...": a determiner opens the words, no one is named ("His lawyer X" is)
    if " atau " in text:
        text = _OR_NICKNAME_END.sub("", text)
    if text.endswith(")") or "(" in text[-16:]:
        # "Agus Harimurti Yudhoyono (AHY" (the cue's search stopped at the bracket), "Joko Wiranggono
        # (Jokowi)": a short form or a nickname after the name, never part of it.
        text = TRAILING_SHORT_FORM.sub("", text)
    if "'" in text or "‘" in text or '"' in text or "“" in text:
        text = _QUOTED_NICKNAME.sub("", text)  # "Munafri 'Appi' Arifuddin": the name, without its nickname
    tenure = _TENURE.match(text) if lex.lang == "id" else None
    if tenure is not None:
        # "Saat menjabat Bupati Kendal, Hadi mengakui ...": the post held then, not that day.
        held = parse_mention(text[tenure.end() :], lex)
        if held is not None and held.role and not is_past_post(held.role.split()):
            return replace(held, printed=text, role=f"mantan {held.role}")
        return held
    if lex.lang == "id" and ", yang " in text and text.split(", yang ")[0][:1].isupper():
        # "Kepala Dinas X Nanang, yang juga hadir dalam acara itu,": the clause describes him.
        text = text.split(", yang ")[0].strip(_STRIP)
    if not text or len(text) > 200:
        return None
    if (
        lex.lang == "id"
        and ", " in text
        and (" dan " in text or " serta " in text)
        and (post_list := _FIELDS_LISTED_ID.fullmatch(text))
        and _key(post_list.group(1)) in lex.roles
    ):
        # "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan menyebut": a post whose fields
        # are listed, its holder unnamed here ("dan Keamanan" is no one)
        return ParsedMention(printed=text, role=text)
    if lex.lang == "en" and text.startswith("Ex-") and text[3:4].islower():
        text = "ex-" + text[3:]  # "Ex-minister Jane Hill": a past post opening the sentence, no name
    if lex.lang == "en" and text[:5].casefold() == "then-" and text[5:6].isupper():
        text = "former " + text[5:]  # "then-Gov. Mitt Romney": the post held then, not now
    if lex.lang == "en" and " and " in text and (pair_first := _first_of_pair(text, lex)) is not None:
        # "Edward-Isaac Dovere and Gabriel Debenedetti wrote": a joint statement, filed under the
        # first of its authors
        return pair_first
    if (
        lex.lang == "id"
        and (" dan " in text or " didampingi " in text or " bersama " in text or " beserta " in text)
        and (lead := _lead_of_pair_id(text, lex))
    ):
        return lead
    if lex.lang == "en" and "," in text and text.endswith(("'s", "’s")):
        # "Patti Davis, Ronald Reagan's" (daughter): the owner in an apposition about the name before
        text = text.rsplit(",", 1)[0].strip(_STRIP)
    if lex.lang == "en" and ", who " in text:
        held = _post_held(text, lex)
        if held is not None:
            return held
        epithet = parse_mention(text.split(", who ", 1)[0], lex)
        if epithet is not None and epithet.pronoun:
            return epithet  # "The Glasgow Kelvin MP, who was expelled from Labour,": the epithet
        # ("Reyes, who advised the president on the budget": what the clause says is no post)
        text = text.split(", who ", 1)[0].strip(_STRIP)
    if text.casefold() in lex.pronouns or lex.nya_re.fullmatch(text):
        return ParsedMention(printed=text, pronoun=True)
    if (
        lex.lang == "id"
        and " " not in text
        and text[:1].isupper()
        and _key(text) in lex.titles
        and _key(text) not in lex.roles
    ):
        # "kata Habib" after "Ketua Komisi III DPR, Habiburokhman": a title printed alone is
        # the short name of someone the article named (see is_lone_title), else no one
        return ParsedMention(printed=text, name=text)
    if lex.lang == "en" and _CAMEL_CASE.fullmatch(text):
        return ParsedMention(printed=text, org=text)  # "NatWest", "BlackRock", "PepsiCo": a company's name
    if lex.lang == "id" and text[:5].casefold() == "sang " and len(text.split()) <= EPITHET_WORDS:
        # "kata sang Kades", "ujar sang menteri": the post's holder the article has named
        post = parse_mention(text[5:], lex)
        if post is not None and post.role and not post.name:
            return replace(post, printed=text)
    if lex.lang == "en" and (body := campaign_reference(text) or body_reference(text)) is not None:
        return body
    if lex.lang == "en" and (named_kind := body_of_kind(text)) is not None:
        return named_kind
    if lex.lang == "en" and (voice := bare_voice(text)) is not None:
        return voice
    if lex.lang == "en" and (text.casefold() in _UNNAMED_WORDS_EN or unnamed_group(text)):
        return ParsedMention(printed=text)  # "Sources said ...": people the article does not name
    if lex.lang == "en" and (document := document_source(text)) is not None:
        return document  # "..., the report warned", "The National Audit Office report says"
    if lex.lang == "en" and described_person(text):
        return ParsedMention(printed=text, pronoun=True)  # "the New York businessman", "the 70-year-old"
    if lex.lang == "en" and PARTY_MEMBER.fullmatch(text.strip()):
        return ParsedMention(printed=text, pronoun=True)  # "The Republican said": a member the article names, no body
    if lex.lang == "en" and unnamed_voice(text, lex):
        # "the mayor's spokeswoman", "a spokesman for the governor": someone speaking for the
        # mayor, never the mayor, and unnamed
        return ParsedMention(printed=text)
    if lex.lang == "en" and ("'" in text or "’" in text) and (owned := possessive_post(text, lex.roles)) is not None:
        # "Penang's chief minister said": the post's holder, a person the article may name
        region = _possessed_place(owned[0]) or council_place(owned[0])
        return ParsedMention(printed=text, role=owned[1], region=region)
    if lex.lang == "id" and text[:1].isupper() and text.casefold() in UNNAMED_PEOPLE_ID:
        return ParsedMention(printed=text)  # "Tersangka mengakui ...": a role in the story, no one's name
    owner = _OWNER_FIRST.match(text) if lex.lang == "en" and ("'" in text or "’" in text) else None
    if owner is not None:
        # "Oxfam's Barbara Stocking": the body she works for, then her name.
        named = parse_mention(text[owner.end() :], lex)
        if named is not None and named.name:
            place = _possessed_place(owner.group()) if named.role and named.region is None else None
            # "Wales' First Minister Rhodri Penn", "Kerala's Finance Minister X": the place is the post's
            return replace(named, printed=text, region=place or named.region)
    words = text.split()
    if (
        lex.lang == "en"
        and words[-1].casefold() in _VOICE_HEADS_EN
        and any(w[:1].isupper() for w in words[1:-1])
        # ("The Tory spokesman": the party's shadow minister, an epithet)
        and not any(w.casefold() in EN_PARTY_WORDS for w in words[1:-1])
        and (voice := body_voice(text, lex)) is not None
    ):
        return voice  # "the senior State Department official": the body's unnamed official, never a named person
    if len(words) >= 2 and words[-1].casefold() in DEMONSTRATIVES and _key(words[0]) in lex.roles:
        # "tutur Ketum PKB ini": an epithet for someone the article names, with the post it gives.
        return ParsedMention(printed=text, pronoun=True, role=" ".join(words[:-1]))
    if (
        lex.lang == "en"
        and 2 <= len(words) <= EN_EPITHET_WORDS
        and words[0].casefold() == "the"
        and _key(words[-1]) in lex.roles
        # ("the mayor": a post, though Indonesian copy's "Mayor" is a rank and so a title)
        and not any(_is_title(w, lex) and _key(w) not in _EN_TITLED_POSTS for w in words)
    ):
        # '"...," the prime minister said', "the Tory leader": an epithet for someone the article
        # names, with the post it gives ("the first-term senator": the post, not how long held).
        kept = words[1:]
        while len(kept) > 1 and _DESCRIPTOR.fullmatch(kept[0].casefold()):
            kept = kept[1:]
        return ParsedMention(printed=text, pronoun=True, role=" ".join(kept))
    if (epithet_post := post_of_epithet(words, lex)) is not None:
        # "The former secretary of state said", "the governor of Texas", "The former secretary of
        # state and current Democratic presidential nominee said": the post's holder, with it
        return ParsedMention(printed=text, pronoun=True, role=epithet_post)
    if lex.lang == "en" and (voice := body_voice(text, lex)) is not None:
        return voice
    described = printed.strip(_STRIP).split()
    # ("pria yang juga Ketua DPD Partai Karya Bangsa Kabupaten Subang itu": a post's words after
    # "yang juga" may run long)
    longest = EPITHET_WORDS + 6 if _DESCRIBED_BY_POST.match(printed) else EPITHET_WORDS
    if (
        2 <= len(described) <= longest
        and (
            described[-1].casefold() in DEMONSTRATIVES
            # (every match holds one of the two verbs: the pattern opens with \b, tried at every character)
            or ("disapa" in printed or "dipanggil" in printed)
            and _NICKNAMED_LAST.search(printed) is not None
        )
        and (described[0][:1].islower() or _common_noun(described[0], lex))
    ):
        # "tutur pria yang akrab disapa Hendi itu", "kata politikus PDIP itu": a description of
        # someone the article names, in lower case (never a name); "tulis dokumen tersebut": no one.
        return ParsedMention(printed=" ".join(described), pronoun=described[0].casefold() not in THING_HEADS)
    if (
        lex.lang == "en"
        and len(words) >= 2
        and words[0] == "The"
        and all(w[:1].isupper() or (_key(words[1]) in lex.institutions and w in _BODY_LINKS) for w in words[1:])
        and words[-1][:1].isupper()
        and not any(_key(w) in lex.roles for w in words)
    ):
        # "The Associated Press", "The Committee for a Responsible Federal Budget": a body
        return ParsedMention(printed=text, org=" ".join(words[1:]))
    chunks = [c.strip(_STRIP) for c in text.split(",")]
    chunks = [c for c in chunks if c and not all(is_degree(t, lex) for t in c.split())]
    if "(" in text and lex.lang == "id":
        chunks = [_without_nickname(c, lex) for c in chunks]
    if chunks and _key(chunks[0].split()[0]) in lex.clause_openers:
        # "Pada kesempatan tersebut, X" drops its opening clause; "But David Framley" keeps the name;
        # "Ditambahkan Plt Kepala Dinas X" its passive verb.
        words = chunks[0].split()
        where = topic = False
        # ("On Tuesday Chancellor Rishi Sunak": the day goes with the opening "On")
        while words and (
            _key(words[0]) in lex.clause_openers or not words[0][:1].isupper() or _key(words[0]) in WEEKDAYS
        ):
            if _key(words[0]) in lex.roles or is_past_post(words[:1]):
                break  # "The chairman of the Bar Council, X": an English post in lower case; "former"
            if words[0] in ("I", "Ni") and len(words) > 1 and _key(words[1]) in _BALINESE_ORDER:
                break  # "I Wayan Sutarja, the governor of Bali": a Balinese name's first word, no "I"
            if (
                lex.lang == "en"
                and words[0][:1].islower()
                and _key(words[0]) not in lex.clause_openers
                and any(_key(w) in lex.roles for w in words[1:3])
            ):
                break  # "the finance minister, X": the post's field comes before its head
            topic = topic or (lex.lang == "id" and _key(words[0]) in _ABOUT_ID)
            where = words.pop(0) in _WHERE_EN
        if topic and len(chunks) > 1:
            words = []  # "Sementara untuk Pj Gubernur Jatim, Kholifah": what she spoke about, not her post
        if where and len(words) >= 3 and (_is_title(words[1], lex) or _key(words[1]) in lex.roles):
            words.pop(0)  # "Speaking in Harrogate Mr Pennock": the place he spoke in, then the name
        if (
            lex.lang == "en"
            and len(chunks) > 1
            and _key(chunks[0].split()[0]) in _WHERE_OPENERS_EN
            and not any(_key(w) in lex.roles or _is_title(w, lex) for w in words)
            # ("In Tennessee, the House majority whip, X": the state whose post it is)
            and not (_a_state(" ".join(words)) or all(_key(w) in lex.regions or is_country(_key(w)) for w in words))
        ):
            words = []  # "From the red carpet at the Washington Hilton, Sanders": where, then who
        if words:
            chunks[0] = " ".join(words)
        else:
            chunks.pop(0)
    if chunks and chunks[-1].casefold() in lex.pronouns:  # "But, he added"
        return ParsedMention(printed=text, pronoun=True)
    if len(chunks) == 1 and is_country(chunks[0].casefold()):
        return ParsedMention(printed=text, org=chunks[0])  # "Iran mengklaim": its government
    role = region = None
    if len(chunks) == 1:
        words = chunks[0].split()
        if (
            len(words) >= 2
            and _key(words[0]) in lex.institutions
            and _key(words[0]) != "ri"  # "RI Raja Juli Antoni": the post's country, then the name
            and not any(_key(w) in lex.roles or _is_title(w, lex) for w in words)  # "Democrat Sen. X"
            # "Republican Donald Brackett": a party, then a person named by a known given name
            and not (lex.lang == "en" and len(words) >= 3 and words[1].casefold() in given_name_genders())
            and not (lex.lang == "en" and _party_then_name(words, lex))
            and all(w[:1].isupper() or _key(w) in _CONNECTORS for w in words)
        ):
            # "Pemerintah Provinsi Jawa Barat", "Dewan Kehormatan Penyelenggara Pemilu": a body
            # named from its first word, no office and so no person in it.
            return ParsedMention(printed=text, org=" ".join(w.strip(_STRIP) for w in words))
    town = -1  # the last chunk that names a place only
    aside = _aside_from(chunks, lex) if lex.lang == "en" and len(chunks) >= 3 else len(chunks)
    # (the opening "Di" may be cut from chunks[0]: it is read from the text)
    where_first = lex.lang == "id" and _key(text.split()[0]) in _LOCATIVES_ID
    for index in range(len(chunks) - 1, -1, -1):
        if index >= aside:
            continue  # "Mr Mubanga, 32, from Wembley, London": words about the name, not a name
        tokens = [t for t in chunks[index].split() if not (t[:1] == "(" and _AGE.fullmatch(t))]  # "Minuk (28)"
        tokens = _without_venue(tokens, lex)
        if index > 1 and tokens and all(_key(t) in lex.regions or _key(t) in _COMPASS for t in tokens):
            town = index  # (the chunk before it may name a district of it: "..., Kebayoran Baru, Jakarta Selatan")
        if tokens and _key(tokens[0]) == "kepada" and index < len(chunks) - 1:
            continue  # "Kepada Galih, Ari yang ...": who was told, before the one who spoke
        if (
            where_first
            and index < len(chunks) - 1
            and any(_key(c.split()[0]) in _PLACE_MARKERS for c in chunks[index + 1 :] if c.split())
        ):
            continue  # "Di Kayu Pasak, Palembayan, Kabupaten Agam, ...": a place in a list of where
        to_at = index_after_first(tokens, "kepada")
        if to_at is not None:
            tokens = tokens[:to_at]  # "Andi Erwin kepada Wartawan": who was told, not who spoke
        elif lex.lang == "en" and "to" in tokens[1:] and not _named_after_post(tokens, lex):
            # ("Essential Guide to British Quangos 2005 author Dan Lewis": a post, then the name)
            # "a statement by Jack McAllister to the Scottish Parliament": a full name, then whom it
            # was addressed to ("Ambassador to the UN Nikki Haley" has no name before "to").
            to_at = tokens.index("to", 1)
            start, end = _name_run(tokens[:to_at], lex)
            if end == to_at and end - start >= 2:
                tokens = tokens[:to_at]
        which = index_after_first(tokens, "yang")
        if which is not None and _name_run(tokens[:which], lex) == (0, which):
            tokens = tokens[:which]  # "Ari yang sudah dirumahkan": the name, then a clause about them
        if lex.lang == "en" and index == len(chunks) - 1 and len(tokens) > 2 and _key(tokens[0]) in _CLAUSE_LINKS:
            # "..., where Senate Minority Leader Harry M. Reid (D-Nev.) told": a clause with its own subject.
            return parse_mention(" ".join(tokens[1:]), lex)
        if tokens and tokens[0].casefold() in _RELATIVE:
            continue  # "X, who was a GP in Y, said": the clause names a place, not the speaker
        if index > 0 and tokens and tokens[0] in _PLACE_OR_TIME_OPENERS:
            continue  # "Wali Kota X, di Pendopo Ki Gede Sebayu, Rabu (5/3), mengatakan": where, not who
        if (
            index > 0
            and tokens
            and (
                _key(tokens[0]) in lex.roles
                or (tokens[0][:1].islower() and _key(tokens[0]) not in _CONNECTORS)
                or (lex.lang == "id" and _key(tokens[0]) in _EN_POST_OPENERS_IN_ID)
            )
            and _whole_name(chunks[index - 1], lex)
            # ("When asked about Donald Brackett, President Barack Obama": the name before is the clause's)
            and not (index == 1 and _after_circumstance(text, chunks, index, lex))
        ):
            # "Teguh P. Wicaksono, Kepala Ombudsman RI Perwakilan Jakarta Raya", "Minuk (28), warga
            # Grogol Petamburan": the post or description of the name before, not a name.
            continue
        if lex.lang == "en" and index == len(chunks) - 1 and index > 0 and len(tokens) == 1:
            # "Dr Alan Wyn, Welsh secretary of ...": the run was cut at the post's first lower-case
            # word; one capitalised word after a full name is the start of its description.
            previous = parse_mention(chunks[index - 1], lex)
            if (
                previous is not None
                and previous.name
                and len(previous.name.split()) >= 2
                and not _after_circumstance(text, chunks, index, lex)  # "During an interview on X, Brackett"
            ):
                continue
        if _PARTY_STATE.fullmatch(chunks[index]):
            continue  # "Rep. Nancy Pelosi, D-Calif.": the party and state, not a name
        if lex.lang == "en" and index > 0 and state_after_comma(chunks[index]):
            continue  # "Senator X, from New South Wales,": where the holder is from, not a name
        if lex.lang == "en" and (
            (index > 0 and _a_state(chunks[index]))
            or (
                index + 1 < len(chunks)
                and _a_state(chunks[index + 1])
                and chunks[index].split()[0].casefold() not in given_name_genders()  # ("Tom Hale, Ohio")
            )
        ):
            continue  # "Paul Porter, a truck driver from Ava, Mo., who ...": a town and its state, not a name
        if (
            lex.lang == "en"
            and index > 0
            and _describes_the_name_before(tokens)
            # ("In Texas, the journalist Olive Mercer": the chunk ends in a name of its own; not
            # "Mukasey, the attorney general under former President George W. Bush": Bush is whose)
            and not (index == len(chunks) - 1 and _named_after_post(tokens, lex) and not _name_of_object(tokens, lex))
            # ("In an interview in late May, a confident-seeming Manafort": no name before it)
            and not (index == len(chunks) - 1 and _after_circumstance(text, chunks, index, lex))
        ):
            # "Mara Quill, citing data from the U.S. State Department,", "Pat Rowan, the leader of
            # Britain's biggest union Unifund,": a phrase about the name before, not a name.
            continue
        # (the "of" or "from" after the name, past any inside the post: "House of Representatives
        # member X from the Gerindra Party", "Minister of Trade Y of the Z Party"; a later one with
        # a name after it is still the post's: "Head of the Information Bureau of the National
        # Police X")
        froms = [k for k, t in enumerate(tokens) if k and (t in _FROM or (t in _OF_AT and lex.lang == "en"))]
        for from_at in froms:
            named_after = _name_run(tokens[from_at + 1 :], lex)
            if from_at != froms[0] and named_after[1] > named_after[0]:
                break
            start, end = _name_run(tokens[:from_at], lex)
            # "Senator Elizabeth Warren of Massachusetts": "of" after a titled name only.
            titled = any(_key(t) in lex.roles or _key(t) in _EN_TITLED_POSTS for t in tokens[:start])
            if (
                start < end == from_at
                # "Kembali dari Jakarta": one word may be a verb, unless a body follows "dari".
                and (
                    end - start >= 2
                    or (_names_body(tokens[from_at + 1 : from_at + 2], lex) and not _common_word(tokens[start]))
                    or (lex.lang == "en" and _affiliation(tokens, start, end, from_at, lex))
                    # "House Commission III deputy chairman Habiburokhman of the Gerindra Party": one
                    # name after a post, then the body the holder belongs to
                    or (lex.lang == "en" and titled and _names_a_body(tokens[from_at + 1 :], lex))
                )
                and (tokens[from_at] not in _OF_AT or titled or _affiliation(tokens, start, end, from_at, lex))
            ):
                # "Salehudin dari KKP Kelas II Mataram": the person, then where they work.
                role, region = _split_role_region(tokens[:start], lex)
                if titled and region is None and tokens[from_at] == "of":
                    region = _state_named(tokens[from_at + 1 :])  # "Gov. Mike Pence of Indiana"
                    if region is None and lex.lang == "en" and role is not None:
                        region = _town_served(role, tokens[from_at + 1 :], lex)  # "Mayor Lou Brandt of Dayton"
                name = " ".join(t.strip(",;:") for t in tokens[start:end])
                return ParsedMention(printed=text, name=name, role=role, region=region)
        listed = index > 0 and len(tokens) > 1 and _key(tokens[0]) in LIST_AND
        if listed and _key(tokens[1]) in lex.roles:
            continue  # "X, dan Wali Kota Bandung Y": a second office holder; the first one spoke
        start, end = _name_run(tokens, lex)
        if start == end:
            continue
        if lex.lang == "id" and index > 0 and start == 1 and _initials_after_post(tokens, end, chunks[index - 1], lex):
            start = 0  # "Ketua DPRD Kota Bogor, MQ Iswara,": the name's initials, no body's acronym
        if (
            lex.lang == "id"
            and index > 0
            and start == 1
            and end == len(tokens) <= 3
            and _key(tokens[0]) in _NAME_AND_BODY_WORDS
            and tokens[0][:1].isupper()
            and any(_key(t) in lex.roles for t in chunks[index - 1].split())
        ):
            start = 0  # "Kasi Intel Kejari Garut, Jaya Saputra,": a word of bodies' names opens the person's
        if lex.lang == "id" and "-" in chunks[index]:
            start = _after_eponymous_pair(tokens, start, end, lex)
        if lex.lang == "en" and start > 0:
            # "the Labour MP for Leeds North East (Kevin Ames)": the end of a place, no one's name
            while start < end and _key(tokens[start].strip(",;:")) in _COMPASS_EN:
                start += 1
            if start == end:
                continue
        if lex.lang == "en" and start > 0 and _key(tokens[start - 1]) == "the":
            # "The Associated Press", "the Washington Post": a name after "the" is a body's.
            return ParsedMention(printed=text, org=" ".join(t.strip(",;:") for t in tokens[start:end]))
        if index > 0 and tokens and all(_key(t) in lex.regions or _key(t) in _COMPASS for t in tokens):
            continue  # a place in apposition ("Sejarawan Universitas X, Yogyakarta,", "..., Jakarta Barat,")
        if index > 0 and is_country(chunks[index].casefold()) and _names_a_town(chunks[index - 1]):
            continue  # "kru kapal pesiar Diamond Princess di Yokohama, Jepang,": the town's country, no one
        if (
            town == index + 1
            and index > 1
            and end == len(tokens)
            and end - start <= 3
            and all(_key(w) not in lex.roles and _key(w) not in lex.institutions for w in tokens[start:end])
        ):
            continue  # "Dedy, Kepala Peleton ..., Kebayoran Baru, Jakarta Selatan": a district, then its city
        words = [t.strip(",;:") for t in tokens[start:end]]
        words[-1] = _POSSESSIVE_END.sub("", words[-1])  # "David Hollinshead's resignation"
        if len(words) >= 3 and words[-1].casefold() == words[0].casefold():
            # "Prasetyo Subagyo Prasetyo": the next sentence's subject, run on, by the first name
            # ("Tomas Karo Karo", "Anak Agung Gde Agung", "Ida Bagus Rai Bagus" repeat a word
            # of their own: a Batak clan, a Balinese noble's style)
            words.pop()
        elif len(words) >= 3 and words[-1].isupper() and words[-1] == "".join(w[0] for w in words[:-1]).upper():
            words.pop()  # "Agus Harimurti Yudhoyono AHY": the initials the person goes by, not a name
        if lex.lang == "id" and len(words) >= 3 and _key(words[0]) in RESPECT_WORDS:
            words = words[1:]  # "Romo Muhammad Syafi'i", "Kiai Marzuki Mustamar": the name after the word of respect
        pair = next((k for k, w in enumerate(words) if _is_pair(w)), None) if lex.lang == "id" else None
        if (
            lex.lang == "id"
            and start > 0
            and not _VEHICLES_ID.isdisjoint(_key(t) for t in tokens[max(0, start - 2) : start])
        ):
            continue  # "kru kapal pesiar Diamond Princess": a ship's name, no one's
        if pair is not None and start > 0 and _names_the_ticket_s_body(tokens[:start], lex):
            # "Tim Pemenangan Nasional (TPN) Galih-Munir": the ticket's campaign team, a body
            return ParsedMention(printed=text, org=" ".join(t.strip(",;:") for t in tokens[: start + pair + 1]))
        if pair is not None:
            # "Galih Pranoto-Munir MS", "Anwari-Muhaimin": a ticket of two; the first is named first.
            words = words[:pair] + [words[pair].split("-")[0]]
        name = " ".join(words)
        role, region = _split_role_region(tokens[:start], lex)
        if start > 1 and index > 0 and (listed or _goes_on_a_post(tokens[:start], lex)):
            role, region = _listed_post(chunks[:index], tokens[:start], lex) or (role, region)
        if (
            lex.lang == "en"
            and index > 0
            and start > 0
            and all(t[:1].isupper() or _key(t) in _CONNECTORS for t in tokens[:start])
            and not _names_a_post(" ".join(tokens[:start]), lex)
            and not all(_is_title(t, lex) for t in tokens[:start])
            and (first := " ".join(chunks[:index]).split())
            and _key(first[0]) in lex.roles
            and all(t[:1].isupper() or _key(t) in _CONNECTORS for t in first)
        ):
            # "Minister for Children, Young People and Families Margaret Hodge": one post over commas
            role, region = ", ".join([*chunks[:index], " ".join(tokens[:start])]), None
        elif lex.lang == "en" and index > 0 and role and "and" in tokens[:start] and _names_a_post(role, lex):
            # "Culture, Media and Sport Secretary Tessa Jowell": the portfolios listed before the head
            fields: list[str] = []
            opened = _key(text.split()[0]) in _CIRCUMSTANCE_EN  # ("In London, Trade and Industry Secretary X")
            for at in range(index - 1, 0 if opened else -1, -1):
                chunk = chunks[at]
                words = chunk.split()
                tail = list(
                    itertools.takewhile(lambda w: w[:1].isupper() and _key(w) not in lex.roles, reversed(words))
                )
                if not tail or len(tail) > 2 or (len(tail) < len(words) and _key(words[0]) in _CIRCUMSTANCE_EN):
                    break  # ("In London, Trade and Industry Secretary X": where, not a portfolio)
                fields.insert(0, " ".join(reversed(tail)))
                if len(tail) < len(words):
                    break  # ("Her call was backed by Culture": the list opens here)
            if fields:
                role = ", ".join([*fields, " ".join(tokens[:start])])
        if (
            lex.lang == "en"
            and index > 0
            and is_military_rank(role)
            and not _after_circumstance(text, chunks, index, lex)
        ):
            # "the NYSC Director-General, Brigadier General Y. D. Ahmed": the post before the rank
            rank_post, rank_region = _split_role_region(chunks[index - 1].split(), lex)
            if rank_post is not None and _names_a_post(rank_post, lex) and not is_military_rank(rank_post):
                role, region = rank_post, region or rank_region
        if role is None and index > 0 and not _after_circumstance(text, chunks, index, lex):  # "Ketua KPU Subang, X"
            before = chunks[index - 1].split()
            if index > 1 and before and all(_key(t) in lex.regions for t in before):
                # "Pengamat dari Universitas X, Yogyakarta, Y", "Camat Tanah Abang, Jakarta Pusat,
                # Y": the post is the chunk before the town (which may hold the post's own area).
                before = chunks[index - 2].split()
            # The post next to the name: "Bupati Garut Y melalui Kepala Dinas Kominfo Garut, X".
            clause = max(
                (k + 1 for k, t in enumerate(before[:-1]) if _key(t) in _THROUGH and _key(before[k + 1]) in lex.roles),
                default=0,
            )
            role, region = _split_role_region(before[clause:], lex)
            if (
                lex.lang == "en"
                and role is not None
                and 0 < (named_before := _name_run(before[clause:], lex))[0] < named_before[1] == len(before)
                and _key(before[named_before[0] - 1]) in lex.roles
            ):
                role, region = None, None  # "President-elect Brackett, Emery": the post of the name before, not his
            if (
                lex.lang == "id"
                and role is not None
                and (
                    _post_is_an_object(before[clause:], lex)
                    or (start > 0 and _another_official_s(before[clause:], tokens[:start], lex))
                )
            ):
                role, region = None, None  # "..., ditetapkan oleh Gubernur X Y, Kombes Z": another's post
            if lex.lang == "id" and role is not None and not clause and (over := _post_over_chunks(chunks, index, lex)):
                role = over  # "Kepala Subdirektorat X, Y dan Z, Direktorat W, Nama": the post over its fields
            if role is not None and all(_key(t) in lex.regions or is_country(_key(t)) for t in role.split()):
                role, region = None, region or role  # "Jepang, Rina Kartika": a place, no post
            elif role is not None and lex.lang == "en" and not _names_a_post(role, lex):
                role = None  # "in his ninth Budget, Charles Pennock": the sentence's words, not his post
        if (
            lex.lang == "en"
            and role is not None
            and len(post_words := role.split()) > 1
            and is_member_title(post_words[-1])
            and _names_a_post(" ".join(post_words[:-1]), lex)
        ):
            role = " ".join(post_words[:-1])  # "Conservative group leader Cllr X": the title goes with the name
        if lex.lang == "en" and role is not None and ("'s " in role or "’s " in role):
            role = job_of_the_named(role, lex)
        # "X, director general of the Y"; "Councillor X, leader of Y Council": the post held there
        if (role is None or is_member_title(role)) and index + 1 < len(chunks):
            after = chunks[index + 1].split()
            while after and _key(after[0]) in _APPOSITIVE_OPENERS:
                after.pop(0)
            head_of = len(after) > 2 and _key(after[0]) == "head" and after[1] == "of"  # "X, head of the NAO"
            whose = bool(after) and after[-1].endswith(("'s", "’s"))  # "X, President Barack Obama’s former ..."
            if after and not whose and (head_of or any(_key(t) in lex.roles for t in after[:4])):
                role = " ".join(after)
                if lex.lang == "id":
                    # "X, Bupati Garut, mengatakan": the post and its place, as before a name
                    apposed_post, apposed_place = _split_role_region(after, lex)
                    if apposed_post and apposed_place:
                        role, region = apposed_post, apposed_place
                if lex.lang == "id" and (listed_fields := _fields_after(chunks[index + 1 :], lex)) is not None:
                    role, region = listed_fields  # "X, Kepala Dinas Tenaga Kerja, Transmigrasi, dan Energi DKI Jakarta"
        if role is not None and not any(_key(t) in lex.roles or "." in t for t in role.split()):
            role = None if len(role.split()) > 8 else role
        if (
            lex.lang == "en"
            and role
            and region is None
            and index >= 1
            and _IN_STATE.fullmatch(text.split(",")[0])
            and STATE_OFFICE.search(role)
        ):
            state = text.split(",")[0][3:]
            region = state if state in state_names() else None  # "In Tennessee, the House majority whip, X"
        if lex.lang == "en" and role and region is None and index + 1 < len(chunks):
            region = state_after_comma(chunks[index + 1])
        return ParsedMention(printed=text, name=name.rstrip(".") if len(name) > 2 else name, role=role, region=region)
    last = chunks[-1].split() if chunks else []
    # An office without a name ("Kapolda Metro Jaya") is a role to resolve, not an organisation.
    org = None if last and _is_post_word(last[0], lex) else _organisation(last, lex)
    if org and lex.lang == "en" and org[:4].casefold() == "the " and len(org) > 4:
        org = org[4:]  # "In a new report, the Electoral Commission": the body's name
    if org:
        return ParsedMention(printed=text, org=org)
    if last and any(_is_post_word(t, lex) for t in last):
        # "Kepala Otorita X (OIKN) Basuki Hardjosoewarno buka suara soal ...": a clause runs on after
        # the mention; what stands before its first lower-case word is the mention.
        cut = next(
            (
                i
                for i, t in enumerate(last)
                if i
                and t[:1].islower()
                and _key(t) not in _CONNECTORS
                and t not in NAME_PARTICLES
                and not t.startswith("(")
            ),
            None,
        )
        if cut is not None:
            if not last[0][:1].isupper() or not any(_key(t) in lex.roles for t in last[:cut]):
                return None  # "Christmas coming up the new home secretary": narration, no office named
            head = " ".join(last[:cut])
            return parse_mention(head, lex) if head != text else None
        initials = last[-1].strip(_STRIP)
        if (
            len(last) >= 2
            and _INITIALS_NAME.fullmatch(initials)
            and _key(initials) not in lex.institutions | lex.regions | lex.roles
            and _key(last[-2]) in lex.roles
        ):
            # "kata Mentan SYM": the post, then the holder's initials (Syamsul Yasin Mappa).
            role, region = _split_role_region(last[:-1], lex)
            return ParsedMention(printed=text, name=initials, role=role, region=region)
        role, region = _split_role_region(last, lex)
        if role and role[:1].isupper():
            return ParsedMention(printed=text, role=role, region=region)
    return None
