"""Find who a quote or a reported clause is attributed to: the cue (speech verb, "-nya"
form) next to it and the speaker mention it introduces."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from quotetrack.extract.mentions import (
    CAMPAIGN,
    CHAIRED_BY,
    DEMONSTRATIVES,
    EN_EPITHET_WORDS,
    EN_PARTY_WORDS,
    EPITHET_WORDS,
    FIELDS_LISTED_EN,
    NAME_PARTICLES,
    ONE_OF_ID,
    PARTICIPLE_CUES,
    PARTY_BRACKET,
    PARTY_MEMBER,
    PARTY_STATE_BRACKET,
    THING_HEADS,
    TRAILING_SHORT_FORM,
    ParsedMention,
    bare_voice,
    body_epithet_id,
    body_of_kind,
    body_reference,
    body_voice,
    campaign_reference,
    described_person,
    document_source,
    parse_mention,
    parse_named_first,
    police_force,
    post_of_epithet,
    post_s_nickname,
    singular_title,
    unnamed_group,
    unnamed_voice,
    without_term,
)
from quotetrack.extract.possessive import possessive_post
from quotetrack.extract.words import Lexicon
from quotetrack.text.dates import WEEKDAYS
from quotetrack.text.lexicon import NAME_SHORT_FORMS
from quotetrack.text.segment import split_sentences
from quotetrack.text.stem import is_dictionary_word

# Where a mention that follows its verb ends: a preposition, a time, a bracketed date,
# a comma followed by lower case, or the end of the sentence.
# A description in lower case up to its demonstrative, relative clause and all ("pria yang akrab
# disapa Hendi itu"): the mention after a verb that _MENTION_END would cut at "yang".
_EPITHET_AFTER = re.compile(r"[ \t]+([a-z][\w-]*(?:[ \t]+[\w-]+){1,14}?[ \t]+(?:itu|ini|tersebut))(?=[\s.,;]|$)")
_MENTION_END = re.compile(
    r"\s+(?:di|kepada|dalam|saat|ketika|usai|seusai|pada|dengan|melalui|lewat|sambil|seraya|didampingi|"
    r"sebelum|setelah|sesudah|ditemui|dihubungi|dikonfirmasi|kala|tentang|soal|terkait|mengenai|"
    r"menjawab|menanggapi|dikutip|seperti|sebagaimana|yang|selaku|sebagai|kemarin|usai|jelang|"
    r"menjelang|in|on|at|to|during|after|before|while|when|who|yesterday|today|last|this|as|"
    r"from|about|after|told|and|but|adding|saying|referring|speaking|according)\b"
    r"|,\s*(?=(?!(?:dan|serta|and)\s+[A-Z])[a-z(]|(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    # ('kata X (Kompas, 10/9/2020).': an earlier report cited in brackets, its outlet and date;
    # 'kata X. (*)': the editor's end mark after the full stop)
    r"|\s*\((?=\d|[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2},[ \t]*\d)|[;:!?\"“”‘’\n]|\.(?=\s+[A-Z\"“”(]|\s*$)"
    # ('kata Agus Jumat, (1/5/2020)': the day the sentence gives, printed right after the name)
    r"|\s+(?=(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu)\b[\s,]*\(\d)"
)
_LEAD = re.compile(r"[\s,.!?;:—–-]{0,4}")
_TITLE_DOT = re.compile(
    # (a capital after a full stop closes an initialism: "the U.S. State Department")
    # ("Letkol Inf. X", "Kolonel Czi. Y", "Letkol Pnb. Z": an officer's corps after the rank)
    # ("kata Tgk. X", "ujar Pdt. Y", "kata Ust. Z": a cleric's title in Aceh, a church, a pesantren)
    r"(?:(?:^|\s)(?:Dr|Drs|Dra|dr|drg|drh|Ir|Hj|KH|Tgk|Pdt|Mgr|Ust|Prof|Pj|PJ|Pjs|Plt|Plh|Kab|Pol|Inf|Kav|Arh|Arm|Czi|Cpm|Chk|Ckm|Pnb|Psk|Ms|Mr|Mrs|Gov|Govs|Sen|Sens|Rep|Reps|St|Lt|Gen|Col|Jr|Sr|Rev|Hon|Fr|"
    rf"Sgt|Capt|Cllr|Supt|Insp|Det|Maj|Cpl|Adm|Cmdr|Cdr|Brig|Atty|Gen|Engr|Arc|Barr|Amb|Smt|Rt|{'|'.join(NAME_SHORT_FORMS)})"
    r"|(?:^|[\s.])[A-Z])$"
)
_COMPANY_DOT = re.compile(r"\s[A-Z][\w&'’-]*\s+(?:Ltd|Inc|Corp|Co|Bros|Plc)$")
# A title's, a rank's, an initial's or a company's full stop inside a mention ("Gov. X", "Dr. Y",
# "M. Z", "IG Ltd.", "Police chief Adj. Sr. Comr. X") ends no sentence.
ABBREVIATION_DOT = re.compile(
    r"\b(?:[A-Z]|Dr|Drs|Dra|Ir|Hj|KH|Tgk|Pdt|Mgr|Ust|Prof|Pj|Plt|Pol|Ms|Mr|Mrs|Gov|Sen|Rep|St|Lt|Gen|Col|Jr|Sr|Ltd|Inc|Corp|Co|Bros"
    r"|Comr|Adj|Insp|Supt|Brig|Maj|Capt|Sgt|Det|Cmdr|Adm)\."
)
_WINDOW = 160
# '," Sam Kerr, the Republican attorney general of Kansas, one of the states suing the agency,
# said': how far after a quote the verb of a mention printed first may stand.
_MENTION_FIRST_REACH = 140
# "menurut X" / "according to X": the source named after what was said (a quote's or a clause's cue).
ACCORDING_TO = re.compile(r"(?:according\s+to|menurut)\b", re.IGNORECASE)
# ", the director of ...", ", a spokesman for ...": a post printed after the name, in lower case.
_POST_AFTER = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?([A-Za-z]+)\b(\s+(?:of|for)\b)?")
# Nouns that open a post only with what they head: ", head of the Policy Centre", ", member of ...".
_HEADS_OF = frozenset({"head", "member", "founder", "boss"})
_NAME_AFTER_FIELD = re.compile(
    # (no place in the field: "kata Presiden dalam rapat di Istana X, Jakarta" is a circumstance)
    # ("said a senior official at the Finance Ministry, X": where the post is held, then the name)
    r"\s+(?:dalam|bidang|urusan|untuk|for|of|at|with)\s+(?:(?!di\s|pada\s|at\s|in\s)[^,.;:\"“”\n]){1,50},\s*"
    r"(?P<name>[A-Za-z][^,.;:\"“”\n]{1,40}?)(?=,|\s*\.|\s*$)"
)
# 'X told BBC News: "..."', 'X told the Scottish Parliament: "..."': who was told, then the quote.
_TOLD_WHOM = re.compile(
    r"\s+(?:(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z0-9][\w'’.&-]*){0,5}"
    r"(?:\s+(?:programme|program|show|newspaper|paper|magazine|website|channel|station|radio))?"
    # ('told reporters: "..."', 'told the conference: "..."': the people spoken to, in lower case)
    r"|(?:the\s+|a\s+group\s+of\s+)?(?:reporters|journalists|press|media|audience|crowd|delegates|supporters|"
    r"conference|meeting|rally|lawmakers|legislators|members|voters|students|residents|workers|activists))"
    # (and where or when: 'told reporters in Washington: "..."', 'told the BBC last night: "..."')
    r"(?:\s+(?:in|on|at|during|after)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,4}"
    r"|\s+(?:last\s+night|yesterday|today|this\s+(?:morning|afternoon|evening)|earlier))?\s*[,:]\s*"
)


@dataclass(frozen=True, slots=True)
class Cue:
    """An attribution: the cue as printed and the mention it gives (None: nobody named)."""

    cue: str
    mention: ParsedMention | None
    mention_start: int = -1


# What a document says, quoted: the verb and the document after the quote, or "it read".
_DOCUMENTS = (
    r"e-?mail|letter|statement|report|message|document|note|memo|post|tweet|text|notice|release|resolution|"
    r"ruling|order|petition|advertisement|ad|surat|beleid|aturan|peraturan|pasal|perpres|perda|perbup|"
    r"perwali|pergub|keputusan|putusan|dokumen|laporan|unggahan|pengumuman|edaran|rilis|undang-undang|uu|"
    r"amar|diktum"
)
_DOCUMENT_CUE = re.compile(
    # ('," lanjut bunyi surat edaran itu', '," demikian bunyi putusan tersebut')
    rf"(?:(?:lanjut|demikian|begitu|seperti)\s+)?"
    rf"(?P<verb>read|reads|stated|states|said|says|bunyi|tulis)\s+(?:the|this|that|a|an)?\s*"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENTS})\b(?:\s+(?:tersebut|itu|ini)\b)?"
    r"|(?:it|which)\s+(?P<verb2>read|reads)\b"
    # ('," the letter reads', '," their petition read')
    rf"|(?:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENTS})\s+(?P<verb3>read|reads)\b",
    re.IGNORECASE,
)


# Verbs of judging that quote a phrase of the judge's: 'X welcomed the targets "to make faster
# progress"', 'Y called the target "hugely unambitious"', 'Z branded it "piecemeal"'.
JUDGES = re.compile(
    r"\b(?:welcom|call|criticis|criticiz|describ|brand|dismiss|prais|condemn|attack|accus|label|labell|hail|slamm|"
    r"denounc|mock|warn)(?:ed|es|s|d)\b"  # verbs only: "a call for him to" is a noun
)


# "<outlet> quoted <someone> as saying": the outlet relays the words of the one it names.
QUOTED_AS = re.compile(
    r"(?P<pre>[^.;:\"“”\n]{0,80}?\s)?quoted\s+(?P<m>(?:[^.;:\"“”\n]|(?<=\b(?:Mr|Ms|Dr|St))\.|(?<=\bMrs)\.){2,120}?)"
    r"\s+as\s+(?:saying|telling)\b"
)

# ("Sethi was quoted by PTI as saying": the one quoted is the subject, the outlet follows "by")
_QUOTED_BY = re.compile(r"\s(?:was|is|were|are|has been|had been)\s+$")


def quoted_as_whom(match: re.Match[str], lex: Lexicon) -> ParsedMention | None:
    """Whose words a QUOTED_AS match relays: the one quoted, not the outlet quoting."""
    quoted = match.group("m").strip(" ,")
    pre = match.group("pre") or ""
    if quoted.startswith("by ") and (passive := _QUOTED_BY.search(pre)) is not None:
        quoted = pre[: passive.start()].strip(" ,")
    return parse_mention(quoted, lex) if quoted else None


# A quoted nickname between a name's words: '"Bongbong" Marcos', "'Appi' Arifuddin".
NICKNAME_INSIDE = re.compile(r"[\"“‘'][A-Z][\w.-]*(?: [A-Z][\w.-]*)?[\"”’'] (?=[A-Z])")


def mention_after(text: str, start: int, limit: int) -> tuple[str, int]:
    """The mention that starts at `start` (after a verb such as "kata"), and its end."""
    end = min(limit, start + _WINDOW)
    pos = start
    while True:
        stop = _MENTION_END.search(text, pos, end)
        if stop is None:
            return text[start:end], end
        if (
            stop.group().startswith(".")
            and (
                _TITLE_DOT.search(text, max(start, stop.start() - 5), stop.start())
                or text.startswith(" Gen. ", stop.start() + 1)  # ("said ... Comr. Gen. X": a general's rank)
                # ("said Jakarta Police spokesman Sr. Comr. X": a police officer's rank, before the name)
                or text[max(start, stop.start() - 5) : stop.start()].endswith((" Comr", " Adj"))
            )
        ):
            pos = stop.end()  # "kata Dr. Imran": a title's period, not the sentence end
            continue
        if (
            stop.group().endswith("and")
            and (fields := FIELDS_LISTED_EN.search(text, start, end)) is not None
            and fields.start() < stop.start() < fields.end()
        ):
            pos = fields.end()  # "said Coordinating Political, Legal and Security Affairs Minister X"
            continue
        if stop.group().strip() == "to" and _accredited_post(text[start : stop.start()]):
            pos = stop.end()  # "said Indonesia's ambassador to Japan, X": where the post is held
            continue
        if stop.group() in "\"“‘'" and (nickname := NICKNAME_INSIDE.match(text, stop.start())) is not None:
            pos = nickname.end()  # 'said Ferdinand "Bongbong" Marcos Jr.': a nickname inside the name
            continue
        return text[start : stop.start()], stop.start()


# English posts named by where or to whom their holder is sent: "ambassador to Japan", "envoy to
# the UN", "adviser to the president". Their "to" belongs to the post, not to whom it was said.
_POSTS_WITH_TO = frozenset({"ambassador", "envoy", "representative", "adviser", "advisor", "attache", "attaché"})


def _accredited_post(before: str) -> bool:
    words = before.split()
    return bool(words) and words[-1].casefold() in _POSTS_WITH_TO


# What may stand between a speech verb and what it reports: "said that ...", "quoted X as saying
# that ..." (matches anywhere: the empty string at least).
THAT_AFTER = re.compile(r"\s*(?:that\s+)?")
# An Indonesian active or passive verb ("mendampingi", "didampingi", "berada"): what the speaker
# did while speaking, which ends the mention after "kata".
_VERB_ID = re.compile(r"\s(?:me|ber|di)[a-z]{4,}\b")


def _before_verb(printed: str, lex: Lexicon) -> str:
    """An Indonesian mention up to the first verb after a capitalised word ("Zakki mendampingi
    Sahara" -> "Zakki"); as it is when none (post words such as "direktur" are no verbs)."""
    for verb in _VERB_ID.finditer(printed):
        before = printed[: verb.start()]
        if verb.group().strip() not in lex.roles and before.strip()[-1:].isalnum() and before.split()[-1][:1].isupper():
            return before
    return printed


# A quote signed after a dash, the name closing its line: '"..." ― Jorge Falcon', '"..." — Ann
# Lee, 34, a nurse from Ohio' (readers' answers, epigraphs, posts quoted in a list).
_SIGNATURE = re.compile(
    r"[ \t]*[―—–][ \t]*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|van|von|bin|binti|al-\w+)){1,4})"
    r"(?P<rest>,[^\n\"“”]{1,100})?[ \t.]*(?=\n|$)"
)


def _signature(text: str, start: int, limit: int, lex: Lexicon) -> Cue | None:
    """The person who signs a quote after a dash at the end of its line (see _SIGNATURE)."""
    signed = _SIGNATURE.match(text, start, limit)
    if signed is None:
        return None
    mention = parse_mention(signed.group("name").rstrip("."), lex)
    if mention is None or not mention.name or mention.pronoun:
        return None
    return Cue("―", mention, signed.start("name"))


def _someone_unnamed(words: list[str], lex: Lexicon) -> bool:
    """Whether the words before a speech verb are an indefinite person the article does not name:
    "a senior official", "a former aide", "one of the lawyers", "a source close to the talks" (a
    speaker of their own, never the last one named; not "a visibly angry Smith")."""
    if not 2 <= len(words) <= 8 or words[0].casefold() not in ("a", "an", "one"):
        return False
    if words[0].casefold() == "one" and words[1] != "of" and not words[1].islower() and not words[-1].islower():
        # ("one of the lawyers", "one resident", "one Western diplomat"; not "One Nation")
        return False
    if any(w.casefold() in _NOT_SOMEONE for w in words):
        # ("a spokeswoman said" after "The Treasury said": the body's voice; "a group who said":
        # a clause about the words before)
        return False
    for word in words[1:]:
        if word in _OBJECT_LINKS:
            return True  # "a source close to Reyes", "an aide to the governor": whose, not who
        if word[:1].isupper():
            break
    mention = parse_mention(" ".join(words), lex)
    return mention is None or not (mention.name or mention.pronoun or mention.org)


# An Indonesian source's own word: "Sumber di internal partai", "Seorang narasumber di Polda X".
_SOURCE_ID = re.compile(r"(?:(?:salah\s+(?:satu|seorang)|seorang)\s+)?(?:nara)?sumber\b", re.IGNORECASE)
# A source who asked not to be named: "yang enggan disebut namanya", "yang minta identitasnya dirahasiakan".
_NAME_WITHHELD_ID = re.compile(r"\s+yang\s+(?:[a-z]+\s+){0,4}?(?:nama|identitas)(?:nya)?\b.*$")


def _someone_unnamed_id(subject: str, lex: Lexicon) -> bool:
    """Whether the Indonesian words before a speech verb are someone the article leaves unnamed:
    "Seorang pejabat di lingkungan Pemprov X yang enggan disebut namanya", "Salah satu perawat
    RSUD X", "Sumber di internal partai" (a speaker of their own, never the one named next or
    last; "Seorang warga Desa X, Ujang," names her after the comma)."""
    subject = subject.strip(" ,")
    if "," in subject or not (ONE_OF_ID.match(subject) or _SOURCE_ID.match(subject)):
        return False
    mention = parse_mention(_NAME_WITHHELD_ID.sub("", subject), lex)
    return mention is None or not (mention.name or mention.pronoun or mention.org)


# Why an unnamed source is unnamed, in a clause of its own before the verb: "who asked not to
# be named", "who declined to be identified", "who spoke on condition of anonymity".
_ANONYMITY_CLAUSE = re.compile(
    r"\s+who\s+(?:asked|declined|requested|spoke|was\s+not|is\s+not|were\s+not|are\s+not|"
    r"did\s+not|didn['’]t|could\s+not|would\s+not)\b[^,]*$"
)
_NOT_SOMEONE = frozenset({"spokesman", "spokeswoman", "spokesperson", "who", "which", "that", "group"})
# Words after which a name is the object of an unnamed speaker's description ("close to X").
_OBJECT_LINKS = frozenset({"to", "of", "for", "with", "at", "from", "in", "on", "within", "inside", "around"})


# '," demikian disampaikan Wali Kota X.': "so it was said by X", a passive verb after the quote.
_PASSIVE_SAID = r"di(?:sampaikan|ungkapkan|katakan|jelaskan|tegaskan|tuturkan|paparkan|terangkan|utarakan|kemukakan)"
_SO_SAID_BY = re.compile(rf"(?:demikian|begitu)(?:lah)?\s+(?:juga\s+)?(?={_PASSIVE_SAID}\b)")
_SAID_BY = re.compile(rf"{_PASSIVE_SAID}(?:\s+oleh)?\b")
# '," begitu Risa menyapa seorang warga': "so" and the speaker, then a verb of greeting or asking
# that takes no reported content of its own.
_SO_ADDRESSED = re.compile(
    r"(?:demikian|begitu)(?:lah)?[ \t]+(?P<who>[A-Z][^\s,.;:!?\"“”]*(?:[ \t]+[A-Z][^\s,.;:!?\"“”]*){0,5})[ \t]+"
    r"(?:menyapa|bertanya|berseru|berteriak|berpesan|menyahut|menimpali)\b"
)


# ', dr. Nurul Hikmah.' after a post and a body's own name: the person's name after its comma,
# ending the sentence.
_APPOSED_NAME = re.compile(r",(\s+(?:(?:dr|drg|drh)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})(?=\.(?=\s|$)|$)")


# A word alone after a speech verb, then the sentence's end: '," tutur Lalu.'
_LONE_WORD = re.compile(r"[ \t]*([A-Z][a-z]+)[ \t]*\.?[ \t]*$")


def _name_opened_earlier(text: str, printed: str, before: int, lex: Lexicon) -> ParsedMention | None:
    """'," tutur Lalu.' after 'Kepala Dinas X Lalu Hendra': a word that otherwise opens a clause
    ('lalu', then) is the short name of the person whose full name it opened earlier."""
    lone = _LONE_WORD.fullmatch(printed)
    if lone is None:
        return None
    word = lone.group(1)
    if word.casefold() in lex.titles or word.casefold() in lex.roles or word.casefold() in lex.pronouns:
        return None  # ('kata Bapak.' after 'Bapak Hendra': a form of address, no name)
    # (the full name may hold an initial, 'Lalu M Hendra'; 'Direktur Lalu Lintas Polda Jateng'
    # names a field, its words in the dictionary up to the body)
    for full in re.finditer(rf"(?<![\w-]){word}((?:[ \t]+[A-Z][\w'’-]*\.?){{1,3}})", text[:before]):
        rest = [w.strip(".") for w in full.group(1).split()]
        bodies = (i for i, w in enumerate(rest) if w.casefold() in lex.institutions or (len(w) > 1 and w.isupper()))
        rest = rest[: next(bodies, len(rest))]
        if any(not is_dictionary_word(w.casefold()) for w in rest):
            return ParsedMention(printed=word, name=word)
    return None


def cue_after(text: str, start: int, limit: int, lex: Lexicon, *, sentence_closed: bool = False) -> Cue | None:
    """An attribution right after a closing quote mark: '," kata X', '" ujarnya', '," he said'.

    `sentence_closed`: the quote ended with a full stop inside its marks, so a following
    'She said ...' starts a new sentence rather than attributing this quote.
    """
    if (signed := _signature(text, start, limit, lex)) is not None:
        return signed
    lead = _LEAD.match(text, start, limit)
    pos = lead.end() if lead else start
    window_end = min(limit, pos + _WINDOW)
    document = _DOCUMENT_CUE.match(text, pos, window_end)
    if document is not None:
        # '"...," read the email.', '" it read.', '," bunyi beleid tersebut': a text's words, said
        # by no person (the statement stays, with no speaker).
        verb = document.group("verb") or document.group("verb2") or document.group("verb3")
        return Cue(verb, ParsedMention(printed=document.group()), pos)
    if lex.lang == "en" and (relayed := QUOTED_AS.match(text, pos, window_end)) is not None:
        # '," the RBK news website quoted Ms. Simonyan, the editor in chief, as saying.': the
        # person quoted, not the outlet quoting her
        quoted = quoted_as_whom(relayed, lex)
        if quoted is not None and (quoted.name or quoted.pronoun or quoted.org):
            return Cue("quoted", quoted, relayed.end())
    nya = lex.nya_re.match(text, pos, window_end)
    if nya:
        return Cue(nya.group(), ParsedMention(printed=nya.group(), pronoun=True), nya.start())
    if lex.lang == "id" and (addressed := _SO_ADDRESSED.match(text, pos, window_end)) is not None:
        greeter = parse_mention(addressed.group("who"), lex)
        if greeter is not None and (greeter.name or greeter.role):
            return Cue(addressed.group(), greeter, addressed.start("who"))
    if sentence_closed:
        return _closed_cue(text, pos, window_end, limit, lex)
    so_said = _SO_SAID_BY.match(text, pos, window_end) if lex.lang == "id" else None
    root = (
        (_SAID_BY.match(text, so_said.end(), window_end) if so_said else None)
        or lex.root_re.match(text, pos, window_end)
        or lex.verb_re.match(text, pos, window_end)
        or ACCORDING_TO.match(text, pos, window_end)  # '," according to Finance Minister X.'
    )
    if root:
        printed, stop = mention_after(text, root.end(), limit)
        if lex.lang == "en":
            printed = singular_title(printed)  # '," said Senators Amy Cole and Rob Vance.': the first, a senator
        if lex.lang == "id":
            printed = _before_verb(printed, lex)  # '," kata Zakki mendampingi Sahara': Zakki
        aside = _bracket_after_name(printed.rstrip()) if lex.lang == "en" and printed.endswith(")") else None
        if aside is not None:
            printed = aside[0]  # '," said Dr Amir Sadeghi (pictured).': the name without the bracket
        post = _POST_AFTER.match(text, stop, limit)
        if post and (
            post.group(1).casefold() in lex.roles or (post.group(2) and post.group(1).casefold() in _HEADS_OF)
        ):
            # '," said Jane Smith, director of the National Cancer Institute': the post after the name.
            named = parse_named_first(printed, lex) or parse_mention(printed, lex)
            printed += "," + mention_after(text, stop + 1, limit)[0]
            mention = parse_named_first(printed, lex) or parse_mention(printed, lex)
            if named is not None and named.name and (mention is None or mention.name != named.name):
                # ("said Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus":
                # the body the post names is no one's name; the person named first spoke)
                mention = named
        else:
            mention = parse_named_first(printed, lex) or parse_mention(printed, lex)
        if (mention is None or not mention.name) and (apposed := _NAME_AFTER_FIELD.match(text, stop, limit)):
            # '," kata juru bicara Pemerintah Kabupaten X dalam penanganan Covid-19, dr H Darus':
            # the post's field, then the name after its comma.
            fuller = parse_mention(text[root.end() : apposed.end()], lex)
            if fuller is not None and fuller.name and fuller.name in apposed.group("name"):
                mention = fuller
        if (
            lex.lang == "id"
            and mention is not None
            and mention.role
            and (apposed_name := _APPOSED_NAME.match(text, stop, limit)) is not None
        ):
            # '," kata Kepala Puskesmas Sungai Durian, dr. Nurul Hikmah.': what read as a name was
            # the body's own (or a doctor's "dr." hid the name), the person's follows the comma
            fuller = parse_mention(f"{printed},{apposed_name.group(1)}", lex)
            if (
                fuller is not None
                and fuller.name
                and fuller.name != mention.name
                and fuller.name in apposed_name.group(1)
            ):
                mention = fuller
        if mention is None and (epithet := _EPITHET_AFTER.match(text, root.end(), limit)) is not None:
            # '," tutur pria yang akrab disapa Hendi itu.': a description with its relative clause.
            mention = parse_mention(epithet.group(1), lex)
        if mention is None:
            # "kata Bahtiar menambahkan": the mention ends at the first lower-case word.
            # ('," kata Galih Hal tersebut disampaikan ...': a sentence glued on, opening with a
            # word that names no one)
            words = printed.split()
            cut = next(
                (
                    i
                    for i, w in enumerate(words)
                    if (w[:1].islower() and w not in NAME_PARTICLES) or (i and w.casefold() in lex.clause_openers)
                ),
                len(words),
            )
            mention = parse_mention(" ".join(words[:cut]), lex) if 0 < cut < len(words) else None
        if mention is None and lex.lang == "id":
            mention = _name_opened_earlier(text, printed, start, lex) or post_in_lower_case(printed, lex)
        if lex.lang == "id" and (mention is None or (mention.org and not mention.role)):
            # '," kata Rudy Pihaknya juga ...', '," kata Rudy Dinas Kesehatan juga ...': the next
            # sentence glued on (its full stop lost), opening with a "-nya" word or a body's word
            words = printed.split()
            glued = next(
                (
                    k
                    for k in range(1, len(words))
                    if words[k][:1].isupper() and (words[k].endswith("nya") or words[k].casefold() in lex.institutions)
                ),
                None,
            )
            named = parse_mention(" ".join(words[:glued]), lex) if glued is not None else None
            mention = named if named is not None and named.name and not named.org else mention
        if aside is not None and aside[1] and mention is not None and mention.name and not mention.region:
            mention = replace(mention, region=aside[1])  # "said Giles Farnham (Con, Wycombe North)": his seat
        return Cue(root.group(), mention, root.end())
    # '," Harsono menambahkan' / '," he said': mention first, then the verb.
    for verb in lex.verb_re.finditer(text, pos, min(window_end, pos + _MENTION_FIRST_REACH)):
        between = text[pos : verb.start()]
        # '," Rep. John Mica (R-Fla.) said': the party and state in brackets end no sentence.
        if re.search(r"[.;:!?\"“”]", ABBREVIATION_DOT.sub("", PARTY_STATE_BRACKET.sub("", between))):
            break
        if lex.lang == "en" and (source := document_source(between.strip())) is not None:
            # '," the report says', '," the letter reads', '," its report warns': the document's
            # words, its body's where it is named ("the NAO report"), never the last person named
            return Cue(verb.group(), source, pos)
        words = between.split()
        titled = len(words) >= 2 and words[0].casefold() == "the" and words[-1].casefold() in lex.roles
        # ('," the prime minister, Tom Hale, said': the post, then the name in apposition)
        # ('...!" the presumptive nominee, Tom Hale, tweeted', '," a White House spokesman, Jo
        # Hale, told reporters': a quote handed on with a comma, or a lower-case article after "!" or "?")
        handed_on = text[max(0, start - 3) : start]
        titled = titled or (
            len(words) >= 3
            and words[0].casefold() in {"the", "a", "an"}
            and "," in between
            and ("," in handed_on or (words[0].islower() and ("!" in handed_on or "?" in handed_on)))
        )
        # ('," a Home Office spokeswoman said' is a cue too: a body's voice; '," the ministry said')
        titled = (
            titled
            or (
                lex.lang == "en"
                and (
                    body_voice(" ".join(words), lex) is not None
                    or body_reference(" ".join(words)) is not None
                    or unnamed_voice(" ".join(words), lex)  # '," a spokesman for the mayor said'
                    or bare_voice(" ".join(words)) is not None  # '," a spokeswoman said': a body's
                    or described_person(" ".join(words))  # '," the New York businessman said'
                    # ('," a senior official said', '," one of the lawyers said': someone unnamed)
                    or _someone_unnamed(words, lex)
                    # ('," the Texas Republican said': a member of a party the article names)
                    or PARTY_MEMBER.fullmatch(" ".join(words)) is not None
                    # ('," the White House said', '," the ACU said in statement': a body named in full)
                    # ("the Massachusetts Democrat said": a member of a party, whom the registry finds)
                    or (
                        len(words) >= 2
                        and words[0] == "the"
                        and all(w[:1].isupper() for w in words[1:])
                        and words[-1].casefold().strip(",") not in EN_PARTY_WORDS
                    )
                )
            )
        )
        if words and words[0].casefold().strip(",") in lex.discourse and not titled:
            break  # '"...", while the Liberal Democrats said ...': a new clause ("the minister said" is a cue)
        while words and words[-1].casefold() in lex.adverbs:
            words.pop()
        joined = " ".join(words)
        if lex.lang == "en" and joined.endswith(",") and (doing := _EN_ASIDE.search(joined)) and doing.start() > 0:
            # ('," X, when contacted by The Jakarta Post, said': when the subject spoke, as before a
            # clause's verb)
            joined = joined[: doing.start()]
            words = joined.split()
        # (a name with its descriptions between commas runs longer: "Sam Kerr, the Republican
        # attorney general of Kansas, one of the states suing the agency, said")
        described = (
            lex.lang == "en"
            and len(words) <= 20
            and (
                joined.count(",") >= 2 or (joined.count(",") == 1 and _NAME_THEN_DESCRIPTION.match(joined) is not None)
            )
        )  # ('," Doug Andres, a spokesman for House Speaker Paul Ryan told the Post': the closing comma left out)
        mention = (
            (parse_named_first(joined, lex) or parse_mention(joined, lex)) if 0 < len(words) <= 8 or described else None
        )
        if (mention is None or mention.name) and lex.lang == "en" and _someone_unnamed(words, lex):
            mention = ParsedMention(printed=joined)  # '," one of the lawyers said': someone unnamed
        if mention is not None:
            return Cue(verb.group(), mention, pos)
        break
    return None


_LOWER_POST_MAX = 3  # "wali kota", "kepala dinas", "wakil bupati"


def post_in_lower_case(printed: str, lex: Lexicon) -> ParsedMention | None:
    """'," ujar bupati.', '," kata kepala dinas': a post alone after the verb, printed in lower case
    as the article's own word for the official it named with that post; the holder is found as
    for "kata Bupati" (None when the words are no post: '," kata warga')."""
    words = printed.split()
    if len(words) > 1 and words[0] == "sang":
        words = words[1:]  # '," kata sang bupati.': "the" bupati
    if not 0 < len(words) <= _LOWER_POST_MAX or words[0].casefold() not in lex.roles:
        return None
    if not all(w.isalpha() and w.islower() for w in words):
        return None
    mention = parse_mention(" ".join(w.capitalize() for w in words), lex)
    if mention is None or mention.name or mention.org or mention.pronoun or not mention.role:
        return None
    return ParsedMention(printed=printed.strip(), role=mention.role, region=mention.region)


_SO_SAID = re.compile(r"(?:Begitu|Demikian)(?:lah)?\s+(?=[a-z])")


def _closed_cue(text: str, pos: int, window_end: int, limit: int, lex: Lexicon) -> Cue | None:
    """'...secepatnya." Tegas M Yasir.': Indonesian copy may open the attribution of a quote that
    closed its sentence with a capitalised bare verb. It counts only when a named person or a
    post follows and the sentence ends there; "Jelas ada masalah." is a sentence of its own."""
    if lex.lang != "id":
        return None
    so = _SO_SAID.match(text, pos, window_end)
    if so is not None:
        pos = so.end()  # '...bulan depan." Begitu kata Wali Kota X.': "so said X"
        nya = lex.nya_re.match(text, pos, window_end)
        if nya is not None and text[nya.end() : nya.end() + 1] in (".", "\n", ""):
            return Cue(nya.group(), ParsedMention(printed=nya.group(), pronoun=True), nya.start())
    root = lex.root_re.match(text, pos, window_end)
    if root is None or not (text[root.start()].isupper() or so is not None):
        return None
    printed, stop = mention_after(text, root.end(), limit)
    if text[stop : stop + 1] not in (".", "\n", ""):
        return None
    mention = parse_named_first(printed, lex) or parse_mention(printed, lex)
    if mention is None or not (mention.name or mention.role):
        return None
    return Cue(root.group(), mention, root.end())


_ORDINAL = re.compile(r"ke-?\d{1,3}", re.IGNORECASE)


# The verb first, opening its sentence, as features and columns invert it: 'Said Mr Smith: "..."'.
_SAID_FIRST = re.compile(r"(Said|Says)\s+(?=[A-Z]|the\s)")
_SENTENCE_ENDS = ("", ".", "!", "?", '"', "”", "’", "'")
_QUOTE_OPENS = ('"', "“", "‘", "'")


def inverted_said(text: str, lo: int, start: int, end: int) -> bool:
    """Whether "Said"/"Says" at `start` opens a sentence (after `lo`) whose words up to `end` are
    followed by a comma or colon and a quote: 'Said Mr Smith: "..."'. (A capitalised "Said" is
    otherwise taken for a name: the Arabic given name is spelled so.)"""
    after = text[end : end + 4].lstrip(" ,:")
    return (
        _SAID_FIRST.match(text, start, end) is not None
        and text[end : end + 2].lstrip()[:1] in (",", ":")
        and after.startswith(_QUOTE_OPENS)
        and text[max(lo, start - 8) : start].rstrip()[-1:] in _SENTENCE_ENDS
    )


def _said_first(text: str, lo: int, window_start: int, open_mark: int, lex: Lexicon) -> Cue | None:
    """The speaker of 'Said Mr Smith: "..."'."""
    inverted = _SAID_FIRST.search(text, window_start, open_mark)
    if inverted is None:
        return None
    end = len(text[:open_mark].rstrip(" ,:"))
    if not inverted_said(text, lo, inverted.start(), end):
        return None
    mention = parse_mention(text[inverted.end() : end], lex)
    return Cue(inverted.group(1).casefold(), mention, inverted.end()) if mention is not None else None


def cue_before(text: str, lo: int, open_mark: int, lex: Lexicon) -> Cue | None:
    """An attribution ending right before an opening quote: 'X mengatakan, "' / 'He said: "'."""
    window_start = max(lo, open_mark - _WINDOW)
    if (
        lex.lang == "en"
        and ("Said " in text[window_start:open_mark] or "Says " in text[window_start:open_mark])
        and (inverted := _said_first(text, lo, window_start, open_mark, lex)) is not None
    ):
        return inverted
    roots = list(lex.root_re.finditer(text, window_start, open_mark))
    root = roots[-1] if roots else None
    if root is not None:
        # The middle of an interrupted quote: '"Kami siap," kata dia, "untuk ..."'.
        printed, stop = mention_after(text, root.end(), open_mark)
        between = text[stop:open_mark]
        if (
            not between.strip(" ,:")
            and text[window_start : root.start()].strip()[-1:] in (",", "")
            # ('X, for example, said Christie "has dedicated ...": the quote goes on the clause)
            and (lex.lang != "en" or text[root.end() : open_mark].rstrip()[-1:] in (",", ":"))
        ):
            mention = parse_mention(printed, lex)
            if mention is not None:
                return Cue(root.group(), mention, root.end())
    if (
        lex.lang == "en"
        and "ing" in text[max(window_start, open_mark - _PARTICIPLE_REACH) : open_mark]
        and (
            participle := _PARTICIPLE_BEFORE_QUOTE.search(
                text, max(window_start, open_mark - _PARTICIPLE_REACH), open_mark
            )
        )
    ):
        # 'Mr. Brackett expressed admiration for Mr. Clinton's skills, telling CNBC: "..."': the
        # sentence's subject speaks, not the name closest to the participle (see Registry.resolve)
        cue = participle.group(1)
        return Cue(cue, _opening_subject(text, lo, participle.start(), lex), -1)
    last = None
    for verb in lex.verb_re.finditer(text, window_start, open_mark):
        last = verb
    if last is None or lex.lang == "en" and _DETERMINER_BEFORE.search(text, window_start, last.start()):
        return None  # ('said the accused "planned every step"': a noun after its article, no speech verb)
    rest = text[last.end() : open_mark]
    if not (
        re.fullmatch(r"\s*(?:(?:kepada|to)\s+[\w\s]{1,30})?[,:]?\s*", rest)
        # ('He said in a statement: "..."', 'she wrote on Twitter: "..."': where, then the quote)
        or (lex.lang == "en" and _WHERE_THEN_QUOTE.fullmatch(rest))
        or (last.group() == "told" and _TOLD_WHOM.fullmatch(rest))
    ):
        return None
    return Cue(last.group(), subject_mention(text, window_start, last.start(), lex), -1)


def _opening_subject(text: str, lo: int, hi: int, lex: Lexicon) -> ParsedMention | None:
    """The person named at the start of the sentence that ends at `hi` ("Back in 1999, Mr. Brackett
    expressed admiration for ..."), after an opening phrase of when or where; None if none."""
    sentences = split_sentences(text, lo, hi)
    clause = text[sentences[-1].start : hi] if sentences else ""
    opening = clause.split(",", 1)
    if (
        len(opening) == 2
        and opening[0].split()[:1]
        and (opening[0].split()[0].casefold() in _OPENING_WHEN or _SPAN_LATER.fullmatch(opening[0].strip()))
    ):
        clause = opening[1]  # ("Back in 1999, Mr. Brackett ...", "Hours later, Brackett ...")
    words = list(itertools.takewhile(lambda w: w[:1].isupper(), clause.split()))
    if words and words[-1].endswith(("'s", "’s")):
        # "Ryan's campaign shrugged off ..., telling reporters": the campaign speaks, not Ryan;
        # "Brackett's spokeswoman ..., telling": someone of his, unnamed
        owned = _CAMPAIGN_OWNED.match(" ".join(clause.split()[: len(words) + 3]))
        return campaign_reference(owned.group()) if owned else None
    mention = parse_mention(" ".join(words), lex) if words else None
    # ("He warned his supporters against complacency, saying: ...": the pronoun stands for someone)
    return mention if mention is not None and (mention.name or mention.pronoun) else None


_CAMPAIGN_OWNED = re.compile(rf"{CAMPAIGN}\b")


_SPAN_LATER = re.compile(r"(?:Hours|Days|Weeks|Months|Years|Minutes|Moments|Seconds)\s+(?:later|earlier|before|after)")
_OPENING_WHEN = frozenset({"back", "in", "on", "at", "after", "before", "during", "later", "earlier", "last"})
_PARTICIPLE_REACH = 80  # characters before a quote where the participle handing it on stands
# A participle after a comma that hands on the quote: ', telling CNBC: "', ', adding: "'.
_PARTICIPLE_BEFORE_QUOTE = re.compile(
    rf",\s+({'|'.join(sorted(PARTICIPLE_CUES))})(?:\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z0-9][\w'’.&-]*){{0,4}}"
    r"|\s+(?:reporters|journalists|supporters|the\s+crowd|the\s+audience|him|her|them))?\s*[:,]?\s*$"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_WHERE_THEN_QUOTE = re.compile(r"\s+(?:in|on|at|during)\s+[\w\s'’.-]{1,40}:\s*")
# A full name, then its description after a comma: "Doug Andres, a spokesman for ...".
_NAME_THEN_DESCRIPTION = re.compile(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+,\s+(?:a|an|the)\s")
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which)\s[^,.;]*$")
# Where a clause starts: a stop, a quote mark or a line break. (Written to open with one set of the
# three's marks, each then read on: an alternation of sets is tried at every character, a set is
# scanned for; a third of the time on English text.)
_CLAUSE_START = re.compile(r"[.!?;\"“”\n](?:(?<=[.!?;])(?=\s)\s*|(?<=[\"“”])\s*|(?<=\n))")
_EN_PARTY_BRACKET = re.compile(rf"\s*{PARTY_BRACKET}$")
# A comma and a conjunction open a clause of its own, with its own subject.
# ("X, while visiting the victims, said": a participle and its comma, an aside, no new clause)
_EN_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|although|though)\s+(?=\S+\s)(?![a-z]{3,}ing\s[^,]+,)")


def subject_before(text: str, lo: int, verb_start: int, lex: Lexicon) -> str:
    """The words between the start of the clause and a verb, adverbs removed ("" if none)."""
    begin = lo
    opened = -1  # where the clause began before a quote's opening mark, while the quote is open
    nickname_end = -1
    for match in _CLAUSE_START.finditer(text, lo, verb_start):
        if match.start() < nickname_end:
            continue  # its closing mark
        before = text[max(lo, match.start() - 20) : match.start()].split()[-1:] if lex.lang == "en" else []
        if (
            before
            and match.group()[:1] in '"“'
            and before[0][:1].isupper()
            and before[0][-1].isalpha()
            and (nickname := NICKNAME_INSIDE.match(text, match.start())) is not None
        ):
            # 'Robert "Bobby" Lee, a state senator, said': a nickname inside the name opens no clause
            nickname_end = nickname.end()
            continue
        if lex.lang == "en" and match.group()[:1] in '"“”':
            if opened < 0 and _RELATIVE_OPEN.search(text, begin, match.start()):
                opened = begin  # 'Mr Blair, who has described Africa as a "scar" ...': inside the clause
                continue
            if opened >= 0:
                begin, opened = opened, -1  # the quote closes inside the relative clause: no new clause
                continue
        if (
            match.group().startswith(".")
            and (
                # (from before `lo`: a title that opens the clause has its space or line break there)
                _TITLE_DOT.search(text, max(0, match.start() - 5), match.start())
                # ("Norland Corp. said": a company's form, before the verb; after a verb it may end
                # the sentence: '," said a spokesman for Norland Corp. Shares fell')
                or _COMPANY_DOT.search(text, max(0, match.start() - 40), match.start())
                or text[max(lo, match.start() - 8) : match.start()].split(" ")[-1].replace(".", "").casefold()
                in lex.degrees
                # ("Comr. Gen.", "Insp. Gen.": a general's rank in the police, its first word abbreviated)
                or text.startswith(" Gen. ", match.start() + 1)
            )
        ):
            continue  # "Dr. Imran", "Yani, S.H., M.Si. mengatakan"
        begin = match.end()
    if lex.lang == "en":
        for match in _EN_NEXT_CLAUSE.finditer(text, begin, verb_start):
            begin = match.end()  # "X is expected to announce it, and officials have insisted": officials
    # ("Bupati X kemarin mengatakan", "X dua hari lalu juga mengatakan", "X yesterday said": when
    # it was said, between the speaker and the verb; dating.py reads the day there)
    words = _without_when(text[begin:verb_start].split())
    while words and words[-1].casefold() in lex.adverbs:
        words.pop()
        words = _without_when(words)
    if lex.lang == "en" and len(words) >= 3 and words[-1] in _EN_DAYS and words[-2].casefold() in _EN_WHEN:
        del words[-2:]  # "President Barack Obama on Tuesday accused ...", "X in July said": when, not who
    if lex.lang == "en" and words and words[-1].endswith(","):
        joined = " ".join(words)
        if (aside := _EN_ASIDE.search(joined)) is not None and aside.start() > 0:
            # "A senior defence official, speaking to the BBC's Paul Adams, said": the one spoken to
            # is no speaker; "The chancellor, speaking during a week-long tour of Africa, said",
            # "Mr Blair, who has described Africa as a scar, has said": what the subject was doing
            words = joined[: aside.start()].split()
    if lex.lang == "en" and len(words) >= 3 and words[-1] == "who" and _names_before_who(words):
        # "Her call was backed by Culture Secretary Tessa Jowell who said: ...", "Ben Carson, who
        # claimed that ...": the named person
        words.pop()
        words[-1] = words[-1].rstrip(",")
    elif lex.lang == "en" and len(words) >= 3 and words[-1] == "which" and _BODY_BEFORE_WHICH.search(" ".join(words)):
        # "The recommendations came from the Low Pay Commission which said ...": the body
        words.pop()
        words[-1] = words[-1].rstrip(",")
    if words and words[-1].casefold() in {"yang", "untuk", "agar", "supaya", "to", "who", "which"}:
        return ""
    if (
        len(words) >= 2
        and words[-2].casefold() in {"that", "which"}
        and words[-1].casefold() in lex.pronouns
        and (len(words) < 3 or words[-3].casefold() not in {"in", "on", "of", "with", "at", "to"})
    ):
        # "moves that he said improved the economy": a relative clause, not an attribution ("a
        # tweet in which he said ..." is one).
        return ""
    if (
        lex.lang == "id"
        and len(words) > 16
        and words[-1].endswith(",")
        and (named := _NAMED_THEN_DESCRIBED.match(" ".join(words[:5]))) is not None
        and (head := parse_mention(named.group(1), lex)) is not None
        and head.name == named.group(1)
    ):
        # "X, peneliti senior di Center for Y, lembaga kajian ... Universitas Z Jakarta,
        # mengatakan": a name, then a long description of it between commas; the name and the
        # description's first part, what X is ("Di Jakarta, ...", "Menurut X, ..." name no one)
        ends = [k for k, w in enumerate(words) if w.endswith(",")]
        return " ".join(words[: ends[1] + 1])
    return " ".join(words[-16:])


# A name of two to four capitalised words opening a clause, a comma, then words in lower case
# that say who it is ("Suryono Hadi, peneliti senior di ...").
_NAMED_THEN_DESCRIBED = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}), [a-z]")


