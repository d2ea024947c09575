"""A real QuoteTrack server on 127.0.0.1 with the seed (and a hostile article) ingested, and Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import REPO, SEEDS

CHROMIUM = os.environ.get("QUOTETRACK_CHROMIUM", "/usr/bin/chromium")
HOSTILE = (
    "Jakarta, Warta - Ketua Panitia Budi Santoso menyampaikan bahwa acara berjalan lancar. Senin, 3/6/2024\n"
    '"Kami <script>alert(1)</script> siap menjaga keamanan," kata Budi Santoso.\n'
    'Budi Santoso menegaskan bahwa "><img src=x onerror=alert(2)> tidak boleh terjadi lagi.\n'
)


def _browser_available() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed"
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    return None


def require_browser() -> None:
    missing = _browser_available()
    if missing:
        if os.environ.get("QUOTETRACK_REQUIRE_BROWSER"):
            pytest.fail(f"browser tests required: {missing}")
        pytest.skip(missing)


@contextmanager
def serve_articles(root: Path, articles: Path) -> Iterator[str]:
    """Ingest the folder `articles` into a database under `root`, serve it on 127.0.0.1, yield its URL."""
    env = {**os.environ, "QUOTETRACK_DATA_DIR": str(root / "data")}
    env.pop("QUOTETRACK_DATABASE_URL", None)
    exe = [sys.executable, "-m", "quotetrack.cli"]
    subprocess.run([*exe, "ingest", str(articles)], env=env, cwd=REPO, check=True, capture_output=True, timeout=120)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = (root / "serve.log").open("wb")
    server = subprocess.Popen(
        [*exe, "serve", "--port", str(port)], env=env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url, timeout=5).close()
            break
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError((root / "serve.log").read_text()) from None
            time.sleep(0.2)
    try:
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    require_browser()
    root = tmp_path_factory.mktemp("live")
    articles = root / "articles"
    articles.mkdir()
    shutil.copy(SEEDS / "000_5ccd890b842306f3.txt", articles)
    (articles / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    with serve_articles(root, articles) as url:
        yield url


@pytest.fixture(scope="session")
def browser(live_server: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def shots_dir() -> Path:
    folder = Path(os.environ.get("QUOTETRACK_SCREENSHOTS", REPO / "test-artifacts" / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {folder}")
    return folder
