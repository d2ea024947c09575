"""Find calendar dates written in Indonesian and English news text, with their offsets.

Regexes rather than dateparser: the shapes in news copy are few ("Senin (20/10/2025)",
"30 Mei 2024", "Oct. 20, 2025") and a regex pass costs microseconds per article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

# Month names as pages and citations print them, by language.
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        *("January", "February", "March", "April", "May", "June"),
        *("July", "August", "September", "October", "November", "December"),
    ),
    "id": (
        *("Januari", "Februari", "Maret", "April", "Mei", "Juni"),
        *("Juli", "Agustus", "September", "Oktober", "November", "Desember"),
    ),
}

MONTHS = {
    "januari": 1,
    "februari": 2,
    "pebruari": 2,
    "maret": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "agustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "nopember": 11,
    "desember": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "agu": 8,
    "agt": 8,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "oct": 10,
    "nov": 11,
    "des": 12,
    "dec": 12,
}
# Every pattern starts at a digit, so the scan skips most of the text at once: the digit comes
# first and the look-behind after it ("not a third digit before": (?<!\d\d) once one digit is
# read is (?<!\d) before it), as a pattern opening with a look-behind is tried at every character.
_DAY = r"(\d(?<!\d\d)\d?)"  # (?<!\d)(\d{1,2})
_NUMERIC = re.compile(_DAY + r"\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}|\d{2}(?!\d)))?(?![\d/])")
_DAY_MONTH = re.compile(_DAY + r"\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?!\d)")
_DAY_YEAR = re.compile(_DAY + r"(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")
_MONTH_BEFORE = re.compile(r"([A-Za-z]{3,9})\.?\s+$")
_MONTH_REACH = 12  # how far before its day a date may open: the month of "Oct. 20, 2025"
_RUN = re.compile(r"\d(?<!\d\d)")  # where a run of digits opens
# Without a year ("20 Oktober", "Oct. 20"): read only against a reference date, and only with the
# month capitalised as both languages write it, so "20 mar" in a table is not a date.
_DAY_MONTH_NO_YEAR = re.compile(_DAY + r"\s+([A-Z][a-z]{2,8})\b\.?(?!,?\s+\d)")
# "\b[A-Z]" written [A-Z](?<!\w[A-Z]) for the same reason: the capital first, then "no word character before it".
_MONTH_DAY_NO_YEAR = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+\d|[/.:]\d)")
# A bare numeric date is only trusted inside brackets, after a weekday or after "tanggal", where
# news copy puts the day of an event; elsewhere "3/4" is more likely a fraction or a list number.
_DATE_CONTEXT = re.compile(
    r"(?:\(|\btanggal\s|\btgl\.?\s?|(?:senin|selasa|rabu|kamis|jum'?at|jum’at|sabtu|minggu|ahad|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\s*,?\s*\(?)\s*$",
    re.IGNORECASE,
)
_LOOKBACK = 14
WEEKDAYS = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "jum’at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_WEEKDAY_BEFORE = re.compile(r"(" + "|".join(WEEKDAYS) + r")\s*,?\s*\(?\s*$", re.IGNORECASE)
# (?<!\d)(?:19|20)\d\d(?!\d), opening with the digit for the reason given above.
_YEAR_IN_TEXT = re.compile(r"[12](?<!\d[12])(?:(?<=1)9|(?<=2)0)\d\d(?!\d)")


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date and where it was written."""

    start: int
    end: int
    value: date
    year_given: bool = True  # False: the year was taken from the reference or the text, not written here


def _year(text: str | None, reference: date | None) -> int | None:
    if text is None:
        return reference.year if reference else None
    year = int(text)
    return year + 2000 if year < 100 else year


def _build(year: int | None, month: int, day: int) -> date | None:
    if year is None or not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_of_weekday(text: str, at: int, month: int, day: int, years: list[int]) -> int | None:
    """For "Senin (15/9)" with no year: the latest of the years written in `text` (newest first)
    in which that day is that weekday (copy says "Tahun 2025" somewhere far more often than it
    gives its own date)."""
    named = _WEEKDAY_BEFORE.search(text, max(0, at - _LOOKBACK), at)
    if named is None:
        return None
    weekday = WEEKDAYS[named.group(1).casefold()]
    for year in years:
        value = _build(year, month, day)
        if value is not None and value.weekday() == weekday:
            return year
    return None


def _numeric(text: str, match: re.Match[str], reference: date | None) -> FoundDate | None:
    if not _DATE_CONTEXT.search(text, max(0, match.start() - _LOOKBACK), match.start()):
        return None
    day, month, year = match.groups()
    if year is None and reference is None:
        years = sorted({int(y) for y in _YEAR_IN_TEXT.findall(text)}, reverse=True)
        inferred = _year_of_weekday(text, match.start(), int(month), int(day), years)
    else:
        inferred = _year(year, reference)
    value = _build(inferred, int(month), int(day))
    return None if value is None else FoundDate(match.start(), match.end(), value, year_given=year is not None)


