"""extract(): article text -> statements with resolved speakers and dates. Pure function."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache

from quotetrack.extract.around import CANDIDACIES_ID, POSSESSIVES, official_of_body, sentence_end, sentence_start
from quotetrack.extract.candidate import Found
from quotetrack.extract.cues import COORDINATORS, JUDGES, cue_after
from quotetrack.extract.dating import EARLIER_OCCASION, attribution_date, block_dates
from quotetrack.extract.descriptors import describe, plain_description
from quotetrack.extract.direct import find_direct
from quotetrack.extract.glued_id import place_after_locative
from quotetrack.extract.groups_id import named_only_in_place
from quotetrack.extract.mentions import (
    BODY_KINDS_EN,
    DEMONSTRATIVES,
    DOCUMENT_HEADS,
    STATE_OFFICE,
    ParsedMention,
    bare_voice,
    is_country,
    is_military_rank,
    is_rank_word,
    parse_mention,
    seat_place,
    state_abroad_post,
    unnamed_group,
    unnamed_voice,
)
from quotetrack.extract.model import ExtractedStatement, Extraction
from quotetrack.extract.posts_en import exco_post, indonesian_order, rank_before_chamber
from quotetrack.extract.reported import (
    BACK_AFTER_STOP,
    BACK_HEADS,
    CLOSING_QUOTES,
    find_reported,
    said_back_by,
    said_back_within,
    said_before,
)
from quotetrack.extract.speakers import ANY_OFFICE_EPITHETS, Registry, epithet_fits, party_leader_in_government
from quotetrack.extract.words import Lexicon, lexicon, state_names, states_abroad, us_states
from quotetrack.kinds import StatementKind
from quotetrack.text.lang import detect_language
from quotetrack.text.lexicon import ODD_CASE, fold, is_past_post
from quotetrack.text.meta import ArticleMeta
from quotetrack.text.places import POLICE_COMMANDS, named_at, police_area, province_seated_in
from quotetrack.text.segment import Span, split_paragraphs

# A statement with no cue of its own continues the previous speaker only this close by.
_CARRY_PARAGRAPHS = 2
# A headline that opens with its speaker's post: "Gubernur Jateng: Kalau Kita Kuat ...".
# "Mensos Ungkap 500 Pendamping PKH Disanksi": an Indonesian headline opening with a post and the
# bare verb of what its holder said or did.
_HEADLINE_POST_VERB = re.compile(
    r"((?:[A-Z][\w.-]*\s+){1,5}?)(?:Ungkap|Sebut|Minta|Tegaskan|Pastikan|Klaim|Bantah|Akui|Imbau|Ajak|Dorong|"
    r"Janji|Jelaskan|Beberkan|Soroti|Tanggapi|Singgung|Nilai|Ingatkan|Larang|Umumkan|Usulkan|Desak|Tolak|Kritik)\b"
)
_HEADLINE_WORD = re.compile(r"\w+")
_HEADLINE_POST = re.compile(r"([A-Z][^:]{1,50}):\s+\S")
# No real article holds more; a pasted dump of thousands of copies stops here, so one upload
# cannot hold the ingest (and its write lock) for minutes.
MAX_STATEMENTS = 2000
# The reporter or the outlet as the subject of a speech verb: narration, not a statement.
_NARRATORS = frozenset(
    {
        "wartawan",
        "reporter",
        "jurnalis",
        "redaksi",
        "kontributor",
        "penulis",
        "journalist",
        "journalists",
        "reporters",
        "correspondent",
        "correspondents",
    }
)
_NARRATOR_PHRASES = ("this newspaper", "this paper", "this website", "the newspaper", "media ini", "awak media")


# A news outlet's name ends in one of these: "the Washington Post", "The New York Times", "Fox
# News", "the Associated Press"; or it is an agency's one word.
_OUTLET_HEADS = frozenset(
    {"post", "times", "journal", "herald", "tribune", "gazette", "guardian", "telegraph", "chronicle"}
    | {"observer", "news", "mail", "express", "mirror", "inquirer", "examiner", "press", "magazine"}
)
_AGENCIES = frozenset(
    {"reuters", "afp", "bloomberg", "antara", "bernama", "xinhua", "politico", "axios", "cnn", "bbc", "msnbc"}
)


def _narrator(printed: str) -> bool:
    """The reporter, the outlet, or another news outlet: the article's sources, not its speakers
    ("According to the Washington Post, ...", "Reuters reported ...")."""
    words = printed.casefold().split()
    if not words:
        return False
    if words[0] in _NARRATORS or printed.casefold().startswith(_NARRATOR_PHRASES):
        return True
    named = printed.split()[1:] if words[0] == "the" else printed.split()
    return (
        bool(named)
        and all(w[:1].isupper() for w in named)
        and (named[-1].casefold() in _OUTLET_HEADS or (len(named) == 1 and named[0].casefold() in _AGENCIES))
    )


# A turn of a transcript: the speaker's name in capitals and a colon open the paragraph ("WALLACE:
# Let's start ...", '"PENCE: Well, look, ...').
_TURN = re.compile(r"[\"“”]?[ \t]*(?P<label>[A-Z][A-Z’'.-]+(?:[ \t][A-Z][A-Z’'.-]+){0,2}):[ \t]+(?=\S)")
_NOT_SPEAKERS = frozenset({"UPDATE", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "WATCH", "VIDEO", "PHOTO"})
_NOT_SPEAKERS |= frozenset({"READ MORE", "RELATED", "BACA JUGA", "LIHAT JUGA", "ADVERTISEMENT", "SOURCE", "SUMBER"})
_TURN_END = ' \t"“”'
# Not more of a turn: a stage note ("(CROSSTALK.)") or the writer's sign-off ("Follow X on Twitter").
_SIGN_OFF = re.compile(r"\(|Follow\b|.*@\w")


def _turns(text: str, paragraphs: list[tuple[int, int]]) -> dict[int, tuple[str, int] | None]:
    """The turns of a transcript, by paragraph: (speaker label, where the words begin), or None
    for a paragraph that goes on with the turn before it (it opens with a quote mark and no label).
    Empty unless two speakers or more take turns."""
    labels: dict[int, tuple[str, int]] = {}
    for index, (start, end) in enumerate(paragraphs):
        turn = _TURN.match(text, start, end)
        if turn is not None and turn.group("label") not in _NOT_SPEAKERS and len(turn.group("label")) > 1:
            labels[index] = (turn.group("label"), turn.end())
    if len(labels) < 2 or len({label for label, _ in labels.values()}) < 2:
        return {}
    turns: dict[int, tuple[str, int] | None] = {}
    current = False
    for index, (start, end) in enumerate(paragraphs):
        if index in labels:
            turns[index], current = labels[index], True
        elif current and text[start : start + 1] in '"“”' and not _SIGN_OFF.match(text, start + 1, end):
            turns[index] = None  # the same speaker goes on
        else:
            current = False
    return turns


# An interview printed as questions and answers: "Q: ...?" then "A: ..." ("Question:", "Answer:").
_QA_LABEL = re.compile(r"[ \t]*(?:(?P<question>Q|Question)|(?P<answer>A|Answer))[ \t]*:[ \t]+(?=\S)")


def _qa_turns(text: str, parts: list[Span]) -> dict[int, tuple[bool, int]]:
    """The labelled paragraphs of a question-and-answer interview: index -> (whether an answer,
    where its words begin). Empty unless a question comes before an answer."""
    labels = {}
    for index, part in enumerate(parts):
        turn = _QA_LABEL.match(text, part.start, part.end)
        if turn is not None:
            labels[index] = (turn.group("answer") is not None, turn.end())
    first = min((index for index, (answer, _) in labels.items() if not answer), default=None)
    if first is None or not any(answer and index > first for index, (answer, _) in labels.items()):
        return {}
    return labels


# A turn of an interview run into one paragraph: "... sekarang. H.E Vasyl Hamianin: Ini pertanyaan
# sensitif. ... Liputan6.com: Apakah ada data resmi ...?". The label opens a sentence.
_INLINE_TURN = re.compile(
    r"(?:(?:^|(?<=[.?!\"”)])\s*|(?<=\s))(?<![A-Z]\.)(?P<label>(?:H\.\s?E\.?\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    # (an outlet's label may be glued to the answer before it: "... audiens Liputan6.comLiputan6.com: ...")
    r"|(?P<outlet>[A-Z][\w-]*\.(?:com|co\.id))):[ \t]+(?=[A-Z\"“])"
)
# Where a turn's label may end: the colon and the answer's first letter (found by a fast scan for
# ":"; _INLINE_TURN is then tried only on the few dozen characters before each).
_TURN_COLON = re.compile(r":[ \t]+(?=[A-Z\"“])")
_LABEL_REACH = 48
_INLINE_TURNS = 3  # labels of two parties or more, three turns at least: an interview, not a "Catatan:"


def _inline_turns(text: str, parts: list[Span]) -> dict[int, list[tuple[str, int, int, int]]]:
    """Turns of an interview whose paragraphs run several turns together, by paragraph: (label,
    where the label begins, where the words begin, where they end). Empty unless two labels or
    more take turns."""
    found: dict[int, list[re.Match[str]]] = {}
    for index, part in enumerate(parts):
        matches = []
        for colon in _TURN_COLON.finditer(text, part.start, part.end):
            lo = max(part.start, colon.start() - _LABEL_REACH)
            # (the label nearest the colon: the last match that ends at it)
            turn = next(
                (m for at in range(lo, colon.start()) if (m := _INLINE_TURN.match(text, at, colon.end() + 1))),
                None,
            )
            if turn is not None and turn.end() == colon.end() and _a_label(_label(turn)):
                matches.append(turn)
        if matches:
            found[index] = matches
    labels = [_label(m) for matches in found.values() for m in matches]
    repeated = {label for label in labels if labels.count(label) >= 2}
    if (len(labels) < _INLINE_TURNS or len(set(labels)) < 2 or not repeated) and not _one_exchange(text, parts, found):
        return {}
    turns: dict[int, list[tuple[str, int, int, int]]] = {}
    for index, matches in found.items():
        ends = [m.start(m.lastgroup or 0) for m in matches[1:]] + [parts[index].end]
        turns[index] = [
            (_label(m), m.start(m.lastgroup or 0), m.end(), end) for m, end in zip(matches, ends, strict=True)
        ]
    return turns


def _one_exchange(text: str, parts: list[Span], found: dict[int, list[re.Match[str]]]) -> bool:
    """Whether one labelled paragraph asks a question and the next paragraph, under another
    label, answers it ("The Jakarta Post: What is ...? / Dudy Purwagandhi: Safety is ..."): an
    interview of one exchange, its labels printed once each."""
    for index, matches in found.items():
        answer = found.get(index + 1)
        if (
            answer is not None
            and len(matches) == 1
            and matches[0].start(matches[0].lastgroup or 0) == parts[index].start
            and answer[0].start(answer[0].lastgroup or 0) == parts[index + 1].start
            and _label(answer[0]) != _label(matches[0])
            and text[parts[index].start : _turn_end(text, parts[index].start, parts[index].end)].endswith("?")
        ):
            return True
    return False


def _label(match: re.Match[str]) -> str:
    return match.group("label") or match.group("outlet")


def _a_label(label: str) -> bool:
    """Whether a word or few before a colon may name who speaks (not "Baca juga", "Foto")."""
    return (
        label.upper() not in _NOT_SPEAKERS
        and label.casefold() not in _NOT_LABELS
        # ("Federal: Health care ...", "Connecticut: While no national legislation ...": a
        # section's heading, not a turn of an interview)
        and label not in state_names()
        and label.casefold() not in _SECTION_LABELS
    )


_NOT_LABELS = frozenset({"baca juga", "lihat juga", "foto", "video", "sumber", "editor", "penulis", "catatan"})
_SECTION_LABELS = frozenset({"federal", "local", "state", "states", "national", "international", "world", "nasional"})


def _inline_turn_found(text: str, index: int, label: str, lo: int, hi: int, lex: Lexicon) -> Found | None:
    """An interview turn as a direct statement of the one it labels; None for the interviewer's
    (an outlet's label, or a question) and for what is too short."""
    hi = _turn_end(text, lo, hi)
    if hi - lo < 2 or text[hi - 1] == "?" or "." in label.split()[-1]:
        return None
    mention = parse_mention(label, lex)
    if mention is None or not mention.name:
        return None
    return Found(StatementKind.DIRECT, lo, hi, index, ":", mention, False, 0.8)


def _answer_goes_on(text: str, index: int, para: Span) -> Found | None:
    """A paragraph with no label after an interview answer: more of that answer (the speaker of
    the statement before), unless it is a question."""
    hi = _turn_end(text, para.start, para.end)
    if hi - para.start < 2 or text[hi - 1] == "?":
        return None
    return Found(StatementKind.DIRECT, para.start, hi, index, None, None, True, 0.6)


def _turn_end(text: str, lo: int, hi: int) -> int:
    """Where the words of a turn in text[lo:hi] end, its closing quote marks and spaces left out."""
    while hi > lo and text[hi - 1] in _TURN_END:
        hi -= 1
    return hi


def _turn_found(text: str, index: int, start: int, end: int, turn: tuple[str, int] | None) -> Found | None:
    """A transcript turn as a direct statement of its speaker (None: of the one before)."""
    lo = turn[1] if turn else start
    hi = _turn_end(text, lo, end)
    while lo < hi and text[lo] in _TURN_END:
        lo += 1
    if hi - lo < 2:
        return None
    if turn is None:
        return Found(StatementKind.DIRECT, lo, hi, index, None, None, True, 0.6)
    label = turn[0]
    mention = ParsedMention(printed=label, name=" ".join(w.capitalize() for w in label.split()))
    return Found(StatementKind.DIRECT, lo, hi, index, ":", mention, False, 0.8)


# '"...." Hal tersebut diungkapkan X': a closing quote, then a sentence that names who said it
# (the pairs built once, not 18 strings an article)
_QUOTE_THEN_BACK = tuple(f"{q} {head}" for q in CLOSING_QUOTES[:2] for head in BACK_HEADS)


def _find_all(text: str, lang: str) -> list[Found]:
    lex = lexicon(lang)
    found: list[Found] = []
    previous: tuple[int, int] | None = None
    parts = split_paragraphs(text)
    # (an interview's "Q:" and "A:" are no speakers' names: the answers are the interviewee's)
    qa = _qa_turns(text, parts) if ":" in text else {}
    asked_from = min((parts[k].start for k, (answer, _) in qa.items() if not answer), default=0)
    turns = _turns(text, [(p.start, p.end) for p in parts]) if ":" in text and not qa else {}
    inline = _inline_turns(text, parts) if ":" in text and not turns and not qa else {}
    answering = False  # the paragraph before ended with an interview answer
    # ("Hal itu disampaikan X" opening a sentence inside a paragraph: most articles hold none)
    back_inside = lang == "id" and any(map(text.__contains__, BACK_AFTER_STOP))
    # ('"...." Hal tersebut diungkapkan X': a quote, then the sentence that names its speaker)
    quote_then_back = lang == "id" and any(map(text.__contains__, _QUOTE_THEN_BACK))
    for index, para in enumerate(parts):
        if index in qa:
            replies, lo = qa[index]
            hi = _turn_end(text, lo, para.end)
            if replies and hi - lo >= 2:
                found.append(Found(StatementKind.DIRECT, lo, hi, index, ":", None, True, 0.7, interview=asked_from))
            previous = (para.start, para.end)
            continue  # (a question is the interviewer's, no statement)
        if index in turns:
            turn = _turn_found(text, index, para.start, para.end, turns[index])
            if turn is not None:
                found.append(turn)
            previous = (para.start, para.end)
            continue
        end = para.end
        if index in inline:
            answer = None
            for label, _, lo, hi in inline[index]:
                if (answer := _inline_turn_found(text, index, label, lo, hi, lex)) is not None:
                    found.append(answer)
            answering = answer is not None  # (the paragraph's last turn is an answer)
            end = inline[index][0][1]  # (what comes before the first turn is read as any paragraph)
        elif answering and (more := _answer_goes_on(text, index, para)) is not None:
            found.append(more)  # a paragraph the source ran into the answer before it
            previous = (para.start, para.end)
            continue
        else:
            answering = False
        if lang == "id" and (named := _cue_paragraph(text, para, found, index, lex)) is not None:
            found[-1] = named
            previous = (para.start, para.end)
            continue
        direct, outside = find_direct(text, para.start, end, index, lex)
        reported = [r for lo, hi in outside for r in find_reported(text, lo, hi, index, lex)]
        if direct and reported and lang == "en":
            direct, reported = _quoted_content(direct, reported)
        found.extend(direct)
        found.extend(reported)
        back = said_before(text, para.start, previous, index, lex)
        if back is None and lang == "id" and text.startswith(BACK_HEADS, para.start):
            _give_back(text, found, para.start, index - 1, lex)  # a quote paragraph, then "Hal itu ..."
        elif quote_then_back:
            for stop in _back_stops(text, para.start, para.end):
                _give_back(text, found, stop, index, lex)  # '"...". Hal tersebut diungkapkan X ...'
        within = said_back_within(text, para.start, para.end, index, lex) if back_inside else []
        for told in ([back] if back is not None else []) + within:
            if not any(f.start < told.end and told.start < f.end for f in found):
                found.append(told)
        previous = (para.start, para.end)
    found.sort(key=lambda f: f.start)
    return found


def _cue_paragraph(text: str, para: Span, found: list[Found], index: int, lex: Lexicon) -> Found | None:
    """The quote of the paragraph before, with its speaker, when this paragraph is only its
    attribution, cut off by a line break ('"...?"' // 'kata Aziz, Senin (22/6/2020).')."""
    if not found or text[para.start : para.start + 1].isupper():
        return None
    last = found[-1]
    if last.kind is not StatementKind.DIRECT or last.cue is not None or last.paragraph != index - 1:
        return None
    if text[last.end : para.start].strip() not in ('"', "”", "“"):
        return None  # (the quote must close the paragraph before, nothing after it)
    if lex.root_re.match(text, para.start) is None:
        return None
    cue = cue_after(text, para.start, para.end, lex)
    if cue is None or cue.mention is None or not (cue.mention.name or cue.mention.role):
        return None
    return replace(last, cue=cue.cue, mention=cue.mention, carry=False, confidence=0.85)


def _back_stops(text: str, lo: int, hi: int) -> list[int]:
    """Where a sentence of text[lo:hi] right after a closing quote opens "Hal itu diungkapkan ...":
    '"...." Hal tersebut diungkapkan X' (the quote's words are X's)."""
    stops = []
    for head in BACK_HEADS:
        at = text.find(head, lo + 1, hi)  # (one opening the paragraph has no quote before it)
        while at >= 0:
            if text[lo:at].rstrip().rstrip(".").endswith(CLOSING_QUOTES[:2]):
                stops.append(at)
            at = text.find(head, at + 1, hi)
    return sorted(stops)


def _give_back(text: str, found: list[Found], at: int, paragraph: int, lex: Lexicon) -> None:
    """Give the quotes with no cue of their own that end right before `at`, in `paragraph`, to
    the one "Hal itu diungkapkan X" / "Demikian dikatakan X" at `at` names."""
    told = said_back_by(text, at, lex)
    if told is None:
        return
    before = sorted(
        (k for k, f in enumerate(found) if f.paragraph == paragraph and f.end <= at), key=lambda k: -found[k].end
    )
    for k in before:
        quote = found[k]
        if quote.kind != StatementKind.DIRECT or quote.cue is not None or quote.mention is not None:
            break  # (only the uncued quotes just before it)
        found[k] = replace(quote, cue=told[0], mention=told[1], carry=False)


def _quoted_content(direct: list[Found], reported: list[Found]) -> tuple[list[Found], list[Found]]:
    """'Ndoma-Egba argued that "There is no provision ... democracy."': the quote with no cue of
    its own is what the verb reports. Reported speech that opens with such a quote and is mostly it
    is one statement: the quote, with the reporting verb's cue and speaker."""
    kept = []
    direct = list(direct)
    for r in reported:
        k = next(
            (
                k
                for k, d in enumerate(direct)
                # (the content opens with the quote: 'argued that "There is ...'; not 'said there
                # would be a campaign whereby "tourists can ..."', the verb's own words first)
                if d.cue is None
                and 0 <= d.start - r.start <= 2
                and 2 * (min(d.end, r.end) - d.start) >= r.end - r.start
            ),
            None,
        )
        if k is None:
            kept.append(r)
        else:
            d = direct[k]
            direct[k] = replace(
                d, cue=r.cue, mention=r.mention, carry=r.carry, confidence=max(d.confidence, r.confidence)
            )
    return direct, kept


_PERSONAL_PRONOUNS_EN = frozenset({"he", "she"})


def _same_unnamed(
    found: Found, statements: list[ExtractedStatement], registry: Registry, spans: list[tuple[int, int]]
) -> bool:
    """Whether `found`'s "he"/"she" is the unnamed person who spoke just before ("A senior official
    said the talks had stalled. She said ...", "A Home Office spokesman said ... He added ..."):
    the last statement, in this paragraph or the one before, was an unnamed person's (or a body's
    spokesperson's), and no one
    named opens a sentence between the two."""
    mention = found.mention
    if mention is None or not mention.pronoun or mention.printed.strip().casefold() not in _PERSONAL_PRONOUNS_EN:
        return False
    if not statements or found.paragraph - statements[-1].paragraph > 1:
        return False
    before = statements[-1].speaker_mention or ""
    if statements[-1].speaker_ref is not None and bare_voice(before) is None:
        return False  # (a spokeswoman the body before speaks through stays that body's voice)
    if not (unnamed_group(before) or unnamed_voice(before, registry.lex)):
        return False
    return registry.subject_between(statements[-1].end, found.start, spans) is None


def extract(text: str, *, meta: ArticleMeta | None = None, lang: str | None = None) -> Extraction:
    """All attributed statements of `text` (already cleaned by quotetrack.text.prepare)."""
    lang = lang or (meta.language if meta else None) or detect_language(text)
    if lang not in ("id", "en"):
        lang = "id"
    meta = meta or ArticleMeta(language=lang)
    lex = lexicon(lang)
    registry = Registry(lex)
    registry.scan(text)
    paragraphs = {i: (p.start, p.end) for i, p in enumerate(split_paragraphs(text))}
    statements: list[ExtractedStatement] = []
    last_ref: int | None = None
    last_sentence = 0
    spans: list[tuple[int, int]] = []
    last_paragraph = -_CARRY_PARAGRAPHS - 1
    document: int | None = None  # the paragraph of the last statement a document made
    document_ref: int | None = None  # the body that issued that document, when the article says so
    issuers: dict[str, int] = {}  # a document's kind ("report") -> the body last quoted with one
    # ("in a report", "published a study": where the article says a body issued a document; one
    # pass over the text, not one a statement)
    issued_in = _issued_in(text) if lang == "en" else []
    asked: int | None = None  # the person the last statement asked a question
    unresolved: list[int] = []  # statements whose pronoun ("Ia menyebut") found no one named before
    described: dict[int, tuple[str, str | None] | None] = {}  # a person with no post -> what the article says they are
    for found in _find_all(text, lang)[:MAX_STATEMENTS]:
        if found.mention is not None and _narrator(found.mention.printed):
            continue  # the reporter's own narration ("Wartawan telah mengkonfirmasi ...") is no statement
        ref: int | None = None
        continues_document = (
            document is not None
            and found.paragraph - document <= 1
            and _continues(found)
            # ("Warga mengeluhkan .... Kepala Desa X membenarkan keluhan itu. Menurutnya, ...": the
            # one who opens a sentence since, not the unnamed people before)
            and not (lang == "id" and registry.subject_between(statements[-1].end, found.start, spans) is not None)
        )
        if continues_document:
            # '"...," bunyi beleid tersebut. "...," lanjutnya.': the text goes on, no person (or the
            # body that issued it: "The report said ... It also points out ...")
            ref = document_ref
        elif (
            found.mention is not None
            and _joins(found.mention)
            and statements
            and _same_sentence(text, statements[-1].start, found.start)
        ):
            ref = statements[-1].speaker_ref  # 'Demonstrators said ..., but pledged ...': that subject again
        elif found.mention is not None and (answering := _answers(found, asked, registry)) is not None:
            ref = answering  # 'Earhardt then asked Rubio which states ... "Well, ...," he said': Rubio answers
        elif found.mention is not None and lang == "en" and _same_unnamed(found, statements, registry, spans):
            # 'A senior official said ... She said ...': the same official, still unnamed (or the
            # body a spokeswoman spoke for)
            ref = statements[-1].speaker_ref
        elif found.mention is not None:
            ref = registry.resolve(found.mention, found.start, last_ref, last_sentence, spans)
            if ref is None and _is_document(found.mention) and (kind := _document_kind(found.mention)) in issuers:
                ref = issuers[kind]  # "The report said: ...": the report the body was quoted with
            elif (
                ref is None
                and lang == "en"
                and _is_document(found.mention)
                and _document_kind(found.mention) in DOCUMENT_HEADS  # (not "a senior government official")
                and found.paragraph <= _LEDE_PARAGRAPH
            ):
                # "..., a report says. // The National Audit Office praised ministers ...": the
                # lede's report is the one of the body the next paragraph opens with
                ref = _body_opening(text, paragraphs.get(found.paragraph + 1), registry)
                if ref is not None:
                    issuers[_document_kind(found.mention)] = ref
        elif found.interview is not None:
            # an interview's answer: the one its introduction names last, before the first question
            ref = registry.subject_between(0, found.interview, spans)
        elif found.carry and (introduced := _introduced_by(text, found.start, registry, spans)) is not None:
            ref = introduced  # 'Senator X delivered a blunt message: "..."': the sentence's subject
        elif found.judged:
            continue  # a judged phrase whose judge the sentence does not name: no statement of anyone's
        elif found.carry and found.paragraph - last_paragraph <= _CARRY_PARAGRAPHS:
            # The last speaker, unless a paragraph since it opens with someone else: 'Comedian
            # John Dale also lost patience with the levy.' then '"Nobody asked the growers."'
            between = None
            if lang == "en" and found.paragraph > last_paragraph:
                lo = paragraphs[max(0, found.paragraph - 1)][0]
                between = registry.subject_between(max(lo, last_sentence), found.start, spans)
            ref = between if between is not None else last_ref
        elif found.carry:
            # No statement nearby: the official who opens a sentence just before the quote.
            lo = paragraphs[max(0, found.paragraph - 1)][0]
            ref = registry.subject_between(max(lo, last_sentence), found.start, spans)
        mention = found.mention
        # ("Dewi Lestari, warga Kelurahan X" after "Wali Kota Y Dewi Lestari": another person)
        if ref is not None and mention is not None:
            ref = registry.private_namesake(ref, mention)
        person = registry.people[ref] if ref is not None else None
        # The post this mention prints, else the one the article gives its speaker elsewhere
        # ("kata Kholifah" carries "Gubernur Jawa Timur"): every statement has the post held.
        role = (
            _fuller(mention.role, person.role if person else None)
            # ("the leader" says no post: the one the article gives its holder)
            if mention
            and registry.names_office(mention.role)
            and (mention.role or "").casefold() not in ANY_OFFICE_EPITHETS
            and not _TAIL_OF_A_LIST.match(mention.role or "")
            and not (person and _refers_back(mention) and _holds_office(person.role))
            else person.role
            if person
            else mention.role
            if mention
            else None
        )
        region = mention.region if mention and mention.region else person.region if person else None
        placed = mention is not None and named_only_in_place(mention.printed, mention.name or mention.org)
        if person is None and mention is not None and lang == "id" and (place_after_locative(mention.role) or placed):
            role = region = None  # ("Pedagang di Jalan Gatot Soebroto": no one named, a street; no post)
        if lang == "en":
            role, region = seat_place(role, region)  # "MP for Northfield": the seat's constituency
            if (abroad := state_abroad_post(role, lex)) is not None and region in (None, abroad[1]):
                role, region = abroad  # "said Sabah exco member X": the post, and the state it serves
            role = exco_post(rank_before_chamber(official_of_body(role)))
        if not role and ref is not None and person is not None and not person.organisation:
            # "kata Asep (45), pemilik warung kopi di Jalan X", "said Tom Baker, a shop owner":
            # no post, but what the article says the person is, so a private speaker is cited as
            # such and never taken for an official of the same name
            if ref not in described:
                described[ref] = describe(text, person.name, lex)
            if (description := described[ref]) is not None:
                role, region = description[0], region or description[1]
        elif role and lang == "id" and person is not None and not person.organisation:
            role, region = plain_description(role, region, lex)  # "warga Desa X, Budi": where Budi lives
        statements.append(
            ExtractedStatement(
                kind=found.kind,
                text=text[found.start : found.end],
                start=found.start,
                end=found.end,
                paragraph=found.paragraph,
                cue=found.cue,
                speaker=person.name if person else None,
                speaker_mention=mention.printed if mention else None,
                role=role,
                region=region,
                date=attribution_date(
                    text, start=found.start, end=found.end, kind=found.kind, cue=found.cue, published=meta.published
                ),
                confidence=found.confidence if person else min(found.confidence, 0.4),
                speaker_ref=ref,
                speaker_kind="organisation" if person and person.organisation else "person",
            )
        )
        # Who was just asked something ("X asked Rubio which states ..."), for the pronoun of the reply.
        asked = _asked(statements[-1], registry, ref) if lang == "en" and found.cue in _ASKING else None
        if ref is not None:
            last_ref, last_paragraph = ref, found.paragraph
        elif mention is not None and mention.pronoun and not mention.body and last_ref is None:
            unresolved.append(len(statements) - 1)
        if _is_document(mention):
            document = found.paragraph
            document_ref = ref
        elif not continues_document:
            document = None
        if ref is not None and issued_in:
            # "Oxfam says in a report, Paying the Price": "The report said" later is Oxfam's
            lo = sentence_start(text, found.start)
            hi = max(found.end, sentence_end(text, found.start))
            for at, kind in issued_in[bisect_left(issued_in, (lo, "")) :]:
                if at >= hi:
                    break
                issuers[kind] = ref
        # After a statement whose speaker is named, only people named after it can take over.
        named = mention is not None and bool(mention.name)
        last_sentence = found.start if named else sentence_start(text, found.start)
        spans.append((found.start, found.end))
    statements = _with_headline_speaker(statements, unresolved, meta.title, registry)
    statements = _with_closing_speaker(statements, text)
    statements = _with_headline_post(statements, meta.title, registry, lex)
    if lang == "id":
        statements = _with_regional_body_place(statements)
        statements = _with_article_region(statements, text, meta.place)
    if lang == "en":
        statements = _with_devolved_region(statements, text)
        if " MSP" in text or " MLA" in text:
            statements = _with_member_nation(statements, text)
        statements = _with_state_region(statements, text)
        statements = _with_state_s_post(statements)
        statements = [_english_place(s) for s in statements]
        statements = _with_dateline_city(statements, meta, text)
        statements = _with_regency_named_en(statements, text)
    return Extraction(meta=meta, statements=_dated(statements, paragraphs, text, meta.published))


def _dated(
    statements: list[ExtractedStatement], paragraphs: dict[int, tuple[int, int]], text: str, published: date | None
) -> list[ExtractedStatement]:
    """The statements, each with its day (see dating.block_dates): `date` holds, until here, the
    day its own attribution names or None."""
    earlier = [EARLIER_OCCASION.match(text, paragraphs[s.paragraph][0]) is not None for s in statements]
    days = block_dates([s.date for s in statements], [s.speaker_ref for s in statements], earlier, published)
    return [s if s.date == day else replace(s, date=day) for s, day in zip(statements, days, strict=True)]


_ASKING = frozenset({"asked", "asks", "pressed", "questioned"})
_ASKED_NAME = re.compile(
    r"(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sen\.|Gov\.)?\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:,|\s+(?=[a-z]))"
)  # ("asked Kasich, who is fourth in the delegate count, to lay out ...")
# A reply's subject that stands for the person just asked: a pronoun or an epithet ("The
# candidate said").
_REPLY_EPITHET = re.compile(r"(?i:the)\s+(?:[a-z-]+\s+)?(?:candidate|nominee|contender|hopeful|governor|senator|mayor)")


def _asked(statement: ExtractedStatement, registry: Registry, asker: int | None) -> int | None:
    """The person a question names first ("Earhardt then asked Rubio which states he could win"),
    when the article has named that person and it is not the one asking."""
    named = _ASKED_NAME.match(statement.text)
    ref = registry.known(named.group(1)) if named is not None else None
    return ref if ref is not None and ref != asker else None


def _answers(found: Found, asked: int | None, registry: Registry) -> int | None:
    """The person just asked, for a reply's pronoun that agrees with them ('"...," he said')."""
    mention = found.mention
    if asked is None or mention is None or not mention.pronoun:
        return None
    if _REPLY_EPITHET.fullmatch(mention.printed):
        return asked  # 'Hannity asked Kasich ... The candidate said he does not believe ...'
    if mention.printed.casefold() not in _PERSONAL_PRONOUNS_EN:
        return None
    return asked if registry.agrees(asked, mention.printed) else None


def _joins(mention: ParsedMention) -> bool:
    """A mention that is only the word joining a second verb to the sentence's subject."""
    return mention.pronoun and mention.printed.strip().casefold() in COORDINATORS


def _same_sentence(text: str, a: int, b: int) -> bool:
    return sentence_start(text, a) == sentence_start(text, b)


# Documents a body issues, which the article may name as it quotes the body ("Oxfam says in a
# report") and refer back to by their kind alone ("The report said").
_DOCUMENT_KINDS = ("report", "study", "review", "paper", "audit", "assessment")
_ISSUED_IN = re.compile(
    r"\b(?:in|published|released|issued|publishes|releases)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    rf"({'|'.join(_DOCUMENT_KINDS)})\b",
    re.IGNORECASE,
)


def _issued_in(text: str) -> list[tuple[int, str]]:
    """(where, kind) of each _ISSUED_IN match. The pattern opens with a case-blind \\b, tried at
    every character (0.3 ms an article), so it runs only where the lower-cased text holds a
    document's kind, as most articles do not. (Text with a letter that lower() does not fold as
    the pattern does goes through it as it is.)"""
    lowered = text.lower()
    if not any(odd in text for odd in ODD_CASE) and not any(map(lowered.__contains__, _DOCUMENT_KINDS)):
        return []
    return [(m.start(), m.group(1).casefold()) for m in _ISSUED_IN.finditer(text)]


_LEDE_PARAGRAPH = 1  # the title is paragraph 0
# A body named in capitals opening a paragraph, then its verb: "The National Audit Office praised".
_BODY_OPENING_EN = re.compile(
    r"(?:The\s+)?(?P<body>[A-Z][\w&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'’-]*){1,5})\s+[a-z]"
)


def _body_opening(text: str, paragraph: tuple[int, int] | None, registry: Registry) -> int | None:
    """The body a paragraph opens with ("The National Audit Office praised ..."), or None."""
    match = _BODY_OPENING_EN.match(text, paragraph[0], paragraph[1]) if paragraph else None
    if match is None or match.group("body").split()[-1].casefold() not in BODY_KINDS_EN:
        return None
    body = match.group("body")
    return registry.add(ParsedMention(printed=body, org=body), match.start("body"))


def _document_kind(mention: ParsedMention) -> str:
    """The kind of document a mention names, by its last word ("The report" -> "report")."""
    words = mention.printed.casefold().split()
    return words[-1] if words else ""


def _is_document(mention: ParsedMention | None) -> bool:
    """A mention that names a text, not a speaker ("read the email", "bunyi beleid tersebut")."""
    return mention is not None and not (mention.name or mention.role or mention.org or mention.pronoun)


def _continues(found: Found) -> bool:
    """A statement that only goes on from the one before: no cue, or a "-nya" cue ("lanjutnya")."""
    mention = found.mention
    # ('" it said.': the same text goes on)
    return mention is None or (mention.pronoun and (mention.printed.endswith("nya") or mention.body == "it"))


def _introduced_by(text: str, start: int, registry: Registry, spans: list[tuple[int, int]]) -> int | None:
    """The subject of the sentence a quote with no cue stands inside: 'Senate Majority Leader X,
    R-Ky., delivered a blunt message to Brackett: "..."', 'Dr Alan Wyn ... welcomed the targets "to
    make faster progress"'. None for a quote that opens its sentence (it goes on from before)."""
    lo = sentence_start(text, max(0, start - 2))
    before = text[lo:start].rstrip(" \"“‘'«")
    if not before or not (before[-1] == ":" or (before[-1].isalnum() and JUDGES.search(before))):
        return None  # the quote opens its sentence, follows another quote, or no one judges in it
    return registry.subject_between(lo, start, spans)


def _with_headline_speaker(
    statements: list[ExtractedStatement], unresolved: list[int], title: str | None, registry: Registry
) -> list[ExtractedStatement]:
    """ "Ahmad Luthfi Sebut ..." over a body that opens with "Ia juga menyoroti ..." and names
    him only later ("kata Luthfi"): a pronoun with no one named before it stands for the one
    person the headline names among the article's speakers."""
    if not unresolved or not title:
        return statements
    words = {w.casefold() for w in _HEADLINE_WORD.findall(title)}
    named = {
        s.speaker_ref
        for s in statements
        if s.speaker_ref is not None
        and s.speaker_kind == "person"
        and registry.people[s.speaker_ref].tokens <= words
        # ("Politicians from Iraq's parliament called for ... and promised ...": a country, no one)
        and not is_country(registry.people[s.speaker_ref].name.casefold())
    }
    if len(named) != 1:
        return statements
    (ref,) = named
    person = registry.people[ref]
    done = list(statements)
    for index in unresolved:
        done[index] = replace(
            done[index],
            speaker=person.name,
            speaker_ref=ref,
            role=done[index].role or person.role,
            region=done[index].region or person.region,
        )
    return done


def _opens_paragraph(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] == "\n"


def _with_closing_speaker(statements: list[ExtractedStatement], text: str) -> list[ExtractedStatement]:
    """A quote that runs over several paragraphs names its speaker in the last one: quotes with
    no cue and no one to carry them from, each in the paragraph right before the next, are the
    words of whoever the quote that closes the run names ('"..."' // '"..."' // '"...," ungkap
    Mahfud.')."""
    done = list(statements)
    index = len(done) - 1
    while index > 0:
        closing = done[index]
        run = index
        while (
            run > 0
            and done[run - 1].speaker_ref is None
            and done[run - 1].cue is None
            and done[run - 1].kind == StatementKind.DIRECT
            and done[run].paragraph - done[run - 1].paragraph == 1
        ):
            run -= 1
        named = (
            closing.cue is not None
            and closing.speaker_ref is not None
            and (
                closing.kind == StatementKind.DIRECT
                # ('"... cabang. // Saat ini ... 24 Jam," ungkap Dwi': the paragraph that closes the
                # quote lost its opening mark, and reads as reported speech up to the closing one)
                or (
                    text[closing.end : closing.end + 2].lstrip(",.")[:1] in CLOSING_QUOTES
                    and _opens_paragraph(text, closing.start)
                )
            )
        )
        if named and run < index:
            for k in range(run, index):
                done[k] = replace(
                    done[k],
                    speaker=closing.speaker,
                    speaker_ref=closing.speaker_ref,
                    speaker_kind=closing.speaker_kind,
                    role=closing.role,
                    region=closing.region,
                )
        index = run - 1 if run < index else index - 1
    return done


def _with_headline_post(
    statements: list[ExtractedStatement], title: str | None, registry: Registry, lex: Lexicon
) -> list[ExtractedStatement]:
    """ "Gubernur Jateng: Kalau Kita Kuat ..." over a story whose body calls its speaker "Luthfi"
    only: a headline that opens with a post and a colon names the post of the article's main
    speaker, when the body gives that speaker none and no one else holds it."""
    head = _HEADLINE_POST.match(title or "") or (_HEADLINE_POST_VERB.match(title or "") if lex.lang == "id" else None)
    mention = parse_mention(head.group(1), lex) if head else None
    if mention is None or mention.name or not registry.names_office(mention.role):
        return statements
    counts = Counter(s.speaker_ref for s in statements if s.speaker_ref is not None)
    if not counts or registry.by_role(mention.role or "", len(registry.text)) is not None:
        return statements
    (ref, most), *rest = counts.most_common(2)
    person = registry.people[ref]
    if person.role or person.organisation or (rest and rest[0][1] == most):
        return statements
    return [
        replace(s, role=mention.role, region=s.region or mention.region) if s.speaker_ref == ref and not s.role else s
        for s in statements
    ]


# The United Kingdom's devolved governments, by the words that name them or their members.
_DEVOLVED = {
    "Scotland": re.compile(r"\b(?:Scottish (?:Executive|Government|Parliament)|Holyrood|MSPs?)\b"),
    "Wales": re.compile(r"\b(?:Welsh (?:Assembly|Government)|Assembly Government|Senedd|National Assembly for Wales)"),
    "Northern Ireland": re.compile(r"\b(?:Stormont|Northern Ireland (?:Assembly|Executive)|MLAs?)\b"),
}
# A minister's post with no government of its own named: "First Minister", "Finance Minister",
# "Minister for Health" (never "UK Health Minister", "Prime Minister").
_MINISTER_POST = re.compile(
    r"^(?:(?i:(?:deputy )?first minister)|(?!Prime\b)[A-Z][a-z]+(?: [A-Z][a-z]+)? Minister|Minister for [A-Z].*)$"
)


def _placeless(statements: list[ExtractedStatement], post: re.Pattern[str]) -> list[int]:
    """The statements whose post `post` matches and which have no place."""
    return [k for k, s in enumerate(statements) if s.role and not s.region and post.match(s.role)]


def _placed(statements: list[ExtractedStatement], indexes: list[int], region: str) -> list[ExtractedStatement]:
    """The statements, those at `indexes` with `region` as their place."""
    done = list(statements)
    for k in indexes:
        done[k] = replace(done[k], region=region)
    return done


def _with_devolved_region(statements: list[ExtractedStatement], text: str) -> list[ExtractedStatement]:
    """ "Finance Minister Tom McCabe" in a story of the Scottish Executive: a minister of the one
    devolved government the article names serves that nation (its region)."""
    ministers = _placeless(statements, _MINISTER_POST)
    if not ministers:
        return statements  # (most articles: the text is not searched)
    nations = [nation for nation, words in _DEVOLVED.items() if words.search(text)]
    return _placed(statements, ministers, nations[0]) if len(nations) == 1 else statements


# The heads of a region's government, whose region a story about it names ("Bupati Banyuwangi").
_REGIONAL_HEAD = re.compile(r"(?i)^(?:(?:Pj|Plt|Pjs|Plh)\.?\s+)?(?:Wakil\s+)?(?:Bupati|Wali\s*Kota|Walikota|Gubernur)$")
# A post in a regional government's own body: a department (Dinas), an agency of the region
# (Badan ... Daerah, BPBD), its secretary, civil-service police or hospital, its parliament.
_REGIONAL_BODY_POST = re.compile(
    r"(?i)\b(?:Dinas|Dinkes|Disdik|Dishub|Kadis\w*|Badan\s+(?:\w+\s+){0,4}Daerah|BPBD|Bappeda|Bapenda|Bappenda|BKD|"
    r"Sekretaris\s+Daerah|Sekda|Satpol\s*PP|RSUD|DPRD|Inspektorat)\b"
)


def _with_regional_body_place(statements: list[ExtractedStatement]) -> list[ExtractedStatement]:
    """ "Ditambahkan Plt Kepala Dinas Kesehatan Amir Hazairin" in a story whose bupati is
    Banyuwangi's: a regional body's post printed without its region serves the one region whose
    head the story quotes (no guess when it quotes the heads of two)."""
    placeless = [k for k, s in enumerate(statements) if s.role and not s.region and _REGIONAL_BODY_POST.search(s.role)]
    if not placeless:
        return statements  # (most articles)
    regions = {s.region for s in statements if s.role and s.region and _REGIONAL_HEAD.match(s.role)}
    return _placed(statements, placeless, regions.pop()) if len(regions) == 1 else statements


# A regional post printed bare, by the levels of region it may serve: a head's own level, a
# police command's regency or city, a secretary's, department's or parliament's any of the three,
# a camat's or a Kapolsek's district.
_BARE_POST_LEVELS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (re.compile(r"(?i)^(?:Wakil\s+)?Gubernur$"), frozenset({"provinsi"})),
    (re.compile(r"(?i)^(?:Wakil\s+)?Bupati$"), frozenset({"kabupaten"})),
    (re.compile(r"(?i)^(?:Wakil\s+)?Wali\s*Kota$"), frozenset({"kota"})),
    *(
        (re.compile(rf"(?i)^(?:Waka|Ka)?{command}$"), frozenset(levels))
        for command, levels in POLICE_COMMANDS.items()
        if command != "polda"  # (not placed by the province a story names)
    ),
    (_REGIONAL_BODY_POST, frozenset({"kabupaten", "kota", "provinsi"})),
    (
        re.compile(r"(?i)^(?:(?:Wakil\s+)?Camat|Sekcam|Sekretaris\s+Kecamatan)$"),
        frozenset({"kecamatan"}),
    ),
)
_ACTING_WORD = re.compile(r"(?i)^(?:Pj|Plt|Pjs|Plh)\.?\s+")
# A department of the armed forces or of the national police ("Kepala Dinas Penerangan TNI
# Angkatan Laut", "Kadispenau"): no regional government's.
_NATIONAL_FORCE = re.compile(
    r"\b(?:TNI|Angkatan|Armada|Kodam|Koarmada|Lanud|Lantamal|Polri|Mabes|Kadispen\w*|Dispen\w*)\b"
)
# Where a story names a region by its level: "Pemerintah Kabupaten Cianjur", "Pemkot Bekasi",
# "Pemprov Jabar", "DPRD Kota Bengkulu", "Polrestabes Bandung" (a city's), "Polres Majalengka" (a
# regency's or a city's).
_LEVEL_WORD = re.compile(
    r"\b(?P<level>Kabupaten|Kab\.|Pemkab|Kota|Pemkot|Provinsi|Prov\.|Pemprov|Polrestabes|Polres(?:ta)?)"
    r"\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
)
_DISTRICT = re.compile(
    r"\b(?:Kecamatan|Kec\.|Polsek)\s+(?P<name>[A-Z][a-z]+(?:\s+(?:Utara|Selatan|Barat|Timur|Tengah))?)(?![\w-]|\s+[A-Z])"
)
_LEVELS = {
    "kabupaten": "kabupaten",
    "kab.": "kabupaten",
    "pemkab": "kabupaten",
    "kota": "kota",
    "pemkot": "kota",
    "provinsi": "provinsi",
    "prov.": "provinsi",
    "pemprov": "provinsi",
    "polrestabes": POLICE_COMMANDS["polrestabes"][0],  # (a Polres or a Polresta serves a regency or a city)
}


