"""Benchmark: `quotetrack watch` idle, and one poll pass over N local feeds.

usage: python bench/bench_watch.py [--idle-seconds 60] [--idle-sources 200] [--feeds 20] [--per-feed 10]
                                    [--postgres URL]

1. Idle: a real `quotetrack watch` process over a database of --idle-sources sources, none due for
   an hour. Its CPU time (user + system, from /proc) over --idle-seconds after start-up is printed
   as CPU seconds per minute.
2. Poll pass: --feeds RSS feeds of --per-feed articles each (generated pages in the corpus's
   shapes, served by a local HTTP server on 127.0.0.1), all due: one pass stores every article;
   a second pass, every feed unchanged (304), stores nothing. Wall and CPU time of each pass are
   printed, per feed and per article.
SQLite in a temporary folder; PostgreSQL too when --postgres (or QUOTETRACK_BENCH_POSTGRES_URL)
names a scratch database (its public schema is dropped and recreated). It does not assert.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.bench_ingest import _fresh, article, as_html  # noqa: E402
from quotetrack.ingest import FetchLimits  # noqa: E402
from quotetrack.ingest.fetch import close_connections  # noqa: E402
from quotetrack.models import WatchedSource, utcnow  # noqa: E402
from quotetrack.watch.loop import poll_due  # noqa: E402
from quotetrack.watch.poll import Watcher, WatchOptions  # noqa: E402

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (/proc/PID/stat fields 14 and 15)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


class _Feeds:
    """N RSS feeds of generated article pages on 127.0.0.1; feeds answer 304 to their own ETag."""

    def __init__(self, feeds: int, per_feed: int) -> None:
        rng = random.Random(11)
        self.routes: dict[str, tuple[bytes, str]] = {}
        self._links: dict[int, list[str]] = {}
        for f in range(feeds):
            self._links[f] = []
            for a in range(per_feed):
                text, meta = article(f * per_feed + a, rng)
                path = f"/site{f}/berita/{f}-{a}-kunjungan-kerja-ke-daerah.html"
                self.routes[path] = (as_html(text, meta).encode(), "text/html; charset=utf-8")
                self._links[f].append(path)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        for f, links in self._links.items():
            items = "".join(f"<item><title>{p}</title><link>{self.base}{p}</link></item>" for p in links)
            body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Site {f}</title>{items}</channel></rss>'
            self.routes[f"/site{f}/rss.xml"] = (body.encode(), "application/rss+xml")
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def feed_urls(self) -> list[str]:
        return [f"{self.base}/site{f}/rss.xml" for f in self._links]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                found = routes.get(self.path)
                if found is None:
                    self.send_error(404)
                    return
                body, kind = found
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: object) -> None:
                pass

        return Handler

    def close(self) -> None:
        close_connections()
        self.server.shutdown()
        self.server.server_close()


def _add_sources(engine, urls: list[str], *, due_in: timedelta) -> None:
    from sqlmodel import Session

    with Session(engine) as session:
        for url in urls:
            session.add(WatchedSource(url=url, next_poll_at=utcnow() + due_in))
        session.commit()


def idle(url: str, *, sources: int, seconds: float) -> None:
    engine = _fresh(url)
    _add_sources(engine, [f"https://feeds{i}.example/rss" for i in range(sources)], due_in=timedelta(hours=1))
    engine.dispose()
    env = {**os.environ, "QUOTETRACK_DATABASE_URL": url}
    process = subprocess.Popen(
        [sys.executable, "-m", "quotetrack.cli", "watch"],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        process.stderr.readline()  # "watch started": start-up (imports, migrations) is over
        start_cpu, start = _cpu_seconds(process.pid), time.monotonic()
        time.sleep(seconds)
        used, elapsed = _cpu_seconds(process.pid) - start_cpu, time.monotonic() - start
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(60)
    print(
        f"  idle watch ({sources} sources, none due) over {elapsed:.0f} s: {used:.3f} CPU s"
        f" = {used / elapsed * 60:.4f} CPU seconds per minute; exit code after SIGTERM {process.returncode}"
    )


def poll_pass(url: str, *, feeds: int, per_feed: int) -> None:
    engine = _fresh(url)
    server = _Feeds(feeds, per_feed)
    try:
        _add_sources(engine, server.feed_urls(), due_in=timedelta(seconds=-1))
        options = WatchOptions(limits=FetchLimits(timeout=10, allow_private=True), host_spacing=0)
        watcher = Watcher(engine=engine, options=options, stop=threading.Event())
        for label in ("first pass (every article new)", "second pass (every feed unchanged, 304)"):
            cpu0, wall0 = time.process_time(), time.perf_counter()
            totals = poll_due(watcher, on_poll=lambda _r: None)
            wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
            per_article = f", {wall / totals.articles * 1000:.1f} ms an article" if totals.articles else ""
            print(
                f"  {label}: {totals.polls} feeds, {totals.articles} articles stored, {totals.errors} failed;"
                f" {wall:.2f} s wall, {cpu:.2f} s CPU; {wall / max(totals.polls, 1) * 1000:.1f} ms a feed{per_article}"
            )
            _make_due(engine)
    finally:
        server.close()
        engine.dispose()


def _make_due(engine) -> None:
    import sqlalchemy as sa

    with engine.begin() as conn:
        conn.execute(sa.update(WatchedSource).values(next_poll_at=utcnow() - timedelta(seconds=1)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    parser.add_argument("--idle-sources", type=int, default=200)
    parser.add_argument("--feeds", type=int, default=20)
    parser.add_argument("--per-feed", type=int, default=10)
    parser.add_argument("--postgres", default=os.environ.get("QUOTETRACK_BENCH_POSTGRES_URL"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        databases = [("SQLite", f"sqlite:///{Path(tmp) / 'idle.db'}", f"sqlite:///{Path(tmp) / 'poll.db'}")]
        if args.postgres:
            databases.append(("PostgreSQL", args.postgres, args.postgres))  # emptied before each part
        for name, idle_url, poll_url in databases:
            print(f"{name}:")
            idle(idle_url, sources=args.idle_sources, seconds=args.idle_seconds)
            poll_pass(poll_url, feeds=args.feeds, per_feed=args.per_feed)


if __name__ == "__main__":
    main()
