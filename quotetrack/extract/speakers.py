"""Resolve speaker mentions within one article: short names, pronouns, "-nya" cues and
bare offices ("kata Presiden") to the person named in full earlier in the text."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from rapidfuzz import fuzz

from quotetrack.extract.around import (
    EN_POST_MODIFIERS,
    EPITHET_DETERMINERS,
    KIN_GENDER_EN,
    before_time,
    introduced_post_before,
    is_portfolio_word,
    lower_post_before,
    may_have_post,
    post_after,
    post_before,
    sentence_end,
    sentence_start,
    word_evidence,
)
from quotetrack.extract.cues import ABBREVIATION_DOT, COORDINATORS, inverted_said
from quotetrack.extract.descriptors import describes_private_person, description_at, plain_description
from quotetrack.extract.epithets_id import Kind, epithet_kind, fits
from quotetrack.extract.glued_id import (
    ends_with_numbered_name,
    eponym_body,
    in_a_body_s_name,
    may_open_a_name,
    numbered_body_words,
    one_place_post,
    other_local_place,
    place_after_locative,
    short_form_shaped,
    unit_head_alone,
    unit_head_post,
)
from quotetrack.extract.groups_id import named_only_in_place, resident_s_places
from quotetrack.extract.mentions import (
    ADDRESS_WORDS,
    CAMPAIGN,
    DEMONSTRATIVES,
    EN_PARTY_WORDS,
    GOES_BY,
    KIN_ID,
    LOCAL_HEADS,
    NAME_PARTICLES,
    NAMED_BODIES,
    NICK_ADDRESS,
    PARTICIPLE_CUES,
    PLACE_OPENERS,
    RESPECT_WORDS,
    VILLAGE_MARKERS,
    ParsedMention,
    campaign_reference,
    ends_national,
    is_country,
    is_lone_title,
    is_member_title,
    is_military_rank,
    is_rank_word,
    job_of_the_named,
    name_after_unit_number,
    name_in_post,
    name_then_post,
    names_two_people,
    parse_mention,
    state_after_comma,
    state_keys,
    unnamed_group,
)
from quotetrack.extract.possessive import VOICES, possessive_holder, possessive_post
from quotetrack.extract.posts_en import NUMBERED_COMMISSION
from quotetrack.extract.words import (
    Lexicon,
    given_name_genders,
    given_names_id,
    state_names,
    two_word_state_ends,
    us_states,
)
from quotetrack.text.lexicon import (
    ODD_CASE,
    another_given_name,
    fold,
    is_past_post,
    nickname_pairs,
    region_aliases,
    word_set,
)
from quotetrack.text.stem import is_dictionary_word

_PACKAGE = "quotetrack.extract"
_WORD = re.compile(r"\w+")
# The words of a post whose initials make its short form ("Director-General": D, G), without the
# links English puts between them ("Inspector-General of Police": IGP).
_POST_WORD = re.compile(r"[^\W\d_]+")
_INITIAL_SKIPS = frozenset({"of", "the", "and", "for", "on", "to"})
# A capital of a Latin-script name, with an accent or without: "Élodie", "Ó Briain", "Łukasz".
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ſ"
# Runs of capitalised words, allowing commas and a few joiners, that may hold "role + name"
# ("to the" only: "Chief Secretary to the Treasury Paul Boateng", not "X to Clinton aide Y").
# (A first word "Pj.\w+" is one of [{_CAPITAL}][\w.’'-]*, which is tried first and always matches: the
# pattern opens with that set alone, so the engine scans for capitals instead of trying a branch
# at every character.)
_CAPITALISED_RUN = re.compile(
    # ("Rhun ap Iorwerth", "Ahmad bin Yusuf", "Ursula von der Leyen", "Ana de la Fuente": a name's
    # particles)
    # ("Kepala Puskesmas X, dr. Ratna Sari": a doctor's, a dentist's, a vet's title in lower case)
    rf"[{_CAPITAL}][\w.’'-]*(?:(?:[ \t]+|,[ \t]+)(?:(?:dari|of|to(?=\s+the\b)|the|for|and|dan|"
    r"de|van|von|der|la|los|den|del|bin|ap|ab|ibn|da|"
    r"drg?h?\.|"
    # ("Special Adviser on Media and Publicity, X": a portfolio after "on", never a day)
    r"(?<=(?:ser|sor|ter|ary|man|son) )on"
    r"(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))\s+){0,2}"
    rf"(?:[{_CAPITAL}][\w.’'-]*))*"
)
_SUBJECT_WORDS = 10
# An Indonesian preposition, or a noun made of a verb (ke-an, pe-an, per-an), right before a name.
# (and a passive verb of company: "Ia didampingi Kepala Dinas X": whom he was with, not who speaks;
# an active verb: "Ia sempat bertemu Kepala Dinas X", "Bupati melantik Sekda X": its object)
_OBJECT_BEFORE_ID = re.compile(
    r"soal|terkait|dengan|kepada|terhadap|tentang|atas|bersama|didampingi|ditemani|disaksikan|dihadiri"
    r"|(?:ke|pe|per)[a-z]{3,}an|(?:me|ber)[a-z]{4,}"
)
# A post and its ordinal right before a run: "Presiden ke-7 " (the run: "RI Joko Wiranggono").
_POST_ORDINAL_BEFORE = re.compile(r"\b[A-Z][\w]*(?:\s[A-Z][\w]*){0,2}\s+ke-\d{1,2}\s+$")
_POST_ORDINAL_REACH = 60


def _post_ordinal_before(text: str, start: int) -> re.Match[str] | None:
    """_POST_ORDINAL_BEFORE in the 60 characters before `start`, only where they hold its "ke-":
    the pattern opens with \\b and backtracks through every capitalised word (25 us a run)."""
    lo = max(0, start - _POST_ORDINAL_REACH)
    return _POST_ORDINAL_BEFORE.search(text, lo, start) if text.find("ke-", lo, start) >= 0 else None


# A short form in capitals right after a run: "Satu Pintu (DPMPTSP)".
_SHORT_FORM_AFTER = re.compile(r"\s*\(([A-Z]{2,12})\)")
# "and" and another post after an epithet's post: "The prime minister and (the) chancellor".
_AND_ANOTHER = re.compile(r"\s+and\s+(?:the\s+|his\s+|her\s+)?([a-z]+)")
# A copula right after a capitalised run: the run is the subject of a clause ("Al-Hilm adalah ...").
_COPULA_AFTER = re.compile(r"\s+(?:adalah|merupakan|ialah|yaitu|yakni)\b")
# A local unit's post and its short form in brackets, right before a run of capitalised words
# ("Kepala Desa (Kades) ", "Kepala Kepolisian Sektor (Kapolsek) "): the run opens with the unit's place.
_LOCAL_SHORT_FORM_BEFORE = re.compile(
    r"\b(?:Desa|Kelurahan|Kampung|Dusun|Nagari|Kecamatan|Sektor|Resor)\s+\([A-Z][A-Za-z]{2,11}\)\s$"
)
# Words of address before a nickname ("Kang Emil", "Cak Imin", "Mas Gibran").
_NICKNAME_ADDRESS = frozenset({"gus", "cak", "kang"})  # "Gus Dur", "Cak Imin", "Kang Emil": names people go by
# An age in brackets, and the name right before it: "Armi (35)", "Ari Wibowo (45)". The age is
# looked for first: a pattern opening with the name (\b, a capital) is tried at every character.
_AGE = re.compile(r"\(\d{1,3}\)")
_AGE_LOOKBACK = 60
_NAME_BEFORE_AGE = re.compile(r"([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3})[ \t]*$")
# A word right before a capitalised run saying its post is no longer held ("ex-", "former ").
_PAST_BEFORE = re.compile(r"(?:\b(?:[Ff]ormer|[Mm]antan|[Ee]ks|[Bb]ekas) |\b[Ee]x-)$")
# "state" in lower case before a legislator's title: a state's legislature, not Congress ("by
# state Sen. Julie Ortega": a state senator, whom "Sen" alone would make a United States senator).
_STATE_BEFORE = re.compile(r"\b[Ss]tate $")
_STATE_HOUSE_TITLE = re.compile(r"(?:Sen|Senator|Rep|Representative|Assemblyman|Assemblywoman|Delegate)\b")
_POST_WORDS_AFTER_CLAUSE = 4  # "the Lib Dem leader" between an opening clause's comma and the name
# A name and a relative clause that gives its post ("X yang merupakan wakil ketua ...").
_RELATIVE_POST_VERBS = ("merupakan", "menjabat")
_NAME_THEN_RELATIVE = re.compile(
    r"([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3}),?[ \t]+yang[ \t]+(?:juga[ \t]+|kini[ \t]+)?"
    rf"(?:{'|'.join(_RELATIVE_POST_VERBS)})\b"
)
# The clause every _NAME_THEN_RELATIVE match ends with: its test opens with a word, which the engine
# finds by a fast string search, where the whole pattern tries each capital's run of words (1 ms
# an article that prints "merupakan" without the clause; this test 1 us).
_RELATIVE_POST_CLAUSE = re.compile(rf"yang[ \t]+(?:juga[ \t]+|kini[ \t]+)?(?:{'|'.join(_RELATIVE_POST_VERBS)})\b")
# A word's full stop inside a run: where the sentence ends unless the word is an abbreviation
# ("Dr.", "Pj."): "kata Ipuk. Ditambahkan Plt Kepala Dinas X" holds two sentences.
_RUN_SENTENCE_END = re.compile(r"(?<=[a-z]{2}\.)(?=[ \t])")
_RUN_LAST_WORD = re.compile(r"([A-Za-z]+)\.$")
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})  # after a full name: "Robert Kline Jr."
_KIN_REACH = 24  # characters before a name to read for a relative's word ("His father, former sheriff X")
_SUFFIX_MIN = 5  # "Harsono" may stand for "Suharsono"
_CLIPPED_MIN = 4  # "Dody" for "Dodyatmo", "Afif" for "Afifuddin"
_CLIPPED_REST = 4  # but "Agus" is a name of its own, not a clipped "Agustan"
_MISSPELT_RATIO = 90  # "Purwanigsih" for "Purwaningsih"; "Santoso"/"Susanto" (two people) stay apart
# A list of people ("Gubernur X dan Wali Kota Y"): cut before a joiner that opens another office.
_LIST_JOINER = re.compile(r"\s+(?:dan|and|serta)\s+|,\s+(?:(?:dan|and|serta)\s+)?")
_LIST_JOINER_WORDS = ("dan", "and", "serta")
# Words that end the name of a day, a speech, a law or a prize named after someone, never a
# person's name ("Barack Obama Election Day", "President Obama Speech at ...", "the Dodd-Frank Act").
_NAMED_AFTER_SOMEONE = frozenset(
    {"day", "week", "night", "speech", "address", "act", "bill", "law", "award", "prize", "memorial", "lecture"}
)
# English copy marks gender with a title before the surname; pronouns must agree with it.
# (\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady) with each title's capital first and the \b a look-behind
# after it: a pattern opening with \b is tried at every character, one whose branches open with
# letters is scanned for them; 0.05-0.5 ms an English article, now 6-17 us)
_GENDER_TITLE = re.compile(
    r"(M(?<!\wM)(?:r|rs|s|iss)|S(?<!\wS)ir|D(?<!\wD)ame|L(?<!\wL)(?:ord|ady))\.?\s+(?:[A-Z][\w’'-]+\s+)?([A-Z][\w’'-]+)"
)
# Every title _GENDER_TITLE matches contains one of these (it is case-sensitive).
_GENDER_TITLES = ("Mr", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady")
# A gendered title ending a stretch of text, right before a name ("In an interview, Mrs. ").
_TITLE_AT_END = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+$")
_TITLE_GENDER = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}
# A relative's word in apposition to a name gives its gender: "Patti Davis, Ronald Reagan's
# daughter,", "Jo Reed, the wife of ...", "Tom Hale, a father of three,".
_KIN_GENDER = {word: gender for word, gender in KIN_GENDER_EN.items() if gender}
_KIN_APPOSED = re.compile(
    r"\b([A-Z][\w’'-]+),\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+)?|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+)"
    rf"({'|'.join(sorted(_KIN_GENDER, key=len, reverse=True))})\b"
)
# A sentence saying its subject did not speak: that subject gets no statement from the quotes
# that follow ("X belum merespons", "X declined to comment").
_NO_RESPONSE = re.compile(
    r"\b(?:belum|tidak|tak|enggan|menolak)\s+(?:(?:juga|bersedia|mau|dapat|bisa|memberikan)\s+)?"
    r"(?:merespons|merespon|menanggapi|menjawab|berkomentar|komentar|tanggapan|dihubungi|dikonfirmasi|"
    r"membalas|mengangkat)\b|\b(?:declined|refused)\s+to\s+comment\b|\b(?:did|has|have|had)\s+not\s+"
    r"(?:yet\s+)?(?:respond|responded|replied|returned)\b|\bcould\s+not\s+be\s+reached\b",
    re.IGNORECASE,
)
# A nickname the article introduces: "Budi Santoso, yang akrab disapa Ibud", "X alias Y",
# "X atau yang dikenal dengan Y", "X, known as Y", "Joko Wiranggono (Jowir)".
_NICKNAME = re.compile(
    r"(?P<full>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})[ \t]*(?:,[ \t]*)?"
    r"(?:(?:atau[ \t]+)?(?:yang[ \t]+)?(?:akrab|biasa|kerap|sering|lebih)?[ \t]*"
    r"(?:disapa|dipanggil|dikenal(?:[ \t]+dengan)?)"
    r"(?:[ \t]+(?:nama|sebutan|panggilan))?|alias|a\.k\.a\.?|(?:better[ \t]+|widely[ \t]+)?known[ \t]+as)"
    r"[ \t]+[\"“']?(?P<nick>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)"
)
# A nickname given in a description of someone named before: "ujar Bupati Madiun Ahmad Dawami.
# Pria yang akrab disapa Kaji Mbing ini menuturkan, ...": the nickname is that person's.
# ("untuk pria yang disapa Hendi, setelah ...", "kata pria karib disapa Cak Duki kepada ...":
# "yang" and the adverb may go, and the nickname may end at a lower-case word or a comma)
_DESCRIBED_NICKNAME = re.compile(
    r"\b(?P<head>[A-Za-z]+)[ \t]+(?:yang[ \t]+)?(?:(?:akrab|biasa|kerap|sering|karib)[ \t]+)?(?:disapa|dipanggil)[ \t]+"
    r"[\"“']?(?P<nick>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})[\"”']?"
    r"(?=[ \t]+(?:ini|itu|tersebut)\b|[ \t]+[a-z]|[,.;:])"
)
# Where a run is a nickname being introduced ("... yang akrab disapa Kaji Mbing"): nobody new.
_NICKNAME_INTRODUCED = re.compile(r"(?:disapa|dipanggil)[ \t]+[\"“']?$")
_OR_NICKNAME_REACH = 80  # characters either side of "atau" that hold the full name and the nickname
# "Mensos Saifullah Yusuf atau Gus Ipul menyampaikan": a name, "atau" and the name the person
# goes by (with a word of address, or one word), before lower-case words go on.
_OR_NICKNAME = re.compile(
    r"(?P<full>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})[ \t]+atau[ \t]+"
    rf"(?P<nick>{GOES_BY})(?=[ \t]+[a-z]|[,.])"
)
# The nickname first: "kata Dekdan, sapaan akrab Maulizar Zikri", "Kang Ical, panggilan Rizal Kamarullah".
_NICKNAME_FIRST = re.compile(
    r"(?P<nick>[A-Z][\w’'-]+)[ \t]*,?[ \t]*(?:sapaan|panggilan)(?:[ \t]+(?:akrab|karib|akrabnya))?"
    r"[ \t]+(?:dari[ \t]+|untuk[ \t]+)?(?P<full>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})"
)
# "Joko Wiranggono (Jowir)": a capitalised word in brackets, and the name right before it.
_QUOTED_NICK = re.compile(
    r"(?P<first>[A-Z][\w’.-]+)[ \t]+['‘\"“](?P<nick>[A-Z][\w-]{1,15}(?:[ \t][A-Z][\w-]{1,15})?)['’\"”][ \t]+"
    r"(?P<last>[A-Z][\w’-]+(?:[ \t]+[A-Z][\w’-]+)?)"
)
_NICK_MARK = re.compile(r"['‘\"“](?=[A-Z][\w-]{1,15}(?:[ \t][A-Z][\w-]{1,15})?['’\"”][ \t][A-Z])")
_NAME_BEFORE_MARK = re.compile(r"[A-Z][\w’.-]+[ \t]+$")
# "Sukirman (Kang Man)": after a word of address, a nickname of any length.
_BRACKETED_NICK = re.compile(rf"\(((?:{NICK_ADDRESS}[ \t]+[A-Z][a-z]|[A-Z][a-z][\w’'-]{{2}})[\w’'-]*)\)")
_BRACKETED_INITIALS = re.compile(r"\(([A-Z]{2,4})\)")
_NAME_BEFORE = re.compile(r"([A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})[ \t]+$")
_SUBORDINATORS = frozenset(
    {"karena", "sebab", "lantaran", "jika", "kalau", "apabila", "agar", "supaya", "sehingga", "meski"}
    | {"meskipun", "walau", "walaupun"}
)
_ACCORDING = re.compile(r"\b(?:menurut|according to)", re.IGNORECASE)
# English words no one's name opens with, capitalised in titles ("Off Message", "Inside Politics").
_FUNCTION_WORDS_EN = frozenset(
    {"off", "on", "in", "out", "up", "over", "under", "inside", "behind", "beyond", "into", "about", "after"}
    | {"despite", "amid", "unlike", "following", "before", "during", "without", "against"}
)
_FIRST_WORD = re.compile(r"([A-Z][\w&'’-]+)(?=[\s,])")
_NAMED_REACH = 600  # characters after an epithet where the sentence's end is looked for
_CUE_REACH = 40  # characters from a quote's end to a participle after its cue ('," he said, adding')
# Posts only a woman holds ("a former first lady", "the congresswoman").
_WOMAN_POST = re.compile(r"\b(?:first lady|wife|widow|mother|daughter|queen|duchess|princess|\w+woman)\b", re.I)
# What an English capitalised run that ends in one of these names is a thing, never a speaker
# ("the European Union's Common Agricultural Policy had caused ..., he said": not "he").
_THING_HEADS = frozenset(
    {"policy", "act", "bill", "treaty", "agreement", "accord", "pact", "programme", "program", "scheme"}
    | {"strategy", "plan", "directive", "regulation", "charter", "convention", "initiative", "manifesto"}
    # (programmes and taxes: "Guaranteed Income Supplement", "Old Age Security", "Child Tax Credit")
    | {"supplement", "allowance", "benefit", "benefits", "credit", "pension", "insurance", "security", "tax"}
    | {"amendment", "referendum"}
    # (events: "the Cold War", "World War II", "the Gulf War")
    | {"war"}
)
_COMPASS_WORDS_EN = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"northern", "southern", "eastern", "western"}
)
# English prepositions before a name: the name is an object, never the sentence's subject.
_OBJECT_BEFORE_EN = frozenset(
    {"to", "with", "by", "for", "from", "against", "about", "at", "of", "on", "into", "toward", "towards"}
    | {"than", "like", "over", "under", "without", "between", "among", "upon", "via"}
    # ("Critics, including former governor X, have questioned it": one of the subject, not it)
    | {"including", "includes", "include", "besides", "alongside", "excluding"}
)
# An epithet with no office of its own: "the leader" is whoever holds a post ("the official" is
# often an unnamed source, "a senior official said").
ANY_OFFICE_EPITHETS = frozenset({"leader"})
# A candidate runs for one post while holding another: "Gov. John Kasich ... The candidate said".
_RUNNING_EPITHETS = frozenset({"candidate", "nominee", "incumbent"})
_ROMAN_NUMERALS = frozenset({"I", "II", "III", "IV", "V"})
# A body an English article names in full, for "the ministry" or "it" to refer back to: a
# capitalised run that ends in its kind ("Home Office", "Ministry of Defence", "Labour Party"),
# or a party by its own name.
_BODY_HEADS = (
    "Party|Government|Ministry|Department|Agency|Commission|Committee|Council|Company|Union|Campaign|"
    "Group|Organisation|Organization|Administration|Embassy|Authority|Board|Association|Federation|"
    "Coalition|Alliance|Charity|Regulator|Foundation|Institute|Bank|Court|Office|League|Unit|Service|Bureau|"
    "Centre|Center|Trust|Panel|Tribunal|Corporation|Secretariat|Directorate|Inspectorate|Watchdog|Network|Society|"
    "Forum|Partnership|Command|Police|Corp|Inc|Ltd|Plc|LLC"
)
# A body's kind in lower case after the capitalised words naming it.
_BODY_KIND_AFTER = re.compile(r"\s+(?:police|party|government|council|authorities|administration)\b")
_BODY_HEAD_WORDS = frozenset(_BODY_HEADS.casefold().split("|"))
_PARTIES_EN = (
    "Labour|Conservatives|Tories|Liberal Democrats|Lib Dems|SNP|Plaid Cymru|UKIP|Greens|DUP|Sinn F[eé]in|"
    "Democrats|Republicans|GOP"
)
_NAMED_BODY = re.compile(
    rf"\b(?:(?:[A-Z][\w&'’-]*|of|for|and)\s+){{0,4}}(?P<head>{_BODY_HEADS})\b"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})?"
    rf"|\b(?P<party>{_PARTIES_EN})\b"
    # ("the Commons work and pensions committee", "the Senate intelligence committee": a
    # legislature's committee, its portfolio in lower case)
    r"|\b(?:Commons|Lords|House|Senate|Assembly|Congressional|Parliament|Holyrood)(?:['’]s)?"
    r"(?:\s+(?:select\s+)?[a-z][\w-]*){1,4}?\s+(?P<committee>committee)\b"
    # ("Greater Manchester police (GMP) would not confirm ... but said": a force named by its place)
    r"|\b(?:[A-Z][\w'’-]*\s+){1,3}(?P<police>police)\b"
)


def _named_head(match: re.Match[str]) -> str:
    """The kind of body a _NAMED_BODY match names ("party", "committee", "ministry", ...)."""
    if match.group("party"):
        return "party"
    return (match.group("head") or match.group("committee") or match.group("police")).casefold()


# Last words of English names of streets, buildings and waters ("Downing Street", "Indian Ocean").
_PLACE_NOUNS_EN = frozenset(
    {"street", "avenue", "road", "square", "lane", "boulevard", "hill", "tower", "palace", "house", "hall"}
    | {"ocean", "sea", "river", "island", "islands", "bay", "gulf", "lake", "valley", "mountains", "coast"}
    | {"water", "airport", "station", "stadium", "bridge"}  # a utility or a building: "Scottish Water"
    | {"shoal", "shoals", "reef", "strait", "peninsula", "canal"}  # ("Ayungin Shoal", "Taiwan Strait")
)
# The subject a sentence opens with when it is a group: "Republican lawmakers in Washington had".
_GROUP_OPENING = re.compile(
    r"\s*((?:[A-Z][\w-]*\s+){0,3}[a-z]+(?:\s+(?:in|from|at)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?)\s"
)
# A sentence that opens with a campaign, after any opening clause: "On the other side, Brackett's campaign".
_CAMPAIGN_OPENING = re.compile(rf"(?:[^,.;]{{0,40}},\s+)?({CAMPAIGN})\b")
_SENTENCE_BREAK = re.compile(r"[.!?\"”’']*\s*")  # what ends a sentence and the space before the next
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z][\w'’-]*")
# A one-word name and an appositive after it: "Clinton, the Democratic nominee, ...".
_APPOSITIVE_OPENING = re.compile(r",[ \t]+(?:the|a|an)[ \t]")
_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’-]+$")
_WORD_REACH = 40
# "Khan, a Muslim, was elected as mayor of London": a surname, a short apposition, then the post
# the person was elected or appointed to (up to a word of time or circumstance: before_time).
_ELECTED_TO = re.compile(
    r"\b(?P<who>[A-Z][\w'’-]+)(?:,[^,.;\"“”\n]{1,40},)?\s+(?:was|has\s+been|had\s+been|is|were)\s+"
    r"(?:re-?)?(?:elected|appointed|named|sworn\s+in)\s+(?:as\s+)?(?:the\s+|an?\s+)?(?P<post>[a-zA-Z][^,;.\n\"“”]{2,60})"
)
# Indonesian: "melantik Togap Simangunsong sebagai Sekretaris Daerah (Sekda)", "X resmi dilantik
# menjadi Kapolres Garut": the post a person was installed in, capitalised as posts are.
_INSTALLING_ID = re.compile(
    r"(?<![a-z])(?:me(?:lantik|ngangkat|nunjuk|netapkan)|di(?:lantik|angkat|tunjuk|tetapkan))\s"
)
_INSTALLING_WORDS = ("lantik ", "angkat ", "tunjuk ", "tetapkan ")  # (found first, as substrings: fast)
_INSTALLED_NAME_AFTER = re.compile(r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")
_INSTALLED_NAME_BEFORE = re.compile(r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?:resmi\s+)?$")
_INSTALLED_AS = re.compile(r"\s+(?:sebagai|menjadi)\s+(?P<post>[A-Z][\w.-]*(?:\s+(?:\([A-Za-z]+\)|[A-Z][\w.-]*|dan))*)")
# Where a place is printed: "in Des Moines", "speaking at Westminster", "near Fort Worth".
_PLACE_PREPOSITION = re.compile(r"(?:\b(?:in|near)|(?:speaking|campaigning|appearing|rallying) at)\s$")
# A sentence that opens with "The" and a post in lower case: "The prime minister was speaking".
# (opening with the literal "The": a pattern opening with look-behinds is tried at every character)
_EPITHET = (
    r"((?:(?:[A-Z]{2,5}|Democratic|Republican|Labour|Tory|Conservative|Liberal\s+Democrat)\s+)?"
    r"(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\b"  # ("co-chairman")
)
_EPITHET_OPENING = re.compile(rf"The\s+{_EPITHET}")
# A sentence opening with a post named through its body or place: "Bury Council's leader has ...",
# "The state's health minister also ..." (the words after the possessive, cut back to the post's).
_POSSESSIVE_OPENING = re.compile(
    r"((?:The\s+)?(?:[A-Z][\w&.-]*\s+){0,4}?(?:[A-Z][\w&.-]*|[a-z]+)(?:['’]s|(?<=s)['’])(?:\s+[a-z][\w-]*){1,7})"
)
# The same after a short clause that opens the sentence: "Also in Gateshead, the prime minister took ...".
_EPITHET_AFTER_CLAUSE = re.compile(rf",[ \t]+the[ \t]+{_EPITHET}")
_CLAUSE_WORDS = 6  # the longest opening clause before such an epithet
# Words that join a sentence to the one before, before its subject: "And even Obama tried ...".
_CONNECTIVES_EN = frozenset({"and", "but", "yet", "so", "even", "still", "now", "indeed", "instead", "besides"})
_NOT_POST_HEADS = EN_POST_MODIFIERS | {"first", "second"}  # words that qualify a post, never end one
# A post the subject holds "as": "his first real test as home secretary", "as the Tory leader".
_AS_POST = re.compile(
    r" as[ \t]+(?:the[ \t]+)?(?:(?P<place>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+)?"
    r"(?P<post>(?:[a-z]+[ \t]+){0,3}[a-z]+)(?=[\s,.;])"
)
# The posts "as <Place> <post>" gives with the place they serve: "a second term as Chicago mayor".
_PLACED_POSTS = frozenset({"mayor", "governor", "senator", "alderman", "sheriff", "congressman", "congresswoman"})
_OWNED_BEFORE_AS = re.compile(r"\b[A-Z][\w-]*['’]s(?:\s+[a-z][\w-]*){0,3}$")
_NAME_BEFORE_AS = re.compile(r"\s[a-z][\w-]*\s+(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+$")  # "... stop Hillary Clinton"
_PAST_BEFORE_AS = re.compile(
    r"\b(?:served|serving|worked|was|were|been|former|resigned|time|tenure|stint|career|days|years|quit|left)\b[^.]*$"
)
_QUOTE_OPENERS = "\"“”‘'"
_EPITHET_AHEAD = 1000  # characters after an opening epithet where its holder is named
# After the post: a name ("The prime minister, Tony Blair"), a possessive, or the body it heads.
_NOT_AN_EPITHET_AFTER = re.compile(r",?\s+[A-Z]|['’]s\b|\s+(?:of|for|at|to|in)\b|-")
_BODY_OPENING = re.compile(rf"The\s+(?:[a-z][\w-]*\s+){{0,2}}?({_BODY_HEADS.lower()})\b")
# A sentence's subject named with "the" and capitalised words ("The Home Office declined ...",
# "But the Department of Health said ..."): a body, if the words name one.
_THE_NAMED = re.compile(
    r"\s*(?:(?:But|And|However,)\s+)?[Tt]he\s+((?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})?)(?=\s+[a-z])"
)
_BODY_REACH = 1500  # characters back to the body "the party" refers to
# A body Indonesian copy names by its kind ("Kementerian Kesehatan", "PT Sinar Abadi"): its
# capitalised words, for "Kementerian itu", "perusahaan tersebut" to refer back to.
_BODY_NAME_ID = r"(?:[ \t]+(?:[A-Z][\w&'’-]*|dan))*[ \t]+[A-Z][\w&'’-]*"
_FIRM_ID = re.compile(rf"\b(?:PT|CV|Perum|Perumda|Bank){_BODY_NAME_ID}")
_STATE_BODY_KINDS_ID = (
    *("kementerian", "dinas", "badan", "komisi", "partai", "yayasan", "kepolisian", "kejaksaan"),
    *("pengadilan", "universitas", "asosiasi", "serikat", "lembaga", "organisasi"),
)
_NAMED_BODY_ID = {kind: re.compile(rf"\b{kind.capitalize()}{_BODY_NAME_ID}") for kind in _STATE_BODY_KINDS_ID}
_NAMED_BODY_ID |= dict.fromkeys(("perusahaan", "pabrik", "maskapai", "emiten", "bank"), _FIRM_ID)
# ("lembaga itu", "instansi tersebut": a body of any kind)
_ANY_BODY_ID = re.compile(rf"\b(?:PT|{'|'.join(k.capitalize() for k in _STATE_BODY_KINDS_ID)}){_BODY_NAME_ID}")
_NAMED_BODY_ID |= dict.fromkeys(("lembaga", "instansi", "organisasi", "ormas"), _ANY_BODY_ID)
_LEDE = 800  # characters of an article's opening, where it may speak of a body before naming it
_BODY_AHEAD = 600  # characters ahead to a body a lede speaks of by its kind before naming it
# Bodies a reference to a public watchdog may name: "the elections watchdog" for a commission.
_WATCHDOG_HEADS = {"watchdog", "regulator", "commission", "authority", "office", "agency", "board", "ombudsman"}
# Kinds a reference may use for a body named with another head.
_KIND_HEADS = {
    "administration": {"government", "administration"},
    "government": {"government", "administration"},
    **dict.fromkeys(("watchdog", "regulator"), _WATCHDOG_HEADS),
}
# "the group", "the charity": any body outside government and the parties ("The Taxpayers
# Alliance opposed the plan. The group said ...").
_CIVIC_HEADS = {
    *("group", "organisation", "organization", "charity", "alliance", "association", "federation", "coalition"),
    *("foundation", "institute", "league", "union", "trust", "campaign", "watchdog", "centre", "center"),
    *("network", "society", "forum", "partnership"),
}
_KIND_HEADS |= {kind: _CIVIC_HEADS for kind in ("group", "organisation", "organization", "charity")}
# "the company", "the bank": a business, named by its own name ("NatWest said ... the bank said").
_COMPANY_HEADS = {
    *("company", "firm", "bank", "business", "group", "corporation", "network", "broadcaster", "airline"),
    *("retailer", "supermarket", "insurer", "lender", "carrier", "channel", "publisher", "manufacturer"),
    *("corp", "inc", "ltd", "plc", "llc"),  # ("Norland Corp cut 200 jobs. The company said")
}
_KIND_HEADS |= dict.fromkeys(_COMPANY_HEADS - {"group"}, _COMPANY_HEADS)
_STATE_HEADS = {"party", "government", "administration", "ministry", "department", "office", "agency", "court"}
# "the finance ministry", "the state department": a ministry named by its portfolio, in lower case
# as wire copy prints it; these words before the kind say which one of a kind, not whose.
_PORTFOLIO_KINDS = frozenset({"ministry", "department"})
_NO_PORTFOLIO = frozenset({"new", "same", "former", "relevant", "concerned", "responsible", "other", "whole", "said"})
_LOWER_PORTFOLIO = re.compile(r"(?i:the)\s+((?:[a-z][a-z-]+\s+){1,2})(ministry|department)")


# A minister named by the portfolio: "Agriculture Minister", "Marine Affairs and Fisheries Minister"
# (the words of rank and time before it are no part of the ministry's name).
_PORTFOLIO_MINISTER = re.compile(r"\b((?:[A-Z][a-z]+\s+(?:and\s+)?){1,5})Minister\b")
_NO_MINISTRY_WORDS = frozenset({"prime", "first", "chief", "senior", "the", "a", "former", "then", "state"})
_RANK_OF_MINISTER = frozenset({"deputy", "vice", "acting", "outgoing", "incoming", "new", "incumbent"})


def _minister_s_ministry(text: str, lo: int, hi: int) -> str | None:
    """ "Agriculture Ministry" for the last "Agriculture Minister" named between `lo` and `hi`."""
    if "Minister" not in text[lo:hi]:
        return None  # (most articles: no minister named before; no regex run)
    found = None
    for match in _PORTFOLIO_MINISTER.finditer(text, lo, hi):
        found = match
    if found is None:
        return None
    words = found.group(1).split()
    while words and words[0].casefold() in _RANK_OF_MINISTER:
        words = words[1:]
    if not words or any(w.casefold() in _NO_MINISTRY_WORDS for w in words) or words[0] == "and":
        return None
    return " ".join([*words, "Ministry"])


def _portfolio_body(printed: str, kind: str) -> str | None:
    """ "Finance Ministry" for "the finance ministry"; None for "the ministry", "the new ministry"."""
    if kind not in _PORTFOLIO_KINDS:
        return None
    match = _LOWER_PORTFOLIO.fullmatch(printed.strip())
    if match is None or not _NO_PORTFOLIO.isdisjoint(words := match.group(1).split()):
        return None
    return " ".join(w.capitalize() for w in (*words, match.group(2)))


# The nickname a description of the speaker gives: "Pria yang akrab disapa Cak Eri itu".
_DESCRIBED_NICK = re.compile(
    r"\b(?:disapa|dipanggil|sapaan|panggilan)(?:[ \t]+(?:akrab|karib))?[ \t]+[\"“']?"
    r"([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)"
)
_NICKNAME_HINT = re.compile(r"disapa|dipanggil|dikenal|alias|a\.k\.a|known as|sapaan|panggilan", re.IGNORECASE)
# A plural title before a list of members, and the list itself: names, initials, party-and-state
# brackets, commas and "and".
_PLURAL_TITLE = re.compile(r"\b(Sens|Reps|Senators|Representatives)\.?\s+((?:[^.;:]|\.(?=\S))*)$")
_PLURAL_POST = {"sens": "Sen.", "senators": "Senator", "reps": "Rep.", "representatives": "Representative"}
_MEMBER_LIST = re.compile(r"(?:[A-Z][\w.'’-]*|\([DRI]-[A-Za-z.]{1,8}\)|,|and|\s)*")
_STATE = rf"[A-Z][A-Za-z.]{{1,13}}(?: (?:{two_word_state_ends()}))?"
_STATE_AFTER = re.compile(rf"\s*(?:\((?:[DRI]-)?({_STATE})\)|,\s+[DRI]-({_STATE})(?=[,.;\s]|$))")
# A unit's head in one coined word, spelled out: "Kadispen" is the "Kepala Dinas Pen(erangan)".
_UNIT_HEADS = {"kadis": "kepala dinas ", "kasat": "kepala satuan ", "kadin": "kepala dinas "}
# Local posts' short forms and the words they stand for, as a first mention spells them out
# ("Kepala Desa X ... kata Kades", "Wakil Bupati X ... kata Wabup", "Kepala Kepolisian Resor X ...
# kata Kapolres"), and the other way round.
_POST_SHORT_FORMS_ID = {
    "kades": "kepala desa",
    "sekdes": "sekretaris desa",
    "wabup": "wakil bupati",
    "wawali": "wakil wali kota",
    "wawalkot": "wakil wali kota",
    "walkot": "wali kota",
    "wagub": "wakil gubernur",
    "sekda": "sekretaris daerah",
    "kapolres": "kepala kepolisian resor",
    "kapolsek": "kepala kepolisian sektor",
    "kapolda": "kepala kepolisian daerah",
    "kajari": "kepala kejaksaan negeri",
    "kajati": "kepala kejaksaan tinggi",
    "dandim": "komandan distrik militer",
    "danrem": "komandan resor militer",
    "kalaksa": "kepala pelaksana",
}
_POST_LONG_FORMS_ID = {long: short for short, long in _POST_SHORT_FORMS_ID.items()}
_UNIT_HEAD_SPELLED = re.compile(r"(kadis|kasat|kadin)([a-z]{3,})\b")
_LINKS_EN = frozenset({"of", "for", "the", "and", "to", "at", "in"})
_LOWER_WORDS = re.compile(r"(?:\s+[a-z][\w-]*){1,4}")
_NEXT_WORD = re.compile(r"\s+([\w’']+)")
_NICKNAME_HINTS = ("disapa", "dipanggil", "dikenal", "alias", "a.k.a", "known as", "sapaan", "panggilan")


_VOWELS = frozenset("aeiouy")


# Indonesian spellings of one name: the old spelling's "oe", "dj", "tj", "sj" and "j" (now "u", "j",
# "c", "sy", "y"), "ch" for "kh", and doubled letters ("Teddy", "Tedy").
_OLD_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("ch", "kh"), ("j", "y"))
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=4096)
def _spelling(word: str) -> str:
    """One key for the spellings of a casefolded name word."""
    for old, new in _OLD_SPELLINGS:
        word = word.replace(old, new)
    return _DOUBLED.sub(r"\1", word)


def _two_letters_swapped(word: str, other: str) -> bool:
    """Whether two words of five letters or more differ only by two letters side by side swapped
    ("artdijo", "artidjo")."""
    if len(word) != len(other) or len(word) < 5 or word == other:
        return False
    apart = [k for k in range(len(word)) if word[k] != other[k]]
    return (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and (word[apart[0]], word[apart[1]]) == (other[apart[1]], other[apart[0]])
    )


def _one_vowel_apart(a: str, b: str) -> bool:
    if len(a) != len(b) or a == b:
        return False
    apart = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(apart) == 1 and apart[0][0] in _VOWELS and apart[0][1] in _VOWELS


def _named_again(text: str, word: str, start: int, lex: Lexicon) -> bool:
    """Whether a capitalised word of letters is printed again elsewhere as a speaker's name:
    right after a cue ("kata Irfan") or right before a speech verb ("Irfan menegaskan")."""
    if not word.isalpha() or text.count(word) < 2:
        return False  # (most: printed once)
    for again in re.finditer(rf"\b{re.escape(word)}\b", text):
        if again.start() == start:
            continue
        cue = lex.root_re.search(text, max(0, again.start() - 12), again.start())
        if (cue is not None and cue.end() >= again.start() - 1) or lex.verb_re.match(text, again.end() + 1):
            return True
    return False


def _introduces_nickname(before: str) -> bool:
    """Whether the words right before a run introduce it as a nickname ("yang akrab disapa ")."""
    return ("sapa" in before or "panggil" in before) and _NICKNAME_INTRODUCED.search(before) is not None


def _one_vowel_more(a: str, b: str) -> bool:
    """Whether one of two words of five letters or more is the other with one vowel more
    ("Steaven" for "Steven", "Casailao" for "Casilao")."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if len(longer) != len(shorter) + 1 or len(shorter) < 5:
        return False
    at = next((k for k, (x, y) in enumerate(zip(shorter, longer, strict=False)) if x != y), len(shorter))
    return longer[at] in _VOWELS and longer[:at] + longer[at + 1 :] == shorter


