"""The search page in headless Chromium, as a fact-checker uses it: who + what queries, browsing
by filters alone, the language switch, phone and desktop layouts, accessibility (issue 16)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.conftest import require_browser, serve_articles
from tests.conftest import SEEDS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Made-up articles: a governor whose first name another official says in his own quote
# ("Pak Rahmat ..."), and an English one.
MADE_UP = {
    "priangan.txt": (
        "Bandung, Kabar Priangan - Gubernur Jawa Barat Rahmat Hidayatullah menegaskan bahwa anggaran pendidikan "
        "tahun depan naik. Senin, 6/10/2025\n"
        '"Anggaran pendidikan kita naikkan dua puluh persen agar sekolah desa tidak tertinggal," kata Rahmat '
        "Hidayatullah.\n"
        '"Perbaikan jalan desa kami mulai bulan depan di seluruh kabupaten," ujar Rahmat.\n'
        "Ketua DPRD Jawa Barat Sutrisno Wibowo mengatakan bahwa dewan akan mengawasi anggaran itu.\n"
        '"Pak Rahmat berjanji jalan desa diperbaiki tahun ini, kami tagih janji itu," ujar Sutrisno Wibowo.\n'
    ),
    "ledger.txt": (
        "Jakarta, Daily Ledger - Finance Minister Hendra Kusuma said on Tuesday that the fuel subsidy would stay "
        "in place. Tuesday, 14/10/2025\n"
        '"The fuel subsidy stays until the end of next year, and no household will pay more," Hendra Kusuma said.\n'
        '"We will publish every regional transfer online," Kusuma told reporters.\n'
    ),
}
SIZES = {"desktop": (1280, 800), "phone": (375, 812)}


@pytest.fixture(scope="module")
def search_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    require_browser()
    root = tmp_path_factory.mktemp("search-live")
    articles = root / "articles"
    articles.mkdir()
    shutil.copy(SEEDS / "000_5ccd890b842306f3.txt", articles)
    for name, text in MADE_UP.items():
        (articles / name).write_text(text, encoding="utf-8")
    with serve_articles(root, articles) as url:
        yield url


def _tab(browser, url: str, size: str):
    width, height = SIZES[size]
    context = browser.new_context(base_url=url, viewport={"width": width, "height": height}, locale="en-US")
    return context, context.new_page()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    ("path", "shot"),
    [
        ("/search?q=netralitas+ASN", "words"),
        ("/search?q=imran+netral", "who_what"),
        ("/search?q=Imran", "name_only"),
        ("/search?q=&topic=pilkada", "filters_only"),
    ],
)
def test_first_result_is_above_the_fold(
    browser,
    search_server: str,
    shots_dir: Path,
    size: str,
    path: str,
    shot: str,
) -> None:
    context, tab = _tab(browser, search_server, size)
    tab.goto(path)
    tab.screenshot(path=str(shots_dir / f"search_{shot}_{size}_fold.png"))
    tab.screenshot(path=str(shots_dir / f"search_{shot}_{size}_full.png"), full_page=True)
    box = tab.locator(".results article.statement").first.bounding_box()
    height = SIZES[size][1]
    assert box is not None and box["y"] + 60 <= height, (path, size, box)
    header = tab.locator("header.site").bounding_box()
    assert header is not None and header["height"] <= (130 if size == "phone" else 80), header
    context.close()


@pytest.mark.parametrize(
    ("q", "said", "speaker", "not_shown"),
    [
        ("imran netral", "netralitas ASN ini bisa dipertahankan", "Imran", None),
        ("Imran komunikasi", "Komunikasi bukan berarti intervensi", "Imran", None),
        ("rahmat jalan", "Perbaikan jalan desa kami mulai", "Rahmat Hidayatullah", "Pak Rahmat berjanji"),
        ("hidayatullah anggaran", "Anggaran pendidikan kita naikkan", "Rahmat Hidayatullah", "dewan akan mengawasi"),
        ("sutrisno janji", "Pak Rahmat berjanji", "Sutrisno Wibowo", None),
        ("hendra kusuma subsidy", "The fuel subsidy stays", "Hendra Kusuma", None),
        ("kusuma transfer", "We will publish every regional transfer", "Hendra Kusuma", None),
    ],
)
def test_who_and_what_queries_find_the_statement(
    browser,
    search_server: str,
    q: str,
    said: str,
    speaker: str,
    not_shown: str | None,
) -> None:
    context, tab = _tab(browser, search_server, "desktop")
    tab.goto("/search")
    tab.get_by_role("search").get_by_role("searchbox").fill(q)
    tab.get_by_role("search").get_by_role("button").click()
    tab.wait_for_url(re.compile(r"/search\?q="))
    results = tab.locator(".results article.statement")
    top = [results.nth(i).inner_text() for i in range(min(3, results.count()))]
    assert any(said in text for text in top), top
    assert all(speaker in text for text in top), top  # the official's own statements come first
    if not_shown:
        assert not_shown not in tab.locator(".results").inner_text()
    context.close()


def test_a_name_alone_leads_to_the_official(browser, search_server: str) -> None:
    context, tab = _tab(browser, search_server, "desktop")
    tab.goto("/search?q=Hidayatullah")
    card = tab.locator(".official-card").first
    assert "Rahmat Hidayatullah" in card.inner_text() and "Gubernur" in card.inner_text()
    card.get_by_role("link", name="Rahmat Hidayatullah").click()
    tab.wait_for_url(re.compile(r"/officials/\d+$"))
    context.close()


def test_filters_alone_browse_statements(browser, search_server: str) -> None:
    context, tab = _tab(browser, search_server, "desktop")
    tab.goto("/search")
    card = tab.locator(".filter-card")
    card.get_by_label("Topic").select_option("pilkada")
    card.get_by_role("button", name="Apply filters").click()
    tab.wait_for_url(re.compile(r"topic=pilkada"))
    assert tab.locator(".results article.statement").count() > 1
    assert "newest" in tab.locator("nav.sorts [aria-current]").inner_text()
    # A date range alone, typed in the sidebar of the results page.
    panel = tab.locator("details.panel")
    assert panel.get_attribute("open") is not None  # a sidebar on a wide screen
    panel.get_by_label("Topic").select_option("")
    panel.get_by_label("From", exact=True).fill("2025-10-01")
    panel.get_by_label("To", exact=True).fill("2025-10-31")
    panel.get_by_role("button", name="Apply filters").click()
    tab.wait_for_url(re.compile(r"date_from=2025-10-01"))
    dates = tab.locator(".results article.statement time").evaluate_all("els => els.map(e => e.dateTime)")
    assert dates and all(d.startswith("2025-10") for d in dates)
    csv_href = tab.get_by_role("link", name="CSV").get_attribute("href")
    assert csv_href and "date_from=2025-10-01" in csv_href and "format=csv" in csv_href
    context.close()


@pytest.mark.parametrize(("size", "lang", "label"), [("desktop", "en", "Did you mean:"), ("phone", "id", "Mungkin")])
def test_a_misspelt_search_offers_the_words_the_statements_print(
    browser, search_server: str, shots_dir: Path, size: str, lang: str, label: str
) -> None:
    context, tab = _tab(browser, search_server, size)
    tab.goto(f"/search?q=anggaaran+pendidikan&language=id&lang={lang}")
    assert tab.locator(".results article.statement").count() == 0
    suggestion = tab.locator("p.suggestion")
    assert suggestion.inner_text().startswith(label), suggestion.inner_text()
    assert suggestion.locator("a em").inner_text() == "anggaran"  # the corrected word, emphasised
    tab.screenshot(path=str(shots_dir / f"search_suggestion_{size}_{lang}.png"), full_page=True)
    suggestion.get_by_role("link").click()
    tab.wait_for_url(re.compile(r"q=anggaran\+pendidikan"))
    assert "language=id" in tab.url  # the filter kept
    assert "Anggaran pendidikan kita naikkan" in tab.locator(".results").inner_text()
    context.close()


def test_language_switch_keeps_the_query_and_filters(browser, search_server: str) -> None:
    context, tab = _tab(browser, search_server, "phone")
    tab.goto("/search?q=netralitas&kind=direct&sort=date&lang=en")
    tab.get_by_role("link", name="ID", exact=True).click()
    tab.wait_for_url(re.compile(r"lang=id"))
    url = tab.url
    assert "q=netralitas" in url and "kind=direct" in url and "sort=date" in url
    assert tab.get_by_role("searchbox").input_value() == "netralitas"
    assert "Saringan dan jumlah" in tab.locator("details.panel summary").inner_text()
    tab.get_by_role("link", name="EN", exact=True).click()
    tab.wait_for_url(re.compile(r"lang=en"))
    assert "kind=direct" in tab.url and tab.get_by_role("searchbox").input_value() == "netralitas"
    context.close()


def test_phone_panel_opens_on_demand(browser, search_server: str) -> None:
    context, tab = _tab(browser, search_server, "phone")
    tab.goto("/search?q=pilkada")
    panel = tab.locator("details.panel")
    assert panel.get_attribute("open") is None
    assert not tab.locator(".facet").first.is_visible()
    panel.locator("summary").click()
    assert tab.locator(".facet").first.is_visible()
    context.close()


SEARCH_PAGES = [
    "/search",
    "/search?q=imran+netral",
    "/search?q=Imran",
    "/search?q=&topic=pilkada&kind=direct",
    "/search?q=hendra+kusuma+subsidy&lang=id",
    "/search?q=anggaaran+pendidikan&language=id",  # nothing found, a spelling suggested
    "/claims?claim=ASN+harus+netral",
]


def test_nothing_is_wider_than_a_phone(browser, search_server: str, shots_dir: Path) -> None:
    context, tab = _tab(browser, search_server, "phone")
    for path in SEARCH_PAGES:
        tab.goto(path)
        tab.locator("details.panel summary").first.click() if tab.locator("details.panel").count() else None
        wide = tab.evaluate(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1)"
            ".map(e => e.tagName + '.' + e.className)"
        )
        assert not wide, (path, wide)
        assert tab.evaluate("document.documentElement.scrollWidth") <= 375, path
        name = re.sub(r"[^a-z0-9]+", "_", path.strip("/")) + "_375_open.png"
        tab.screenshot(path=str(shots_dir / name), full_page=True)
    context.close()


def test_search_pages_have_no_serious_accessibility_violations(browser, search_server: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    found = {}
    for size in SIZES:
        context, tab = _tab(browser, search_server, size)
        for path in SEARCH_PAGES:
            tab.goto(path)
            violations = axe.run(tab).response["violations"]
            serious = [
                f"{v['id']} ({len(v['nodes'])}): {v['help']}"
                for v in violations
                if v["impact"] in ("serious", "critical")
            ]
            if serious:
                found[f"{path} {size}"] = serious
        context.close()
    assert not found, found