def _without_when(words: list[str]) -> list[str]:
    """The words before a speech verb without a time adverbial at their end (_WHEN_BEFORE_VERB)."""
    if len(words) < 2 or (when := _WHEN_BEFORE_VERB.search(joined := " ".join(words))) is None or when.start() == 0:
        return words
    return joined[: when.start()].split()


# An aside between a subject and its verb: a participle's phrase or a relative clause (", speaking
# to X,", ", writing in the Guardian,", ", who has described ...,"), or an interview's (", in an
# interview with X,").
_EN_ASIDE = re.compile(
    r",\s+(?:[a-z]{3,}ing|who|which|in\s+an?\s+interview\s+(?:with|on))\s[^,]+,$"
    # ("X, when contacted by The Jakarta Post,", "X, as quoted by Antara,", "X, after a meeting with
    # Y,", "X, accompanied by Deputy Minister Y,": when, where and with whom the subject spoke)
    r"|,\s+(?:(?:when|while|after|upon|as)\s+(?:[a-z]{3,}(?:ed|ing)|met)|after\s+(?:an?|the|his|her|their)"
    r"\s+[a-z]+|accompanied)\s[^,]+,$"
    # ("Rep. Thomas Massie of Kentucky, a Brackett antagonist who had pushed ... against Iran,": who he is)
    r"|,\s+(?:an?|the)\s[^,]*?\bwho\s[^,]+,$"
)


