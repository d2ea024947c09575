"""Direct quotes of a paragraph: which quoted stretches are statements, and their cues.

Quoted names, slogans and scare quotes are told apart from speech by length, title case,
and whether a speech cue stands next to them.
"""

from __future__ import annotations

import re

from quotetrack.extract.candidate import Found
from quotetrack.extract.cues import JUDGES, NICKNAME_INSIDE, THAT_AFTER, Cue, cue_after, cue_before, subject_before
from quotetrack.extract.mentions import PARTICIPLE_CUES, parse_mention
from quotetrack.extract.quotes import Quote, find_quotes
from quotetrack.extract.words import Lexicon
from quotetrack.kinds import StatementKind

_WORD = re.compile(r"[^\W_]+")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")
# A participle after an attribution that reports more: '"...," Brackett said, arguing that ...'
# ("telling" names whom it told first: reported speech reads it).
_PARTICIPLE_AFTER = re.compile(rf",\s+(?:{'|'.join(sorted(PARTICIPLE_CUES - {'telling'}))})\b")
_CLAUSE_AFTER_VERB = re.compile(r"\s+(?:that\s+)?(?!(?:in|on|at|during|after|before|to|of|from|with|when|as)\b)\w+")


# After a quote's attribution, a relative clause whose verb reports more: ", who added that ...".
_WHO_THEN = re.compile(r",\s+who\s+(?:also\s+|later\s+|then\s+)?")
_MIN_ADDED_WORDS = 3


def _added_after(text: str, cue: Cue, end: int, paragraph: int, lex: Lexicon) -> Found | None:
    """What the quote's speaker says more in a relative clause after the attribution ('"...,"
    said X, the Chamber's strategist, who added that his group plans ...'), or None."""
    if cue.mention is None or not cue.mention.name or ", who " not in text[cue.mention_start : end]:
        return None
    who = _WHO_THEN.search(text, cue.mention_start, end)
    verb = lex.verb_re.match(text, who.end(), end) if who else None
    if verb is None:
        return None
    that = THAT_AFTER.match(text, verb.end(), end)
    start = that.end() if that else verb.end()
    stop = end
    while stop > start and text[stop - 1] in " .,;":
        stop -= 1
    if len(_WORD.findall(text[start:stop])) < _MIN_ADDED_WORDS:
        return None
    return Found(StatementKind.INDIRECT, start, stop, paragraph, verb.group(), cue.mention, False, 0.7)


def _says_more(text: str, cue: Cue, end: int) -> bool:
    """Whether the cue's verb after a quote goes on with a clause of its own (five words or more)."""
    verb = text.find(cue.cue, cue.mention_start, end)
    if verb < 0:
        return False
    after = verb + len(cue.cue)
    return _CLAUSE_AFTER_VERB.match(text, after, end) is not None and len(text[after:end].split()) >= 5


_MIN_UNCUED_WORDS = 6
_MIN_EMBEDDED_WORDS = 9
_MAX_TITLE_CASE = 0.6


def _title_case_share(words: list[str]) -> float:
    return sum(w[:1].isupper() for w in words) / len(words)


def _embedded(text: str, quote: Quote, lo: int) -> bool:
    """A quote inside running text ('rejected as "desperate" by') rather than after a clause break."""
    before = text[max(lo, quote.open_mark - 2) : quote.open_mark].rstrip()
    return bool(before) and (before[-1].isalnum())


def _phrase_of(text: str, quote: Quote, lo: int) -> bool:
    """A short quote that ends a sentence begun outside it ('... to fix the "unfair tax", he
    added'): a phrase of that sentence, which reported speech reads whole."""
    if not _embedded(text, quote, lo) or len(_WORD.findall(text[quote.start : quote.end])) >= _MIN_EMBEDDED_WORDS:
        return False
    before = text[lo : quote.open_mark]
    stop = max(before.rfind(". "), before.rfind("? "), before.rfind("! "), before.rfind('" '))
    return len(_WORD.findall(before[stop + 1 :])) >= _MIN_UNCUED_WORDS


def _inside_clause(text: str, quote: Quote, cue: Cue, lo: int, paragraph_start: int) -> bool:
    """A short quote inside the clause its cue's verb reports, words after the verb ('he is
    promising to levy a "modest" increase'): no quote of its own (a quote right after the verb,
    'said "we will win"', is one)."""
    if not _embedded(text, quote, paragraph_start) or len(_WORD.findall(text[quote.start : quote.end])) >= (
        _MIN_EMBEDDED_WORDS
    ):
        return False
    verb = text.rfind(cue.cue, lo, quote.open_mark)
    return verb >= 0 and len(_WORD.findall(text[verb + len(cue.cue) : quote.open_mark])) >= 2


