"""The search API reads names in a query when asked (names=true), as the search page does."""

from __future__ import annotations


def test_a_name_in_the_query_becomes_the_official_filter(client) -> None:
    plain = client.get("/api/v1/search", params={"q": "imran netralitas"}).json()
    named = client.get("/api/v1/search", params={"q": "imran netralitas", "names": "true"}).json()
    assert plain["named_official"] is None and plain["searched"] is None
    assert named["named_official"]["name"] == "Imran"
    assert named["searched"] == "netralitas"
    assert named["total"] >= 1
    assert named["total"] >= plain["total"]  # his statements on it, whether or not they print his name
    assert {item["official"]["name"] for item in named["items"]} == {"Imran"}


def test_words_the_official_never_said_search_everyone_as_typed(client) -> None:
    found = client.get("/api/v1/search", params={"q": "imran zzyzx", "names": "true"}).json()
    assert found["named_official"] is None
    assert found["searched"] == "imran zzyzx"
    assert found["total"] == 0
