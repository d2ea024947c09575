"""Find calendar dates written in Indonesian and English news text, with their offsets.

Regexes rather than dateparser: the shapes in news copy are few ("Senin (20/10/2025)",
"30 Mei 2024", "Oct. 20, 2025") and a regex pass costs microseconds per article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11,
    "desember": 12, "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "august": 8, "october": 10, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "agu": 8, "agt": 8, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
    "oct": 10, "nov": 11, "des": 12, "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# Day-first numeric dates, as Indonesian copy writes them: 20/10/2025, 30/5/ 2024, 20-10-2025.
_NUMERIC = r"(?P<d>\d{1,2})\s?[/.-]\s?(?P<m>\d{1,2})(?:\s?[/.-]\s?(?P<y>\d{4}|\d{2}(?!\d)))?"
_DAY_MONTH = rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}})"
_MONTH_DAY = rf"(?P<m3>{_MONTH})\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y3>\d{{4}})"
# A bare numeric date is only trusted inside brackets or after a weekday, where news copy
# puts the day of an event; elsewhere "3/4" is more likely a fraction or a list number.
_WEEKDAY = r"(?:senin|selasa|rabu|kamis|jum'?at|jum’at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DATE_RE = re.compile(
    rf"(?:{_WEEKDAY}\s*,?\s*\(?\s*|\(\s*){_NUMERIC}|\b{_DAY_MONTH}\b|\b{_MONTH_DAY}\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date and where it was written."""

    start: int
    end: int
    value: date


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


def find_dates(text: str, reference: date | None = None) -> list[FoundDate]:
    """Every date in `text`; a date without a year takes the year of `reference`."""
    found = []
    for match in DATE_RE.finditer(text):
        groups = match.groupdict()
        if groups["d"] is not None:
            value = _build(_year(groups["y"], reference), int(groups["m"]), int(groups["d"]))
        elif groups["d2"] is not None:
            month = MONTHS[groups["m2"].casefold()]
            value = _build(int(groups["y2"]), month, int(groups["d2"]))
        else:
            month = MONTHS[groups["m3"].casefold()]
            value = _build(int(groups["y3"]), month, int(groups["d3"]))
        if value is not None:
            found.append(FoundDate(match.start(), match.end(), value))
    return found


def first_date(text: str) -> date | None:
    """The first complete date in `text` (taken as the publication date)."""
    for found in find_dates(text):
        return found.value
    return None
