"""Values the extraction stage returns: plain frozen dataclasses, no database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from quotetrack.kinds import StatementKind
from quotetrack.text.meta import ArticleMeta


@dataclass(frozen=True, slots=True)
class ExtractedStatement:
    """One attributed statement; `text == article_text[start:end]` always holds."""

    kind: StatementKind
    text: str
    start: int
    end: int
    paragraph: int
    cue: str | None = None
    speaker: str | None = None  # display name without titles, e.g. "Imran"
    speaker_mention: str | None = None  # as printed, e.g. "Pj.Bupati Subang, Dr. Drs. Imran, MA.Cd"
    role: str | None = None  # as printed, e.g. "Pj. Bupati"
    region: str | None = None  # as printed or normalised, e.g. "Kabupaten Subang"
    date: date | None = None
    confidence: float = 0.5
    # Index of the full mention that a pronoun or short name was resolved to, within the article.
    speaker_ref: int | None = None
    # "person", or "organisation" for a body that speaks ("DKPP menyatakan ..."): organisations
    # are cited as speakers but never filed as officials.
    speaker_kind: str = "person"


@dataclass(frozen=True, slots=True)
class Extraction:
    """All statements of one article, with the metadata read from its text."""

    meta: ArticleMeta
    statements: list[ExtractedStatement] = field(default_factory=list)