def _title_gender(before: str) -> str | None:
    """The gender a title at the end of `before` gives the name after it ("Mrs. " -> "f")."""
    titled = _TITLE_AT_END.search(before)
    return _TITLE_GENDER[titled.group(1).casefold()] if titled else None


def _after_region(mention: ParsedMention) -> bool:
    """Whether the name follows right after the region its post names ("Pemkot Surabaya Agus ...")."""
    if not mention.region or not mention.name:
        return False
    before = mention.printed[: mention.printed.find(mention.name)].split()
    return bool(before) and before[-1].strip(",").casefold() == mention.region.split()[-1].casefold()


def _opens_sentence(text: str, at: int) -> bool:
    """Whether `at` opens the text, a line or a sentence (after ". ", '." ', "? " ...)."""
    if at == 0 or text[at - 1] == "\n":
        return True
    if at < 3 or text[at - 1] != " ":
        return False
    mark, before_mark = text[at - 2], text[at - 3]
    return mark in ".!?" or (mark in '"”’' and before_mark in ".!?")


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """A capitalised run set in quotation marks of its own ('"Marshall Plan"')."""
    return text[start - 1 : start] in ('"', "“") and text[end : end + 1] in ('"', "”")


def _hints_nickname(text: str) -> bool:
    """_NICKNAME_HINT.search(text), seven times faster: the case-blind alternation is tried at
    every character (0.8 ms per article), while lower() and six substring tests are one pass each."""
    if any(ch in text for ch in ODD_CASE):
        return _NICKNAME_HINT.search(text) is not None
    lowered = text.lower()
    return any(hint in lowered for hint in _NICKNAME_HINTS)


# Every match of _NO_RESPONSE holds one of these, case aside ("have", "has", "had": "ha").
_NO_RESPONSE_WORDS = ("belum", "tidak", "tak", "enggan", "menolak", "declined", "refused", "did", "ha", "could")


def _says_no_response(text: str, start: int, end: int) -> bool:
    """_NO_RESPONSE.search(text, start, end), five times faster on the usual sentence that holds
    none of its words: the pattern opens with \\b under re.IGNORECASE, tried at every character."""
    window = text[start:end]
    if not any(ch in window for ch in ODD_CASE):
        lowered = window.lower()
        if not any(word in lowered for word in _NO_RESPONSE_WORDS):
            return False
    return _NO_RESPONSE.search(text, start, end) is not None


# Pronouns that stand for a person only; "-nya" and "pihaknya" may stand for a body.
_PERSONAL = frozenset({"he", "she", "him", "her", "ia", "dia", "beliau", "dirinya"})
# A party epithet with a state: ", a Texas Republican," (after a name) or "the Massachusetts
# Democrat" (standing for someone named before).
_PARTY_WORD = re.compile(r"\b(?:Democrat|Republican)\b")
_STATE_PARTY = re.compile(r"(?:(?P<comma>,\s+an?\s+)|\b[Tt]he\s+)(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+$")
_STATE_REACH = 40
# A party epithet in apposition with the place the member comes from: ", a Democrat from Queens".
_PARTY_FROM = re.compile(
    r",\s+an?\s+(?:Democrat|Republican|Democratic|Independent|Libertarian)\s+(?:[a-z]+\s+){0,2}?from\s+"
    r"(?P<place>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?=[,.;]|\s+(?:who|said|says|told)\b)"
)
_PARTY_FROM_REACH = 80
# An aside after a name, up to its comma or the sentence's end: ", from Queensland."
_ASIDE = re.compile(r"(?:from|of) [^,.;:\n]{2,40}(?=[,.;:]|$)", re.MULTILINE)
# Last words of English bodies' names: a run that ends in one names no person.
_BODY_WORDS_EN = frozenset(_BODY_HEADS.casefold().split("|")) | {
    *("caucus", "senate", "congress", "parliament", "assembly", "forum", "network", "fund", "club", "front"),
    *("movement", "initiative", "programme", "program", "project", "society", "house"),
}
# A post's preposition right before a capitalised run: "mayor of Bridgeton ...", "MP for Leeds ...".
_POST_PREPOSITION = re.compile(r"[a-z]\s(?:of|for)\s(?:the\s)?$")
_INITIAL = re.compile(r"[A-Z]\.")
# A title's or an initial's full stop just before where a sentence seems to start.
_TITLE_BEFORE = re.compile(rf"(?:{ABBREVIATION_DOT.pattern})\s+$")
# A sentence that opens with a company, after any opening clause: "Melalui acara ini, PT X ...".
_COMPANY_OPENING = re.compile(r"(?:[^,.;\"“”]{1,60},\s+)?(?:PT|CV|Perum|Perumda|Perusahaan|Yayasan)\b")
# Lower-case words that may stand before a sentence's subject besides its post's ("the former").
_BEFORE_SUBJECT = frozenset({"the", "a", "an", "former", "then", "ex"})
# A sentence that opens with a pronoun, after any short opening clause: "On Monday, he visited".
_PRONOUN_OPENING = re.compile(r"(?:[^,.;\"“”]{1,40},\s+)?(He|She|he|she|Ia|ia|Dia|dia|Beliau|beliau)\b")
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}
# Kin before a name: "Ayah Ika", "Suami Neni" speak for themselves, not for the one named.
_KIN = KIN_ID - {"keluarga", "kerabat"}
# Seats held for an American state: the state a later mention gives is the seat's.
_STATE_SEATS = frozenset({"senator", "sen", "representative", "rep", "congressman", "congresswoman", "governor", "gov"})
# A kin word, a few words of description, then a one-word name between commas: "istri almarhum, Rosmala."
# (read from the comma: a pattern opening with the kin words is tried at every character)
_APPOSED_ONE_WORD = re.compile(r",\s+([A-Z][a-z]{2,})(?=[,.])")
# Given-name words that short references leave out: never cut from the front of a name.
_GIVEN_PREFIXES = frozenset(
    {
        "abdul",
        "abdurrahman",
        "muhammad",
        "mohammad",
        "mohamad",
        "muhamad",
        "moh",
        "muh",
        "mochammad",
        "mochamad",
        "achmad",
        "ahmad",
        "siti",
        "nur",
        "sri",
        "dwi",
        "tri",
        "eka",
        "i",
        "ni",
        "gusti",
        "putu",
        "made",
        "andi",
        "teuku",
        "tengku",
        "cut",
        "raden",
        "haji",
        "maria",
        "mary",
        "john",
        "anak",
        "agung",
        # Spellings of the above, Balinese birth-order names and noble titles, baptismal names,
        # and regional titles that open a given name (Sasak, Palembang, Bugis, Arab-Indonesian).
        *("ahmed", "mohamed", "muhammed", "mochamad", "moch", "mohd"),
        *("wayan", "kadek", "nyoman", "komang", "ketut", "gede", "ngurah", "ida", "bagus", "tjokorda", "cokorda"),
        *("paulus", "petrus", "yohanes", "johannes", "fransiskus", "stefanus", "agustinus", "antonius"),
        *("ignatius", "yosef", "benediktus", "theresia", "yulius", "markus", "lukas", "matius"),
        *("lalu", "baiq", "kiagus", "nyimas", "daeng", "habib", "sayyid", "syekh"),
    }
)


# Given-name words that open a name and are dropped alone in short references ("Syarif
# Abdullah Alkadri" is "Abdullah"), though a body's name may hold them ("UIN Syarif Hidayatullah").
_LONE_GIVEN_PREFIXES = frozenset({"syarif", "syarifah", "sjarif"})
# The last word of a post after which a local unit's place is printed, then its head's name
# ("Camat Cikajang Warsito", "Kepala Desa Margahayu Tatang", "Lurah Sukamaju Dedi").
_PLACE_SLOTS = (
    LOCAL_HEADS
    | (VILLAGE_MARKERS - {"kampung"})
    | {"kecamatan"}
    | {"kuwu", "petinggi", "pambakal", "perbekel", "geuchik", "keuchik"}  # a village's head, by region
    | {"puskesmas", "polsek", "koramil", "kua"}  # local units ("Kepala Puskesmas Cibatu Yayan Sopyan")
)


def _initials_after_rank(text: str, start: int, mention: ParsedMention) -> bool:
    """Whether the post a run's mention took is the name's initials after an officer's rank and
    corps printed before the run ("Kolonel (Czi) IBK Suparwoto", the run opening at "IBK")."""
    role = mention.role or ""
    if not (2 <= len(role) <= 3 and role.isupper() and role.isalpha() and mention.name):
        return False
    before = text[max(0, start - 40) : start].split()
    if before and before[-1].startswith("(") and before[-1].endswith(")"):
        before.pop()  # the corps in brackets
    return bool(before) and is_rank_word(before[-1])


def _bare(word: str) -> str:
    return word.casefold().rstrip(".,")


