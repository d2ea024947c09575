"""Watched sources: the feeds and listing pages `quotetrack watch` polls, their poll state, and the
article addresses each has listed. The CLI, the editors' page and the watcher write through here."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from quotetrack.errors import Conflict, QueryError
from quotetrack.ingest.fetch import Validators
from quotetrack.models import ArticleVersion, SourceDocument, WatchedEntry, WatchedSource, WatchedSourcePublic, utcnow
from quotetrack.text.sanitize import clean_field, web_url

SourceKind = Literal["feed", "page"]
KINDS: tuple[SourceKind, ...] = ("feed", "page")
PollStatus = Literal["ok", "not-modified", "robots", "error"]
MIN_EVERY_SECONDS = 60  # polling a site more often than once a minute is not polite
MAX_EVERY_SECONDS = 7 * 24 * 3600
RATE_WINDOW = timedelta(days=7)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_INTERVAL = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$", re.IGNORECASE)
_CHUNK = 500  # addresses per IN (...) query


def parse_every(text: str) -> int:
    """Seconds in an interval like "15m", "90s", "2h", "1d" or "600"; QueryError otherwise."""
    match = _INTERVAL.match(text or "")
    if not match:
        raise QueryError(f"not an interval: {text!r} (write e.g. 15m, 2h, 1d or 90s)")
    return int(match.group(1)) * _UNITS[(match.group(2) or "s").lower()]


def format_every(seconds: int) -> str:
    """The shortest exact spelling: 900 -> "15m", 7200 -> "2h", 90 -> "90s"."""
    for unit in ("d", "h", "m"):
        if seconds % _UNITS[unit] == 0:
            return f"{seconds // _UNITS[unit]}{unit}"
    return f"{seconds}s"


def add_source(
    *, session: Session, url: str, kind: str = "feed", every_seconds: int = 900, outlet: str | None = None
) -> WatchedSource:
    """A new source, due at once; QueryError for a bad URL or schedule, Conflict when watched already."""
    address = web_url(url)
    if address is None or len(address) > 2000:
        raise QueryError(f"not an http:// or https:// address: {url.strip()[:200]!r}")
    if kind not in KINDS:
        raise QueryError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if not MIN_EVERY_SECONDS <= every_seconds <= MAX_EVERY_SECONDS:
        raise QueryError(f"poll every {MIN_EVERY_SECONDS} s to 7 days, not {every_seconds} s")
    if find_source(session=session, key=address) is not None:
        raise Conflict(f"already watched: {address}")
    source = WatchedSource(url=address, kind=kind, every_seconds=every_seconds, outlet=clean_field(outlet))
    session.add(source)
    session.flush()
    return source


def find_source(*, session: Session, key: int | str) -> WatchedSource | None:
    """The source with this id, or this URL (as given or as stored)."""
    if isinstance(key, int) or key.isdigit():
        return session.get(WatchedSource, int(key))
    address = web_url(key) or key
    return session.exec(select(WatchedSource).where(WatchedSource.url == address)).first()


def remove_source(*, session: Session, source_id: int) -> bool:
    """Stop watching a source and forget the addresses it listed; its articles stay."""
    source = session.get(WatchedSource, source_id)
    if source is None:
        return False
    session.execute(sa.delete(WatchedEntry).where(col(WatchedEntry.source_id) == source_id))
    session.delete(source)
    session.flush()
    return True


def set_enabled(*, session: Session, source_id: int, enabled: bool) -> WatchedSource | None:
    """Pause or resume a source; a resumed one is due at once, with its failures forgiven."""
    source = session.get(WatchedSource, source_id)
    if source is None:
        return None
    if enabled and not source.enabled:
        source.next_poll_at = utcnow()
        source.failures = 0
    source.enabled = enabled
    session.add(source)
    session.flush()
    return source


def due_sources(*, session: Session, now: datetime, limit: int = 100) -> list[WatchedSource]:
    """Enabled sources whose next poll time has come, the longest waiting first."""
    return list(
        session.exec(
            select(WatchedSource)
            .where(col(WatchedSource.enabled).is_(True), WatchedSource.next_poll_at <= now)
            .order_by(col(WatchedSource.next_poll_at), col(WatchedSource.id))
            .limit(limit)
        )
    )


def next_due(*, session: Session) -> datetime | None:
    """When the next enabled source is due (None: nothing to watch)."""
    return session.exec(select(func.min(WatchedSource.next_poll_at)).where(col(WatchedSource.enabled).is_(True))).one()


@dataclass(frozen=True, slots=True)
class PollOutcome:
    status: PollStatus
    new_articles: int = 0
    error: str | None = None
    validators: Validators | None = None  # None: keep the stored ones
    retry_after: int | None = None  # seconds the server asked us to wait (Retry-After on a 429 or 503)


def finish_poll(
    *, session: Session, source: WatchedSource, outcome: PollOutcome, polled_at: datetime, next_poll_at: datetime
) -> None:
    """Record how a poll went and when the next one is due (the caller commits)."""
    source.last_polled_at = polled_at
    source.last_status = outcome.status
    source.last_new = outcome.new_articles
    source.last_error = outcome.error[:2000] if outcome.error else None
    source.failures = source.failures + 1 if outcome.status == "error" else 0
    if outcome.validators is not None:
        source.etag = outcome.validators.etag
        source.last_modified = outcome.validators.last_modified
    source.next_poll_at = next_poll_at
    session.add(source)
    session.flush()


def handled_urls(*, session: Session, source_id: int, urls: Sequence[str]) -> set[str]:
    """Which of `urls` this source listed before and were handled then."""
    handled: set[str] = set()
    for i in range(0, len(urls), _CHUNK):
        handled.update(
            session.exec(
                select(WatchedEntry.url).where(
                    WatchedEntry.source_id == source_id, col(WatchedEntry.url).in_(urls[i : i + _CHUNK])
                )
            )
        )
    return handled


def stored_articles(*, session: Session, urls: Sequence[str]) -> dict[str, int]:
    """address -> the newest article stored from it (its archived source's location)."""
    found: dict[str, int] = {}
    for i in range(0, len(urls), _CHUNK):
        rows = session.exec(
            select(SourceDocument.location, ArticleVersion.article_id)
            .join(ArticleVersion, col(ArticleVersion.source_id) == SourceDocument.id)
            .where(col(SourceDocument.location).in_(urls[i : i + _CHUNK]))
            .order_by(col(ArticleVersion.id))
        )
        found.update((location, article_id) for location, article_id in rows)  # the newest version wins
    return found


def record_entries(
    *, session: Session, source_id: int, entries: Iterable[tuple[str, int | None]], seen_at: datetime
) -> None:
    """Mark addresses as handled for this source (article None: its text was stored from elsewhere)."""
    for url, article_id in entries:
        session.add(WatchedEntry(source_id=source_id, url=url, article_id=article_id, seen_at=seen_at))
    session.flush()


def list_sources(*, session: Session, now: datetime | None = None, limit: int = 500) -> list[WatchedSourcePublic]:
    """Every source, the most recently added last, with its articles and articles per day."""
    now = now or utcnow()
    since = now - RATE_WINDOW
    total = func.count(col(WatchedEntry.article_id))
    recent = func.count(sa.case((col(WatchedEntry.seen_at) >= since, WatchedEntry.article_id)))
    counts: dict[int | None, tuple[int, int]] = {
        source_id: (all_time, last_week)
        for source_id, all_time, last_week in session.exec(
            select(WatchedEntry.source_id, total, recent).group_by(col(WatchedEntry.source_id))
        )
    }
    rows = []
    for source in session.exec(select(WatchedSource).order_by(col(WatchedSource.id)).limit(limit)):
        all_time, last_week = counts.get(source.id, (0, 0))
        days = min(RATE_WINDOW, max(timedelta(days=1), now - source.created_at)) / timedelta(days=1)
        rows.append(
            WatchedSourcePublic.model_validate(
                source, update={"articles": all_time, "articles_per_day": round(last_week / days, 1)}
            )
        )
    return rows
