"""robots.txt, read once per host and kept for a while, asked before every fetch a watcher makes.

Follows RFC 9309: a robots.txt that is missing (any 4xx) allows everything; one that cannot be
reached (5xx, timeout, refused connection) disallows everything until it is read again, since
the site may be struggling. Fetched through ingest.fetch, so the same private-address refusal,
timeouts and size limit apply.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from protego import Protego

from quotetrack.errors import AddressRefused, HttpStatusError, IngestError
from quotetrack.ingest.fetch import FetchLimits, fetch

AGENT = "QuoteTrack"  # the product token robots.txt groups are matched against
MAX_ROBOTS_BYTES = 500 * 1024  # RFC 9309: crawlers must read at least 500 KiB
KEEP_SECONDS = 24 * 3600  # RFC 9309: a cached robots.txt should not be used for more than 24 hours
UNREACHABLE_SECONDS = 15 * 60  # an unreachable robots.txt is tried again sooner


@dataclass(frozen=True, slots=True)
class Rules:
    """One host's robots.txt as read at `read_at`; `parser` None means allow all or deny all."""

    read_at: float
    allow_all: bool = False
    parser: Protego | None = None
    problem: str | None = None  # why everything is disallowed (an unreachable robots.txt)

    def allows(self, url: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return bool(self.parser.can_fetch(url, AGENT))

    def crawl_delay(self) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(AGENT)
        return float(delay) if delay is not None else None


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class RobotsCache:
    """robots.txt rules per origin (scheme, host, port), each read at most once a day."""

    def __init__(self, *, limits: FetchLimits, clock: Callable[[], float] = time.monotonic) -> None:
        self._limits = replace(limits, max_bytes=MAX_ROBOTS_BYTES)
        self._clock = clock
        self._rules: dict[str, Rules] = {}

    def rules(self, url: str, *, before_fetch: Callable[[str], None] | None = None) -> Rules:
        """The rules for `url`'s origin; robots.txt is fetched when not known or too old.

        `before_fetch` gets the robots.txt URL before it is fetched (for per-host spacing).
        """
        key = origin(url)
        now = self._clock()
        known = self._rules.get(key)
        keep = UNREACHABLE_SECONDS if known and known.problem else KEEP_SECONDS
        if known is not None and now - known.read_at < keep:
            return known
        robots_url = f"{key}/robots.txt"
        if before_fetch is not None:
            before_fetch(robots_url)
        rules = self._read(robots_url, now)
        self._rules[key] = rules
        return rules

    def _read(self, robots_url: str, now: float) -> Rules:
        try:
            got = fetch(robots_url, limits=self._limits, accept="text/plain,*/*;q=0.5")
        except HttpStatusError as exc:
            if 400 <= exc.status < 500:
                return Rules(read_at=now, allow_all=True)
            return Rules(read_at=now, problem=f"robots.txt unreachable ({exc.reason})")
        except AddressRefused:
            raise  # the fetch it guards is refused for the same reason; say that, not "unreachable"
        except IngestError as exc:
            return Rules(read_at=now, problem=f"robots.txt unreachable ({exc.reason})")
        return Rules(read_at=now, parser=Protego.parse(got.data.decode("utf-8", "replace")))