def _named_regions(printed: str, levels: list[str]) -> set[str]:
    """The regions of `levels` whose name opens `printed` (its longest run of words that is one)."""
    words = printed.split()
    for n in range(len(words), 0, -1):
        found = {full for level in levels if (full := named_at(level).get(fold(" ".join(words[:n]))))}
        if found:
            return found
    return set()


def _region_printed(printed: str, levels: frozenset[str]) -> set[str]:
    """The region a post's place names at one of `levels` ("Kuningan", "Kabupaten Kuningan")."""
    first, _, rest = printed.partition(" ")
    if (level := _LEVELS.get(first.casefold())) is not None:
        return _named_regions(rest, [level]) if level in levels else set()
    found = _named_regions(printed, sorted(levels))
    return found if len(found) == 1 else set()


def _article_regions(text: str, place: str | None) -> set[str]:
    """The regions a story names by their level, and its dateline's town where only one regency or
    city bears that name ("CIANJUR -" is Kabupaten Cianjur; "BANDUNG -" names no one region)."""
    found: set[str] = set()
    for match in _LEVEL_WORD.finditer(text):
        word = match.group("level").casefold()
        if (served := police_area(word, match.group("name").split())) is not None:
            found.add(served[0].name)  # ("Polresta Bandung": the regency's, by the police's organisation)
            continue
        levels = [_LEVELS[word]] if word in _LEVELS else ["kabupaten", "kota"]
        named = _named_regions(match.group("name"), levels)
        if len(named) == 1 or word in _LEVELS:
            found |= named
    # A district by a name of one word (and its compass word) that ends the place: no table
    # knows districts, and a longer run may be a name ("Kecamatan Cikajang Budi mengatakan").
    found |= {f"Kecamatan {match.group('name')}" for match in _DISTRICT.finditer(text)}
    # (a town: "JAKARTA -" heads the national news, never a story about the province)
    if place and len(dateline := _named_regions(place.title(), ["kabupaten", "kota"])) == 1:
        found |= dateline
    return found


