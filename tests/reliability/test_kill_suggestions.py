"""Issue 17, point 6: merge suggestions survive a SIGKILL mid-batch. They are stored with the
article group that produced them, so the rerun (which skips stored articles) still has the
suggestions those articles gave in a batch that was never interrupted."""

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
KILL_AFTER = 20

# Invented namesakes: "Imran" the Pj. Bupati, "Imran" of DPRD Aceh and a bare "Imran" are left
# apart by the resolver and queued for an editor. Named to sort first, so they are in the batch's
# first groups, well before the kill.
NAMESAKES = {
    "0000a.txt": "Subang, Warta - Pj. Bupati Subang Imran meninjau jalan desa, Senin (3/6/2024).\n\n"
    '"Jalan desa ini harus selesai sebelum musim hujan tiba," kata Imran.\n',
    "0000b.txt": "Banda Aceh, Warta - Anggota DPRD Aceh Imran menghadiri rapat anggaran, Selasa (4/6/2024).\n\n"
    '"Dana desa perlu diawasi bersama oleh warga dan dewan," ujar Imran.\n',
    "0000c.txt": "Bandung, Warta - Imran menyampaikan pendapatnya soal banjir, Rabu (5/6/2024).\n\n"
    '"Kami akan membantu warga yang terdampak banjir," kata Imran.\n',
}
PAIRS = (
    "SELECT a.name, b.name, s.reason FROM mergesuggestion s JOIN official a ON a.id = s.official_a_id "
    "JOIN official b ON b.id = s.official_b_id"
)


def _query(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
        return conn.execute(sql).fetchall()


def _articles(db: Path) -> int:
    with contextlib.suppress(sqlite3.OperationalError):  # tables not created yet
        return _query(db, "SELECT count(*) FROM article")[0][0]
    return 0


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    generate(folder, ARTICLES, kind="txt")
    for name, text in NAMESAKES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_suggestions_survive_a_sigkill_and_the_rerun(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    reference = tmp_path / "reference.db"
    engine = make_engine(f"sqlite:///{reference}")
    upgrade(engine)
    assert ingest_paths([folder], engine=engine, max_bytes=10**7, jobs=1).ok
    engine.dispose()
    expected = sorted(_query(reference, PAIRS + " WHERE a.name LIKE '%Imran%' OR b.name LIKE '%Imran%'"))
    assert len(expected) >= 2, "the namesakes should give suggestions"

    db = tmp_path / "killed.db"
    env = {**os.environ, "QUOTETRACK_DATABASE_URL": f"sqlite:///{db}"}
    command = [sys.executable, "-m", "quotetrack.cli", "ingest", str(folder), "--jobs", "2"]
    proc = subprocess.Popen(
        command, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 180
        while _articles(db) < KILL_AFTER if db.exists() else True:
            assert proc.poll() is None, "the batch finished before it could be killed; raise ARTICLES"
            assert time.monotonic() < deadline, "the batch made no progress"
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, before the end-of-batch step
        proc.wait(30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL
    assert KILL_AFTER <= _articles(db) < len(NAMESAKES) + ARTICLES

    rerun = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert _articles(db) == len(NAMESAKES) + ARTICLES
    # The killed run had stored the namesakes' articles; the rerun skips them, so their
    # suggestions are there only if they were stored with them.
    assert sorted(_query(db, PAIRS + " WHERE a.name LIKE '%Imran%' OR b.name LIKE '%Imran%'")) == expected
