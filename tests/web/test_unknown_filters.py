"""A filter naming an official, article, topic or region that is not stored is a 404 that says
which, on the pages, the feeds and the JSON API alike: "0 results" would read as "nobody said it"."""

from __future__ import annotations

import pytest
from markupsafe import escape
from sqlmodel import Session, select

from quotetrack.models import Official
from quotetrack.store.officials import merge_officials

UNKNOWN = [
    ("official_id=999999", "no official #999999"),
    ("article_id=999999", "no article #999999"),
    ("topic=no-such-topic", "no topic 'no-such-topic'"),
    ("region=Atlantis", "no region 'Atlantis'"),
    ("region=99.99", "no region '99.99'"),
    ("province=Atlantis", "no region 'Atlantis'"),
]


@pytest.mark.parametrize(("query", "message"), UNKNOWN)
@pytest.mark.parametrize("path", ["/api/v1/statements", "/api/v1/search"])
def test_api_says_which_filter_names_nothing(client, path: str, query: str, message: str) -> None:
    response = client.get(f"{path}?{query}")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["detail"] == message


@pytest.mark.parametrize(("query", "message"), UNKNOWN)
@pytest.mark.parametrize("path", ["/search", "/feeds/statements.atom", "/feeds/search.atom"])
def test_pages_and_feeds_say_which_filter_names_nothing(client, path: str, query: str, message: str) -> None:
    response = client.get(f"{path}?{query}")
    assert response.status_code == 404
    assert escape(message[:1].upper() + message[1:]) in response.text
    assert "No statements match" not in response.text


def test_known_filters_still_list(client) -> None:
    oid = client.get("/api/v1/officials").json()[0]["id"]
    for query in (f"official_id={oid}", "topic=pilkada", "region=Subang", "region=Jawa Barat"):
        assert client.get(f"/api/v1/statements?{query}").json()["total"] > 0, query
        assert client.get(f"/search?{query}").status_code == 200, query


def test_claim_check_of_an_unknown_official_is_a_404(client) -> None:
    response = client.get("/claims", params={"official_id": 999999, "claim": "netralitas ASN"})
    assert response.status_code == 404 and "No official #999999" in response.text


def test_a_merged_officials_old_id_filters_by_the_official_it_became(client, seeded) -> None:
    with Session(seeded) as session:
        keep = session.exec(select(Official).where(Official.name == "Imran")).one()
        gone = Official(name="Imran Sutanto Wibisono")
        session.add(gone)
        session.commit()
        keep_id, gone_id = keep.id, gone.id
        assert keep_id is not None and gone_id is not None
        merge_officials(session=session, keep_id=keep_id, merge_id=gone_id, actor="test", reason="same person")
        session.commit()
    kept = client.get(f"/api/v1/statements?official_id={keep_id}").json()["total"]
    assert kept > 0
    assert client.get(f"/api/v1/statements?official_id={gone_id}").json()["total"] == kept


@pytest.mark.parametrize(
    ("path", "says"),
    [
        ("/search?official_id=999999", "Tidak ada pejabat #999999."),
        ("/search?region=Atlantis", "Tidak ada wilayah &#39;Atlantis&#39;."),
        ("/officials/999999", "Tidak ada pejabat #999999."),
        ("/statements/999999", "Tidak ada pernyataan #999999."),
        ("/topics/no-such-topic", "Tidak ada topik &#39;no-such-topic&#39;."),
    ],
)
def test_an_indonesian_page_says_what_is_missing_in_indonesian(client, path: str, says: str) -> None:
    response = client.get(path + ("&" if "?" in path else "?") + "lang=id")
    assert response.status_code == 404
    assert says in response.text
    assert "No " not in response.text.split("<main", 1)[-1]


def test_the_api_says_what_is_missing_in_english_whatever_the_page_language(client) -> None:
    response = client.get("/api/v1/statements", params={"official_id": 999999, "lang": "id"})
    assert response.json()["detail"] == "no official #999999"
