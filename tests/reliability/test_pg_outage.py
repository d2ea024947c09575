"""PostgreSQL unreachable under load (issue 17, point 7): every request still gets a complete HTTP
answer, 503 with Retry-After while the database is away (never a 500 or a dropped connection),
one log line per outage and no tracebacks; the CLI says in one line which database it cannot reach.

The shared PostgreSQL is never restarted: the app reaches it through a TCP proxy this test
controls, and an outage is the proxy closing every connection and refusing new ones.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from quotetrack.pipeline import ingest_paths
from quotetrack.store.db import make_engine
from quotetrack.store.migrate import upgrade
from tests.reliability.conftest import Server, cli_env, free_port, own_pg_database, run_cli, write_articles


class TcpProxy:
    """Forwards 127.0.0.1:port to the database; `cut()` drops every connection and refuses new
    ones until `restore()`."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.port = free_port()
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._listener: socket.socket | None = None
        self.restore()

    def restore(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        with self._lock:
            listener, self._listener = self._listener, None
            sockets, self._open = self._open, []
        if listener is not None:
            listener.close()
        for s in sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut
            try:
                server = socket.create_connection(self.upstream, timeout=5)
                server.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                if self._listener is not listener:
                    client.close()
                    server.close()
                    return
                self._open += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)


@pytest.fixture
def proxied(tmp_path: Path) -> Iterator[tuple[str, TcpProxy]]:
    gen = own_pg_database("reliability_outage")
    url = next(gen)
    engine = make_engine(url)
    upgrade(engine)
    assert ingest_paths([write_articles(tmp_path / "articles", 3)], engine=engine, max_bytes=1_000_000).ok
    engine.dispose()
    real = sa.engine.make_url(url)
    proxy = TcpProxy((real.host or "127.0.0.1", real.port or 5432))
    try:
        yield real.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False), proxy
    finally:
        proxy.cut()
        gen.close()


PAGES = ["/api/v1/statements?limit=5", "/officials", "/api/v1/search?q=jalan", "/", "/search?q=anggaran"]
Answer = tuple[str, int | str, str | None]  # phase, status (or the transport error), Retry-After


class Load:
    """Four clients requesting pages in a loop; each answer is noted with the phase it began in."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.phase = "up"
        self.answers: list[Answer] = []
        self._running = threading.Event()
        self._threads = [threading.Thread(target=self._hammer, args=(n,)) for n in range(4)]

    def __enter__(self) -> Load:
        self._running.set()
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._running.clear()
        for t in self._threads:
            t.join(timeout=120)

    def _hammer(self, offset: int) -> None:
        # A new connection per request: a kept-alive one the server closes as idle would be a
        # client-side race, not the database's.
        with httpx.Client(base_url=self.url, timeout=60, limits=httpx.Limits(max_keepalive_connections=0)) as client:
            i = offset
            while self._running.is_set():
                path = PAGES[i % len(PAGES)]
                i += 1
                phase = self.phase
                try:
                    r = client.get(path)
                    self.answers.append((phase, r.status_code, r.headers.get("retry-after")))
                except httpx.HTTPError as exc:
                    self.answers.append((phase, repr(exc), None))

    def check(self) -> None:
        """Complete answers only, 200 or 503 with Retry-After, and only 200s at the end."""
        dropped = [a for a in self.answers if not isinstance(a[1], int)]
        assert dropped == [], dropped[:5]
        assert {a[1] for a in self.answers} <= {200, 503}, [a for a in self.answers if a[1] not in (200, 503)][:5]
        assert all(a[2] and int(a[2]) > 0 for a in self.answers if a[1] == 503)
        after = [a for a in self.answers if a[0] == "after"]
        assert after and all(a[1] == 200 for a in after), after[:5]
        print(
            f"{len(self.answers)} answers: {sum(a[1] == 200 for a in self.answers)} x 200, "
            f"{sum(a[1] == 503 for a in self.answers)} x 503"
        )


def _log_is_quiet(server: Server, most: int) -> None:
    log = server.log.read_text(errors="replace")
    assert "Traceback" not in log, log[-3000:]
    outage_lines = [line for line in log.splitlines() if "database unavailable" in line]
    assert 1 <= len(outage_lines) <= most, outage_lines


@pytest.mark.slow
def test_an_outage_gives_503s_with_retry_after_and_never_a_dropped_connection(
    tmp_path: Path, proxied: tuple[str, TcpProxy]
) -> None:
    url, proxy = proxied
    server = Server(cli_env(tmp_path, url), tmp_path / "serve.log")
    try:
        with Load(server.url) as load:
            time.sleep(1.5)
            load.phase = "down"
            proxy.cut()
            time.sleep(4)
            proxy.restore()
            load.phase = "back"
            time.sleep(2)  # connections are re-made on the first requests after the outage
            load.phase = "after"
            time.sleep(2)
    finally:
        server.stop()
    load.check()
    assert any(a[1] == 503 for a in load.answers if a[0] == "down")
    _log_is_quiet(server, most=1)


@pytest.mark.slow
def test_terminated_backends_give_503s_never_500s(tmp_path: Path, proxied: tuple[str, TcpProxy]) -> None:
    """pg_terminate_backend on this test's own database, under load: the connections die
    mid-request, and pre_ping replaces them."""
    url, _ = proxied
    server = Server(cli_env(tmp_path, url), tmp_path / "serve.log")
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with Load(server.url) as load:
            time.sleep(1)
            load.phase = "down"
            with admin.connect() as conn:
                for _ in range(5):
                    conn.execute(
                        sa.text(
                            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                        )
                    )
                    time.sleep(0.3)
            load.phase = "back"
            time.sleep(1.5)
            load.phase = "after"
            time.sleep(2)
    finally:
        admin.dispose()
        server.stop()
    load.check()
    log = server.log.read_text(errors="replace")
    assert "Traceback" not in log, log[-3000:]


def test_the_cli_says_which_database_it_cannot_reach(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/quotetrack"
    for args in (["init"], ["search", "jalan"], ["serve", "--port", str(free_port())]):
        done = run_cli(args, cli_env(tmp_path, url), timeout=120)
        assert done.returncode == 1, (args, done.stderr[-2000:])
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and f"cannot reach the database at 127.0.0.1:{port}" in lines[0], done.stderr[-2000:]
