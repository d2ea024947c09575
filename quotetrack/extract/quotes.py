"""Find quoted stretches in a paragraph, whatever marks the outlet uses.

Marks are classified by the characters around them (an opener has space before and a word
after; a closer the reverse), which copes with Kompas' ”…” (closing mark used to open),
missing spaces ("kata"Kami) and missing closing marks (the quote runs to the paragraph end).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A run of marks counts as one: (?:''|["“”„])+, written to open with the set of its first
# characters so the engine skips to them (five times faster); an apostrophe must be doubled.
_DOUBLE = re.compile(r"[\"“”„'](?:(?<=')'|(?<=[\"“”„]))(?:''|[\"“”„])*")
_SINGLE = re.compile(r"[‘’]")
# Straight single marks, as British copy sets quotes ("He said: 'We will not back down.'"); the
# same character is the apostrophe, so they count only where no curly or double marks are used.
_STRAIGHT = re.compile(r"'")
# A year cut to its last two digits ("'16 And President", "the ‘90s"): an apostrophe, no quote.
_ELIDED_YEAR = re.compile(r"[‘’']\d\d(?:s\b|(?!\d))")
_OPEN_ONLY = frozenset("“„")
_BEFORE_OPEN = frozenset(" \t\n([{—–-:;/")
_AFTER_CLOSE = frozenset(" \t\n)]},.;:!?—–-/…")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: marks at `open_mark` and `close_mark`, content in `start:end`."""

    open_mark: int
    start: int
    end: int
    close_mark: int | None  # None when the paragraph ended (or a new quote opened) first
    close_width: int = 1  # '' (two apostrophes) is one mark of width 2

    @property
    def outer_end(self) -> int:
        return self.end if self.close_mark is None else self.close_mark + self.close_width


def _classify(text: str, start: int, end: int, lo: int, hi: int) -> str:
    before = text[start - 1] if start > lo else " "
    after = text[end] if end < hi else " "
    space_before = before in _BEFORE_OPEN or before.isspace()
    space_after = after in _AFTER_CLOSE or after.isspace()
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "either"


def _closes_after_mark(text: str, start: int, end: int, hi: int) -> bool:
    """An opening mark used to close, after the quote's own comma or stop and before a space:
    '”Tidak benar pasal itu dihapus,“ kata X' (the outlet swapped its marks)."""
    return start > 0 and text[start - 1] in ",.!?" and (end >= hi or text[end].isspace())


def _content(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The trimmed content between two marks, or None when it is blank."""
    inner = text[start:end]
    stripped = inner.strip()
    if not stripped:
        return None
    left = start + inner.index(stripped[0])
    return left, left + len(stripped)


def _scan(text: str, lo: int, hi: int, marks: list[re.Match[str]], carried: bool = False) -> list[Quote]:
    quotes: list[Quote] = []
    open_end = -1  # end of the opening mark of the quote being read; -1 when none is open
    open_start = -1
    for mark in marks:
        m_start, m_end = mark.span()
        kind = (
            "open"
            if text[m_start] in _OPEN_ONLY and not _closes_after_mark(text, m_start, m_end, hi)
            else _classify(text, m_start, m_end, lo, hi)
        )
        if carried and not quotes and open_end < 0 and kind == "close" and m_start > lo:
            # the quote the paragraph before left open goes on from this paragraph's start to its
            # first mark, a closing one
            if (content := _content(text, lo, m_start)) is not None:
                quotes.append(Quote(lo, content[0], content[1], m_start, m_end - m_start))
            carried = False
            continue
        carried = False
        if open_end < 0:
            if kind != "close" or m_start == lo:
                open_start, open_end = m_start, m_end
            continue
        content = _content(text, open_end, m_start)
        if kind == "open":
            # A new opening mark while a quote is open: the first one never closed.
            if content is not None:
                quotes.append(Quote(open_start, content[0], content[1], None))
            open_start, open_end = m_start, m_end
            continue
        if content is not None:
            quotes.append(Quote(open_start, content[0], content[1], m_start, m_end - m_start))
        open_end = -1
    if open_end >= 0:
        content = _content(text, open_end, hi)
        if content is not None:
            quotes.append(Quote(open_start, content[0], content[1], None))
    return quotes


def find_quotes(text: str, lo: int, hi: int, carried: bool = False) -> list[Quote]:
    """Quotes inside `text[lo:hi]` (one paragraph), in order, not overlapping; `carried` when the
    paragraph before left a quote open, which a first closing mark here ends (a quote run over
    paragraphs with its closing mark only at the end: '"... sungai. // Kami juga ...," kata X.')."""
    doubles = list(_DOUBLE.finditer(text, lo, hi))
    if doubles:
        return _scan(text, lo, hi, doubles, carried and len(doubles) % 2 == 1)
    # Single curly marks only count where no double marks are used; straight ones only where
    # neither is.
    singles = [m for m in _SINGLE.finditer(text, lo, hi) if _quote_mark(text, m, lo, hi)]
    if singles:
        return _scan(text, lo, hi, singles)
    if "'" not in text[lo:hi]:
        return []  # (most paragraphs: no straight mark at all)
    straight = [m for m in _STRAIGHT.finditer(text, lo, hi) if _quote_mark(text, m, lo, hi)]
    # A plural's apostrophe before a lower-case word ("the workers' rights", "Mr Jones' aide")
    # reads as a closing mark; it is one only where the other marks leave a quote open ("called
    # them 'traitors' and left").
    possessive = [m for m in straight if _plural_possessive(text, m, hi)]
    if possessive and (len(straight) - len(possessive)) % 2 == 0:
        straight = [m for m in straight if m not in possessive]
    return _scan(text, lo, hi, straight) if straight else []


def _quote_mark(text: str, mark: re.Match[str], lo: int, hi: int) -> bool:
    """Whether a single mark may be a quote mark: not an apostrophe inside a word (Ma’ruf, it's)
    or after a number ("Flight 8501’s"), nor a year cut short ("the ‘90s")."""
    at = mark.start()
    inside = at > lo and mark.end() < hi and text[at - 1].isalnum() and text[mark.end()].isalpha()
    return not inside and not _ELIDED_YEAR.match(text, at, hi)


def _plural_possessive(text: str, mark: re.Match[str], hi: int) -> bool:
    """Whether a straight mark ends a word in "s" before a lower-case word ("workers' pay")."""
    at = mark.start()
    return at + 2 < hi and text[at - 1 : at] == "s" and text[at + 1] == " " and text[at + 2].islower()
