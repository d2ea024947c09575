"""RSS and Atom feeds: the articles they link to, with what each entry says about its article."""

from __future__ import annotations

import calendar
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin
from xml.sax import SAXParseException

from quotetrack.errors import IngestError

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+json",
    }
)

# The Accept header of a feed request: any feed type, else whatever the server has.
FEED_ACCEPT = ", ".join(sorted(FEED_TYPES)) + ", */*;q=0.5"


@dataclass(frozen=True, slots=True)
class FeedEntry:
    link: str
    title: str | None = None
    author: str | None = None
    published: date | None = None
    feed_title: str | None = None


def _entry_date(entry: dict) -> date | None:
    """The date as the outlet wrote it (its own UTC offset), not shifted to UTC."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parsedate_to_datetime(raw).date()  # RSS: "Fri, 31 May 2024 05:00:00 +0700"
        except (TypeError, ValueError):
            pass
        try:
            return datetime.fromisoformat(raw.replace("Z", "+00:00")).date()  # Atom
        except ValueError:
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC).date()
    return None


def parse_feed(
    data: bytes, location: str, *, base_url: str | None = None, problems: list[IngestError] | None = None
) -> list[FeedEntry]:
    """Entries of an RSS/Atom document; IngestError when it is not a feed or links to nothing.

    A feed that is not well-formed XML (cut short by a failed download, say) is "malformed":
    an error when no entry could be read, else the entries read and the error in `problems`.
    """
    import feedparser

    if not data.strip():
        raise IngestError(location, "the feed is empty")
    # A stream, never a string: feedparser fetches a string that looks like a URL.
    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": base_url} if base_url else None)
    version = parsed.get("version") or ""
    if not version:
        problem = parsed.get("bozo_exception")
        detail = f": {problem}" if problem else ""
        raise IngestError(location, f"not an RSS or Atom feed (not XML a feed reader understands){detail}")
    feed_title = (parsed.feed.get("title") or "").strip() or None
    entries, linkless = [], 0
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if not link:
            linkless += 1
            continue
        entries.append(
            FeedEntry(
                link=urljoin(base_url or "", link),
                title=(entry.get("title") or "").strip() or None,
                author=(entry.get("author") or "").strip() or None,
                published=_entry_date(entry),
                feed_title=feed_title,
            )
        )
    problem = parsed.get("bozo_exception")
    if isinstance(problem, SAXParseException):  # feedparser also flags harmless things, like a wrong charset
        where = f"line {problem.getLineNumber()}, column {problem.getColumnNumber()}"
        malformed = IngestError(
            location,
            f"malformed feed: not well-formed XML ({problem.getMessage()} at {where}); cut short?"
            f" {len(entries)} entries read before it",
        )
        if not entries:
            raise malformed
        if problems is not None:
            problems.append(malformed)
    if not entries:
        why = f"{linkless} entries without a link" if linkless else "no entries"
        raise IngestError(location, f"the feed has nothing to fetch ({why})")
    return entries
