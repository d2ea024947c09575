"""Reported speech: a speech verb with its subject and the content it reports, e.g.
"Ia menegaskan bahwa <content>", "Menurut X, <content>", "<content>, Ms Hollister told GMTV"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from quotetrack.extract.candidate import Found
from quotetrack.extract.cues import (
    ACCORDING_TO,
    JUDGES,
    QUOTED_AS,
    THAT_AFTER,
    mention_after,
    post_in_lower_case,
    quoted_as_whom,
    subject_mention,
)
from quotetrack.extract.dating import DAY_LEAD_ID, PRESS_TAIL_ID, day_tail
from quotetrack.extract.descriptors import NOT_DESCRIBING_ID, describes_private_person
from quotetrack.extract.mentions import (
    PARTICIPLE_CUES,
    PARTY_BRACKET,
    ParsedMention,
    is_degree,
    parse_mention,
    unnamed_group,
)
from quotetrack.extract.words import Lexicon
from quotetrack.kinds import StatementKind
from quotetrack.text.dates import MONTHS, WEEKDAYS
from quotetrack.text.segment import Span, split_sentences

# ("has pointed out, that's basically ...": "that's" is the clause's own subject, not a "that")
# (", however, that ...": a sentence adverb between commas before the clause)
_AFTER_VERB = re.compile(
    r"[\s,:]*(?:(?:however|though|moreover|too|also|again|instead),\s+)?"
    r"(?:(?:bahwa|kalau|that)\b(?![’'])[\s,]*)?",
    re.IGNORECASE,
)
# "mengatakan kepada wartawan, ..." / "told reporters that ...": the addressee is not content.
_ADDRESSEE = re.compile(r"(?:kepada|pada|to)\s+[^,.]{1,40}?(?:,\s*|\s+(?:bahwa|that)\s+)", re.IGNORECASE)
_TOLD_OBJECT = re.compile(
    r"(?:[^,.;]|(?<=\b(?:Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec))\.|(?<=\bSept)\.){1,60}?\s+that\s+"
)  # ("told delegates at the Republican National Convention that")
# Where and when something was said, between the verb and its "that": "in a statement", "on
# Wednesday", "last month", "at the most recent debate".
# A day of the week, and the part of it ("Tuesday", "Friday night"): when something was said.
# ("late Tuesday", "early on Monday": the part of the day before it)
_WEEKDAY_EN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = rf"(?:(?:late|early)\s+(?:on\s+)?)?{_WEEKDAY_EN}(?:\s+(?:morning|afternoon|evening|night))?"
_CIRCUMSTANCE_THAT = re.compile(
    r"(?:in|on|at|over|during|after|before|earlier|later|last|this|yesterday|today|Monday|Tuesday|Wednesday|"
    rf"Thursday|Friday|Saturday|Sunday|(?:late|early)(?=\s+(?:on\s+)?{_WEEKDAY_EN}))\b[^,.;:\"“”]{{0,50}}?\s+that\s+"
)
# A date, as news copy prints it, between the verb and its "that": "on Feb. 28", "on Monday, March
# 11,", "on March 1, 2024,", "Sept. 12".
_MONTH_EN = "(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
_DATE_THAT = re.compile(
    rf"(?:on\s+)?(?:{_DAY},?\s+)?{_MONTH_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?,?\s+that\s+"
)
# Where and when, set off by a comma before the clause: "suggested in a tweet, women won't be ...".
_CIRCUMSTANCE_COMMA = re.compile(
    r"(?:in|on|at|during|earlier|later|last|this|yesterday|today)\b(?:\s+[^\s,.;:\"“”]+){1,5},\s+(?=\w)"
)
# How often or how openly, between the verb and its "that": "has said repeatedly that ...".
_ADVERB_THAT = re.compile(r"(?:[a-z]+ly|again|often)\s+that\s+")
# A name and a relative clause whose verb reports speech ("Ben Carson, who claimed that ..."),
# and the sentence's own verb after the clause (", is now second").
_RELATIVE_SUBJECT = re.compile(
    r"(?:[A-Z][\w.'’-]*\)?,|[A-Z][\w'’-]*,\s+(?:a|an|the)(?:\s+[\w'’-]+){1,5})\s+who\s+(?:[a-z]+\s+){0,2}$"
)
# Past forms that do not end in -ed: a sentence's own verb after a relative clause (", won the caucus").
_IRREGULAR_PAST = frozenset(
    {"won", "lost", "took", "made", "became", "came", "went", "got", "gave", "led", "left", "met", "ran", "saw"}
    | {"sent", "spent", "held", "kept", "brought", "began", "fell", "rose", "wrote", "spoke", "stood", "paid"}
    | {"drew", "chose", "sought"}
)
_MAIN_CLAUSE = re.compile(
    r",\s+(?:(?:also|now|still|then|later|has|had|have|will|would)\s+)?"
    r"(?:is|was|are|were|has|had|have|will|would|can|could|remains?|becomes?|[a-z]{3,}ed|said|says|told|"
    rf"{'|'.join(sorted(_IRREGULAR_PAST))})\b"
)
_WHO_REACH = 30  # characters before a verb where a relative clause's "who" stands ("who has also said")
_INNER_RELATIVE = re.compile(r",\s+(?:which|who|whose|where)\b")


def _relative_clause_end(text: str, at: int, limit: int) -> int:
    """Where a relative clause that opens at `at` ends: at the comma before the sentence's own
    verb, passing one that closes a relative clause of its own ("that the party, which was
    divided, would unite"); else `limit`."""
    for main in _MAIN_CLAUSE.finditer(text, at, limit):
        if not _INNER_RELATIVE.search(text, at, main.start()):
            return main.start()
        at = main.end()
    return limit


# What follows a verb when it only says where or when: "said in an interview earlier this year".
_CIRCUMSTANCE_ONLY = re.compile(
    r"(?:in|at(?!\s+(?:least|most)\b)|on|from|during|after|before|with|via|through)\s+(?!which\b)"
)
# An auxiliary or modal: what follows the circumstance is a clause ("said in future all schools
# would ...").
_AUXILIARY_EN = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might)\b")
_CLAUSE_AFTER_CIRCUMSTANCE = re.compile(r"[^,.;:\"“”]{1,60}?\s+(?=(?:he|she|they|it|this|there|we|I)\s)")
_TOLD_CLAUSE = re.compile(r"[^,.;:\"“”]{1,60}?\s+(?=(?:he|she|they|it|this|there|we|I|his|her|their)\s)")
# Who was told, when the clause follows with no "that": "told reporters the plan had failed",
# "told the BBC the project was a shambles", "told BBC Radio 4's Today programme it was wrong".
_TOLD_ADDRESSEE = re.compile(
    r"(?:(?:the\s+)?[A-Z][\w.&-]*(?:['’][A-Z][\w-]*)?(?:\s+[A-Z0-9][\w.&-]*){0,4}(?!\s+[A-Z0-9])"
    r"(?:['’]s\s+(?:(?:[A-Z][\w-]*|with|on|of|the|and)\s+){0,4}(?:programme|program|show|podcast)"
    r"|\s+(?:newspaper|paper|magazine|radio|television|channel|website))?"
    r"|reporters|journalists|MPs|MSPs|AMs|MEPs|lawmakers|legislators|senators|delegates|supporters|activists|"
    # ("told the budget committee the deficit ...": a body that heard it, with what it does)
    r"colleagues|members|voters|residents|students|parliament|critics|opponents|investors|officials|workers|"
    r"parents|farmers|protesters|(?:the|an|a)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:audience|crowd|rally|meeting|media|press|chamber|assembly|council|legislature|house|cabinet|forum|summit|briefing|"
    r"conference|committee|inquiry|hearing|panel|court|jury)|him|her|them|us|me"
    # ("telling a Senate committee the rules would ...": a named body's panel)
    r"|(?:the|an|a)\s+(?:[A-Z][\w.&-]*\s+){1,3}(?:committee|panel|hearing|inquiry|conference|caucus))\s+"
    # ("told reporters on Monday the plan ...", "told the BBC yesterday it was ...": when, then what)
    rf"(?:(?:on\s+)?{_DAY}\s+|(?:yesterday|today|last\s+(?:week|night))\s+)?"
    r"(?=(?:the|a|an|his|her|their|its|this|these|those|there|it|he|she|they|we|I|no|some|all)\s"
    # ("told the BBC lessons were being learned": a plural subject and its verb)
    r"|[a-z][\w-]*s\s+(?:were|are|had|have|would|will|could|should|must|remain(?:ed)?)\b)"
)
_TOLD_ADDING = re.compile(r"[^,.;:\"“”]{1,60}?,\s+(?:adding|saying|noting|insisting|warning)\s+(?:that\s+)?")
_TOLD_THEN_QUOTE = re.compile(r"[^,.;:\"“”]{1,60}:\s*[\"“]")
_MENURUT = re.compile(
    # ("Sementara menurut X, ...", "Namun menurutnya, ...": a connective may open the sentence)
    r"(?:(?:Sementara(?:\s+itu)?|Sedangkan|Namun|Adapun|Tetapi|Tapi|Bahkan|Apalagi|Padahal|Maka)\s*,?\s+)?"
    r"(?:[A-Z][a-z]+nya\s+)?"  # ("Sejatinya lanjut Ace, ...": an adverb in -nya first)
    # ("Menurut pengamat ... Dr. Sari Lestari, MT, ...": a title's full stop ends nothing)
    # ("Baginya, ...", "Bagi Euis, ...", "Lanjut Rudy, ...", "Kata dia, ...": a person's view, as "Menurut")
    # ("Berdasarkan keterangan tertulis yang disampaikan prakirawan X, ...": what X's statement says)
    r"(?P<opener>Menurut|According to|Bagi|Lanjut|(?-i:Kata|Ujar|Tutur)(?=\s)"
    r"|Berdasarkan\s+keterangan(?:\s+(?:tertulis|resmi|pers))?(?:\s+yang\s+disampaikan(?:\s+oleh)?|\s+dari)?(?=\s))\s*"
    # ("According to Sen. Bill Nelson (D-Fla.), ...": a title's stop, a member's party and state)
    rf"(?P<m>nya|(?:{PARTY_BRACKET}|[^,.;\"“”]"
    r"|(?:(?<=\b[A-Z])|(?<=Dr)|(?<=Drs)|(?<=Ir)|(?<=Hj)|(?<=KH)|(?<=Prof)|(?<=Sen)|(?<=Rep)|(?<=Gov)|(?<=Mr)|(?<=Mrs)|(?<=Ms))\.){1,80}?)"
    # ("According to Sen. Lindsey Graham, R-S.C., the package ...": his party and state, then the words)
    r"(?:,\s*[RDI]-[A-Z][A-Za-z]*(?:\.[A-Z]?[a-z]*)*\.?(?=,))?"
    r"(?:\s*,\s*|(?<=nya)\s+(?=[a-z]))",  # ("Menurutnya survei hanya ...": no comma after "-nya")
    re.IGNORECASE,
)
# "Pembangunan jembatan itu menurutnya harus selesai ...", "Anggaran itu menurut Rahmat belum
# disetujui": the source set between the subject and the rest of the clause.
_MENURUT_INSIDE = re.compile(
    # ("Angka itu, menurut Kepala Dinas Kesehatan dan Sosial (Dinkessos) Kabupaten X Y, turun ...":
    # a post in full, its "dan" and its short form too)
    r"[\s,](?:menurut(?P<nya>nya)|menurut\s+(?P<m>[A-Z][\w.'’-]*"
    r"(?:\s+(?:[A-Z][\w.'’-]*|dan(?=\s+[A-Z])|\([A-Z][\w.-]*\))){0,10}|dia|ia|beliau))"
    r"(?:\s*,\s+|\s+(?=[a-z]))"  # ("sehingga menurut Hendi, Semarang ...": after a comma, any word)
)
# A degree printed between commas after the name "menurut" gives: "Dr. Sari Lestari, MT, ...".
_DEGREE_CHUNK = re.compile(r"([A-Z][\w.]{0,8})\s*,\s*")
# The name in apposition after the post "menurut" gives: "Menurut kuasa hukum X, Y, ...", and
# the titles printed before it ("..., dr. Maya Anggraini, M.Kes, ...", "..., H. Ahmad Zaini, ...").
_APPOSED_NAME = re.compile(r"(?P<n>(?:[A-Za-z]{1,5}\.[ \t]*)*[A-Z][^,.;:\"“”]{1,60}?)\s*,\s*")
_WORD = re.compile(r"\w+")
_MIN_WORDS = 3
_MIN_CONTENT_BEFORE = 6
# English prints short content before its cue: "The economy is slowing, the Tory leader said."
_MIN_CONTENT_BEFORE_EN = 3
_RELATIVES_EN = frozenset({"who", "whom", "which", "that", "what", "whose"})
# (with the irregular past tenses news prints most: "Exports rose 5 percent, the minister said";
# none that also opens a phrase as a noun or an adjective: "left", "set", "cut", "lost")
_FINITE_EN = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|do|does|did|not|"
    r"(?:is|are|was|were|wo|ca|do|does|did|would|could|should|has|have|had|must)n['’]t|[a-z]+ed|"
    r"rose|fell|grew|broke|took|made|gave|went|came|won|began|became|kept|sold|paid|spent|told|met|held|"
    r"led|ran|brought|bought|thought|sought|fought|knew|threw|drew|chose|spoke|wrote|drove|built|sent|"
    r"stood|fled|hid|shook|sank|shrank|got|shot|struck|saw|felt|meant|withdrew|forgot|froze|stole|flew|"
    r"swore|overtook|hit)\b"
)
_PASSIVE_AGENT = re.compile(r"\s+(?:oleh\s+)?([A-Z][^,.;:\"“”]{2,100}?),\s*")
_PASSIVE_PRONOUN = re.compile(r"\s+(?:(dia|ia|beliau)|pula|juga|lagi)\s*,\s*(?:bahwa\s+)?", re.IGNORECASE)
_PASSIVE_LINK = re.compile(r"\s+(?:bahwa|bila|kalau|jika)\s+", re.IGNORECASE)
_PASSIVE_COMMA = re.compile(r"\s*[,:]\s*")
_NYA_LEAD = re.compile(r"(\w+nya)(?:\s+(?:lagi|pula|juga))?\s*,\s*")  # "katanya lagi, ..."
_JOINERS = frozenset(
    {"and", "dan", "lalu", "serta", "kemudian", "but", "tetapi", "namun", "while", "sedangkan"}
    | {"though", "although", "yet"}
)
_QUOTE_MARKS = frozenset("\"“”‘’'")
_TRAILING_MAX_WORDS = 6
# English speech verbs that are also plural nouns ("states", "claims", "notes").
_PLURAL_NOUNS = frozenset({"states", "claims", "notes", "comments", "hints"})
# Participles that open a sentence on what is answered: "Addressing claims that ..., Mr X told ...".
_ANSWERING = frozenset(
    {"addressing", "denying", "rejecting", "dismissing", "answering", "refuting", "countering", "facing", "following"}
)
# Prepositions after which a plural speech word is a noun ("amid claims that", "despite claims").
_NOUN_AFTER = frozenset({"amid", "despite", "over", "about", "against", "of", "to", "with", "by", "after"})
_NOUN_MARKERS = frozenset(
    {"the", "these", "those", "its", "his", "her", "their", "our", "your", "my"}
    | {"many", "several", "some", "all", "both", "most", "other", "few", "more"}
)
# Nouns that make "states" a compound ("member states", "swing states"); "a party member claims" speaks.
_STATES_OF = frozenset({"member", "swing", "battleground", "border", "island", "nation", "client"})
_NUMBERS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens"}
    | {"twenty", "thirty", "forty", "fifty", "hundred", "hundreds"}
)
# Verbs that report speech only with a clause after them ("membenarkan bahwa ..."); with a short
# object ("membenarkan kejadian itu") they confirm a fact and say nothing of their own.
# English verbs that report speech only in one shape: someone asked to do something, or a view
# restated with its clause ("repeated his contention that ..."); "challenged the ruling in court"
# and "repeated the exercise" say nothing.
_ASKED_TO = re.compile(r"(?:[\w'’.-]+\s+){1,6}?to\s+[a-z]+")
_RESTATED = re.compile(
    r"(?:(?:his|her|their|its|the|an?)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:contention|claim|view|call|warning|pledge|promise|assertion|argument|position|belief|insistence)\s+)?that\s+"
)
# Verbs that report a view of someone only in the shape "X as Y" (see _CALLED_AS).
_CALLED_AS_VERBS = (
    *("dismissed", "dismisses", "branded", "brands", "labelled", "labeled", "derided"),
    *("ridiculed", "ridicules", "denounced", "denounces"),
)
# Verbs whose object is the view they report ("hailed Labour's achievement", "dismissed X as
# ..."): what was said follows them, never a clause printed before.
_VIEW_OF_VERBS = frozenset(
    {"hailed", "hails", "condemned", "condemns", "applauded", "lambasted", "decried", "laments", *_CALLED_AS_VERBS}
)
_MIN_VIEW_WORDS = 4  # ("hailed his record": what was done, not what was said)
# ("dismissed the Conservatives as a fading force", "branded the response as piecemeal": a view
# of someone or something; "dismissed 200 workers" is none. 'dismissed the plan as "desperate"':
# the quoted judgement is read as the judge's words, see direct.py)
_CALLED_AS = re.compile(r"(?:[\w'’.-]+\s+){1,8}?as\s+(?![\"“‘']|(?:a|an|the)\s+[\"“‘'])\S")
_EN_OBJECT_VERBS = {
    **dict.fromkeys(("challenged", "challenges", "pressed", "presses", "encouraged", "encourages"), _ASKED_TO),
    # ("asked Congress to act" asks for something; "asked Brackett about ...", "asked whether ..." is a question)
    **dict.fromkeys(("asked", "asks"), _ASKED_TO),
    **dict.fromkeys(_CALLED_AS_VERBS, _CALLED_AS),
    **dict.fromkeys(("repeated", "repeats", "reiterated", "reiterates", "restated", "restates"), _RESTATED),
}
_ASKING = frozenset({"asked", "asks"})
# What an unnamed source asked of the reporter: "asked not to be named", "asked not to be
# identified because ...", "asked that his name not be used".
_UNNAMED_ASKED = re.compile(
    r"\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|for\s+anonymity|that\s+(?:his|her|their)\s+names?\s+not\s+be)\b"
)
# English speech verbs that also take a thing for their object ("announced a new rail plan",
# "declared a state of emergency", "recalled its ambassador", "questioned the cost"): they report
# speech only with a clause after them, one with a verb of its own or a subject that opens one.
_THING_VERBS = frozenset(
    {"announced", "announces", "declared", "declares", "recalled", "questioned", "revealed"}
    | {"reveals", "reported", "snapped", "echoed", "countered", "retaliated", "barked", "protested"}
    | {"alleged", "alleges", "disclosed", "discloses", "charged", "charges"}
    # ("guaranteed the loans", "projected a deficit of 2 percent": a thing, no statement)
    | {"guaranteed", "guarantees", "projected"}
    # ("went on the offensive over ...", "wrote the letter on Feb. 2")
    | {"went on", "wrote", "writes"}
)
# Of those, the ones whose object is doubted, never an intent announced: "questioned the plan to
# spend $2 billion" names the plan, where "announced plans to advertise" says what will be done.
_DOUBTING_VERBS = frozenset({"questioned", "protested", "countered", "charged", "charges", "alleged", "alleges"})
_CLAUSE_SUBJECT = re.compile(r"(?:he|she|they|it|we|I|there|this|that)\s")
# "stated this while addressing journalists", "disclosed this to reporters": what was said came
# before, this says when or to whom.
_SAID_THIS = re.compile(
    r"(?:this|these)(?:\s+(?:while|when|at|during|on|in|to|after|before|through|via|as|yesterday|today)\b|\s*$)"
)
# ("announced plans to advertise in Virginia": an intent, which is said)
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those)\b)[a-z]+")
_DAY_FIRST = re.compile(
    rf"(?:(?:on\s+)?{_DAY}|yesterday|today|last\s+(?:week|month|night)|earlier\s+(?:today|this\s+(?:week|month)))"
    r"\s+(?:that\s+)?(?=[a-zA-Z0-9])"  # ("said on Monday that 12 schools ...": a number opens it too)
)
_CLAIMED_THING = re.compile(r"(?:full\s+|sole\s+)?(?:responsibility|credit|victory|ownership)\b")
# Of those, these make a statement only with "agar"/"supaya"/"bahwa"/"jika" ("menjamin kelayakan
# tempat isolasi": a thing, no statement; "menjamin bahwa ..." is one).
_URGING_VERBS = frozenset(
    {"mendorong", "mendoakan", "menyerukan", "menuntut", "menjamin", "beralasan", "berdalih", "berkilah"}
)
# ("made clear that ..." reports; "made clear his opposition to the plan" names a stance)
# ("melanjutkan, ..." goes on speaking, "melanjutkan pemantapan jalan" goes on with the work; "He
# thought that ..." reports a view, "Ministers thought merging ... might help" narrates one)
_STANCE_VERBS = _URGING_VERBS | {"made clear", "makes clear", "melanjutkan", "thought"}  # never without the clause
_CLAUSE_VERBS = _STANCE_VERBS | {
    "membenarkan",
    "memandang",
    "mempertanyakan",
    "menuduh",
    "menyimpulkan",
    "menggarisbawahi",
}
# ("membenarkan adanya kejadian itu": confirming that it happened is a statement; "mendorong agar ...")
_CLAUSE_OPENS = re.compile(r"\s*(?:,|:|bahwa\b|kalau\b|jika\b|agar\b|supaya\b|adanya\b|that\b)", re.IGNORECASE)