def _levels_served(role: str) -> frozenset[str]:
    """The levels of region a post printed bare may serve (none for a post of no region's own)."""
    post = _ACTING_WORD.sub("", role)
    if _NATIONAL_FORCE.search(post):
        return frozenset()
    return next((levels for pattern, levels in _BARE_POST_LEVELS if pattern.search(post)), frozenset())


def _with_article_region(
    statements: list[ExtractedStatement], text: str, place: str | None
) -> list[ExtractedStatement]:
    """ "CIANJUR - Pemerintah Kabupaten Cianjur menyalurkan ... kata Bupati Wahyu": a regional
    post printed without its region serves the one region of its level the story names (by a
    government body, a level word or the dateline); no guess when it names two."""
    bare = [
        (k, levels)
        for k, s in enumerate(statements)
        if s.role and not s.region
        for levels in [_levels_served(s.role)]
        if levels
    ]
    villages = [(k, match) for k, s in enumerate(statements) if s.role and (match := _village_post(s.role, s.region))]
    provincial = [k for k, s in enumerate(statements) if s.role and not s.region and _PROVINCIAL_POST.match(s.role)]
    if provincial:
        statements = _with_story_province(statements, provincial, text, place)
    statements = _with_printed_level(statements, text)
    if not bare and not villages:
        return statements  # (most articles: the text is not searched)
    regions = _article_regions(text, place)
    for s in statements:
        if s.role and s.region and _REGIONAL_HEAD.match(s.role):
            # ("kata Bupati Kuningan X. ... Wakil Bupati Y menambahkan": the head's region is named)
            regions |= _region_printed(s.region, _levels_served(s.role))
    done = list(statements)
    for k, levels in bare:
        fits = {region for region in regions if region.split()[0].casefold() in levels}
        if len(fits) == 1:
            done[k] = replace(done[k], region=fits.pop())
    # "Kades Sukamulya" in a story of Kabupaten Garut: villages of one name lie in many regencies,
    # so the village's post keeps the one regency or city the story names beside the village.
    regencies = {region for region in regions if region.split()[0] in ("Kabupaten", "Kota")}
    for k, match in villages if len(regencies) == 1 else []:
        level = "Kelurahan" if _WARD_POST.match(match.group("post")) else "Desa"
        region = f"{level} {match.group('village')}, {next(iter(regencies))}"
        done[k] = replace(done[k], role=match.group("post"), region=region)
    return done


