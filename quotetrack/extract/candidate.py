"""A statement found in the text before its speaker is resolved against the article."""

from __future__ import annotations

from dataclasses import dataclass

from quotetrack.extract.mentions import ParsedMention
from quotetrack.kinds import StatementKind


@dataclass(frozen=True, slots=True)
class Found:
    """Span, kind and attribution of one statement; `carry` means "same speaker as before";
    `judged`, a phrase a judging verb quotes, whose judge the sentence must name; `interview`,
    for an answer of a question-and-answer interview, where the introduction that names the one
    answering ends."""

    kind: StatementKind
    start: int
    end: int
    paragraph: int
    cue: str | None
    mention: ParsedMention | None
    carry: bool
    confidence: float
    judged: bool = False
    interview: int | None = None
