"""Atom feeds parse in a real feed parser; region pages and the official timeline render."""

from __future__ import annotations

import feedparser
import pytest
from sqlmodel import Session, select

from quotetrack.models import Area


def _official_id(client) -> int:
    return client.get("/api/v1/officials").json()[0]["id"]


@pytest.mark.parametrize(
    "path",
    [
        "/feeds/statements.atom",
        "/feeds/search.atom?q=netralitas",
        "/feeds/topics/pilkada.atom",
        "/feeds/statements.atom?topic=asn-neutrality",
    ],
)
def test_feeds_are_valid_atom(client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title.startswith("QuoteTrack")
    assert feed.entries
    for entry in feed.entries:
        assert entry.id.startswith("http://testserver/statements/")
        assert entry.title and entry.updated and entry.author == "Imran"
        assert entry.link == entry.id


def test_official_feed_follows_one_official(client) -> None:
    oid = _official_id(client)
    feed = feedparser.parse(client.get(f"/feeds/officials/{oid}.atom").content)
    assert not feed.bozo and feed.feed.title == "QuoteTrack: Imran"
    total = client.get("/api/v1/statements", params={"official_id": oid}).json()["total"]
    assert len(feed.entries) == min(total, 50)


def test_feed_errors(client) -> None:
    assert client.get("/feeds/officials/99999.atom").status_code == 404
    assert client.get("/feeds/topics/no-such-topic.atom").status_code == 404
    assert client.get('/feeds/search.atom?q="open').status_code == 400


def test_official_page_has_timeline_roles_and_topic_filter(client) -> None:
    oid = _official_id(client)
    page = client.get(f"/officials/{oid}")
    assert page.status_code == 200
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="timeline timeline-wide"' in page.text
    assert "2024-05" in page.text and "Pj. Bupati" in page.text and "acting" in page.text
    assert f"/feeds/officials/{oid}.atom" in page.text
    filtered = client.get(f"/officials/{oid}", params={"topic": "asn-neutrality"})
    assert filtered.status_code == 200 and "netralitas ASN" in filtered.text
    assert "Komunikasi bukan berarti intervensi" not in filtered.text
    assert client.get(f"/officials/{oid}", params={"topic": "nope"}).status_code == 404


def test_region_pages(client, seeded) -> None:
    index = client.get("/regions")
    # Subang is filed under its province, whose page lists it and holds its officials' words.
    assert index.status_code == 200 and "Jawa Barat" in index.text and "Kabupaten Subang" not in index.text
    with Session(seeded) as session:
        area = session.exec(select(Area).where(Area.name == "Kabupaten Subang")).one()
        province = session.get(Area, area.parent_id)
    assert province is not None and province.name == "Jawa Barat"
    above = client.get(f"/regions/a{province.id}")
    assert (
        "Kabupaten Subang" in above.text
        and "Imran" in above.text
        and "Komunikasi bukan berarti intervensi" in above.text
    )
    key = area.code or f"a{area.id}"
    page = client.get(f"/regions/{key}")
    assert page.status_code == 200 and "Imran" in page.text and "Komunikasi bukan berarti intervensi" in page.text
    feed = feedparser.parse(client.get(f"/feeds/regions/{key}.atom").content)
    assert not feed.bozo and feed.entries
    assert client.get("/regions/99.99").status_code == 404


def test_home_shows_most_quoted_and_topics(client) -> None:
    page = client.get("/")
    assert "Most quoted officials" in page.text and "/topics/pilkada" in page.text and "/regions" in page.text