def _with_printed_level(statements: list[ExtractedStatement], text: str) -> list[ExtractedStatement]:
    """ "Pemerintah Kabupaten Lerengwangi ... kata Sekda Lerengwangi X": a regency's or a city's
    post whose place no table knows takes the level the story prints with that place's name, so
    that the place files as one area however the post prints it; no guess when the story prints
    the name with both levels, or with none."""
    if not any(s.role for s in statements) or not _LEVELLED_NAME.search(text):
        return statements  # (most articles: no place printed with its level word)
    done = list(statements)
    for k, s in enumerate(statements):
        if s.role is None:
            continue
        if s.region:
            post, place = s.role, s.region
        else:  # ("Sekda Lerengwangi": the place printed inside the post)
            words = s.role.split()
            post, place = " ".join(words[:-1]), words[-1] if len(words) > 1 else ""
        if not post or not _NAME_RUN.fullmatch(place):
            continue
        if {fold(place.split()[0]), fold(post.split()[-1])} & set(_LEVELS):
            continue  # (the level printed already: "Kabupaten Sukamaju", "Kepala Dinas Perdagangan Kota Sukamaju")
        served = _levels_served(post) & {"kabupaten", "kota"}
        if not served or any(fold(place) in named_at(level) for level in ("kabupaten", "kota", "provinsi")):
            continue  # (a district's or a village's post; a place the tables know)
        printed = re.compile(rf"\b(?P<level>Kabupaten|Kab\.|Pemkab|Kota|Pemkot)\s+{re.escape(place)}\b(?!\s+[A-Z])")
        levels = {_LEVELS[match.group("level").casefold()] for match in printed.finditer(text)}
        if len(levels) == 1 and (level := levels.pop()) in served:
            done[k] = replace(s, role=post, region=f"{level.capitalize()} {place}")
    return done