# The word before a quoted title: "titled", "entitled", "headlined", "berjudul", "bertajuk".
_TITLED_BEFORE = re.compile(
    r"\b(?:titled|entitled|headlined|captioned|berjudul|bertajuk|bertema)[,:]?\s*$", re.IGNORECASE
)


def _names_a_work(text: str, quote: Quote) -> bool:
    """A quoted title before a lower-case noun, with no punctuation of speech: '"Ferry Tables
    2031" editor X said' (a quote is handed on with a comma: '"...," X said')."""
    words = _WORD.findall(text[quote.start : quote.end])
    return (
        bool(words)
        and text[quote.end - 1 : quote.end] not in (",", ".", "!", "?", ";", ":")
        and text[quote.outer_end : quote.outer_end + 2].startswith(" ")
        and text[quote.outer_end + 1 : quote.outer_end + 2].islower()
        and _title_case_share(words) > _MAX_TITLE_CASE
    )


# The attribution a quote's missing closing mark left at its end: ", ujarnya.", ", kata Budi."
_ATTRIBUTION_TAIL = re.compile(r",[ \t]+(\w+)(?:[ \t]+[A-Z][\w.'’-]*){0,4}[ \t]*[.!]?[ \t]*$")


def _cut_unclosed(text: str, quote: Quote, lex: Lexicon) -> Quote | None:
    """An unclosed quote that turns into narration ("…, juga mengimbau …") ends there;
    one that opens with an attribution ('"Dr. Imran menyampaikan bahwa') is no quote."""
    for verb in lex.verb_re.finditer(text, quote.start, min(quote.end, quote.start + 80)):
        subject = subject_before(text, quote.start, verb.start(), lex)
        mention = parse_mention(subject, lex) if subject else None
        if mention is not None and mention.name and text.count(" ", quote.start, verb.start()) <= 6:
            return None
    juga = re.compile(r",\s*juga\s+(?:me|ber)\w+").search(text, quote.start, quote.end)
    if juga:
        return Quote(quote.open_mark, quote.start, juga.start() + 1, None)
    tail = _ATTRIBUTION_TAIL.search(text, max(quote.start, quote.end - 60), quote.end)
    if tail is not None and (lex.nya_re.fullmatch(tail.group(1)) or lex.root_re.fullmatch(tail.group(1))):
        # '"... dikawal dengan berbagai instansi, ujarnya.' with no closing mark: the quote ends
        # at the comma, and the cue after it names the speaker as a closed quote's would.
        return Quote(quote.open_mark, quote.start, tail.start() + 1, tail.start() + 1, 0)
    return quote


# What a programme's or a paper's quoted title follows: an owner or "on", "to", "in" ('On NBC's
# "Meet the Press," Rep. X called ...', 'told CBS's "Face the Nation"').
_TITLE_BEFORE = re.compile(r"(?:['’]s|(?:on|to|in|told))\s*$")
_TITLE_WORDS = 6


def _is_statement(text: str, quote: Quote, cue: Cue | None, lo: int, goes_on: bool = False) -> bool:
    words = _WORD.findall(text[quote.start : quote.end])
    if not words:
        return False
    if _TITLED_BEFORE.search(text, max(lo, quote.open_mark - 14), quote.open_mark):
        return False  # "a statement ... titled 'President Tinubu establishes panel ...'": a title
    if (
        len(words) <= _TITLE_WORDS
        and _title_case_share(words) > _MAX_TITLE_CASE
        and _TITLE_BEFORE.search(text, max(lo, quote.open_mark - 8), quote.open_mark)
    ):
        return False  # 'On NBC's "Meet the Press," Rep. John Lewis called ...': a programme's title
    if cue is not None:
        # ('will say "no" to ...': one word quoted inside running text is a word of the sentence)
        return len(words) >= 2 or (cue.mention is not None and not _embedded(text, quote, lo))
    if goes_on and len(words) >= 2:
        return True  # '"...," Dalton said. "Ohio deserves better."': a short sentence more of it
    if (
        _embedded(text, quote, lo)
        and len(words) >= 2
        and _title_case_share(words) <= _MAX_TITLE_CASE
        and _judged(text, quote, lo)
    ):
        return True  # 'Mair Owen called the new target "hugely unambitious"': the judge's words
    if len(words) < _MIN_UNCUED_WORDS or _title_case_share(words) > _MAX_TITLE_CASE:
        return False
    return not (_embedded(text, quote, lo) and len(words) < _MIN_EMBEDDED_WORDS)


