"""The `watch` loop: poll the due sources, one line of log each, then sleep until the next is due.

Sources added meanwhile (from the CLI or the editors' page) are seen within MAX_SLEEP seconds.
A stop request (SIGTERM, Ctrl-C) ends the loop between two polls, or between two articles of a
poll, which the next run then finishes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.models import utcnow
from quotetrack.store import watched
from quotetrack.store.db import first_line
from quotetrack.watch.poll import AfterStore, PollReport, Watcher, WatchOptions

log = logging.getLogger("quotetrack.watch")
MAX_SLEEP = 30.0  # seconds between two looks at the schedule when nothing is due sooner
MIN_SLEEP = 0.5
BATCH = 100  # due sources read at a time
RETRY_SECONDS = 30.0  # wait after the database could not be reached


@dataclass
class PassTotals:
    polls: int = 0
    articles: int = 0
    errors: int = 0


def log_poll(report: PollReport) -> None:
    outcome = report.outcome
    line = (
        f"poll source={report.source_id} url={report.url} status={outcome.status}"
        f" new={outcome.new_articles} seconds={report.seconds:.2f}"
    )
    if report.stopped:
        line += " stopped=yes"
    if outcome.error:
        line += f" error={outcome.error[:500]!r}"
    (log.warning if outcome.status == "error" else log.info)(line)


def poll_due(watcher: Watcher, *, on_poll: Callable[[PollReport], None] = log_poll) -> PassTotals:
    """One pass: every source due now, the longest waiting first, until a stop request. Sources
    are read BATCH at a time; each poll moves its source's next poll time past now."""
    totals = PassTotals()
    started = utcnow()
    while not watcher.stop.is_set():
        with Session(watcher.engine) as session:
            due = [s.id for s in watched.due_sources(session=session, now=started, limit=BATCH) if s.id is not None]
        for source_id in due:
            if watcher.stop.is_set():
                break
            report = watcher.poll(source_id)
            if report is None:
                continue
            on_poll(report)
            totals.polls += 1
            totals.articles += report.outcome.new_articles
            totals.errors += report.outcome.status == "error"
        if len(due) < BATCH:
            break
    return totals


def seconds_until_due(engine: sa.Engine) -> float:
    """How long the loop may sleep: until the next source is due, at most MAX_SLEEP."""
    with Session(engine) as session:
        due = watched.next_due(session=session)
    if due is None:
        return MAX_SLEEP
    return min(MAX_SLEEP, max(MIN_SLEEP, (due - utcnow()).total_seconds()))


def run_watch(
    engine: sa.Engine,
    *,
    options: WatchOptions,
    stop: threading.Event,
    once: bool = False,
    after_store: AfterStore | None = None,
) -> PassTotals:
    """Poll due sources until `stop` is set (or, with `once`, for one pass); the totals."""
    watcher = Watcher(engine=engine, options=options, stop=stop, after_store=after_store)
    totals = PassTotals()
    while not stop.is_set():
        try:
            done = poll_due(watcher)
            pause = seconds_until_due(engine)
        except sa.exc.OperationalError as exc:
            if once:
                raise
            # A database restart or failover: what was committed stands; wait and carry on.
            log.warning("database unavailable, trying again in %g s: %s", RETRY_SECONDS, first_line(exc))
            stop.wait(RETRY_SECONDS)
            continue
        totals.polls += done.polls
        totals.articles += done.articles
        totals.errors += done.errors
        if once:
            break
        stop.wait(pause)
    return totals