# A place's name as a statement carries it: a capitalised word, or up to three.
_NAME_RUN = re.compile(r"[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}")
_LEVELLED_NAME = re.compile(r"\b(?:Kabupaten|Kab\.|Pemkab|Kota|Pemkot)\s+[A-Z]")


# A province's own posts printed bare: its police chief and deputy, its military commander, its
# high prosecutor and deputy, a ministry's regional office's head ("Kapolda Irjen X", "Kajati X").
_PROVINCIAL_POST = re.compile(
    r"(?i)^(?:(?:Pj|Plt|Pjs|Plh)\.?\s+)?(?:(?:Waka|Ka)polda|Pangdam|Wakajati|Kajati|Kepala\s+Kejaksaan\s+Tinggi|Kakanwil)$"
)
# Where a story names a province by a body of the province ("Polda Jawa Tengah", "Kejati Sumbar",
# "Kanwil Kemenkumham Sulawesi Selatan", "Pemprov Jatim"): the province's name follows within
# a few words (a ministry's short name between "Kanwil" and it).
_PROVINCE_BODY = re.compile(
    r"\b(?:Polda|Kejati|Kejaksaan\s+Tinggi|Kanwil|Kantor\s+Wilayah|Provinsi|Prov\.|Pemprov|Gubernur|Pengadilan\s+Tinggi)"
    r"\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})"
)