# A single quote mark opened and not closed before the end of a span ("rejected 'politics as usual").
_SINGLE_LEFT_OPEN = re.compile(r"(?:^|\s)['‘](?=\w)(?!.*\w['’](?!\w))")


def _strip_end(text: str, start: int, end: int) -> tuple[int, int]:
    stripped_from = end
    while end > start and text[end - 1] in " \t.,;:!?\"“”'‘’)":
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break  # "the fee (about $40)": its own bracket; "(... said that the timing was unrelated.)": the aside's
        end -= 1
    span = text[start:end]
    if span.count('"') % 2 or span.count("“") > span.count("”"):
        # 'the claims were "nonsense".', 'they want "justice for Terrence," but ...': the quote it
        # opened closes with it.
        close = next((k for k in range(end, stripped_from) if text[k] in '"”'), None)
        end = close + 1 if close is not None else end
    elif any(map(text[end:stripped_from].__contains__, "'’")) and _SINGLE_LEFT_OPEN.search(span):
        # "said voters had rejected 'politics as usual', adding ...": the same with single marks
        end = next(k for k in range(end, stripped_from) if text[k] in "'’") + 1
    while start < end and text[start] in " \t,;:":
        start += 1
    return start, end


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _found(
    start: int, end: int, paragraph: int, cue: str, mention: ParsedMention | None, carry: bool, conf: float
) -> Found:
    return Found(StatementKind.INDIRECT, start, end, paragraph, cue, mention, carry, conf)


def _is_place(chunk: str, lex: Lexicon) -> bool:
    """Whether a chunk names a place the lexicon knows: a region of one word, a place of more."""
    words = tuple(chunk.casefold().split())
    return (len(words) == 1 and words[0] in lex.regions) or words in lex.places


def _all_capitalised(words: str) -> bool:
    """Whether every word but the links of a body's name is capitalised ("Court of Appeal")."""
    return all(w[:1].isupper() or w in ("of", "the", "and", "for") for w in words.split())


# A law, a regulation or a decree as the source ("Menurut UU Nomor 12 Tahun 2011 tentang ...
# Perundang-undangan, ...", "Menurut Surat Edaran Menteri X, ...", "According to the law, ..."): no
# person says it, and the last capitalised words of its title are no one's name. (A report or
# a survey is its publisher's: "According to the report, ..." after "The National Audit Office".)
_DOCUMENT_SOURCE = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:UU|Undang-[Uu]ndang|Pasal|Ayat|Peraturan|Perpres|Permen\w*|PP|Perda|Perppu|Perkada|"
    r"Pergub|Perbup|Perwali|Keputusan|Keppres|Kepres|Putusan|Surat|SE|Instruksi|Inpres|Aturan|Ketentuan|Regulasi|"
    r"Article|Regulation|Decree|(?<=the\s)law)\b",
    re.IGNORECASE,
)


# "Menurut data KPU, ...", "Menurut laporan terbaru Bank Dunia, ...": figures a body published,
# which no one states (never a person named by the body's last word, "Dunia").
_FINDINGS_SOURCE = re.compile(
    r"(?:laporan|data|catatan|hasil|kajian|survei|riset|studi|penelitian|analisis|pantauan|rilis|statistik)\b"
)


def _with_apposed_name(who: str, apposed: re.Match[str] | str, lex: Lexicon) -> ParsedMention | None:
    """The mention of `who` (a post) with the name set between commas after it, if that is a name."""
    named = (apposed if isinstance(apposed, str) else apposed.group("n")).strip()
    fuller = parse_mention(f"{who}, {named}", lex)
    # (the name may follow a rank: "..., Kombes Pol Adi Nugroho Wibisono, ..."; every word capitalised)
    if (
        fuller is not None
        and fuller.name
        and named.endswith(fuller.name)
        and all(w[:1].isupper() or _titled_id(w, lex) for w in named.split())
        and all(_titled_id(w, lex) for w in named.split() if w.endswith("."))
    ):
        return fuller
    return None


def _titled_id(word: str, lex: Lexicon) -> bool:
    """Whether `word` is a title Indonesian copy prints before a name ("dr.", "H.", "Prof.")."""
    return lex.lang == "id" and word.casefold() in lex.titles


