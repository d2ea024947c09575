"""When to poll: backoff after failures, spacing per host (intervals are read in store.watched)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

MAX_BACKOFF_SECONDS = 24 * 3600
MAX_CRAWL_DELAY = 60.0  # a robots.txt Crawl-delay above this is capped, or one page could stall a pass


# Statuses whose Retry-After is a request to come back later (RFC 9110 10.2.3); elsewhere (a 3xx)
# it means something else.
RETRY_AFTER_STATUSES = frozenset({429, 503})


def retry_after_seconds(value: str | None, *, now: datetime) -> int | None:
    """Seconds a Retry-After header asks to wait: delay-seconds ("120") or an HTTP date, at most
    MAX_BACKOFF_SECONDS (a server asking for a month must not silence a source for a month; a
    day later it is asked again). None when absent or unreadable; 0 for a date gone by."""
    text = (value or "").strip()
    if not text:
        return None
    if text.isdigit():
        return min(int(text), MAX_BACKOFF_SECONDS)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # an HTTP date is GMT; a server that leaves the zone out means it too
        when = when.replace(tzinfo=UTC)
    return min(max(int((when - now).total_seconds() + 0.999), 0), MAX_BACKOFF_SECONDS)


def retry_delay(*, failures: int, every_seconds: int) -> int:
    """Seconds before polling again after `failures` failed polls in a row: the interval, doubled
    for each failure, at most a day (or the interval itself, if that is longer)."""
    if failures <= 0:
        return every_seconds
    return max(every_seconds, min(every_seconds * 2 ** min(failures, 20), MAX_BACKOFF_SECONDS))


class HostPacer:
    """At least `spacing` seconds between two requests to one host (more if its robots.txt asks),
    waiting on `stop` so a stop request cuts the wait short."""

    def __init__(self, *, spacing: float, stop: threading.Event, clock: Callable[[], float] = time.monotonic) -> None:
        self.spacing = spacing
        self._stop = stop
        self._clock = clock
        self._last: dict[str, float] = {}

    def wait(self, url: str, *, crawl_delay: float | None = None) -> bool:
        """Wait for `url`'s host's turn and take it; False (without taking it) when stopped."""
        host = (urlsplit(url).hostname or "").lower()
        gap = max(self.spacing, min(crawl_delay or 0.0, MAX_CRAWL_DELAY))
        last = self._last.get(host)
        if last is not None:
            remaining = last + gap - self._clock()
            if remaining > 0 and self._stop.wait(remaining):
                return False
        if self._stop.is_set():
            return False
        self._last[host] = self._clock()
        return True
