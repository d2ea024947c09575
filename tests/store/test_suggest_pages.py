"""Spelling suggestions where readers see them: "Did you mean" on the search page, in English and
Indonesian, linked with the search's filters; the `suggestion` field of the search API."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
import sqlalchemy as sa
from search_corpus import SPELLING_ROWS, build  # type: ignore[import-not-found]


@pytest.fixture
def web(engine: sa.Engine) -> Iterator[tuple[object, dict[str, int]]]:
    from fastapi.testclient import TestClient

    from quotetrack.web.app import create_app

    ids = build(engine, SPELLING_ROWS)
    with TestClient(create_app(engine)) as c:
        yield c, ids


def _suggestion(page: str) -> tuple[str, str, dict[str, list[str]]] | None:
    """(the words before the link, the link's inner HTML, its query) of the page's suggestion."""
    found = re.search(r'<p class="suggestion">(.*?)<a href="([^"]*)">(.*?)</a></p>', page)
    if found is None:
        return None
    href = html.unescape(found.group(2))
    assert urlsplit(href).path == "/search"
    return found.group(1).strip(), found.group(3), parse_qs(urlsplit(href).query)


@pytest.mark.parametrize(("lang", "label"), [("en", "Did you mean:"), ("id", "Mungkin maksud Anda:")])
def test_the_page_suggests_the_corrected_query_in_both_languages(web, lang: str, label: str) -> None:
    client, _ = web
    page = client.get("/search", params={"q": "stuntng anggaran", "lang": lang})
    assert page.status_code == 200
    said, link, query = _suggestion(page.text) or ("", "", {})
    assert said == label
    assert link == "<em>stunting</em> anggaran"  # the corrected word stands out
    assert query == {"q": ["stunting anggaran"]}


def test_the_suggestion_link_keeps_the_filters_and_the_sort(web) -> None:
    client, ids = web
    params = {"q": "stuntng", "kind": "indirect", "official_id": str(ids["Sri Wahyuni"]), "sort": "date"}
    page = client.get("/search", params={**params, "lang": "en"})
    found = _suggestion(page.text)
    assert found is not None
    assert found[2] == {**{k: [v] for k, v in params.items()}, "q": ["stunting"]}
    followed = client.get("/search", params={name: values[0] for name, values in found[2].items()})
    assert "Anggaran kesehatan untuk" in followed.text


def test_no_suggestion_when_the_search_finds_statements_or_the_correction_would_not(web) -> None:
    client, ids = web
    assert _suggestion(client.get("/search", params={"q": "stunting"}).text) is None
    # Budi Santoso never said stunting: "stunting" would find nothing among his statements either.
    nothing = client.get("/search", params={"q": "stuntng", "official_id": ids["Budi Santoso"], "lang": "en"})
    assert "No statements match" in nothing.text and _suggestion(nothing.text) is None
    nothing = client.get("/search", params={"q": "xqzvtrw", "lang": "en"})
    assert "No statements match" in nothing.text and _suggestion(nothing.text) is None


def test_a_name_and_a_misspelt_word(web) -> None:
    client, _ = web
    # Sri Wahyuni said "stunting": the words name her, and the corrected word finds her statement.
    page = client.get("/search", params={"q": "wahyuni stuntng", "lang": "en"})
    found = _suggestion(page.text)
    assert found is not None and found[1] == "wahyuni <em>stunting</em>"
    followed = client.get("/search", params={"q": "wahyuni stunting", "lang": "en"})
    assert "Anggaran kesehatan untuk" in followed.text
    api = client.get("/api/v1/search", params={"q": "wahyuni stuntng", "names": "true"}).json()
    assert api["total"] == 0 and api["suggestion"] == "wahyuni stunting"
    assert client.get("/api/v1/search", params={"q": "wahyuni stunting", "names": "true"}).json()["total"] == 1


def test_the_api_says_the_suggestion(web) -> None:
    client, ids = web
    body = client.get("/api/v1/search", params={"q": "anggaaran -dewwan", "kind": "direct"}).json()
    assert body["total"] == 0 and body["items"] == []
    assert body["suggestion"] == "anggaran -dewwan"
    assert client.get("/api/v1/search", params={"q": body["suggestion"], "kind": "direct"}).json()["total"] == 2
    # Results, or no correction that finds any: null, as before the field existed.
    assert client.get("/api/v1/search", params={"q": "anggaran"}).json()["suggestion"] is None
    assert client.get("/api/v1/search", params={"q": "xqzvtrw"}).json()["suggestion"] is None
    within = {"q": "stuntng", "official_id": ids["Budi Santoso"]}
    assert client.get("/api/v1/search", params=within).json()["suggestion"] is None


@pytest.mark.parametrize("q", ['"stuntng', "stuntng OR", "stuntng NOT"])
def test_a_malformed_query_is_still_a_400(web, q: str) -> None:
    client, _ = web
    assert client.get("/api/v1/search", params={"q": q}).status_code == 400
    assert client.get("/search", params={"q": q}).status_code == 400