def _goes_on_speaking(text: str, quote: Quote, lo: int) -> bool:
    """A quoted whole sentence standing on its own (not inside running text): after an
    attributed quote of the paragraph, the speaker goes on ('"...," she said. "We will win."')."""
    content = text[quote.start : quote.end].strip()
    return (
        # (or left open at the paragraph's end: English opens the next paragraph with a quote mark
        # when the speaker goes on, '"...," Dunn said. "We will appeal. // "This ruling ..."')
        (quote.close_mark is not None or text[quote.end : quote.end + 1] in ("", "\n"))
        and not _embedded(text, quote, lo)
        and content[:1].isupper()
        and content[-1:] in ".!?"
        and _title_case_share(_WORD.findall(content)) <= _MAX_TITLE_CASE
    )


def _reports_before(text: str, lo: int, at: int, lex: Lexicon) -> bool:
    """Whether the sentence before a quote reports someone's words, so a quoted sentence after it
    goes on with them ('Dunn said the state would appeal. "We will win."'): a speech verb after
    the sentence's first word, which a capitalised word or a pronoun before it may be subject of."""
    at = _before_space(text, lo, at) - 1  # (the previous sentence's closing mark)
    opening = max(text.rfind(". ", lo, at) + 2, lo)
    if opening >= at or any(map(text[opening:at].__contains__, '"“”')):
        return False  # (none, or a sentence with a quote of its own: the quote's cue decides, not this)
    verb = lex.verb_re.search(text, opening, at)
    return verb is not None and verb.start() > opening and verb.group()[:1].islower()


def _before_space(text: str, lo: int, at: int) -> int:
    """`at` moved back over the white space before it, no further than `lo`."""
    while at > lo and text[at - 1].isspace():
        at -= 1
    return at


def _nickname_inside(text: str, quote: Quote) -> bool:
    """Whether a quote is a nickname between a name's words: a capitalised word right before its
    opening mark, one or two capitalised words inside, a capitalised word after."""
    at = quote.open_mark
    if quote.close_mark is None or at < 2 or text[at - 1] != " " or not text[at - 2].isalpha():
        return False
    word = text[max(0, at - 30) : at].split()[-1]
    return word[:1].isupper() and NICKNAME_INSIDE.match(text, at) is not None


def _left_open(text: str, lo: int) -> bool:
    """Whether the paragraph before `lo` ends inside a quote: its double marks do not pair up
    (counted together, since outlets print ” to open as well as to close)."""
    if lo == 0 or text[lo : lo + 1] in _DOUBLE_MARKS:
        return False
    end = _before_space(text, 0, lo)
    line = text[text.rfind("\n", 0, end) + 1 : end]
    return sum(line.count(mark) for mark in _DOUBLE_MARKS) % 2 == 1


_DOUBLE_MARKS = ('"', "“", "”")


def _goes_on_from(text: str, lo: int, lex: Lexicon) -> bool:
    """Whether the paragraph before `lo`, where a paragraph opens with a quote mark, hands on to
    it: it ends inside a quote (its marks do not pair up; English leaves a quote open when the next
    paragraph goes on with it), or its last sentence reports someone's words."""
    end = _before_space(text, 0, lo)
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end]
    return (
        line.count('"') % 2 == 1
        or line.count("“") > line.count("”")
        or _reports_before(text, start, end, lex)
        or (lex.lang == "en" and _ends_attributed(line, lex))
    )


# How far an attribution after a quote's closing mark may run: ' Premier Dan Archer said on Sunday.'
_ATTRIBUTION_CHARS = 100


def _ends_attributed(line: str, lex: Lexicon) -> bool:
    """Whether a paragraph ends with a quote and its speech verb after it ('"We will keep
    building," Premier Dan Archer said on Sunday.'): a quoted paragraph next goes on with it."""
    close = max(line.rfind('"'), line.rfind("”"))
    if close < 1 or line[close - 1] not in ",?!" or len(line) - close > _ATTRIBUTION_CHARS:
        return False
    tail = line[close + 1 :]
    verb = lex.verb_re.search(tail)
    return verb is not None and verb.group()[:1].islower() and tail.rstrip()[-1:] == "."


def _judged(text: str, quote: Quote, lo: int) -> bool:
    """Whether a verb of judging stands shortly before the quote in its sentence."""
    before = text[max(lo, quote.open_mark - 80) : quote.open_mark]
    before = before[max(before.rfind(". "), before.rfind('" '), before.rfind("” ")) + 1 :]
    return JUDGES.search(before) is not None