def _names_before_who(words: list[str]) -> bool:
    """Whether the words before a closing "who" end with a name ("Tom Barrack, who", "Sen. Marco
    Rubio of Florida, who", "Rep. Peter King (R-N.Y.), who") or with a name and a short description
    in apposition ("Ben Carson, a retired neurosurgeon who")."""
    tail = " ".join(words[-8:-1])
    return _NAME_BEFORE_WHO.search(tail) is not None or _DESCRIBED_BEFORE_WHO.search(tail) is not None


_NAME_WORD = r"[A-Z][\w'’-]*"
_NAME_BEFORE_WHO = re.compile(
    rf"(?:^|\s)(?:{_NAME_WORD}\.?|[A-Z]\.)\s+{_NAME_WORD}(?:\s+of\s+{_NAME_WORD})?(?:\s+\([A-Z]-[\w. ]+\))?,?$"
)
_DESCRIBED_BEFORE_WHO = re.compile(rf"{_NAME_WORD},\s+(?:a|an|the)(?:\s+[\w'’-]+){{1,5}},?$")
# A body named in capitals before "which": "the Low Pay Commission which said ...".
_BODY_BEFORE_WHICH = re.compile(
    rf"\b{_NAME_WORD}(?:\s+(?:of\s+|for\s+|and\s+)?{_NAME_WORD})*\s+(?:Commission|Committee|Office|Department|"
    r"Ministry|Agency|Union|Party|Council|Authority|Institute|Foundation|Association|Federation|Bank|Court|Board),?"
    r"\s+which$"
)


