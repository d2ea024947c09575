"""kill -9 mid-batch leaves the database consistent, and the same command run again finishes the job."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench.bench_ingest import generate
from quotetrack.pipeline import ingest_paths
from quotetrack.store.db import make_engine
from quotetrack.store.migrate import upgrade
from tests.conftest import REPO

ARTICLES = 150
KILL_AFTER = 20  # articles committed before the SIGKILL


def _query(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
        return conn.execute(sql).fetchall()


def _scalar(db: Path, sql: str) -> int:
    return _query(db, sql)[0][0]


def _assert_consistent(db: Path) -> None:
    assert _query(db, "PRAGMA integrity_check") == [("ok",)]
    assert (
        _scalar(db, "SELECT count(*) FROM statement s LEFT JOIN article a ON a.id = s.article_id WHERE a.id IS NULL")
        == 0
    ), "orphan statements"
    assert (
        _scalar(
            db,
            "SELECT count(*) FROM statementtopic t LEFT JOIN statement s ON s.id = t.statement_id WHERE s.id IS NULL",
        )
        == 0
    ), "orphan topic links"
    assert (
        _scalar(
            db, "SELECT count(*) FROM article a LEFT JOIN articleversion v ON v.article_id = a.id WHERE v.id IS NULL"
        )
        == 0
    ), "article without its provenance row"
    assert (
        _scalar(
            db, "SELECT count(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM statement s WHERE s.article_id = a.id)"
        )
        == 0
    ), "article without statements"
    assert _scalar(db, "SELECT count(*) FROM sourcedocument") == _scalar(db, "SELECT count(*) FROM article")


def _statements(db: Path) -> set[tuple]:
    return set(
        _query(db, 'SELECT a.sha256, s.start, s."end", s.kind FROM statement s JOIN article a ON a.id = s.article_id')
    )


def test_sigkill_mid_batch_then_rerun_finishes_without_loss_or_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    generate(folder, ARTICLES, kind="mix")
    db = tmp_path / "killed.db"
    env = {**os.environ, "QUOTETRACK_DATABASE_URL": f"sqlite:///{db}"}
    command = [sys.executable, "-m", "quotetrack.cli", "ingest", str(folder), "--jobs", "2"]
    proc = subprocess.Popen(
        command, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 180
        stored = 0
        while stored < KILL_AFTER:
            assert proc.poll() is None, "the batch finished before it could be killed; raise ARTICLES"
            assert time.monotonic() < deadline, "the batch made no progress"
            time.sleep(0.05)
            if db.exists():
                with contextlib.suppress(sqlite3.OperationalError):  # tables not created yet
                    stored = _scalar(db, "SELECT count(*) FROM article")
        os.killpg(proc.pid, signal.SIGKILL)  # the parent and its worker processes, mid-batch
        proc.wait(30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL
    partial = _scalar(db, "SELECT count(*) FROM article")
    assert KILL_AFTER <= partial < ARTICLES
    _assert_consistent(db)

    rerun = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{ARTICLES - partial} articles" in rerun.stdout and f"({partial} already stored, 0 failed)" in rerun.stdout
    _assert_consistent(db)
    assert _scalar(db, "SELECT count(*) FROM article") == ARTICLES
    assert _scalar(db, "SELECT count(DISTINCT sha256) FROM article") == ARTICLES

    # The same batch without a kill stores exactly the same articles and statements.
    reference = tmp_path / "reference.db"
    engine = make_engine(f"sqlite:///{reference}")
    upgrade(engine)
    assert ingest_paths([folder], engine=engine, max_bytes=10**7, jobs=1).ok
    engine.dispose()
    assert _statements(db) == _statements(reference)
