"""Files that are not plain article files: named pipes in a folder, text with stray NUL bytes
(bad exports), binary files named .txt. Each is reported or read, never waited on, and the rest
of the batch goes in."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sqlite3
import tarfile
import threading
import time
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from quotetrack.cli import app
from quotetrack.errors import IngestError
from quotetrack.ingest.encodings import decode
from quotetrack.ingest.sources import read_source
from quotetrack.pipeline import ingest_paths
from tests.ingest.conftest import article_text

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")


def _unblock_after(pipes: list[Path], seconds: float) -> None:
    """A reader stuck opening one of `pipes` is freed after `seconds` (a writer opens and closes
    it), so that code which waits on a pipe fails the test instead of hanging the suite."""

    def free() -> None:
        time.sleep(seconds)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            for pipe in pipes:
                with contextlib.suppress(OSError):  # no reader waiting (ENXIO), or the folder is gone
                    os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
            time.sleep(0.1)

    threading.Thread(target=free, daemon=True).start()


@pytest.fixture
def with_pipes(tmp_path: Path) -> Path:
    """Two articles and a named pipe under each suffix a folder is searched for."""
    root = tmp_path / "inbox"
    root.mkdir()
    (root / "a.txt").write_text(article_text(1, speaker="Wiradharma Pakuan"))
    (root / "z.txt").write_text(article_text(2, speaker="Hendrawati Sukmono"))
    pipes = [root / name for name in ("pipe.txt", "pipe.html", "pipe.csv", "pipe.rss")]
    for pipe in pipes:
        os.mkfifo(pipe)
    _unblock_after(pipes, 3)
    return root


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_named_pipe_in_a_folder_is_reported_not_skipped_nor_waited_on(
    engine: sa.Engine, with_pipes: Path, jobs: int
) -> None:
    report = ingest_paths([with_pipes], engine=engine, max_bytes=100_000, jobs=jobs)
    failed = {Path(e.source).name: e.reason for e in report.errors}
    assert set(failed) == {"pipe.txt", "pipe.html", "pipe.csv", "pipe.rss"}, failed
    assert all("named pipe" in reason for reason in failed.values()), failed
    assert report.articles == 2 and not report.ok


def test_the_cli_fails_on_a_named_pipe_given_by_name_and_exits_like_for_other_unreadable_files(
    tmp_path: Path, with_pipes: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUOTETRACK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    result = CliRunner().invoke(app, ["ingest", "--jobs", "1", str(with_pipes / "pipe.txt"), str(with_pipes / "a.txt")])
    assert result.exit_code == 1, result.output
    assert "pipe.txt" in result.stderr and "named pipe" in " ".join(result.stderr.split())
    assert "1 articles" in result.stdout


def test_read_source_refuses_a_named_pipe_without_waiting_for_a_writer(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    _unblock_after([tmp_path / "pipe.txt"], 3)
    with pytest.raises(IngestError, match="named pipe"):
        read_source(tmp_path / "pipe.txt", max_bytes=100_000)


TEXT = article_text(3, speaker="Hendrawati Sukmono")


@pytest.mark.parametrize(
    ("data", "removed"),
    [
        (TEXT.replace("jalan desa", "jalan\x00 desa", 1).encode(), 1),  # one stray NUL
        (TEXT.encode() + b"\x00" * 3000, 3000),  # zero padding after a crash
        (b"\x00\x00" + TEXT.encode(), 2),  # zero padding before
        (TEXT.replace("\n", "\x00\n").encode(), TEXT.count("\n")),  # an export ending each line with NUL
        (TEXT.replace("Pagaden", "Pagadén").encode("cp1252") + b"\x00", 1),  # a legacy code page too
    ],
)
def test_text_with_stray_nul_bytes_is_read_without_them_and_warned_about(
    data: bytes, removed: int, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="quotetrack.ingest"):
        text, _ = decode(data, "export.txt")
    assert "\x00" not in text and "Hendrawati Sukmono" in text and "kata Hendrawati" in text
    warned = [r.getMessage() for r in caplog.records]
    assert warned == [f"export.txt: {removed:,} NUL bytes removed (a damaged export?)"]


def test_utf16_without_a_byte_order_mark_is_decoded_not_stripped_of_nuls() -> None:
    text, encoding = decode(TEXT.replace("Pagaden", "Pagadén — Jawa Barat").encode("utf-16-le"), "wide.txt")
    assert encoding == "utf-16-le" and "Pagadén — Jawa Barat" in text


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", TEXT)
    return buf.getvalue()


def _tar() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        data = TEXT.encode()
        info = tarfile.TarInfo("article.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _sqlite(tmp_path: Path) -> bytes:
    db = sqlite3.connect(tmp_path / "x.db")
    db.execute("CREATE TABLE t (a TEXT)")
    db.executemany("INSERT INTO t VALUES (?)", [(TEXT,)] * 20)
    db.commit()
    db.close()
    return (tmp_path / "x.db").read_bytes()


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda _: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "a PNG image"),
        (lambda _: _zip(), "a ZIP archive"),
        (lambda _: _tar(), "a tar archive"),
        (_sqlite, "an SQLite database"),
        (lambda _: b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8, "a program"),
        (lambda _: bytes(range(256)) * 16, "NUL and control bytes"),  # no known format: by its bytes
        (lambda _: b"\x00" * 4000, "nothing but NUL bytes"),
    ],
)
def test_a_binary_file_stays_refused_and_the_message_says_what_it_is(make, says: str, tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="not article text") as caught:
        decode(make(tmp_path), "looks.txt")
    assert "binary file" in caught.value.reason and says in caught.value.reason
