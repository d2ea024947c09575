"""When to poll: backoff after failures, spacing per host (intervals are read in store.watched)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

MAX_BACKOFF_SECONDS = 24 * 3600
MAX_CRAWL_DELAY = 60.0  # a robots.txt Crawl-delay above this is capped, or one page could stall a pass


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
