"""Helpers for the fault, concurrency and hostile-input tests: generated articles, integrity
queries, CLI subprocesses and a real server on a free port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.conftest import PG_URL, REPO, create_run_database, drop_run_database, run_database_name

FIRST = ["Budi", "Siti", "Agus", "Dewi", "Rudi", "Wati", "Joko", "Rina", "Hadi", "Sri"]
LAST = ["Santoso", "Rahayu", "Wijaya", "Lestari", "Pratama", "Hidayat", "Saputra", "Kusuma"]
ROLES = ["Bupati", "Wali Kota", "Gubernur", "Ketua DPRD", "Camat"]
PLACES = ["Bogor", "Bandung", "Malang", "Medan", "Padang", "Kupang"]


def article_text(i: int) -> str:
    """An invented Indonesian news article with two direct quotes and one reported statement."""
    who = f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}"
    role, place = ROLES[i % len(ROLES)], PLACES[i % len(PLACES)]
    return (
        f"{place}, Warta - {role} {place} {who} menyampaikan bahwa program nomor {i} berjalan lancar. "
        f"Senin, {1 + i % 28}/6/2024\n\n"
        f'"Kami akan menyelesaikan pembangunan jalan nomor {i} sebelum akhir tahun," kata {who}.\n\n'
        f"{who} menegaskan bahwa anggaran sebesar {i * 7 + 3} miliar rupiah sudah disiapkan.\n\n"
        f'"Warga tidak perlu khawatir soal banjir di kawasan {i}," ujar {role} {place} itu.\n'
    )


def write_articles(folder: Path, n: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"a{i:05d}.txt").write_text(article_text(i), encoding="utf-8")
    return folder


# Each query returns rows only when something is wrong; `problems` runs them all.
INTEGRITY = {
    "statement without its article": "SELECT s.id FROM statement s LEFT JOIN article a ON a.id = s.article_id "
    "WHERE a.id IS NULL",
    "statement text is not article.text[start:end]": None,  # checked in Python: substr differs per backend
    "duplicate article sha256": "SELECT sha256 FROM article GROUP BY sha256 HAVING COUNT(*) > 1",
    "orphan statementtopic": "SELECT st.statement_id FROM statementtopic st LEFT JOIN statement s "
    "ON s.id = st.statement_id WHERE s.id IS NULL",
    "statementtopic without topic": "SELECT st.topic_id FROM statementtopic st LEFT JOIN topic t "
    "ON t.id = st.topic_id WHERE t.id IS NULL",
    "membership without official": "SELECT m.id FROM membership m LEFT JOIN official o ON o.id = m.official_id "
    "WHERE o.id IS NULL",
    "statement with a missing official": "SELECT s.id FROM statement s LEFT JOIN official o "
    "ON o.id = s.official_id WHERE s.official_id IS NOT NULL AND o.id IS NULL",
    "statement with a missing membership": "SELECT s.id FROM statement s LEFT JOIN membership m "
    "ON m.id = s.membership_id WHERE s.membership_id IS NOT NULL "
    "AND m.id IS NULL",
    "article without a version row": "SELECT a.id FROM article a WHERE NOT EXISTS "
    "(SELECT 1 FROM articleversion v WHERE v.article_id = a.id)",
}


def problems(engine: sa.Engine) -> dict[str, list]:
    """Every integrity rule broken in the database, with up to five offending keys each."""
    found: dict[str, list] = {}
    with engine.connect() as conn:
        tables = set(sa.inspect(conn).get_table_names())
        for name, sql in INTEGRITY.items():
            if sql is None or not all(t in tables for t in _tables_of(sql)):
                continue
            rows = [r[0] for r in conn.execute(sa.text(sql)).fetchmany(5)]
            if rows:
                found[name] = rows
        bad = []
        texts: dict[int, str] = {}
        for sid, aid, text, start, end in conn.execute(
            sa.text('SELECT id, article_id, text, start, "end" FROM statement ORDER BY article_id')
        ):
            if aid not in texts:
                texts.clear()  # ordered by article: keep one article's text in memory at a time
                texts[aid] = conn.execute(sa.text("SELECT text FROM article WHERE id = :i"), {"i": aid}).scalar_one()
            if texts[aid][start:end] != text:
                bad.append(sid)
        if bad:
            found["statement text is not article.text[start:end]"] = bad[:5]
    return found


def _tables_of(sql: str) -> list[str]:
    words = sql.replace("(", " ").split()
    return [words[i + 1] for i, w in enumerate(words) if w in {"FROM", "JOIN"}]


def counts(engine: sa.Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            t: conn.execute(sa.text(f"SELECT COUNT(*) FROM {t}")).scalar_one()
            for t in ("article", "statement", "official", "statementtopic")
        }


def cli_env(tmp: Path, url: str | None = None) -> dict[str, str]:
    env = {**os.environ, "QUOTETRACK_DATA_DIR": str(tmp / "data"), "PYTHONUNBUFFERED": "1", "COLUMNS": "2000"}
    env.pop("QUOTETRACK_DATABASE_URL", None)
    if url:
        env["QUOTETRACK_DATABASE_URL"] = url
    return env


CLI = [sys.executable, "-m", "quotetrack.cli"]


def run_cli(args: list[str], env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`quotetrack serve` in a subprocess of its own session, so a kill reaches its workers too."""

    def __init__(self, env: dict[str, str], log: Path, workers: int = 1) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self._out = log.open("wb")
        self.proc = subprocess.Popen(
            [*CLI, "serve", "--port", str(self.port), "--workers", str(workers)],
            env=env,
            cwd=REPO,
            stdout=self._out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(self.url + "/api/v1/statements?limit=1", timeout=5).close()
                return
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    self.stop()
                    raise RuntimeError(log.read_text(errors="replace")) from None
                time.sleep(0.2)

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, 15)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, 9)
                self.proc.wait(timeout=15)
        self._out.close()


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    return write_articles(tmp_path / "articles", 40)


def own_pg_database(name: str) -> Iterator[str]:
    """A PostgreSQL database of this test's own (never `test`, never another run's), dropped afterwards.

    Fails instead of skipping when QUOTETRACK_REQUIRE_POSTGRES is set, like tests/conftest.py.
    """
    name = run_database_name(name)
    try:
        admin, url = create_run_database(name)
    except Exception as exc:
        if os.environ.get("QUOTETRACK_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL required but not reachable at {PG_URL}: {exc}")
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}")
    try:
        yield url
    finally:
        drop_run_database(admin, name)