_EN_DAYS = frozenset(
    {
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "week", "month", "year"),
        *("January", "February", "March", "April", "May", "June", "July", "August", "September", "October"),
        *("November", "December"),
    }
)
_EN_WHEN = frozenset({"on", "last", "this", "in", "earlier", "later"})
# The Indonesian weekdays, as a pattern.
_HARI_ID = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)"
# A time adverbial that ends the words before a speech verb: a day counted from publication
# ("kemarin", "tadi pagi", "dua hari lalu", "pekan lalu", "yesterday", "last week"), a weekday
# with its "lalu" ("Senin lalu"), an English weekday with its part of the day or its "late", "last"
# ("on Tuesday night", "late on Monday", "last Thursday"), or days counted back ("two days ago").
# ("pada Senin" and a bare "on Tuesday" are cut where the mention is read.)
_DAY_EN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WHEN_BEFORE_VERB = re.compile(
    r"\s+(?:kemarin(?:\s+(?:lusa|pagi|siang|sore|malam))?|tadi(?:\s+(?:pagi|siang|sore|malam))?"
    r"|(?:(?:\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|beberapa)\s+|se)?(?:hari|pekan|minggu|bulan)\s+(?:yang\s+)?lalu"
    rf"|(?:pada\s+)?(?:hari\s+)?{_HARI_ID}\s+(?:lalu|kemarin)"
    r"|baru-baru\s+ini"
    r"|yesterday|today|last\s+(?:week|month|night)|earlier\s+(?:today|this\s+week)"
    rf"|(?:(?:late|early)\s+(?:on\s+)?|on\s+|last\s+){_DAY_EN}(?:\s+(?:night|morning|afternoon|evening))?"
    r"|(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?)\s+ago)$"
)


