"""A local feed server (RSS with ETag and Last-Modified, answering 304 when unchanged), robots.txt
and article pages on 127.0.0.1, and a watcher allowed to fetch from there."""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler

import pytest
import sqlalchemy as sa
from sqlmodel import Session, func, select

from quotetrack.ingest import FetchLimits
from quotetrack.models import Article, utcnow
from quotetrack.store import watched
from quotetrack.watch.poll import Watcher, WatchOptions
from tests.auth.conftest import anon, app_engine, editor, reader  # noqa: F401 - the sources page tests use them
from tests.ingest.conftest import Site, article_page, site  # noqa: F401 - `site` is the local server fixture

OPTIONS = WatchOptions(limits=FetchLimits(timeout=5, total_timeout=20, allow_private=True), host_spacing=0)


@dataclass
class Feed:
    """An RSS feed of article numbers, served at `path`; append to `numbers` and it grows."""

    site: Site
    path: str = "/feed.xml"
    numbers: list[int] = field(default_factory=list)
    article_delay: float = 0.0  # seconds each article page takes to answer

    @property
    def url(self) -> str:
        return self.site.url(self.path)

    def article_path(self, n: int) -> str:
        return f"/news/{n}-bupati-tinjau-jalan-desa.html"

    def body(self) -> bytes:
        items = "".join(
            f"<item><title>Bupati Tinjau Jalan Desa {n}</title><link>{self.site.url(self.article_path(n))}</link>"
            f"<pubDate>Thu, 30 May 2024 10:00:00 +0700</pubDate></item>"
            for n in self.numbers
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Jurnal Mediaindo</title>'
            f"<link>{self.site.base}</link><description>Berita</description>{items}</channel></rss>"
        ).encode()

    def add(self, *numbers: int, body: str | None = None) -> None:
        """Add articles (with this text, else a generated one): their pages, and their entries at
        the top of the feed."""
        for n in numbers:
            self._serve_article(n, body)
        self.numbers[:0] = list(reversed(numbers))

    def _serve_article(self, n: int, body: str | None) -> None:
        page = article_page(n, body=body).encode()

        def handle(h: BaseHTTPRequestHandler) -> None:
            if self.article_delay:
                time.sleep(self.article_delay)
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Content-Length", str(len(page)))
            h.end_headers()
            h.wfile.write(page)

        self.site.routes[self.article_path(n)] = handle

    def serve(self) -> Feed:
        def handle(h: BaseHTTPRequestHandler) -> None:
            body = self.body()
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if h.headers.get("If-None-Match") == etag:
                h.send_response(304)
                h.send_header("ETag", etag)
                h.end_headers()
                return
            h.send_response(200)
            h.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            h.send_header("ETag", etag)
            h.send_header("Last-Modified", format_datetime(utcnow(), usegmt=True))
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body)

        self.site.routes[self.path] = handle
        return self


@pytest.fixture
def feed(site: Site) -> Feed:  # noqa: F811 - the imported fixture, by name
    return Feed(site).serve()


def requested(server: Site, path: str) -> int:
    """How often `path` was asked for."""
    return sum(1 for p, _ in server.requests if p == path)


def count_articles(engine: sa.Engine) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(Article)).one()


def add_source(engine: sa.Engine, url: str, **kw: object) -> int:
    with Session(engine) as session:
        source = watched.add_source(session=session, url=url, **kw)  # type: ignore[arg-type]
        session.commit()
        return source.id or 0


def make_watcher(engine: sa.Engine, options: WatchOptions = OPTIONS) -> Watcher:
    return Watcher(engine=engine, options=options, stop=threading.Event())