@dataclass(slots=True)
class Person:
    """Someone the article names in full (or an organisation that speaks)."""

    name: str
    role: str | None
    region: str | None
    position: int
    tokens: frozenset[str] = field(default_factory=frozenset)
    organisation: bool = False
    gender: str | None = None  # "m" / "f" where the article says so ("Mr Pennock", "Ms Hollister")


# (a shadow minister shadows the office: "the chancellor" is never the shadow chancellor)
_DEPUTY_WORDS = frozenset({"wakil", "wa", "deputy", "vice", "shadow"})


# Words that make a description what someone was ("mantan guru", "a former teacher").
_PAST_WORDS = frozenset({"mantan", "eks", "former", "ex"})
# Words of an epithet that tie a person to a place or body by birth, schooling or a past post.
_ORIGIN_OR_PAST = frozenset(
    {"kelahiran", "asal", "asli", "putra", "putri", "lulusan", "alumnus", "alumni", "mantan", "eks", "former", "ex"}
)
# A sentence that names its speaker after a passive speech verb: "Hal senada disampaikan X",
# "Pernyataan itu juga diungkapkan oleh X".
_PASSIVE_AGENT = re.compile(
    r"(?:Hal|Pendapat|Pernyataan)\s+(?:senada|serupa|yang\s+sama|itu|tersebut|ini)\s+(?:juga\s+|pun\s+)?"
    r"di(?:sampaikan|ungkapkan|katakan|tegaskan|jelaskan|utarakan|nyatakan|sebutkan|kemukakan|paparkan"
    # (the other passive speech verbs: "Hal itu ditambahkan oleh Kepala SMAN 2 Garut, X.")
    r"|tambahkan|tuturkan|terangkan|beberkan|tekankan|benarkan|akui)\s+(?:oleh\s+)?"
)
_LOWER_WORD = re.compile(r"\s(?!(?:drg?h?|oleh)\b)[a-z]")
# Who "orang nomor satu" (the first person) of a place is: its head of government.
_HEADS_OF_GOVERNMENT = frozenset({"presiden", "gubernur", "bupati", "wali", "walikota", "camat"})


def _qualifies(word: str, held: str) -> bool:
    """Whether an epithet's casefolded word names part of a post and region held: "vermont" of
    "Senator, Vermont"; a region's short form, "jatim" of "Gubernur, Jawa Timur"."""
    words = _WORD.findall(held.casefold())
    if word in words:
        return True
    alias = region_aliases().get(fold(word))
    return alias is not None and all(w in words for w in alias[0].casefold().split())


def _names_deputy(role: str | None) -> bool:
    """Whether a post is a deputy's or a shadow one ("the foreign secretary" is never the shadow
    foreign secretary)."""
    return not _DEPUTY_WORDS.isdisjoint((role or "").casefold().split())


_SERVED_BEFORE = re.compile(r"\s(?:untuk|for|to)\s+$")  # ("Duta Besar Ukraina untuk Indonesia")
_POST_LEAD_WORDS = 5  # the words of a post before a sentence's named subject


def _holds_office(role: str | None, head: str) -> bool:
    """Whether a post names the office `head` ("Vice Admiral" holds "admiral"; "Gov." holds
    "governor": a short form is the start of the word)."""
    return any(len(w) > 2 and head.startswith(w.rstrip(".")) for w in (role or "").casefold().split())


def _elected(role: str | None) -> bool:
    """Whether a post is one its holder was elected to, and so may run for again or for another:
    "Gov. John Kasich ... The candidate said"."""
    return any(w.rstrip(".") in _ELECTED_POSTS for w in (role or "").casefold().split())


def epithet_fits(epithet: str, post: str) -> bool:
    """Whether an English epithet of another head names a post: "the defense chief" for a Defense
    Secretary, "the central bank chief" for a Central Bank Governor (the epithet's portfolio words
    in the post), "the premier" for a prime minister, "the top diplomat" for a foreign minister or
    a secretary of state."""
    words = epithet.casefold().replace("defence", "defense").split()
    held = post.casefold().replace("defence", "defense")
    if not words or not held:
        return False
    if words[-1] in _CHIEF_WORDS:
        # (every portfolio word in lower case is the post's; a capitalised one may be its country's:
        # "the Philippine Defense Chief")
        pairs = [(w, p) for w, p in zip(words[:-1], epithet.split()[:-1], strict=True) if w not in _EPITHET_OPENERS]
        found = [re.search(rf"\b{re.escape(w)}\b", held) is not None for w, _ in pairs]
        return any(found) and all(hit for hit, (_, p) in zip(found, pairs, strict=True) if p.islower())
    if words[-1] == "premier":
        return "prime minister" in held or "premier" in held
    if words[-2:] == ["top", "diplomat"]:
        return "foreign" in held or "secretary of state" in held
    if words[-1] == "officer":
        # "Jakarta Police spokesman Sr. Comr. X ... the officer said": a post in the police or
        # the armed forces, or a rank and nothing else ("Kodim commander Lt. Col. X" is known by
        # his rank when the post before it is in lower case)
        return not _FORCE_WORDS.isdisjoint(_WORD.findall(held)) or is_military_rank(post)
    if words[-1] in _LEGISLATOR_EPITHETS:
        # "Rep. Jan Ost ... the congressman said", "Senator X ... the lawmaker said"
        return any(w.rstrip(".") in _LEGISLATOR_POSTS for w in held.split())
    return False


def party_leader_in_government(epithet: str, post: str) -> bool:
    """Whether "the Tory leader" may name a head of government ("Prime Minister", "First
    Minister"): a capitalised party before "leader" ("the party leader", "the council leader"
    name none)."""
    words = [w for w in epithet.split() if w.casefold() not in _EPITHET_OPENERS]
    if len(words) < 2 or words[-1].casefold() != "leader" or not words[0][:1].isupper():
        return False
    return any(head in post.casefold() for head in _HEADS_OF_GOVERNMENT_EN)


_CHIEF_WORDS = frozenset({"chief", "boss", "head"})
# Words of the posts of the police and the armed forces, whose holders an article calls "the officer".
_FORCE_WORDS = frozenset(
    {"police", "detective", "army", "navy", "military", "tni", "marine", "marines", "commander", "precinct"}
    # (the commands and forces of Indonesia's army and police, as English copy keeps them)
    | {"kodim", "korem", "kodam", "koramil", "polda", "polres", "polresta", "polsek", "brimob", "kopassus"}
)
# Words for any member of a legislature, and the posts (or their short forms) they name.
_LEGISLATOR_EPITHETS = frozenset({"lawmaker", "legislator", "congressman", "congresswoman", "congressmember"})
_LEGISLATOR_POSTS = frozenset(
    {"sen", "senator", "rep", "representative", "congressman", "congresswoman", "congressmember", "delegate"}
    | {"assemblyman", "assemblywoman", "assemblymember", "legislator", "lawmaker", "mp", "mla", "mpp", "td"}
)
_ELECTED_POSTS = _LEGISLATOR_POSTS | {"gov", "governor", "mayor", "president", "premier", "alderman", "supervisor"}
_ELECTED_POSTS |= {"councilman", "councilwoman", "councillor", "councilor", "councilmember", "commissioner"}
# Heads of government a party's leader may be: "the Tory leader" for a Conservative prime minister.
_HEADS_OF_GOVERNMENT_EN = ("prime minister", "first minister", "premier")
# A party goes by more than one name: "Tory" and "Conservative" are the same party.
_PARTY_SYNONYMS = {"tory": ("Tory", "Conservative"), "conservative": ("Conservative", "Tory")}
_EPITHET_OPENERS = frozenset({"the", "a", "an", "former", "new", "top", "senior", "outgoing", "incoming"})


def _a_thing(name: str) -> bool:
    """Whether an English capitalised run names a thing or a function, never a person: its head is
    a thing's ("Act", "War") or a noun of action ("Financial Institutions Supervision", "Consumer
    Protection": a department's field)."""
    head = _head_word(name).casefold()
    return head in _THING_HEADS or (" " in name and head.endswith(("tion", "sion")))


def _head_word(name: str) -> str:
    """The last word of a name, or the word before its numeral ("World War II" -> "War")."""
    words = name.split()
    return words[-2] if len(words) > 1 and words[-1] in _ROMAN_NUMERALS else words[-1]


@lru_cache(maxsize=8192)  # pure, and an article repeats its names (called per run and per mention)
def _tokens(name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(name))


def _initials(name: str) -> str:
    """ "Oesman Sapta Odang" -> "OSO"."""
    return "".join(w[:1] for w in name.split()).upper()


def _sentences_of(run: str) -> list[str]:
    """A capitalised run cut after each full stop that ends a word, not an abbreviation."""
    pieces: list[str] = []
    for piece in _RUN_SENTENCE_END.split(run):
        last = _RUN_LAST_WORD.search(pieces[-1]) if pieces else None
        if last is not None and last.group(1).casefold() in word_set("quotetrack.text", "abbreviations.txt"):
            pieces[-1] += piece  # "Prof. Budi": the title's full stop
        else:
            pieces.append(piece)
    return pieces


@cache
def _well_known() -> dict[frozenset[str], list[frozenset[str]]]:
    """Well-known nicknames (text/data/nicknames.tsv) as tokens: each form -> the other forms of
    the same person ("jokowi" -> "joko widodo"; "joko widodo" -> "jokowi", "pak jokowi")."""
    forms: dict[frozenset[str], list[frozenset[str]]] = {}
    for nick, name in nickname_pairs():
        address, _, bare = nick.partition(" ")
        # "Kang Emil" is also "Emil" alone ("tulis Emil"); "Gus Dur" is never "Dur".
        nicks = [nick, bare] if address.casefold() in ADDRESS_WORDS and len(bare) >= 4 else [nick]
        for form in nicks:
            forms.setdefault(_tokens(form), []).append(_tokens(name))
            forms.setdefault(_tokens(name), []).append(_tokens(form))
    return forms


# The first word of a post that needs the next one to say which office ("Kepala Desa", "Wakil
# Bupati", "Ketua RT"); the acting holder's marks, which name the same office.
_OFFICE_OPENERS_ID = frozenset({"kepala", "ketua", "wakil", "sekretaris", "anggota", "komandan", "direktur"})
_ACTING_ID = frozenset({"pj", "plt", "plh", "pjs"})


def _post_head(role: str) -> tuple[str, ...]:
    """The office an Indonesian post names, in its spelled-out words ("Pj. Bupati Subang" ->
    ("bupati",), "Kades Sukamaju" -> ("kepala", "desa"), "Kepala Dinas Kesehatan" -> ("kepala",
    "dinas")): what two posts of one article must share to be one person's."""
    words = [w.strip(".,").casefold() for w in role.split()]
    words = [w for w in words if w and w not in _ACTING_ID]
    if words and words[0] in _POST_SHORT_FORMS_ID:
        words = _POST_SHORT_FORMS_ID[words[0]].split() + words[1:]
    if words and words[0] in _UNIT_HEADS:
        words = _UNIT_HEADS[words[0]].split() + words[1:]
    if words and words[0] == "wali" and words[1:2] == ["kota"]:
        return ("wali", "kota")
    return tuple(words[:2]) if words and words[0] in _OFFICE_OPENERS_ID else tuple(words[:1])


def _introduced_by_post(mention: ParsedMention) -> bool:
    """Whether a mention introduces its person by a post set before the name with a comma
    ("Sementara itu, Kepala Sekolah SDN 2 X, Budi"): the shape that brings a new person in, where
    "menurut Budi, Kepala Y" or "Sebagai Hakim Agung, Budi" speaks of someone named already."""
    role, name = mention.role or "", mention.name or ""
    if not role[:1].isupper() or not name or role.split()[0].casefold() in _AS_WORDS_ID:
        return False
    # (the post opens the mention or a clause of it: "Selain pengejaran anggota MIT, X" is no post)
    found = re.search(rf"(?:^|, ){re.escape(role)}[^,]*, {re.escape(name)}$", mention.printed.rstrip(" ,"))
    return found is not None


_AS_WORDS_ID = frozenset({"sebagai", "selaku", "yang"})


