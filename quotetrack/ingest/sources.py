"""Read one article from a file, fetched bytes or an export record, whatever its encoding or markup.

A Source is the article's raw text (HTML already reduced to its main text, the title on the
first line) plus what the source says about itself, and the original bytes, compressed, for
the archive.
"""

from __future__ import annotations

import hashlib
import html as html_entities
import os
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import partial
from pathlib import Path

from quotetrack.errors import IngestError
from quotetrack.ingest.encodings import decode
from quotetrack.ingest.feeds import FEED_SUFFIXES, FEED_TYPES, FeedEntry
from quotetrack.ingest.fetch import FetchLimits, fetch
from quotetrack.ingest.html import declared_charset, extract_html, looks_like_html
from quotetrack.ingest.tables import TABLE_SUFFIXES, Row
from quotetrack.models import utcnow
from quotetrack.text.clean import looks_like_title
from quotetrack.text.sanitize import clean_field, strip_controls, web_url

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
# Feeds found in folders: .xml is left out there, since sitemaps and configs share the suffix.
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | frozenset(TABLE_SUFFIXES) | {".rss", ".atom"}
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Source:
    """One article as read: its raw text and where it came from."""

    location: str  # the path, URL or export record as the user gave it
    raw_text: str
    raw_sha256: str  # of the original bytes
    retrieved_at: datetime
    url: str | None = None
    outlet: str | None = None
    # What the source says about itself (page metadata, export columns, feed entry); it wins
    # over what quotetrack.text.prepare reads from the text.
    title: str | None = None
    author: str | None = None
    published: date | None = None
    content_type: str = "text/plain"
    encoding: str | None = None
    raw_size: int = 0
    archive: bytes = b""  # the original bytes, zlib-compressed

    def __post_init__(self) -> None:
        # Every way in (file, page, feed entry, export record, upload) builds a Source, so this is
        # where metadata is made safe: no control characters (they break XML feeds), and only an
        # absolute http(s) URL is kept as the article's URL (a page's own `javascript:` canonical
        # link is dropped; export records with one are refused earlier, in tables.py).
        for name in ("title", "author", "outlet"):
            object.__setattr__(self, name, clean_field(getattr(self, name)))
        object.__setattr__(self, "url", web_url(self.url))
        text = self.raw_text.replace("\x0b", "\n").replace("\x0c", "\n")  # vertical tab, form feed: line breaks
        object.__setattr__(self, "raw_text", strip_controls(text))


