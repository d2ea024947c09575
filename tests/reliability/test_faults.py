"""Faults: SIGKILL during an ingest, an export and a merge, and a full disk, leave no partial or
duplicate rows and a database that opens, passes its integrity checks and finishes on a re-run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from quotetrack.store.db import make_engine
from tests.conftest import REPO
from tests.reliability.conftest import CLI, cli_env, counts, problems, run_cli, write_articles

N = 96  # enough that a kill after the first few lands before the last is stored, on a fast machine too


def _db(tmp: Path) -> Path:
    return tmp / "data" / "quotetrack.db"


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT COUNT(*) FROM article").fetchone()[0]
    except sqlite3.Error:  # not created or not migrated yet
        return 0


def _integrity_check(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")]


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """The articles and the counts an uninterrupted ingest of them gives."""
    root = tmp_path_factory.mktemp("clean")
    folder = write_articles(root / "articles", N)
    done = run_cli(["ingest", str(folder), "-j", "1"], cli_env(root))
    assert done.returncode == 0, done.stderr
    engine = make_engine(f"sqlite:///{_db(root)}")
    assert problems(engine) == {}
    totals = counts(engine)
    engine.dispose()
    assert totals["article"] == N and totals["statement"] > N
    return folder, totals


def test_sigkill_mid_ingest_leaves_whole_articles_and_a_rerun_completes(
    tmp_path: Path, clean: tuple[Path, dict[str, int]]
) -> None:
    folder, totals = clean
    env = cli_env(tmp_path)
    db = _db(tmp_path)
    proc = subprocess.Popen(
        [*CLI, "ingest", str(folder), "-j", "2"],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 240
    while _stored(db) < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the CLI and its worker processes, mid-transaction if it may
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the ingest ended before it could be killed mid-batch"
    stored = _stored(db)
    assert 0 < stored < N

    assert _integrity_check(db) == ["ok"]
    engine = make_engine(f"sqlite:///{db}")
    assert problems(engine) == {}
    again = run_cli(["ingest", str(folder), "-j", "1"], env)
    assert again.returncode == 0, again.stderr
    assert problems(engine) == {}
    assert counts(engine) == totals
    engine.dispose()


def test_sigkill_mid_export_leaves_the_database_untouched(tmp_path: Path, clean: tuple[Path, dict[str, int]]) -> None:
    env = cli_env(tmp_path)
    db = _db(tmp_path)
    db.parent.mkdir(parents=True)
    # A database big enough for the export to be caught in the middle.
    synth = subprocess.run(
        [str(Path(CLI[0])), str(REPO / "bench" / "synth.py"), f"sqlite:///{db}", "--statements", "8000"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert synth.returncode == 0, synth.stderr
    engine = make_engine(f"sqlite:///{db}")
    before = counts(engine)
    engine.dispose()
    out = tmp_path / "export.jsonl"
    proc = subprocess.Popen(
        [*CLI, "export", "--format", "jsonl", "-o", str(out)],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while (not out.exists() or out.stat().st_size < 64 * 1024) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the export ended before it could be killed"

    assert _integrity_check(db) == ["ok"]
    engine = make_engine(f"sqlite:///{db}")
    assert counts(engine) == before
    engine.dispose()
    full = run_cli(["export", "--format", "jsonl", "-o", str(out)], env)
    assert full.returncode == 0, full.stderr
    with out.open(encoding="utf-8") as f:
        assert sum(1 for line in f if json.loads(line)) == before["statement"]


def test_sigkill_during_official_merges_is_all_or_nothing(tmp_path: Path, clean: tuple[Path, dict[str, int]]) -> None:
    folder, _ = clean
    env = cli_env(tmp_path)
    done = run_cli(["ingest", str(folder), "-j", "1"], env)
    assert done.returncode == 0, done.stderr
    db = _db(tmp_path)
    engine = make_engine(f"sqlite:///{db}")

    def by_official() -> dict[int, int]:
        with engine.connect() as conn:
            sql = "SELECT official_id, COUNT(*) FROM statement WHERE official_id IS NOT NULL GROUP BY official_id"
            return dict(conn.execute(sa.text(sql)).all())

    start = by_official()
    ids = sorted(start)
    assert len(ids) >= 4
    # Kill merges after growing delays, so some die before, some during and some after their commit.
    for n, (keep, gone) in enumerate(zip(ids[0::2], ids[1::2], strict=False)):
        if n >= 6:
            break
        before = by_official()
        proc = subprocess.Popen(
            [*CLI, "officials", "merge", str(keep), str(gone), "--reason", "kill test"],
            env=env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(0.5 + n * 0.6)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        after = by_official()
        merged = after.get(gone, 0) == 0 and after.get(keep, 0) == before[keep] + before[gone]
        untouched = after == before
        assert merged or untouched, (keep, gone, before, after)
        with engine.connect() as conn:
            pointer = conn.execute(sa.text("SELECT merged_into_id FROM official WHERE id = :i"), {"i": gone}).scalar()
        assert (pointer == keep) if merged else (pointer is None)
        assert _integrity_check(db) == ["ok"]
        assert problems(engine) == {}
    assert sum(by_official().values()) == sum(start.values())
    engine.dispose()


def _padding(i: int) -> str:
    # Words that differ per article, so neither SQLite's pages nor the archive compress them away.
    return " ".join(f"kata{i}x{j}" for j in range(2500)) + "."


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a tmpfs needs root")
def test_full_disk_gives_a_clear_error_per_file_and_no_corruption(tmp_path: Path) -> None:
    mnt = tmp_path / "small"
    mnt.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"mount -t tmpfs is not permitted here: {mounted.stderr.strip()}")
    try:
        folder = tmp_path / "articles"
        write_articles(folder, 24)
        for f in sorted(folder.iterdir()):
            f.write_text(f.read_text(encoding="utf-8") + "\n" + _padding(int(f.stem[1:])) + "\n", encoding="utf-8")
        env = {**cli_env(tmp_path), "QUOTETRACK_DATA_DIR": str(mnt)}
        done = run_cli(["ingest", str(folder), "-j", "1"], env)
        assert done.returncode != 0
        assert "Traceback" not in done.stderr, done.stderr
        failed = [line for line in done.stderr.splitlines() if line.startswith("failed ")]
        assert failed, done.stderr
        assert all("full" in line for line in failed), done.stderr
        db = mnt / "quotetrack.db"
        assert _integrity_check(db) == ["ok"]
        engine = make_engine(f"sqlite:///{db}")
        assert problems(engine) == {}
        stored = counts(engine)["article"]
        engine.dispose()
        assert 0 < stored < 24
        assert stored + len(failed) == 24
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)