# Words that open how or when the subject spoke, between the subject and its verb.
_CIRCUMSTANCE_OPENERS = frozenset(
    {"melalui", "lewat", "via", "saat", "ketika", "usai", "seusai", "setelah", "selepas", "sebelum", "dalam", "kepada"}
)


_CIRCUMSTANCE_WORDS = frozenset(
    {"saat", "ketika", "usai", "seusai", "sewaktu", "tatkala", "setelah", "sebelum", "sela", "pada"}
)


def _without_circumstance(subject: str) -> str:
    """ "Ketua DPRD Garut Euis Ida melalui juru bicaranya", "Kapolres X saat dihubungi via
    telepon": the subject before how or when it spoke (after a capitalised word)."""
    words = subject.split()
    # (not an opener right before the verb: "Ini disampaikan Anwar ketika menjawab ...": the
    # verb is the clause's, not the subject's)
    cut = next(
        (
            k
            for k in range(1, len(words) - 1)
            if (words[k] in _CIRCUMSTANCE_OPENERS or _said_when_or_where(words, k) or _relative_after_name(words, k))
            and words[k - 1][:1].isupper()
            and not (k >= 2 and words[k - 2].isdigit())  # "pada 13 April ketika ...": a date
        ),
        None,
    )
    return " ".join(words[:cut]) if cut is not None else subject


