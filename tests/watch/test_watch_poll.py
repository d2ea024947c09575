"""Polling watched sources against a local feed server, on SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from datetime import timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from quotetrack.models import Article, WatchedEntry, WatchedSource, utcnow
from quotetrack.store import watched
from quotetrack.watch.loop import poll_due
from quotetrack.watch.poll import WatchOptions
from tests.watch.conftest import OPTIONS, Feed, Site, add_source, count_articles, make_watcher, requested


def _source(engine: sa.Engine, source_id: int) -> WatchedSource:
    with Session(engine) as session:
        source = session.get(WatchedSource, source_id)
        assert source is not None
        return source


def _make_due(engine: sa.Engine) -> None:
    with Session(engine) as session:
        for source in session.exec(select(WatchedSource)):
            source.next_poll_at = utcnow() - timedelta(seconds=1)
            session.add(source)
        session.commit()


def test_an_unchanged_feed_answers_304_and_nothing_is_ingested_again(engine: sa.Engine, feed: Feed) -> None:
    feed.add(1, 2, 3)
    source_id = add_source(engine, feed.url, outlet="JMI Daerah")
    watcher = make_watcher(engine)
    first = watcher.poll(source_id)
    assert first is not None and first.outcome.status == "ok", first
    assert first.outcome.new_articles == 3 and count_articles(engine) == 3
    assert len(first.article_ids) == 3
    stored = _source(engine, source_id)
    assert stored.etag and stored.last_modified and stored.next_poll_at > utcnow()

    second = watcher.poll(source_id)
    assert second is not None and second.outcome.status == "not-modified"
    assert second.outcome.new_articles == 0 and second.article_ids == []
    assert count_articles(engine) == 3
    feed_requests = [headers for path, headers in feed.site.requests if path == feed.path]
    assert feed_requests[-1].get("If-None-Match") == stored.etag
    assert feed_requests[-1].get("If-Modified-Since") == stored.last_modified
    assert all(requested(feed.site, feed.article_path(n)) == 1 for n in (1, 2, 3))
    with Session(engine) as session:
        assert set(session.exec(select(Article.outlet))) == {"JMI Daerah"}  # over the pages' own site name


def test_a_growing_feed_yields_exactly_the_new_articles(engine: sa.Engine, feed: Feed) -> None:
    feed.add(1, 2)
    source_id = add_source(engine, feed.url)
    watcher = make_watcher(engine)
    assert watcher.poll(source_id).outcome.new_articles == 2  # type: ignore[union-attr]
    feed.add(3, 4, 5)
    grown = watcher.poll(source_id)
    assert grown is not None and grown.outcome.status == "ok"
    assert grown.outcome.new_articles == 3 and len(grown.article_ids) == 3
    assert count_articles(engine) == 5
    # Every article page was fetched once: the first two were not asked for again.
    assert [requested(feed.site, feed.article_path(n)) for n in range(1, 6)] == [1] * 5
    with Session(engine) as session:
        entries = session.exec(select(WatchedEntry).where(WatchedEntry.source_id == source_id)).all()
        assert len(entries) == 5 and all(e.article_id for e in entries)
        (row,) = watched.list_sources(session=session)
    assert row.articles == 5 and row.articles_per_day == 5.0 and row.last_new == 3


def test_a_malformed_feed_is_logged_and_the_next_source_still_polls(
    engine: sa.Engine, feed: Feed, site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    site.page("/broken.xml", "<html><body>Gateway error", content_type="application/rss+xml")
    broken = add_source(engine, site.url("/broken.xml"))  # added first: polled first
    feed.add(1)
    good = add_source(engine, feed.url)
    with caplog.at_level(logging.INFO, logger="quotetrack.watch"):
        totals = poll_due(make_watcher(engine))
    assert (totals.polls, totals.articles, totals.errors) == (2, 1, 1)
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("poll ")]
    assert len(lines) == 2
    assert f"source={broken} " in lines[0] and "status=error" in lines[0] and "not an RSS or Atom feed" in lines[0]
    assert f"source={good} " in lines[1] and "status=ok new=1 " in lines[1]
    failed = _source(engine, broken)
    assert failed.failures == 1 and "not an RSS or Atom feed" in (failed.last_error or "")
    # Backoff: a failed source waits twice its interval before the next try.
    assert failed.next_poll_at - failed.last_polled_at >= timedelta(seconds=2 * failed.every_seconds - 5)  # type: ignore[operator]
    assert count_articles(engine) == 1


def test_a_feed_cut_short_keeps_what_it_read_and_is_fetched_whole_next_time(engine: sa.Engine, feed: Feed) -> None:
    feed.add(1, 2)
    whole = feed.body()
    cut = whole[: whole.index(b"</item>") + len(b"</item>") + 20]
    feed.site.page("/cut.xml", cut, content_type="application/rss+xml")
    source_id = add_source(engine, feed.site.url("/cut.xml"))
    report = make_watcher(engine).poll(source_id)
    assert report is not None and report.outcome.status == "ok" and report.outcome.new_articles == 1
    assert "malformed feed" in (report.outcome.error or "")
    assert _source(engine, source_id).etag is None  # no 304 may hide the entries not read yet


def test_robots_txt_disallow_is_respected(engine: sa.Engine, feed: Feed, site: Site) -> None:
    site.page("/robots.txt", "User-agent: *\nDisallow: /news/2-\nDisallow: /closed/\n", content_type="text/plain")
    feed.add(1, 2)
    site.page("/closed/feed.xml", feed.body(), content_type="application/rss+xml")
    open_id = add_source(engine, feed.url)
    closed_id = add_source(engine, site.url("/closed/feed.xml"))
    watcher = make_watcher(engine)
    report = watcher.poll(open_id)
    assert report is not None and report.outcome.new_articles == 1
    assert "1 addresses disallowed by robots.txt" in (report.outcome.error or "")
    assert requested(site, feed.article_path(1)) == 1
    assert requested(site, feed.article_path(2)) == 0
    closed = watcher.poll(closed_id)
    assert closed is not None and closed.outcome.status == "robots"
    assert requested(site, "/closed/feed.xml") == 0
    assert requested(site, "/robots.txt") == 1  # read once per host, then cached


def test_a_private_address_is_refused(engine: sa.Engine, feed: Feed, site: Site) -> None:
    feed.add(1)
    source_id = add_source(engine, feed.url)
    report = make_watcher(engine, WatchOptions(host_spacing=0)).poll(source_id)
    assert report is not None and report.outcome.status == "error"
    assert "private or local address" in (report.outcome.error or "")
    assert site.requests == []  # not even robots.txt was asked for
    assert count_articles(engine) == 0 and _source(engine, source_id).failures == 1


def _busy(site: Site, path: str, status: int, retry_after: str) -> None:
    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Retry-After", retry_after)
        h.send_header("Content-Length", "4")
        h.end_headers()
        h.wfile.write(b"busy")

    site.routes[path] = handle


@pytest.mark.parametrize(
    ("status", "retry_after", "wait"),
    [
        (429, "7200", timedelta(hours=2)),  # longer than the backoff (twice 15 min): honoured
        (503, timedelta(hours=3), timedelta(hours=3)),  # an HTTP date three hours ahead
        (503, "60", timedelta(minutes=30)),  # shorter than the backoff: the backoff stands
        (500, "7200", timedelta(minutes=30)),  # Retry-After only means "come back later" on 429 and 503
        (429, str(90 * 86400), timedelta(days=1)),  # at most a day
    ],
)
def test_a_busy_server_is_not_asked_again_before_its_retry_after(
    engine: sa.Engine, site: Site, status: int, retry_after: str | timedelta, wait: timedelta
) -> None:
    if isinstance(retry_after, timedelta):
        retry_after = format_datetime(utcnow() + retry_after, usegmt=True)
    _busy(site, "/busy.xml", status, retry_after)
    source_id = add_source(engine, site.url("/busy.xml"), every_seconds=900)
    report = make_watcher(engine).poll(source_id)
    assert report is not None and report.outcome.status == "error" and f"HTTP {status}" in (report.outcome.error or "")
    polled = _source(engine, source_id)
    assert polled.failures == 1
    waited = polled.next_poll_at - polled.last_polled_at  # type: ignore[operator]
    assert wait - timedelta(seconds=5) <= waited <= wait + timedelta(seconds=5), waited


def test_a_listing_page_yields_its_article_links(engine: sa.Engine, feed: Feed, site: Site) -> None:
    feed.add(1, 2)
    links = "".join(f'<li><a href="{feed.article_path(n)}">Berita {n}</a></li>' for n in (1, 2))
    site.page(
        "/daerah",
        f'<html><body><nav><a href="/">Beranda</a><a href="/kategori/politik">Politik</a></nav><ul>{links}</ul>'
        '<a href="/tag/jalan-desa-rusak-parah">tag</a></body></html>',
    )
    source_id = add_source(engine, site.url("/daerah"), kind="page")
    report = make_watcher(engine).poll(source_id)
    assert report is not None and report.outcome.status == "ok" and report.outcome.new_articles == 2
    assert requested(site, "/kategori/politik") == 0 and requested(site, "/tag/jalan-desa-rusak-parah") == 0


def test_an_article_stored_before_a_crash_is_recorded_without_fetching_it(engine: sa.Engine, feed: Feed) -> None:
    """A poll killed after storing an article but before recording it: the next poll finds the
    article archived under that address and records it, without fetching it again."""
    from quotetrack.pipeline import ingest_paths

    feed.add(1, 2)
    ingest_paths([feed.site.url(feed.article_path(1))], engine=engine, max_bytes=10_000_000, limits=OPTIONS.limits)
    source_id = add_source(engine, feed.url)
    report = make_watcher(engine).poll(source_id)
    assert report is not None and report.outcome.new_articles == 1
    assert requested(feed.site, feed.article_path(1)) == 1  # by the ingest above only
    assert count_articles(engine) == 2
    with Session(engine) as session:
        (row,) = watched.list_sources(session=session)
    assert row.articles == 2


def test_a_failing_article_is_tried_again_at_the_next_poll(engine: sa.Engine, feed: Feed, site: Site) -> None:
    feed.add(1, 2)
    ok_route = site.routes[feed.article_path(2)]
    site.page(feed.article_path(2), "busy", status=503)
    source_id = add_source(engine, feed.url)
    watcher = make_watcher(engine)
    first = watcher.poll(source_id)
    assert first is not None and first.outcome.new_articles == 1 and "HTTP 503" in (first.outcome.error or "")
    assert _source(engine, source_id).etag is None
    site.routes[feed.article_path(2)] = ok_route
    second = watcher.poll(source_id)
    assert second is not None and second.outcome.new_articles == 1 and second.outcome.error is None
    assert count_articles(engine) == 2 and requested(site, feed.article_path(1)) == 1


def test_due_sources_follow_the_schedule(engine: sa.Engine, feed: Feed) -> None:
    feed.add(1)
    source_id = add_source(engine, feed.url)
    watcher = make_watcher(engine)
    assert poll_due(watcher).polls == 1
    assert poll_due(watcher).polls == 0  # polled just now: not due for 15 minutes
    _make_due(engine)
    assert poll_due(watcher).polls == 1
    with Session(engine) as session:
        watched.set_enabled(session=session, source_id=source_id, enabled=False)
        session.commit()
    _make_due(engine)
    assert poll_due(watcher).polls == 0  # disabled


def test_one_pass_polls_every_due_source_in_batches(
    engine: sa.Engine, feed: Feed, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotetrack.watch import loop

    monkeypatch.setattr(loop, "BATCH", 2)
    feed.add(1)
    for n in range(5):
        site.routes[f"/feed{n}.xml"] = site.routes[feed.path]
        add_source(engine, site.url(f"/feed{n}.xml"))
    totals = poll_due(make_watcher(engine))
    assert (totals.polls, totals.articles, totals.errors) == (5, 1, 0)  # one article, listed by all five
    assert poll_due(make_watcher(engine)).polls == 0


def test_an_unreachable_database_is_waited_for_not_fatal(
    tmp_path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import shutil
    import threading

    from quotetrack.store.db import make_engine
    from quotetrack.store.migrate import upgrade
    from quotetrack.watch import loop

    folder = tmp_path / "db"
    folder.mkdir()
    engine = make_engine(f"sqlite:///{folder / 'watch.db'}")
    upgrade(engine)
    engine.dispose()
    shutil.rmtree(folder)  # the database is gone: every connection fails
    with pytest.raises(sa.exc.OperationalError):
        loop.run_watch(engine, options=OPTIONS, stop=threading.Event(), once=True)

    monkeypatch.setattr(loop, "RETRY_SECONDS", 0.05)
    stop = threading.Event()
    with caplog.at_level(logging.WARNING, logger="quotetrack.watch"):
        runner = threading.Thread(target=loop.run_watch, args=(engine,), kwargs={"options": OPTIONS, "stop": stop})
        runner.start()
        deadline = utcnow() + timedelta(seconds=30)
        while not any("database unavailable" in r.getMessage() for r in caplog.records) and utcnow() < deadline:
            stop.wait(0.05)
        stop.set()
        runner.join(30)
    assert not runner.is_alive()
    assert any("database unavailable, trying again" in r.getMessage() for r in caplog.records)


def test_an_address_too_long_to_record_is_skipped_and_said(engine: sa.Engine, feed: Feed, site: Site) -> None:
    feed.add(1)
    long_link = site.url("/news/" + "a" * 2100 + "-bupati.html")
    body = feed.body().replace(b"</channel>", f"<item><link>{long_link}</link></item></channel>".encode())
    site.page("/long.xml", body, content_type="application/rss+xml")
    source_id = add_source(engine, site.url("/long.xml"))
    report = make_watcher(engine).poll(source_id)
    assert report is not None and report.outcome.new_articles == 1
    assert "1 addresses over 2000 characters skipped" in (report.outcome.error or "")
    assert not any(len(path) > 2000 for path, _ in site.requests)