def _menurut(text: str, sent: Span, paragraph: int, lex: Lexicon) -> Found | None:
    match = _MENURUT.match(text, sent.start, sent.end)
    if match is None and lex.lang == "id":
        return _menurut_without_comma(text, sent, paragraph, lex) or _adverb_then_kata(text, sent, paragraph, lex)
    if match is None:
        return None
    who = match.group("m")
    if _DOCUMENT_SOURCE.match(who) or (lex.lang == "id" and _FINDINGS_SOURCE.match(who)):
        return None
    mention = ParsedMention(printed=who, pronoun=True) if who.casefold() == "nya" else parse_mention(who, lex)
    if mention is None and lex.lang == "id":
        mention = post_in_lower_case(who, lex)  # "Menurut bupati, ...": the official the article named
    after = match.end()
    apposed = None if mention is not None and mention.pronoun else _APPOSED_NAME.match(text, after, sent.end)
    if apposed is not None and _is_place(apposed.group("n"), lex):
        # "Menurut Dekan ... Universitas Gadjah Mada, Yogyakarta, Sigit Riyanto, ...": the
        # body's town between commas, then the name.
        named_after = _APPOSED_NAME.match(text, apposed.end(), sent.end)
        if named_after is not None:
            who, apposed = f"{who}, {apposed.group('n').strip()}", named_after
    if (
        lex.lang == "en"
        and mention is not None
        and mention.role
        and not mention.name
        and (body := _APPOSED_NAME.match(text, after, sent.end)) is not None
        and _all_capitalised(body.group("n"))
        and not _is_place(body.group("n"), lex)  # ("According to the governor, Lagos, Abuja, ...": a list)
        and (body_then_name := _APPOSED_NAME.match(text, body.end(), sent.end)) is not None
        and _all_capitalised(body_then_name.group("n"))
        and (holder := parse_mention(body_then_name.group("n").strip(), lex)) is not None
        and holder.name
        and len(holder.name.split()) >= 2
    ):
        # "According to the President, Court of Appeal, Justice Monica Dongban-Mensem, ...": the
        # post, the body it heads, then the name
        who, apposed = f"{who}, {body.group('n').strip()}", body_then_name
    if apposed is not None and (fuller := _with_apposed_name(who, apposed, lex)) is not None:
        # "Menurut epidemiolog Universitas X, Tri Yuniarto, ...": the name follows the post.
        mention, after = fuller, apposed.end()
    if lex.lang == "en" and mention is not None and mention.name:
        mention, after = _with_described_post(text, after, sent.end, who, mention, lex)
    if mention is None:
        return None
    if match.group("opener").casefold() in ("bagi", "lanjut") and not (mention.pronoun or mention.name):
        return None  # "Bagi warga terdampak, ...", "Bagi Pemkab, ...": for whom, not who says so
    while (degree := _DEGREE_CHUNK.match(text, after, sent.end)) and is_degree(degree.group(1), lex):
        after = degree.end()  # "Menurut ... Dr. Sari Lestari, MT, ...": her degree, then what she said
    start, end = _strip_end(text, after, sent.end)
    if _words(text[start:end]) < _MIN_WORDS:
        return None
    verb = lex.verb_re.search(text, start, min(end, start + 60)) if lex.lang == "en" else None
    if verb is not None and (named := parse_mention(text[start : verb.start()], lex)) is not None and named.name:
        return None  # "According to GMA News, Salceda said ...": the outlet passes on what he said
    return _found(start, end, paragraph, match.group().split()[0], mention, False, 0.75)


# A post described between commas after a name: "According to X, the council's deputy leader, ...".
_DESCRIBED_POST = re.compile(r"(?P<d>(?:the|a|an)\s[^,.;:\"“”]{1,60}?)\s*,\s*")


def _with_described_post(
    text: str, after: int, end: int, who: str, mention: ParsedMention, lex: Lexicon
) -> tuple[ParsedMention, int]:
    """The mention with the post the words after its comma describe, and where what was said
    begins past them; the mention as it is when no post is described (the words are said)."""
    described = _DESCRIBED_POST.match(text, after, end)
    if described is None or not _describes(described.group("d"), lex):
        return mention, after
    words = [w.casefold().removesuffix("'s").removesuffix("’s") for w in described.group("d").split()]
    if not any(w in lex.roles for w in words):
        return mention, after  # ("According to X, the report, published on Monday, found ...": said)
    fuller = parse_mention(f"{who.strip()}, {described.group('d')}", lex)
    if fuller is None or fuller.name != mention.name or not fuller.role:
        return mention, after
    return fuller, described.end()


_MENURUT_PRONOUN = re.compile(r"Menurut\s+(dia|ia|beliau)\s+(?=[a-z])")
# "Menurut Kepala BPBD Garut Satria Budi bencana ini ...": the source's capitalised run, then the
# view in lower case, with no comma between.
_MENURUT_NO_COMMA = re.compile(
    r"Menurut\s+(?P<m>(?:[A-Z][\w.'’-]*\s+){0,8}?[A-Z][\w'’-]+)\s+(?!(?:dan|dari|di|untuk|bidang|pada|serta|se)\s)(?=[a-z])"
)


def _menurut_without_comma(text: str, sent: Span, paragraph: int, lex: Lexicon) -> Found | None:
    pronoun = _MENURUT_PRONOUN.match(text, sent.start, sent.end)
    if pronoun is not None:
        # "Menurut dia kehadiran hotel ini menjawab kebutuhan ...": the pronoun's view, the whole clause
        start, end = _strip_end(text, pronoun.end(), sent.end)
        if _words(text[start:end]) < _MIN_WORDS:
            return None
        return _found(
            start, end, paragraph, "Menurut", ParsedMention(printed=pronoun.group(1), pronoun=True), False, 0.7
        )
    match = _MENURUT_NO_COMMA.match(text, sent.start, sent.end)
    mention = parse_mention(match.group("m"), lex) if match else None
    if match is None or mention is None or not mention.name:
        return None
    if len(mention.name.split()) < 2 and not _part_of_a_name(text, mention.name):
        return None  # (one capitalised word may open the view itself: "Menurut Polri tidak ...")
    start, end = _strip_end(text, match.end(), sent.end)
    if _words(text[start:end]) < _MIN_WORDS:
        return None
    return _found(start, end, paragraph, "Menurut", mention, False, 0.7)


# "Prinsipnya kata Argo seluruh anggota Polri ...": a sentence adverb in -nya, the cue and a name,
# then what was said in lower case, with no comma anywhere.
_ADVERB_THEN_KATA = re.compile(
    r"[A-Z][a-z]+nya\s+(?:kata|ujar|tutur|lanjut|imbuh|tambah)\s+(?P<m>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?=[a-z])"
)


def _adverb_then_kata(text: str, sent: Span, paragraph: int, lex: Lexicon) -> Found | None:
    match = _ADVERB_THEN_KATA.match(text, sent.start, sent.end)
    mention = parse_mention(match.group("m"), lex) if match else None
    if match is None or mention is None or not mention.name:
        return None
    start, end = _strip_end(text, match.end(), sent.end)
    if _words(text[start:end]) < _MIN_WORDS:
        return None
    return _found(start, end, paragraph, match.group().split()[1], mention, False, 0.7)


def _part_of_a_name(text: str, word: str) -> bool:
    """Whether the article prints `word` inside a longer name ("Purbaya Yudhi Sadewa" for
    "Menurut Purbaya inflasi ..."): a person's, not a body's name opening the view."""
    return re.search(rf"[A-Z][\w'’-]+[ \t]+{re.escape(word)}\b|\b{re.escape(word)}[ \t]+[A-Z][a-z]", text) is not None


def _menurut_inside(text: str, sent: Span, paragraph: int, lex: Lexicon) -> Found | None:
    """'<subject> menurutnya <predicate>.': the whole sentence, its source named inside it."""
    if "menurut" not in text[sent.start : sent.end]:
        return None
    match = _MENURUT_INSIDE.search(text, sent.start, sent.end)
    if match is None or _words(text[sent.start : match.start()]) < 2:
        return None
    if match.group("nya"):
        mention: ParsedMention | None = ParsedMention(printed="nya", pronoun=True)
    elif match.group("m") in ("dia", "ia", "beliau"):
        mention = ParsedMention(printed=match.group("m"), pronoun=True)  # "Untuk itu, menurut dia, ..."
    else:
        mention = parse_mention(match.group("m"), lex)
    if mention is None:
        return None
    start, end = _strip_end(text, sent.start, sent.end)
    if _words(text[match.end() : end]) < _MIN_WORDS:
        return None
    return _found(start, end, paragraph, "menurut", mention, False, 0.7)


def _passive_lead(text: str, sent: Span, paragraph: int, lex: Lexicon) -> Found | None:
    """'Diungkapkan, <content>' / 'Ditambahkan Kepala Dinas X, <content>' / 'Dikatakan bila ...'."""
    match = lex.passive_re.match(text, sent.start, sent.end)
    if match is None:
        return None
    mention: ParsedMention | None = None
    comma = _PASSIVE_COMMA.match(text, match.end(), sent.end)
    start = comma.end() if comma else match.end()
    if comma is None:
        rest = text[match.end() : sent.end]
        agent = _PASSIVE_AGENT.match(rest)
        link = _PASSIVE_LINK.match(rest)
        pronoun = _PASSIVE_PRONOUN.match(rest)
        if pronoun:
            # "Dikatakan dia, ada empat sektor ...", "Dijelaskan pula, bahwa ...": the person speaking.
            if pronoun.group(1):
                mention = ParsedMention(printed=pronoun.group(1), pronoun=True)
            start = match.end() + pronoun.end()
        elif agent:
            mention = parse_mention(agent.group(1), lex)
            if mention is None:
                return None
            start = match.end() + agent.end()
            apposed = _APPOSED_NAME.match(text, start, sent.end)
            if apposed is not None and (fuller := _with_apposed_name(agent.group(1), apposed, lex)) is not None:
                # "Dikatakan Kepala Dinas X Kabupaten Y, Eko Prasetyo, pihaknya ...": Tribun's
                # post, then the name between commas, then what was said
                mention, start = fuller, apposed.end()
                while (degree := _DEGREE_CHUNK.match(text, start, sent.end)) and is_degree(degree.group(1), lex):
                    start = degree.end()  # "..., Rina Apriani, S.H., perda itu ...": her degree first
        elif link:
            start = match.end() + link.end()
        else:
            return None
    start, end = _strip_end(text, start, sent.end)
    if _words(text[start:end]) < _MIN_WORDS:
        return None
    return _found(start, end, paragraph, match.group().strip(" ,"), mention, mention is None, 0.55)


def _nya_lead(text: str, sent: Span, paragraph: int, lex: Lexicon) -> Found | None:
    """'Katanya, <content>' / 'Selain gaji, ungkapnya, <content>'."""
    window = text[sent.start : min(sent.end, sent.start + 60)]
    if "nya" not in window or "," not in window:
        return None  # what _NYA_LEAD needs (case-sensitive) is not there: most sentences
    for match in _NYA_LEAD.finditer(text, sent.start, min(sent.end, sent.start + 60)):
        cue = lex.nya_re.fullmatch(match.group(1))
        if cue is None or (match.start() > sent.start and not text[sent.start : match.start()].rstrip().endswith(",")):
            continue
        # (what was said follows the cue after a connective or a circumstance, else it is around
        # it, as after a named cue: "Warga di bantaran sungai, katanya, diminta waspada")
        opening = text[sent.start : match.start()]
        after = not opening.strip() or _said_after_cue(opening, text, match.end() - 1, sent.end)
        start, end = _strip_end(text, match.end() if after else sent.start, sent.end)
        if _words(text[start:end]) < _MIN_WORDS:
            return None
        return _found(start, end, paragraph, cue.group(), ParsedMention(printed=cue.group(), pronoun=True), False, 0.6)
    return None


def _after_space(text: str, at: int, end: int) -> int:
    """The first offset from `at` (before `end`) that is not white space."""
    while at < end and text[at].isspace():
        at += 1
    return at


# A relative clause about the speaker named after a trailing cue: "<content>, says the Green Party -
# which wants a tax on flights", "<content>, said Ms Lucas, who leads the party".
_WHO_AFTER_SPEAKER = re.compile(r"\s*(?:,|\s[-–—])\s+(?:who|which)\s")


CLOSING_QUOTES = ('"', "”", "'", "’")  # (and '' of two apostrophes)
# A comma where a cue may follow, past the closing mark of a phrase quoted inside the sentence.
_COMMA_BEFORE_CUE = re.compile(r",(?:''|[\"”’])?\s*")


def _cue_end(text: str, sent: Span, lex: Lexicon) -> Span:
    """The sentence up to the end of the cue that closes it, without the day or the reporters it
    was said to, set after the speaker's name by a comma of their own: "<content>, kata Yanti,
    Senin.", "<content>, ujar Kepala Desa X, Y, kepada wartawan." (Indonesian copy)."""
    if lex.lang != "id" or text.count(",", sent.start, sent.end) < 2:
        return sent
    tail = day_tail(text, sent.start, sent.end, _TAIL_HINT_REACH)
    if tail is None and (press := PRESS_TAIL_ID.search(text, sent.start, sent.end)) is not None:
        tail = press.start()
    if tail is None or not text.startswith(",", _after_space(text, tail, sent.end)):
        return sent
    return Span(sent.start, tail)


def _trailing_root(text: str, whole: Span, paragraph: int, lex: Lexicon) -> Found | None:
    """'<content>, kata Menteri X.' / '<content>, ujarnya.' / '<content>, says the minister.'"""
    sent = _cue_end(text, whole, lex)
    comma = text.rfind(",", sent.start, sent.end)
    if comma <= sent.start:
        return None
    tail_start = _after_space(text, comma + 1, sent.end)
    if text[tail_start : tail_start + 1] in CLOSING_QUOTES:
        # 'The cell was missed and "they should have acted sooner," said X': a phrase quoted
        # inside the sentence closes before the cue
        tail_start = _after_space(text, tail_start + 1 + (text[tail_start : tail_start + 2] == "''"), sent.end)
    apposition = None
    if not (lex.root_re.match(text, tail_start, sent.end) or lex.nya_re.match(text, tail_start, sent.end)):
        # "<content>, kata Budi Santoso, Kepala Dinas Kesehatan Garut.", "<content>, according to
        # CrowdTangle, a social media analytics firm.": the cue before the speaker's apposition
        before = text.rfind(",", sent.start, comma)
        cue_start = _after_space(text, before + 1, comma)
        cue_before = before > sent.start and (
            lex.root_re.match(text, cue_start, comma) or ACCORDING_TO.match(text, cue_start, comma)
        )
        if cue_before and _describes(text[comma + 1 : sent.end], lex):
            apposition = text[comma + 1 : sent.end].strip(" .")
            comma, tail_start = before, cue_start
        elif cue_before and _names_the_post(text, cue_before.end(), comma, sent.end, lex):
            # "<content>, kata Kepala Dinas X Kota Y, Nama.": the post, then its holder's name
            # (which the mention after the cue reads across the comma)
            comma, tail_start = before, cue_start
    nya = lex.nya_re.match(text, tail_start, sent.end)
    if nya and _words(text[nya.end() : sent.end]) == 0:
        mention: ParsedMention | None = ParsedMention(printed=nya.group(), pronoun=True)
        cue = nya.group()
    else:
        root = lex.root_re.match(text, tail_start, sent.end) or ACCORDING_TO.match(text, tail_start, sent.end)
        if root is None:
            return None
        printed, stop = mention_after(text, root.end(), sent.end)
        if lex.lang == "en" and (about := _WHO_AFTER_SPEAKER.search(text, root.end(), stop)) is not None:
            printed, stop = text[root.end() : about.start()], about.start()  # "says the Green Party - which ..."
        issued = _ISSUED_BY.match(text, root.end(), sent.end) if lex.lang == "en" else None
        if issued is not None:
            # "..., according to a statement from Governor X": the one who issued it
            printed, stop = mention_after(text, issued.end(), sent.end)
        mention = parse_mention(printed, lex)
        if apposition is not None and mention is not None:
            mention = parse_mention(f"{printed.strip()}, {apposition}", lex) or mention
        if mention is None or (
            apposition is None
            and _words(text[stop : sent.end]) > _TRAILING_MAX_WORDS
            and not (lex.lang == "en" and _WHO_AFTER_SPEAKER.match(text, stop, sent.end))
        ):
            return None
        cue = root.group()
    start, end = _strip_end(text, sent.start, comma)
    if _words(text[start:end]) < _MIN_WORDS:
        return None
    return _found(start, end, paragraph, cue, mention, False, 0.7)


