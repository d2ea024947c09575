"""The day a statement was made: the day its attribution gives, else the publication date.

News copy dates an utterance in the clause that attributes it ("kata X, Selasa (21/10/2025)",
"ujarnya kepada wartawan, Senin", "said on Monday", "told reporters on Oct. 20"). A date inside
the quote, or in another clause of the sentence (a patient admitted "sejak Minggu (19/10)", a
letter "dated Oct. 10", someone "who arrived on Monday") is the day of something else. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from quotetrack.kinds import StatementKind
from quotetrack.text.dates import WEEKDAYS, FoundDate, find_dates
from quotetrack.text.lexicon import ODD_CASE
from quotetrack.text.segment import split_sentences

# A day the text gives without its year (a weekday, "Senin (13/10)", "Oct. 20") is trusted this
# far before publication: news reports what was said in the last days. Further back only a date
# written out with its year, or counted back from publication ("Senin pekan lalu", "dua pekan
# lalu"), says so outright.
RECENT = timedelta(days=7)
# The attribution clause ("kata Kepala Dinas ... di ruang kerjanya di Garut, Senin (20/10/2025)")
# rarely runs longer than this after the speech verb.
_REACH = 180

# Weekdays are proper nouns in both languages: capitalised. "minggu" in lower case is "week".
_HARI_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Jum’at", "Sabtu", "Minggu", "Ahad")
_WEEKDAY_NAMES = (*_HARI_NAMES, *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
# \b(Senin|...)\b(?!['’]s), with each name's "no word character before" read after its capital
# (S(?<!\wS)enin): a pattern opening with \b is tried at every character, one whose branches
# open with letters is scanned for those letters.
_WEEKDAY = re.compile(
    "(" + "|".join(f"{n[0]}(?<!\\w{n[0]}){re.escape(n[1:])}" for n in _WEEKDAY_NAMES) + r")\b(?!['’]s)"
)
# After a weekday, "lalu"/"kemarin" (Indonesian) mean the one before; before it, "last" does.
_PAST_AFTER = re.compile(r"\s+(?:lalu|kemarin)\b", re.IGNORECASE)
_PAST_BEFORE = re.compile(r"\blast\s+$", re.IGNORECASE)
# "Minggu lalu", "minggu depan" are weeks, not Sundays.
_WEEK_AFTER = re.compile(r"\s+(?:lalu|depan|ini|ke-?\d|pertama|kedua|terakhir)\b", re.IGNORECASE)
# An English weekday dates the verb only as "on Monday", "said Monday," or "Monday night";
# "GMTV's Sunday programme" and "the Monday meeting" name other things.
_EN_WEEKDAY_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:night|morning|afternoon|evening|that|in|at|to|after)\b)")
_EN_ON_BEFORE = re.compile(r"\bon\s+$", re.IGNORECASE)
_RELATIVE = {"kemarin": 1, "yesterday": 1, "last night": 1, "tadi malam": 1, "hari ini": 0, "today": 0}
# \b(kemarin|yesterday|last night|tadi malam|hari ini|today)\b under re.IGNORECASE, written to
# open with the set of the first letters' cases (K, the Kelvin sign, is a case-blind k): an
# alternation opening with \b is tried at every character, a set is scanned for.
_RELATIVE_WORD = re.compile(
    r"[HKLTYhklty\u212a](?<!\w.)"
    r"(?i:(?<=k)emarin|(?<=y)esterday|(?<=l)ast night|(?<=t)adi malam|(?<=h)ari ini"
    r"|(?<=t)oday(?!\s+(?:programme|program|show)))\b"
)
# Days counted back from publication ("dua hari lalu", "3 hari yang lalu", "sepekan lalu",
# "pekan lalu", "kemarin lusa"): the text gives the day exactly, so no nearness is asked of it
# ("beberapa hari lalu", a few days ago, and "akhir pekan lalu", last weekend, give none).
# Searched only in windows that hold "lalu" or "lusa".
_DAYS_AGO = re.compile(
    r"\b(?:(?:(?P<count>\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+|se)"
    r"(?P<unit>hari|pekan|minggu)|(?<!berapa\s)(?<!akhir\s)(?<!awal\s)(?<!tengahan\s)(?P<week>pekan|minggu))"
    r"\s+(?:yang\s+)?lalu\b|\bkemarin\s+lusa\b",
    re.IGNORECASE,
)
# ... and in English ("two days ago", "a week ago"), searched only in windows that hold "ago".
_DAYS_AGO_EN = re.compile(
    r"\b(?P<count>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)\s+ago\b",
    re.IGNORECASE,
)
_COUNTS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7}
_COUNTS |= {"delapan": 8, "sembilan": 9, "sepuluh": 10}
_COUNTS |= {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNTS |= {"eight": 8, "nine": 9, "ten": 10}
_DAY_UNITS = ("hari", "day", "days")
# After a weekday, "pekan lalu"/"minggu lalu" put it in the week before publication's (weeks run
# from Monday): "Senin pekan lalu" in an article of Wednesday is nine days back, not two.
_LAST_WEEK_AFTER = re.compile(r"\s+(?:pekan|minggu)\s+lalu\b", re.IGNORECASE)
# Words that open a clause about another event: the date after them is that event's day.
_OTHER_EVENT = re.compile(
    r"\b(?:yang|sejak|semenjak|tertanggal|bertanggal|hingga|sampai|mulai|selama|who|which|whose|since|"
    r"dated|until|till|from|during|that|bahwa)\b",
    re.IGNORECASE,
)
# A "yang" clause of the statement's own release, whose day is the statement's: "dalam keterangan
# tertulis yang diterima wartawan, Senin", "keterangan resminya yang diterbitkan Kemenko PMK Kamis".
_RELEASED = re.compile(
    r"\byang\s+(?:di(?:terima|terbitkan|sampaikan|rilis|kirim(?:kan)?|unggah|bagikan|siarkan)|dikutip)\b", re.IGNORECASE
)
# A "yang" clause of the occasion it was said at, whose day is the statement's: "dalam rapat
# paripurna yang digelar Selasa (21/10)", "saat jumpa pers yang berlangsung di Mapolres, Senin".
_HELD = re.compile(
    r"\b(?:rapat|sidang|konferensi\s+pers|jumpa\s+pers|pertemuan|acara|kegiatan|diskusi|seminar|webinar"
    r"|audiensi|dialog|forum|musyawarah|upacara|apel|pelantikan|peresmian|kunjungan)"
    r"(?:\s+[\w-]+){0,3}?\s+yang\s+(?:di(?:gelar|adakan|laksanakan|selenggarakan)|berlangsung)\b",
    re.IGNORECASE,
)
# Where a new clause begins: the date's own clause is what follows the last of these.
_CLAUSE_BREAK = re.compile(r"[,;:]|\s[-–—]\s")
# An indirect statement's span may open with the rest of its attribution: "mengatakan, Selasa
# (21/10), bahwa ...", "told reporters on Oct. 20 that ...". Such a lead holds a day and nothing
# but these words.
_LEAD = re.compile(r"(?:[^.\"“”]|\.(?=\s\d)){3,60}?(?:,|\b(?:bahwa|that)\b)\s*")
_LEAD_WORDS = re.compile(
    r"(?:[\s,()]|\b(?:to|the|reporters|journalists|press|media|wartawan|awak|kepada|para|on|pada|bahwa|that"
    # (the part of the day: "Senin (20/10) malam", "Selasa dini hari", "late Tuesday", "Monday evening")
    r"|pagi|siang|sore|petang|malam|dini|hari|late|early|morning|afternoon|evening|night)\b)*",
    re.IGNORECASE,
)
_QUOTES = '"“”„«»'
# The end of an Indonesian report that says when and where it was said, not what: "X mengatakan
# <isi>, Senin (11/3/2024).", "... saat ditemui di pendopo, Rabu (13/3).", "... saat
# dikonfirmasi." (a day after a comma; the occasion: met, asked or reached by the press, or a
# visit or a meeting the speaker was at when a day follows).
_HARI = "(?:" + "|".join(_HARI_NAMES) + ")"
_WHEN_ID = r"(?:saat|ketika|usai|seusai|setelah|sesudah|di\s+sela-sela|disela-sela)"
_OCCASION_ID = (
    rf"{_WHEN_ID}\s+(?:di(?:temui|konfirmasi|hubungi|wawancarai|jumpai|tanya)|ditemui|berbincang|berbicara)\b"
)
_OCCASION_DAY_ID = (
    rf"(?:{_WHEN_ID}|dalam)\s+"
    r"(?:meninjau|mengunjungi|berkunjung|memberikan\s+(?:keterangan|sambutan|arahan)|membuka|memimpin"
    r"|rapat|konferensi\s+pers|jumpa\s+pers|kunjungan|sambutan(?:nya)?|keterangan(?:nya)?)\b"
)
_DATE_BRACKET = r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)"  # "(11/3/2024)", "(13/3)"
_PART_OF_DAY = r"(?:\s+(?:pagi|siang|sore|petang|malam))?"
# ("dini hari", the small hours, closing a report is mostly the day of what it tells, a robbery
# or a fire; opening it, "mengatakan, Selasa dini hari, bahwa", it is when it was said)
_LEAD_PART_OF_DAY = r"(?:\s+(?:pagi|siang|sore|petang|malam|dini\s+hari))?"
# ("Rabu lalu", "Jumat pekan lalu": a weekday counted back; see _named_days. Not "Sabtu kemarin",
# which closing a report in our dev articles told the day of the event reported, a decision
# "ditetapkan di Kota X, Sabtu kemarin", not of the statement)
_PAST_WEEKDAY = r"(?:\s+(?:lalu|(?:pekan|minggu)\s+lalu))?"
_DAY_ID = rf"{_HARI}{_PAST_WEEKDAY}{_PART_OF_DAY}(?:\s*{_DATE_BRACKET}{_PART_OF_DAY})?"
# A day closing the report that is no weekday: "..., kemarin.", "..., kemarin (21/10).", "..., pekan
# lalu.", "..., hari ini."
_CLOSING_DAY_ID = (
    rf"(?:{_DAY_ID}|kemarin{_PART_OF_DAY}(?:\s*{_DATE_BRACKET}{_PART_OF_DAY})?|(?:se)?(?:pekan|minggu)\s+lalu"
    r"|hari\s+ini)"
)
_BULAN = r"(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)"
# ("Senin (20/10)", "Senin, 20 Oktober 2025")
_DATED_DAY_ID = rf"{_HARI}{_PART_OF_DAY}(?:\s*{_DATE_BRACKET}|,?\s+\d{{1,2}}\s+{_BULAN}(?:\s+\d{{4}})?){_PART_OF_DAY}"
# The press release or the reporters a report was given through, when a day follows: "...
# melalui siaran pers, Senin.", "... dalam keterangan tertulisnya, Selasa (21/10).", "... kepada
# wartawan di kantornya pada Senin (20/10).": how and when it was said, not what.
_THROUGH_PRESS_ID = (
    r"(?:(?:melalui|lewat|dalam|via)\s+(?:siaran\s+pers|(?:rilis|keterangan|pernyataan)(?:\s+(?:tertulis|resmi|pers))?"
    r"|konferensi\s+pers|jumpa\s+pers)(?:nya)?"
    r"|kepada\s+(?:para\s+)?(?:wartawan|awak\s+media|media|jurnalis|pers))\b"
)
# (a few words more, "yang diterima wartawan", "di Balai Kota", but none that tells of an event:
# "... melalui siaran pers bahwa rapat akan digelar Senin" dates the rapat)
_PRESS_FILLER_ID = (
    r"(?:\s+(?!(?:bahwa|akan|besok|nanti|mendatang|dijadwalkan|terjadi|digelar|diadakan|dilaksanakan"
    r"|diselenggarakan|berlangsung)\b)[\w-]+){0,6}?"
)
DAY_TAIL_ID = re.compile(
    # (after a meeting with the press any day; after a visit or a meeting, or alone, a day with its
    # date: "tidak hadir saat rapat warga, Rabu malam" may be what is reported)
    rf"(?:[\s,]+(?:{_OCCASION_ID}[^.;\"“”]{{0,80}}?(?:,\s*{_CLOSING_DAY_ID})?"
    rf"|{_OCCASION_DAY_ID}[^.;\"“”]{{0,80}}?,\s*{_DATED_DAY_ID}"
    rf"|{_THROUGH_PRESS_ID}{_PRESS_FILLER_ID}(?:,\s*|\s+(?:pada\s+)?){_CLOSING_DAY_ID})"
    # (", pada Senin (1/3)" and "pukul 18.20 WIB, Senin (1/3)" date what the content reports)
    rf"|(?P<dated>(?<!\d)(?<!WIB)(?<!WITA)(?<!Wita)(?<!WIT),\s*{_DATED_DAY_ID})"
    # (news-agency style: "..., di Jakarta, Kamis." names where and when it was said)
    rf"|,\s*di\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}},\s*{_CLOSING_DAY_ID})[\s.]*$"
)
# The reporters or the release a report was given through, closing it with no day: "..., ujar
# Kepala Desa X, Y, kepada wartawan.", "..., kata Y, dalam keterangan tertulisnya."
PRESS_TAIL_ID = re.compile(rf"\s*,\s*{_THROUGH_PRESS_ID}{_PRESS_FILLER_ID}[\s.]*$")
# A word that can open such a tail (a day, or the occasion's first word): DAY_TAIL_ID is searched
# for only from the first of these near a statement's end.
DAY_TAIL_HINT = re.compile(
    r"Senin|Selasa|Rabu|Kamis|Jum|Sabtu|Minggu|Ahad|kemarin|sepekan|seminggu|pekan|minggu|hari|saat|ketika|usai|setelah|sesudah|sela|dalam"
    r"|melalui|lewat|via|kepada|di\s+[A-Z]"
)
# A day alone closing the report ("X mengatakan <isi>, Senin.", news-agency style) dates it too,
# unless the clause before it tells of another occasion ("tidak hadir saat rapat warga, Rabu
# malam") that is not the press's ("saat konferensi pers di kantornya, Senin"), or of an event
# that day, to come or past ("rapat akan digelar di Garut, Jumat", "kebakaran terjadi di pasar, Senin").
_BARE_DAY_TAIL_ID = re.compile(rf"(?<!\d)(?<!WIB)(?<!WITA)(?<!Wita)(?<!WIT),\s*{_CLOSING_DAY_ID}[\s.]*$")
_OTHER_OCCASION_ID = re.compile(rf"\b{_WHEN_ID}\b")
_TO_COME_ID = re.compile(r"\b(?:akan|besok|mendatang|nanti|dijadwalkan|rencananya)\b", re.IGNORECASE)
_HAPPENED_ID = re.compile(
    r"\b(?:terjadi|di(?:gelar|adakan|laksanakan|selenggarakan)|berlangsung)\b",
    re.IGNORECASE,
)
# A day gone by: "kemarin", "Rabu lalu", "Jumat pekan lalu".
_PAST_DAY_ID = re.compile(r"\b(?:kemarin|lalu)\b")
_PRESS_OCCASION_ID = re.compile(
    rf"{_OCCASION_ID}|\b(?:konferensi|jumpa|siaran|rilis)\s+pers\b|\bketerangan(?:nya)?\b|\bwawancara\b"
)


def day_tail(text: str, start: int, end: int, reach: int) -> int | None:
    """Where the day (and the occasion) closing the report text[start:end] begins, searched for
    in its last `reach` characters, or None (see DAY_TAIL_ID)."""
    # (the tail names a day or an occasion: searched for from the first such word near the end only)
    hint = DAY_TAIL_HINT.search(text, max(start, end - reach), end)
    if hint is None:
        return None
    tail = DAY_TAIL_ID.search(text, max(start, hint.start() - 3), end)
    if tail is not None and tail.start() < end:
        # ("pasar murah berlangsung di alun-alun, Senin (20/10).": the event's day; what is to come,
        # "akan", was not so on a day with its date, which is not after publication)
        if tail.group("dated") and _HAPPENED_ID.search(text, _clause_at(text, start, tail.start()), tail.start()):
            return None
        return tail.start()
    bare = _BARE_DAY_TAIL_ID.search(text, max(start, hint.start() - 3), end)
    if bare is None:
        return None
    clause_at = _clause_at(text, start, bare.start())
    if _tells_of_event(text[clause_at : bare.start()], text[bare.start() : end]):
        return None
    occasion = _OTHER_OCCASION_ID.search(text, clause_at, bare.start())
    if occasion is None:
        return bare.start()
    if not _PRESS_OCCASION_ID.search(text, occasion.start(), bare.start()):
        return None
    return len(text[: occasion.start()].rstrip())  # (the press's occasion goes with its day)


def _clause_at(text: str, start: int, end: int) -> int:
    """Where the last clause of text[start:end] begins."""
    return max((m.end() for m in _CLAUSE_BREAK.finditer(text, start, end)), default=start)


def _tells_of_event(clause: str, day: str) -> bool:
    """Whether `clause`, before the `day` closing a report, tells of an event on that day: one
    that happened ("kebakaran terjadi di pasar, Senin") or one to come ("rapat akan digelar,
    Jumat"), though what is to come was not so on a day gone by ("... akan diperbaiki tahun
    depan, kemarin": the day it was said)."""
    if _HAPPENED_ID.search(clause):
        return True
    return _TO_COME_ID.search(clause) is not None and _PAST_DAY_ID.search(day) is None


# Where and how it was said, closing English reported speech, which extraction sets apart from
# what was said ("... in a statement on Tuesday.", "... at a news conference on Oct. 20.", "...,
# speaking to reporters yesterday."): its day dates the statement.
DAY_TAIL_EN = re.compile(
    r",?\s+(?:in\s+an?|at\s+an?|speaking|writing|on\s+(?:Twitter|Facebook|X)\b)\b(?:[^.;:\"“”]|\.(?=\s\d)){0,80}[\s.]*$"
)


# "mengatakan, Senin (11/3/2024), ...", "mengatakan, Selasa lalu, ...", "mengatakan kemarin bahwa":
# the day opens the report, before what was said.
DAY_LEAD_ID = re.compile(
    rf"(?:(?:pada\s+)?{_HARI}(?:\s+(?:lalu|kemarin)|{_LEAD_PART_OF_DAY})(?:\s*{_DATE_BRACKET}{_LEAD_PART_OF_DAY})?"
    r"|kemarin|hari\s+ini)\s*(?:,\s*|\s+bahwa\s+)(?:bahwa\s+)?"
)


@dataclass(frozen=True, slots=True)
class _Day:
    """A day named in the attribution: where, the date it gives, and whether the year was written."""

    start: int
    end: int
    value: date
    outright: bool


def statement_date(
    text: str, *, start: int, end: int, kind: str, cue: str | None, published: date | None
) -> date | None:
    """The day the statement `text[start:end]` was made (see the module docstring)."""
    return attribution_date(text, start=start, end=end, kind=kind, cue=cue, published=published) or published


def attribution_date(
    text: str, *, start: int, end: int, kind: str, cue: str | None, published: date | None
) -> date | None:
    """The day the attribution of `text[start:end]` names, or None when it names none."""
    if cue:
        for day in _attribution_days(text, start, end, kind, cue, published):
            if _plausible(day, published):
                return day.value
    return None


# A paragraph that reports what was said on an earlier occasion: "Diberitakan sebelumnya, ...",
# "Dalam kesempatan sebelumnya, ...", "Seperti diberitakan sebelumnya, ...".
EARLIER_OCCASION = re.compile(
    r"(?:Seperti\s+)?(?:Diberitakan|Dikabarkan)\s+sebelumnya\b|(?:Dalam|Pada)\s+kesempatan\s+sebelumnya\b",
    re.IGNORECASE,
)


def block_dates(
    named: list[date | None], speakers: list[int | None], earlier: list[bool], published: date | None
) -> list[date | None]:
    """The day of each statement of an article, in order, given the day its own attribution
    names (`named`, None if none), its speaker and whether its paragraph opens on an earlier
    occasion. News copy dates a speaker's run of statements once ("kata X, Senin (20/10)", then
    "ujarnya", "tambahnya"), in its first attribution or its last ("..., ujar Andi dikonfirmasi,
    Rabu (27/12)"): a statement whose own attribution names no day takes the nearest day named
    in its speaker's run, the one before it first. A run that reports an earlier occasion and
    names no day has no known day; any other, the publication date."""
    days: list[date | None] = list(named)
    k = 0
    while k < len(named):
        end = k + 1
        while end < len(named) and speakers[end] is not None and speakers[end] == speakers[k]:
            end += 1
        dated = [i for i in range(k, end) if named[i] is not None]
        reported_earlier = False  # (once a paragraph of the run opens on an earlier occasion)
        for i in range(k, end):
            reported_earlier = reported_earlier or earlier[i]
            if named[i] is not None:
                continue
            before = [j for j in dated if j < i]
            if before or dated:
                nearest = before[-1] if before else dated[0]
                if published is not None and not _recent(named[nearest], published):
                    # ("X menyebut ..., Minggu (1/10)." long before, then the run's quotes "kata X
                    # dalam tayangan ..., Kamis (19/10)": the earlier occasion is that statement's
                    # own; the others take the run's recent day, when it names one)
                    nearest = next((j for j in [*reversed(before), *dated] if _recent(named[j], published)), nearest)
                days[i] = named[nearest]
            elif not reported_earlier:
                days[i] = published
        k = end
    return days


@lru_cache(maxsize=64)  # the statements of one paragraph share its sentences (was 12% of extraction)
def _sentences(text: str, lo: int, hi: int) -> tuple:
    return tuple(split_sentences(text, lo, hi))


@lru_cache(maxsize=256)  # a few dozen cues ("kata", "ujarnya", "said"): built once, not per statement
def _cue_pattern(cue: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(cue) + r"\b", re.IGNORECASE)


def _cues_in(cue: str, text: str) -> Iterator[re.Match[str]]:
    """_cue_pattern(cue).finditer(text), the pattern tried only where the lower-cased text holds
    the cue: a case-blind pattern opening with \\b is tried at every character (0.15 ms a clause
    for "katanya"), str.find skips ahead. Every match is the cue's letters, so the two find the
    same places, unless the text holds a letter lower() does not fold as re.IGNORECASE does (or
    the cue is not ASCII): that text goes through the pattern as it is."""
    pattern = _cue_pattern(cue)
    if not cue.isascii() or any(odd in text for odd in ODD_CASE):
        yield from pattern.finditer(text)
        return
    lowered, word = text.lower(), cue.lower()
    end = 0  # (matches do not overlap, as finditer's)
    at = lowered.find(word)
    while at >= 0:
        match = pattern.match(text, at) if at >= end else None
        if match is not None:
            end = match.end()
            yield match
        at = lowered.find(word, at + 1)


def _recent(day: date | None, published: date) -> bool:
    return day is not None and timedelta(0) <= published - day <= RECENT


def _plausible(day: _Day, published: date | None) -> bool:
    if published is None:
        return day.outright
    if day.value > published:
        return False
    return day.outright or published - day.value <= RECENT


def _attribution_days(text: str, start: int, end: int, kind: str, cue: str, published: date | None) -> list[_Day]:
    """Days in the clause that attributes the statement, the nearest to the speech verb first."""
    para_lo = text.rfind("\n", 0, start) + 1
    para_hi = text.find("\n", end)
    para_hi = len(text) if para_hi < 0 else para_hi
    sentences = _sentences(text, para_lo, para_hi)
    lo = next((s.start for s in reversed(sentences) if s.start <= start), para_lo)
    hi = next((s.end for s in sentences if s.end >= end), para_hi)
    if kind == StatementKind.INDIRECT:
        start = _after_lead(text, start, end, published)
    before, after = _masked(text, lo, start), _masked(text, end, hi)
    days: list[_Day] = []
    if kind == StatementKind.INDIRECT and day_tail(after, 0, len(after), len(after)) == 0:
        days += _named_days(after, 0, published)  # "X mengatakan <isi>, Senin (11/3/2024).": its day
    elif kind == StatementKind.INDIRECT and DAY_TAIL_EN.match(after.rstrip()):
        days += _days_after(after, 0, end, published)  # "X said <content> in a statement on Tuesday."
    cue_after = next(_cues_in(cue, after), None)
    if cue_after:
        days += _days_after(after, cue_after.end(), end, published)
    cue_before = next(reversed(list(_cues_in(cue, before))), None)  # the nearest to the statement
    if cue_before:
        days += _days_after(before, cue_before.end(), lo, published)
        # "Saat ditemui di kantornya, Senin (20/10), Budi mengatakan ...": the day opens the clause.
        days += _days_before(before, cue_before.start(), lo, published)
    return days + _summary_days(text, hi, para_hi, published)


# The sentence after a quote may date it on its own: "Hal itu disampaikan Budi di Garut, Senin
# (20/10)." / "Demikian dikatakan ..." / "He was speaking on Monday at ...".
_SUMMARY = re.compile(
    r"(?:(?:Hal|Pernyataan|Penjelasan|Penegasan|Keterangan|Ucapan) (?:itu|tersebut|ini)|Demikian|Itu(?:lah)?)"
    r"\b[^.\"“”]{0,30}?\b(?:di(?:sampaikan|katakan|ungkapkan|tegaskan|jelaskan|utarakan)(?:nya)?"
    # ("Hal itu ia sampaikan ...": the agent's pronoun before the bare verb)
    r"|(?:ia|dia|beliau)\s+(?:sampaikan|katakan|ungkapkan|tegaskan|jelaskan|utarakan))\b"
    # ("Ia menyampaikan hal itu di Garut, Kamis (23/10).": the same in the active voice)
    r"|(?:Ia|Dia|Beliau) (?:menyampaikan|mengatakan|mengungkapkan|menegaskan|menjelaskan|mengutarakan)"
    r" (?:hal|pernyataan|penjelasan|keterangan) (?:itu|tersebut|ini)\b"
    r"|(?:He|She|They|[A-Z][a-z]+) (?:was|were) speaking\b|(?:He|She|They) made the (?:remarks?|comments?)\b"
)


def _summary_days(text: str, at: int, para_hi: int, published: date | None) -> list[_Day]:
    """Days in a sentence right after the statement's own that only says when it was said."""
    while at < len(text) and text[at] in _QUOTES + " \n":
        at += 1
    match = _SUMMARY.match(text, at)
    if match is None:
        return []
    sentence = next(iter(split_sentences(text, at, para_hi if para_hi > at else len(text))), None)
    if sentence is None:
        return []
    window = _masked(text, at, sentence.end)
    return _days_after(window, match.end() - at, at, published)


def _after_lead(text: str, start: int, end: int, published: date | None) -> int:
    """Where the content of an indirect span begins once a leading "Selasa (21/10), bahwa" is set aside."""
    lead = _LEAD.match(text, start, end)
    if lead is None:
        return start
    days = _named_days(lead.group(), 0, published)
    if not days:
        return start
    rest, at = [], 0
    for day in days:
        rest.append(lead.group()[at : day.start])
        at = day.end
    rest.append(lead.group()[at:])
    return lead.end() if _LEAD_WORDS.fullmatch("".join(rest)) else start


_QUOTE_MARK = re.compile(f"[{_QUOTES}]")


def _masked(text: str, lo: int, hi: int) -> str:
    """text[lo:hi] with quoted stretches blanked: a date inside another quote is that quote's."""
    chunk = text[lo:hi]
    # Our own quote's marks sit at the edges of the window: the marks inside open and close in turn.
    marks = [m.start() for m in _QUOTE_MARK.finditer(chunk, 1, len(chunk) - 1)]
    if not marks:
        return chunk  # most windows (a character loop over each was 2% of extraction)
    last = len(chunk) - 1
    # A quote still open at the end runs to the window's last character, a mark there excepted.
    closes = [*marks[1::2], last if chunk[last] in _QUOTES else last + 1]
    pieces, at = [], 0
    for opening, closing in zip(marks[::2], closes, strict=False):
        pieces += [chunk[at : opening + 1], " " * (closing - opening - 1)]
        at = closing
    pieces.append(chunk[at:])
    return "".join(pieces)


def _days_after(window: str, at: int, offset: int, published: date | None) -> list[_Day]:
    """Days after the speech verb at `at`, within the attribution's reach, each in a clause of its own."""
    days = []
    for day in _named_days(window[: at + _REACH], at, published):
        clause = _CLAUSE_BREAK.split(window[at : day.start])[-1]
        if _OTHER_EVENT.search(_RELEASED.sub(" ", _HELD.sub(" ", clause))):
            continue
        days.append(_Day(day.start + offset, day.end + offset, day.value, day.outright))
    return days


def _days_before(window: str, at: int, offset: int, published: date | None) -> list[_Day]:
    """Days in the clause that opens the sentence before the speech verb at `at`, nearest first."""
    days = []
    for day in reversed(_named_days(window[:at], 0, published)):
        # ("X, dalam keterangan tertulis yang diterima Jumat (30/5), mengatakan": the release's day)
        clause = _RELEASED.sub(" ", _HELD.sub(" ", _CLAUSE_BREAK.split(window[: day.start])[-1]))
        if _OTHER_EVENT.search(clause) or _OTHER_EVENT.search(window[day.end : at]):
            continue
        days.append(_Day(day.start + offset, day.end + offset, day.value, day.outright))
    return days


# A birth date before a date: "pria kelahiran Garut, 12 Mei 1975 itu", "born 12 May 1975".
_BORN = re.compile(r"\b(?:kelahiran|lahir|born)\b[^.;:()]{0,30}$", re.IGNORECASE)


def _born_before(window: str, at: int) -> bool:
    return _BORN.search(window, max(0, at - 40), at) is not None


def _named_days(window: str, at: int, published: date | None) -> list[_Day]:
    """Every day written in window[at:]: full or partial dates, weekdays, "kemarin"/"yesterday"."""
    days: list[_Day] = []
    dates = [d for d in find_dates(window, published) if d.start >= at and not _born_before(window, d.start)]
    for match in _WEEKDAY.finditer(window, at):
        near = next((d for d in dates if 0 <= d.start - match.end() <= 4), None)
        if near is not None:
            # "Senin (20/10)": one day, named twice; a date that is not that weekday is a slip
            # of the pen, and nothing says which half is right.
            dates.remove(near)
            weekday = WEEKDAYS[match.group(1).casefold()]
            value = next((v for v in _readings(near, published) if v.weekday() == weekday), None)
            if value is not None:
                days.append(_Day(match.start(), near.end, value, near.year_given))
            continue
        if published is not None and (last_week := _LAST_WEEK_AFTER.match(window, match.end())) is not None:
            monday = published - timedelta(days=published.weekday() + 7)
            value = monday + timedelta(days=WEEKDAYS[match.group(1).casefold()])
            days.append(_Day(match.start(), last_week.end(), value, True))
            continue
        value = _weekday_value(window, match, published)
        if value is not None:
            days.append(_Day(match.start(), match.end(), value, False))
    for found in dates:
        days.append(_Day(found.start, found.end, _readings(found, published)[-1], found.year_given))
    if published is not None:
        ago = _days_ago(window, at, published, days)
        named_ends = {d.end for d in days}
        for match in _RELATIVE_WORD.finditer(window, at):
            if any(d.start <= match.start() < d.end for d in ago):
                continue  # the "kemarin" of "kemarin lusa"
            before = window[: match.start()]
            if before[-1:].isspace() and len(before.rstrip()) in named_ends:
                continue  # the "kemarin" of "Senin kemarin": that weekday, the one just past
            back = _RELATIVE[match.group().casefold()]
            days.append(_Day(match.start(), match.end(), published - timedelta(days=back), False))
        days += ago
    days.sort(key=lambda d: d.start)
    return days


def _days_ago(window: str, at: int, published: date, named: list[_Day]) -> list[_Day]:
    """Days counted back from publication in window[at:], but for those a weekday named already
    holds ("Sabtu pekan lalu")."""
    days = []
    matches = [*_DAYS_AGO.finditer(window, at)] if "lalu" in window or "lusa" in window else []
    matches += _DAYS_AGO_EN.finditer(window, at) if "ago" in window else []
    for match in matches:
        if any(d.start <= match.start() < d.end for d in named):
            continue
        unit = match.group("unit") or match.groupdict().get("week")
        if unit is None:
            back = 2  # "kemarin lusa"
        else:
            count = match.group("count") or "satu"
            back = int(count) if count.isdigit() else _COUNTS[count.casefold()]
            back *= 1 if unit.casefold() in _DAY_UNITS else 7
        days.append(_Day(match.start(), match.end(), published - timedelta(days=back), True))
    return days


def _readings(found: FoundDate, published: date | None) -> list[date]:
    """The date as read, and for a date without its year that would fall after publication, the
    same day a year earlier ("Senin (29/12)" in an article of 2 January)."""
    value = found.value
    if found.year_given or published is None or value <= published:
        return [value]
    try:
        return [value, value.replace(year=value.year - 1)]
    except ValueError:  # 29 February
        return [value]


def _weekday_value(window: str, match: re.Match[str], published: date | None) -> date | None:
    """The latest such weekday on or before publication ("Senin lalu", "last Monday": before it)."""
    word = match.group(1)
    if published is None:
        return None
    tail = window[match.end() :]
    if word == "Minggu" and _WEEK_AFTER.match(tail):
        return None
    english = word.isascii() and word.endswith("day")
    if english and not (_EN_ON_BEFORE.search(window, 0, match.start()) or _EN_WEEKDAY_AFTER.match(tail)):
        return None  # English: only as a time adverbial
    back = (published.weekday() - WEEKDAYS[word.casefold()]) % 7
    if back == 0 and (_PAST_AFTER.match(tail) or _PAST_BEFORE.search(window, 0, match.start())):
        back = 7
    return published - timedelta(days=back)
