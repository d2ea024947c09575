"""Following an official in Chromium at 1280 and 375 px: the Follow control on the official page,
the form, the confirmation link from the e-mail a real SMTP server captured, then an alert for a
newly ingested article and its unsubscribe link. Screenshots of every step for a person to look at."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from tests.alerts.conftest import FLOODS, IMRAN_AGAIN, Mailbox, free_port
from tests.browser.conftest import require_browser, serve_articles
from tests.browser.test_browse_pages import OVERFLOW, WIDTHS
from tests.conftest import REPO

pytestmark = [pytest.mark.browser, pytest.mark.slow]
_LINK = re.compile(r"(http://127\.0\.0\.1:\d+/alerts/(?:confirm|unsubscribe)/[^\s<>\"]+)")


@pytest.fixture(scope="module")
def follow_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Mailbox, Path]]:
    """A server whose e-mail goes to an SMTP server of the test's own; yields (url, mailbox, root)."""
    require_browser()
    mailbox, port = Mailbox(), free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    root = tmp_path_factory.mktemp("follow")
    articles = root / "articles"
    articles.mkdir()
    (articles / "floods.txt").write_text(FLOODS, encoding="utf-8")
    settings = {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(port), "SMTP_STARTTLS": "0", "ALERT_INTERVAL_MINUTES": "0"}
    with pytest.MonkeyPatch.context() as patch:
        for name, value in settings.items():
            patch.setenv(f"QUOTETRACK_{name}", value)
        with serve_articles(root, articles) as url:
            yield url, mailbox, root
    controller.stop()


def _shot(page, shots_dir: Path, name: str, width: str) -> None:
    page.screenshot(path=str(shots_dir / f"follow-{name}-{width}.png"), full_page=True)
    assert not page.evaluate(OVERFLOW), f"{name} at {width}: wider than the page"


def _link(mailbox: Mailbox, to: str, kind: str) -> str:
    message = mailbox.to(to)[-1]
    found = [m for m in _LINK.findall(message.get_body(("plain",)).get_content()) if f"/{kind}/" in m]
    assert found
    return found[0]


def _ingest(root: Path, url: str, name: str, text: str) -> str:
    """`quotetrack ingest` into the served database, as an editor's batch would run (with the
    site's address set, as in production, for the links in the alerts)."""
    path = root / name
    path.write_text(text, encoding="utf-8")
    env = {**os.environ, "QUOTETRACK_DATA_DIR": str(root / "data"), "QUOTETRACK_BASE_URL": url}
    env.pop("QUOTETRACK_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "quotetrack.cli", "ingest", str(path), "--jobs", "1"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("width", list(WIDTHS))
def test_follow_an_official_confirm_by_email_receive_and_unsubscribe(
    browser, follow_site: tuple[str, Mailbox, Path], shots_dir: Path, width: str
) -> None:
    url, mailbox, root = follow_site
    reader = f"reader-{width}@example.org"
    w, h = WIDTHS[width]
    context = browser.new_context(base_url=url, viewport={"width": w, "height": h})
    page = context.new_page()
    page.goto("/officials")
    page.get_by_role("link", name="Imran").first.click()
    _shot(page, shots_dir, "official", width)
    page.get_by_role("link", name="Follow", exact=True).click()
    assert page.get_by_role("heading", level=1).inner_text() == "Follow: Imran"
    page.get_by_label("Your e-mail address").fill(reader)
    page.get_by_label("Daily digest").check()
    page.get_by_label("As they come", exact=True).check()
    _shot(page, shots_dir, "form", width)
    page.get_by_role("button", name="Follow").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Check your e-mail"
    _shot(page, shots_dir, "sent", width)
    assert reader not in page.content()

    page.goto(_link(mailbox, reader, "confirm"))
    _shot(page, shots_dir, "confirm", width)
    page.get_by_role("button", name="Confirm").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Confirmed"
    _shot(page, shots_dir, "confirmed", width)

    out = _ingest(root, url, f"again-{width}.txt", IMRAN_AGAIN.replace("Rabu", "Kamis" if width == "phone" else "Rabu"))
    assert "messages with" in out
    alert = mailbox.to(reader)[-1]
    assert "Pedagang kami pindahkan ke gedung baru" in alert.get_body(("plain",)).get_content()
    page.goto(_link(mailbox, reader, "unsubscribe"))
    _shot(page, shots_dir, "unsubscribe", width)
    page.get_by_role("button", name="Unsubscribe").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Unsubscribed"
    _shot(page, shots_dir, "unsubscribed", width)
    context.close()
