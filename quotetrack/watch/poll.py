"""One poll of one watched source: robots.txt, a conditional GET, its new article addresses
through the normal ingest path, and its state recorded for the next poll.

Addresses a source listed are fetched once: those handled are recorded per source, and an
address whose article is already archived (stored by an earlier poll that was killed before
recording it, or by `quotetrack ingest`) is recorded without fetching it again. The source's
ETag and Last-Modified are kept only when every new address was handled, so a failed article
is tried again at the next poll instead of hiding behind a 304.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.errors import HttpStatusError, IngestError
from quotetrack.ingest import FetchLimits, Item, fetch
from quotetrack.ingest.feeds import FEED_ACCEPT, parse_feed
from quotetrack.ingest.fetch import Fetched, Validators
from quotetrack.ingest.listing import article_links
from quotetrack.ingest.robots import RobotsCache
from quotetrack.models import WatchedSource, utcnow
from quotetrack.pipeline import IngestReport, ingest_items
from quotetrack.store import watched
from quotetrack.store.watched import PollOutcome
from quotetrack.watch.schedule import RETRY_AFTER_STATUSES, HostPacer, retry_after_seconds, retry_delay

log = logging.getLogger("quotetrack.watch")

MAX_URL = 2000  # characters of an address the database keeps (watchedentry.url)
# Called with the engine after a poll stored articles (alert delivery: alerts.deliver.deliver_pending).
AfterStore = Callable[[sa.Engine], object]


@dataclass(frozen=True, slots=True)
class WatchOptions:
    limits: FetchLimits = FetchLimits()
    max_bytes: int = 20 * 1024 * 1024  # largest feed, listing page or article
    host_spacing: float = 2.0  # seconds between two requests to one host
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class PollReport:
    """How one poll went, as logged."""

    source_id: int
    url: str
    outcome: PollOutcome
    seconds: float
    article_ids: list[int]
    stopped: bool = False  # cut short by a stop request; the rest waits for the next poll


def _failed(exc: IngestError) -> PollOutcome:
    """A failed poll; a 429 or 503 with Retry-After says when the server wants to be asked again."""
    if not isinstance(exc, HttpStatusError) or exc.status not in RETRY_AFTER_STATUSES:
        return PollOutcome("error", error=exc.reason)
    wait = retry_after_seconds(exc.retry_after, now=utcnow())
    if wait is None:
        return PollOutcome("error", error=exc.reason)
    return PollOutcome("error", error=f"{exc.reason} (Retry-After: {wait} s)", retry_after=wait)


@dataclass(frozen=True, slots=True)
class _Listed:
    items: list[Item]
    validators: Validators
    problem: str | None = None  # the feed was read only in part


class Watcher:
    """Polls sources for one `watch` process: robots.txt rules and host spacing live as long as it."""

    def __init__(
        self,
        *,
        engine: sa.Engine,
        options: WatchOptions,
        stop: threading.Event,
        after_store: AfterStore | None = None,
    ) -> None:
        self.engine = engine
        self.options = options
        self.stop = stop
        self.after_store = after_store
        self.pacer = HostPacer(spacing=options.host_spacing, stop=stop)
        self.robots = RobotsCache(limits=options.limits)

    def poll(self, source_id: int) -> PollReport | None:
        """Poll one source and record the outcome (committed); None when it no longer exists or a
        stop request came before its first request."""
        with Session(self.engine) as session:
            source = session.get(WatchedSource, source_id)
            if source is None:
                return None
            session.expunge(source)
        started, polled_at = time.monotonic(), utcnow()
        article_ids: list[int] = []
        stopped = False
        try:
            polled = self._poll(source)
            if polled is None:  # stopped before its first request: it stays due
                return None
            outcome, article_ids, stopped = polled
        except IngestError as exc:
            outcome = _failed(exc)
        except Exception as exc:  # a bug on odd input must not stop the watcher or the other sources
            log.exception("poll of %s failed", source.url)
            outcome = PollOutcome("error", error=f"{type(exc).__name__}: {exc}")
        report = PollReport(source.id or 0, source.url, outcome, time.monotonic() - started, article_ids, stopped)
        self._record(source, report, polled_at)
        if article_ids and self.after_store is not None:
            self._deliver(article_ids)
        return report

    def _poll(self, source: WatchedSource) -> tuple[PollOutcome, list[int], bool] | None:
        rules = self.robots.rules(source.url, before_fetch=self._pace)
        if not rules.allows(source.url):
            return PollOutcome("robots", error=rules.problem or "robots.txt disallows this address"), [], False
        if not self.pacer.wait(source.url, crawl_delay=rules.crawl_delay()):
            return None
        got = fetch(
            source.url,
            limits=replace(self.options.limits, max_bytes=self.options.max_bytes),
            accept=FEED_ACCEPT if source.kind == "feed" else "text/html,*/*;q=0.8",
            validators=Validators(source.etag, source.last_modified),
        )
        if got.not_modified:
            return PollOutcome("not-modified"), [], False
        listed = self._listed(source, got)
        return self._ingest_new(source, listed)

    def _listed(self, source: WatchedSource, got: Fetched) -> _Listed:
        if source.kind == "page":
            links = article_links(got.data, got.final_url, location=source.url)
            return _Listed([Item("url", link) for link in links], got.validators)
        problems: list[IngestError] = []
        entries = parse_feed(got.data, source.url, base_url=got.final_url, problems=problems)
        items = list({e.link: Item("url", e.link, entry=e) for e in entries}.values())
        return _Listed(items, got.validators, problems[0].reason if problems else None)

    def _ingest_new(self, source: WatchedSource, listed: _Listed) -> tuple[PollOutcome, list[int], bool]:
        source_id = source.id or 0
        # An address too long to record as handled would be fetched at every poll: skipped, and said so.
        too_long = sum(len(item.location) > MAX_URL for item in listed.items)
        listed = replace(listed, items=[item for item in listed.items if len(item.location) <= MAX_URL])
        urls = [item.location for item in listed.items]
        with Session(self.engine) as session:
            handled = watched.handled_urls(session=session, source_id=source_id, urls=urls)
            fresh = [item for item in listed.items if item.location not in handled]
            # Stored already (a poll killed before it recorded them, or another ingest): no fetch.
            stored = watched.stored_articles(session=session, urls=[item.location for item in fresh])
            if stored:
                found = [(item.location, stored[item.location]) for item in fresh if item.location in stored]
                watched.record_entries(session=session, source_id=source_id, entries=found, seen_at=utcnow())
                session.commit()
        todo = [item for item in fresh if item.location not in stored]
        allowed = [item for item in todo if self._robots_allow(item.location)]
        report, reached, stopped = self._ingest(source, allowed)
        failed = {e.source for e in report.errors}
        done = [url for url in reached if url not in failed]
        with Session(self.engine) as session:
            new_ids = watched.stored_articles(session=session, urls=done)
            entries = [(url, new_ids.get(url)) for url in done]
            watched.record_entries(session=session, source_id=source_id, entries=entries, seen_at=utcnow())
            session.commit()
        problems = [f"{e.source}: {e.reason}" for e in report.errors]
        if listed.problem:
            problems.insert(0, listed.problem)
        if too_long:
            problems.append(f"{too_long} addresses over {MAX_URL} characters skipped")
        if len(allowed) < len(todo):
            problems.append(f"{len(todo) - len(allowed)} addresses disallowed by robots.txt")
        complete = not stopped and not report.errors and not listed.problem
        outcome = PollOutcome(
            "ok",
            new_articles=report.articles,
            error="; ".join(problems) if problems else None,
            validators=listed.validators if complete else Validators(),
        )
        article_ids = sorted({new_ids[url] for url in done if url in new_ids})
        return outcome, article_ids if report.articles else [], stopped

    def _ingest(self, source: WatchedSource, items: list[Item]) -> tuple[IngestReport, list[str], bool]:
        """Ingest `items` one by one, each after its host's turn; stops early on a stop request."""
        if not items:
            return IngestReport(), [], False
        reached: list[str] = []
        stopped = False

        def before_read(item: Item) -> bool:
            nonlocal stopped
            stopped = not self.pacer.wait(item.location, crawl_delay=self.robots.rules(item.location).crawl_delay())
            return not stopped

        report = ingest_items(
            items,
            engine=self.engine,
            max_bytes=self.options.max_bytes,
            lang=self.options.lang,
            limits=self.options.limits,
            outlet=source.outlet,
            before_read=before_read,
            on_item=reached.append,
        )
        return report, reached, stopped

    def _robots_allow(self, url: str) -> bool:
        try:
            return self.robots.rules(url, before_fetch=self._pace).allows(url)
        except IngestError:
            return False  # its robots.txt is refused (a private address): so would the article be

    def _pace(self, url: str) -> None:
        self.pacer.wait(url)

    def _record(self, source: WatchedSource, report: PollReport, polled_at: datetime) -> None:
        outcome = report.outcome
        failures = source.failures + 1 if outcome.status == "error" else 0
        # Cut short by a stop request: due again at once, so the next run finishes it. A server
        # that said when to come back is not asked before then (the backoff may wait longer).
        delay = 0 if report.stopped else retry_delay(failures=failures, every_seconds=source.every_seconds)
        if outcome.retry_after is not None:
            delay = max(delay, outcome.retry_after)
        with Session(self.engine) as session:
            current = session.get(WatchedSource, source.id)
            if current is None:  # removed while it was polled
                return
            watched.finish_poll(
                session=session,
                source=current,
                outcome=outcome,
                polled_at=polled_at,
                next_poll_at=utcnow() + timedelta(seconds=delay),
            )
            session.commit()

    def _deliver(self, article_ids: list[int]) -> None:
        assert self.after_store is not None
        try:
            self.after_store(self.engine)
        except Exception as exc:  # what was not sent waits in the outbox; watching goes on
            log.warning("alerts not delivered after %d new articles: %s: %s", len(article_ids), type(exc).__name__, exc)
