"""The search API and page: filters, facets, cursors, highlights; any input is a 200 or a 400."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from search_corpus import build  # type: ignore[import-not-found]


@pytest.fixture
def api(engine: sa.Engine) -> Iterator[tuple[object, dict[str, int]]]:
    from fastapi.testclient import TestClient

    from quotetrack.web.app import create_app

    ids = build(engine)
    with TestClient(create_app(engine)) as c:
        yield c, ids


def test_search_api_filters_facets_and_highlights(api) -> None:
    client, ids = api
    body = client.get("/api/v1/search", params={"q": "netralitas", "facets": "true"}).json()
    assert body["total"] == 4 and len(body["hits"]) == 4
    for item, hit in zip(body["items"], body["hits"], strict=True):
        assert hit["id"] == item["id"]
        for start, end in hit["highlights"]:
            assert item["text"][start:end].casefold() in {"netralitas", "kenetralan", "netral"}
    assert {v["label"]: v["count"] for v in body["facets"]["official"]} == {
        "Ahmad Fauzi": 1,
        "Sri Wahyuni": 2,
        "Budi Santoso": 1,
    }

    within = client.get("/api/v1/search", params={"q": "netralitas", "official_id": ids["Sri Wahyuni"]}).json()
    assert within["total"] == 2
    assert {s["official"]["name"] for s in within["items"]} == {"Sri Wahyuni"}
    dated = client.get("/api/v1/search", params={"q": "netralitas", "sort": "date", "date_from": "2024-08-01"})
    assert [s["date"] for s in dated.json()["items"]] == ["2024-11-01", "2024-10-05", "2024-09-02"]


def test_search_api_cursor_walks_all_pages(api) -> None:
    client, _ = api
    seen, params = [], {"q": "netralitas OR harga OR menjaga", "limit": 2, "sort": "date"}
    page = client.get("/api/v1/search", params=params).json()
    seen += [s["id"] for s in page["items"]]
    while page["next_cursor"]:
        page = client.get("/api/v1/search", params={**params, "cursor": page["next_cursor"]}).json()
        seen += [s["id"] for s in page["items"]]
    assert len(seen) == len(set(seen)) == 6
    bad = client.get("/api/v1/search", params={**params, "cursor": "x" * 40})
    assert bad.status_code == 400 and "cursor" in bad.json()["detail"]


def test_search_page_shows_facets_filters_and_official_scope(api) -> None:
    client, ids = api
    page = client.get("/search", params={"q": "kenetralan", "official_id": ids["Ahmad Fauzi"], "lang": "en"})
    assert page.status_code == 200
    assert "Search within Ahmad Fauzi" in page.text
    assert "<mark>netralitas</mark>" in page.text and "Sri Wahyuni" not in page.text.split("</form>", 1)[1]
    facets = client.get("/search", params={"q": "netralitas", "lang": "id"}).text
    assert "Pejabat" in facets and "official_id=" in facets and "Jawa Barat" in facets
    paged = client.get("/search", params={"q": "netralitas OR harga OR menjaga", "sort": "date"}).text
    assert 'rel="next"' not in paged  # 6 results fit on one page of 20


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    q=st.text(max_size=80),
    sort=st.sampled_from(["relevance", "date"]),
    cursor=st.one_of(st.none(), st.text(max_size=30)),
)
def test_any_query_through_the_api_is_results_or_a_400(api, q: str, sort: str, cursor: str | None) -> None:
    client, _ = api
    params = {"q": q, "sort": sort, "facets": "true"}
    if cursor is not None:
        params["cursor"] = cursor
    response = client.get("/api/v1/search", params=params)
    assert response.status_code in (200, 400), (q, cursor, response.text)
    if response.status_code != 200:
        assert response.json()["detail"]
