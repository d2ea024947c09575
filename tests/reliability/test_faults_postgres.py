"""SIGKILL during an ingest into PostgreSQL (one writer, and several writer threads): whole articles
or none, no duplicates, and the same command run again finishes the batch with the counts an
uninterrupted ingest gives."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from quotetrack.pipeline import ingest_paths
from quotetrack.store.db import make_engine
from quotetrack.store.migrate import upgrade
from tests.conftest import REPO
from tests.reliability.conftest import CLI, cli_env, counts, own_pg_database, problems, run_cli, write_articles

N = 96


def _stored(engine: sa.Engine) -> int:
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT COUNT(*) FROM article")).scalar_one()
    except sa.exc.DBAPIError:  # not migrated yet
        return 0


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """The articles and the counts an uninterrupted ingest of them gives."""
    root = tmp_path_factory.mktemp("pgkill")
    folder = write_articles(root / "articles", N)
    engine = make_engine(f"sqlite:///{root / 'reference.db'}")
    upgrade(engine)
    assert ingest_paths([folder], engine=engine, max_bytes=10**6, jobs=1).ok
    totals = counts(engine)
    engine.dispose()
    return folder, totals


@pytest.mark.parametrize("writers", ["1", "2"])
def test_sigkill_mid_ingest_into_postgres_then_a_rerun_completes_without_duplicates(
    tmp_path: Path, reference: tuple[Path, dict[str, int]], writers: str
) -> None:
    folder, totals = reference
    gen = own_pg_database(f"reliability_kill_w{writers}")
    url = next(gen)
    try:
        env = cli_env(tmp_path, url)
        engine = make_engine(url)
        proc = subprocess.Popen(
            [*CLI, "ingest", str(folder), "-j", "2", "--writers", writers],
            env=env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 240
        while _stored(engine) < 3 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGKILL)  # the CLI, its workers and writer threads, mid-transaction if it may
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL, "the ingest ended before it could be killed mid-batch"
        stored = _stored(engine)
        assert 0 < stored < N
        assert problems(engine) == {}

        again = run_cli(["ingest", str(folder), "-j", "2", "--writers", writers], env)
        assert again.returncode == 0, again.stderr
        assert f"({stored} already stored, 0 failed)" in again.stdout, again.stdout
        assert problems(engine) == {}
        assert counts(engine) == totals
        engine.dispose()
    finally:
        gen.close()
