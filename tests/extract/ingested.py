"""Statements of a small invented article as ingest and `quotetrack extract` give them, for the
test tables of article shapes (one place, so each table says only what it checks)."""

from __future__ import annotations

from datetime import UTC, datetime

from quotetrack.extract import ExtractedStatement
from quotetrack.ingest.sources import Source
from quotetrack.pipeline import process_source


def statements(text: str, lang: str) -> list[ExtractedStatement]:
    source = Source(location="article.txt", raw_text=text, raw_sha256="0", retrieved_at=datetime.now(UTC))
    return process_source(source, lang=lang).statements


def who(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    """(speaker, post) of each statement."""
    return [(s.speaker, s.role) for s in statements(text, lang)]


def placed(text: str, lang: str) -> list[tuple[str | None, str | None, str | None]]:
    """(speaker, post, region) of each statement."""
    return [(s.speaker, s.role, s.region) for s in statements(text, lang)]
