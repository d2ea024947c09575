"""The browsing pages at 1280 and 375 px in Chromium: the timeline's axis equals the statement count,
nothing wider than a phone, the report form works; full-page screenshots of each for a person to look at."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]
WIDTHS = {"desktop": (1280, 800), "phone": (375, 812)}
# Every element's right edge, minus the viewport's width: > 1 px means something overflows.
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('body *')]
    .filter(e => { const r = e.getBoundingClientRect(); return r.width && r.right > width + 1; })
    .filter(e => !e.closest('.visually-hidden, .hp, .skip'))
    .map(e => `${e.tagName.toLowerCase()}.${e.className && e.className.baseVal === undefined ? e.className : ''}`)
    .slice(0, 10);
}"""


@pytest.fixture(params=list(WIDTHS))
def tab(request: pytest.FixtureRequest, browser, live_server: str):
    width, height = WIDTHS[request.param]
    context = browser.new_context(base_url=live_server, viewport={"width": width, "height": height})
    page = context.new_page()
    page.width_name = request.param  # type: ignore[attr-defined]
    yield page
    context.close()


def _ids(tab) -> dict[str, int]:
    items = tab.request.get("/api/v1/statements?limit=200").json()["items"]
    seed = next(s for s in items if s["text"] == "Komunikasi bukan berarti intervensi")
    return {
        "statement": seed["id"],
        "official": seed["official"]["id"],
        "article": seed["article"]["id"],
        "count": sum(1 for s in items if s["official"] and s["official"]["id"] == seed["official"]["id"]),
    }


def _look(tab, shots_dir: Path, name: str) -> None:
    tab.screenshot(path=str(shots_dir / f"browse-{name}-{tab.width_name}.png"), full_page=True)
    overflowing = tab.evaluate(OVERFLOW)
    assert not overflowing, f"{name} at {tab.viewport_size['width']} px: wider than the page: {overflowing}"


def test_every_browsing_page_fits_and_is_screenshot(tab, shots_dir: Path) -> None:
    ids = _ids(tab)
    pages = {
        "home": "/",
        "officials": "/officials",
        "officials-search": "/officials?q=imraan&level=kabupaten",
        "official": f"/officials/{ids['official']}",
        "article": f"/articles/{ids['article']}",
        "statement": f"/statements/{ids['statement']}",
        "about": "/about",
        "about-id": "/about?lang=id",
        "topics": "/topics",
    }
    for name, path in pages.items():
        answer = tab.goto(path)
        assert answer is not None and answer.status == 200, path
        _look(tab, shots_dir, name)
    tab.goto("/?lang=en")


def test_the_timeline_axis_reads_the_statement_count_at_both_widths(tab, shots_dir: Path) -> None:
    ids = _ids(tab)
    tab.goto(f"/officials/{ids['official']}")
    visible = tab.locator("svg.timeline:visible")
    assert visible.count() == 1
    expected = "timeline-narrow" if tab.width_name == "phone" else "timeline-wide"
    assert expected in (visible.get_attribute("class") or "")
    axis = [int(t) for t in visible.locator("text[text-anchor='end']").all_text_contents()]
    # The seed official's statements are all of one month: the tallest bar is all of them.
    assert max(axis) == ids["count"]
    # Axis text is legible: at least 10 px tall as drawn on the screen.
    box = visible.locator("text[text-anchor='end']").last.bounding_box()
    assert box is not None and box["height"] >= 10
    # The topic breakdown's rows never overlap.
    shares = tab.locator("ul.topic-shares li")
    rows = [shares.nth(i).bounding_box() for i in range(shares.count())]
    assert rows and all(a and b and a["y"] + a["height"] <= b["y"] + 0.5 for a, b in zip(rows, rows[1:], strict=False))
    visible.scroll_into_view_if_needed()
    tab.screenshot(path=str(shots_dir / f"browse-timeline-{tab.width_name}.png"))


def test_choosing_a_topic_redraws_the_timeline_with_its_statements(tab, shots_dir: Path) -> None:
    ids = _ids(tab)
    query = f"/api/v1/statements?official_id={ids['official']}&topic=asn-neutrality&limit=200"
    on_topic = sum(1 for s in tab.request.get(query).json()["items"] if s["date"])
    assert 0 < on_topic < ids["count"]
    tab.goto(f"/officials/{ids['official']}")
    tab.locator('ul.topic-shares a[href$="topic=asn-neutrality"]').click()
    tab.wait_for_url(re.compile(r"topic=asn-neutrality$"))
    assert "Civil-servant neutrality" in tab.locator("#timeline").inner_text()
    visible = tab.locator("svg.timeline:visible")
    assert max(int(t) for t in visible.locator("text[text-anchor='end']").all_text_contents()) == on_topic
    _look(tab, shots_dir, "official-topic")


def test_article_highlights_name_their_speaker(tab) -> None:
    ids = _ids(tab)
    tab.goto(f"/articles/{ids['article']}")
    chips = tab.locator("a.attribution")
    assert chips.count() == tab.locator("a.hl").count() or chips.count() > 0
    first = chips.first
    assert "Imran" in first.inner_text() and "Pj. Bupati" in first.inner_text()
    first.click()
    tab.wait_for_url(re.compile(r"/statements/\d+$"))


def test_a_reader_reports_an_error_from_the_statement_page(tab, shots_dir: Path) -> None:
    if tab.width_name != "phone":
        pytest.skip("one report is enough: the per-address limit is shared by both widths")
    ids = _ids(tab)
    tab.goto(f"/statements/{ids['statement']}")
    assert tab.get_by_text("Extracted automatically").is_visible()
    tab.locator("section.report summary").click()
    tab.locator("#rp-kind").select_option("date")
    tab.locator("#rp-message").fill("The statement was made a day earlier, at the coordination meeting.")
    honeypot = tab.locator("#rp-website").bounding_box()
    assert honeypot is None or honeypot["x"] + honeypot["width"] <= 0  # off the page: not for people
    tab.locator("section.report button[type=submit]").click()
    tab.wait_for_url(re.compile(r"reported=1"))
    assert tab.get_by_text("your report is in the editors' review queue").is_visible()
    _look(tab, shots_dir, "statement-reported")


def test_officials_search_forgives_titles_and_typos(tab) -> None:
    tab.goto("/officials")
    tab.locator("#of-q").fill("Dr. Imraan")
    tab.locator("form.official-filters button[type=submit]").click()
    tab.wait_for_url(re.compile(r"q=Dr"))
    assert tab.locator("ul.official-list a.name").first.inner_text() == "Imran"