def discover(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Article files under `paths`: files as given, folders recursively, in a stable order. A
    link whose target is gone (or loops), a named pipe or a device is yielded too, so that
    reading it reports it."""
    for p in map(Path, paths):
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                wanted = child.suffix.lower() in ARTICLE_SUFFIXES and not child.name.startswith(".")
                # Not only regular files: a named pipe or a device named like an article is
                # yielded too, so that reading it reports it rather than skipping it silently.
                if wanted and not child.is_dir():
                    yield child
        else:
            yield p


def refuse_special(location: str, mode: int) -> None:
    """IngestError for anything but a regular file: reading a named pipe would wait for a writer,
    a device could be read forever."""
    if stat.S_ISREG(mode):
        return
    kind = (
        "a named pipe"
        if stat.S_ISFIFO(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "not a file"
    )
    raise IngestError(location, f"cannot read: {kind}, not a regular file (nothing was read from it)")


def is_feed_file(path: Path) -> bool:
    return path.suffix.lower() in FEED_SUFFIXES


def decode_bytes(data: bytes, location: str) -> str:
    """UTF-8 (with or without BOM), else the detected legacy encoding; binary data is refused."""
    return decode(data, location)[0]


def source_from_bytes(
    data: bytes,
    *,
    location: str,
    max_bytes: int,
    content_type: str | None = None,
    charset: str | None = None,
    url: str | None = None,
    retrieved_at: datetime | None = None,
    entry: FeedEntry | None = None,
) -> Source:
    """An article from its bytes (a file, a download, an upload); HTML is reduced to its main text."""
    if len(data) > max_bytes:
        raise IngestError(location, f"file is {len(data):,} bytes, over the limit of {max_bytes:,}")
    if not data.strip():
        raise IngestError(location, "the file is empty")
    retrieved_at = retrieved_at or utcnow()
    is_html = content_type in HTML_TYPES
    text, encoding = decode(data, location, declared=charset or (declared_charset(data) if is_html else None))
    if not is_html and content_type in (None, "text/plain") and looks_like_html(text):
        is_html = True
    archived = partial(
        Source,
        location=location,
        raw_sha256=hashlib.sha256(data).hexdigest(),
        retrieved_at=retrieved_at,
        encoding=encoding,
        raw_size=len(data),
        archive=zlib.compress(data, 6),
    )
    if is_html:
        page = extract_html(text, location=location, url=url, retrieved=retrieved_at)
        return archived(
            raw_text=page.text,
            url=page.url or url,
            outlet=page.site_name or (entry.feed_title if entry else None),
            title=page.title or (entry.title if entry else None),
            author=page.author or (entry.author if entry else None),
            published=page.published or (entry.published if entry else None),
            content_type="text/html",
        )
    if not text.strip():
        raise IngestError(location, "the file is empty")
    if _ENTITY.search(text):
        text = html_entities.unescape(text)  # scraped text often keeps &quot; and &amp;
    return archived(
        raw_text=text,
        url=url,
        title=entry.title if entry else None,
        author=entry.author if entry else None,
        published=entry.published if entry else None,
        content_type=content_type or "text/plain",
    )


def read_source(path: Path, *, max_bytes: int) -> Source:
    """Read one article file (.txt or HTML); raises IngestError with the reason when it cannot be used."""
    location = str(path)
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer; it is refused just below.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise IngestError(location, f"cannot read: {exc.strerror or exc}") from exc
    with open(fd, "rb") as file:
        try:
            refuse_special(location, os.fstat(fd).st_mode)
            size = os.fstat(fd).st_size
            if size > max_bytes:
                raise IngestError(location, f"file is {size:,} bytes, over the limit of {max_bytes:,}")
            data = file.read(max_bytes + 1)
        except OSError as exc:
            raise IngestError(location, f"cannot read: {exc.strerror or exc}") from exc
    content_type = "text/html" if path.suffix.lower() in HTML_SUFFIXES else None
    return source_from_bytes(data, location=location, max_bytes=max_bytes, content_type=content_type)


def fetch_source(
    url: str, *, max_bytes: int, limits: FetchLimits | None = None, entry: FeedEntry | None = None
) -> Source:
    """Fetch an article page; a feed, PDF or image at the URL is refused with what it is."""
    got = fetch(url, limits=replace(limits or FetchLimits(), max_bytes=max_bytes))
    if got.content_type in FEED_TYPES - {"application/xml", "text/xml"}:
        raise IngestError(url, f"this URL is a feed ({got.content_type}); pass it with --feed")
    if not (got.content_type.startswith("text/") or got.content_type in HTML_TYPES or got.content_type in FEED_TYPES):
        raise IngestError(url, f"not an article page: the server sent {got.content_type}")
    content_type = "text/html" if got.content_type in HTML_TYPES else None
    return source_from_bytes(
        got.data,
        location=url,
        max_bytes=max_bytes,
        content_type=content_type,
        charset=got.charset,
        url=got.final_url,
        retrieved_at=got.retrieved_at,
        entry=entry,
    )


def _opens_with_a_headline(text: str, title: str) -> bool:
    """Whether an export's text opens with its own headline: the title column's words ("X |
    Liputan6.com" for X, a trailing space dropped), or a line text preparation reads as one. The
    title column then goes with the metadata only: put before the text too, the headline would be
    read as the article's first paragraph ("Ini Respons Artidjo Alkostar" gave him a post)."""
    lines = text.lstrip().split("\n")
    first = lines[0].strip()
    if not first:
        return False
    if title.strip().casefold() in first.casefold() or first.casefold() in title.casefold():
        return True
    return looks_like_title(lines, 0)


def row_source(row: Row, *, max_bytes: int) -> Source:
    """An export record: its text column (plain text or HTML) and its metadata columns."""
    data = row.text.encode("utf-8")
    if len(data) > max_bytes:
        raise IngestError(row.location, f"text is {len(data):,} bytes, over the limit of {max_bytes:,}")
    retrieved_at = utcnow()
    if looks_like_html(row.text):
        page = extract_html(row.text, location=row.location, url=row.url, retrieved=retrieved_at)
        text, title, author, published = page.text, page.title, page.author, page.published
        url, outlet = page.url or row.url, page.site_name
    else:
        text = html_entities.unescape(row.text) if _ENTITY.search(row.text) else row.text
        title = author = published = url = outlet = None
        if row.title and not _opens_with_a_headline(text, row.title):
            text = f"{row.title}\n\n{text}"  # the title goes first, as in an article file
    if not text.strip():
        raise IngestError(row.location, "the text column is empty")
    return Source(
        location=row.location,
        raw_text=text,
        raw_sha256=hashlib.sha256(row.raw).hexdigest(),
        retrieved_at=retrieved_at,
        url=row.url or url,
        outlet=row.outlet or outlet,
        title=row.title or title,
        author=row.author or author,
        published=row.published or published,
        content_type=row.content_type,
        encoding="utf-8",
        raw_size=len(row.raw),
        archive=zlib.compress(row.raw, 6),
    )