def _provinces_named(text: str, place: str | None) -> set[str]:
    """The provinces a story names by a body of the province, and the one whose seat is its
    dateline ("SEMARANG -": Jawa Tengah), as statements carry them ("Provinsi Jawa Tengah")."""
    found: set[str] = set()
    for match in _PROVINCE_BODY.finditer(text):
        words = match.group("name").split()
        # ("Kanwil Kemenkumham Jawa Tengah": the province's name after the ministry's)
        for k in range(min(3, len(words))):
            if named := _named_regions(" ".join(words[k:]), ["provinsi"]):
                found |= named
                break
    if place and (seat := province_seated_in(place)) is not None:
        found.add(seat)
    return found


def _with_story_province(
    statements: list[ExtractedStatement], provincial: list[int], text: str, place: str | None
) -> list[ExtractedStatement]:
    """ "SEMARANG - Polda Jawa Tengah ... Kapolda Irjen X mengatakan": a province's post printed
    bare serves the one province the story names by a body of it or by its dateline; no guess
    when it names two (a Kapolda may speak of a neighbour's case)."""
    provinces = _provinces_named(text, place)
    provinces |= {f"Provinsi {s.region}" for s in statements if s.region and fold(s.region) in _province_names()}
    if len(provinces) != 1:
        return statements
    province = provinces.pop()
    return [replace(s, region=province) if k in provincial else s for k, s in enumerate(statements)]


@cache
def _province_names() -> frozenset[str]:
    """The provinces' own names, folded: a statement's region that is one ("Jawa Tengah")."""
    return frozenset(fold(name.removeprefix("Provinsi ")) for name in named_at("provinsi").values())