def _day_month(text: str, match: re.Match[str], reference: date | None) -> FoundDate | None:
    month = MONTHS.get(match.group(2).casefold())
    value = None if month is None else _build(int(match.group(3)), month, int(match.group(1)))
    return None if value is None else FoundDate(match.start(), match.end(), value)


def _day_year(text: str, match: re.Match[str], reference: date | None) -> FoundDate | None:
    before = _MONTH_BEFORE.search(text, max(0, match.start() - _MONTH_REACH), match.start())
    month = MONTHS.get(before.group(1).casefold()) if before else None
    if before is None or month is None:
        return None
    value = _build(int(match.group(2)), month, int(match.group(1)))
    return None if value is None else FoundDate(before.start(), match.end(), value)


# The shapes of a date with its year (or a bare numeric one), in the order find_dates lists dates
# that open at the same offset, each with what reads its match.
_SHAPES = ((_NUMERIC, _numeric), (_DAY_MONTH, _day_month), (_DAY_YEAR, _day_year))


class _DatesAtRuns:
    """The dates of one text a finditer of each shape finds, read run of digits by run of digits:
    every shape opens where a run does, so each is tried only there (past its own last match),
    where each finditer tested every character of the text for a digit (0.28 M instructions an
    article each)."""

    def __init__(self, text: str, reference: date | None) -> None:
        self.text, self.reference = text, reference
        self.resume = [0] * len(_SHAPES)  # where each shape's finditer would search on from

    def at(self, run: int) -> list[tuple[int, FoundDate]]:
        """(shape, date) of each date that a shape finds at the run of digits opening at `run`
        (runs are read in order)."""
        dates = []
        for shape, (pattern, read) in enumerate(_SHAPES):
            match = pattern.match(self.text, run) if run >= self.resume[shape] else None
            if match is not None:
                self.resume[shape] = match.end()
                found = read(self.text, match, self.reference)
                if found is not None:
                    dates.append((shape, found))
        return dates


def _runs(pattern: re.Pattern[str], text: str, runs: list[int]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a pattern whose matches open only where a run of digits does."""
    resume = 0
    for at in runs:
        match = pattern.match(text, at) if at >= resume else None
        if match is not None:
            resume = match.end()
            yield match


def find_dates(text: str, reference: date | None = None) -> list[FoundDate]:
    """Every date in `text`. A date without a year takes the year of `reference`; with no
    reference, a weekday before it picks the year among those the text mentions."""
    runs = [match.start() for match in _RUN.finditer(text)]
    if not runs:  # every shape holds a digit: most sentences have none
        return []
    reader = _DatesAtRuns(text, reference)
    dated = [pair for run in runs for pair in reader.at(run)]
    found = [found for _, found in sorted(dated, key=lambda pair: (pair[1].start, pair[0]))]
    if reference is not None:
        found.extend(_without_year(text, reference, found, runs))
    found.sort(key=lambda f: f.start)
    return found


def _without_year(text: str, reference: date, full: list[FoundDate], runs: list[int]) -> Iterator[FoundDate]:
    """ "20 Oktober" and "Oct. 20" in the year of `reference`, where no full date covers them."""
    taken = [(f.start, f.end) for f in full]
    for matches, day_group, month_group in (
        (_runs(_DAY_MONTH_NO_YEAR, text, runs), 1, 2),
        (_MONTH_DAY_NO_YEAR.finditer(text), 2, 1),
    ):
        for match in matches:
            month = MONTHS.get(match.group(month_group).casefold())
            if month is None or any(lo < match.end() and match.start() < hi for lo, hi in taken):
                continue
            value = _build(reference.year, month, int(match.group(day_group)))
            if value is not None:
                taken.append(match.span())
                yield FoundDate(match.start(), match.end(), value, year_given=False)


def weekday_contradicts(text: str, found: FoundDate) -> bool:
    """Whether a weekday written just before the date names another day ("Rabu (8/10/2028)",
    8 October 2028 being a Sunday): a slip of the pen, and nothing says which half is right."""
    named = _WEEKDAY_BEFORE.search(text, max(0, found.start - _LOOKBACK), found.start)
    return named is not None and WEEKDAYS[named.group(1).casefold()] != found.value.weekday()


def first_date(text: str) -> date | None:
    """The first complete date in `text` (taken as the publication date) that its weekday agrees with."""
    found = first_found_date(text)
    return found.value if found else None


def first_found_date(text: str) -> FoundDate | None:
    """first_date's date with where the text prints it."""
    # find_dates(text)'s first date that its weekday agrees with, read run by run: the text past
    # that date is not read (the date line opens the article), where find_dates reads it all.
    reader = _DatesAtRuns(text, None)
    first: tuple[int, int, FoundDate] | None = None  # (start, shape, date)
    run = _RUN.search(text)
    while run is not None:
        for shape, found in reader.at(run.start()):
            if (first is None or (found.start, shape) < first[:2]) and not weekday_contradicts(text, found):
                first = (found.start, shape, found)
        # A date from a run further than this past the first one opens after it.
        end = len(text) if first is None else min(len(text), first[0] + _MONTH_REACH + 1)
        run = _RUN.search(text, run.end(), end)
    return first[2] if first else None