def find_direct(text: str, lo: int, hi: int, paragraph: int, lex: Lexicon) -> tuple[list[Found], list[tuple[int, int]]]:
    """(direct statements, stretches outside the quotes kept for reported speech)."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    # ('said Ferdinand "Bongbong" Marcos Jr.': a quoted nickname inside a name is no quote)
    quotes = [q for q in find_quotes(text, lo, hi, _left_open(text, lo)) if not _nickname_inside(text, q)]
    for index, quote in enumerate(quotes):
        next_open = quotes[index + 1].open_mark if index + 1 < len(quotes) else hi
        prev_end = quotes[index - 1].outer_end if index > 0 else lo
        if quote.close_mark is None:
            cut = _cut_unclosed(text, quote, lex)
            if cut is None:
                continue
            quote = cut
        cue = None
        if quote.close_mark is not None:
            after = quote.outer_end
            following = text[after : after + 4].lstrip()
            closed = (text[quote.end - 1] == "." and following[:1].isupper()) or (
                following[:1] == "." and following[1:].lstrip()[:1].isupper()
            )
            cue = cue_after(text, after, next_open, lex, sentence_closed=closed)
        if cue is None:
            cue = cue_before(text, prev_end, quote.open_mark, lex)
        # A quoted sentence on its own after an attributed quote of the paragraph goes on with it;
        # so does the first quote of a paragraph after reported speech or a quote left open.
        goes_on = (
            cue is None
            and _goes_on_speaking(text, quote, lo)
            and (
                (bool(found) and found[-1].cue is not None and found[-1].kind is StatementKind.DIRECT)
                or (
                    not found
                    and (
                        _reports_before(text, lo, quote.open_mark, lex)
                        or (quote.open_mark == lo and _goes_on_from(text, lo, lex))
                    )
                )
                # ('"We had no choice.' left open, the next paragraph opening with a quote mark:
                # English goes on with one speaker's quote over paragraphs)
                or (lex.lang == "en" and quote.close_mark is None and text[hi : hi + 8].lstrip()[:1] in ('"', "“"))
            )
        )
        if not _is_statement(text, quote, cue, lo, goes_on):
            continue
        cued_after = cue is not None and cue.mention_start >= quote.outer_end
        if lex.lang == "en" and cued_after and _names_a_work(text, quote):
            continue  # '"Ferry Tables 2031" editor Paul Renwick said ...': a title, then who it describes
        if lex.lang == "en" and cued_after and _phrase_of(text, quote, lo):
            continue  # 'The rebate did nothing to fix the "unfair tax", he added.': reported speech
        if lex.lang == "en" and cue is not None and not cued_after and _inside_clause(text, quote, cue, prev_end, lo):
            continue  # 'he is promising to levy a "modest" increase': a phrase of what the verb reports
        if cue is None:
            # (a judged phrase of few words is kept only for the judge the sentence names)
            judged = len(_WORD.findall(text[quote.start : quote.end])) < _MIN_UNCUED_WORDS and not goes_on
            confidence = 0.45 if judged else 0.55
            found.append(
                Found(StatementKind.DIRECT, quote.start, quote.end, paragraph, None, None, True, confidence, judged)
            )
        else:
            confidence = 0.9 if cue.mention and cue.mention.name else 0.8 if cue.mention else 0.5
            found.append(
                Found(StatementKind.DIRECT, quote.start, quote.end, paragraph, cue.cue, cue.mention, False, confidence)
            )
        if cue is not None or not _embedded(text, quote, lo) or lex.lang != "en":
            # English: a quote inside running text with no cue of its own stays part of the
            # sentence, so reported speech around it ('said there would be "..."') keeps its
            # content. Indonesian copy often opens real quotes without punctuation.
            end = quote.outer_end
            if cue is not None and cue.mention_start >= quote.outer_end:
                # '"...," he said in a statement.': the rest of that sentence is attribution,
                # up to a participle that reports more ('..., arguing that ...').
                stop = _SENTENCE_STOP.search(text, cue.mention_start, next_open)
                end = stop.end() if stop else next_open
                more = _PARTICIPLE_AFTER.search(text, cue.mention_start, end) if lex.lang == "en" else None
                end = more.start() if more else end
                if lex.lang == "en" and (added := _added_after(text, cue, end, paragraph, lex)) is not None:
                    # '"...," said Scott Reed, the Chamber's strategist, who added that ...': more of his
                    found.append(added)
                    end = text.rfind(",", cue.mention_start, added.start)
                if lex.lang == "en" and text[quote.end - 1] in "?!" and _says_more(text, cue, end):
                    # '"... round their necks?" Mr Pennock also said students want action on ...': a
                    # sentence of its own after the question, its clause reported speech
                    end = quote.outer_end
            taken.append((quote.open_mark, end))
    outside = []
    pos = lo
    for start, end in taken:
        if start > pos:
            outside.append((pos, start))
        pos = max(pos, end)
    if pos < hi:
        outside.append((pos, hi))
    return found, outside