# Posts of an Indonesian regency's government as English copy prints them, which serve the regency
# the story is about when printed without it: "the regional secretary", "Oenaek village head", "head
# of the disaster mitigation agency (BPBD)", "member of the Bekasi legislative council (DPRD)".
_REGENCY_POST_EN = re.compile(r"(?i)\b(?:village|regional\s+secretary|BPBD|DPRD)\b")
# Where English copy names a regency: "Garut regency", "the Regency of Garut", "Garut Regent X",
# "Regent of Garut" (up to three capitalised words before it; the known regency among them).
_REGENCY_BEFORE_EN = re.compile(r"(?P<place>(?:[A-Z][\w'’-]*\s+){1,3})(?:[Rr]egency|Regent)\b")
_REGENCY_AFTER_EN = re.compile(r"\b(?:[Rr]egency|Regent)\s+of\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def _regencies_named_en(text: str) -> set[str]:
    """The regencies an English story names ("Kabupaten Garut" for "Garut regency"), known ones only."""
    known = named_at("kabupaten")
    found: set[str] = set()
    for pattern in (_REGENCY_BEFORE_EN, _REGENCY_AFTER_EN):
        for match in pattern.finditer(text):
            words = match.group("place").split()
            # ("Acting Sumedang Regent", "Regent of Kupang Simon Tallo": the regency's name is the
            # words next to the level word)
            if pattern is _REGENCY_BEFORE_EN:
                runs = [words[k:] for k in range(len(words))]
            else:
                runs = [words[:k] for k in range(len(words), 0, -1)]
            # ("East Sumba regency": the regency's name puts its compass word last, "Sumba Timur")
            names = [fold(indonesian_order(" ".join(run))) for run in runs]
            place = next((known[name] for name in names if name in known), None)
            if place is not None:
                found.add(place)
    return found


def _with_regency_named_en(statements: list[ExtractedStatement], text: str) -> list[ExtractedStatement]:
    """ "Sumedang regency ... The regional secretary, X, said": a regency's post printed without
    its regency serves the one regency the English story names; no guess when it names two."""
    bare = [k for k, s in enumerate(statements) if s.role and not s.region and _REGENCY_POST_EN.search(s.role)]
    if not bare:
        return statements
    regencies = _regencies_named_en(text)
    if len(regencies) != 1:
        return statements
    region = regencies.pop()
    done = list(statements)
    for k in bare:
        done[k] = replace(done[k], region=region)
    return done


def _village_post(role: str, region: str | None) -> re.Match[str] | None:
    """A village's post and its village, printed together ("Kades Sukamulya") or apart ("Ketua
    BPD" + "Cibodas Hilir"); None for any other post, or a place that is a regency's, a city's or
    a province's name."""
    if region is not None and any(fold(region) in named_at(level) for level in ("kabupaten", "kota", "provinsi")):
        return None
    return _VILLAGE_POST.match(f"{role} {region}" if region else role)


# A village's or a ward's post with the village's name after it ("Kades Sukamulya", "Lurah Cigadung",
# "Ketua BPD Cibodas"), and no district or regency printed with it.
_VILLAGE_POST = re.compile(
    r"(?P<post>(?:(?:Pj|Plt|Pjs|Plh)\.?\s+)?(?:Kepala\s+Desa|Kades|Sekretaris\s+Desa|Sekdes|Ketua\s+BPD|Lurah|Kepala\s+Kelurahan"
    r"|Sekretaris\s+Kelurahan))\s+(?:(?:Desa|Kelurahan)\s+)?"
    r"(?P<village>(?!(?:Desa|Kelurahan|Kecamatan|Kabupaten|Kota)\b)[A-Z][\w-]*"
    r"(?:\s+(?!(?:Kecamatan|Kabupaten|Kota)\b)[A-Z][\w-]*){0,2})"
    r"(?:,?\s+Kecamatan\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?$"  # (the district adds nothing the regency does not)
)
_WARD_POST = re.compile(r"(?:(?:Pj|Plt|Pjs|Plh)\.?\s+)?(?:Lurah|Kepala\s+Kelurahan|Sekretaris\s+Kelurahan)$")


# A member of a devolved parliament by the letters after the name: "Brian Monteith MSP".
_MEMBER_LETTERS = {"MSP": "Scotland", "MLA": "Northern Ireland"}


def _with_member_nation(statements: list[ExtractedStatement], text: str) -> list[ExtractedStatement]:
    """ "The Tory finance spokesman, Brian Monteith MSP": a post held by a member of the
    Scottish Parliament (or the Northern Ireland Assembly) is that nation's."""
    members = {match.group(1): _MEMBER_LETTERS[match.group(2)] for match in _MEMBER_AFTER_NAME.finditer(text)}
    return [
        replace(s, region=members[s.speaker.split()[-1]])
        if s.role and not s.region and s.speaker and s.speaker.split()[-1] in members
        else s
        for s in statements
    ]


_MEMBER_AFTER_NAME = re.compile(r"\b([A-Z][\w'’-]+)\s+(MSP|MLA)\b")


# A post of a state's own government or legislature printed without the state: "Gov. John
# Kasich", "Lt. Gov.", "State Sen. Joan Huffman", "Assemblywoman X" (never "Governor of the Bank").
_STATE_POST = re.compile(
    r"^(?:(?:Lt\.? |Lieutenant )?Gov(?:ernor|\.)?|State (?:Sen|Rep)\b.*|Assembly(?:man|woman|member))$"
)


@cache
def _state_names() -> re.Pattern[str]:
    """The states of the United States by their full names; not Washington (the capital's name
    too, on every dateline)."""
    names = sorted(state_names() - {"Washington"}, key=len, reverse=True)
    # Each name's capital, then a look-behind for the \b before it: a pattern opening with \b is
    # tried at every character, one whose every branch opens with a letter is scanned for those
    # letters (0.3-0.7 ms an English article, now 15-35 us).
    opened = [f"{re.escape(name[0])}(?<!\\w{re.escape(name[0])}){re.escape(name[1:])}" for name in names]
    # (not inside a longer proper name: "the Arizona Cardinals", "Ohio State University")
    return re.compile("(?:" + "|".join(opened) + r")\b(?![ \t]+[A-Z])")


def _with_state_region(statements: list[ExtractedStatement], text: str) -> list[ExtractedStatement]:
    """ "Gov. John Kasich" in a story that names Ohio and no other state: the governor of the one
    state the article speaks of."""
    posts = _placeless(statements, _STATE_POST)
    if not posts:
        return statements  # (most articles: the text is not searched)
    states = set(_state_names().findall(text))
    return _placed(statements, posts, states.pop()) if len(states) == 1 else statements


# A post named through "the state", "the province" or "the county" in the possessive: "The
# state's opposition leader, X", "the province's health minister", "The county's trade executive".
_STATE_S_POST = re.compile(r"(?:^|,\s+)[Tt]he\s+(?:state|province|county)(?:['’]s)\s+[a-z]")
_STATE_S = re.compile(r"^(?:state|province|county)['’]s\s+")


def _with_state_s_post(statements: list[ExtractedStatement]) -> list[ExtractedStatement]:
    """ "The state's opposition leader, X" in a story whose officials serve one state, province
    or county abroad ("Queensland Premier Y", "Mombasa Governor Z"): the post is that state's,
    and the possessive no part of it ("county's trade executive" is a "trade executive")."""
    owned = [
        k
        for k, s in enumerate(statements)
        if s.region is None and s.role and _STATE_S_POST.search(s.speaker_mention or "") is not None
    ]
    if not owned:
        return statements  # (most articles)
    done = list(statements)
    for k in owned:
        done[k] = replace(done[k], role=_STATE_S.sub("", done[k].role or "") or None)
    abroad = set(states_abroad().values())
    regions = {s.region for s in statements if s.region in abroad}
    return _placed(done, owned, regions.pop()) if len(regions) == 1 else done


# A party word before a public office ("Democratic Senator", "Republican Attorney General of
# Oklahoma"): the member's party, not part of the office. Posts inside a party ("Labour leader",
# "Republican presidential nominee") keep it.
_PARTY_BEFORE_OFFICE = re.compile(
    r"^(?:Democratic|Democrat|Republican|GOP|Labour|Conservative|Tory|Liberal Democrat|Lib Dem) "
    r"(?=(?i:sen\b|senator|rep\b|representative|congress(?:man|woman)|gov\b|governor|lt\b|lieutenant|"
    r"attorney general|secretary of state|state (?:sen|rep|senator|representative)\b|mayor|assembly(?:man|woman)))"
)
# "Attorney General of Oklahoma": the state the office serves.
_OF_STATE = re.compile(r"\bof (?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?)$")


def _without_party(statement: ExtractedStatement) -> ExtractedStatement:
    """The office without the party of its holder, and the state an office "of" a state serves."""
    role = statement.role
    if not role or (party := _PARTY_BEFORE_OFFICE.match(role)) is None:
        return statement
    role = role[party.end() :]
    region = statement.region
    if region is None and (state := _OF_STATE.search(role)) and state.group("state") in state_names():
        region = state.group("state")
    return replace(statement, role=role, region=region)


# Posts in a devolved parliament or party, by the words that name it: "SNP Holyrood leader",
# "Scottish Conservative leader", "Welsh Assembly member".
_NATION_POSTS = (
    ("Scotland", re.compile(r"\b(?:Holyrood|MSP|Scottish)\b")),
    ("Wales", re.compile(r"\b(?:Senedd|Welsh Assembly|Welsh)\b")),
    # (an Indian state's legislator is an MLA too: "BJP MLA", "Congress MLA" sit in no Stormont)
    ("Northern Ireland", re.compile(r"\b(?:Stormont|(?<!BJP )(?<!Congress )(?<!AAP )(?<!TMC )(?<!DMK )MLA)\b")),
)


def _english_place(statement: ExtractedStatement) -> ExtractedStatement:
    """An English statement's post and place, read off the post itself: no party in a public
    office, a council's or a devolved body's place; and no place without a post (a place with no
    post is where someone was: "At a town hall in Iowa, Jane Doe called ...")."""
    if not statement.role:
        return replace(statement, region=None) if statement.region else statement
    lead = _STATE_FIRST.match(statement.role)
    if lead is not None and lead.group("state") in state_names() and STATE_OFFICE.search(statement.role):
        # "In Tennessee, the House majority whip, Jeremy Durham, said": the state's House
        role = statement.role[lead.end() :]
        statement = replace(statement, role=role, region=statement.region or lead.group("state"))
    statement = _without_party(statement)
    if statement.region or not statement.role:
        return statement
    if (served := _POST_OF_PLACE.match(statement.role)) is not None:
        # "former governor of Pennsylvania"; "state senator from Akron": the seat's place is the
        # region and no part of the post ("Senator Ohio" was filed for "senator from Ohio")
        place = served.group("place")
        role = statement.role.removesuffix(f" from {place}")
        return replace(statement, role=role, region=place)
    last = _STATE_LAST.search(statement.role)
    if last is not None and last.group("state") in state_names() and last.start() > 0:
        # "Delegate New Jersey" (from "a Clinton delegate from New Jersey"), "Representative
        # Texas" (from "Rep. Lamar Smith (R-Texas)"): the post, and the state it is held for
        role = re.sub(r"\s+(?:from|of|for|in)$", "", statement.role[: last.start()])
        return replace(statement, role=role, region=last.group("state"))
    region = _council_place(statement.role) or _nation_of(statement.role)
    return replace(statement, region=region) if region else statement


# A post of a state, a town or their legislators with the place it serves after it: "governor of
# Texas", "former senator from Ohio", "mayor of Chicago" (not "President of the United States");
# a federation's state or province: "Chief Minister of Goa", "Premier of Queensland".
_POST_OF_PLACE = re.compile(
    r"(?i:(?:(?:former|then|ex-|current|outgoing|incoming)\s*)?(?:lieutenant\s+|lt\.?\s+|state\s+|deputy\s+)?"
    r"(?:governor|mayor|senator|representative|congress(?:man|woman)|attorney\s+general|alderman|alderwoman|"
    r"premier|chief\s+minister|"
    r"council(?:man|woman|lor|or)|assembly(?:man|woman|member))\s+(?:of|from)\s+)"
    r"(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
    r"$"
)
_STATE_LAST = re.compile(r"\s(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?)$")
_STATE_FIRST = re.compile(r"(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?), (?:the )?(?=\S)")


@lru_cache(maxsize=4096)  # pure, and an article repeats its few posts
def _nation_of(role: str) -> str | None:
    return next((name for name, words in _NATION_POSTS if words.search(role)), None)


# A city's own posts, which the dateline's city fills when the story gives no place.
_CITY_POST = re.compile(r"^(?:(?:Deputy )?Mayor|(?:NYPD |Police )(?:Commissioner|Chief))$", re.I)


def _towns_with_state(text: str) -> set[str]:
    """Towns printed with their state's AP abbreviation or name: "Clarkston, Ga.", "Dayton, Ohio"."""
    towns = set()
    for match in _STATE_AFTER_COMMA.finditer(text):  # (opens with ", ": the engine skips to commas)
        state = match.group("state")
        if state.casefold() not in us_states() and state not in state_names():
            continue
        town = _TOWN_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if town is not None:
            towns.add(town.group(1))
    return towns


_STATE_AFTER_COMMA = re.compile(r", (?P<state>[A-Z][a-z]{1,3}\.|[A-Z][a-z]+(?= ))")
_TOWN_BEFORE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)$")
_NYPD = re.compile(r"\bNYPD\b|\bNew York Police Department\b")


