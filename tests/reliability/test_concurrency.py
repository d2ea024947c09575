"""Concurrency on SQLite: a real server keeps answering while an ingest and an editor write, and
two ingests into one file both finish without duplicates."""

from __future__ import annotations

import subprocess
import threading
import time
from pathlib import Path

import httpx
import sqlalchemy as sa

from quotetrack.store.db import make_engine
from tests.conftest import REPO
from tests.reliability.conftest import CLI, Server, cli_env, counts, problems, run_cli, write_articles

PAGES = ["/", "/search?q=pembangunan", "/api/v1/search?q=anggaran", "/api/v1/statements?limit=20", "/officials"]


def test_serving_while_ingesting_and_editing_never_gives_a_user_an_error(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    first = run_cli(["ingest", str(write_articles(tmp_path / "first", 3))], env)
    assert first.returncode == 0, first.stderr
    engine = make_engine(f"sqlite:///{tmp_path / 'data' / 'quotetrack.db'}")
    with engine.connect() as conn:
        officials = [r[0] for r in conn.execute(sa.text("SELECT id FROM official ORDER BY id"))]
    server = Server(env, tmp_path / "serve.log")
    failures: list[str] = []
    answered = 0
    ingesting = threading.Event()
    ingesting.set()

    def hammer() -> None:
        nonlocal answered
        with httpx.Client(base_url=server.url, timeout=60) as client:
            i = 0
            while ingesting.is_set():
                path = PAGES[i % len(PAGES)]
                i += 1
                try:
                    r = client.get(path)
                except httpx.HTTPError as exc:
                    failures.append(f"{path}: {exc!r}")
                    continue
                answered += 1
                if r.status_code >= 500 or "database is locked" in r.text:
                    failures.append(f"{path}: {r.status_code} {r.text[:200]}")

    try:
        threads = [threading.Thread(target=hammer) for _ in range(4)]
        for t in threads:
            t.start()
        try:
            ingest = subprocess.Popen(
                [*CLI, "ingest", str(write_articles(tmp_path / "more", 16, start=100)), "-j", "2"],
                env=env,
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            deadline = time.monotonic() + 300
            while counts(engine)["article"] < 5 and ingest.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            # An editor's write while the ingest is storing: it waits its turn, it does not fail.
            edit = run_cli(["officials", "merge", str(officials[0]), str(officials[1]), "--reason", "same person"], env)
            ingest_err = ingest.communicate(timeout=600)[1]
        finally:
            ingesting.clear()
            for t in threads:
                t.join(timeout=120)
    finally:
        server.stop()
    assert ingest.returncode == 0, ingest_err
    assert edit.returncode == 0, edit.stderr
    assert answered > 0
    assert failures == []
    assert "database is locked" not in server.log.read_text(errors="replace")
    assert counts(engine)["article"] == 19
    with engine.connect() as conn:
        merged = conn.execute(sa.text("SELECT merged_into_id FROM official WHERE id = :i"), {"i": officials[1]})
        assert merged.scalar_one() == officials[0]
    assert problems(engine) == {}
    engine.dispose()


def test_two_ingests_into_one_sqlite_file_both_finish_without_duplicates(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    assert run_cli(["init"], env).returncode == 0
    shared = write_articles(tmp_path / "shared", 10)
    # Overlapping batches: both see articles 5..9, and each has some of its own.
    a = write_articles(tmp_path / "a", 4, start=200)
    b = write_articles(tmp_path / "b", 4, start=300)
    for i in range(5, 10):
        (a / f"s{i}.txt").write_bytes((shared / f"a{i:05d}.txt").read_bytes())
        (b / f"s{i}.txt").write_bytes((shared / f"a{i:05d}.txt").read_bytes())
    procs = [
        subprocess.Popen(
            [*CLI, "ingest", str(folder), "-j", "1"],
            env=env,
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in (a, b)
    ]
    outs = [p.communicate(timeout=600) for p in procs]
    engine = make_engine(f"sqlite:///{tmp_path / 'data' / 'quotetrack.db'}")
    assert problems(engine) == {}
    assert counts(engine)["article"] == 4 + 4 + 5
    engine.dispose()
    failed = [line for _, errs in outs for line in errs.splitlines() if line.startswith("failed ")]
    # Losing the race to store the same text counts as "already stored", not as a failure.
    assert failed == []
    assert [p.returncode for p in procs] == [0, 0]
