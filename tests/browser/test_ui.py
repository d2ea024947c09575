"""The web UI driven like a person would, in headless Chromium against a real server."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def page(browser, live_server: str):
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server)
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    yield tab
    context.close()
    assert not dialogs, f"a script ran from article text: {dialogs}"


def test_fact_checker_finds_a_quote_and_copies_its_citation(page) -> None:
    page.goto("/")
    page.get_by_role("search").first.get_by_role("searchbox").fill("netralitas ASN")
    page.get_by_role("search").first.get_by_role("button").click()
    page.wait_for_url(re.compile(r"/search\?q=netralitas"))
    result = page.locator("article.statement").filter(has_text="netralitas ASN").first
    marked = {m.lower() for m in result.locator("mark").all_inner_texts()}
    assert {"netralitas", "asn"} <= marked
    result.locator("blockquote a").click()
    page.wait_for_url(re.compile(r"/statements/\d+$"))

    plain = page.locator("#citation-plain")
    citation = plain.input_value()
    assert "netralitas ASN" in citation and "JMI" in citation and "30 May 2024" in citation
    assert citation.startswith("Imran (Pj. Bupati Subang)")
    page.locator("button.copy[data-target='citation-plain']").click()
    assert page.evaluate("navigator.clipboard.readText()") == citation
    page.locator("#cite-style").select_option("bibtex")
    assert page.locator("#citation-bibtex").is_visible() and not plain.is_visible()

    page.get_by_role("link", name="Imran").first.click()
    page.wait_for_url(re.compile(r"/officials/\d+"))
    assert page.locator("svg.timeline:visible").count() == 1  # one drawing per layout, CSS shows one
    assert page.locator("svg.timeline:visible rect").count() >= 1
    roles = page.locator("ul.roles").inner_text()
    assert "Pj. Bupati Subang" in roles and "acting" in roles  # the post names its level: not "Kabupaten"


def test_language_switch_sticks(page) -> None:
    page.goto("/")
    page.get_by_role("link", name="ID", exact=True).click()
    assert page.locator("h2#latest").inner_text() == "Pernyataan terbaru"
    page.goto("/officials")
    assert page.locator("h1").inner_text() == "Pejabat"
    page.get_by_role("link", name="EN", exact=True).click()
    assert page.locator("h1").inner_text() == "Officials"


def test_keyboard_reaches_search_first(page) -> None:
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_hostile_article_renders_inert(page) -> None:
    page.goto("/search?q=keamanan")
    page.goto("/")
    text = page.content()
    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    hrefs = {a.get_attribute("href") for a in page.locator("a[href^='/articles/']").all()}
    hrefs |= {a.get_attribute("href") for a in page.locator("a[href^='/statements/']").all()[:5]}
    for href in sorted(h for h in hrefs if h):
        page.goto(href)
        assert page.locator("img[src=x]").count() == 0, href
        assert page.locator("script:not([src])").count() == 0, href


PAGES = ["/", "/search?q=pilkada", "/officials", "/topics", "/topics/pilkada", "/regions", "/claims", "/docs"]


@pytest.mark.parametrize("width", [1280, 375])
def test_screenshots_of_every_page(browser, live_server: str, shots_dir: Path, width: int) -> None:
    context = browser.new_context(base_url=live_server, viewport={"width": width, "height": 800})
    tab = context.new_page()
    tab.goto("/api/v1/statements?limit=1")
    sid = tab.evaluate("JSON.parse(document.body.innerText).items[0].id")
    stmt = tab.evaluate(f"fetch('/api/v1/statements/{sid}').then(r => r.json())")
    tab.goto("/regions")
    region_path = tab.locator("table.list a[href^='/regions/']").first.get_attribute("href")
    paths = [
        *PAGES,
        f"/statements/{sid}",
        f"/articles/{stmt['article']['id']}",
        f"/officials/{stmt['official']['id']}",
        region_path,
        "/review",
        "/login",
        "/statements/999999",
    ]
    for path in paths:
        response = tab.goto(path)
        assert response is not None and response.status in (200, 401, 404), path
        name = re.sub(r"[^a-z0-9]+", "_", path.strip("/") or "home") + f"_{width}.png"
        tab.screenshot(path=str(shots_dir / name), full_page=True)
        # No horizontal scrolling on a phone: the page fits its viewport.
        if width == 375 and path != "/docs":
            assert tab.evaluate("document.documentElement.scrollWidth") <= width + 1, path
    context.close()


A11Y_PAGES = ["/", "/search?q=pilkada", "/officials", "/topics", "/topics/pilkada", "/regions", "/claims"]


def test_no_serious_accessibility_violations(browser, live_server: str) -> None:
    """axe-core (shipped in axe-playwright-python) on the main pages: no serious or critical issue."""
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto("/api/v1/statements?limit=1")
    first = tab.evaluate("JSON.parse(document.body.innerText).items[0]")
    paths = [
        *A11Y_PAGES,
        f"/statements/{first['id']}",
        f"/articles/{first['article']['id']}",
        f"/officials/{first['official']['id']}",
    ]
    axe = Axe()
    found = {}
    for path in paths:
        tab.goto(path)
        results = axe.run(tab).response
        serious = [
            f"{v['id']} ({len(v['nodes'])}): {v['help']}"
            for v in results["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        if serious:
            found[path] = serious
    context.close()
    assert not found, found