def _with_dateline_city(statements: list[ExtractedStatement], meta: ArticleMeta, text: str) -> list[ExtractedStatement]:
    """ "NEW YORK — ... Mayor Rick de Lisio said": the mayor of the dateline's city; an NYPD
    post is New York City's, and so is the mayor of a story about the NYPD with no dateline."""
    posts = _placeless(statements, _CITY_POST)
    if not posts:
        return statements  # (most articles: the text is not searched)
    place = meta.place
    done = list(statements)
    nypd = ("NYPD" in text or "New York Police" in text) and _NYPD.search(text) is not None
    for k in posts:
        role = done[k].role or ""
        if role.upper().startswith("NYPD "):
            done[k] = replace(done[k], region="New York")
        elif place and place != "Washington":  # (every _CITY_POST is a mayor's or a police post)
            done[k] = replace(done[k], region=place)
        elif "mayor" in role.casefold() and nypd:
            done[k] = replace(done[k], region="New York")  # the mayor of a story about the NYPD
        elif "mayor" in role.casefold() and len(towns := _towns_with_state(f"{meta.title or ''}\n{text}")) == 1:
            done[k] = replace(done[k], region=towns.pop())  # "Clarkston, Ga." the one town the story names so
    return done


# A British local authority in a post: "Kent County Council leader", "Leader of Leeds City Council".
_COUNCIL = re.compile(
    r"\b(?P<place>[A-Z][\w'’-]+(?: (?:upon |on |and )?[A-Z][\w'’-]+){0,2}) "
    r"(?i:county|city|borough|district|town|metropolitan borough|metropolitan district) (?i:council)\b"
)


def _council_place(role: str) -> str | None:
    """The place of a post on a named local council ("Kent County Council leader": Kent)."""
    council = _COUNCIL.search(role) if "ouncil" in role else None
    if council is None or council.group("place").split()[0] in ("The", "Leader", "Chief", "Deputy"):
        return None
    return council.group("place")


# A post's name cut inside its list of fields ("Menteri Koordinator Bidang Politik, Hukum, dan
# Keamanan (Menko Polhukam) sekaligus ..., Munir MS" read from "dan Keamanan"): the mention
# began at a comma inside the post, so the post the article gives the person stands instead.
_TAIL_OF_A_LIST = re.compile(r"(?:dan|serta|atau|and|or)\s", re.IGNORECASE)


def _refers_back(mention: ParsedMention) -> bool:
    """Whether a mention is an epithet closed by a demonstrative ("kata Bendahara negara itu",
    "tegas legislator PKB tersebut"): a way of naming someone the article has already given a
    post, not the post itself, so the statement keeps the post the speaker holds."""
    words = mention.printed.split()
    return mention.name is None and len(words) > 1 and words[-1].casefold() in DEMONSTRATIVES


def _holds_office(role: str | None) -> bool:
    """Whether a post the article gave is an office held, not a race run ("calon wakil presiden"),
    which an epithet's post ("Ketum Partai Maju ini") says more about than."""
    return role is not None and role.split()[0].casefold() not in _RACES


_RACES = CANDIDACIES_ID | {"bakal", "candidate", "nominee"}  # the first words of a race's name


# The lower-case words inside a capitalised portfolio ("Public Works and Housing Minister",
# "Minister of State for Manpower").
_PORTFOLIO_JOINERS = frozenset({"and", "of", "for", "&"})


# A portfolio after a capitalised post's head: " for the Environment", " of Health and Welfare".
_PORTFOLIO_AFTER = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*)*$")


def _fuller(printed: str | None, known: str | None) -> str | None:
    """The post a mention prints, or the fuller form of it the article gives the same person
    ("tandas Bupati Agus" after "Bupati Pasangkayu Agus Ambo Sakka")."""
    if printed and known and known.casefold().startswith(printed.casefold() + " "):
        # (not a rank the name's run took: "Komandan Kodim 0510 Tigaraksa Letnan Kolonel")
        extra = known[len(printed) :].split()
        return printed if all(is_rank_word(w) or (w.startswith("(") and w.endswith(")")) for w in extra) else known
    # ("Lagos State Commissioner for the Environment": the post's head before its portfolio)
    head = _PORTFOLIO_AFTER.sub("", known) if known and (" for " in known or " of " in known) else known
    if (
        printed
        and known
        and head
        and printed.islower()
        and head.casefold().endswith(" " + printed)
        and all(
            (w[:1].isupper() and w.casefold() not in POSSESSIVES) or w in _PORTFOLIO_JOINERS
            for w in head[: -len(printed)].split()
        )
    ):
        # '"...," the minister said' after "Finance Minister X" or "Public Works and Housing
        # Minister Y"; "The commissioner added" after "Lagos State Commissioner for the
        # Environment X": the post in full
        return known
    if printed and known and epithet_fits(printed, known):
        return known  # '"...," the defense chief said' of Defense Secretary X: the post he holds
    if printed and known and party_leader_in_government(printed, known):
        return known  # "the Tory leader" of a Conservative prime minister: the office, not the party post
    if is_military_rank(printed) and known and not is_military_rank(known):
        return known  # "said Adm. Mike Mullen, the former chairman of the Joint Chiefs": the post held
    if printed and known and printed.startswith(("former ", "ex-")) and not is_past_post(known.split()[:1]):
        # "Trade Minister X opened the fair. The former general said ...": the post held that day,
        # not one held before (an Indonesian tenure, "Saat menjabat Bupati Kendal, X", dates its
        # statement then: "mantan Bupati")
        return known
    return printed
