"""The editors' sources page in Chromium against a real server whose sources `quotetrack watch`
polled from a local feed server: screenshots at 1280 and 375 px, and a source added by the form."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser.conftest import serve_articles
from tests.conftest import REPO, SEEDS
from tests.ingest.conftest import Site, article_page, site  # noqa: F401 - `site` is the local feed server fixture

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PASSWORD = "a long editor password"


def _cli(root: Path, *args: str, stdin: str | None = None) -> None:
    env = {**os.environ, "QUOTETRACK_DATA_DIR": str(root / "data")}
    env.pop("QUOTETRACK_DATABASE_URL", None)
    subprocess.run(
        [sys.executable, "-m", "quotetrack.cli", *args],
        env=env,
        cwd=REPO,
        input=stdin,
        text=True,
        check=True,
        capture_output=True,
        timeout=120,
    )


def _feed(server: Site) -> str:
    items = ""
    for n in (1, 2):
        path = f"/news/{n}-bupati-tinjau-jalan-desa.html"
        server.page(path, article_page(n))
        items += f"<item><title>Berita {n}</title><link>{server.url(path)}</link></item>"
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>JMI</title>{items}</channel></rss>'
    return server.page("/feed.xml", body, content_type="application/rss+xml")


def test_sources_page_at_1280_and_375(browser, site: Site, shots_dir: Path, tmp_path: Path) -> None:  # noqa: F811
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SEEDS / "000_5ccd890b842306f3.txt", articles)
    site.page("/broken.xml", "<html>Bad gateway", content_type="application/rss+xml")
    with serve_articles(tmp_path, articles) as url:
        _cli(tmp_path, "users", "add", "eddie", "--password-stdin", stdin=PASSWORD + "\n")
        _cli(tmp_path, "sources", "add", _feed(site), "--every", "30m", "--outlet", "Jurnal Mediaindo")
        _cli(tmp_path, "sources", "add", site.url("/broken.xml"), "--every", "1h")
        _cli(tmp_path, "watch", "--once", "--allow-private-addresses", "--host-spacing", "0")
        _cli(tmp_path, "sources", "add", "https://berita.example/daerah", "--kind", "page", "--every", "2h")
        _cli(tmp_path, "sources", "disable", "https://berita.example/daerah")
        for width in (1280, 375):
            context = browser.new_context(base_url=url, viewport={"width": width, "height": 900})
            tab = context.new_page()
            tab.goto("/login?next=/sources")
            tab.locator("input[name=name]").fill("eddie")
            tab.locator("input[name=password]").fill(PASSWORD)
            tab.locator("form button[type=submit]").last.click()
            tab.wait_for_url("**/sources")
            table = tab.locator("table.sources")
            assert table.locator("tbody tr").count() == 3
            assert "+2 new" in table.inner_text() and "not an RSS or Atom feed" in table.inner_text()
            tab.screenshot(path=str(shots_dir / f"sources_{width}.png"), full_page=True)
            if width == 375:
                assert tab.evaluate("document.documentElement.scrollWidth") <= width + 1
            tab.goto("/sources?lang=id")
            tab.screenshot(path=str(shots_dir / f"sources_id_{width}.png"), full_page=True)
            context.close()

        context = browser.new_context(base_url=url, viewport={"width": 1280, "height": 900})
        tab = context.new_page()
        tab.goto("/login?next=/sources")
        tab.locator("input[name=name]").fill("eddie")
        tab.locator("input[name=password]").fill(PASSWORD)
        tab.locator("form button[type=submit]").last.click()
        tab.wait_for_url("**/sources")
        tab.get_by_label("Address of the feed or listing page").fill("https://other.example/feed.atom")
        tab.get_by_label("Poll every").fill("45m")
        tab.get_by_role("button", name="Watch", exact=True).click()
        tab.wait_for_url("**/sources")
        assert "https://other.example/feed.atom" in tab.locator("table.sources").inner_text()
        context.close()
