"""JSONL and CSV exports of scraped articles: one article per record, columns mapped by name.

Each record keeps its own bytes (a JSONL line; a CSV record under its header line) so the
archive holds exactly what the export said, not the whole export once per article.
"""

from __future__ import annotations

import csv
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from quotetrack.errors import IngestError
from quotetrack.ingest.encodings import decode, stream_encoding
from quotetrack.text.sanitize import web_url

log = logging.getLogger("quotetrack.ingest")

TABLE_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
# Column names tried, in order, when no --*-column flag names one (compared case-insensitively).
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "full_text", "isi", "berita", "konten"),
    "url": ("url", "link", "original_url", "source_url", "canonical_url"),
    "title": ("title", "headline", "judul"),
    "date": ("published", "published_date", "published_at", "date", "datetime", "pubdate", "tanggal"),
    "author": ("author", "authors", "byline", "penulis", "reporter"),
    "outlet": ("outlet", "site_name", "sitename", "publisher", "source", "media"),
}


@dataclass(frozen=True, slots=True)
class TableOptions:
    """How to read an export: its format (by suffix when None) and which column holds what."""

    format: str | None = None  # "jsonl" | "csv"
    text_column: str | None = None
    url_column: str | None = None
    title_column: str | None = None
    date_column: str | None = None
    author_column: str | None = None
    outlet_column: str | None = None
    max_bytes: int = 4 * 1024**3  # the whole export; each record is held to the article limit

    def column(self, field: str) -> str | None:
        return getattr(self, f"{field}_column")


@dataclass(frozen=True, slots=True)
class Row:
    """One article of an export."""

    location: str  # "export.jsonl:17" (line) or "export.csv:17" (record)
    text: str
    raw: bytes
    content_type: str
    url: str | None = None
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: date | None = None


def table_format(path: Path, options: TableOptions) -> str | None:
    return options.format or TABLE_SUFFIXES.get(path.suffix.lower())


# A date column's value that opens with an ISO day and goes on in some other way
# ("2020-05-11 11:48 WIB", "2023-12-22 (from the URL)"): the day is the one printed.
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
# dateparser reads the rest; days and months in the Indonesian order ("11/05/2020" is 11 May),
# absolute dates only: "kemarin" or "2 hours ago" in an export says nothing about when it was made.
_DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
}


def parse_date(value: object, *, location: str | None = None) -> date | None:
    """The publication day a date column gives: ISO dates and timestamps, news copy's
    Indonesian and English shapes, and what dateparser reads ("11/05/2020 11:48",
    "Senin, 11 Mei 2020 - 11:48 WIB"). A value none of them reads, or a day before 1990 or
    after tomorrow, is logged for `location` and gives None (the text's own date then counts)."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    found = _read_date(text)
    if found is not None and date(1990, 1, 1) <= found <= date.today() + timedelta(days=1):
        return found
    if location is not None:
        log.warning(
            "%s: the date %r cannot be read as a publication day; the article takes the day its text gives, if any",
            location,
            text[:80],
        )
    return None


def _read_date(text: str) -> date | None:
    from quotetrack.text import first_date

    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    leading = _ISO_DAY.match(text)
    if leading:
        try:
            return date(*map(int, leading.groups()))
        except ValueError:
            return None
    found = first_date(text)
    if found is not None:
        return found
    import dateparser

    parsed = dateparser.parse(text[:200], languages=["id", "en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date() if parsed is not None else None


def _lookup(record: dict, name: str) -> object:
    """A field by exact name, then case-insensitively, then as a dotted path ("meta.url")."""
    if name in record:
        return record[name]
    folded = name.casefold()
    for key, value in record.items():
        if str(key).casefold() == folded:
            return value
    node: object = record
    for part in name.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _field(record: dict, field: str, options: TableOptions) -> str | None:
    column = options.column(field)
    names = (column,) if column else DEFAULT_COLUMNS[field]
    for name in names:
        value = _lookup(record, name)
        if isinstance(value, list):  # "authors": ["A", "B"]
            value = ", ".join(str(v) for v in value if v)
        if value not in (None, ""):
            return str(value).strip()
    return None


def _row(location: str, record: dict, raw: bytes, content_type: str, options: TableOptions, max_row_bytes: int) -> Row:
    text = _field(record, "text", options)
    if text is None:
        wanted = options.text_column or " / ".join(DEFAULT_COLUMNS["text"])
        columns = ", ".join(map(str, list(record)[:12]))
        raise IngestError(location, f"no article text: no {wanted!r} column (columns: {columns}); see --text-column")
    if len(raw) > max_row_bytes:
        raise IngestError(location, f"record is {len(raw):,} bytes, over the limit of {max_row_bytes:,}")
    given_url = _field(record, "url", options)
    url = web_url(given_url)
    if given_url and url is None:
        # Stored, it would be a link on every page, feed and citation of the article.
        raise IngestError(location, f"the url {given_url[:80]!r} is not an absolute http:// or https:// URL")
    return Row(
        location=location,
        text=text,
        raw=raw,
        content_type=content_type,
        url=url,
        title=_field(record, "title", options),
        author=_field(record, "author", options),
        outlet=_field(record, "outlet", options),
        published=parse_date(_field(record, "date", options), location=location),
    )


def read_table(path: Path, options: TableOptions, *, max_row_bytes: int) -> Iterator[Row | IngestError]:
    """Every record of an export as a Row, or an IngestError for a record (or file) that is unusable."""
    location = str(path)
    fmt = table_format(path, options)
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            yield IngestError(location, f"export is {size:,} bytes, over the limit of {options.max_bytes:,}")
            return
        if size == 0:
            yield IngestError(location, "the file is empty")
            return
        if fmt == "jsonl":
            yield from _read_jsonl(path, options, max_row_bytes)
        elif fmt == "csv":
            yield from _read_csv(path, options, max_row_bytes)
        else:
            yield IngestError(location, f"unknown table format {fmt!r}: use --format jsonl or csv")
    except OSError as exc:
        yield IngestError(location, f"cannot read: {exc.strerror or exc}")
    except IngestError as exc:  # the file as a whole (its encoding, its header): the batch goes on
        yield exc
    except Exception as exc:  # a bug on odd input must still not lose the rest of the batch
        yield IngestError(location, f"cannot read: {type(exc).__name__}: {exc}")


def _head(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(4096)


def _text_column_missing(header: list[str], options: TableOptions) -> bool:
    names = (options.text_column,) if options.text_column else DEFAULT_COLUMNS["text"]
    folded = {h.casefold() for h in header}
    return not any(n.casefold() in folded for n in names if n)


def _read_jsonl(path: Path, options: TableOptions, max_row_bytes: int) -> Iterator[Row | IngestError]:
    wide = stream_encoding(_head(path))
    if wide is not None and wide != "utf-8-sig":
        yield from _read_wide_jsonl(path, wide, options, max_row_bytes)
        return
    with path.open("rb") as fh:
        for number, line in enumerate(fh, start=1):
            location = f"{path}:{number}"
            if not line.strip():
                continue
            try:
                text, _ = decode(line, location)
                record = json.loads(text)
                if not isinstance(record, dict):
                    raise IngestError(location, f"a JSON {type(record).__name__}, not an object")
                yield _row(location, record, line.rstrip(b"\r\n"), "application/x-ndjson", options, max_row_bytes)
            except IngestError as exc:
                yield exc
            except json.JSONDecodeError as exc:
                yield IngestError(location, f"invalid JSON: {exc.msg} at column {exc.colno}")


def _read_wide_jsonl(
    path: Path, encoding: str, options: TableOptions, max_row_bytes: int
) -> Iterator[Row | IngestError]:
    """UTF-16/32 JSON lines: split as text, since b"\n" is only half of a UTF-16 newline.

    Each record is archived in UTF-8, the encoding its Source says it has.
    """
    number = 0
    with path.open("r", encoding=encoding, newline="") as fh:
        try:
            for number, line in enumerate(fh, start=1):
                location = f"{path}:{number}"
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    if not isinstance(record, dict):
                        raise IngestError(location, f"a JSON {type(record).__name__}, not an object")
                    raw = line.rstrip("\r\n").encode("utf-8")
                    yield _row(location, record, raw, "application/x-ndjson", options, max_row_bytes)
                except IngestError as exc:
                    yield exc
                except json.JSONDecodeError as exc:
                    yield IngestError(location, f"invalid JSON: {exc.msg} at column {exc.colno}")
        except UnicodeDecodeError:
            yield IngestError(f"{path}:{number + 1}", f"invalid {encoding} from this line on; the rest is skipped")


class _Capture:
    """Lines handed to csv.reader, kept so a record's own text can be archived."""

    def __init__(self, lines: Iterator[str]) -> None:
        self.lines = lines
        self.taken: list[str] = []

    def __iter__(self) -> _Capture:
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        self.taken.append(line)
        return line


