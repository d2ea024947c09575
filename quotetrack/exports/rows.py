"""Statements as flat rows, and CSV/JSONL writers that stream them."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence

from quotetrack.store.reads import ExportRow

COLUMNS = (
    "id",
    "date",
    "speaker",
    "official_id",
    "role",
    "region",
    "acting",
    "kind",
    "text",
    "topics",
    "cue",
    "confidence",
    "status",
    "outlet",
    "title",
    "author",
    "url",
    "published",
    "article_id",
    "start",
    "end",
    "permalink",
    "corrected_at",
)
# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def flat_row(row: ExportRow, base_url: str) -> dict[str, object]:
    return {
        "id": row.id,
        "date": row.date.isoformat() if row.date else None,
        "speaker": row.speaker,
        "official_id": row.official_id,
        "role": row.role,
        "region": row.region,
        "acting": row.acting,
        "kind": row.kind,
        "text": row.text,
        "topics": row.topics,
        "cue": row.cue,
        "confidence": round(row.confidence, 3),
        "status": row.status,
        "outlet": row.outlet,
        "title": row.title,
        "author": row.author,
        "url": row.url,
        "published": row.published.isoformat() if row.published else None,
        "article_id": row.article_id,
        "start": row.start,
        "end": row.end,
        "permalink": f"{base_url}/statements/{row.id}",
        # When an editor last corrected the statement; empty while it stands as extracted.
        "corrected_at": row.corrected_at.isoformat() if row.corrected_at else None,
    }


def neutralise(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = ";".join(map(str, value))
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_table(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> Iterator[str]:
    """The one CSV writer of every CSV QuoteTrack writes (API, export, search): a header, then
    rows with every cell neutralised, streamed in pieces of about 64 KiB."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([neutralise(c) for c in columns])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
        if buffer.tell() > 64 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def csv_lines(statements: Iterable[ExportRow], base_url: str) -> Iterator[str]:
    flat = (flat_row(stmt, base_url) for stmt in statements)
    return csv_table(COLUMNS, ([row[c] for c in COLUMNS] for row in flat))


def jsonl_lines(statements: Iterable[ExportRow], base_url: str) -> Iterator[str]:
    for stmt in statements:
        yield json.dumps(flat_row(stmt, base_url), ensure_ascii=False) + "\n"
