"""`quotetrack sources ...` (the list of watched feeds and listing pages) and `quotetrack watch`."""

from __future__ import annotations

import logging
import signal
import sys
import threading
import time
from typing import Annotated

import typer

from quotetrack.config import get_settings

sources_app = typer.Typer(help="Feeds and listing pages that `quotetrack watch` polls.", no_args_is_help=True)
SourceArg = Annotated[str, typer.Argument(help="The source's id or URL (see `quotetrack sources list`).")]


def _engine():
    from quotetrack.store.db import default_engine
    from quotetrack.store.migrate import upgrade

    engine = default_engine()
    upgrade(engine)
    return engine


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


@sources_app.command("add")
def sources_add(
    url: Annotated[str, typer.Argument(help="The feed's (or listing page's) http(s) address.")],
    every: Annotated[str, typer.Option(help="How often to poll it: 90s, 15m, 2h, 1d.")] = "15m",
    outlet: Annotated[str | None, typer.Option(help="File its articles under this outlet name.")] = None,
    kind: Annotated[str, typer.Option(help="feed (RSS/Atom) or page (an HTML page listing article links).")] = "feed",
) -> None:
    """Watch a feed or listing page; `quotetrack watch` polls it from now on."""
    from sqlmodel import Session

    from quotetrack.errors import Conflict, QueryError
    from quotetrack.store import watched
    from quotetrack.store.watched import parse_every

    with Session(_engine()) as session:
        try:
            source = watched.add_source(
                session=session, url=url, kind=kind, every_seconds=parse_every(every), outlet=outlet
            )
        except (QueryError, Conflict) as exc:
            raise _fail(str(exc), 2) from None
        session.commit()
        typer.echo(f"watching #{source.id} {source.url} ({source.kind}, every {every})")


@sources_app.command("list")
def sources_list() -> None:
    """Every watched source: schedule, last poll, last error, articles per day."""
    from sqlmodel import Session

    from quotetrack.store import watched
    from quotetrack.store.watched import format_every

    with Session(_engine()) as session:
        rows = watched.list_sources(session=session)
    if not rows:
        typer.echo("no sources watched: add one with `quotetrack sources add URL`")
        return
    for s in rows:
        polled = s.last_polled_at.strftime("%Y-%m-%d %H:%M") if s.last_polled_at else "never"
        state = "on" if s.enabled else "off"
        typer.echo(
            f"#{s.id} [{state}] {s.kind} every {format_every(s.every_seconds)} {s.url}\n"
            f"    outlet: {s.outlet or '-'}; last poll: {polled} {s.last_status or ''} (+{s.last_new});"
            f" next: {s.next_poll_at:%Y-%m-%d %H:%M}; failures in a row: {s.failures};"
            f" articles: {s.articles} ({s.articles_per_day:g} a day)"
        )
        if s.last_error:
            typer.echo(f"    last error: {s.last_error}")


@sources_app.command("remove")
def sources_remove(source: SourceArg) -> None:
    """Stop watching a source (its articles stay)."""
    from sqlmodel import Session

    from quotetrack.store import watched

    with Session(_engine()) as session:
        found = watched.find_source(session=session, key=source)
        if found is None or not watched.remove_source(session=session, source_id=found.id or 0):
            raise _fail(f"no watched source {source}", 1)
        session.commit()
    typer.echo(f"no longer watching {found.url}")


def _set_enabled(source: str, enabled: bool) -> None:
    from sqlmodel import Session

    from quotetrack.store import watched

    with Session(_engine()) as session:
        found = watched.find_source(session=session, key=source)
        if found is None:
            raise _fail(f"no watched source {source}", 1)
        watched.set_enabled(session=session, source_id=found.id or 0, enabled=enabled)
        session.commit()
        typer.echo(f"{'enabled' if enabled else 'disabled'} #{found.id} {found.url}")


@sources_app.command("enable")
def sources_enable(source: SourceArg) -> None:
    """Poll a disabled source again (at once)."""
    _set_enabled(source, True)


@sources_app.command("disable")
def sources_disable(source: SourceArg) -> None:
    """Stop polling a source but keep it, and its state, in the list."""
    _set_enabled(source, False)


def _log_to_stderr() -> None:
    """Watching's lines (and alert delivery's) to stderr, UTC-stamped: journald or `docker logs`."""
    handler = logging.StreamHandler(sys.stderr)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%dT%H:%M:%SZ")
    formatter.converter = time.gmtime
    handler.setFormatter(formatter)
    for name in ("quotetrack.watch", "quotetrack.alerts"):
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def watch(
    once: Annotated[bool, typer.Option("--once", help="One pass over the due sources, then exit.")] = False,
    host_spacing: Annotated[float, typer.Option(help="Seconds between two requests to one host.")] = 2.0,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a server to connect or send data.")] = 15.0,
    allow_private_addresses: Annotated[
        bool,
        typer.Option(
            "--allow-private-addresses",
            help="Fetch from private, loopback and link-local addresses (refused by default).",
        ),
    ] = False,
    lang: Annotated[str | None, typer.Option(help="Force the language (id or en) instead of detecting it.")] = None,
) -> None:
    """Poll the watched sources on their schedules and ingest their new articles; runs until stopped.

    Requests are conditional (ETag, Last-Modified), spaced per host, bounded by timeouts and the
    article size limit, and respect robots.txt; a failing source is polled less often. One log
    line per poll goes to stderr. After a poll that stored articles, the alerts they trigger are
    sent (as after `quotetrack ingest`). SIGTERM or Ctrl-C stops it between two polls (or articles);
    state is in the database, so a restart carries on without fetching anything twice.
    """
    from quotetrack.alerts.deliver import deliver_pending
    from quotetrack.ingest import FetchLimits
    from quotetrack.watch.loop import run_watch
    from quotetrack.watch.poll import WatchOptions

    limit = get_settings().max_article_bytes
    options = WatchOptions(
        limits=FetchLimits(
            timeout=timeout,
            total_timeout=max(60.0, timeout * 4),
            max_bytes=limit,
            allow_private=allow_private_addresses,
        ),
        max_bytes=limit,
        host_spacing=max(0.0, host_spacing),
        lang=lang,
    )
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    _log_to_stderr()
    log = logging.getLogger("quotetrack.watch")
    engine = _engine()
    log.info("watch started (%s)", "one pass" if once else "until stopped")
    totals = run_watch(engine, options=options, stop=stop, once=once, after_store=deliver_pending)
    log.info(
        "watch %s: %d polls, %d new articles, %d failed polls",
        "stopped" if stop.is_set() else "done",
        totals.polls,
        totals.articles,
        totals.errors,
    )