def _csv_encoding(path: Path) -> str:
    """The file's encoding: a BOM or UTF-16's NUL pattern settles it, else a sample is decoded.

    The sample is cut at its last line end so a multi-byte character split by the read is not
    taken for invalid data; UTF-16 and UTF-32 never get there, so no code unit is cut.
    """
    head = _head(path)
    wide = stream_encoding(head)
    if wide is not None:
        return wide
    with path.open("rb") as fh:
        sample = fh.read(65536)
    cut = sample.rfind(b"\n")
    return decode(sample[: cut + 1] if 0 <= cut < len(sample) - 1 else sample, str(path))[1]


def _read_csv(path: Path, options: TableOptions, max_row_bytes: int) -> Iterator[Row | IngestError]:
    encoding = _csv_encoding(path)
    # Records are archived in the file's encoding, but never with a BOM of their own: UTF-16/32
    # and BOM-marked UTF-8 records are archived as UTF-8, the encoding their Source says they have.
    archive = encoding if stream_encoding(_head(path)) is None else "utf-8"
    csv.field_size_limit(max(csv.field_size_limit(), max_row_bytes))
    with path.open("r", encoding=encoding, newline="") as fh:
        capture = _Capture(iter(fh))
        reader = csv.reader(capture)
        number = 0
        try:
            header = next(reader, None)
            if header is None:
                yield IngestError(str(path), "the CSV file has no header row")
                return
            if _text_column_missing(header, options):
                wanted = options.text_column or " / ".join(DEFAULT_COLUMNS["text"])
                columns = ", ".join(header[:12])
                yield IngestError(
                    str(path), f"no article text column {wanted!r} (columns: {columns}); see --text-column"
                )
                return
            head = "".join(capture.taken)
            capture.taken.clear()
            for number, values in enumerate(reader, start=1):
                raw = (head + "".join(capture.taken)).encode(archive)
                capture.taken.clear()
                location = f"{path}:{number}"
                if not any(v.strip() for v in values):
                    continue
                if len(values) != len(header):
                    yield IngestError(location, f"{len(values)} fields where the header has {len(header)}")
                    continue
                try:
                    yield _row(
                        location, dict(zip(header, values, strict=True)), raw, "text/csv", options, max_row_bytes
                    )
                except IngestError as exc:
                    yield exc
        except UnicodeDecodeError:
            yield IngestError(f"{path}:{number + 1}", f"invalid {encoding} from this record on; the rest is skipped")
        except csv.Error as exc:
            yield IngestError(f"{path}:{number + 1}", f"malformed CSV: {exc}; the rest is skipped")
