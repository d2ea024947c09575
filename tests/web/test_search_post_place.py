"""A search for a post and its place with no name ("Bupati Banyuwangi", "Gubernur DKI Jakarta")
finds the statements of whoever held that post there, as "Pj Bupati X" picks the holder of a
shared name; and the regions print a special region as the cards do ("DKI Jakarta"). Names are
invented; the places are real."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlmodel import Session

from quotetrack.models import Area, Article
from quotetrack.web.app import create_app
from tests.web.civic_town import Person, add_people, page_text

D = dt.date
PEOPLE: list[Person] = [
    (
        "Sekarwangi Adiraksana",
        "Bupati",
        "Kabupaten Banyuwangi",
        (D(2025, 2, 1), D(2025, 2, 1)),
        [("pasar ikan dibuka pekan depan", "indirect", D(2025, 2, 1), None)],
    ),
    (
        "Pramudya Hartasena",
        "Wakil Bupati",
        "Kabupaten Banyuwangi",
        (D(2025, 2, 2), D(2025, 2, 2)),
        [("sekolah rusak diperbaiki bulan ini", "indirect", D(2025, 2, 2), None)],
    ),
    (
        "Laksmirani Cokrodiwiryo",
        "Gubernur",
        "Daerah Khusus Ibukota Jakarta",
        (D(2025, 2, 3), D(2025, 2, 3)),
        [("pompa banjir baru tiba bulan depan", "indirect", D(2025, 2, 3), None)],
    ),
]


@pytest.fixture
def client(engine: sa.Engine) -> Iterator[TestClient]:
    with Session(engine) as session:
        areas = {
            name: Area(name=name, level=level)
            for name, level in (
                ("Kabupaten Banyuwangi", "kabupaten"),
                ("Kabupaten Jember", "kabupaten"),
                ("Daerah Khusus Ibukota Jakarta", "provinsi"),
            )
        }
        session.add_all(areas.values())
        article = Article(text="(invented)", sha256="3" * 64, outlet="Warta Timur", title="Kabar daerah")
        add_people(session=session, article=article, areas=areas, people=PEOPLE)
    with TestClient(create_app(engine)) as test_client:
        yield test_client


@pytest.mark.parametrize(
    ("q", "found", "not_found"),
    [
        ("Bupati Banyuwangi", "pasar ikan dibuka", "sekolah rusak"),
        ("bupati banyuwangi", "pasar ikan dibuka", "sekolah rusak"),
        ("Wakil Bupati Banyuwangi", "sekolah rusak", "pasar ikan dibuka"),
        ("Bupati Banyuwangi pasar", "pasar ikan dibuka", "sekolah rusak"),
        ("Gubernur DKI Jakarta", "pompa banjir", "pasar ikan dibuka"),
        ("Gubernur Jakarta", "pompa banjir", "pasar ikan dibuka"),
    ],
)
def test_a_post_and_its_place_find_whoever_held_the_post_there(
    client: TestClient, q: str, found: str, not_found: str
) -> None:
    page = page_text(client.get("/search", params={"q": q}).text)
    assert found in page
    assert not_found not in page


def test_a_post_nobody_held_in_that_place_stays_a_text_search(client: TestClient) -> None:
    page = page_text(client.get("/search", params={"q": "Bupati Jember"}).text)
    assert "pasar ikan dibuka" not in page and "Sekarwangi" not in page


def test_the_regions_print_a_special_region_as_the_cards_do(client: TestClient) -> None:
    listing = client.get("/regions").text
    assert "DKI Jakarta" in page_text(listing) and "Daerah Khusus Ibukota" not in listing
    key = re.search(r'href="/regions/(a\d+)">DKI Jakarta<', listing)
    assert key is not None
    region = client.get(f"/regions/{key.group(1)}").text
    assert "<h1>DKI Jakarta</h1>" in region and "Daerah Khusus Ibukota" not in region
    feed = client.get(f"/feeds/regions/{key.group(1)}.atom").text
    assert "QuoteTrack: DKI Jakarta" in feed and "Daerah Khusus Ibukota" not in feed
    card = page_text(client.get("/search", params={"q": "pompa"}).text)
    assert "Gubernur DKI Jakarta" in card
    facets = client.get("/search", params={"q": "pompa"}).text
    assert ">DKI Jakarta</a>" in facets and ">Daerah Khusus Ibukota Jakarta</a>" not in facets