def _relative_after_name(words: list[str], k: int) -> bool:
    """ "Mohammad Fikri yang dihubungi pada Kamis (28/5/2020)", "Hendri Suwarja yang mendirikan
    Titipku sebagai kanal ...": a relative clause in lower case after a name says how the reporter
    reached the person or who the person is; the sentence's verb after it is still the person's
    (the name: two capitalised words before "yang"; one may open the sentence: "Pria yang akrab
    disapa Kaji Mbing ini menuturkan" is an epithet)."""
    return (
        words[k] == "yang"
        and words[k + 1][:1].islower()
        and (words[k + 1] not in _POST_LINKS or _also_did(words, k + 1))
        and words[k + 1] not in CHAIRED_BY  # ("Majelis hakim X yang diketuai Y": Y chairs it)
        and k >= 2
        and words[k - 2][:1].isupper()
    )


def _also_did(words: list[str], k: int) -> bool:
    """ "X yang juga hadir di Gedung Y": "juga" before a verb in lower case is what the person also
    did, not a second post ("yang juga Ketua DPD ...", "yang juga menjabat sebagai ...")."""
    return (
        words[k] == "juga"
        and k + 1 < len(words)
        and words[k + 1][:1].islower()
        and words[k + 1] not in _POST_LINKS
        and words[k + 1] != "sebagai"
    )


# "Kepala BNPB yang juga Ketua Satgas Covid-19 Doni Mardiyanto": "yang" links a post to another
# post or to the name, which comes after it.
_POST_LINKS = frozenset({"juga", "merupakan", "adalah", "menjabat", "kini", "saat", "sekaligus", "sebelumnya"})


def _said_when_or_where(words: list[str], k: int) -> bool:
    """ "Sri Wahyuni pada Rabu (13/3/2024)", "Agus Mulyadi di sela rapat, Selasa (12/3)": the day,
    or where, the person named in two words or more before words[k] spoke (not "Kasi Pidsus pada
    Kejari Garut X", not "Rekannya di ...")."""
    if k < 2 or not words[k - 2][:1].isupper():
        return False
    after = words[k + 1]
    return (words[k] == "pada" and after.rstrip(",").casefold() in WEEKDAYS) or (words[k] == "di" and after.islower())


def _names_a_body(subject: str, lex: Lexicon) -> bool:
    """Whether a subject holds a body's capitalised word and no post ("JAKARTA - Badan Meteorologi,
    Klimatologi dan Geofisika"; not "Menteri Koordinator Bidang Pangan Zulkifli Hasan")."""
    keys = [w.strip(",").casefold() for w in subject.split() if w[:1].isupper()]
    return any(k in lex.institutions for k in keys) and not any(k in lex.roles for k in keys)


# Heads of an abstract subject with a demonstrative ("Capaian ini", "Hal tersebut"): what it
# "stresses" or "shows" is the reporter's point, no one's statement.
# Words that open a description of many people ("puluhan warga", "para pedagang", "kedua pejabat").
_MANY_ID = frozenset(
    {"puluhan", "ratusan", "ribuan", "belasan", "sejumlah", "para", "beberapa", "banyak", "seluruh", "semua"}
    | {"kedua", "ketiganya", "keduanya", "mereka"}
)
_ABSTRACT_HEADS = frozenset(
    {"capaian", "pencapaian", "prestasi", "keberhasilan", "kondisi", "situasi", "peristiwa", "kejadian", "fakta"}
    | {"hal", "langkah", "upaya", "realisasi", "peningkatan", "penurunan", "kenaikan", "fenomena"}
)
# A relative clause or a description in brackets after a name ("Kasich (who has 25 delegates)").
_ASIDE_AFTER = re.compile(r"\s*\((?:who|which|whose|yang)\b[^()]*\)$")
_AGE_AFTER = re.compile(r"\s*\(\d{1,3}\)$")
# The day the subject spoke, at its end: "X, Kepala Y, Senin (20/04/2020) menjelaskan".
_DAY_AFTER = re.compile(
    r",?\s*(?:pada\s+)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)$"
)
# The day alone, after how or where the subject spoke: "X dalam keterangan tertulis, Rabu, mengatakan".
_WEEKDAY_AFTER = re.compile(rf",\s*{_HARI_ID}(?:\s+(?:pagi|siang|sore|malam|lalu))?,$")
_LEADING_COORDINATOR = re.compile(r"^(?:But|And|Yet|So|However,|Meanwhile,)\s+")
# Words that join a second verb to the subject before: "... and said", "... dan menambahkan".
COORDINATORS = frozenset({"and", "dan", "lalu", "serta", "kemudian", "but", "tetapi", "namun"})
# "Galih tidak menyatakan berbeda pendapat dengan Bahlil, tetapi dia menyampaikan ...": the
# pronoun after a conjunction is the verb's subject, not a name before it.
_JOINING_ID = COORDINATORS | {"tapi", "sedangkan", "sementara"}