def _names_the_post(text: str, post_start: int, comma: int, end: int, lex: Lexicon) -> bool:
    """Whether the end of "<content>, kata Kepala Dinas X Kota Y, Nama." after `comma` is the
    name of the one whose post is printed between the cue and the comma (Indonesian copy)."""
    if lex.lang != "id":
        return False
    post = parse_mention(text[post_start:comma].strip(), lex)
    named = text[comma + 1 : end].strip(" .")
    return (
        post is not None
        and bool(post.role)
        and 0 < len(named.split()) <= _APPOSITION_WORDS
        and _with_apposed_name(text[post_start:comma].strip(), named, lex) is not None
    )


def _middle_root(text: str, sent: Span, paragraph: int, lex: Lexicon) -> Found | None:
    """'Angka itu, kata Viryan, melampaui target': the whole sentence, attribution included."""
    opener = _CONNECTIVE_OPENER.match(text, sent.start, sent.end) if lex.lang == "id" else None
    # ("Selain itu lanjut Enggar, budidaya ...": after an opening connective the comma may be left out)
    starts = [opener.end()] if opener else []
    starts += [sent.start + c.end() for c in _COMMA_BEFORE_CUE.finditer(text[sent.start : sent.end])]
    if lex.lang == "id":
        # "Sambung Aep, target ...": the cue opens the sentence; "Hal ini lanjut Damar, justru ...",
        # "Tahun 2021 ini lanjut Budi, ...": after a demonstrative subject the comma may be left out
        starts.append(sent.start)
        if (subject := _DEMONSTRATIVE_SUBJECT.match(text, sent.start, sent.end)) is not None:
            starts.append(subject.end())
    for pos in starts:
        root = lex.root_re.match(text, pos, sent.end)
        if root is None:
            continue
        if pos == sent.start and (
            lex.lang != "id"
            or not text[pos : pos + 1].isupper()
            or not text[root.end() : root.end() + 2].strip()[:1].isupper()
        ):
            continue  # (a cue opening the sentence, a name after it)
        printed, stop = mention_after(text, root.end(), sent.end)
        comma = text.find(",", root.end(), stop)
        if (
            not text.startswith(",", stop)
            and comma > 0
            and (not _describes(text[comma + 1 : sent.end], lex) or (lex.lang == "en" and pos > sent.start))
        ):
            # "Selama masa pandemi ini, kata Diah, ASN dituntut berubah ...": the name ends at its
            # comma; what follows is the rest of what was said, not a post ("..., said Katie
            # Harbath, Facebook's global politics and government outreach director": her post, read
            # whole below)
            printed, stop = text[root.end() : comma].strip(), comma
        glued = lex.lang == "id" and pos > sent.start and comma < 0 and not text.startswith(",", stop)
        if glued and (cut := _name_ends(text, root.end(), stop, lex)) is not None:
            # "Untuk tahap berikutnya, kata Budi vaksinasi akan digelar ...": no comma after the
            # name; what was said goes on from the first word in lower case
            printed, stop = text[root.end() : cut].strip(), cut - 1
        elif not text.startswith(",", stop) or _words(text[stop : sent.end]) < 2:
            continue
        if _names_the_post(text, root.end(), stop, sent.end, lex):
            continue  # "<content>, kata Kepala Dinas X, Nama.": the post's holder ends the sentence
        mention = parse_mention(printed, lex)
        if mention is None:
            continue
        cue_end = _cue_end(text, sent, lex).end
        if pos > sent.start and stop >= cue_end:
            # "<content>, ujar Kepala Desa X, Y, kepada wartawan.": the cue closes what was said;
            # after the name only to whom or when
            start, end = _strip_end(text, sent.start, pos)
            return _found(start, end, paragraph, root.group(), mention, False, 0.7)
        if pos > sent.start and lex.lang == "en" and _WHO_AFTER_SPEAKER.match(text, stop, sent.end):
            # "<content>, said Ms Lucas, who wants a tax on flights.": the clause is about her
            start, end = _strip_end(text, sent.start, pos)
            return _found(start, end, paragraph, root.group(), mention, False, 0.7)
        apposed = text[stop + 1 : cue_end]
        if pos > sent.start and (
            _describes(apposed, lex)
            # (only before a day or the reporters it was told: "..., kata Alfatih, warga tak hanya
            # bisa berdonasi." goes on with what was said)
            or (cue_end < sent.end and _private_apposition(apposed, lex))
        ):
            # "Taxes will rise, said Bart Dole, an advocate for the poor.", "..., kata Yusna, warga
            # Kelurahan X, Selasa.": what follows the name is who the speaker is, not more of
            # what was said.
            described = parse_mention(f"{printed}, {apposed.strip(' .')}", lex)
            start, end = _strip_end(text, sent.start, pos)
            return _found(start, end, paragraph, root.group(), described or mention, False, 0.7)
        # (after an opening connective or circumstance what was said follows the attribution, else
        # it is around it: "Sebenarnya, ungkap Rudy, tanpa ada petisi pun ...", "Namun, pada
        # praktiknya, ujar Tito, tunjangan ..." against "Angka itu, kata Viryan, melampaui target")
        if text[max(sent.start, pos - 4) : pos].rstrip()[-1:] in CLOSING_QUOTES:
            # '... selama 24 Jam," ungkap Dwi, dalam keterangannya, Senin (13/4/2020).': a quote's
            # closing mark before the cue, whose opening mark the scrape lost: what was said ends there
            start, end = _strip_end(text, sent.start, text.rfind(",", sent.start, pos))
            return _found(start, end, paragraph, root.group(), mention, False, 0.7)
        after = (
            (opener and pos == opener.end())
            or pos == sent.start
            or _said_after_cue(text[sent.start : pos], text, stop + 1, sent.end)
        )
        start, end = _strip_end(text, stop + 1 if after else sent.start, sent.end)
        return _found(start, end, paragraph, root.group(), mention, False, 0.7)
    return None


