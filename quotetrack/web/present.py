"""Presentation helpers shared by pages and the API: highlighting, context, citations."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from quotetrack.models import StatementPublic


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    statement_id: int | None = None
    kind: str | None = None
    # The statement's last piece (a quote can run over paragraphs): where its attribution goes.
    ends: bool = True


def article_paragraphs(text: str, spans: Iterable[tuple[int, int, int, str]]) -> list[list[Segment]]:
    """The article split into paragraphs of plain and statement segments.

    `spans` are (start, end, statement_id, kind); overlapping spans keep the earlier one,
    so every character is shown exactly once.
    """
    ordered = sorted(spans)
    segments: list[Segment] = []
    pos = 0
    for start, end, sid, kind in ordered:
        if start < pos or end <= start or end > len(text):
            continue
        if start > pos:
            segments.append(Segment(text[pos:start]))
        segments.append(Segment(text[start:end], sid, kind))
        pos = end
    if pos < len(text):
        segments.append(Segment(text[pos:]))
    paragraphs: list[list[Segment]] = [[]]
    for seg in segments:
        parts = seg.text.split("\n")
        last = max((i for i, part in enumerate(parts) if part), default=-1)
        for i, part in enumerate(parts):
            if i:
                paragraphs.append([])
            if part:
                paragraphs[-1].append(Segment(part, seg.statement_id, seg.kind, ends=i == last))
    return [p for p in paragraphs if p]


def reading_order(statements: Sequence[StatementPublic]) -> list[StatementPublic]:
    """A newest-first page with each article's statements of one day in the order the article
    prints them. The list's key (date, id) puts an article's last statement first; a page that
    is read top to bottom should not tell the story backwards."""
    shown: list[StatementPublic] = []
    for _, run in itertools.groupby(statements, key=lambda s: (s.date, s.article.id)):
        shown.extend(sorted(run, key=lambda s: (s.start, s.id)))
    return shown


def paragraph_context(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The paragraph around [start, end): (before, statement, after)."""
    p_start = text.rfind("\n", 0, start) + 1
    p_end = text.find("\n", end)
    p_end = len(text) if p_end < 0 else p_end
    return text[p_start:start], text[start:end], text[end:p_end]


# Words shorter than this are marked whole only: a continuation of "di" or "an" is another word
# ("dirawat", "annual"), where one of "netral" is the same word with an affix ("netralitas").
CONTINUED_FROM = 4


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def highlight(text: str, words: Sequence[str]) -> Markup:
    """`text` escaped, with every word of `words` (and the continuations of the longer ones)
    wrapped in <mark>."""
    if not words:
        return escape(text)
    long_words = [w for w in words if len(w) >= CONTINUED_FROM]
    short_words = [w for w in words if len(w) < CONTINUED_FROM]
    parts = []
    if long_words:
        parts.append(r"\b(?:" + _alternatives(long_words) + r")\w*")
    if short_words:
        parts.append(r"\b(?:" + _alternatives(short_words) + r")\b")
    pattern = re.compile("|".join(parts), re.IGNORECASE)
    out: list[str] = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(str(escape(text[pos : m.start()])))
        out.append(f"<mark>{escape(m.group(0))}</mark>")
        pos = m.end()
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def article_spans(statements: Sequence[StatementPublic]) -> list[tuple[int, int, int, str]]:
    return [(s.start, s.end, s.id, s.kind) for s in statements]


__all__ = [
    "Segment",
    "article_paragraphs",
    "article_spans",
    "highlight",
    "paragraph_context",
]