def _owned_by_name(words: list[str], lex: Lexicon) -> bool:
    """Whether a subject is a document or a finding that belongs to the name ending it: the
    capitalised words at the end follow "hasil survei", "data", "laporan" ("hasil survei Galih")."""
    if THING_HEADS.isdisjoint(words):
        return False  # (most subjects: one set test)
    k = len(words)
    # (a comma ends the name: "Mengacu pada laporan Bupati X, Kapolres Y" is Y's clause, not the report's)
    while k > 0 and words[k - 1][:1].isupper() and not words[k - 1].endswith(","):
        k -= 1
    field = k
    while field > 0 and words[field - 1].islower() and words[field - 1].isalpha():
        field -= 1
    if field > 0 and words[field - 1].isalpha() and words[field - 1].casefold() in lex.roles:
        # "Pengamat kebijakan publik Sari Dewi", "Peneliti data kependudukan X": the field of the
        # post before the name, whose holder speaks
        return False
    before = words[max(0, k - 2) : k]
    # (in lower case and right before the name: "Berdasarkan hasil pengecekan, Johanes" is his)
    return (
        0 < k < len(words)
        and all(w.islower() and w.isalpha() for w in before)
        and any(w in THING_HEADS for w in before)
    )


# A name's last word after an Arabic particle, in lower case: "al-Sadr", "el-Sisi".
_PARTICLE_NAME = re.compile(r"(?:al|el|ul|bin|ibn)-[A-Z]")


# A bracket after an English name that is no part of it: where the photograph shows the person
# ("Dr Amir Sadeghi (left) said"), a British or Australian member's party and seat ("(Lab)",
# "(Con, Wycombe North)", "(Liberal, Victoria)") or seat alone ("(Wycombe North)").
_EN_BRACKET_AFTER_NAME = re.compile(r"\s*\(([^()]{2,40})\)$")
_PHOTO_PLACES = frozenset(
    {
        *("pictured", "picture", "photo", "file", "inset", "above", "below", "top", "bottom", "main"),
        *("left", "right", "centre", "center", "middle", "front", "back", "far", "second", "third", "from"),
    }
)
_PARTY_SHORT_FORMS = frozenset(
    {
        *("lab", "con", "ld", "lib", "dem", "libdem", "snp", "pc", "plaid", "green", "greens", "reform", "ukip"),
        *("dup", "sdlp", "uup", "sf", "ind", "independent", "crossbench", "cb", "labour", "conservative", "tory"),
        *("liberal", "labor", "lnp", "alp", "nationals", "nats", "national", "bjp", "inc", "cong", "aap", "tmc"),
    }
)
# A city council member's ward or district by number, as Chicago and other US papers print it:
# "(12th)", "(D-12th)", "(12th Ward)", "(District 3)".
_WARD = re.compile(r"(?:[DRI]-)?\d{1,2}(?:st|nd|rd|th)(?: (?:Ward|District))?|(?:Ward|District) \d{1,2}")
_SEAT_WORD = re.compile(r"[A-Z][a-z][\w'’-]*|and|upon|on|under|the|of")


def _bracket_after_name(subject: str) -> tuple[str, str | None, bool] | None:
    """(subject without the bracket, the seat it names or None, whether the bracket is a seat
    alone) for a photograph's direction, a party or a seat in brackets after a name; None for
    any other bracket ("(who ...)", "(D-N.J.)", "(NUT)")."""
    bracket = _EN_BRACKET_AFTER_NAME.search(subject)
    if bracket is None or bracket.start() == 0 or not subject[: bracket.start()].split()[-1][:1].isupper():
        return None
    before = subject[: bracket.start()].rstrip()
    parts = [part.strip() for part in bracket.group(1).split(",")]
    words = [w.casefold() for w in parts[0].split()]
    if all(w in _PHOTO_PLACES for w in words):
        return before, None, False  # "(pictured)", "(second from left)"
    if len(parts) == 1 and _WARD.fullmatch(parts[0]):
        return before, None, False  # "Alderman Pat Kowalczyk (12th)": the ward's number, no place
    if len(parts) > 2 or not all(_SEAT_WORD.fullmatch(w) for part in parts[1:] for w in part.split()):
        return None
    if all(w.strip(".") in _PARTY_SHORT_FORMS for w in words):
        return before, (parts[1] if len(parts) == 2 else None), False  # "(Lab)", "(Con, Wycombe North)"
    if len(parts) == 1 and len(words) <= 6 and all(_SEAT_WORD.fullmatch(w) for w in parts[0].split()):
        return before, parts[0], True  # "(Wycombe North)"
    return None


def subject_mention(text: str, lo: int, verb_start: int, lex: Lexicon) -> ParsedMention | None:
    """The speaker named as the subject of a speech verb, or None when the subject is no one."""
    subject = subject_before(text, lo, verb_start, lex)
    aside = _bracket_after_name(subject) if lex.lang == "en" and subject.endswith(")") else None
    if aside is None:
        mention = _subject_mention(subject, lex)
        if mention is None and lex.lang == "id" and _someone_unnamed_id(subject, lex):
            return ParsedMention(printed=subject.strip(" ,"))  # "Seorang pejabat ... mengatakan": unnamed
        return mention
    before, seat, alone = aside
    mention = _subject_mention(before, lex)
    if mention is None or not mention.name or mention.org or mention.pronoun:
        # ("The Department of Health (DoH) said": a body's short form, read as before)
        return _subject_mention(subject, lex) if alone else mention
    return replace(mention, region=mention.region or seat)


# "Legislator X from the PDI-P faction", "X of the Golkar party": a name, then the party or its
# faction in the House (Fraksi), which ends in lower case
_AFFILIATED_NAME = re.compile(r"[A-Z][\w'’-]+\s+(?:of|from)\s+the\s+(?:[A-Z][\w-]*\s+)+(?:faction|party|caucus)$")


def _described_by_clause(subject: str, lex: Lexicon) -> ParsedMention | None:
    """ "X (32), peserta dalam pelatihan itu": a name, then a description of it in lower case
    that ends with a demonstrative; the person named (None when the words before the comma name
    no one, or a post: "Ketua X, yang ... itu")."""
    head, _, rest = subject.partition(",")
    if not rest.strip()[:1].islower():
        return None
    head = _AGE_AFTER.sub("", head.strip())
    named = parse_mention(head, lex)
    if named is None or not named.name or named.role or named.org or named.pronoun or not head.endswith(named.name):
        return None
    if not all(w.casefold() in lex.clause_openers for w in head[: -len(named.name)].split()):
        return None  # ("Dengan menggunakan bahasa Madura, ibu ... ini": the language, no one's name)
    return replace(named, printed=subject)