def _name_ends(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Where a name after a cue ends when no comma closes it: at the first word in lower case
    that opens what was said (three words or more; not a title, nor where or when it was said)."""
    lower = _LOWER_WORD.search(text, start, end)
    if lower is None or _words(text[start : lower.start()]) == 0 or _words(text[lower.start() : end]) < 3:
        return None
    word = lower.group(1)
    if word in lex.titles or word in lex.degrees or word in _CIRCUMSTANCE_FIRST or word in lex.adverbs:
        return None
    return lower.start() + 1


_LOWER_WORD = re.compile(r"\s([a-z]+)\b")
_APPOSITION_WORDS = 12
# English verbs of telling someone something: whom they told may stand between the verb and "that".
_TELLING_THAT = frozenset(
    {"warned", "warns", "assured", "assures", "informed", "informs", "reminded", "reminds", "notified"}
    | {"promised", "promises", "convinced", "advised", "advises", "briefed", "reassured", "reassures"}
    | {"promising", "warning", "assuring", "informing", "reminding", "telling"}
)
# First words of an opening phrase that says nothing itself: a connective, a sentence adverb, or
# a phrase of where, when or in what respect ("Namun", "Sebenarnya", "Pada praktiknya", "Di sisi
# lain", "However", "In the meantime").
_CIRCUMSTANCE_OPENING = frozenset(
    {"namun", "tetapi", "tapi", "sebenarnya", "hanya", "selain", "sementara", "di", "pada", "dalam", "untuk"}
    | {"karena", "meski", "meskipun", "walaupun", "bahkan", "jadi", "maka", "dengan", "pasalnya", "intinya"}
    | {"prinsipnya", "apalagi", "padahal", "kemudian", "lalu", "selanjutnya", "selama", "saat", "ketika"}
    | {"sejak", "ke", "terkait", "sejauh", "hingga", "adapun", "nah", "makanya", "justru", "memang"}
    | {"however", "but", "and", "still", "yet", "indeed", "in", "instead", "meanwhile", "now", "so", "also"}
    | {"moreover", "nonetheless", "nevertheless", "then", "later", "for", "at", "on", "with", "after"}
    | {"before", "during", "since", "under", "ultimately", "overall", "besides", "of"}
)
_CIRCUMSTANCE_WORDS = 4
# What goes on without a subject of its own ("Untuk ruas Sudirman-Thamrin, lanjut Syafrin, juga
# ditutup"): the opening phrase holds what it is about, and stays with it.
_SUBJECTLESS = re.compile(
    r"\s*(?:juga|pun|akan|sudah|telah|masih|tidak|tak|belum|hanya|sempat|segera|bisa|dapat|harus|perlu|"
    # ("Lalu ketiga, lanjutnya, adalah perbaikan tanggul": what the third is, with its opening)
    r"adalah|ialah|merupakan|yakni|yaitu|"
    r"di[a-z]+kan|di[a-z]+i)\b"
)


def _said_after_cue(opening: str, text: str, rest: int, end: int) -> bool:
    """Whether what was said follows a cue set in mid-sentence instead of going round it: the words
    before the cue are only a connective or a circumstance, and text[rest:end] has a subject of its
    own (named or "-nya" cue alike)."""
    return _circumstance_only(opening) and not _SUBJECTLESS.match(text, rest, end)


def _circumstance_only(opening: str) -> bool:
    """Whether the words before a mid-sentence attribution are only connectives or short phrases
    of circumstance ("Namun, pada praktiknya,"), so that what was said follows the attribution."""
    chunks = [c.split() for c in opening.split(",") if c.strip()]
    return 0 < len(chunks) <= 2 and all(
        len(c) <= _CIRCUMSTANCE_WORDS and c[0].casefold() in _CIRCUMSTANCE_OPENING for c in chunks
    )


def _may_narrate(text: str, start: int, end: int) -> bool:
    """Whether a clause holds what _NARRATED_TAIL opens with (most hold none: no search)."""
    part = text[start:end]
    return (
        " - " in part
        or "–" in part
        or "—" in part
        or ", the " in part
        or ", a " in part
        or ", with " in part
        or (", " in part and any(word in part for word in _CONSEQUENCE_WORDS + _ASIDE_WORDS))
    )


# The participles of what words set off, which _NARRATED_TAIL reads after a comma.
# (and the first words of how, when or the reporter's aside: ", speaking at ...", ", as he ...")
_ASIDE_WORDS = (
    ", speaking",
    ", writing",
    ", addressing",
    ", appearing",
    ", testifying",
    ", as ",
    ", according to",
    ", in ",
    ", citing",
)
_CONSEQUENCE_WORDS = ("prompting", "sparking", "drawing", "triggering", "fuel", "provoking", "igniting", "angering")


# What someone issued, between "according to" and who issued it.
_ISSUED_BY = re.compile(
    r"\s*(?:a|the|an)\s+(?:written\s+|joint\s+|brief\s+)?(?:statement|letter|release|press\s+release|memo|email|post)"
    r"\s+(?:from|by|of|issued\s+by)\s+"
)
# (an aside the clause goes on after: "the report, according to X, would be ...")
_CLAUSE_GOES_ON = r"(?![^,.;]{0,60},\s+(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had)\b)"
# What a reporter adds after an English clause of reported speech: a dash and a concession,
# "the latest sign that ...", "with the budget set to ...".
_NARRATED_TAIL = re.compile(
    r"\s+[-–—]\s+(?:although|though|but|even\s+as|as|while|which)\b"
    r"|,\s+(?:the\s+|a\s+)(?:latest|first|second|third|clearest|strongest|newest)\s+(?:sign|indication|step|move|blow)\b"
    r"|,\s+with\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[\w' -]{1,40}?\s+(?:set|due|expected|likely)\s+to\b"
    # "... a database to track Muslims, drawing a fresh round of comparisons": what the words set
    # off ("drawing on its reserves", "drawing up plans" are the speaker's)
    r"|,\s+(?:prompting|sparking|drawing|triggering|fuell?ing|provoking|igniting|angering)\s+(?!on\b|up\b|from\b)"
    # ("..., speaking at a press conference", "..., as he unveiled a plan", "..., a claim the
    # opposition disputes", "..., according to a transcript": how and when, or the reporter's aside)
    r"|,\s+(?:speaking|writing|addressing|appearing|testifying)\s+(?:at|to|on|in|before|during)\b"
    r"|,\s+as\s+(?:he|she|they)\s+[a-z]+ed\b"
    r"|,\s+(?:a|an)\s+(?:claim|assertion|charge|view|position|stance|argument|accusation|allegation)\s"
    r"|,\s+according\s+to\s+(?:a|an|the)\s+(?:transcript|recording|video|readout|statement|report|copy|minutes"
    r"|notes|documents?|emails?|letter|filing)\b"
    # ("..., according to his spokesman": who relayed his words)
    r"|,\s+according\s+to\s+(?:his|her|their)\s+(?:spokes(?:man|woman|person)|aides?|office|allies|lawyers?)\b"
    # ("..., according to The Associated Press", "..., according to two people familiar with the
    # call": who relayed the words; not "the report, according to its authors, would be ...",
    # where the clause goes on after the aside)
    r"|,\s+according\s+to\s+(?:(?:the|a|an|two|three|several)\s+)?"
    rf"(?:[A-Z]|(?:people|sources?|officials|aides|reports?|media|news)\b){_CLAUSE_GOES_ON}"
    # ("..., in comments reported by the Guardian", "..., in a speech to the conference": where
    # the words were said)
    r"|,\s+in\s+(?:comments|remarks|an\s+interview|a\s+(?:speech|statement|interview|post|letter|briefing|tweet))\b"
    rf"{_CLAUSE_GOES_ON}"
    # ("..., citing rising costs": the reporter's account of the reasons given)
    r"|,\s+citing\s"
)


# After reported speech, the speaker's next act, with no subject of its own ("said Labour would
# set out plans ... and attacked the Tory plans", "insists the GOP must be a party of ideas, and
# has championed an agenda ..."), or the reporter's note of what went unsaid (", but Cook did not
# say when"): no part of what was said.
_OWN_ACT = re.compile(
    r",?\s+and\s+(?:then\s+|also\s+)?(?:has\s+|had\s+)?(?:attacked|criticised|criticized|accused|praised|urged"
    r"|added|warned|insisted|promised|pledged|vowed|rejected|dismissed|denied|defended|championed|condemned"
    r"|hailed|blamed|welcomed|unveiled|launched)\b"
    r"|,?\s+(?:but|although|though)\s+(?:(?:he|she|they|[A-Z][\w'’-]+)\s+)?"
    r"(?:(?:did|does|would|could)(?:\s+not|n['’]t)|declined\s+to|refused\s+to)"
    r"\s+(?:say|give|specify|elaborate|explain|disclose|reveal|comment|name|offer|be\s+drawn)\b"
    # (", but gave no date", "but stopped short of ...", "and then walked out of the chamber",
    # "before leaving for Brussels": what he did, not what he said)
    r"|,?\s+but\s+(?:gave\s+no\s+(?:date|details|figures|timetable|timeline|indication|reason)|stopped\s+short\s+of)\b"
    r"|,?\s+and\s+(?:then\s+)?(?:walked|stormed|stalked)\s+(?:out|off|away)\b"
    # ("and left the room without taking questions": the end of a press conference)
    r"|,?\s+and\s+(?:then\s+)?left\b(?=[^,.;]{0,40}\bwithout\s+taking\s+(?:any\s+)?questions)"
    # (", before leaving", "before flying to Brussels"; but "said he would write a book after
    # leaving office" is what he said)
    r"|,\s+(?:before|after)\s+(?:leaving|heading|flying|departing|walking|storming)\b"
    r"|\s+before\s+(?:leaving|heading|flying|departing)\s+(?:for|to)\b"
)
_OWN_ACT_WORDS = (" and ", " but ", "though ", " before ", " after ")
# Characters at the end of a statement where the relaying outlet (_RELAYED_BY) or where it was
# said (_WHERE_SAID) may stand: each is searched there only.
_TAIL_REACH = 90
# Where and when it was said, closing reported speech: "... in a statement on Thursday", "... at a
# news conference", "... in an interview with CNN", "... on Twitter".
_WHERE_SAID = re.compile(
    r",?\s+(?:in\s+a\s+(?:written\s+|joint\s+|brief\s+)?statement|at\s+a\s+(?:news|press)\s+(?:conference|briefing)"
    r"|in\s+an\s+interview(?:\s+with\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})?|on\s+Twitter)"
    # ("... at a news conference on Oct. 20", "... in a statement yesterday")
    rf"(?:\s+(?:on\s+)?(?:{_DAY}(?:,\s+{_MONTH_EN}\s+\d{{1,2}})?|{_MONTH_EN}\s+\d{{1,2}}(?:,\s+\d{{4}})?)"
    r"|\s+(?:yesterday|today|last\s+night))?$"
    # (not "in a speech", "at a rally": "said she would explain the plan in a speech" is what she said)
)


def _describes(rest: str, lex: Lexicon) -> bool:
    """Whether the end of a sentence after "..., said X," is an apposition to X ("an advocate for
    the poor", "Kepala Dinas Kesehatan Garut"): a post or a description, and no clause."""
    words = rest.split()
    if not words or len(words) > _APPOSITION_WORDS or lex.verb_re.search(rest) or lex.root_re.search(rest):
        return False
    if lex.lang == "id":
        # A post is printed in capitals ("Kepala Dinas Kesehatan Garut"); "ASN dituntut berubah
        # dalam ..." is the rest of what was said.
        # ("..., kata X, anggota DPRD Belu dari Partai Y.": the post's head word may be in lower
        # case when a body in capitals follows it)
        return (
            words[0].casefold() in lex.roles
            and (words[0][:1].isupper() or len(words) > 1)
            and all(w[:1].isupper() or w in _POST_LINKS_ID for w in words[1:])
        )
    # ("Facebook's global politics director": an owner's post)
    owned = words[0].endswith(("'s", "’s")) and any(w.casefold().strip(".,") in lex.roles for w in words[1:])
    return (words[0].casefold() in lex.roles or words[0] in ("a", "an", "the") or owned) and not _FINITE_EN.search(rest)


_POST_LINKS_ID = frozenset({"dan", "dari", "bidang", "untuk", "urusan"})


def _private_apposition(rest: str, lex: Lexicon) -> bool:
    """Whether the end of an Indonesian sentence after "..., kata X," is what a private person is
    ("warga Kelurahan X", "pedagang sayur"): a few words, no clause ("warga harus ..." is what was said)."""
    words = rest.strip(" .").split()
    return (
        lex.lang == "id"
        and 0 < len(words) <= _PRIVATE_APPOSITION_WORDS
        and NOT_DESCRIBING_ID.isdisjoint(w.casefold() for w in words)
        and not (lex.verb_re.search(rest) or lex.root_re.search(rest))
        and describes_private_person(" ".join(words))
    )


_PRIVATE_APPOSITION_WORDS = 6


_DEMONSTRATIVE_SUBJECT = re.compile(r"[A-Z][a-z]+(?:\s+\d{4})?\s+(?:ini|itu|tersebut)(?:\s+juga)?\s+(?=[a-z])")
_CONNECTIVE_OPENER = re.compile(
    r"(?:Selain\s+itu|Sementara\s+itu|Namun|Di\s+sisi\s+lain|Oleh\s+karena\s+itu|Karena\s+itu|Meski\s+demikian)\s+"
)


# "Mr Brown rejected the call, saying decisions should be made by ministers": a participle
# after a comma reports what the sentence's subject said.
_PARTICIPLE = re.compile(
    rf",\s+(?:(?:while|before|after)\s+)?(?:({'|'.join(sorted(PARTICIPLE_CUES - {'telling'}))})\s+(?:that\s+)?"
    # ("..., telling MPs that borrowing would fall": whom it told, then "that"; or with no "that",
    # whom it told as after "told": "..., telling a Senate committee the rules would cut ...")
    rf"|(telling)\s+(?:[^,.;:\"“”]{{1,40}}?\s+that\s+|{_TOLD_ADDRESSEE.pattern}))"
)


# "X uploaded a video on Instagram saying ...", "issued a statement saying ...": what the
# message the subject put out says, with no comma before the participle ("received a letter
# saying ...": someone else's words).
_MESSAGE_SAYING = re.compile(
    r"\b(?:uploaded|uploads|posted|posts|issued|issues|released|releases|sent|sends|published|publishes|shared|shares"
    r"|wrote|writes|put\s+out|puts\s+out|circulated|broadcast)\s+(?:a|an|the|his|her|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:video|post|message|statement|letter|tweet|note|caption|recording|circular|announcement)s?"
    r"(?:\s+(?:on|to|in|via|through)\s+[^,.;:\"“”]{1,40}?)?\s+(saying)\s+(?:that\s+)?"
)


# What a participle takes instead of a clause ("warning of a crisis", "arguing for more money"):
# no statement of its own.
_PARTICIPLE_OBJECT = re.compile(r"(?:of|against|for|about|on|over|with)\b")


# "..., with leader Charles Pennock saying his party was the real opposition": the participle's
# own subject, named after "with".
_WITH_SAYING = re.compile(
    r"\bwith\s+(?P<m>(?:[a-z]+\s+){0,3}?(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    rf"(?P<cue>{'|'.join(sorted(PARTICIPLE_CUES - {'telling'}))})\s+(?:that\s+)?"
)


def _participle(text: str, sent: Span, paragraph: int, after: int, lex: Lexicon) -> list[Found]:
    """What a speech participle after a comma reports, when no statement found in the sentence
    already holds it; its speaker is the sentence's subject (see Registry.resolve), or the one
    named after "with" right before it."""
    lo = max(after, sent.start)
    if "with " in text[lo : sent.end] and (joined := _WITH_SAYING.search(text, lo, sent.end)) is not None:
        mention = parse_mention(joined.group("m"), lex)
        start, end = _strip_end(text, joined.end(), sent.end)
        if mention is not None and (mention.name or mention.org) and _words(text[start:end]) >= _MIN_WORDS:
            return [_found(start, end, paragraph, joined.group("cue"), mention, False, 0.6)]
    match = _PARTICIPLE.search(text, lo, sent.end) or _MESSAGE_SAYING.search(text, lo, sent.end)
    if match is None or _PARTICIPLE_OBJECT.match(text, match.end()):
        return []
    start, end = _strip_end(text, match.end(), sent.end)
    if _words(text[start:end]) < _MIN_WORDS:
        return []
    cue = match.group(1) or match.group(2)
    return [_found(start, end, paragraph, cue, ParsedMention(printed=cue, pronoun=True), False, 0.6)]


def _counted(text: str, lo: int, at: int) -> bool:
    """Whether the word before `at` makes the next one a noun: a number, a determiner or a
    possessive ("Twenty-seven states", "the claims", "Pagliano's Fifth Amendment claims")."""
    before = text[lo:at].split()
    if not before:
        return False
    word = before[-1].casefold().strip(",")
    return (
        word in _NOUN_MARKERS
        or (word in _STATES_OF and text.startswith("states", at))
        or word.isdigit()
        or word.split("-")[-1] in _NUMBERS
        or word.endswith(("'s", "’s"))
        # ("Addressing claims that ...", "denying claims that ...": the object of a participle; not
        # a name ending in -ing, "Manning claims", which is capitalised inside a sentence)
        or (word.endswith("ing") and len(word) > 5 and (before[-1][:1].islower() or word in _ANSWERING))
        or word in _NOUN_AFTER
        # ("his claims", "Pagliano's Fifth Amendment claims": an owner up to three words before)
        or any(w.casefold().endswith(("'s", "’s")) for w in before[-3:-1])
    )


# A sentence that opens with a name and two descriptions between commas before its verb: "Mary
# Blewitt, founder of the Survivors Fund (SURF), one of the organisations through which the funds
# are being channelled, said ...".
_NAME_DESCRIBED = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+(?P<post>[^,.;:\"“”]{3,80}?)"
    r"(?:\s+\([A-Z][\w&.-]{1,11}\))?,\s+[^.;:\"“”]{3,120},\s*$"
)


def _described_subject(text: str, lo: int, verb: int, lex: Lexicon) -> ParsedMention | None:
    """The named subject of `_NAME_DESCRIBED`, with the post its first description gives, when
    the subject is too long to read whole; else None."""
    if not text[lo : lo + 1].isupper() or not text[max(lo, verb - 3) : verb].rstrip().endswith(","):
        return None  # (most subjects: not a name that opens the sentence, nor a comma before the verb)
    described = _NAME_DESCRIBED.match(text, lo, verb)
    if described is None:
        return None
    mention = parse_mention(f"{described.group('name')}, {described.group('post')}", lex)
    return mention if mention is not None and mention.name else None


# A participle that hands on the quote right after it, at the end of a clause of reported speech.
_HANDS_ON_QUOTE = re.compile(rf",\s+(?:{'|'.join(sorted(PARTICIPLE_CUES))})\s*$")
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being)\s+$")


def _candidates(text: str, sent: Span, lex: Lexicon) -> list[tuple[re.Match[str], ParsedMention, int]]:
    """(verb, subject, where the subject starts) for each speech verb with a speaker subject."""
    found: list[tuple[re.Match[str], ParsedMention, int]] = []
    for verb in lex.verb_re.finditer(text, sent.start, sent.end):
        if verb.group()[:1].isupper() and text[sent.start : verb.start()].strip(" \"“”'‘’([—–-"):
            continue  # capitalised inside a sentence, a speech verb is a name ("Desa Ujoh Bilang")
        if verb.group() in _PLURAL_NOUNS and _counted(text, sent.start, verb.start()):
            continue  # "Twenty-seven states led by ...", "his claims": the noun, not the verb
        if lex.lang == "en" and _BY.match(text, verb.end()):
            continue  # "The campaign, first reported by The Washington Post, is ...": a passive participle
        if (
            lex.lang == "en"
            and not verb.group().endswith("ing")
            and _PASSIVE_BEFORE.search(text, max(sent.start, verb.start() - 7), verb.start())
        ):
            continue  # "the first Scot to be confirmed as a victim": a passive, no one's words
        if lex.lang == "en" and verb.group() in _ASKING and _UNNAMED_ASKED.match(text, verb.end(), sent.end):
            continue  # "an official, who asked not to be named, said ...": how the source spoke, not what
        if verb.group() == "went on" and text.startswith(" to ", verb.end()):
            continue  # "Reagan went on to win": what was done next ("went on to say" is a verb of its own)
        if (
            lex.lang == "id"
            and verb.group().casefold() in _RESPONDING_ID
            and "," in text[verb.end() : sent.end]
            and all(
                w.casefold() in lex.clause_openers or w.casefold() == "itu"
                for w in text[sent.start : verb.start()].replace(",", " ").split()
            )
        ):
            continue  # "Sementara itu menanggapi X, Bupati menyatakan ...": a clause on what is answered
        mention = subject_mention(text, sent.start, verb.start(), lex)
        if mention is None and lex.lang == "en" and not found:
            mention = _described_subject(text, sent.start, verb.start(), lex)
        if mention is None and found and lex.lang == "en":
            # "... although Michael Harwood was forced to deny the shadow cabinet was split": a
            # subordinate clause with a subject and a speech verb of its own
            if (subordinate := _own_subject(text, sent.start, verb.start(), _SUBORDINATOR, lex)) is not None:
                found.append((verb, subordinate[1], subordinate[0]))
            continue
        if mention is None:
            continue
        # Where this attribution begins: the subject's last word, plus a joining "but"/"and".
        begin = text.rfind(" ", sent.start, verb.start() - 1) + 1
        before = text[sent.start : begin].rstrip()
        last = before.rsplit(" ", 1)[-1] if before else ""
        if mention.pronoun and last.casefold().strip(",") in _JOINERS:
            begin = sent.start + len(before) - len(last)
        elif mention.pronoun and mention.printed.casefold() in _JOINERS and before[-1:] in _QUOTE_MARKS:
            pass  # 'criticized Clinton for "..." and suggested that ...': a second verb after a quote
        elif lex.lang == "en" and found and mention.pronoun and mention.printed.casefold() in _JOINERS:
            pass  # "X blasted Congress and said the state ...": the second verb's statement begins at "and"
        elif (
            found
            and (not mention.pronoun or mention.body == "voice")  # (", and a spokesman said")
            and (joined := _own_subject(text, sent.start, verb.start(), _JOINED_CLAUSE, lex))
        ):
            # "Labour says taxes will rise, but the Tories say ...": another speaker's own statement
            begin, mention = joined
        else:
            begin = -1  # only "..., but he said ..." starts a new statement inside a sentence
        found.append((verb, mention, begin))
    # "... and claims by the trade ..., he told MSPs": a coordinated verb (here a noun) gives way
    # to a later verb with a subject of its own.
    return [
        c
        for i, c in enumerate(found)
        if c[1].printed.casefold() not in _JOINERS
        or not any(d[1].printed.casefold() not in _JOINERS for d in found[i + 1 :])
    ]


# A clause with a subject of its own: after a comma and a joiner (", but the Tories say",
# ", sedangkan X mengatakan"), or after a subordinator ("although X was forced to deny").
_JOINED_CLAUSE = re.compile(
    r"(?<=,)\s*(?:but|while|whereas|yet|and|namun|tetapi|sedangkan|sementara)\s+", re.IGNORECASE
)
_SUBORDINATOR = re.compile(r"\b(?:although|though|whereas|while)\s+")
_JOINED_SUBJECT_WORDS = 8
# What may stand between such a clause's subject and its speech verb.
_VERB_CHAIN = re.compile(
    r"\s+(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:forced|quick|careful|keen|obliged|moved)"
    r"|(?:has|had|have)|went\s+on)\s+to\s*$"
)


def _own_subject(
    text: str, lo: int, verb: int, opener: re.Pattern[str], lex: Lexicon
) -> tuple[int, ParsedMention] | None:
    """Where the last clause `opener` opens before the verb begins, and its subject, when that
    subject is named ("..., but the Tories say", "although X was forced to deny"); else None."""
    joiners = list(opener.finditer(text, lo, verb))
    if not joiners:
        return None
    subject = text[joiners[-1].end() : verb]
    if (chain := _VERB_CHAIN.search(subject)) is not None:
        subject = subject[: chain.start()]
    if not subject.strip() or _words(subject) > _JOINED_SUBJECT_WORDS:
        return None
    mention = parse_mention(subject.strip(), lex)
    # (a group the article does not name speaks for itself too: ", but opposition lawmakers said")
    # (", and a spokesman said": a body's voice, someone else)
    voice = mention is not None and mention.body == "voice"
    if mention is None or (mention.pronoun and not voice):
        return None
    if not (mention.name or mention.org or voice or unnamed_group(subject.strip())):
        return None
    return joiners[-1].start(), mention


# "Dia menyampaikan itu menyusul tudingan ...", "Nadiem mengatakan hal tersebut dalam konferensi
# pers": the words point back at a statement before, then say when or where it was made ("X
# mengatakan itu tidak benar" says something).
_SAID_THAT_ID = re.compile(
    r"(?:hal\s+)?(?:itu|ini|tersebut)(?:\s*[.,;]?\s*$|\s+(?:saat|ketika|dalam|di|pada|usai|seusai|setelah|sebelum|"
    r"menyusul|kepada|sebagai|seraya|sambil|guna|menanggapi|merespons|merespon|terkait|melalui|lewat|via)\b)",
    re.IGNORECASE,
)


def _doing_after(text: str, verb_end: int, start: int, limit: int) -> bool:
    """Whether what follows the verb says what the speaker was doing, not what was said: a
    participle after its comma or after "in", "while", ... ('"...," Mr. Brown said, recalling a
    visit to his church', '"...," X said in introducing Mr. Cruz'). Not a speech participle
    ("said, adding that ..."), nor one with a "that" clause ("repeating a broadside - that the
    president ..."), nor a gerund subject with its verb (", he said, replacing Clinton would be
    harder")."""
    doing = _DOING_AFTER.match(text, start)
    return (
        doing is not None
        and doing.group(1) not in PARTICIPLE_CUES
        and (doing.group(1) != doing.group() or "," in text[verb_end:start])
        and not _THAT.search(text, start, limit)
        and not _FINITE_EN.search(text, start, limit)
    )


def _subject_verb(text: str, lo: int, sent: Span, paragraph: int, lex: Lexicon) -> list[Found]:
    candidates = _candidates(text, sent, lex)
    results: list[Found] = []
    for index, (verb, mention, begin) in enumerate(candidates):
        if index > 0 and begin < 0:
            continue  # "... said he had backed it when Mr B argued ...": inside the first content
        limit = sent.end
        for _, _, begin in candidates[index + 1 :]:
            if begin > verb.end():
                limit = begin  # "... remained a matter for debate but he said ...": stop there
                break
        if (
            lex.lang == "en"
            and "who" in text[max(sent.start, verb.start() - _WHO_REACH) : verb.start()]
            and (relative := _RELATIVE_SUBJECT.search(text, sent.start, verb.start()))
            and not _FINITE_EN.search(text, sent.start, relative.start())
        ):
            # "Ben Carson, who claimed that the pyramids stored grain, is now second in the polls":
            # the sentence's subject, so what he claimed ends where its own verb comes ("Brackett
            # praised Tom Barrack, who said ...": the object, the clause runs to the end).
            limit = _relative_clause_end(text, verb.end(), limit)
        after = _AFTER_VERB.match(text, verb.end(), limit)
        start = after.end() if after else verb.end()
        if (
            lex.lang == "en"
            and "ing" in text[verb.end() : verb.end() + 24]  # (", while acknowledging")
            and (then := _PARTICIPLE.match(text, verb.end(), limit))
        ):
            # "<content>, Brennan said, adding that <more>": both are his, what the participle
            # reports after it
            if not results and (said_first := _said_first(text, sent, verb, paragraph, mention, lex)) is not None:
                results.append(said_first)
            if _PARTICIPLE_OBJECT.match(text, then.end()):
                continue  # "..., Brennan said, warning of a crisis": what it warned of, no clause
            start = then.end()
        elif (
            lex.lang == "en"
            and JUDGES.fullmatch(verb.group().casefold())
            and (then := _PARTICIPLE.search(text, start, limit)) is not None
            and not _FINITE_EN.search(text, start, then.start())
            and not _PARTICIPLE_OBJECT.match(text, then.end())
        ):
            # "Voight criticised the proposal, warning that it would drain the fund": what the
            # verb judged is its object, what was said follows the participle
            start = then.end()
        if lex.lang == "en" and (subject := _THAT_SUBJECT.match(text, verb.end(), limit)) is not None:
            start = subject.start(1)  # "said that worked out at 143,000 a head": "that" is the subject
        if lex.lang == "en" and index == 0 and (inner := _parenthetical(text, sent, verb, lex)) is not None:
            start = sent.start  # "But the weapons it has, he added, are like ...": the whole sentence
            # (the speaker is the attribution's own subject: "That age group, as well as many
            # other Remainers, MPs say, could turn ...")
            mention = parse_mention(inner, lex) or ParsedMention(printed=inner)
        if lex.lang == "en" and verb.group().endswith(" back") and text.startswith(("at ", "against "), start):
            continue  # "Labour hit back at the Tory proposals, with ...": whom it answered, not what
        if lex.lang == "en" and text.startswith("of ", start) and not _THAT.match(text, verb.end()):
            continue  # '"...," Ms. Kovner said of herself and her husband': whom it was said of
        if (
            lex.lang == "en"
            and verb.group() in ("agreed", "agrees")
            and not _THAT.match(text, verb.end())
            and not text.startswith(("to ", "with ", "on "), start)
            and not _FINITE_EN.search(text, start, limit)
        ):
            continue  # "X and Y agreed a 90-day truce": what they settled on, not what was said
        if (
            lex.lang == "en"
            and (day := _DAY_FIRST.match(text, start, limit))
            and _FINITE_EN.search(text, day.end(), limit)
        ):
            start = day.end()  # "said Tuesday the version ... is not true", "said yesterday ...": when, then what
        if lex.lang == "en" and verb.group() in ("claimed", "claims", "claim") and _CLAIMED_THING.match(text, start):
            continue  # "X claimed responsibility for the attack", "claims victory": what was done, not said
        if lex.lang == "en" and _HOW_SPOKEN.match(text, start):
            continue  # '"...," a spokeswoman said, speaking on condition of anonymity': how, not what
        if lex.lang == "en" and _doing_after(text, verb.end(), start, limit):
            continue  # '"...," Mr. Brown said, recalling a visit to his church': what he was doing
        if lex.lang == "en" and _BY_DOING.match(text, start) and not _SAYS_WHAT.search(text, start, limit):
            # "X responded by standing next to a chart": what was done, not said ("responded by
            # using the example of Chicago to prove that ..." says what)
            continue
        if lex.lang == "en" and (
            (when := _CIRCUMSTANCE_THAT.match(text, start, limit))
            or (when := _DATE_THAT.match(text, start, limit))
            or (when := _ADVERB_THAT.match(text, start, limit))
            or ((when := _CIRCUMSTANCE_COMMA.match(text, start, limit)) and _FINITE_EN.search(text, when.end(), limit))
        ):
            # "said in a statement that ...", "said Wednesday that ...", "has said repeatedly that
            # ...": what follows "that"
            start = when.end()
        if lex.lang == "en" and verb.group() in _EN_OBJECT_VERBS:
            # "challenged the prime minister to publish ...", "repeated his claim that ...": a
            # statement only with what is asked of someone, or with a clause after "that".
            wanted = _EN_OBJECT_VERBS[verb.group()]
            shape = wanted.match(text, start, limit)
            # ("reiterated that ...": the "that" is already passed)
            said_that = wanted is _RESTATED and _THAT.match(text, verb.end()) is not None
            if shape is None and not said_that and (verb.group() not in _ASKING or _words(text[start:limit]) > 0):
                continue  # (what was asked may come first: "How was it right ..., the leader asked.")
            start = shape.end() if shape is not None and wanted is _RESTATED else start  # (the clause after "that")
        if (
            verb.group().casefold() in _CLAUSE_VERBS
            and not _CLAUSE_OPENS.match(text, verb.end(), limit)
            and (_words(text[start:limit]) < _MIN_CONTENT_BEFORE or verb.group().casefold() in _STANCE_VERBS)
        ):
            continue  # "X membenarkan hal tersebut", "mendorong industri": no statement without its clause
        if lex.lang == "id" and _SAID_THAT_ID.match(text, start, limit):
            continue  # "Dia menyampaikan itu menyusul ...", "X mengatakan hal itu saat ...": what was said came before
        addressee = _ADDRESSEE.match(text, start, limit)
        if addressee:
            start = addressee.end()
        elif verb.group() == "told":
            obj = _TOLD_OBJECT.match(text, start, limit)
            if obj is None and _TOLD_THEN_QUOTE.match(text, start):
                continue  # 'he told the Financial Times: "..."': who was told, then the quote
            # "told reporters this was the only chance", "told the Daily Record he wants ...": who
            # was told, then the clause, which opens with its own subject.
            obj = obj or _TOLD_ADDRESSEE.match(text, start, limit) or _TOLD_CLAUSE.match(text, start, limit)
            if obj is None and (adding := _TOLD_ADDING.match(text, start, limit)) is not None:
                # "<content>, Mutua told reporters, adding that <more>": both are hers
                if not results and (said_first := _said_first(text, sent, verb, paragraph, mention, lex)) is not None:
                    results.append(said_first)
                obj = adding
            if obj is None and not _FINITE_EN.search(text, start, limit) and not results:
                # "<content>, Alan Milburn told Radio 4's Today programme on Saturday.": only who
                # was told follows; what was said came first.
                if (said_first := _said_first(text, sent, verb, paragraph, mention, lex)) is not None:
                    results.append(said_first)
                continue
            start = obj.end() if obj else start
        elif (
            verb.group() in _TELLING_THAT
            and (obj := _TOLD_OBJECT.match(text, start, limit)) is not None
            and not _FINITE_EN.search(text, start, obj.end())
        ):
            start = obj.end()  # "warned lawmakers that ...", "assured investors that ...": whom, then what
        if (
            lex.lang == "en"
            and _may_narrate(text, start, limit)
            and (tail := _NARRATED_TAIL.search(text, start, limit))
        ):
            limit = tail.start()  # "... next year - although he gave no figures": the reporter's, not the speaker's
        if (
            lex.lang == "en"
            and any(map(text[start:limit].__contains__, _OWN_ACT_WORDS))  # (the span cut once)
            and (act := _OWN_ACT.search(text, start, limit)) is not None
        ):
            limit = act.start()  # "... in the next few weeks and attacked the Tory plans": what he did next
        if (
            lex.lang == "en"
            and "ing " in text[start:limit]
            and (then := _PARTICIPLE.search(text, start, limit)) is not None
            and _words(text[start : then.start()]) >= _MIN_WORDS
            and _words(text[then.end() : limit]) >= _MIN_WORDS
            and _FINITE_EN.search(text, start, then.start())
            and not _PARTICIPLE_OBJECT.match(text, then.end())
        ):
            # "said rents would be frozen, adding that no homes would be sold": two statements, the
            # second read by _participle after this one ends ("announced the plan on Sunday, saying
            # ...": one, what the participle says)
            limit = then.start()
        start, end = _strip_end(text, start, limit)
        if (
            lex.lang == "en"
            and text.endswith("ing", start, end)
            and (handing := _HANDS_ON_QUOTE.search(text, max(start, end - 20), end))
        ):
            # "He warned his supporters against complacency, saying: "..."": the participle hands
            # on the quote after it; what comes before it is said only with a verb of its own
            if not _FINITE_EN.search(text, start, handing.start()):
                continue
            end = handing.start()
        where = _WHERE_SAID.search(text, max(start, end - _TAIL_REACH), end) if lex.lang == "en" else None
        if where is not None and _words(text[start : where.start()]) >= _MIN_WORDS:
            end = where.start()  # "called for more school investment in a statement on Thursday"
        confidence = 0.65 if mention.pronoun else 0.75
        if (
            lex.lang == "en"
            and not results
            and _THEN_JOINED.match(text, verb.end())
            and (said_first := _said_first(text, sent, verb, paragraph, mention, lex)) is not None
        ):
            # "<content>, he said, but <more>": both halves are his
            results.append(said_first)
        # (English paragraphs end a sentence's reach; Indonesian copy often sets each sentence,
        # and the quote a verb introduces, on a line of its own)
        following = text[sent.end : sent.end + 2].lstrip(" " if lex.lang == "en" else None)
        if limit == sent.end and following[:1] in _QUOTE_MARKS:
            # 'X said, "..."': the verb introduces the quote, not reported speech.
            if _words(text[start:end]) < _MIN_WORDS:
                continue
        elif (
            _words(text[start:end]) <= _TRAILING_MAX_WORDS
            and not results
            and verb.group() not in _VIEW_OF_VERBS
            and not _opens_content(text, verb.end())
            and not _THAT.match(text, verb.end())
            and (said_first := _said_first(text, sent, verb, paragraph, mention, lex)) is not None
        ):
            results.append(said_first)
            continue
        if lex.lang == "en" and not _THAT.match(text, verb.end()) and _CIRCUMSTANCE_ONLY.match(text, start, end):
            clause = _CLAUSE_AFTER_CIRCUMSTANCE.match(text, start, end)
            if clause is not None:
                start = clause.end()  # "said on Friday they would work together": the clause after
            elif _words(text[start:end]) <= 12 and not _AUXILIARY_EN.search(text, start, end):
                continue  # "... than Mr Brown forecast in his March budget": where it was said, not what
        if lex.lang == "en" and _SAID_THIS.match(text, start, end):
            continue  # "Danladi stated this while addressing journalists": when the words before were said
        if (
            lex.lang == "en"
            and verb.group() in _THING_VERBS
            and not _THAT.match(text, verb.end())
            and not _FINITE_EN.search(text, start, end)
            and not _CLAUSE_SUBJECT.match(text, start, end)
            and not (verb.group() not in _DOUBTING_VERBS and _INFINITIVE.search(text, start, end))
        ):
            continue  # "announced a new rail plan", "recalled its ambassador": a thing done, nothing said
        if _words(text[start:end]) >= (_MIN_VIEW_WORDS if verb.group() in _VIEW_OF_VERBS else _MIN_WORDS):
            results.append(_found(start, end, paragraph, verb.group(), mention, False, confidence))
    return results


# What goes on with no subject of its own after a mid-sentence attribution: "All of which, he said,
# would help ...", "the weapons at its disposal, he added, are like 'nuclear bombs'".
_EN_SUBJECTLESS = re.compile(
    r",\s+(?:are|is|was|were|would|will|can|could|should|has|have|had|must|may|might|does|did|remains?)\s"
)


def _parenthetical(text: str, sent: Span, verb: re.Match[str], lex: Lexicon) -> str | None:
    """The attribution's subject when it stands between commas inside the sentence ("..., he
    added, are like", "..., Mr Fowler said, would help") with a subjectless rest after it, so that
    what was said is the whole sentence, as "Angka itu, kata Viryan, melampaui target" is
    (_middle_root); else None."""
    if not _EN_SUBJECTLESS.match(text, verb.end(), sent.end):
        return None
    comma = text.rfind(",", sent.start, verb.start())
    subject = text[comma + 1 : verb.start()].split()
    if (
        comma > sent.start
        and 0 < len(subject) <= _PARENTHETICAL_WORDS
        and (
            subject[-1][:1].isupper()
            or subject[-1].casefold() in lex.pronouns
            or unnamed_group(" ".join(subject))  # "The plan, officials say, will cost billions"
        )
    ):
        return " ".join(subject)
    return None


_PARENTHETICAL_WORDS = 4


# "that" as the subject of what was said, not the word that opens it: a verb follows it that
# cannot be read as an adjective before a noun ("said that increased spending was needed").
_THAT_SUBJECT = re.compile(
    r"[\s,]*(that)\s+(?:is|was|has|had|would|will|could|should|can|may|might|must|meant|means|seems|seemed|"
    r"does|did|shows|showed|proves|proved|worked|works|remains|remained|amounts|amounted|equals|equalled)\b"
)
# A participle after the verb's comma, or after "in", "while", "when", ... ("He said raising taxes
# would hurt": no comma, a gerund opening what he said).
_DOING_AFTER = re.compile(r"(?:(?:in|while|when|after|before|upon|by)\s+)?([a-z]+ing)\b(?!\s+that\b)")
# After the verb, how it was said: "said, speaking on condition of anonymity", "writing in the Times".
_HOW_SPOKEN = re.compile(r"(?:speaking|writing|appearing|testifying|responding|interviewed|asked)\b")
_THEN_JOINED = re.compile(r",\s+(?:but|and|although|though|while|yet)\s")  # after the verb: a second half
_BY = re.compile(r"\s+by\b(?!\s+\w+ing\b)")  # ("responded by using ..." is active)
_BY_DOING = re.compile(r"by\s+\w+ing\b")
_SAYS_WHAT = re.compile(
    r"\b(?:saying|arguing|claiming|warning|insisting|to\s+(?:prove|show|argue|say|suggest|make\s+the\s+case)\s+that)\b|[:\"“]"
)
_THAT = re.compile(r"\s+(?:that|bahwa)\b(?![’'])")  # "he has suggested that is what he will do": content after


def _opens_content(text: str, at: int) -> bool:
    """'X mengatakan, <content>': a comma or colon right after the verb opens what was said, so
    the words before the subject are its post ("Duta Besar ... untuk Amerika Serikat, X
    mengatakan, ..."), not content said first."""
    return text.startswith((",", ":"), at) and text[at + 1 : at + 2] == " "


# Verbs of answering that open a clause after a connective, before the subject: "Sementara itu
# menanggapi X, Bupati menyatakan ...".
_RESPONDING_ID = frozenset({"menanggapi", "merespons", "merespon", "menyikapi", "mengomentari"})
# First words of a clause that says where, when or how something was said, not what.
_CIRCUMSTANCE_FIRST = frozenset(
    {"in", "at", "on", "during", "after", "before", "while", "when", "with", "from", "following", "speaking"}
    | {"asked", "responding", "addressing", "writing", "ahead", "despite"}
    | {"dalam", "pada", "di", "saat", "ketika", "usai", "seusai", "setelah", "sebelum", "kepada", "ditemui"}
    | {"selama", "sejak", "sewaktu", "tatkala", "sambil", "seraya"}
    | {"dikonfirmasi", "merespon", "merespons", "menanggapi", "menyikapi"}
)  # ("Terkait X, Anita menyatakan tidak tahu": what it is about, which the statement keeps)


# The words of a sentence's opening that only say when, after a connective: "Selain itu, pada
# Rabu (28/5/2025),", "Sebelumnya, Senin lalu,", "Meanwhile, on Tuesday,".
_WHEN_WORDS = frozenset(
    {"pada", "hari", "itu", "ini", "lalu", "kemarin", "tadi", "pagi", "siang", "sore", "malam", "sebelumnya"}
    | {"selain", "sementara", "namun", "kemudian", "adapun", "sedangkan", "di", "sisi", "lain", "terpisah", "secara"}
    | {"on", "last", "earlier", "meanwhile", "yesterday", "today", "however", "separately", "morning", "evening"}
    | {"afternoon", "night", "also"}
    | set(WEEKDAYS)
)
_BRACKETED = re.compile(r"\([^()]{0,20}\)")


def _only_when(opening: str) -> bool:
    """Whether a sentence's words before its speaker are connectives and a day alone (a weekday,
    "kemarin", "yesterday"), no statement."""
    words = [w.strip(",.").casefold() for w in _BRACKETED.sub(" ", opening).split()]
    return bool(words) and all(w in _WHEN_WORDS or w.isdigit() for w in words if w)


def _said_first(
    text: str, sent: Span, verb: re.Match[str], paragraph: int, mention: ParsedMention, lex: Lexicon
) -> Found | None:
    """The statement printed before its attribution ("<content>, Ms Hollister told GMTV."), spoken
    by whoever the words after its last comma name, else by the verb's subject; None when none."""
    trailing = _content_before(text, sent, verb, lex)
    if trailing is None:
        return None
    start, end, named = trailing
    return _found(start, end, paragraph, verb.group(), named or mention, False, 0.7)


# The most words a name or its apposition takes between the commas of a trailing attribution.
_APPOSED_WORDS = 12


def _apposed_before(text: str, sent: Span, comma: int, lex: Lexicon) -> tuple[int, ParsedMention] | None:
    """Where the content ends and who the speaker is when the attribution after it is a name and
    its description in apposition, the verb right after their last comma: "<content>, Tomas
    Reyes, the finance minister, said", "<content>, the finance minister, Tomas Reyes, told
    parliament"; else None."""
    second = text.rfind(",", sent.start, comma)
    first = text.rfind(",", sent.start, second) if second > sent.start else -1
    if first <= sent.start:
        return None
    pair = [text[first + 1 : second].strip(), text[second + 1 : comma].strip()]
    if not all(0 < _words(part) <= _APPOSED_WORDS for part in pair):
        return None
    # One part is the name (capitalised), the other describes it in lower case ("the finance
    # minister", "a Republican state senator"): a list of names or of places is no apposition.
    if [part[:1].islower() for part in pair].count(True) != 1:
        return None
    mention = parse_mention(", ".join(pair), lex)
    if mention is None or mention.pronoun or not mention.name:
        return None
    return first, mention


def _content_before(
    text: str, sent: Span, verb: re.Match[str], lex: Lexicon
) -> tuple[int, int, ParsedMention | None] | None:
    """ "<content>, Ms Hollister told GMTV." / "<content> he insisted.": the content comes first;
    with the speaker as the words after its last comma name them."""
    comma = text.rfind(",", sent.start, verb.start())
    between = [w for w in (w.strip("\"“”'‘’") for w in text[comma + 1 : verb.start()].split()) if w]
    while lex.lang == "en" and between and between[-1].casefold() in lex.adverbs:
        between.pop()  # "<content>, Sam Orr has said."
    if between and between[0].casefold() in _JOINERS:
        return None  # "The talks ended on Monday, but X said ...": a clause of its own, then X's
    named = parse_mention(" ".join(between), lex) if comma > sent.start and between else None
    if named is None and lex.lang == "en" and not between and (apposed := _apposed_before(text, sent, comma, lex)):
        # "<content>, Tomas Reyes, the finance minister, said.": the speaker and the post in
        # apposition, each between commas
        comma, named = apposed
    if named is not None:
        start, end = _strip_end(text, sent.start, comma)
        # (after an opening clause: "Diberitakan sebelumnya, Deputi Politik 5.0 TPN X, Andi membeberkan ...")
        # ("Kepala Desa Sukamulya, Kecamatan Cikalong, Kabupaten Tasikmalaya, Enjang mengatakan": the
        # post with the places it serves, each after a comma)
        for before in (text[start:end].rsplit(",", 1)[-1].split(), text[start:end].replace(",", " ").split()):
            if before and before[0].casefold() in lex.roles and all(w[:1].isupper() or w[:1].isdigit() for w in before):
                return None  # "Deputi Strategi 4.0 TKN Harapan, Rudi membeberkan ...": the post in apposition
    else:
        words = text[sent.start : verb.start()].split()
        if len(words) < 5 or words[-1].casefold() not in lex.pronouns:
            return None
        if lex.lang == "en" and words[-2].casefold() in _RELATIVES_EN:
            # "Gov. Tom Reyes praised Mayor Ann Kowal, who he said had done a great job": the verb
            # is inside a relative clause, and the words before it are no statement
            return None
        start, end = _strip_end(text, sent.start, text.rfind(words[-1], sent.start, verb.start()))
    if _only_when(text[start:end]):
        return None  # "Selain itu, pada Rabu (28/5/2025), Bupati X mengatakan ...": when, then who said what
    # Short openers ("Dalam sidang itu, X membantah.") are circumstances, not content; so is any
    # opener of where, when or how ("In a letter to Governor Tom Hale, Senator Ann Lee said ...").
    opening = text[start:end].casefold().split(maxsplit=2)
    if opening and opening[0] in _CIRCUMSTANCE_FIRST and opening[1:2] not in (["least"], ["most"]):
        return None  # ("At least three people died, the first minister said": what was said)
    if (
        lex.lang == "en"
        and opening
        and opening[0].endswith("ing")
        and text[start : start + 1].isupper()
        and not _FINITE_EN.search(text, start, end)
    ):
        # "Launching his campaign at the LSE, Mr Pennock urged ...": what he was doing ("Raising
        # the limit would save lives, he said" is what he said)
        return None
    count = _words(text[start:end])
    if lex.lang == "en" and _MIN_CONTENT_BEFORE_EN <= count < _MIN_CONTENT_BEFORE:
        # Short content must be a clause ("Taxes will rise", "That is not true"), not a phrase
        # ("For his part, Harwood said little", "Earlier this week, he said").
        return (start, end, named) if _FINITE_EN.search(text, start, end) else None
    return (start, end, named) if count >= _MIN_CONTENT_BEFORE else None


# "Hal itu diungkapkan Kapolres X kepada wartawan.": the sentence before was X's.
# ("Informasi itu dibenarkan Kapolsek X", "Penegasan itu disampaikan X": news confirmed, a point
# stressed)
BACK_HEADS = (
    "Hal ",
    "Fakta ",
    "Keterangan ",
    "Pernyataan ",
    "Informasi ",
    "Kabar ",
    "Penegasan ",
    "Penjelasan ",
    "Demikian ",
)
BACK_AFTER_STOP = tuple(f". {head}" for head in BACK_HEADS)  # (one opening a sentence inside a paragraph)
# Where the words after such an attribution say to whom, when or where it was said ("baru-baru
# ini", "kemarin", "beberapa waktu lalu": when, never the speaker's epithet).
_BACK_STOPS = "kepada|saat|ketika|usai|seusai|di|dalam|pada|baru-baru|belum|kemarin|tadi|beberapa|sebelumnya"
# The words whose full stop, inside a name, ends no sentence: an initial ("M. Yusuf"), a title
# ("Dr.", "Hj.", "Prof."), a short form of a given name ("Muh.", "Moh."), a rank's corps ("Inf.").
_ABBREVIATIONS_IN_NAMES = ("Dr", "Drs", "Ir", "Hj", "Prof", "Pj", "Plt", "Plh", "Pol", "Inf", "Muh", "Moh", "Moch")
_ABBREVIATED = "(?:(?<=\\b[A-Z])|" + "|".join(f"(?<={w})" for w in _ABBREVIATIONS_IN_NAMES) + ")"
_NOT_ABBREVIATED = ")(?<!".join(_ABBREVIATIONS_IN_NAMES)
_BACK_REFERENCE = re.compile(
    # ("Demikian dikatakan X ...": thus said X)
    rf"(?:(?:{'|'.join(h.strip() for h in BACK_HEADS[:-1])})\s+(?:itu|ini|tersebut)|Demikian)\s+(?:juga\s+)?"
    r"(?:diungkapkan|diungkap|disampaikan|dikatakan|dijelaskan|ditegaskan|dipaparkan|diterangkan|diutarakan"
    # ("Hal itu dibenarkan Kasat Reskrim X": confirmed by; "diakui": admitted by)
    r"|dikemukakan|dibenarkan|diakui|dituturkan|dinyatakan)"
    rf"(?:\s+langsung)?(?:\s+oleh)?\s+(?P<m>[A-Z](?:[^,.;\n]|{_ABBREVIATED}\.(?=\s*[A-Z]))"
    # (a full stop ends the mention unless an initial's or a title's: "M. Yusuf", "Dr. Sari",
    # "Letkol Inf. X"; "... Budi Santoso. Warga diminta ...": the next sentence)
    rf"{{2,120}}?)(?=\s+(?:{_BACK_STOPS})\b|[,;]|\.(?!\s*[A-Z])|(?<!\b[A-Z])(?<!{_NOT_ABBREVIATED})\.(?=\s)|$)"
)

# The name after the post that _BACK_REFERENCE stops at: ", Puteri Komarudin," (parse_mention
# says whether it is a name: not ", Senin" nor ", Jawa Barat").
_NAME_AFTER_POST = re.compile(
    r",(\s+(?:(?:dr|drg|drh)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"  # (a doctor's "dr." in lower case)
    # (a full stop that ends the sentence: before a space, a new paragraph or the end)
    rf"(?=\s*[,;]|\.(?=\s|$)|\s+(?:{_BACK_STOPS})\b|$)"
)


def said_before(
    text: str, paragraph_start: int, previous: tuple[int, int] | None, index: int, lex: Lexicon
) -> Found | None:
    """A paragraph that opens "Hal itu diungkapkan X ..." gives the previous paragraph's last
    sentence to X ("Sopir itu mengantuk. // Hal itu diungkapkan Kapolres X kepada wartawan.")."""
    if lex.lang != "id" or previous is None or not text.startswith(BACK_HEADS, paragraph_start):
        return None
    sentences = split_sentences(text, *previous)
    return _said_back(text, paragraph_start, sentences[-1] if sentences else None, index - 1, lex)


def said_back_within(text: str, lo: int, hi: int, index: int, lex: Lexicon) -> list[Found]:
    """The sentences of a paragraph that a later sentence of it gives to someone: "Vaksinasi
    dilanjutkan pekan depan. Hal itu disampaikan Kepala Dinas X kepada wartawan." (the first
    sentence is X's)."""
    if lex.lang != "id" or all(text.find(head, lo, hi) < 0 for head in BACK_AFTER_STOP):
        return []
    sentences = split_sentences(text, lo, hi)
    found = []
    for before, sent in zip(sentences, sentences[1:], strict=False):
        if text.startswith(BACK_HEADS, sent.start) and (back := _said_back(text, sent.start, before, index, lex)):
            found.append(back)
    return found


def said_back_by(text: str, at: int, lex: Lexicon) -> tuple[str, ParsedMention] | None:
    """The verb and the one named by a "Hal itu diungkapkan X ..." / "Demikian dikatakan X" at `at`."""
    match = _BACK_REFERENCE.match(text, at)
    if match is None:
        return None
    mention = parse_mention(match.group("m"), lex)
    named = (
        _NAME_AFTER_POST.match(text, match.end())
        if mention is not None and (not mention.name or mention.role)
        else None
    )
    apposed = parse_mention(f"{match.group('m')},{named.group(1)}", lex) if named is not None else None
    # "Hal itu disampaikan Kepala Dinas X, Puteri Komarudin.": the post, then whose it is
    # ("Kepala Puskesmas Sungai Durian, dr. Nurul Hikmah": the body's own name, then hers)
    if (
        named is not None
        and apposed is not None
        and apposed.name
        and (mention is None or not mention.name or apposed.name in named.group(1))
    ):
        mention = apposed
    if mention is None or not (mention.name or mention.role):
        return None
    verb = next(w for w in match.group().split() if w.startswith("di"))
    return verb, mention


def _said_back(text: str, at: int, before: Span | None, index: int, lex: Lexicon) -> Found | None:
    """What `before` says, given to the one the "Hal itu diungkapkan X" at `at` names."""
    if before is None or (told := said_back_by(text, at, lex)) is None:
        return None
    start, end = _strip_end(text, before.start, before.end)
    if _words(text[start:end]) < _MIN_CONTENT_BEFORE or any(map(text[start:end].__contains__, '"“”')):
        return None
    return _found(start, end, index, told[0], told[1], False, 0.6)


def _quoted_as(text: str, sent: Span, paragraph: int, lex: Lexicon) -> Found | None:
    """ "The Times quoted Mr. Putin as saying the sanctions would not work.": the words of the
    one quoted, after "as saying"."""
    match = QUOTED_AS.search(text, sent.start, sent.end)
    if match is None:
        return None
    mention = quoted_as_whom(match, lex)
    if mention is None or not (mention.name or mention.pronoun or mention.org):
        return None
    after = THAT_AFTER.match(text, match.end())
    start, end = _strip_end(text, after.end() if after else match.end(), sent.end)
    if _words(text[start:end]) < _MIN_WORDS:
        return None
    return _found(start, end, paragraph, "quoted", mention, False, 0.7)


# The outlet that relayed a statement, printed after it: "..., CNN reported.", "..., seperti
# dilaporkan oleh Tribunnews.", "..., dikutip dari Antara.": the reporter's, not the speaker's.
_RELAYED_BY = re.compile(
    r"(?:,\s*|\s+)(?:(?:as\s+)?(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+(?:first\s+)?(?:reported|reports)"
    # ("..., Reuters reported on Tuesday.", "..., the BBC reported earlier this week")
    rf"(?:\s+(?:on\s+)?{_DAY}"
    r"|\s+(?:earlier|last)\s+(?:this\s+)?(?:week|month)|\s+(?:yesterday|today|earlier))?"
    # ("..., the newspaper said", "..., sources told the BBC", "..., reports said": who relayed it)
    r"|(?:the\s+(?:newspaper|paper|report|broadcaster|agency|website|magazine)|reports|sources|officials|aides)"
    r"\s+(?:said|say|says|reported|told\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
    rf"(?:\s+(?:on\s+)?{_DAY})?"
    r"|(?:(?:seperti|sebagaimana)\s+)?(?:dilaporkan|diberitakan|dikutip|dilansir)\s+(?:oleh\s+|dari\s+)?"
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})[\s.,]*$"
)