def _same_generation(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two names carry the same generation's mark, or none ("Robert Kline" and "Robert
    Kline Jr." are a father and his son)."""
    return a & _GENERATIONS == b & _GENERATIONS


def _matches(short: frozenset[str], person: Person) -> bool:
    if short <= person.tokens:
        # ("Robert Kline" is not "Robert Kline Jr.": a father and his son; "Kline" may be either)
        return len(short) < 2 or _same_generation(short, person.tokens)
    return len(short) == 1 and any(t.endswith(s) and len(s) >= _SUFFIX_MIN for s in short for t in person.tokens)


@lru_cache(maxsize=4096)  # pure: the same few roles are read for every person at every mention
def _office(role: str | None, lex: Lexicon) -> tuple[str, ...]:
    """The office words of a role ("Kapolres Sarolangun" -> ("kapolres",))."""
    if not role:
        return ()
    words = (w.casefold() for w in _WORD.findall(role))
    # "Texas Rep", "Sen": titles the lexicon lists with their full stop ("rep.", "sen.").
    return tuple(w for w in words if (w in lex.roles or w + "." in lex.roles) and w != "kota")


# A minister's post in one coined word (or "Menko" and the portfolio): "Mendagri", "Wamenkeu",
# "Menko Pangan"; the groups: deputy, coordinating, the portfolio's letters.
# ("Menteri", "Menko" alone name no portfolio: "kata Menko" is not the Menteri Koperasi's)
_MINISTER_SHORT = re.compile(r"(wa)?men(ko)?(?!teri|ko$)([a-z]{2,})")
_COORDINATING = {"menko": "menteri koordinator", "wamenko": "wakil menteri koordinator"}
_PORTFOLIO_LINKS_ID = frozenset({"bidang", "dan", "urusan", "kepala"})


def _folded_post(role: str, *, spaced: bool = False) -> str:
    """A post in lower case, its words run together ("Menko Pangan" -> "menkopangan"), or with
    single spaces between words; brackets and hyphens dropped ("Menpan-RB" -> "menpanrb")."""
    words = re.findall(r"[a-z]+", role.casefold())
    return " ".join(words) if spaced else "".join(words)


def _spelled_in(letters: str, word: str) -> bool:
    """Whether `letters` appear in `word` in order ("dagri" in "dalamnegeri")."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


class Registry:
    """People of one article, in order of first mention (index = speaker_ref)."""

    def __init__(self, lex: Lexicon) -> None:
        self.people: list[Person] = []
        self.lex = lex
        # Capitalised words this article also prints as a place or body ("di Donggala", "PP
        # Muhammadiyah"), and words it prints in lower case ("utama", "kampung"): at the front
        # of a name they are the post's complement, never the person's name.
        self.places: frozenset[str] = frozenset()
        self.nicknames: dict[frozenset[str], int] = {}  # nickname tokens -> person
        self.common: frozenset[str] = frozenset()
        self.short_names: frozenset[str] = frozenset()  # one-word names the article speaks of
        # (position, person) where a sentence opens with a person: the likeliest "he"/"ia".
        self.subjects: list[tuple[int, int]] = []
        self.text = ""  # the article, once scanned
        # office holder -> the member of the public the article names the same ("X, warga Desa Y")
        self.namesakes: dict[int, int] = {}
        # people of one given name told apart by their posts ("Kepala Desa X, Budi" and "Bupati Y
        # Budi Hartono"): a bare "kata Budi" is the one introduced last before it
        self.apart: set[int] = set()

    def _learn_nicknames(self, text: str) -> None:
        pairs = []
        hinted = _hints_nickname(text)  # (read once: a pass over the article's text)
        if hinted:  # most articles introduce no nickname: skip the costly pattern
            pairs += [(m.group("full"), m.group("nick")) for m in _NICKNAME.finditer(text)]
            pairs += [(m.group("full"), m.group("nick")) for m in _NICKNAME_FIRST.finditer(text)]
        at = text.find(" atau ")
        while at >= 0:  # (the pattern opens with a capital: tried only around each "atau")
            found = _OR_NICKNAME.search(text, max(0, at - _OR_NICKNAME_REACH), at + _OR_NICKNAME_REACH)
            if found is not None and found.start() <= at < found.end():
                pairs.append((found.group("full"), found.group("nick")))
            at = text.find(" atau ", at + 1)
        for bracket in _BRACKETED_NICK.finditer(text):
            before = _NAME_BEFORE.search(text, max(0, bracket.start() - 80), bracket.start())
            if before:
                pairs.append((before.group(1), bracket.group(1)))
        for bracket in _BRACKETED_INITIALS.finditer(text):
            # "Oesman Sapta Odang (OSO)", "Agus Harimurti Yudhoyono (AHY)": the name's initials.
            before = _NAME_BEFORE.search(text, max(0, bracket.start() - 80), bracket.start())
            initials = bracket.group(1)
            if before:
                words = before.group(1).split()[-len(initials) :]
                if len(words) == len(initials) and _initials(" ".join(words)) == initials:
                    pairs.append((" ".join(words), initials))
        for quoted in self._quoted_nicknames(text):
            # "Munafri 'Appi' Arifuddin": the nickname in quotes inside the name, which goes on after it.
            ref = self.known(quoted.group("first"))
            if ref is not None and not self.people[ref].organisation:
                person = self.people[ref]
                if not _tokens(quoted.group("last")) <= person.tokens:
                    person.name = f"{person.name} {quoted.group('last')}"
                    person.tokens = person.tokens | _tokens(quoted.group("last"))
                pairs.append((person.name, quoted.group("nick")))
        if self.lex.lang == "id" and hinted:
            self._learn_described_nicknames(text)
        for full, nick in pairs:
            if nick.casefold() in self.lex.roles or nick.casefold() in self.lex.institutions:
                continue  # "Kepala Dinas Kesehatan (Kadinkes)": a short form of the post
            words = full.split()
            # The name is the end of the run ("Guru Honorer Sutrisno Wibowo", "Kepala Desa Sukamaju
            # Sukirman"): its longest known tail.
            ref = next((r for k in range(len(words)) if (r := self.known(" ".join(words[k:]))) is not None), None)
            if ref is None:
                continue
            bare = parse_mention(nick, self.lex)  # "Kang Tris" is printed "Tris" after its title
            for tokens in (_tokens(nick), _tokens(bare.name) if bare and bare.name else frozenset()):
                if tokens and not tokens <= self.people[ref].tokens:
                    self.nicknames[tokens] = ref

    def _learn_described_nicknames(self, text: str) -> None:
        """A nickname in a description ("Pria yang akrab disapa Kaji Mbing ini") is the nickname
        of the last person the article named before it."""
        for match in _DESCRIBED_NICKNAME.finditer(text):
            head = match.group("head")
            if not (head.islower() or is_dictionary_word(head.casefold()) or head.casefold() in self.lex.roles):
                continue  # "Ahmad Yani yang akrab disapa ...": a name, which _NICKNAME reads
            named = self.known(match.group("nick"))
            if named is not None and self.people[named].position < match.start():
                continue  # "Perempuan yang akrab disapa Ningsih ini": a short form of a name printed before
            before = [r for r, p in enumerate(self.people) if p.position < match.start() and not p.organisation]
            # (one whose name holds the nickname, "Duki" of Masduki; else the last who holds a post,
            # "Wali Kota ... Hendrar Prihadi", not "Kartika Pamong Praja Muda", the award he was given;
            # else the last named)
            nick = match.group("nick").split()[-1].casefold()
            ref = max(
                before,
                key=lambda r: (
                    any(nick in t for t in self.people[r].tokens),
                    bool(self.people[r].role),
                    self.people[r].position,
                ),
                default=None,
            )
            if ref is not None:
                self.nicknames.setdefault(_tokens(match.group("nick")), ref)

    @staticmethod
    def _quoted_nicknames(text: str) -> Iterator[re.Match[str]]:
        """_QUOTED_NICK.finditer(text), read only where a quoted capitalised word stands between
        two capitalised words: the opening marks are found first (a pattern opening with a name's
        capital is tried at every capital of the article)."""
        for mark in _NICK_MARK.finditer(text):
            word = _NAME_BEFORE_MARK.search(text, max(0, mark.start() - 40), mark.start())
            found = _QUOTED_NICK.match(text, word.start()) if word else None
            if found is not None:
                yield found

    def _learn_genders(self, text: str) -> None:
        if self.lex.lang == "en":
            given = given_name_genders()
            for person in self.people:
                words = person.name.split()
                if not person.organisation and person.gender is None and len(words) >= 2:
                    person.gender = given.get(words[0].casefold())  # "Jennifer Palmieri": she
            if ", " in text:
                for match in _KIN_APPOSED.finditer(text):
                    self._set_gender(match.group(1), _KIN_GENDER[match.group(2)])
        if not any(title in text for title in _GENDER_TITLES):
            return  # the pattern opens with \b, tried at every character: 2% of extraction
        for match in _GENDER_TITLE.finditer(text):
            self._set_gender(match.group(2), _TITLE_GENDER[match.group(1).casefold()])

    def _set_gender(self, surname: str, gender: str) -> None:
        """The gender of the people `surname` names, where not yet known."""
        key = surname.casefold()
        for person in self.people:
            if key in person.tokens and not person.organisation:
                person.gender = person.gender or gender

    def agrees(self, ref: int | None, pronoun: str) -> bool:
        """Whether a pronoun may stand for `ref`: a person (or a body's voice), of its gender if known."""
        # ('Kadin Surabaya mengusulkan .... "...," ujarnya': a speech verb's "-nya" is a person's,
        # the one speaking for the body, as "ia" is)
        personal = pronoun.casefold() in _PERSONAL or (
            self.lex.lang == "id" and self.lex.nya_re.fullmatch(pronoun.strip()) is not None
        )
        if ref is not None and ref >= 0 and personal and self.people[ref].organisation:
            # "She told The Associated Press ...": a person, never the agency; but "A Defra
            # spokesman said ... he added": the body's voice (a body with a post) goes on.
            return self.people[ref].role is not None
        wanted = _PRONOUN_GENDER.get(pronoun.casefold())
        if ref is None or wanted is None or ref < 0:
            return True
        gender = self.people[ref].gender
        return gender is None or gender == wanted

    def _plural_speaker(self, candidates: tuple[int | None, ...], position: int) -> int | None:
        """ "They say ...": a body or a party (the subject, the last speaker, else the body named
        last before), never one person; no one when the article names no body before it."""
        subject = candidates[0]
        if subject is not None and subject >= 0 and self.people[subject].organisation:
            return subject
        sentence = sentence_start(self.text, position)
        previous = sentence_start(self.text, max(0, sentence - 2))
        opening = self.text[previous:sentence].split(None, 2)[:2]
        if opening and (unnamed_group(opening[0].casefold()) or unnamed_group(" ".join(opening).casefold())):
            return None  # "Ministers do not support a lower limit ... They believe ...": the same unnamed people
        for ref in candidates[1:]:
            if ref is not None and ref >= 0 and self.people[ref].organisation:
                return ref
        # (named in this paragraph or the two before: "They believe ..." five paragraphs after the
        # lede's "University College London research claims" is the ministers just mentioned)
        reach = position
        for _ in range(3):
            reach = self.text.rfind("\n", 0, reach) if reach > 0 else -1
        bodies = [ref for ref, p in enumerate(self.people) if p.organisation and reach < p.position < position]
        return max(bodies, key=lambda ref: self.people[ref].position) if bodies else None

    def _named_before(self, position: int, gender: str) -> int | None:
        """The first person of `gender` whom the sentence before `position`, or its own sentence
        up to it, names ("Clinton is trying to expand her edge over Brackett. Her campaign ...")."""
        for word in _CAPITALISED_WORD.findall(self.text, self._sentence_before(position), position):
            key = word.casefold()
            found = [i for i, p in enumerate(self.people) if key in p.tokens and p.gender == gender]
            if found:
                return found[0]
        return None

    def _sentence_before(self, position: int) -> int:
        """Where the sentence before the one at `position` starts."""
        return sentence_start(self.text, max(0, sentence_start(self.text, position) - 2))

    def _only_named_before(self, position: int, pronoun: str, than: int) -> int | None:
        """The one person of the pronoun's known gender the sentence before (and its own, up to
        `position`) names, when `than` is not named there; None when it names none or several."""
        wanted = _PRONOUN_GENDER.get(pronoun.casefold())
        if wanted is None:
            return None
        words = {w.casefold() for w in _CAPITALISED_WORD.findall(self.text, self._sentence_before(position), position)}
        if self.people[than].tokens & words:
            return None
        found = {k for k, p in enumerate(self.people) if p.gender == wanted and not p.organisation and p.tokens & words}
        return found.pop() if len(found) == 1 else None

    def _latest_of_gender(self, pronoun: str, position: int) -> int | None:
        """The person last named before `position` whose known gender the pronoun names."""
        wanted = _PRONOUN_GENDER.get(pronoun.casefold())
        if wanted is None:
            return None
        named = [(p.position, i) for i, p in enumerate(self.people) if p.gender == wanted and p.position <= position]
        return max(named)[1] if named else None

    def _body(
        self, kind: str, position: int, last: int | None, quoted: list[tuple[int, int]], printed: str = ""
    ) -> int | None:
        """The body "the party", "the ministry" or "it" refers back to: the body just quoted if it
        is of that kind, else the one of that kind the article named last before `position`;
        "it" reaches back one sentence only ("The report said ... It said" is the report's)."""
        if kind == "voice":
            return self._voice_of(position, last, quoted)
        if self.lex.lang == "id":
            return self._body_id(kind, position, last)
        kinds = _KIND_HEADS.get(kind, {kind})
        sentence, previous = self._sentence_and_previous(position)
        if last is not None and (self.people[last].organisation or self._named_alone(last)):
            if kind != "it" and self._of_kind(self.people[last].name, kinds):
                return last
            if (kinds is _CIVIC_HEADS or kinds is _COMPANY_HEADS) and not self._of_kind(
                self.people[last].name, _STATE_HEADS
            ):
                return last  # "Oxfam said ... The group said": the body just quoted, named by itself
            if kind == "it" and quoted and quoted[-1][1] >= previous:
                return last
        lo = previous if kind == "it" else max(0, position - _BODY_REACH)
        named = None
        for match in _NAMED_BODY.finditer(self.text, lo, position):
            head = _named_head(match)
            if kind == "it" or head in kinds:
                named = match
        if (
            named is None
            and kind != "it"
            and position < _LEDE
            and not any(p.organisation and p.position < position for p in self.people)
        ):
            # "A cap should not be introduced yet, the elections watchdog has said. / In a new
            # report, the Electoral Commission says ...": a lede that speaks of a body by its kind
            # before naming it, the first body of that kind named after it.
            for match in _NAMED_BODY.finditer(self.text, position, position + _BODY_AHEAD):
                head = _named_head(match)
                if head in kinds and match.group()[:1].isupper():
                    named = match
                    break
        if named is None and (portfolio := _portfolio_body(printed, kind)) is not None:
            # "..., the finance ministry said.": a ministry named by its portfolio in lower case
            return self.add(ParsedMention(printed=printed, org=portfolio), position)
        if named is None and kind == "ministry" and (ministry := _minister_s_ministry(self.text, lo, position)):
            # "Agriculture Minister X visited Demak. ... The ministry said": the ministry of the
            # minister the article named, when it names no ministry
            return self.add(ParsedMention(printed=ministry, org=ministry), position)
        if named is None:
            # "The committee reached its conclusions ... It warned": the body the sentence before
            # refers to by its kind.
            opening = _BODY_OPENING.match(self.text, previous) if kind == "it" else None
            return self._body(opening.group(1).casefold(), previous, None, []) if opening else None
        body = re.sub(r"^(?:of|for|and)\s+", "", named.group()).strip()
        if body.split()[0] in {"The", "A", "An"} or (len(body.split()) > 1 and body.split()[0].islower()):
            body = body.split(None, 1)[1]
        return self.add(ParsedMention(printed=body, org=body), named.start())

    def _body_id(self, kind: str, position: int, last: int | None) -> int | None:
        """The body "Kementerian itu", "perusahaan tersebut" refers back to: the body just quoted if
        its name says that kind, else the last of that kind the article names before `position`
        (a firm by its "PT", "CV"; "lembaga", "instansi" any body named by its kind)."""
        pattern = _NAMED_BODY_ID.get(kind, _ANY_BODY_ID)
        if last is not None and self.people[last].organisation and pattern.match(self.people[last].name):
            return last
        named = None
        for match in pattern.finditer(self.text, max(0, position - _BODY_REACH), position):
            words = match.group().split()
            given = given_names_id()
            # ("Kepala Dinas Sosial X Budi Santoso": the head's name after the body's; "PT X dan
            # Dinas Y": two bodies, where "Kementerian Kelautan dan Perikanan" is one)
            end = next(
                (
                    k
                    for k in range(2, len(words))
                    if words[k].casefold() in given
                    or (words[k - 1] == "dan" and _ANY_BODY_ID.match(" ".join(words[k:])))
                ),
                len(words),
            )
            words = words[:end]
            if words[-1] == "dan":
                words.pop()
            named = (match.start(), " ".join(words))
        if named is None:
            return None
        start, body = named
        same = next((k for k, p in enumerate(self.people) if p.organisation and p.name == body), None)
        if same is not None:
            return same
        self.people.append(Person(body, None, None, start, _tokens(body), organisation=True))
        return len(self.people) - 1

    def _sentence_and_previous(self, position: int) -> tuple[int, int]:
        """Where the sentence holding `position` starts, and where the one before it starts."""
        sentence = sentence_start(self.text, position)
        return sentence, sentence_start(self.text, max(0, sentence - 2))

    def _voice_of(self, position: int, last: int | None, quoted: list[tuple[int, int]]) -> int | None:
        """The body an unnamed spokesperson speaks for: the body quoted in this sentence or the one
        before, else the body that opens one of them ("The Home Office declined to comment. A
        spokeswoman said ..."); None when a person, or nothing, is spoken of there."""
        sentence, previous = self._sentence_and_previous(position)
        if last is not None and self.people[last].organisation and quoted and quoted[-1][1] >= previous:
            return last
        for start in (sentence, previous):
            opening = _THE_NAMED.match(self.text, start, position)
            named = parse_mention(opening.group(1), self.lex) if opening else None
            if opening is not None and named is not None and named.org:
                return self.add(named, opening.start(1))
        return None

    def _named_alone(self, ref: int) -> bool:
        """Whether an English speaker is one word with no post, no title and no given name
        ("Oxfam", "Tesco"): a body as likely as a person, which "the charity" may stand for."""
        person = self.people[ref]
        words = person.name.split()
        return (
            self.lex.lang == "en"
            and len(words) == 1
            and not person.role
            and person.gender is None
            and words[0].casefold() not in given_name_genders()
        )

    @staticmethod
    def _of_kind(name: str, kinds: set[str]) -> bool:
        last = name.split()[-1].casefold() if name.split() else ""
        return last in kinds or ("party" in kinds and re.fullmatch(_PARTIES_EN, name) is not None)

    def _nicknamed(self, described: str, speaking: int | None) -> int | None:
        """The person a description that gives a nickname stands for ("Pria yang akrab disapa Cak
        Eri itu"): the one the nickname names, else the person speaking, who from now on answers
        to it ("Perempuan yang akrab disapa Leni ini" for Suharleni Wibowo, then "ujar Leni")."""
        match = _DESCRIBED_NICK.search(described)
        if match is None:
            return speaking
        nick = match.group(1)
        bare = parse_mention(nick, self.lex)  # "Cak Eri" is "Eri" after its word of address
        forms = [nick] + ([bare.name] if bare and bare.name and bare.name != nick else [])
        if len(nick.split()) == 2 and nick.split()[0].casefold() in ADDRESS_WORDS:
            forms.append(nick.split()[1])
        for form in forms:
            ref = self.known(form)
            if ref is not None and not self.people[ref].organisation:
                return ref
        if speaking is not None and not self.people[speaking].organisation:
            for form in forms:
                self.nicknames.setdefault(_tokens(form), speaking)
        return speaking

    def _learn_words(self, text: str) -> None:
        evidence = word_evidence(text, self.lex)
        self.places, self.short_names, self.common = evidence.places, evidence.short_names, evidence.common

    def refine(self, mention: ParsedMention) -> ParsedMention:
        """Move words the article shows to be a place or body from the front of the name into
        the post ("Bupati" + "Donggala Muzakir Lamaindo" -> "Bupati Donggala" + "Muzakir Lamaindo")."""
        if (
            self.lex.lang == "id"
            and named_only_in_place(mention.printed, mention.name or mention.org)
            # ("Warga di Jalan Sudirman Lukito ... kata Lukito": the article calls someone by it)
            and not any(w.casefold() in self.short_names for w in (mention.name or "").split())
        ):
            return ParsedMention(printed=mention.printed)  # ("Warga Desa X, Kecamatan Poto Tano": no one named)
        if self.lex.lang == "id" and (places := resident_s_places(mention.printed, mention.name, mention.role)):
            mention = replace(mention, role=places)  # ("Warga Desa X, Kecamatan Y, Rukmini": a resident, no post)
        if not mention.name or f", {mention.name}" in mention.printed:
            return mention  # ("..., Airlangga Pribadi": a name set off by its comma keeps every word)
        # ("Anggota Komisi II DPR RI Bima Haria": no place after a national body; a place's word
        # there opens the name)
        national = (
            self.lex.lang == "id" and bool(mention.role) and ends_national((mention.role or "").split(), self.lex)
        )
        words = mention.name.split()
        moved = 1 if self._place_goes_on(mention.role, words) else 0
        while len(words) - moved >= 2:
            key = words[moved].casefold()
            rest = len(words) - moved - 1
            following = words[moved + 1].rstrip(".")
            # "Teguh P Wicaksono": an initial follows; "Utama PLN Darmawan": a body the article names.
            next_initial = len(following) <= 3 and following.isupper() and following.casefold() not in self.places
            if next_initial or not ((key in self.places and not national) or (key in self.common and rest >= 2)):
                break
            if self.lex.lang == "en" and key in given_name_genders():
                break  # "mayor of New York City Rick de Lisio": "Rick" opens the name
            if key in self.short_names:
                break  # "kata Pahala": the article calls the person by it, whatever else it printed
            moved += 1
        # (Not a given name right after the place the post names: "Pemkot Surabaya Agus Hebi
        # Djuniantoro" is called "Hebi", but the place already ended the post and "Agus" is his.)
        if (
            len(words) - moved >= 2
            and any(w.casefold() in self.short_names for w in words[moved + 1 :])  # (most names: none)
            and not self._ends_with_body(mention.role)
        ):
            moved = self._called_by(mention, words, moved)
        if not moved and mention.role and self.lex.lang == "id" and len(words) >= 3:
            moved = self._body_words_before(words)
            if national and all(w.casefold() in self.lex.regions or w.casefold() in self.places for w in words[:moved]):
                moved = 0
        if not moved and len(words) >= 3 and mention.role and self._names_with(mention.role.split()[-1], words):
            moved = 1  # "Presiden Direktur PT Bank BCA Syariah John Kosasih", and "BCA Syariah" alone
        if not moved and mention.role and self.lex.lang == "id" and not national:
            moved = self._given_name_after(mention, words)
        if not moved and mention.role and self.lex.lang == "id":
            if eponym_body(mention.role) and not mention.printed.startswith(mention.name):
                # "RSUD dr. Slamet Garut meminta ...": the hospital speaks, named after someone
                return ParsedMention(printed=mention.printed, org=mention.printed)
            if place_after_locative(mention.role):
                return self._street_not_name(mention, words)
            moved = self._glued_place_or_number(mention, words)
        numbered = f"{mention.role} {' '.join(words[:moved])}"
        if self.lex.lang == "id" and mention.role and ends_with_numbered_name(numbered):
            # ("Rektor Universitas Tujuh Belas Agustus Semarang X": the body's town, then the name)
            while moved < len(words) - 1 and self._no_name_word(words[moved], False):
                moved += 1
        if not moved:
            return mention
        complement = " ".join(words[:moved])
        role = f"{mention.role} {complement}" if mention.role else None
        return replace(mention, name=" ".join(words[moved:]), role=role)

    def _given_name_after(self, mention: ParsedMention, words: list[str]) -> int:
        """How many words at the front of a name, right after a post, end the body's or the
        place's name instead, where a common given name follows them: a body's own name ("Ketua
        Serikat Pekerja Hotel Grand Pasundan Yayan"); before a name of two words, two words that
        open no name or one place or body word ("Direktur PT Sinar Abadi Karya Hendra Gunawan",
        "Rektor Universitas Islam Nusantara Rudi Haryadi"); the one or two words where a local
        unit's place stands ("Camat Cikajang Warsito", "Kepala Desa Tanjung Sari Ujang Suryana");
        or one place after a body's short form, before a name of two words ("Ketua KPSBU Lembang
        Dayat Suryana"). 0 when the name opens with a given name, an initial or a
        word the article calls someone by, or when nothing says the words before the given name
        are no part of the name."""
        given = given_names_id()
        opens = next((k for k, w in enumerate(words) if _bare(w) in given or _bare(w) in _GIVEN_PREFIXES), None)
        if not opens or self._gives_a_name(words[:opens]):
            return 0
        head, rest = words[:opens], len(words) - opens
        if _bare(head[0]) in self.lex.institutions or _bare(head[0]) in NAMED_BODIES:
            return opens
        if mention.region and f"{mention.region.split()[-1]} {words[0]}" in mention.printed:
            return 0  # "Wali Kota Bogor Raka Satria Wiratmoko": the place is printed already
        if rest >= 2 and (opens >= 2 and all(map(self._no_name_word, head)) or self._no_name_word(head[0], False)):
            # (one dictionary word alone may be the person's: "Cucu Ahmad Suhendra"; and two before
            # a one-word name: "Raka Satria Wiratmoko")
            return opens
        post = (mention.role or "").split()
        last = post[-1]
        if last.isdigit() or _bare(last) in _PLACE_SLOTS:
            return opens if opens <= 2 else 0
        if len(post) >= 2 and _bare(post[-2]) in _PLACE_SLOTS and _bare(last) in PLACE_OPENERS:
            return opens if opens == 1 else 0  # "Kepala Desa Tanjung" + "Sari Ujang Suryana"
        return opens if opens == 1 and rest >= 2 and last.isupper() and len(last) >= 2 else 0

    def _glued_place_or_number(self, mention: ParsedMention, words: list[str]) -> int:
        """How many words at the front of a name glued to its post are the body's or the place's:
        a body's number words ("Rektor Universitas Sebelas Maret" + "X"); the one place of a local
        head's post before a name of one word ("Camat Pangalengan" + "Tarsono"), unless that word
        opens names or ends as they do ("Camat Sukartini Handarini"), the article calls the person
        by it, or it names the unit's place by another word ("Kecamatan Cisompet ... Camat
        Sumaryono Wiradinata"); a unit's field in common words ("Kasi Perlindungan" + "Tanaman X")."""
        cut = numbered_body_words(mention.role, words)
        if cut:
            return cut
        first = words[0]
        if (
            unit_head_alone(mention.role)
            and first.casefold() not in self.short_names
            and (short_form_shaped(first) or _bare(first) not in given_names_id())
        ):
            # "Kadis Perkim Sukabumi X", "Kabid Dalops X": the unit, then the place it serves (a
            # unit's head is printed with the unit; even a common word there is the unit's)
            cut = 1
            while cut < len(words) - 1 and (self._no_name_word(words[cut], False) or short_form_shaped(words[cut])):
                cut += 1
            return cut if cut < len(words) else 0
        if (
            unit_head_post(mention.role)
            and len(words) >= 2
            and self._field_word(first)
            and first.casefold() not in self.short_names
            and not self._gives_a_name([first])
        ):
            # "Kasi Perlindungan Tanaman X": the unit's field, spelled out in common words
            while cut < len(words) - 1 and self._field_word(words[cut]):
                cut += 1
            return cut
        if (
            len(words) == 2
            and one_place_post(mention.role)
            and len(first.rstrip(".")) > 3
            and not self._gives_a_name([first])
            and _bare(first) not in given_names_id()
            and not is_rank_word(first)
            and not other_local_place(self.text, first)
            and not may_open_a_name(first)
            # ("Camat Teguh Prakoso", "Lurah Intan X": a common word is often a given name)
            and not is_dictionary_word(_bare(first))
        ):
            return 1
        return 0

    @staticmethod
    def _field_word(word: str) -> bool:
        """Whether a capitalised word names a unit's field, a noun made with "-an" ("Perlindungan",
        "Tanaman", "Pemerintahan"), not a given name the list lacks that is also a common word
        ("Indah", "Intan", "Teguh")."""
        key = _bare(word)
        return len(key) >= 6 and key.endswith("an") and is_dictionary_word(key) and key not in given_names_id()

    def _street_not_name(self, mention: ParsedMention, words: list[str]) -> ParsedMention:
        """A mention whose "name" follows a street word or "di" and a place's kind ("Pedagang di
        Jalan Gatot Soebroto", "Warga di Pasar Sentral"): a street named after someone is a
        place, and the mention names no one. The name begins only at a later word that is a given
        name or one the article calls someone by ("Warga di Jalan Sudirman Tarigan ... kata
        Tarigan")."""
        given = given_names_id()
        start = next(
            (k for k in range(1, len(words)) if words[k].casefold() in self.short_names or _bare(words[k]) in given),
            None,
        )
        if start is None:
            return ParsedMention(printed=mention.printed)  # (people the article does not name)
        return replace(mention, name=" ".join(words[start:]), role=f"{mention.role} {' '.join(words[:start])}")

    def _place_goes_on(self, role: str | None, words: list[str]) -> bool:
        """Whether the name's first word ends the place its post began ("Camat Mampang" +
        "Prapatan Djaharuddin"): the article prints the two words together more often than with
        the rest of the name ("di Mampang Prapatan")."""
        if self.lex.lang != "id" or not role or len(words) < 2:
            return False
        last = role.split()[-1]
        if (
            last.casefold() in self.lex.roles
            or last.isupper()
            or len(words[0]) < 3
            or words[0].casefold() in self.short_names
        ):
            # "Kepala Kepolisian Daerah M Fadil Imran": an initial opens the name; "kata Sarmo":
            # the article calls the person by it; "Deputi Pencegahan KPK Sarmo": a body ends the post
            return False
        return self._printed_apart(last, words)

    def _called_by(self, mention: ParsedMention, words: list[str], moved: int) -> int:
        """Where the name begins when the article calls the person by one of its later words
        ("kata Hafidzul" for "Direktur Eksekutif Indonesia Political Strategic Hafidzul Alimin",
        "kata Rehuel" for "Ketua Yayasan Sumba Hospitality Rehuel Ndima"); `moved` words are
        the post's already. Given-name words that short references drop ("Abdul", "Muhammad")
        are never cut. After a body's short form the name begins: "Komisi XIII DPR RI Andreas
        Hugo Pareira" is called "Hugo"."""
        start = next((k for k in range(moved + 1, len(words)) if words[k].casefold() in self.short_names), 0)
        if not start:
            return moved
        cut = words[moved:start]
        if any(w.casefold() in _KIN for w in cut):
            return moved  # "Ayah Ika Putri", "Suami Neni": her father, his wife, not the one named
        last = len(words) - 1
        if fold(words[last]) in _GENERATIONS:
            last -= 1  # "Robert Kline Jr.", called "Kline": the surname is the last word before "Jr."
        if start == last:
            # Called by the last word: a one-word name ("kata Suprapto" for "Daop 8 Surabaya
            # Suprapto"), but in English the surname of a full name; so only in Indonesian, and
            # only after a word that is no one's name (a place, a body, a dictionary word).
            # Dictionary words are given names too ("Firdaus Diezo", called "Diezo"): only one
            # the article also prints in lower case ("Aplikasi Basuki") names no one.
            ends_name = self.lex.lang == "id" and (
                any(self._no_name_word(w, dictionary=False) or w.casefold() in self.common for w in cut)
                # ("Direktur Utama PT Jasa Marga Ruswandi ... kata Ruswandi": the firm's name ran on)
                or (in_a_body_s_name(mention.role) and not any(_bare(w) in given_names_id() for w in cut))
            )
            return start if ends_name and not self._gives_a_name(cut) else moved
        given = _after_region(mention) and not any(is_dictionary_word(w.casefold()) for w in cut)
        if given or (len(cut) == 1 and cut[0].casefold() in _LONE_GIVEN_PREFIXES):
            return moved
        if self._gives_a_name(cut):
            # "Front Pembela Islam Muhammad Rizieq Shihab", called "Rizieq": the name begins at
            # the given-name word, after words that name no one.
            opens = next((k for k, w in enumerate(cut) if w.casefold() in _GIVEN_PREFIXES), 0)
            return moved + opens if opens and all(map(self._no_name_word, cut[:opens])) else moved
        return start

    def _body_words_before(self, words: list[str]) -> int:
        """How many words at the front of a name, right after a post, end the body's or the
        place's name instead: words of the dictionary, places, bodies ("Kepala Puskesmas Cempaka
        Putih Dicky Alhabsyi"), before two words or more that are no dictionary word. 0 when none."""
        if words[0].casefold() in _GIVEN_PREFIXES or words[0].casefold() in self.short_names:
            return 0  # (most names open so or with a word of no place or body: no lookups)
        cut = 0
        while cut < len(words) - 2 and self._no_name_word(words[cut]):
            cut += 1
        head, rest = words[:cut], words[cut:]
        if not cut or self._gives_a_name(head) or any(w.casefold() in _KIN for w in head):
            return 0
        if any(is_dictionary_word(w.casefold()) or self._gives_a_name([w]) for w in rest):
            return 0
        # One dictionary word alone may be a given name ("Anggara", "Nanang"): it must be one the
        # article also prints in lower case, or name a place or a body.
        named = len(head) >= 2 or all(
            self._no_name_word(w, dictionary=False) or w.casefold() in self.common for w in head
        )
        return cut if named else 0

    def _gives_a_name(self, words: list[str]) -> bool:
        """Whether words hold a given-name word, a word the article calls someone by, or an
        initial ("M. Hanif"; but "BKN" the article prints alone is a body)."""
        return any(
            w.casefold().rstrip(".") in _GIVEN_PREFIXES
            or w.casefold() in self.short_names
            or (len(w.rstrip(".")) <= 3 and w.casefold() not in self.places)
            for w in words
        )

    def _no_name_word(self, word: str, dictionary: bool = True) -> bool:
        """Whether a capitalised word names a place, a body or a thing, never a person here (with
        `dictionary`, any word of the dictionary counts as such a thing)."""
        key = word.casefold()
        return (
            key in self.places
            or key in self.lex.regions
            or key in self.lex.institutions
            or key in self.lex.roles
            or any(ch.isdigit() for ch in key)
            or dictionary
            and is_dictionary_word(key)
        )

    def _only_a_post(self, printed: str) -> bool:
        """Whether words hold an office and no one's name ("Juru Bicara (Jubir)"; not "Menteri
        Ketenagakerjaan Ida Farhaniyah (...)")."""
        parsed = parse_mention(printed, self.lex)
        return bool(_office(printed, self.lex)) and (parsed is None or not parsed.name)

    def _ends_with_body(self, role: str | None) -> bool:
        """Whether a post ends with a known body's short form in capitals ("... DPR RI", "... KPK")
        or a party's one-word name ("... Partai Gerindra"), where a body's name is complete
        ("PARA Syndicate" goes on)."""
        words = (role or "").split()
        if not words or words[-1].casefold() not in self.lex.institutions:
            return False
        # ("... Partai Gerindra": a party by its one-word name, called "Dasman" for "Syafri Dasman Ahmad")
        return words[-1].isupper() or (len(words) >= 2 and words[-2].casefold() == "partai")

    def _names_with(self, short_form: str, words: list[str]) -> bool:
        """Whether the name's first word goes with the body's short form before it: the article
        prints the two together elsewhere without the rest of the name ("BCA Syariah" for
        "BCA Syariah John Kosasih"). Short forms in capitals only: after a post or a place
        ("Gubernur Ridwan", "Garut Rudy") the first word is the person's."""
        return short_form.isupper() and len(short_form) >= 2 and self._printed_apart(short_form, words)

    def _printed_apart(self, last: str, words: list[str]) -> bool:
        """Whether the article prints `last` and the name's first word together, as whole words,
        more often than it prints them with the name's second word after them."""
        if self.text.count(f"{last} {words[0]}") <= self.text.count(f"{last} {words[0]} {words[1]}"):
            return False  # (most names: the two are printed together only with the rest of the name)
        pair = rf"\b{re.escape(last)}\s+{re.escape(words[0])}\b"
        return len(re.findall(pair, self.text)) > len(re.findall(rf"{pair}\s+{re.escape(words[1])}\b", self.text))

    def scan(self, text: str) -> None:
        """Register every "role + name" the article prints, so later short forms resolve."""
        self.text = text
        self._learn_words(text)
        self._register(text)
        self._learn_nicknames(text)
        self._learn_genders(text)
        if "(" in text:
            self._learn_aged_people(text)
        if self.lex.lang == "id":
            if (" sebagai " in text or " menjadi " in text) and any(w in text for w in _INSTALLING_WORDS):
                self._learn_installed_posts(text)
            self._learn_kin_names(text)
            self._learn_short_name_subjects(text)
            if "Hal " in text or "Pendapat " in text or "Pernyataan " in text:
                self._learn_passive_agents(text)
        if self.lex.lang == "en":
            self._learn_surname_subjects(text)
            self._learn_epithet_posts(text)
            if ", the " in text or ", a " in text:
                self._learn_appositive_posts(text)
            if " as " in text:
                self._learn_posts_held_as(text)
            if " elected " in text or " appointed " in text or " named " in text:
                self._learn_elected_posts(text)
            if "Democrat" in text or "Republican" in text:
                self._learn_party_states(text)
        elif _RELATIVE_POST_CLAUSE.search(text):  # the pattern only where it can match
            self._learn_relative_posts(text)

    def _epithet_holder(self, candidates: tuple[int | None, ...], role: str | None, position: int) -> int | None:
        """Who "the Lib Dem leader" is: the first candidate whose known post agrees with it (or who
        has none), else the person named last before `position` who fits; a Home Secretary is not
        the Lib Dem leader."""
        # (the office before its place or body: "secretary" in "former secretary of state")
        office = re.split(r"\s(?:of|for)\s", role, maxsplit=1)[0] if role else None
        head = office.split()[-1].casefold() if office else None
        past = is_past_post(role.split()[:1]) if role else False
        deputy = _names_deputy(role)
        # ("The leader admitted ..." after Prime Minister X: a word any office holder goes by)
        any_office = (role or "").casefold() in ANY_OFFICE_EPITHETS

        def fits(ref: int) -> bool:
            person = self.people[ref]
            known = person.role.casefold().split() if person.role else None
            if known is not None and self.lex.roles.isdisjoint(known + [w + "." for w in known]):
                # "Republican" (from "Republican Donald Brackett"): a party, no post; "Gov" (from "Gov.
                # Lena Moritz") is the governor's, so "the senator" is someone else
                known = None
            if known is not None and (past or is_past_post(known[:1])):
                # A post held before says nothing of one held now, and the other way round: "the
                # former secretary of state" may be the Democratic nominee now, "Ex-chatshow host
                # Robert Kilroy-Silk" "the Veritas leader"; nor of another held before ("Ex-Osun
                # State Governor X" was "the pioneer chairman" of his party too).
                known = None
            if known is not None and head and head.startswith("spokes") and "shadow" in known:
                return not person.organisation  # "The Tory spokesman": the party's shadow minister
            if known is not None and not deputy and _names_deputy(person.role):
                return False  # "the foreign secretary" is never the shadow foreign secretary
            if known is None and self._named_further_on(person.name, position):
                return False  # "the Lib Dem chief executive said ... that Mr Pennock ...": not Pennock
            # ("Gov." agrees with "governor": a short form is the start of the word)
            return not person.organisation and (
                head is None
                or known is None
                or any_office
                or _holds_office(person.role, head)
                or epithet_fits(role or "", person.role or "")
                or self._leads_party(person, role or "")
                or (head in _RUNNING_EPITHETS and _elected(person.role))
            )

        fitting = next((ref for ref in candidates if ref is not None and ref >= 0 and fits(ref)), None)
        if fitting is not None or head is None:
            return fitting if fitting is not None else next((ref for ref in candidates if ref is not None), None)
        named = [ref for ref, p in enumerate(self.people) if p.position < position and fits(ref)]
        if named:
            # ("The Filipino vice admiral" is Vice Admiral X, not one named since with no post known)
            holding = [
                ref
                for ref in named
                if _holds_office(self.people[ref].role, head) or epithet_fits(role or "", self.people[ref].role or "")
            ]
            return max(holding or named, key=lambda ref: self.people[ref].position)
        if all(ref is None for ref in candidates):
            # "..., the first minister has told MSPs. The figures came out during a statement by
            # Jack McAllister": a lede's epithet for the person the next sentence names.
            ends = _SENTENCE_BREAK.match(self.text, sentence_end(self.text, position))
            reach = sentence_end(self.text, ends.end() if ends else position)  # the end of the sentence after
            after = [ref for ref, p in enumerate(self.people) if position < p.position <= reach and fits(ref)]
            return min(after, key=lambda ref: self.people[ref].position) if after else None
        # No one named fits: someone the article has not named ("The Tory leader Michael Harwood
        # ... The foreign secretary hit back"), never the Tory leader.
        return None

    def _leads_party(self, person: Person, epithet: str) -> bool:
        """Whether "the Labour leader" is a head of government the article ties to that party
        ("Labour's Keir Starmer, the prime minister", "Conservative Prime Minister X", "First
        Minister X, the SNP leader"): British news calls a prime minister by the party they lead.
        Without the party printed by the name, the epithet may be the opposition's leader."""
        if not person.role or not party_leader_in_government(epithet, person.role):
            return False
        party = " ".join(w for w in epithet.split()[:-1] if w.casefold() not in _EPITHET_OPENERS)
        names = _PARTY_SYNONYMS.get(party.casefold(), (party,))
        start = sentence_start(self.text, person.position)
        sentence = self.text[start : sentence_end(self.text, person.position)]
        return any(re.search(rf"\b{re.escape(name)}\b", sentence) is not None for name in names)

    def _named_further_on(self, name: str, position: int) -> bool:
        """Whether the sentence goes on, after `position`, to name the person by surname: what an
        epithet says there is about that person, not by them."""
        surname = name.split()[-1]
        if len(surname) <= 2 or surname not in self.text[position : position + _NAMED_REACH]:
            return False  # (most people: the surname is nowhere near)
        end = sentence_end(self.text, position)
        while (dot := ABBREVIATION_DOT.search(self.text, max(0, end - 4), end + 1)) and dot.end() == end + 1:
            end = sentence_end(self.text, end + 1)  # "that Mr. Pennock ...": the title's dot ends no sentence
        return re.search(rf"\b{re.escape(surname)}\b", self.text[position:end]) is not None

    def _congress_member(self, text: str, start: int, end: int, mention: ParsedMention) -> ParsedMention:
        """ "Sens. Ruth Alder (D-Mass.) and Tim Cole (R-Utah)", "Mitch McAllister, R-Ky.,": each
        member of a list after a plural title holds that post, and the bracket gives the state."""
        lo, hi = max(0, start - 200), min(len(text), end + 24)  # (a run may hold ", R-Ky.", "(R-South Carolina)")
        if mention.role is None and ("Sen" in text[lo:start] or "Rep" in text[lo:start]):
            lead = _PLURAL_TITLE.search(text, lo, start)
            # (the words between the title and the name must be a list of members: "House of
            # Representatives Commission V deputy chair X" names no representative)
            if lead is not None and _MEMBER_LIST.fullmatch(text, lead.start(2), start):
                mention = replace(mention, role=_PLURAL_POST[lead.group(1).casefold()])
        tail = text[start:hi]
        bracket = _STATE_AFTER.search(text, start, hi) if "(" in tail or "-" in tail else None
        printed = (bracket.group(1) or bracket.group(2)) if bracket else ""
        # (AP prints the state's abbreviation, or its name in full: "R-Tex." or "R-Texas")
        # (a sentence's full stop may follow the state's name: "said Sen. X, D-Ohio.")
        state = us_states().get(printed.casefold()) or next(
            (form for form in (printed, printed.removesuffix(".")) if form in state_names()), None
        )
        if state and mention.region is None:
            mention = replace(mention, region=state)
        if mention.role and mention.region is None and text[end : end + 2] == ", ":
            # "said Senator X, from New South Wales.": an aside of its own after the name
            aside = _ASIDE.match(text, end + 2)
            state = state_after_comma(aside.group()) if aside else None
            if state:
                mention = replace(mention, region=state)
        if mention.role and mention.region is None and text[end : end + 4].startswith(", a"):
            # "Rep. Alan Greer, a Democrat from Queens, said": the place the member's party
            # epithet gives is the seat's
            seat = _PARTY_FROM.match(text, end, min(len(text), end + _PARTY_FROM_REACH))
            if seat is not None:
                mention = replace(mention, region=seat.group("place"))
        return mention

    @staticmethod
    def _a_body(name: str) -> bool:
        """Whether an English name ends in a body's kind ("Western Command", "Lagos State
        Government"); after a given name, a surname ("Margaret Court")."""
        key = name.casefold().split()
        return len(key) > 1 and key[-1] in _BODY_HEAD_WORDS and not (len(key) == 2 and key[0] in given_name_genders())

    def _a_place(self, name: str) -> bool:
        """Whether the lexicon knows `name` as a place (English: the states of the United States)."""
        key = tuple(name.casefold().split())
        if len(key) > 1 and key[0] in _COMPASS_WORDS_EN:
            return True  # "Southeast Asian countries", "Northern Ireland", "West Java": a region or its people
        if len(key) > 1 and key[-1] in _PLACE_NOUNS_EN:
            # "Downing Street", "Capitol Hill", "Brackett Tower": a street or a building; but after a
            # given name, a surname ("Tom Hill", "Stuart Hall")
            return not (len(key) == 2 and key[0] in given_name_genders())
        return key in self.lex.places if len(key) > 1 else key[0] in self.lex.regions

    def _qualifies_a_post(self, text: str, start: int, end: int) -> bool:
        """ "the Lib Dem leader", "a Labour MP": after an article and before a post, a capitalised
        run is the post's party or body, not a person."""
        if text[end - 2 : end] in ("'s", "’s") and "," not in text[start:end]:
            # "Plaid Cymru's local government spokesman Dai Lloyd": the party whose post follows.
            following = _LOWER_WORDS.match(text, end)
            return following is not None and any(w in self.lex.roles for w in following.group().split())
        after = _NEXT_WORD.match(text, end)
        if after is None or after.group(1).casefold() not in self.lex.roles:
            return False
        if re.search(r"\b(?:the|an?)\s+$", text[max(0, start - 4) : start], re.IGNORECASE):
            return True
        # "South African president Thabo Mbeki": the post's country or body, then the post in
        # lower case and the name it precedes.
        following = _LOWER_WORDS.match(text, end)
        if (
            following is None
            or "," in text[start:end]
            or not text[following.end() : following.end() + 2].strip()[:1].isupper()
        ):
            return False
        words = following.group().split()
        return words[-1] in self.lex.roles and not _LINKS_EN.intersection(words)

    def _learn_relative_posts(self, text: str) -> None:
        """ "digawangi oleh Witjaksono yang merupakan wakil ketua Majelis Pertimbangan PPP": a
        one-word name is no run to register, but the relative clause after it gives a post."""
        for match in _NAME_THEN_RELATIVE.finditer(text):
            post = post_after(text, match.end(1), self.lex)
            mention = parse_mention(match.group(1), self.lex) if post else None
            if mention is not None and mention.name and not self._a_common_word(mention):
                self.add(replace(mention, role=post), match.start(1))

    def _learn_surname_subjects(self, text: str) -> None:
        """English names a person by the surname alone at the start of a sentence ("Schiff called
        on the administration ... '...,' he said"): a one-word run is no mention to register, but
        when it is a person already named in full it is the sentence's subject."""
        people = [(ref, p.name.split()[-1]) for ref, p in enumerate(self.people) if not p.organisation and p.name]
        # A surname several people share stands for the one _of_shared_name picks.
        by_word: dict[str, list[int]] = {}
        for ref, word in people:
            by_word.setdefault(word, []).append(ref)
        chosen = {word: self._of_shared_name(refs) for word, refs in by_word.items()}
        self._learn_subjects(text, [(chosen[word], word) for word in chosen if word[:1].isupper()])
        shared = {ref: refs for refs in by_word.values() if len(refs) > 1 for ref in refs}
        if shared:
            # "Mrs. Brackett said": where a title says which of the two, the subject is that one.
            self.subjects = [
                (
                    at,
                    self._of_shared_name(shared[ref], _title_gender(text[max(0, at - 8) : at]))
                    if ref in shared
                    else ref,
                )
                for at, ref in self.subjects
            ]

    def _learn_short_name_subjects(self, text: str) -> None:
        """Indonesian copy calls an official by one word of the name after naming them in full
        ("Vicky juga melarang ... '...,' ujarnya"): a one-word run is no mention to register, but
        a word of exactly one official's name opening a sentence makes that official its subject."""
        owners: dict[str, list[int]] = {}
        for ref, person in enumerate(self.people):
            if person.organisation or not _office(person.role, self.lex) or " " not in person.name:
                continue
            for word in dict.fromkeys(person.name.split()):
                if len(word) >= 3 and word[:1].isupper() and word.casefold() not in _GIVEN_PREFIXES:
                    owners.setdefault(word, []).append(ref)
        self._learn_subjects(text, [(refs[0], word) for word, refs in owners.items() if len(refs) == 1])

    def _learn_epithet_posts(self, text: str) -> None:
        """ "Tony Blair has predicted ... The prime minister was speaking ...": a sentence that
        opens with a post in lower case after "The", held by no one the article names, speaks of
        the person who opened a sentence last, and gives that person the post when it has none."""
        openings = [m for m in _EPITHET_OPENING.finditer(text) if _opens_sentence(text, m.start())]
        if ", the " in text:
            openings += [m for m in _EPITHET_AFTER_CLAUSE.finditer(text) if self._after_short_clause(text, m.start())]
        for match in openings:
            words = match.group(1).split()
            # The post is the words up to the last post word ("prime minister"; "The party": none).
            post = self._post_up_to_head(words)
            if post is None:
                continue
            end = match.start(1) + len(post)
            if _NOT_AN_EPITHET_AFTER.match(text, end):
                continue  # "The prime minister, Tony Blair," / "The minister's" / "of X"
            joined = _AND_ANOTHER.match(text, end)
            if joined is not None and joined.group(1).casefold() in self.lex.roles:
                continue  # "The prime minister and chancellor faced ...": two people, neither alone
            holder = self.by_role(post, match.start())
            if holder is None:
                holder = self._holder_named_later(post, match.start())
            if holder is not None:
                self._opens_at(match.start(), holder)  # "The prime minister ... He insisted": the holder
                continue
            ref = self.subject_between(0, match.start(), [])
            if ref is not None and (self.people[ref].organisation or self._holds_post(ref)):
                # "Tony Blair lied ... Tory co-chairman Liam Fox was speaking ... The prime minister
                # ratcheted up ...": not the last subject, who holds another post, but the last one
                # named in full who holds none
                ref = self._subject_without_post(match.start())
            if ref is None:
                ref = self._named_next(match.start())
            if ref is not None and not self.people[ref].organisation and not self.people[ref].role:
                self.people[ref].role = post
                self._opens_at(match.start(), ref)

    def _holder_named_later(self, post: str, position: int) -> int | None:
        """ "The home secretary said he would not launch an investigation ... Home Secretary
        Charles Whitmore told ...": the one person the article names after `position` with
        exactly that post as the subject of a sentence, who is who the epithet stands for."""
        wanted = _WORD.findall(post.casefold())
        if wanted[:1] == ["the"]:
            wanted = wanted[1:]
        subjects = {ref for _, ref in self.subjects}
        holders: dict[str, int] = {}  # name -> the first such person of that name
        for k, p in enumerate(self.people):
            if (
                p.position > position
                and not p.organisation
                and p.role
                and _WORD.findall(p.role.casefold()) == wanted
                # (one who opens a sentence: "the administration of US President George W Bush in
                # 2003" names a predecessor in passing, not who "the US president" is)
                and k in subjects
            ):
                holders.setdefault(p.name, k)
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _ends_a_body_s_name(self, text: str, start: int, printed: str, name: str) -> bool:
        """Whether a name is the last words of a body whose short form follows in brackets: a body
        word comes before the name, and the short form is longer than the name's initials and
        ends with them ("Dinas Penanaman Modal dan Perizinan Satu Pintu (DPMPTSP)"; "Agus
        Harimurti Yudhoyono (AHY)" is a person's initials)."""
        short = _SHORT_FORM_AFTER.match(text, start + len(printed))
        if short is None:
            return False
        letters, initials = short.group(1), "".join(w[0] for w in name.split()).upper()
        if len(letters) < len(initials) + 2 or not letters.endswith(initials):
            return False
        before = printed[: len(printed) - len(name)].split()
        return any(w.casefold() in self.lex.institutions for w in before)

    def _opens_at(self, position: int, ref: int) -> None:
        """Record `ref` as the subject of the sentence an epithet opens at `position`."""
        if all(at != position for at, _ in self.subjects):
            insort(self.subjects, (position, ref))

    def _subject_without_post(self, position: int) -> int | None:
        """The last sentence subject before `position`, within its paragraph and the two before,
        who is a person named in full with no post."""
        reach = position
        for _ in range(3):
            reach = self.text.rfind("\n", 0, reach) if reach > 0 else -1
        index = bisect_left(self.subjects, (position, -2))
        while index > 0:
            index -= 1
            at, ref = self.subjects[index]
            if at < reach:
                return None
            person = self.people[ref] if ref >= 0 else None
            if person is not None and not person.organisation and not person.role and person.gender is not None:
                return ref  # (a person by a given name or a title: "Essential Guide" is a book)
        return None

    def _holds_post(self, ref: int) -> bool:
        """Whether the person has a post ("Republican", from "Republican Donald Brackett", is none)."""
        role = self.people[ref].role or ""
        return not self.lex.roles.isdisjoint(role.casefold().split())

    def _named_next(self, position: int) -> int | None:
        """ "The education secretary has defended ... / Ruth Kelly said": a post that opens the
        story before anyone is named is held by the first person named after it, when that person
        is named soon and without a post of their own (one with a post comes first: not theirs)."""
        if any(p.position < position and not p.organisation for p in self.people):
            return None
        following = [k for k, p in enumerate(self.people) if position < p.position < position + _EPITHET_AHEAD]
        people = [k for k in following if not self.people[k].organisation]
        return people[0] if people and not self.people[people[0]].role else None

    def _after_short_clause(self, text: str, comma: int) -> bool:
        """Whether a comma ends a short clause that opens its sentence and says nothing itself
        ("Also in Gateshead, the prime minister took questions"; not "Mr Harwood said, the ...")."""
        lead = text[sentence_start(text, comma) : comma]
        return (
            0 < len(lead.split()) <= _CLAUSE_WORDS
            and not any(mark in lead for mark in '"“”')
            and not self.lex.verb_re.search(lead)
            and not self.lex.root_re.search(lead)
        )

    def _post_up_to_head(self, words: list[str]) -> str | None:
        """The words up to the last lower-case post word that can end a post ("prime minister";
        "The party", "the former first lady": none), or None."""
        last = max(
            (k for k, w in enumerate(words) if w.islower() and w in self.lex.roles and w not in _NOT_POST_HEADS),
            default=-1,
        )
        return " ".join(words[: last + 1]) if last >= 0 else None

    def _learn_posts_held_as(self, text: str) -> None:
        """ "Charles Whitmore faces his first real test as home secretary on Monday": the post the
        sentence's named subject holds, when the article gives none (not a post held before:
        "served as", "his time as")."""
        for match in _AS_POST.finditer(text):
            post = self._post_up_to_head(match.group("post").split())
            if post is None or _PAST_BEFORE_AS.search(text, max(0, match.start() - 24), match.start()):
                continue
            if _OWNED_BEFORE_AS.search(text, max(0, match.start() - 40), match.start()):
                continue  # "an inquiry into Smith's dealings as minister of works": another's post
            if _NAME_BEFORE_AS.search(text, max(0, match.start() - 40), match.start()):
                continue  # "X seemed to imply that people could stop Hillary Clinton as president": hers
            place = match.group("place")
            if place and (post not in _PLACED_POSTS or any(w.casefold() in EN_PARTY_WORDS for w in place.split())):
                continue  # ("as Labour leader", "as Republican governor": a party's, not a place)
            sentence = sentence_start(text, match.start())
            ref = self.subject_between(sentence, match.start(), [])
            if ref is not None and not self.people[ref].organisation and not self.people[ref].role:
                self.people[ref].role = post
                if place:
                    self.people[ref].region = place  # "a second term as Chicago mayor"

    def _learn_appositive_posts(self, text: str) -> None:
        """ "Clinton, the Democratic nominee, marked her birthday": a post in apposition to a
        one-word name (runs of one word are never registered) is the post of the person the
        article named in full, when it gives that person none."""
        for comma in _APPOSITIVE_OPENING.finditer(text):  # (opens with a comma: found fast)
            word = _WORD_BEFORE.search(text, max(0, comma.start() - _WORD_REACH), comma.start())
            ref = self.known(word.group()) if word else None
            if ref is None:
                continue
            post = post_after(text, comma.start(), self.lex)
            if post and word and (sharing := self._sharing(word.group())):
                # "Clinton, a former first lady, ...", with Hillary and Bill Clinton named: the one
                # the surname stands for, a woman for a woman's post
                ref = self._of_shared_name(sharing, "f" if _WOMAN_POST.search(post) else None)
            if self.people[ref].organisation or self.people[ref].role:
                continue
            if post and _office(post, self.lex):
                self.people[ref].role = post

    def _sharing(self, name: str) -> list[int]:
        """The people a one-word English name may stand for, when more than one."""
        tokens = _tokens(name)
        matching = [k for k, person in enumerate(self.people) if tokens and _matches(tokens, person)]
        return matching if self.lex.lang == "en" and len(matching) > 1 else []

    def _learn_party_states(self, text: str) -> None:
        """ "Rep. Kevin Brady, a Texas Republican, said" and "..., the Massachusetts Democrat
        said": the state of a member of Congress or a governor, given by a party epithet, when the
        article gives that person none. An apposition's state goes to the name before it; an
        epithet's to the last person named before it who holds such a seat."""
        for party in _PARTY_WORD.finditer(text):
            # (the party word first, then the state before it: the epithet's "the" or "a" is
            # everywhere, the party word rarely)
            match = _STATE_PARTY.search(text, max(0, party.start() - _STATE_REACH), party.start())
            state = " ".join(match.group("state").split()) if match else ""
            if match is None or tuple(state.casefold().split()) not in state_keys():
                continue
            if match.group("comma"):
                word = _WORD_BEFORE.search(text, max(0, match.start() - _WORD_REACH), match.start())
                ref = self.known(word.group()) if word else None
            else:
                seated = [
                    (p.position, k)
                    for k, p in enumerate(self.people)
                    if p.position < match.start() and set(_office(p.role, self.lex)) & _STATE_SEATS
                ]
                ref = max(seated)[1] if seated else None
            if ref is None or self.people[ref].organisation or self.people[ref].region:
                continue
            if set(_office(self.people[ref].role, self.lex)) & _STATE_SEATS:
                self.people[ref].region = state

    def _learn_elected_posts(self, text: str) -> None:
        """ "Khan, a Muslim, was elected as mayor of London last week": the post a person named
        in full was elected or appointed to, when the article gives that person none."""
        for match in _ELECTED_TO.finditer(text):
            ref = self.known(match.group("who"))
            if ref is None or self.people[ref].organisation or self.people[ref].role:
                continue
            post = " ".join(before_time(match.group("post")))
            if _office(post, self.lex):
                self.people[ref].role = post

    def _learn_installed_posts(self, text: str) -> None:
        """ "Gubernur X melantik Togap Simangunsong sebagai Sekretaris Daerah (Sekda)": the post a
        person named in full was installed in, when the article gives that person none."""
        for verb in _INSTALLING_ID.finditer(text):
            if verb.group().startswith("me"):  # "melantik X sebagai Y"
                who = _INSTALLED_NAME_AFTER.match(text, verb.end())
                installed = _INSTALLED_AS.match(text, who.end()) if who else None
            else:  # "X (resmi) dilantik menjadi Y"
                who = _INSTALLED_NAME_BEFORE.search(text, max(0, verb.start() - 80), verb.start())
                installed = _INSTALLED_AS.match(text, verb.end() - 1)
            if who is None or installed is None:
                continue
            ref = self.known(who.group("who"))
            if ref is None or self.people[ref].organisation or self.people[ref].role:
                continue
            post = installed.group("post").removesuffix(" dan")
            if _office(post, self.lex):
                self.people[ref].role = post

    def _learn_kin_names(self, text: str) -> None:
        """ "kepada istri almarhum, Rosmala.": a one-word name in apposition to a kin word is a
        person (never registered as a run of one word), the subject of the sentences it opens, so
        "pungkasnya" after "Rosmala berterima kasih ..." is hers and not the official's."""
        found = []
        for match in _APPOSED_ONE_WORD.finditer(text):
            before = text[max(0, match.start() - 40) : match.start()].split()[-4:]
            kin = next((k for k, w in enumerate(before) if w in _KIN), None)
            if kin is None or not all(w.isalpha() and w.islower() for w in before[kin:]):
                continue
            name = match.group(1)
            if self.known(name) is None and not is_dictionary_word(name.casefold()):
                found.append((self.add(ParsedMention(printed=name, name=name), match.start(1)), name))
        self._learn_subjects(text, found)

    def _learn_aged_people(self, text: str) -> None:
        """ "Armi (35), karyawan salah satu perusahaan": a name with an age in brackets is a person
        (a resident, a worker), registered however few words it has and trusted as the subject of
        the sentences it opens, so "katanya" after them is theirs and not the official's."""
        found = []
        for age in _AGE.finditer(text):
            match = _NAME_BEFORE_AGE.search(text, max(0, age.start() - _AGE_LOOKBACK), age.start())
            if match is None:
                continue
            words = match.group(1).split()
            while len(words) > 1 and (words[0].casefold() in self.lex.clause_openers or words[0].endswith("pun")):
                words.pop(0)  # "Begitupun Arni Setiyani (28)": the sentence's opening word, not her name
            mention = parse_mention(" ".join(words), self.lex)
            if mention is not None and mention.name and not mention.role:
                ref = self.add(mention, match.start(1))
                found.append((ref, self.people[ref].name.split()[0]))
        self._learn_subjects(text, found)

    def _learn_subjects(self, text: str, people: list[tuple[int, str]]) -> None:
        """Record as a sentence's subject each person of `people` whose word (a surname, a first
        name) opens a sentence, or follows an opening clause, before a lower-case word."""
        found = []
        for ref, word in people:
            at = text.find(word)
            while at >= 0:
                # "Mr Galloway accused ...": the surname after a title; the title opens the sentence.
                titled = (
                    _TITLE_AT_END.search(text, max(0, at - 8), at)
                    if any(map(text[max(0, at - 8) : at].__contains__, "MSDL"))
                    else None
                )
                lead = titled.start() if titled else at
                after = text[at + len(word) : at + len(word) + 6]
                # "Schiff called ...": a lower-case verb follows; "Leahy, the ranking member of the
                # committee, ...": a description of him.
                subject = after[:1] == " " and after[1:2].islower() or after.startswith((", the ", ", a "))
                opens = (
                    lead == 0
                    or text[lead - 1] == "\n"
                    or text[max(0, lead - 2) : lead] in (". ", "! ", "? ")
                    # "In his interview, McCaul criticized Clinton": after a clause that opens the sentence
                    or text[max(0, lead - 2) : lead] == ", "
                    and self._after_opening_clause(text[sentence_start(text, lead) : lead])
                    # "And even Obama tried to ...", "But Smith said": after a conjunction or an adverb
                    or self.lex.lang == "en"
                    and text[lead - 1 : lead] == " "
                    and self._after_connective(text[sentence_start(text, lead) : lead])
                )
                if opens and subject:
                    found.append((at, ref))
                at = text.find(word, at + 1)
        self._record_subjects(found)

    def _record_subjects(self, found: list[tuple[int, int]]) -> None:
        """Add (position, ref) sentence subjects, in text order; a position recorded already keeps its ref."""
        if found:
            taken = {position for position, _ in self.subjects}
            self.subjects = sorted(self.subjects + [f for f in found if f[0] not in taken])

    def _learn_passive_agents(self, text: str) -> None:
        """Record as a sentence's subject the person named after an opening passive speech verb
        ("Hal senada disampaikan Kepala Puskesmas X, dr. Ratna Sari."): the next "menurutnya" or
        "ia" stands for her, as for a person who opens a sentence."""
        found = []
        for match in _PASSIVE_AGENT.finditer(text):
            if match.start() and text[match.start() - 1] != "\n" and text[match.start() - 2 : match.start()] != ". ":
                continue
            # The mention runs to the first word in lower case ("... Pungky Kusnadi saat ditemui"):
            # its last name is the speaker's, the words before it his post and its body.
            end = sentence_end(text, match.end())
            clause = _LOWER_WORD.search(text, match.end(), end)
            end = clause.start() if clause is not None else end
            named = [
                (at, ref)
                for ref, person in enumerate(self.people)
                if not person.organisation
                and person.name
                and (at := text.find(person.name.split()[0], match.end(), end)) >= 0
            ]
            if not named:
                # ("Hal senada dikemukakan Koordinator Nasional Watch (DFW) X." with its post too
                # long for a run: the person the clause names, registered here)
                mention = parse_mention(text[match.end() : end].rstrip(" .,"), self.lex)
                if mention is not None and mention.name and not mention.org:
                    named = [(match.end(), self.add(mention, match.end()))]
            if named:
                found.append(max(named))
        # (the agent of a passive speech verb is a speaker to trust, resident or official, where a
        # run read the same name as a subject not to trust)
        agents = {at for at, _ in found}
        self.subjects = [(at, ref) for at, ref in self.subjects if not (ref == -1 and at in agents)]
        self._record_subjects(found)

    def _after_connective(self, lead: str) -> bool:
        """Whether the words opening a sentence before a name only join it to the one before
        ("And even", "But", "Meanwhile,")."""
        words = lead.split()
        return 0 < len(words) <= 2 and all(
            w.casefold().rstrip(",") in _CONNECTIVES_EN or w.casefold().rstrip(",") in self.lex.adverbs for w in words
        )

    def _register(self, text: str) -> None:
        for start, printed in self._runs(text):
            if self.lex.lang == "id" and _introduces_nickname(text[max(0, start - 12) : start]):
                continue  # "yang akrab disapa Kaji Mbing": a nickname of someone, no one new
            held_as = False  # (the run opens with a post held "as" in a clause about someone else)
            place = self._place_of_post(text, start, printed) if self.lex.lang == "en" else ""
            if place:
                # "former mayor of Bridgeton Fiona Walsh": the run opens with the post's place
                start, printed = start + len(place), printed[len(place) :]
            if self.lex.lang == "en" and self._qualifies_a_post(text, start, start + len(printed)):
                continue
            if self.lex.lang == "en" and not place and self._served_by_a_post(text, start, printed):
                continue  # "The former mayor of Greater Manchester also said": the post's place, no one
            if (
                self.lex.lang == "en"
                and printed.startswith(("Said ", "Says "))
                and inverted_said(text, 0, start, start + len(printed))
            ):
                start, printed = start + 5, printed[5:]  # 'Said Mr Smith: "..."': the verb, then who said it
            if self.lex.lang == "en" and _quoted_alone(text, start, start + len(printed)):
                continue  # 'a new "Marshall Plan" for the world': a quoted name of a thing
            if (
                self.lex.lang == "en"
                and ", " not in printed  # ("in New Hampshire Tuesday, Hillary Clinton is ...": she follows)
                and _PLACE_PREPOSITION.search(text, max(0, start - 16), start)
            ):
                continue  # "The Texas senator, speaking in Des Moines, said": a place, no one
            if (
                self.lex.lang == "en"
                and text.endswith("told ", 0, start)
                and text.startswith(":", start + len(printed))
            ):
                continue  # 'She told Good Morning Wales: "..."': a programme, a paper or whom she told
            if self.lex.lang == "en" and ", " in printed:
                comma = printed.index(", ")
                if (
                    len(printed[:comma].split()) >= 2
                    and len(printed[comma + 2 :].split()) <= 2
                    and post_after(text, start + comma, self.lex) is not None
                ):
                    # "Dr Richard Lewis, Welsh secretary of the BMA,": the run took the post's first word
                    printed = printed[:comma]
            if (
                self.lex.lang == "en"
                and ", " in printed
                and text.endswith(" as ", 0, start)
                and self._only_a_post(printed[: printed.index(", ")])
            ):
                # "... his second term as US President, Tony Blair has said": the post ends a clause
                # about someone else; the name after the comma opens the reporting clause
                comma = printed.index(", ")
                start, printed, held_as = start + comma + 2, printed[comma + 2 :], True
            if self.lex.lang == "id" and ", " in printed and _COPULA_AFTER.match(text, start + len(printed)):
                # "Menurut Menag, Al-Hilm adalah sifat Tuhan": the word after the comma opens a
                # clause of its own (a copula follows it), never a name in apposition to the post
                printed = printed[: printed.rindex(", ")]
            mention = parse_mention(printed, self.lex)
            if (
                self.lex.lang == "id"
                and start >= 2
                and text[start - 2 : start - 1].isdigit()
                and mention is not None
                and mention.name
                and printed.startswith(mention.name)
                and (person := name_after_unit_number(mention.name, self.lex)) != mention.name
            ):
                # "Kepala SMK Negeri 1 Karang Pawitan Sutrisno": the run after the unit's number
                # opens with the unit's place; the person's name starts later (degrees may follow it:
                # "Cibeber Yayah Rokayah, S.Pd.I")
                cut = len(mention.name) - len(person)
                start, printed = start + cut, printed[cut:]
                mention = parse_mention(printed, self.lex)
            if (
                self.lex.lang == "id"
                and mention is not None
                and mention.name
                and printed.startswith(mention.name)
                and len(words := mention.name.split()) >= 3
                and _bare(words[0]) not in given_names_id()
                and _LOCAL_SHORT_FORM_BEFORE.search(text, max(0, start - 40), start)
            ):
                # "Kepala Desa (Kades) Sukamaju Ahmad Suherman": after a local unit's post and its
                # short form, the unit's place (one word), then the name
                cut = len(words[0]) + 1
                start, printed = start + cut, printed[cut:]
                mention = parse_mention(printed, self.lex)
            if (
                self.lex.lang == "id"
                and mention is not None
                and name_in_post(mention, self.lex)
                and _named_again(text, printed.split()[0], start, self.lex)
                and (first := name_then_post(printed, self.lex, 1)) is not None
            ):
                # "Irfan Ketua Panwascam Komodo saat dikonfirmasi ...", then "kata Irfan": a name of
                # one word printed before its post (the article names him by it again)
                mention = first
            if (
                self.lex.lang == "id"
                and mention is not None
                and mention.org
                and not mention.name
                and (head := lower_post_before(text, start)) is not None
                and (posted := parse_mention(f"{head.capitalize()} {printed}", self.lex)) is not None
                and posted.name
                and len(posted.name.split()) >= 2
            ):
                # "merespons permintaan anggota Komisi III DPR Fraksi PDIP Masinton Pasaribu": the
                # body's name ends in the name of the member the lower-case post opens with
                mention = replace(posted, printed=printed)
            if mention is None:
                continue
            mention = self.refine(mention)
            name = mention.name
            if not name or (self.lex.lang == "en" and self._a_place(name)):
                continue  # ("At a rally in Dayton, Ohio, ...": a place, never "he")
            if self.lex.lang == "en" and self._a_body(name):
                continue  # "relieved as Western Command (Wescom) chief": a body, never "he"
            if self.lex.lang == "en" and printed.endswith(name) and _BODY_KIND_AFTER.match(text, start + len(printed)):
                continue  # "Greater Manchester police", "the Scottish government": a body's place, never "he"
            if self.lex.lang == "en" and _a_thing(name):
                continue  # "Common Agricultural Policy", "Human Rights Act", "World War II": a thing, never "he"
            if self.lex.lang == "en" and name.split()[0].casefold() in _FUNCTION_WORDS_EN:
                continue  # "a sit-down with Off Message": a title, no one's name
            if self.lex.lang == "en" and " " not in name and printed.endswith((f"'s {name}", f"’s {name}")):
                continue  # "on Martha's Vineyard", "Obama's Thursday statement": someone's place or thing
            if (
                self.lex.lang == "id"
                and mention.role
                and printed.startswith(mention.role)
                and (ordinal := _post_ordinal_before(text, start)) is not None
            ):
                # "Presiden ke-7 RI Joko Wiranggono": the run starts after the ordinal, the post before it
                mention = replace(mention, role=f"{ordinal.group().strip()} {mention.role}")
            if self._ends_a_body_s_name(text, start, printed, name):
                continue  # "Dinas Penanaman Modal dan Perizinan Satu Pintu (DPMPTSP)": the body's name, no one's
            if " " not in name and f"({name})" in text and re.search(rf"[a-z]\s+\({re.escape(name)}\)", text):
                continue  # "kendaraan dapur lapangan (Randurlap)": the short form of a thing, no one's name
            if all(w.casefold() in self.lex.regions or is_country(w.casefold()) for w in name.split()):
                continue  # "Pemimpin Jepang": a post's country or place, no one's name
            if self._names_a_body(printed, name):
                continue  # "Mantan Direktur Bank Dunia": the body's own name, no one's
            if (
                len(name.split()) >= 2
                and name.split()[-1].isupper()
                and name.split()[-1].casefold() in self.lex.institutions
            ):
                continue  # "Ketua Umum PP Muslimat NU": a body's name ends with its short form, a person's never
            if (
                text[max(0, start - 2) : start] == ") "
                and mention.role
                and printed.startswith(mention.role)
                and self.names_office(mention.role)
            ):
                # "Juru Bicara (Jubir) Menhan, Dahnil": the run starts after the bracket, and the
                # post goes on before it (the spokesman's, not the minister's).
                opening = post_before(text, start, self.lex)
                if opening and opening.endswith(")") and self._only_a_post(opening):
                    mention = replace(mention, role=f"{opening} {mention.role}")
            if self.lex.lang == "en":
                mention = self._congress_member(text, start, start + len(printed), mention)
            if (
                self.lex.lang == "en"
                and mention.role
                and _STATE_HOUSE_TITLE.match(mention.role)
                and _STATE_BEFORE.search(text, max(0, start - 6), start)
            ):
                mention = replace(mention, role=f"state {mention.role}")
            marker = _PAST_BEFORE.search(text, max(0, start - 12), start)
            if marker is not None and mention.role and mention.role[:1].isupper():
                # "ex-Foreign Secretary Robin Cook", "mantan Kapolda X": the run starts after the
                # marker, but the post is one no longer held.
                mention = replace(mention, role=marker.group() + mention.role)
            served = _SERVED_BEFORE.search(text, max(0, start - 8), start) if mention.role else None
            if (
                served is not None
                # ("a spokesperson for Alberta Premier Danielle Smith's office": a post of her own,
                # the spokesperson someone else)
                and not self.names_office(mention.role)
                and printed.startswith(mention.role or "")
                and (held := post_before(text, served.start(), self.lex)) is not None
            ):
                # "Duta Besar Ukraina untuk Indonesia, Vasyl Hamianin": the run opens with the place
                # the post serves, the post before "untuk"
                mention = replace(mention, role=f"{held}{served.group()}{mention.role}")
            if (
                self.lex.lang == "id"
                and mention.role
                and printed.startswith(mention.role)
                and (head := introduced_post_before(text, start, mention.role)) is not None
            ):
                # "anggota Komisi XI DPR RI, Puteri", "kuasa hukum Iwan, Calvin Wijaya": the run
                # opens after the post's head, printed in lower case
                mention = replace(mention, role=f"{head} {mention.role}")
            if (
                self.lex.lang == "en"
                and is_military_rank(mention.role)
                and (held := post_after(text, start + len(printed), self.lex))
            ):
                mention = replace(mention, role=held)  # "Adm. Mike Mullen, the former chairman of the Joint Chiefs"
            if (
                not held_as
                and not self.names_office(mention.role)
                and may_have_post(text, start, start + len(printed), self.lex)
            ):
                before = post_before(text, start, self.lex)
                if before and self.lex.lang == "en" and ("'s " in before or "’s " in before):
                    before = job_of_the_named(before, self.lex)  # "Senator X's spokeswoman, Y": hers, not his
                role = before or post_after(text, start + len(printed), self.lex)
                if (
                    before
                    and mention.region
                    and not mention.role
                    and printed.startswith(f"{mention.region} {name}")
                    and ends_national(before.split(), self.lex)
                ):
                    # "Kepala Badan Kepegawaian Negara (BKN) Yoga Harsa Wirasena": a national body
                    # has no place after it; the place's word opens the name
                    name = f"{mention.region} {name}"
                    mention = replace(mention, name=name, region=None)
                if before and self.lex.lang == "id" and _initials_after_rank(text, start, mention):
                    # "Kepala Penerangan Kodam Kolonel (Czi) IBK X": the run opens after the corps'
                    # bracket with the name's initials, which the rank before shows
                    name = f"{mention.role} {name}"
                    mention = replace(mention, name=name, role=None)
                elif before and self.lex.lang == "id" and mention.role and printed.startswith(mention.role):
                    role = f"{before} {mention.role}"  # "peneliti" + "Pusat Kajian X": the body it works at
                elif (
                    before
                    and self.lex.lang == "id"
                    and not mention.role
                    and before.endswith(")")
                    and not ends_national(before.split(), self.lex)
                ):
                    # "Ketua Badan Permusyawaratan Desa (BPD) Sukamaju Endang": the run opens after
                    # the bracket with the place the post goes on to, which the post shows
                    mention = self.refine(replace(mention, role=role))
                    role, name = mention.role, mention.name or name
                if role:
                    mention = replace(mention, role=role)
            kin = bool(mention.role) and printed.split()[0].casefold() in _KIN
            if kin:
                # "Anak Presiden Joko Wiranggono ini heran ...": the president's son is the subject;
                # the president keeps his own post.
                mention = replace(mention, role=" ".join((mention.role or "").split()[1:]) or None)
            if _office(mention.role, self.lex) or len(name.split()) >= 2:
                ref: int | None = self.add(mention, start)
            elif self.lex.lang == "id" and (earliest := self._first_known(name)) is not None:
                # "Budi" after "Menteri X Budi Karsa" and, later, "Wakil Kepala Y Albertus Budi":
                # as for "kata Budi" (see add), the first one named, whom the article is about
                ref = earliest
            else:
                ref = self.known(name)
            if ref is None or kin:
                continue  # (tested before the sentence is read: add() and known() do not use it)
            sentence = sentence_start(text, start)
            # The first person named near the start of a sentence is its likely subject.
            lead = text[sentence:start]
            said = lead + printed  # the run itself may open with the cue ("Menurutnya, Respati")
            # (Indonesian: the capitalised words of a post cut from the run by its bracketed short form,
            # right before it, count for nothing: "Setelah ..., Ketua Satuan Pelayanan Gizi (SPPG) Cigunung, Hana")
            counted = lead.split()
            if self.lex.lang == "id":
                post = counted
                while post and (post[-1][:1].isupper() or post[-1].startswith("(")):
                    post = post[:-1]
                if not post or post[-1].endswith(","):
                    counted = post  # (after an opening clause, not "Ada dalam tim itu adalah Wakil ... X")
            opens_sentence = (
                (
                    len(counted) <= _SUBJECT_WORDS
                    and not (self.subjects and self.subjects[-1][0] >= sentence)
                    or self._after_opening_clause(lead)
                )
                # "Menurutnya, Respati seharusnya ...": after a speech cue the name is what is said about.
                and not (self.lex.nya_re.search(said) or self.lex.root_re.search(said) or _ACCORDING.search(said))
                # "Hal itu karena Ketua Umum PDIP, Megawati, telah memutuskan ...": the subject of a
                # clause giving a cause or a condition, not of the sentence that quotes someone.
                and not (self.lex.lang == "id" and not _SUBORDINATORS.isdisjoint(lead.casefold().split()))
                # "... soal keterlibatan Ade Kuswara": after a preposition or a noun made of a verb,
                # the name is what the sentence is about, not its subject
                and not (self.lex.lang == "id" and counted and _OBJECT_BEFORE_ID.fullmatch(counted[-1]))
                # ("Tinubu appealed to Peter Obi of the Labour Party, Atiku Abubakar ...": whom)
                and not (self.lex.lang == "en" and self._object_before(counted))
            )
            # English copy names a person at the start of the sentence before "he said";
            # Indonesian sentence openers are too often programmes or places ("Inovasi X").
            if not opens_sentence:
                continue
            if _says_no_response(text, start, sentence_end(text, start)):
                self.subjects.append((start, -1))  # named as not answering: speaks none of what follows
            elif self.lex.lang == "en" or _office(self.people[ref].role, self.lex):
                self.subjects.append((start, ref))
            elif (private := self._private_description(text, sentence, start, printed, mention)) is not None:
                # a private person described where named is a subject to trust as one with a post
                # is: "katanya" after it is theirs, not the official's quoted before
                description, printed_before = private
                held = self.people[ref].role
                if printed_before and not _office(held, self.lex):
                    # "Sopir angkot, Budi, mengeluhkan ...": what she is, as "Budi, sopir angkot," says
                    # ("Pedagang di Pasar X, Ningsih,": the run, read from "Pasar X", took a place for
                    # her post)
                    self.people[ref].role = description
                self.subjects.append((start, ref))
            else:
                self.subjects.append((start, -1))  # a sentence subject, but not one to trust

    def _private_description(
        self, text: str, sentence: int, start: int, printed: str, mention: ParsedMention
    ) -> tuple[str, bool] | None:
        """What a private person named at `start` is, as printed before the name from the start of
        the sentence or after it ("Pedagang di Pasar X, Ningsih,", "Ningsih, pedagang di Pasar X,"),
        and whether it was printed before; None when the words say no such thing (Indonesian copy)."""
        if self.lex.lang != "id" or not mention.name:
            return None
        if describes_private_person(mention.role):
            return mention.role or "", False
        at = text.find(mention.name, start, start + len(printed))
        if at < 0:
            return None
        before = text[sentence:at].rstrip()
        if before.endswith(",") and describes_private_person(before.rstrip(",")):
            return plain_description(before.rstrip(","), None, self.lex)[0], True
        described = description_at(text, at, at + len(mention.name), self.lex)
        return (described[0], False) if described is not None and describes_private_person(described[0]) else None

    def _object_before(self, words: list[str]) -> bool:
        """Whether an English name after `words` (its post's words set aside: "including former
        governor") is the object of a preposition, not the sentence's subject."""
        k = len(words)
        while k and (words[k - 1].casefold() in self.lex.roles or is_past_post(words[k - 1 : k])):
            k -= 1
        return k > 0 and words[k - 1].casefold() in _OBJECT_BEFORE_EN

    def _served_by_a_post(self, text: str, start: int, printed: str) -> bool:
        """Whether a run of two words or more is only the place or body a post before it serves
        ("mayor of Greater Manchester also said"); the caller has found no name after the place
        ("mayor of Bridgeton Fiona Walsh", whose place _place_of_post cuts off)."""
        before = _POST_PREPOSITION.search(text, max(0, start - 9), start)
        if before is None or len(printed.split()) > 3:
            return False
        head = text[: before.start() + 1].rsplit(None, 1)[-1:]
        return bool(head) and head[0].casefold() in self.lex.roles

    def _place_of_post(self, text: str, start: int, printed: str) -> str:
        """The words of a run after a post's "of"/"for" that name its place or body, before a
        name of two words ("mayor of Bridgeton Fiona Walsh": "Bridgeton "; "chairman of the
        Senate Finance Committee Max Baucus"; "Governor of Texas George W. Bush"); "" when none."""
        words = printed.split(" ")
        if len(words) < 3 or not _POST_PREPOSITION.search(text, max(0, start - 9), start):
            return ""
        if (numbered := NUMBERED_COMMISSION.search(printed)) is not None:
            # "deputy chairman of House Commission V Ahmad Fauzan Siregar": the numeral ends the
            # body's name; the name after it may have three words
            return printed[: numbered.end() + 1]
        if ", " in printed and len(printed.rsplit(", ", 1)[1].split()) >= 2:
            # "harbour master of Paotere Port, Syamsul Bahri Latif": the comma ends the place
            return printed[: printed.rindex(", ") + 2]
        first = len(words) - 2
        while first > 1 and (words[first].casefold() in NAME_PARTICLES or _INITIAL.fullmatch(words[first])):
            first -= 1  # "Rick de Lisio", "George W. Bush"
        head = words[:first]
        if any(w.casefold() in self.lex.roles or w.casefold() in given_name_genders() for w in head):
            return ""  # "the office of Governor Andrew Cuomo": a post, not a place
        if words[-1].casefold() in _BODY_WORDS_EN or words[-1].casefold() in self.lex.institutions:
            return ""  # "head of the Congressional Black Caucus": a body's name, no one's
        return " ".join(head) + " "

    def _names_a_body(self, printed: str, name: str) -> bool:
        """Whether a one-word Indonesian "name" is a dictionary word right after a body's head
        ("Bank Dunia", "Badan Pusat"): the end of the body's name."""
        if self.lex.lang != "id" or " " in name or not is_dictionary_word(name.casefold()):
            return False
        words = printed.split()
        return len(words) >= 2 and words[-1] == name and words[-2].casefold() in self.lex.institutions

    def _after_opening_clause(self, lead: str) -> bool:
        """Whether a name comes right after a clause that opens its sentence, however long, and so
        is the sentence's subject: "In the wake of the incident ..., David Axelrod, ..., gave",
        "As Tory leader X kicked off his campaign, the Lib Dem leader Y dismissed" (X only began
        the clause). Between the comma and the name: nothing, or the words of a post."""
        comma = lead.rfind(", ")
        if comma < 0 or '"' in lead or "“" in lead:
            return False
        before = lead[:comma].split()[-1:]
        if before and (self.lex.verb_re.search(before[0]) or self.lex.root_re.search(before[0])):
            return False  # "Fadjroel menyatakan, Presiden X telah menetapkan": what was said
        between = lead[comma + 2 :].split()
        return len(between) <= _POST_WORDS_AFTER_CLAUSE and all(
            word[:1].isupper() or word.casefold() in self.lex.roles or word.casefold() in EPITHET_DETERMINERS
            for word in between
        )

    def _runs(self, text: str) -> list[tuple[int, str]]:
        """Capitalised runs, cut where a word's full stop ends a sentence ("States. Recently")
        and where a joiner opens another office ("Gubernur X dan Wali Kota Y")."""
        runs = []
        for run in _CAPITALISED_RUN.finditer(text):
            group = run.group()
            if " " not in group:
                continue  # one word (most runs): none of its parts can hold the space kept below
            start = run.start()
            if self.lex.lang == "id" and text.startswith("/", run.end()):
                group = group.rsplit(" ", 1)[0]  # "Pangdam XIV/Hasanuddin": the command's number, no name
                if " " not in group:
                    continue
            if self.lex.lang == "id" and start and text[start - 1] == "/":
                # "Dandim 0809/Kediri Letkol Inf X": the command's place after its number is the
                # post's, which post_before reads; the run goes on from the next word
                cut = group.index(" ") + 1
                group, start = group[cut:], start + cut
                if " " not in group:
                    continue
            # A cut needs a full stop after four letters: most runs hold no full stop at all.
            for piece in _sentences_of(group) if "." in group else (group,):
                # (a run right after a bracket closing a post: "Menteri Sosial (Mensos) Tri ...")
                posted = text.endswith(") ", 0, start) and start == run.start()
                for part_start, part in self._people_in(piece, posted):
                    if " " in part.strip():
                        # A piece cut after "States." opens with the space: the run starts after it.
                        lead = len(part) - len(part.lstrip())
                        runs.append((start + part_start + lead, part.lstrip()))
                start += len(piece)
        return runs

    def _people_in(self, piece: str, posted: bool = False) -> list[tuple[int, str]]:
        """A run cut where another office opens: "Gubernur X dan Wali Kota Y", and "Menteri
        Sosial X, Gubernur Banten Y" (a list of posts with names, not "X, Kepala Y": a comma cuts
        only after a piece that has a post of its own, or, `posted`, that opens the run right after
        its post's bracketed short form: "Menteri Sosial (Mensos) Tri R, Wakil Menteri Agama Z")."""
        if "," not in piece and not any(word in piece for word in _LIST_JOINER_WORDS):
            return [(0, piece)]  # what every joiner holds is not there: most runs (the pattern opens with \s+)
        parts, lo = [], 0
        for joiner in _LIST_JOINER.finditer(piece):
            if not self._office_opens(piece, lo, joiner) and not self._pair_of_names(piece, lo, joiner):
                continue
            if joiner.group().lstrip().startswith(","):
                before = piece[lo : joiner.start()].split()
                has_post = len(before) >= 3 and any(w.casefold() in self.lex.roles for w in before[:-2])
                if not has_post and not (posted and lo == 0 and before):
                    continue
            parts.append((lo, piece[lo : joiner.start()]))
            lo = joiner.end()
        parts.append((lo, piece[lo:]))
        return parts

    def _office_opens(self, piece: str, lo: int, joiner: re.Match[str]) -> bool:
        """Whether another office opens after `joiner`: "dan Wali Kota Y", or in English a post
        with its portfolio first after a person named with a post ("Chancellor Gordon Brown and
        Transport Secretary Alistair Darling"; "Trade and Industry Secretary X" is one post)."""
        after = piece[joiner.end() :].split(maxsplit=3)
        if not after or after[0].casefold() in self.lex.roles:
            return bool(after)
        if self.lex.lang != "en" or not any(w.casefold() in self.lex.roles for w in after[1:3]):
            return False
        before = piece[lo : joiner.start()].split()
        post = next((k for k, w in enumerate(before) if w.casefold() in self.lex.roles), None)
        return post is not None and post < len(before) - 1 and before[-1].casefold() not in self.lex.roles

    def _pair_of_names(self, piece: str, lo: int, joiner: re.Match[str]) -> bool:
        """ "Donald Brackett and Hillary Clinton vied ...": two people named in full, each opening
        with a given name (English only: "Dinas Pendidikan dan Kebudayaan" is one body)."""
        if self.lex.lang != "en" or joiner.group().strip() != "and":
            return False
        return names_two_people(piece[lo : joiner.start()].split(), piece[joiner.end() :].split(), self.lex)

    def known(self, name: str) -> int | None:
        """The person a short name ("Wahid") or a nickname the article gave stands for."""
        tokens = _tokens(name)
        if tokens in self.nicknames:
            return self.nicknames[tokens]
        for index in range(len(self.people) - 1, -1, -1):
            if tokens and _matches(tokens, self.people[index]):
                return index
        return None

    def _first_known(self, name: str) -> int | None:
        """The first person named whose name holds every word of `name` (nicknames first)."""
        tokens = _tokens(name)
        if tokens in self.nicknames:
            return self.nicknames[tokens]
        return next((k for k, person in enumerate(self.people) if tokens and _matches(tokens, person)), None)

    def subject_between(self, lo: int, hi: int, quoted: list[tuple[int, int]]) -> int | None:
        """The last person who opens a sentence in `lo:hi`, outside statement spans `quoted`."""
        entry = self._subject_entry(lo, hi, quoted)
        return entry[1] if entry is not None and entry[1] != -1 else None

    def _subject_entry(self, lo: int, hi: int, quoted: list[tuple[int, int]]) -> tuple[int, int] | None:
        """(where, ref) of the last sentence subject in `lo:hi` outside `quoted` (ref -1: not one
        to trust); None when there is none."""
        # Subjects are recorded in text order: walk back from `hi` (bounded, so huge texts stay linear).
        index = bisect_left(self.subjects, (hi, -2))
        while index > 0:
            index -= 1
            position, ref = self.subjects[index]
            if position < lo:
                return None
            if not any(s <= position < e for s, e in quoted[-8:]):
                return position, ref
        return None

    def add(self, mention: ParsedMention, position: int) -> int:
        name = mention.name or mention.org or ""
        tokens = _tokens(name)
        if tokens in self.nicknames:
            person = self.people[self.nicknames[tokens]]  # "Jowir" after "Presiden Joko Wiranggono"
            if mention.role and not person.role:
                person.role, person.region = mention.role, mention.region
            return self.nicknames[tokens]
        matching = []
        others = []  # people of this name the mention's post says it is not
        for index, person in enumerate(self.people):
            if person.tokens == tokens or (
                (len(tokens) < len(person.tokens) or len(tokens) == 1) and _matches(tokens, person)
            ):
                if (
                    len(tokens) < len(person.tokens)
                    and (self._private(mention) or _introduced_by_post(mention))
                    and self._introduces_another(person, mention)
                ):
                    others.append(index)  # "Kepala Sekolah X, Budi" after "Kepala Dinas Budi Hartono"
                    continue
                matching.append(index)
                if self.lex.lang != "en" and index not in self.apart:
                    break  # the first named is the one (see _of_shared_name): no need to read on
        if self.lex.lang == "id" and len(matching) > 1:
            # ("kata Budi" with a village head Budi and a regent Budi Hartono introduced): the one
            # introduced last before this mention
            before = [k for k in matching if k in self.apart and self.people[k].position <= position]
            matching = [max(before, key=lambda k: self.people[k].position)] if before else matching[:1]
        if matching:
            head = mention.printed.rsplit(None, 1)[0] + " " if " " in mention.printed.strip() else ""
            index = self._of_shared_name(matching, _title_gender(head))
            person = self.people[index]
            if mention.role and (
                not person.role
                or is_member_title(person.role)
                or (
                    self.lex.lang == "id"
                    and mention.role.endswith(" " + person.role)
                    and not any(w.casefold() in self.lex.roles for w in person.role.split())
                )
            ):
                # ("Councillor X" first, then "Councillor X, leader of Y Council": the post held;
                # "Pengamat ekonomi Universitas X, Y": the scan's capitalised run read only the
                # body, "Universitas X", the speech verb's subject gives the post in full)
                person.role, person.region = mention.role, mention.region
            elif mention.region and not person.region and set(_office(person.role, self.lex)) & _STATE_SEATS:
                # "Sen. Bob Corker's bill", then "Chairman Bob Corker (R-Tenn.)": the senator's state
                person.region = mention.region
            return index
        if self.lex.lang == "en" and (marked := self._with_generation_dropped(tokens, mention, position)) is not None:
            return marked
        if mention.name and not others and (clipped := self._clipped(tokens)) is not None:
            others = [clipped] if self._introduces_another(self.people[clipped], mention) else []
        if others:
            # (another person, of a name that is a first word or a clipped form of one named before:
            # "Seorang petani, Karta" after "Kepala Dinas Pertanian, Kartawijaya")
            self.people.append(Person(name, mention.role, mention.region, position, tokens))
            self.apart.update([*others, len(self.people) - 1])
            return len(self.people) - 1
        words = name.split()
        if self.lex.lang == "id" and len(words) >= 2 and not mention.role and not mention.org:
            glued = self._before_glued_sentence(name)
            if glued is not None:
                return glued
        if len(words) == 2 and words[0].casefold() in ADDRESS_WORDS and not mention.role:
            # "Cak Eri" after "Wali Kota Surabaya Eri Cahyadi": a word of address and a name it knows.
            ref = self.known(words[1])
            if ref is not None and not self.people[ref].organisation:
                self.nicknames[tokens] = ref
                return ref
        if len(tokens) == 1 and name.isupper() and 2 <= len(name) <= 4:
            # "SYM" for Syamsul Yasin Mappa: initials of exactly one person named in full.
            holders = [k for k, p in enumerate(self.people) if not p.organisation and _initials(p.name) == name]
            if len(holders) == 1:
                return holders[0]
        for index, person in enumerate(self.people):
            if len(person.tokens) < len(tokens) and person.tokens <= tokens and self._fuller_name_of(person, words):
                if self._introduces_another(person, mention):
                    # "Kepala Desa X, Budi" then "Pj Bupati Y Budi Hartono": two people
                    self.apart.update((index, len(self.people)))
                    break
                person.name, person.tokens = name, tokens  # the fuller form wins
                person.role = person.role or mention.role
                self._learn_well_known(index)
                return index
        organisation = not mention.name and bool(mention.org)
        if not organisation and len(words) == 1 and (address := self._address_before(mention)):
            # "Gus Ipul", "Cak Imin" with no full name in the article: the word of address is
            # part of the name the person is known by.
            name, tokens = f"{address} {name}", _tokens(f"{address} {name}")
        if not organisation and (same := self._clipped(tokens)) is not None:
            return same
        if not organisation and (same := self._misspelt(name, tokens, mention.role)) is not None:
            return same
        if not organisation and len(tokens) == 1 and (same := self._misspelt_word(name)) is not None:
            return same
        self.people.append(Person(name, mention.role, mention.region, position, tokens, organisation))
        if not organisation:
            self._learn_well_known(len(self.people) - 1)
            printed = mention.printed.split()
            if (
                words
                and words[0] in printed
                and (at := printed.index(words[0]))
                and printed[at - 1].casefold() in RESPECT_WORDS
            ):
                # "Romo Muhammad Syafi'i": later "Romo menyampaikan" is the same person.
                self.nicknames.setdefault(_tokens(printed[at - 1]), len(self.people) - 1)
        return len(self.people) - 1

    def _introduces_another(self, person: Person, mention: ParsedMention) -> bool:
        """Whether an Indonesian mention that shares a name's first word with `person` introduces
        someone else: it prints a post other than the one `person` was introduced with ("Kepala
        Desa Senayan, Budi" and "Pj Bupati Sumbawa Barat Budi Hartono"), or describes a member
        of the public where `person` holds an office. A past post ("mantan Kepala Desa") may be
        the same person's, and a post held in full is never another's."""
        if self.lex.lang != "id" or person.organisation or not person.role or not (mention.role or mention.name):
            return False
        if not mention.role:
            return self._private(mention) and bool(_office(person.role, self.lex))
        if is_past_post(person.role.split()[:1]) or is_past_post(mention.role.split()[:1]):
            return False
        private, held = self._private(mention), describes_private_person(person.role)
        if private or held:
            # (a trader named like an official; "Warga Desa X, Budi" and "Camat Budi Santoso")
            return private != held and bool(_office(mention.role if held else person.role, self.lex))
        if not (_office(person.role, self.lex) and _office(mention.role, self.lex)):
            return False  # ("Ke depannya, Sutarno": no post, the words a sentence opens with)
        return _post_head(person.role) != _post_head(mention.role)

    def _private(self, mention: ParsedMention) -> bool:
        """Whether an Indonesian mention introduces a member of the public: a resident's or a
        trade's words ("Seorang pedagang, X"), or no office and what only such people are given,
        "seorang" before the words or the age after the name ("Nakhoda kapal, X (46)", "Seorang
        pendonor, X")."""
        if describes_private_person(mention.role):
            return True
        if _office(mention.role, self.lex) or not mention.name:
            return False
        printed = mention.printed.strip()
        aged = re.search(rf"{re.escape(mention.name)}\s*\(\d{{1,3}}\)?$", printed) is not None
        return aged or printed.casefold().startswith(("seorang ", "salah seorang "))

    def _with_generation_dropped(self, tokens: frozenset[str], mention: ParsedMention, position: int) -> int | None:
        """ "Robert Lucindo" after "Agriculture Secretary Robert Lucindo Jr.": English copy drops
        the generation's mark once it has named the man with it, so a bare full name is the one
        person named so with a mark; not when the name comes with a post or as a relative of
        someone ("His father, Robert Lucindo"), nor when two generations are named."""
        if mention.role or mention.org or len(tokens) < 2 or not tokens.isdisjoint(_GENERATIONS):
            return None
        before = self.text[max(0, position - _KIN_REACH) : position].casefold()
        if any(word.strip(",.'’s") in KIN_GENDER_EN for word in before.split()):
            return None
        marked = [
            k
            for k, person in enumerate(self.people)
            if not person.organisation and tokens < person.tokens and person.tokens - tokens <= _GENERATIONS
        ]
        return marked[0] if len(marked) == 1 else None

    def private_namesake(self, ref: int, mention: ParsedMention) -> int:
        """The member of the public who shares the full name of office holder `ref`, when
        `mention` prints that name with what a private person is ("Dewi Lestari, warga Kelurahan
        Cempaka" in an article that also quotes "Wali Kota Sukamaju Dewi Lestari", in either
        order): one more person of that name, the same one at each such mention; else `ref`."""
        person = self.people[ref]
        if person.organisation or not person.role or not _office(person.role, self.lex):
            return ref
        if describes_private_person(person.role) or not self._describes_private(mention, person.name):
            return ref
        if ref not in self.namesakes:
            self.namesakes[ref] = len(self.people)
            self.people.append(Person(person.name, None, None, person.position, person.tokens))
        return self.namesakes[ref]

    def _describes_private(self, mention: ParsedMention, name: str) -> bool:
        """Whether `mention` says its person is a member of the public (a resident, a trader)."""
        if describes_private_person(mention.role):
            return True
        at = mention.printed.find(name)
        if at < 0:
            return False
        described = description_at(mention.printed, at, at + len(name), self.lex)
        # ("Mark Ellison, a former teacher": what the official was, not another person)
        return (
            described is not None
            and describes_private_person(described[0])
            and described[0].split()[0].casefold() not in _PAST_WORDS
        )

    def _fuller_name_of(self, person: Person, words: list[str]) -> bool:
        """Whether `words`, a name holding every word of `person`'s, is that person's fuller name.
        English prints a short name as the full name's first or last words ("Obama" in "Barack
        Obama", not in a quoted "Barack Obama Election Day"), and a title before the short name
        gives a gender the full name's given name must not contradict ("Mr. Obama" is not
        "Michelle Obama")."""
        if self.lex.lang != "en" or person.organisation:
            return True
        short = [w.casefold() for w in person.name.split()]
        full = [w.casefold() for w in words]
        if full[: len(short)] != short and full[-len(short) :] != short:
            return False
        if len(short) >= 2 and not _GENERATIONS.isdisjoint(w.rstrip(".") for w in full[len(short) :]):
            return False  # "Robert Kline Jr." after "Robert Kline": the son, not the father's fuller name
        if any(w in _NAMED_AFTER_SOMEONE or w in self.lex.institutions for w in full if w not in short):
            return False  # "Obama Speech", "Barack Obama Election Day", "Clinton Foundation": named after him
        given = given_name_genders().get(full[0])
        if given is None or len(short) != 1 or not any(title in self.text for title in _GENDER_TITLES):
            return True
        return all(
            _TITLE_GENDER[m.group(1).casefold()] == given
            for m in _GENDER_TITLE.finditer(self.text)
            if m.group(2).casefold() == short[0]
        )

    @staticmethod
    def _address_before(mention: ParsedMention) -> str | None:
        """The word of address that makes a nickname with a one-word name ("Gus" in "kata Gus
        Ipul"); not the polite "Pak", "Bu" of any name."""
        printed = mention.printed.split()
        name = (mention.name or "").split()
        if len(printed) < 2 or len(name) != 1 or printed[-1] != name[0]:
            return None
        word = printed[-2]
        return word if word.casefold() in _NICKNAME_ADDRESS and word[:1].isupper() else None

    def _learn_well_known(self, index: int) -> None:
        """A well-known nickname and the full name it stands for are one person here, whichever
        the article prints first ("Jowir", "Presiden Joko Wiranggono"): extraction's nickname table
        learns the other form."""
        person = self.people[index]
        for other in _well_known().get(person.tokens, ()):
            self.nicknames.setdefault(other, index)

    def _a_common_word(self, mention: ParsedMention) -> bool:
        """A one-word "name" with no post that the article also prints in lower case and that
        names no one it knows ("Sulit", "Upaya", "Polisi"; "Budi" is rarely printed "budi")."""
        name = mention.name or ""
        return " " not in name and not mention.role and name.casefold() in self.common and self.known(name) is None

    def _clipped(self, tokens: frozenset[str]) -> int | None:
        """The one person whose name a single clipped word starts ("Dody" for "FX Hadi Dodyatmo")."""
        if len(tokens) != 1:
            return None
        (short,) = tokens
        if len(short) < _CLIPPED_MIN:
            return None
        found = {
            i
            for i, p in enumerate(self.people)
            if not p.organisation
            and any(
                (t.startswith(short) or (self.lex.lang == "id" and t.endswith(short)))
                and len(t) - len(short) >= _CLIPPED_REST
                for t in p.tokens
            )
        }  # ("Yono" for "Suharyono": Javanese names are called by their end too)
        return found.pop() if len(found) == 1 else None

    def _misspelt(self, name: str, tokens: frozenset[str], role: str | None) -> int | None:
        """A person named already whose name this one misspells ("Kholifah Indah Purwanigsih"):
        one word in common, the rest a letter or two apart, and no other post."""
        office = _office(role, self.lex)
        for index, person in enumerate(self.people):
            if person.organisation or len(person.tokens) != len(tokens) or not (person.tokens & tokens):
                continue
            held = _office(person.role, self.lex)
            if office and held and held != office:
                continue
            if (
                role
                and person.role
                and role.casefold() not in person.role.casefold()
                and (person.role.casefold() not in role.casefold())
            ):
                continue  # "Kepala Dinas Perhubungan X, Andi Rahmad" beside the Kepala Dinas PUPR Andi Rahmat
            if another_given_name(name.split(), person.name.split()):
                continue  # "Erica Garner" is not "Eric Garner" misspelt: a name of its own
            if not _same_generation(tokens, person.tokens):
                continue  # "Michael Kline Jr." is not "Michael Kline Sr." misspelt: the son
            if fuzz.ratio(name.casefold(), person.name.casefold()) >= _MISSPELT_RATIO:
                return index
            mine, theirs = tokens - person.tokens, person.tokens - tokens
            if len(mine) == 1 and len(theirs) == 1 and _one_vowel_apart(next(iter(mine)), next(iter(theirs))):
                return index  # "Ten Wei" for "Tan Wei": a short name, a vowel apart
        return None

    def _of_shared_name(self, matching: list[int], gender: str | None = None) -> int:
        """Which of several people an English surname they share stands for ("Brackett" with Donald
        and Melania Brackett named): the first named who holds an office, else the first named. A
        title or a given name tells them apart where the article prints one."""
        if self.lex.lang != "en" or len(matching) == 1:
            return matching[0]  # Indonesian shares given names ("kata Andi"): the first named, as printed
        of_gender = [k for k in matching if gender and self.people[k].gender == gender]
        if of_gender:
            return of_gender[0]  # "Mrs. Brackett said": the woman of the two
        return next((k for k in matching if _office(self.people[k].role, self.lex)), matching[0])

    def _misspelt_word(self, word: str) -> int | None:
        """The one person named in full with a word this one-word reference misspells by a vowel
        ("urai Nanato" for Nonato Sarmento, "Fahmi" for Fahmy Radhi, "Khalifah" for Kholifah):
        same length, one letter apart, both letters vowels (y counted as one), or a vowel more or
        less ("Steven" for Steaven Rumondor); or spells another
        way ("Tedy" for Teddy Ardian, "Julian" for Yulian Perdana, "Soeharto" for Suharto); or
        swaps two letters side by side ("Artdijo" for Artidjo Alkostar)."""
        key = word.casefold()
        if len(key) < 4:
            return None
        spelt = _spelling(key)
        found = {
            index
            for index, person in enumerate(self.people)
            if not person.organisation and len(person.tokens) >= 2
            for token in person.tokens
            if _one_vowel_apart(key, token)
            or (abs(len(token) - len(key)) == 1 and _one_vowel_more(key, token))
            or (token != key and _spelling(token) == spelt)
            or _two_letters_swapped(key, token)
        }
        return found.pop() if len(found) == 1 else None

    def names_office(self, role: str | None) -> bool:
        """Whether a printed role holds an office word ("Ketua", "Bupati"), not only a description."""
        return bool(_office(role, self.lex))

    def _opens_before(self, lead: str) -> bool:
        """Whether what comes before a sentence's subject leaves it the subject: nothing, an opening
        clause, a post's words ("Florida Gov.", "Republican nominee"), "the", "former"."""
        words = lead.rsplit(",", 1)[-1].split() if "," in lead else lead.split()
        return (
            all(w[:1].isupper() or w.casefold() in self.lex.roles or w.casefold() in _BEFORE_SUBJECT for w in words)
            or self._after_connective(lead)  # "And even Obama tried ..., noting that ..."
            # ("Brackett campaign manager Corey Lewandowski rejected ...": a post of a few words)
            or (0 < len(words) <= _POST_LEAD_WORDS and words[-1].casefold() in self.lex.roles)
        )

    def _sentence_subject(self, position: int, last: int | None, quoted: list[tuple[int, int]]) -> int | None:
        """Who a second verb's statement belongs to ("..., saying", "... and said"): the person
        who opens the sentence; the one a pronoun opening it stands for ("He visited the school
        and said"); the holder of the post a description opening it gives ("The GOP nominee");
        the body it opens with; else no one (a description, "A spokesman for the union")."""
        sentence = sentence_start(self.text, position)
        while sentence > 2 and (title := _TITLE_BEFORE.search(self.text, max(0, sentence - 8), sentence)):
            sentence = sentence_start(self.text, title.start())  # "Florida Gov. Rick Scott ...": one sentence
        if (
            last is not None
            and quoted
            and (
                (quoted[-1][0] >= sentence and self.text[sentence : sentence + 1] in _QUOTE_OPENERS)
                # ('"... We're going to pick up delegates," he said, adding that ...': a quote of two
                # sentences, its cue and the participle in the last)
                or (
                    quoted[-1][1] <= position < quoted[-1][1] + _CUE_REACH
                    and self.text[quoted[-1][1] : quoted[-1][1] + 1] in _QUOTE_OPENERS + ",."
                    and sentence_start(self.text, position) <= quoted[-1][1]
                )
            )
        ):
            return last  # '"We need change," Brackett said, arguing that ...': who the quote's cue names
        entry = self._subject_entry(sentence, position, quoted)
        if entry is not None and entry[1] != -1:
            opener, subject = entry
            if self._opens_before(self.text[sentence:opener]):
                return subject
            return None  # "The statement congratulated President X and stressed ...": X is its object
        pronoun = _PRONOUN_OPENING.match(self.text, sentence, position)
        if pronoun is not None:
            word = pronoun.group(1)
            return self.resolve(ParsedMention(printed=word, pronoun=True), position, last, sentence, quoted)
        epithet = _EPITHET_OPENING.match(self.text, sentence)
        if epithet is not None and any(w.islower() and w in self.lex.roles for w in epithet.group(1).split()):
            return self.by_role(epithet.group(1), position)  # "The GOP nominee ..., suggesting ..."
        if self.lex.lang == "en" and (owned := _POSSESSIVE_OPENING.match(self.text, sentence, position)) is not None:
            # "Newport Council's leader has defended plans ..., saying": the leader, not the council
            for cut in range(len(owned.group(1).split()), 0, -1):
                printed = " ".join(owned.group(1).split()[:cut])
                if (held := possessive_post(printed, self.lex.roles)) is not None:
                    return self._possessive_holder(printed, held, position, last, quoted)
        opening = _NAMED_BODY.match(self.text, sentence + (4 if self.text.startswith("The ", sentence) else 0))
        if opening is not None:
            return self._body("it", opening.end() + 1, None, [])
        first = _FIRST_WORD.match(self.text, sentence) if self.lex.lang == "en" else None
        named = parse_mention(first.group(1), self.lex) if first is not None else None
        if named is not None and named.org:
            return self.add(named, sentence)  # "BuzzFeed, which does not disclose ..., denied the report, saying ..."
        return None

    def by_role(self, role: str, position: int) -> int | None:
        """The person last named before `position` who holds the office `role` names: its exact
        holder first, else one whose office ends with it; never a deputy ("kata Presiden" is not
        the Wakil Presiden's)."""
        short = f"({role.strip().casefold()})"
        defined = [
            k for k, p in enumerate(self.people) if p.position <= position and short in (p.role or "").casefold()
        ]
        if defined:
            return defined[-1]  # "Kepala Dinas Penerangan AD (Kadispenad) X ... ungkap Kadispenad"
        spelled = _UNIT_HEAD_SPELLED.match(role.strip().casefold())
        if spelled is not None:
            # "kata Kadispen TNI AL" for "Kepala Dinas Penerangan TNI AL X": the head's word spelled out.
            head, unit = _UNIT_HEADS[spelled.group(1)], spelled.group(2)
            holders = [
                k
                for k, person in enumerate(self.people)
                if person.position <= position
                and (held := (person.role or "").casefold()).startswith(head)
                and held[len(head) :].split()[:1]
                and held[len(head) :].split()[0].startswith(unit)
            ]
            # ("Kadisdik" for "Kepala Dinas Pendidikan", "Kadishub" for "... Perhubungan": the
            # unit's letters in order inside its word, when no unit opens with them)
            holders = holders or [
                k
                for k, person in enumerate(self.people)
                if person.position <= position
                and (held := (person.role or "").casefold()).startswith(head)
                and held[len(head) :].split()[:1]
                and _spelled_in(unit, held[len(head) :].split()[0])
            ]
            if holders:
                return holders[-1]
        if self.lex.lang == "id" and (coined := _MINISTER_SHORT.fullmatch(_folded_post(role))) is not None:
            holder = self._minister_of_short_form(coined, position)
            if holder is not None:
                return holder
        if self.lex.lang == "id" and (coordinating := _COORDINATING.get(_folded_post(role))) is not None:
            # "kata Menko" after "Menteri Koordinator Bidang Pangan X": the last one named
            holders = [
                k
                for k, person in enumerate(self.people)
                if person.position <= position and _folded_post(person.role or "", spaced=True).startswith(coordinating)
            ]
            if holders:
                return holders[-1]
        if self.lex.lang == "id" and (other := self._holder_of_other_form(role, position)) is not None:
            return other
        wanted = _office(role, self.lex)
        if not wanted:
            return None
        exact = ending = None
        for index, person in enumerate(self.people):
            office = _office(person.role, self.lex)
            if person.position > position or office[-len(wanted) :] != wanted:
                continue
            if office == wanted:
                exact = index
            elif office[0] not in _DEPUTY_WORDS:
                ending = index
        return exact if exact is not None else ending

    def _holder_of_other_form(self, role: str, position: int) -> int | None:
        """The person last named before `position` whose post opens with the other form of the
        local post `role` ("Kades" for "Kepala Desa X", "Kepala Desa" for "Kades X"); None when
        `role` is no such post or no one holds it."""
        folded = _folded_post(role, spaced=True)
        other = _POST_SHORT_FORMS_ID.get(folded) or _POST_LONG_FORMS_ID.get(folded)
        if other is None:
            return None
        holders = [
            k
            for k, person in enumerate(self.people)
            if person.position <= position
            and (held := _folded_post(person.role or "", spaced=True))
            and (held == other or held.startswith(other + " "))
        ]
        return holders[-1] if holders else None

    def _minister_of_short_form(self, short: re.Match[str], position: int) -> int | None:
        """The minister named before `position` whose portfolio a coined short form spells
        ("Mendagri" for "Menteri Dalam Negeri X", "Menko Pangan" for "Menteri Koordinator Bidang
        Pangan X"): its letters in order in the portfolio's, a syllable printed whole or the first
        letters alike preferred ("Mentan" is the Menteri Pertanian's, not the Menteri Pertahanan's);
        None when two fit alike."""
        deputy, coordinating, letters = bool(short.group(1)), bool(short.group(2)), short.group(3)
        if coordinating:
            # ("Menkominfo", "Menkop": "ko" opens the portfolio, when no coordinating minister fits)
            holder = self._minister_spelled(deputy, True, letters, position)
            return holder if holder is not None else self._minister_spelled(deputy, False, "ko" + letters, position)
        return self._minister_spelled(deputy, False, letters, position)

    def _minister_spelled(self, deputy: bool, coordinating: bool, letters: str, position: int) -> int | None:
        """See _minister_of_short_form."""
        fits: list[tuple[int, int]] = []
        for index, person in enumerate(self.people):
            if person.position > position or not person.role:
                continue
            words = _folded_post(person.role, spaced=True).split()
            if deputy != (words[:1] == ["wakil"]):
                continue
            words = words[1:] if deputy else words
            if words[:1] != ["menteri"] or coordinating != (words[1:2] == ["koordinator"]):
                continue
            portfolio = "".join(w for w in words[2 if coordinating else 1 :] if w not in _PORTFOLIO_LINKS_ID)
            if portfolio and _spelled_in(letters, portfolio):
                fits.append((2 if letters in portfolio else int(letters[0] == portfolio[0]), index))
        if not fits:
            return None
        rank = max(fits)[0]
        best = {index for fit, index in fits if fit == rank}
        return best.pop() if len(best) == 1 else None

    def _holder_of_initials(self, mention: ParsedMention) -> int | None:
        """Who "the DG" or "the NSA" is: the person named before with a post whose words' initials
        spell it ("NYSC Director-General Y. D. Ahmed", "National Security Adviser Nuhu Ribadu"),
        the run of words holding an office word (a body's initials, "the CBN", stay the body's)."""
        short = mention.org or ""
        if not (2 <= len(short) <= 5 and short.isalpha() and short.isupper()):
            return None
        if mention.printed.strip()[:4].casefold() != "the " or mention.printed.strip()[4:] != short:
            return None
        for index in range(len(self.people) - 1, -1, -1):
            person = self.people[index]
            if person.organisation or not person.role:
                continue
            words = [w for w in _POST_WORD.findall(person.role) if w.casefold() not in _INITIAL_SKIPS]
            for at in range(len(words) - len(short) + 1):
                run = words[at : at + len(short)]
                if "".join(w[0] for w in run).upper() == short and any(w.casefold() in self.lex.roles for w in run):
                    return index
        return None

    def _qualified_holder(self, role: str, position: int) -> int | None:
        """Who "the French president" is: the person named last before `position` whose post has
        the same office and every capitalised word of the epithet in its post or region ("French
        President X", not "President Bush"; "the Vermont senator" is "Senator X of Vermont", not the
        senator from Texas quoted since); None when the epithet has no such word."""
        wanted = _office(role, self.lex)
        # ("the home secretary": English prints the portfolio in lower case, and it qualifies as much)
        qualifiers = [
            w.casefold()
            for w in _WORD.findall(role)
            if w.casefold() not in wanted and (w[:1].isupper() or (self.lex.lang == "en" and is_portfolio_word(w)))
        ]
        if not wanted or not qualifiers:
            return None
        deputy = _names_deputy(role)
        holders = [
            k
            for k, p in enumerate(self.people)
            if p.position <= position
            and _office(p.role, self.lex)[-len(wanted) :] == wanted
            and all(_qualifies(q, f"{p.role or ''} {p.region or ''}") for q in qualifiers)
            # ("the foreign secretary" is never the shadow foreign secretary)
            and (deputy or not _names_deputy(p.role))
        ]
        return holders[-1] if holders else None

    def _described(self, words: list[str], position: int) -> int | None:
        """Who a descriptive epithet that names no post stands for: the person named last before
        `position` whose post or region holds every capitalised word after its head ("Politikus
        PDIP itu" after the Ketua DPD PDIP and a Golkar chair spoke), the head of government of
        a place for "orang nomor satu di Garut itu"; None when the epithet has no such word."""
        folded = [w.casefold() for w in words]
        if not _ORIGIN_OR_PAST.isdisjoint(folded):
            return None  # "Pria kelahiran Garut itu", "mantan Kapolres Garut itu": not who holds a post there now
        qualifiers = [w.casefold() for w in words[1:] if w[:1].isupper() and w.casefold() not in self.lex.roles]
        if not qualifiers:
            return None
        matching = [
            k
            for k, p in enumerate(self.people)
            if p.position <= position
            and not p.organisation
            and all(_qualifies(q, f"{p.role or ''} {p.region or ''}") for q in qualifiers)
        ]
        if folded[:3] == ["orang", "nomor", "satu"]:
            matching = [
                k
                for k in matching
                if not _HEADS_OF_GOVERNMENT.isdisjoint(_office(self.people[k].role, self.lex))
                and not _names_deputy(self.people[k].role)
            ]
        return matching[-1] if matching else None

    def _fitted(self, kind: tuple[Kind, str], position: int, last: int | None, subject: int | None) -> int | None:
        """Who an Indonesian epithet of `kind` stands for: the subject the sentence or paragraph
        just introduced, else the person speaking, the first of them it fits, else the first of
        them the article does not say enough about; else the last one named before `position` it
        fits; None when it fits none of them."""
        order = [r for r in (subject, last) if r is not None and r >= 0 and not self.people[r].organisation]
        told = {ref: self._fits(kind, ref) for ref in order}
        chosen = next((r for r in order if told[r]), None)
        if chosen is None:
            chosen = next((r for r in order if told[r] is None), None)
        if chosen is None:
            before = (k for k in range(len(self.people) - 1, -1, -1) if self.people[k].position <= position)
            chosen = next((k for k in before if not self.people[k].organisation and self._fits(kind, k)), None)
        return chosen

    def _fits(self, kind: tuple[Kind, str], ref: int) -> bool | None:
        """Whether an epithet of `kind` fits the person `ref` as the article first names them."""
        person = self.people[ref]
        start = sentence_start(self.text, person.position)
        introduced = self.text[start : sentence_end(self.text, person.position)]
        return fits(*kind, person.role, introduced, person.name)

    def _gives_post(self, ref: int | None, role: str | None) -> int | None:
        """`ref`, filed with the post an epithet gives it when the article has given it none."""
        if ref is not None and role and not self.people[ref].role and not self.people[ref].organisation:
            self.people[ref].role = role
        return ref

    def _latest_agreeing_official(self, position: int, pronoun: str) -> int | None:
        """The office holder named last before `position` whom `pronoun` may stand for."""
        holders = [
            k
            for k, p in enumerate(self.people)
            if p.position <= position and _office(p.role, self.lex) and not p.organisation and self.agrees(k, pronoun)
        ]
        return max(holders, key=lambda k: self.people[k].position) if holders else None

    def latest_official(self, position: int) -> int | None:
        best = None
        for index, person in enumerate(self.people):
            if _office(person.role, self.lex) and person.position <= position:
                best = index
        return best

    def resolve(
        self, mention: ParsedMention, position: int, last: int | None, since: int, quoted: list[tuple[int, int]]
    ) -> int | None:
        """Index of the person `mention` stands for, registering new names; None if unknown."""
        if mention.pronoun and mention.printed.strip().casefold() in COORDINATORS and self.lex.lang == "en":
            # "Brackett's campaign expanded its ad buys ... and announced plans": the campaign that
            # opens the sentence (after any opening clause) is the second verb's subject too.
            sentence = sentence_start(self.text, position)
            opening = _CAMPAIGN_OPENING.match(self.text, sentence, position)
            if opening is not None and (campaign := campaign_reference(opening.group(1))) is not None:
                return self.resolve(campaign, sentence, last, since, quoted)
            group = _GROUP_OPENING.match(self.text, sentence, position)
            if group is not None and unnamed_group(group.group(1)):
                return None  # "Republican lawmakers in Washington had distanced themselves ... and called for"
            # "The council leader, who ..., visited the school and said ...": the sentence's
            # subject, never the last speaker of another sentence.
            return self._sentence_subject(position, last, quoted)
        if mention.pronoun and mention.printed.strip().casefold() in COORDINATORS and self.lex.lang == "id":
            # "Melalui acara ini, PT X meluncurkan ..., dan menegaskan ...": the sentence's subject,
            # and no one when a company opens it; else (an agency an official speaks for: "Dinas
            # Perhubungan melarang ... dan mengimbau ...") the one speaking, as before
            subject = self._sentence_subject(position, last, quoted)
            sentence = sentence_start(self.text, position)
            if subject is not None or _COMPANY_OPENING.match(self.text, sentence, position):
                return subject

        if (
            self.lex.lang == "en"
            and mention.role
            and not (mention.name or mention.org or mention.pronoun or mention.body)
            and (possessed := possessive_post(mention.printed, self.lex.roles)) is not None
        ):
            return self._possessive_holder(mention.printed, possessed, position, last, quoted)
        if mention.body is not None and mention.body.endswith((" campaign", " office")):
            # "Her campaign announced ...": the campaign of the candidate the pronoun stands for;
            # "His office said": the office of the official it stands for.
            pronoun = "she" if mention.body.startswith("her") else "he"
            subject = self.subject_between(since, position, quoted)
            owner = next(
                (r for r in (subject, last) if r is not None and r >= 0 and not self.people[r].organisation),
                None,
            )
            if owner is None or not self.agrees(owner, pronoun) or pronoun == "she":
                # (her: a woman the sentence before names, never someone of unknown gender, who is
                # more often a man here, nor the last woman named anywhere before)
                owner = self._named_before(position, _PRONOUN_GENDER[pronoun])
            if owner is None:
                return None
            surname = self.people[owner].name.split()[-1]
            body = f"{surname} campaign" if mention.body.endswith(" campaign") else f"{surname}'s office"
            return self.add(ParsedMention(printed=mention.printed, org=body), position)
        if mention.body is not None:
            return self._body(mention.body, position, last, quoted, mention.printed)
        if mention.pronoun and mention.printed in PARTICIPLE_CUES:
            # "X rejected the call, saying ...": the subject of the sentence, or the body it opens
            # with ("The DNC disclosed the intrusions, saying ..."); never the last speaker.
            return self._sentence_subject(position, last, quoted)
        if mention.pronoun and " " in mention.printed.strip():
            # A post-shaped epithet ("Sekda itu") goes to the holder of that post; any other
            # ("adik ipar Presiden X itu"): the person already speaking, never X.
            words = [w for w in _WORD.findall(mention.printed) if w.casefold() not in EPITHET_DETERMINERS]
            english_epithet = mention.printed.casefold().startswith("the ")
            if words and words[0].casefold() in self.lex.roles:
                # Only a post ("Sekda itu", "the minister"): its holder here, or nobody, never a
                # guess. "Mantan anggota DPR ini" and "adik ipar Presiden X itu" fall through.
                # "Gubernur Jatim itu" after two governors spoke: the one of Jawa Timur.
                qualified = self._qualified_holder(mention.role, position) if mention.role else None
                holder = (
                    qualified
                    if qualified is not None
                    else self.by_role(" ".join(w for w in words if w.casefold() in self.lex.roles), position)
                )
                if holder is not None:
                    return holder
                if self.lex.lang == "id" and (kind := epithet_kind(words)) is not None:
                    # "kata legislator dari dapil Cianjur itu": a post of many holders, who the
                    # epithet fits
                    return self._fitted(kind, position, last, self.subject_between(since, position, quoted))
                if mention.printed.split()[-1].casefold() in DEMONSTRATIVES:
                    # "tutur Ketum PKB ini" where no one else holds that post here: the person
                    # being quoted, described by a post the article gives only now; before anyone
                    # is quoted, the official who opened a sentence before it ("Perdana Menteri X
                    # tiba di Jakarta. Pemimpin Jepang itu menekankan ...").
                    if last is None and (subject := self.subject_between(since, position, quoted)) is not None:
                        last = subject if subject >= 0 and not self.people[subject].organisation else None
                    if last is not None:
                        return self._gives_post(last, mention.role)
                if not english_epithet:
                    return None
            elif not (english_epithet and mention.role):
                if (described := self._described(words, position)) is not None:
                    return described
                if self.lex.lang == "id" and (kind := epithet_kind(words)) is not None:
                    # "kata legislator dari dapil Cianjur itu", "ujar jenderal bintang dua itu":
                    # someone the epithet fits, never one it does not
                    return self._fitted(kind, position, last, self.subject_between(since, position, quoted))
                if last is None:
                    # No one quoted yet: the person who opens a sentence before it, else the official.
                    last = self.subject_between(since, position, quoted)
                    last = last if last is not None else self.latest_official(position)
                return self._nicknamed(mention.printed, last)
            if (qualified := self._qualified_holder(mention.role or "", position)) is not None:
                return qualified
            if english_epithet and (later := self._holder_named_later(mention.role or "", position)) is not None:
                return later
            # '"...," the prime minister said', "the Tory leader said", where no one holds that
            # post here: the sentence's subject or the person being quoted, as a quote with no cue goes.
            subject = self.subject_between(since, position, quoted)
            return self._gives_post(self._epithet_holder((subject, last), mention.role, position), mention.role)
        if mention.pronoun:
            pronoun = mention.printed.strip()
            subject = self.subject_between(since, position, quoted)
            candidates = (subject, last, self.latest_official(position))
            if self.lex.lang == "en" and pronoun.casefold() == "they":
                return self._plural_speaker(candidates, position)
            agreeing = next((ref for ref in candidates if ref is not None and self.agrees(ref, pronoun)), None)
            wanted = _PRONOUN_GENDER.get(pronoun.casefold())
            if agreeing is not None and wanted == "f" and self.people[agreeing].gender is None:
                # "Officer Porter then assisted Mr. Gray ... / '...,' she said" after Marilyn
                # Mosby spoke: the candidate known to be a woman, not one of unknown gender (not
                # for "he": most people named without a title are men, and one often holds the floor)
                agreeing = next(
                    (r for r in candidates if r is not None and r >= 0 and self.people[r].gender == wanted), agreeing
                )
            known = self._latest_of_gender(pronoun, position)
            if agreeing is None and known is None:
                # '"...?" he asked' after a woman's statement, his and her post both known: the
                # last official the pronoun may stand for
                return self._latest_agreeing_official(position, pronoun)
            if agreeing is None or (
                known is not None
                and _PRONOUN_GENDER.get(pronoun.casefold()) == "f"
                and self.people[agreeing].gender is None
                and self.people[known].position > self.people[agreeing].position
            ):
                # "President Obama ... by director Jennifer Palmieri ... she wrote": the woman named
                # since, not a person of unknown gender named before her. Not for "he": most
                # officials named without a title are men, and a man named in passing ("during
                # Bill Clinton's presidency") must not take the subject's "he said".
                return known
            if self.lex.lang == "en" and agreeing is not None and subject is None and pronoun.casefold() == "she":
                # "... aides say Ivanka Brackett also advises her father ... / "...," she said": the
                # one woman the sentence before names, when the speaker the pronoun would
                # otherwise take is not named there (not for "he", for the reason above).
                named = self._only_named_before(position, pronoun, agreeing)
                if named is not None and named != agreeing:
                    return named
            if (
                self.lex.lang == "id"
                and agreeing is not None
                and agreeing >= 0
                and self.people[agreeing].organisation
                and self.lex.nya_re.fullmatch(pronoun) is not None
                and (head := self._post_in_body(agreeing, position)) is not None
            ):
                return head  # 'Ketua Asosiasi X Y ... Asosiasi X meminta .... "...," ujarnya': Y
            return agreeing
        if mention.name and self._a_common_word(mention):
            return None  # "Upaya mengajak ...", "Polisi menyebutkan ...": a word, no one named
        if mention.name and is_lone_title(mention, self.lex):
            # ("Habib" for "Habiburokhman"; never a new person named "Habib")
            clipped = self._clipped(_tokens(mention.name))
            return clipped if clipped is not None else self.known(mention.name)
        if mention.org and self.lex.lang == "en" and (holder := self._holder_of_initials(mention)) is not None:
            return holder
        if mention.name or mention.org:
            refined = self.refine(mention)
            if not (refined.name or refined.org):
                return None  # ("Pedagang di Jalan Gatot Soebroto mengeluhkan": a street, no one named)
            return self.add(refined, position)
        if (
            mention.role
            and mention.region
            and (held := self._qualified_holder(f"{mention.role} {mention.region}", position)) is not None
        ):
            # '"...," ujar Kapolres Bogor.' after "Kapolres Bogor X dan Kapolres Sukabumi Y": the
            # holder of that place's post, not the holder named last
            return held
        if mention.role:
            return self.by_role(mention.role, position)
        return None

    def _possessive_holder(
        self, printed: str, held: tuple[str, str], position: int, last: int | None, quoted: list[tuple[int, int]]
    ) -> int | None:
        """Who "Penang's chief minister", "Bury Council's leader" is: the holder of that post the
        article introduces, before or after (see possessive.possessive_holder); with none, the
        body only through its spokesman ("the Health Ministry's spokesman"), else no one: a
        council or a state is never the person its leader is."""
        owner, post = held
        office = _office(post, self.lex)
        people = [
            ((), "", "") if p.organisation else (_office(p.role, self.lex), f"{p.role or ''} {p.region or ''}", p.name)
            for p in self.people
        ]
        for k, person in enumerate(self.people):
            # ("Councillor X, the Labour leader of the council, said": the post in apposition,
            # which the registry files under the title before the name)
            aside = self.text[person.position : min(sentence_end(self.text, person.position), person.position + 160)]
            if not person.organisation and re.search(rf",\s+(?:the\s+)?[^,]*?\b{re.escape(post)}\b[^,]*", aside, re.I):
                people[k] = (office, aside, person.name)
        holder = possessive_holder(owner, post, office, people)
        if holder is not None or post.split()[-1] not in VOICES:
            return holder
        if owner.islower():
            return self._body(owner, position, last, quoted, printed)  # "the ministry's spokesman"
        return self.add(ParsedMention(printed=printed, org=owner), position)

    def _post_in_body(self, body: int, position: int) -> int | None:
        """The person named last before `position` whose post is held in the body `body` names
        ("Ketua Asosiasi Pedagang X" for "Asosiasi Pedagang X"): the one a "-nya" cue after the
        body's own sentence stands for."""
        name = self.people[body].name.casefold()
        holders = [
            ref
            for ref, person in enumerate(self.people)
            if not person.organisation
            and person.role
            and person.position < position
            and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", person.role.casefold())
        ]
        return max(holders, key=lambda ref: self.people[ref].position) if holders else None

    def _before_glued_sentence(self, name: str) -> int | None:
        """The person a cue names when the next sentence's first words were glued to the name (a
        full stop lost: '"...," kata Rudy Vaksinasi akan digelar ...'): the longest head of the
        words that names someone known, when the word after it is a word the article prints in
        lower case, a "-nya" word, a body's or a post's word, never a name's."""
        words = name.split()
        for cut in range(len(words) - 1, 0, -1):
            after = words[cut].casefold()
            if not (
                after in self.common
                or after.endswith("nya")
                or after in self.lex.institutions
                or after in self.lex.roles
            ):
                continue
            ref = self.known(" ".join(words[:cut]))
            if ref is not None and not self.people[ref].organisation:
                return ref
        return None