def _subject_mention(subject: str, lex: Lexicon) -> ParsedMention | None:
    if (
        lex.lang == "id"
        and ("disapa" in subject or "dipanggil" in subject)
        and (nicknamed := post_s_nickname(subject, lex)) is not None
    ):
        return nicknamed  # "Wali Kota Surabaya yang akrab disapa Cak Eri itu memastikan": the holder, by nickname
    if subject.endswith(")"):
        subject = _AGE_AFTER.sub("", subject)  # "salah satu orang tua siswa, Dian (37) berharap": her age
        if lex.lang == "id" and (dayless := _DAY_AFTER.sub("", subject)) != subject and dayless[:1].isupper():
            # "X, Kepala Y, Senin (20/4/2020) menjelaskan": the day, and what went before it ("X dalam
            # diskusi ... di Jakarta, Jumat (22/5/2020) mengatakan"); a subject opening in lower case
            # ("di Jakarta, Jumat (22/5)") is where, no one
            subject = _without_circumstance(dayless)
        subject = _ASIDE_AFTER.sub("", subject)  # "Kasich (who has 25 delegates to date) said": an aside
    if lex.lang == "en" and subject.endswith(")"):
        subject = _EN_PARTY_BRACKET.sub("", subject)  # "Sen. Cory Booker (D-N.J.) said": the state comes later
        acronym = TRAILING_SHORT_FORM.search(subject)
        if acronym is not None and acronym.group(1).isupper() and acronym.start() > 0:
            subject = subject[: acronym.start()].rstrip()  # "The National Union of Teachers (NUT) said": the body
    bracket = TRAILING_SHORT_FORM.search(subject) if lex.lang == "id" and subject.endswith(")") else None
    if bracket is not None:
        short = bracket.group(1)
        if short.isupper() and "," in subject and _names_a_body(subject, lex):
            # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memastikan": a body whose
            # name lists its fields, known by its short form.
            return ParsedMention(printed=subject, org=short)
        subject = subject[: bracket.start()]  # "Zulkifli Hasan (Zulhas) menyebut": the name, not its nickname
    if not subject.rstrip(", "):
        return None  # (a lone comma before the verb: "0\n,mengatakan" in any text)
    if (
        lex.lang == "id"
        and subject.rstrip(", ").rsplit(None, 1)[-1].casefold() in DEMONSTRATIVES
        and (named := _described_by_clause(subject.rstrip(", "), lex)) is not None
    ):
        return named  # "X (32), peserta pelatihan itu, mengatakan": X, described after the name
    if (
        lex.lang == "id"
        and subject.endswith(",")
        and (day := _WEEKDAY_AFTER.search(subject)) is not None
        and (spoken := _without_circumstance(subject[: day.start()])) != subject[: day.start()]
    ):
        # "X dalam konferensi pers, Senin, mengatakan": the day he spoke, after how he spoke (a
        # subject with no such circumstance, "X, Senin,", is read as before)
        subject = spoken
    if lex.lang == "id" and (
        not subject.split()[-1][:1].isupper()
        # ("Menteri X saat berkunjung ke Garut, Jawa Barat, mengatakan": the visit's place ends it)
        or (subject.endswith(",") and not _CIRCUMSTANCE_WORDS.isdisjoint(subject.split()))
        # ("Gubernur X yang turut hadir di Gedung Y mengatakan": the clause's place ends it)
        or " yang " in subject
    ):
        subject = _without_circumstance(subject)
    last_word = subject.split()[-1]
    if last_word.casefold() in COORDINATORS:
        return ParsedMention(printed=last_word, pronoun=True)  # "... and said": same subject again
    words = subject.split()
    possessed = subject.rsplit(",", 1)[-1].strip() if lex.lang == "en" and ("'" in subject or "’" in subject) else ""
    if possessed and possessive_post(possessed, lex.roles) is not None:
        # "Penang's chief minister said", "On Monday, Bury Council's leader said": the post's
        # holder, never the council or the state
        return parse_mention(possessed, lex)
    if lex.lang == "en" and len(words) >= 2 and last_word.casefold() in lex.roles:
        # "The Chancellor said", "the Lib Dem leader asked": an epithet for the post's holder, with the post.
        the = next((k for k in range(len(words) - 2, -1, -1) if words[k].casefold() in {"the", "this", "that"}), None)
        # (the whole subject, or after a comma: "... and the prime minister has said" is a clause
        # whose holder this article may never name)
        # (the whole subject, after a comma, or after an opening "And": "And the chancellor vowed")
        opens = the is not None and (
            the == 0 or words[the - 1].endswith(",") or (the == 1 and _LEADING_COORDINATOR.match(subject) is not None)
        )
        if the is not None and len(words) - the <= EN_EPITHET_WORDS and opens:
            epithet = parse_mention(" ".join(words[the:]), lex)
            if epithet is not None and epithet.pronoun:
                return epithet
            if the == len(words) - 2:
                return ParsedMention(printed=" ".join(words[-2:]), pronoun=True)
    if lex.lang == "id" and _owned_by_name(words, lex):
        # "hasil survei Galih menyebut ...": the survey's results say it, not Galih.
        return ParsedMention(printed=subject)
    if last_word.casefold() in DEMONSTRATIVES and "," in subject and len(subject.split()) > EPITHET_WORDS:
        # "Terkait dengan warga terdampak, Ketua Umum PP Muslimat NU ini menyatakan": the epithet
        # is the clause after the opening one.
        subject = subject.rsplit(",", 1)[1].strip()
        words = subject.split()
    if last_word.casefold() in DEMONSTRATIVES and 0 < len(words) <= EPITHET_WORDS:
        if words[0].casefold() in _ABSTRACT_HEADS:
            return None  # "Capaian ini menegaskan ...", "Hal ini menunjukkan ...": the reporter's point
        if words[0].casefold() in _MANY_ID:
            # "Puluhan warga yang ikut aksi itu mengaku ...": many people, none of them named (the
            # statement stays, with no speaker; never the one who led them)
            return ParsedMention(printed=subject)
        if words[0].casefold() in THING_HEADS:
            # "Isi surat itu menekankan", "Laporan tersebut menyebutkan": a document's words, said
            # by no person (the statement stays, with no speaker).
            return ParsedMention(printed=subject)
        if lex.lang == "id" and (body := body_epithet_id(subject)) is not None:
            return body  # "Kementerian itu menyatakan": the ministry the article named before
        # "Pria yang akrab disapa Kanjay ini mengaku", "Orang nomor satu di Jatim itu menyampaikan":
        # an epithet for the person the article is about; "Waka Komisi Hukum DPR itu kemudian
        # mengapresiasi" gives that person's post.
        role = without_term(" ".join(words[:-1])) if words[0].casefold() in lex.roles else None
        if role is not None and any(_ORDINAL.fullmatch(w) for w in words):
            role = None  # "Ketua DPR RI ke-20 ini": the holder's place in a list of holders, not a post held that day
        return ParsedMention(printed=subject, pronoun=True, role=role)
    clause = subject.rsplit(",", 1)[-1]  # the subject after any opening clause ("In a statement, the ministry")
    if lex.lang == "en":
        for phrase in (subject, clause.strip()) if "," in subject else (subject,):
            if unnamed_voice(_LEADING_COORDINATOR.sub("", phrase), lex):
                return ParsedMention(printed=subject)  # "The governor's spokesman said": unnamed, not the governor
            # "A Defra spokesman said", "But a UKIP spokesman said", "Ahead of the launch, a Labour
            # spokesperson said": the body, through its spokesman
            if (voice := body_voice(_LEADING_COORDINATOR.sub("", phrase), lex)) is not None:
                return voice
    if lex.lang == "en" and (body := campaign_reference(clause)) is not None:
        return body  # "The Brackett campaign said", "Her campaign announced"
    if lex.lang == "en" and (body := body_reference(clause) or body_of_kind(subject)) is not None:
        return body  # "The party says ...", "In a statement, the ministry said", "It said", "the Obama administration"
    if lex.lang == "en" and (voice := bare_voice(clause)) is not None:
        return voice  # "A spokeswoman said": the voice of the body the sentence before speaks of
    if lex.lang == "en" and described_person(clause.strip()):
        # "The billionaire said", "In a letter to Mr X, the 24-year-old said": the person the
        # article is about, described (never X, named in the opening clause)
        return ParsedMention(printed=clause.strip(), pronoun=True)
    if lex.lang == "en" and (force := police_force(clause)) is not None:
        # "The police said ...", "On Monday, the police said", "Riverton police said": the force
        # speaks, as in "..., police said" (not "Police officials said": some of its officers, unnamed)
        return ParsedMention(printed=clause.strip(), org=force)
    if lex.lang == "en" and unnamed_group(clause):
        return ParsedMention(printed=subject)  # "Police officials said", "..., a source said": unnamed
    if lex.lang == "en" and "," not in subject and _someone_unnamed(words, lex):
        return ParsedMention(printed=subject)  # "A person familiar with the talks said": unnamed
    if (
        lex.lang == "en"
        and "," not in subject
        and (bare := _ANONYMITY_CLAUSE.sub("", subject)) != subject
        and (_someone_unnamed(bare.split(), lex) or unnamed_group(bare))
    ):
        return ParsedMention(printed=subject)  # "A ministry official who asked not to be named said"
    if lex.lang == "en" and (document := document_source(clause)) is not None:
        return document  # "The report suggests ...", "In a statement, its report says"
    if (post := post_of_epithet(words, lex)) is not None:
        # "The former secretary of state said": the holder of a post with its place or body
        return ParsedMention(printed=subject, pronoun=True, role=post)
    described = "," in subject and (
        any(w.casefold() in lex.roles for w in clause.split())
        # ("Ben Carson, a retired neurosurgeon who said ...": the name and its description)
        or (lex.lang == "en" and _DESCRIBED_BEFORE_WHO.search(subject) is not None)
    )
    if not (
        last_word[:1].isupper()
        or _PARTICLE_NAME.match(last_word) is not None  # "Moqtada al-Sadr said"
        or described  # "Rhys Morgan, Plaid Cymru health spokesman said:"
        or last_word.casefold() in lex.pronouns
        or last_word.endswith(",")  # "X, director of Y, said"
        # ("Ames, 54, who came to power in 2021, said": the name, then the age before the aside)
        or (last_word.isdigit() and len(words) >= 2 and words[-2].endswith(","))
        or lex.nya_re.fullmatch(last_word) is not None
        or last_word.replace(".", "").casefold() in lex.degrees
        or (lex.lang == "en" and _AFFILIATED_NAME.search(subject) is not None)
    ):
        return None
    if (
        len(words) > 1
        and last_word.casefold() in lex.pronouns
        and (lex.lang == "en" or words[-2].casefold().strip(",") in _JOINING_ID)
    ):
        # "At a rally in Dayton, Ohio, on Friday, Brackett listed countries he said ...": the pronoun
        # right before the verb is its subject, not a name earlier in the clause.
        return ParsedMention(printed=last_word, pronoun=True)
    mention = parse_mention(subject, lex)
    if mention is None and (lex.nya_re.fullmatch(last_word) or last_word.casefold() in lex.pronouns):
        # "Tidak hanya itu dirinya mengungkapkan": the pronoun right before the verb speaks.
        return ParsedMention(printed=last_word, pronoun=True)
    return mention
