"""`quotetrack watch` as a process: killed mid-poll and restarted it loses and duplicates nothing;
SIGTERM stops it cleanly; on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, func, select

from quotetrack.models import Article, WatchedEntry
from tests.conftest import REPO
from tests.watch.conftest import Feed, add_source, count_articles, requested


def _watch(engine: sa.Engine, log: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "QUOTETRACK_DATABASE_URL": engine.url.render_as_string(hide_password=False)}
    command = [sys.executable, "-m", "quotetrack.cli", "watch", "--allow-private-addresses", "--host-spacing", "0"]
    with log.open("ab") as out:  # the child has its own copy of the descriptor
        return subprocess.Popen([*command, *args], env=env, cwd=REPO, stdout=out, stderr=subprocess.STDOUT)


def _wait_for(condition, what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


def test_sigkill_mid_poll_and_restart_lose_nothing_and_duplicate_nothing(
    engine: sa.Engine, feed: Feed, tmp_path: Path
) -> None:
    feed.article_delay = 0.3  # slow pages, so the kill lands in the middle of the poll
    feed.add(*range(1, 11))
    add_source(engine, feed.url)
    log = tmp_path / "watch.log"
    first = _watch(engine, log)
    try:
        _wait_for(lambda: count_articles(engine) >= 3, "three articles stored")
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    with Session(engine) as session:
        before = set(session.exec(select(Article.source_path)))
    assert 3 <= len(before) < 10, "the kill was meant to land mid-poll"
    asked_before = len(feed.site.requests)

    second = _watch(engine, log, "--once")
    assert second.wait(120) == 0, log.read_text()
    assert count_articles(engine) == 10
    with Session(engine) as session:
        assert session.exec(select(func.count(func.distinct(Article.sha256)))).one() == 10
        assert session.exec(select(func.count()).select_from(WatchedEntry)).one() == 10
    # What was stored before the kill was not fetched again after the restart.
    again = [path for path, _ in feed.site.requests[asked_before:]]
    assert not [url for url in before if url and url.removeprefix(feed.site.base) in again]
    assert all(requested(feed.site, feed.article_path(n)) <= 2 for n in range(1, 11))
    assert "status=ok new=" in log.read_text()


def test_sigterm_stops_watch_cleanly_between_polls(engine: sa.Engine, feed: Feed, tmp_path: Path) -> None:
    feed.add(1)
    add_source(engine, feed.url)
    log = tmp_path / "watch.log"
    process = _watch(engine, log)
    try:
        _wait_for(lambda: "status=ok new=1" in log.read_text(), "the first poll's log line")
        process.send_signal(signal.SIGTERM)
        assert process.wait(30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
    text = log.read_text()
    assert "watch stopped: 1 polls, 1 new articles, 0 failed polls" in text, text
    assert "Traceback" not in text
