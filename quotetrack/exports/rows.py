"""Statements as flat rows, and CSV/JSONL writers that stream them."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from quotetrack.models import StatementPublic

COLUMNS = (
    "id", "date", "speaker", "official_id", "role", "region", "acting", "kind", "text", "topics", "cue",
    "confidence", "status", "outlet", "title", "author", "url", "published", "article_id", "start", "end",
    "permalink", "corrected_at",
)
# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def flat_row(stmt: StatementPublic, base_url: str) -> dict[str, object]:
    article = stmt.article
    return {
        "id": stmt.id,
        "date": stmt.date.isoformat() if stmt.date else None,
        "speaker": stmt.official.name if stmt.official else None,
        "official_id": stmt.official.id if stmt.official else None,
        "role": stmt.held_role or stmt.role,
        "region": stmt.held_region or stmt.region,
        "acting": stmt.acting,
        "kind": stmt.kind,
        "text": stmt.text,
        "topics": stmt.topics,
        "cue": stmt.cue,
        "confidence": round(stmt.confidence, 3),
        "status": stmt.status,
        "outlet": article.outlet,
        "title": article.title,
        "author": article.author,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "article_id": article.id,
        "start": stmt.start,
        "end": stmt.end,
        "permalink": f"{base_url}/statements/{stmt.id}",
        # When an editor last corrected the statement; empty while it stands as extracted.
        "corrected_at": stmt.corrected_at.isoformat() if stmt.corrected_at else None,
    }


def neutralise(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = ";".join(map(str, value))
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_lines(statements: Iterable[StatementPublic], base_url: str) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for stmt in statements:
        row = flat_row(stmt, base_url)
        writer.writerow([neutralise(row[c]) for c in COLUMNS])
        if buffer.tell() > 64 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def jsonl_lines(statements: Iterable[StatementPublic], base_url: str) -> Iterator[str]:
    for stmt in statements:
        yield json.dumps(flat_row(stmt, base_url), ensure_ascii=False) + "\n"
