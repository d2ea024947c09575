"""PostgreSQL restarted under load: the running app reconnects (pool_pre_ping) without a restart.

The shared cluster on 5432 serves every engineer's tests, so restarting it is not safe here: the
test runs a private cluster of its own (initdb in a temporary folder, a free port, run as the
postgres user) and restarts that one. It is stopped and removed whatever happens.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
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
from tests.reliability.conftest import Server, cli_env, free_port, write_articles


def _bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _as_postgres(argv: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(["runuser", "-u", "postgres", "--", *argv], capture_output=True, text=True, timeout=120)


@pytest.fixture
def private_cluster() -> Iterator[tuple[str, Path]]:
    pg_bin = _bin()
    if pg_bin is None or os.geteuid() != 0 or shutil.which("runuser") is None:
        pytest.skip("needs root, runuser and PostgreSQL's server binaries for a private cluster")
    root = Path(tempfile.mkdtemp(prefix="qt-pg-"))
    shutil.chown(root, "postgres")
    data = root / "data"
    made = _as_postgres([str(pg_bin / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync"])
    if made.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"initdb failed here: {made.stderr.strip()[-300:]}")
    port = free_port()
    ctl = [
        str(pg_bin / "pg_ctl"),
        "-D",
        str(data),
        "-l",
        str(root / "log"),
        "-w",
        "-o",
        f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off",
    ]
    try:
        started = _as_postgres([*ctl, "start"])
        assert started.returncode == 0, started.stderr + (root / "log").read_text(errors="replace")
        admin = sa.create_engine(
            f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", isolation_level="AUTOCOMMIT"
        )
        with admin.connect() as conn:
            conn.execute(sa.text("CREATE DATABASE reliability_test"))
        admin.dispose()
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/reliability_test", root
    finally:
        _as_postgres([str(pg_bin / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
        shutil.rmtree(root, ignore_errors=True)


@pytest.mark.slow
def test_the_app_keeps_answering_after_postgres_restarts(tmp_path: Path, private_cluster: tuple[str, Path]) -> None:
    url, root = private_cluster
    engine = make_engine(url)
    upgrade(engine)
    assert ingest_paths([write_articles(tmp_path / "articles", 2)], engine=engine, max_bytes=1_000_000).ok
    engine.dispose()
    server = Server(cli_env(tmp_path, url), tmp_path / "serve.log")
    pid = server.proc.pid
    restarted_at: list[float] = []
    after: list[tuple[str, int | str]] = []
    during = 0
    running = threading.Event()
    running.set()

    def hammer() -> None:
        nonlocal during
        # A new connection per request: a kept-alive one the server closes as idle would be a
        # client-side race, not the database's.
        no_keepalive = httpx.Limits(max_keepalive_connections=0)
        with httpx.Client(base_url=server.url, timeout=60, limits=no_keepalive) as client:
            i = 0
            while running.is_set():
                path = ["/api/v1/statements?limit=5", "/officials", "/api/v1/search?q=jalan"][i % 3]
                i += 1
                t0 = time.monotonic()
                try:
                    status: int | str = client.get(path).status_code
                except httpx.HTTPError as exc:
                    status = repr(exc)
                if restarted_at and t0 > restarted_at[0]:
                    after.append((path, status))
                elif status != 200:
                    during += 1  # a request in flight while the database was down may fail

    threads = [threading.Thread(target=hammer) for _ in range(4)]
    try:
        for t in threads:
            t.start()
        time.sleep(2)
        pg_ctl = str(_bin() / "pg_ctl")  # type: ignore[operator]
        done = _as_postgres(
            [
                pg_ctl,
                "-D",
                str(root / "data"),
                "-m",
                "fast",
                "-w",
                "restart",
                "-l",
                str(root / "log"),
                "-o",
                f"-p {sa.engine.make_url(url).port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off",
            ]
        )
        assert done.returncode == 0, done.stderr
        restarted_at.append(time.monotonic())
        time.sleep(4)
    finally:
        running.clear()
        for t in threads:
            t.join(timeout=120)
        alive = server.proc.poll() is None
        server.stop()
    assert alive and server.proc.pid == pid  # the same app process, never restarted
    assert len(after) >= 4
    assert [a for a in after if a[1] != 200] == [], f"{during} failed while down; after: {after[:10]}"
