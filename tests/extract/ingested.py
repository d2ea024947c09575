"""Statements of a small invented article as ingest and `quotetrack extract` give them, for the
test tables of article shapes (one place, so each table says only what it checks)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from quotetrack.extract import ExtractedStatement
from quotetrack.ingest.sources import Source
from quotetrack.pipeline import extract_files, process_source


def statements(text: str, lang: str) -> list[ExtractedStatement]:
    source = Source(location="article.txt", raw_text=text, raw_sha256="0", retrieved_at=datetime.now(UTC))
    return process_source(source, lang=lang).statements


def who(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    """(speaker, post) of each statement."""
    return [(s.speaker, s.role) for s in statements(text, lang)]


def placed(text: str, lang: str) -> list[tuple[str | None, str | None, str | None]]:
    """(speaker, post, region) of each statement."""
    return [(s.speaker, s.role, s.region) for s in statements(text, lang)]


def as_printed(body: str, tmp_path: Path, lang: str = "en") -> list[tuple[str | None, str | None, str | None]]:
    """(speaker, post, region) of each statement of an article whose one paragraph is `body`, as
    `quotetrack extract` prints them (the run's registry gives each statement its speaker's post)."""
    path = tmp_path / "article.txt"
    path.write_text(f"Officials Respond\n\n{body}\n", encoding="utf-8")
    return [(r["speaker"], r["role"], r["region"]) for r in extract_files([str(path)], lang=lang, max_bytes=10**6)]
