"""The command line: the extract JSON contract, ingest summary, and the README's run command serving."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotetrack.cli import app
from tests.conftest import REPO, SEEDS

SEED = SEEDS / "000_5ccd890b842306f3.txt"
FIELDS = {
    "article",
    "kind",
    "text",
    "start",
    "end",
    "speaker",
    "speaker_mention",
    "official_id",
    "role",
    "region",
    "date",
    "topics",
    "cue",
    "confidence",
}


def test_extract_jsonl_contract(tmp_path: Path) -> None:
    second = tmp_path / "again.txt"
    second.write_text(SEED.read_text(encoding="utf-8").replace("Kamis, 30/5/ 2024", "Jumat, 31/5/ 2024"))
    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", str(SEED), str(second)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(set(r) == FIELDS for r in rows)
    raw = SEED.read_text(encoding="utf-8")
    for r in rows:
        assert r["kind"] in {"direct", "indirect"}
        assert r["article"] in {str(SEED), str(second)}
        assert r["text"] in raw or r["article"] == str(second)
        assert r["end"] - r["start"] == len(r["text"])
    seed_rows = [r for r in rows if r["article"] == str(SEED)]
    assert all(r["date"] == "2024-05-30" for r in seed_rows)
    assert {r["speaker"] for r in seed_rows} == {"Imran"}
    assert any(r["role"] == "Pj. Bupati" and r["region"] == "Kabupaten Subang" for r in seed_rows)
    # one person keeps one id across every file of the run
    assert len({r["official_id"] for r in rows}) == 1


def test_extract_reports_a_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", str(tmp_path / "nope.txt"), str(SEED)])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr
    assert len(result.stdout.splitlines()) > 5, "the good file is still extracted"


def test_ingest_prints_a_summary(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("QUOTETRACK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    from quotetrack.config import get_settings
    from quotetrack.store.db import default_engine

    get_settings.cache_clear()
    default_engine.cache_clear()
    try:
        result = CliRunner().invoke(app, ["ingest", str(SEEDS)])
        assert result.exit_code == 0, result.output
        assert "1 articles" in result.stdout and "new officials" in result.stdout
        again = CliRunner().invoke(app, ["ingest", str(SEEDS)])
        assert "0 articles, 0 statements" in again.stdout and "1 already stored" in again.stdout
    finally:
        get_settings.cache_clear()
        default_engine.cache_clear()


@pytest.mark.parametrize("address", ["local:0", "local:two", "local:"])
def test_ingest_refuses_a_malformed_local_cluster_before_reading_anything(address: str) -> None:
    result = CliRunner().invoke(app, ["ingest", str(SEEDS), "--dask", address])
    assert result.exit_code == 2
    assert f"--dask expects local:N with N >= 1 worker processes, not {address}" in result.output


def test_every_command_has_help() -> None:
    for command in (
        ["--help"],
        ["ingest", "--help"],
        ["extract", "--help"],
        ["serve", "--help"],
        ["search", "--help"],
        ["officials", "list", "--help"],
    ):
        result = CliRunner().invoke(app, command)
        assert result.exit_code == 0 and "Usage" in result.stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_run_command_serves_the_seed_over_http(tmp_path: Path) -> None:
    """What `make run` does: ingest seeds/, then serve; checked with a real HTTP request."""
    env = {**os.environ, "QUOTETRACK_DATA_DIR": str(tmp_path / "data")}
    env.pop("QUOTETRACK_DATABASE_URL", None)
    exe = [sys.executable, "-m", "quotetrack.cli"]
    subprocess.run([*exe, "ingest", str(SEEDS)], env=env, cwd=REPO, check=True, capture_output=True, timeout=120)
    port = _free_port()
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen(
        [*exe, "serve", "--port", str(port)], env=env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                    status, body = response.status, response.read().decode("utf-8")
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        assert status == 200
        assert "Komunikasi bukan berarti intervensi" in body and "Imran" in body
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def test_extract_reads_every_text_file_of_a_folder(tmp_path: Path) -> None:
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", str(tmp_path)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and {r["article"] for r in rows} == {str(tmp_path / "nested" / "seed.txt")}


def test_extract_gives_each_statement_the_post_its_speaker_holds_in_the_article(tmp_path: Path) -> None:
    article = tmp_path / "post.txt"
    article.write_text(
        "Judul berita\n\n"
        'Bupati Garut Rudi Hartono mengatakan, "Jalan desa akan diperbaiki tahun ini."\n\n'
        '"Anggarannya sudah disiapkan," kata Rudi.\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", str(article)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2 and {r["speaker"] for r in rows} == {"Rudi Hartono"}
    assert {(r["role"], r["region"]) for r in rows} == {("Bupati", "Kabupaten Garut")}


def test_extract_prints_the_role_the_database_would_show(tmp_path: Path) -> None:
    """No post filed: a private person's description or a former post, as pages show them."""
    article = tmp_path / "private.txt"
    article.write_text(
        "Judul berita\n\n"
        '"Air masuk sampai lutut," kata Asep Sukmana (52), pemilik warung kopi di Desa Cibeureum.\n\n'
        '"Kami belum menerima bantuan," kata mantan Kepala Desa Cibeureum Dedi Mulyana.\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", str(article)])
    assert result.exit_code == 0, result.output
    rows = {json.loads(line)["speaker"]: json.loads(line)["role"] for line in result.stdout.splitlines()}
    assert rows["Asep Sukmana"] == "pemilik warung kopi"
    assert rows["Dedi Mulyana"].casefold().startswith("mantan kepala desa")


def test_a_count_of_one_statement_is_singular() -> None:
    from quotetrack.cli import _statements

    assert (_statements(1), _statements(6), _statements(1, 5)) == ("1 statement", "6 statements", "    1 statement")