_TAIL_HINT_REACH = 130


def _undated(text: str, found: Found) -> Found:
    """`found` without the day (and the occasion) its attribution gives at its start or end:
    "mengatakan, Senin (11/3/2024), <isi>", "mengatakan <isi> saat ditemui di pendopo, Rabu
    (13/3)." (see dating.DAY_TAIL_ID); the day still dates it."""
    start, end = found.start, found.end
    lead = DAY_LEAD_ID.match(text, start, end)
    if lead is not None:
        start = lead.end()
    if (tail := day_tail(text, start, end, _TAIL_HINT_REACH)) is not None:
        end = tail
    start, end = _strip_end(text, start, end)
    if (start, end) == (found.start, found.end) or _words(text[start:end]) < _MIN_WORDS:
        return found
    return replace(found, start=start, end=end)


_RELAYED_WORDS = re.compile(r"report|said|says|say|told|dilaporkan|diberitakan|dikutip|dilansir")


def _unrelayed(text: str, found: Found) -> Found:
    """`found` without the outlet that relayed it at its end (see _RELAYED_BY)."""
    tail = max(found.start, found.end - _TAIL_REACH)
    if not _RELAYED_WORDS.search(text, tail, found.end):
        return found  # (most statements: no outlet's word in their last words)
    relayed = _RELAYED_BY.search(text, tail, found.end)
    if relayed is None or _words(text[found.start : relayed.start()]) < _MIN_WORDS:
        return found
    start, end = _strip_end(text, found.start, relayed.start())
    return replace(found, start=start, end=end)


