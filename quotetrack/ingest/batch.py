"""A batch's inputs (files, folders, URLs, feeds, exports) planned as one item per article.

Planning reads exports and fetches feeds in the calling process; `read_item` is what a worker
process does with one item, so the slow part (fetching a page, parsing HTML) runs in parallel.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from quotetrack.errors import IngestError
from quotetrack.ingest.feeds import FEED_ACCEPT, FeedEntry, parse_feed
from quotetrack.ingest.fetch import FetchLimits, fetch, is_url
from quotetrack.ingest.sources import (
    Source,
    discover,
    fetch_source,
    is_feed_file,
    read_source,
    refuse_special,
    row_source,
)
from quotetrack.ingest.tables import TABLE_SUFFIXES, Row, TableOptions, read_table


@dataclass(frozen=True, slots=True)
class Item:
    """One article to read: a file, a URL (maybe from a feed entry) or an export record."""

    kind: str  # "file" | "url" | "row"
    location: str
    row: Row | None = None
    entry: FeedEntry | None = None


def read_item(item: Item, *, max_bytes: int, limits: FetchLimits | None = None) -> Source:
    """The item's Source; raises IngestError with the reason when it cannot be read."""
    if item.kind == "row" and item.row is not None:
        return row_source(item.row, max_bytes=max_bytes)
    if item.kind == "url":
        return fetch_source(item.location, max_bytes=max_bytes, limits=limits, entry=item.entry)
    return read_source(Path(item.location), max_bytes=max_bytes)


def _feed_items(feed: str, *, max_bytes: int, limits: FetchLimits) -> Iterator[Item | IngestError]:
    problems: list[IngestError] = []
    try:
        if is_url(feed):
            got = fetch(feed, limits=replace(limits, max_bytes=max_bytes), accept=FEED_ACCEPT)
            entries = parse_feed(got.data, feed, base_url=got.final_url, problems=problems)
        else:
            path = Path(feed)
            size = path.stat().st_size
            if size > max_bytes:
                raise IngestError(feed, f"file is {size:,} bytes, over the limit of {max_bytes:,}")
            entries = parse_feed(path.read_bytes(), feed, problems=problems)
    except IngestError as exc:
        yield exc
        return
    except OSError as exc:
        yield IngestError(feed, f"cannot read: {exc.strerror or exc}")
        return
    except Exception as exc:  # a parser bug on odd input must not end the batch
        yield IngestError(feed, f"cannot read the feed: {type(exc).__name__}: {exc}")
        return
    yield from problems
    for entry in entries:
        yield Item("url", entry.link, entry=entry)


def _guarded(location: str, items: Iterable[Item | IngestError]) -> Iterator[Item | IngestError]:
    """The items of one input; whatever goes wrong reading it is an error for that input alone."""
    try:
        yield from items
    except IngestError as exc:
        yield exc
    except Exception as exc:
        yield IngestError(location, f"cannot read: {type(exc).__name__}: {exc}")


def _file_items(
    path: Path, *, tables: TableOptions, forced: bool, max_bytes: int, limits: FetchLimits
) -> Iterator[Item | IngestError]:
    with contextlib.suppress(OSError):  # a link whose target is gone: reading it says so
        refuse_special(str(path), path.stat().st_mode)
    if (forced and tables.format) or path.suffix.lower() in TABLE_SUFFIXES:
        for row in read_table(path, tables, max_row_bytes=max_bytes):
            yield row if isinstance(row, IngestError) else Item("row", row.location, row=row)
    elif is_feed_file(path):
        yield from _feed_items(str(path), max_bytes=max_bytes, limits=limits)
    else:
        yield Item("file", str(path))


def plan(
    inputs: Iterable[str | Path],
    *,
    feeds: Iterable[str] = (),
    tables: TableOptions = TableOptions(),
    limits: FetchLimits = FetchLimits(),
    max_bytes: int,
) -> Iterator[Item | IngestError]:
    """Every article of the inputs once, in order; inputs that cannot be planned come as errors."""
    seen: set[str] = set()

    def once(items: Iterable[Item | IngestError]) -> Iterator[Item | IngestError]:
        for item in items:
            if isinstance(item, IngestError):
                yield item
            elif item.location not in seen:
                seen.add(item.location)
                yield item

    for value in inputs:
        text = str(value)
        if is_url(text):
            yield from once([Item("url", text)])
            continue
        path = Path(text)
        if not path.exists():
            yield IngestError(text, "no such file or folder")
            continue
        forced = not path.is_dir()
        for file in discover([path]):
            file_items = _file_items(file, tables=tables, forced=forced, max_bytes=max_bytes, limits=limits)
            yield from once(_guarded(str(file), file_items))
    for feed in feeds:
        yield from once(_feed_items(feed, max_bytes=max_bytes, limits=limits))
