"""A local web server on 127.0.0.1 for URL and feed ingestion (never the outside network), and article makers."""

from __future__ import annotations

import contextlib
import gzip
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import sqlalchemy as sa

from quotetrack.ingest.fetch import close_connections
from quotetrack.store.db import make_engine
from quotetrack.store.migrate import upgrade
from tests.auth.conftest import anon, app_engine, editor  # noqa: F401 - the upload tests use the editor fixtures
from tests.conftest import create_run_database, drop_run_database, run_database_name

Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Site:
    """Routes served by the local server; `requests` records (path, headers) of every request."""

    base: str
    routes: dict[str, Handler] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return self.base + path

    def page(
        self,
        path: str,
        body: str | bytes,
        content_type: str = "text/html; charset=utf-8",
        status: int = 200,
        gzipped: bool = False,
    ) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body

        def handle(h: BaseHTTPRequestHandler) -> None:
            payload = gzip.compress(data) if gzipped else data
            h.send_response(status)
            h.send_header("Content-Type", content_type)
            h.send_header("Content-Length", str(len(payload)))
            if gzipped:
                h.send_header("Content-Encoding", "gzip")
            h.end_headers()
            h.wfile.write(payload)

        self.routes[path] = handle
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        def handle(h: BaseHTTPRequestHandler) -> None:
            h.send_response(status)
            h.send_header("Location", to)
            h.send_header("Content-Length", "0")
            h.end_headers()

        self.routes[path] = handle
        return self.url(path)

    def stall(self, path: str, seconds: float) -> str:
        """Accept the request and answer nothing for `seconds` (or until the test ends)."""

        def handle(h: BaseHTTPRequestHandler) -> None:
            self.stop.wait(seconds)

        self.routes[path] = handle
        return self.url(path)


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:
        self.site.requests.append((self.path, dict(self.headers)))
        route = self.site.routes.get(self.path)
        if route is None:
            self.send_error(404)
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up first
            route(self)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[Site]:
    server = _Server(("127.0.0.1", 0), _Handler)
    host, port = server.server_address[:2]
    s = Site(base=f"http://{host}:{port}")
    _Handler.site = s
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield s
    finally:
        close_connections()  # kept-alive sockets to this server, closed now rather than by the collector
        s.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


# Generated text in the corpus's shapes: a dateline, an Indonesian date, quotes, a byline.
def article_text(n: int, *, speaker: str = "Budi Santoso", role: str = "Bupati Subang") -> str:
    return (
        f"Subang, JMI - {role} {speaker} meninjau perbaikan jalan desa nomor {n} di Kecamatan Pagaden, "
        f"Kamis (30/5/2024). Perbaikan itu dikerjakan bersama dinas pekerjaan umum setempat.\n"
        f'"Jalan ini harus selesai sebelum musim hujan, kami akan awasi setiap minggu," kata {speaker}.\n'
        f"Menurut {speaker}, anggaran perbaikan ruas nomor {n} sudah disiapkan dalam APBD perubahan tahun ini.\n"
        f"Warga berharap perbaikan tidak berhenti di tengah jalan seperti tahun sebelumnya.\n"
    )


def article_page(
    n: int,
    *,
    title: str | None = None,
    meta_date: str | None = None,
    byline_in_article: bool = True,
    body: str | None = None,
    canonical: str | None = None,
) -> str:
    title = title or f"Bupati Tinjau Perbaikan Jalan Desa {n}"
    paragraphs = "".join(f"<p>{line}</p>" for line in (body or article_text(n)).strip().split("\n"))
    byline = "<p>Pewarta: Agus Hamdan</p>"
    head = f'<title>{title} - JMI</title><meta property="og:site_name" content="Jurnal Mediaindo">'
    if meta_date:
        head += f'<meta property="article:published_time" content="{meta_date}">'
    if canonical:
        head += f'<link rel="canonical" href="{canonical}">'
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">{head}</head><body>'
        f'<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">Politik</a></nav>'
        f"<article><h1>{title}</h1>{paragraphs}{byline if byline_in_article else ''}</article>"
        f"<aside>{'' if byline_in_article else byline}<ul><li><a href='/x'>Berita lain</a></li></ul></aside>"
        f"<footer>Hak cipta 2024 Jurnal Mediaindo</footer></body></html>"
    )


@pytest.fixture
def fresh_pg(pg_engine_session: sa.Engine) -> Iterator[Callable[[str], sa.Engine]]:
    """Makes empty, migrated PostgreSQL databases of this run, dropped afterwards."""
    made: list[tuple[sa.Engine, sa.Engine, str]] = []

    def make(name: str) -> sa.Engine:
        full = run_database_name(name)
        admin, url = create_run_database(full)
        engine = make_engine(url)
        upgrade(engine)
        made.append((admin, engine, full))
        return engine

    yield make
    for admin, engine, name in made:
        engine.dispose()
        drop_run_database(admin, name)