def find_reported(text: str, lo: int, hi: int, paragraph: int, lex: Lexicon) -> Iterator[Found]:
    """Reported speech in `text[lo:hi]`, a stretch of a paragraph outside quotation marks."""
    for found in _find_reported(text, lo, hi, paragraph, lex):
        if found.kind != StatementKind.INDIRECT:
            yield found
        elif lex.lang == "id":
            yield _undated(text, _unrelayed(text, found))
        else:
            yield _unrelayed(text, found)


def _find_reported(text: str, lo: int, hi: int, paragraph: int, lex: Lexicon) -> Iterator[Found]:
    for sent in split_sentences(text, lo, hi):
        found = (
            _menurut(text, sent, paragraph, lex)
            or _passive_lead(text, sent, paragraph, lex)
            or _nya_lead(text, sent, paragraph, lex)
            or _middle_root(text, sent, paragraph, lex)
        )
        if found is not None:
            yield found
            continue
        relayed = (
            _quoted_as(text, sent, paragraph, lex)
            if lex.lang == "en" and "quoted" in text[sent.start : sent.end]
            else None
        )
        if relayed is not None:
            yield relayed
            continue
        several = _subject_verb(text, lo, sent, paragraph, lex)
        if lex.lang == "en":
            several += _participle(text, sent, paragraph, max((f.end for f in several), default=sent.start), lex)
        if several:
            yield from several
            continue
        found = _trailing_root(text, sent, paragraph, lex) or (
            _menurut_inside(text, sent, paragraph, lex) if lex.lang == "id" else None
        )
        if found is not None:
            yield found
