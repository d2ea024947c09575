"""Browsing as civic groups and reporters do: a region's officials with the posts they held there
(a post that names its place is not followed by the place again), statement cards that print a
post as the press does, feed entries whose titles read as a headline, and an official's timeline
that follows the topic chosen. Names and places are invented."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import feedparser
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlmodel import Session

from quotetrack.models import Area, Article
from quotetrack.web.app import create_app
from tests.web.civic_town import Person, add_people, official_id, page_text

# name, post, area, (first seen, last seen), [(text, kind, date or None, topic)]
PEOPLE: list[Person] = [
    (
        "Larasati Wirasena",
        "Wali Kota",
        "Kota Karangjati",
        (None, None),
        [
            ("Jalan lingkar selatan selesai tahun depan,", "direct", dt.date(2025, 3, 4), "infrastructure"),
            (
                "Puskesmas keliling akan datang ke setiap kelurahan, mulai dari yang paling jauh, "
                "dua kali sebulan sampai akhir tahun",
                "direct",
                dt.date(2025, 5, 6),
                "health",
            ),
            ("anggaran kesehatan naik sepuluh persen", "indirect", dt.date(2025, 5, 7), "health"),
        ],
    ),
    (
        "Bayu Karsono",
        "Manajer Humas PT Kereta Api Daop 4 Karangjati",
        "Kota Karangjati",
        (None, None),
        [("Jadwal kereta tambahan berlaku mulai Jumat", "direct", dt.date(2025, 4, 1), None)],
    ),
    (
        "Handaru Setyawan",
        "Kepala Dinas Kesehatan Kabupaten Kedungtirta",
        "Kabupaten Kedungtirta",
        (None, None),
        [("stok vaksin cukup sampai Juni", "indirect", dt.date(2025, 4, 2), "health")],
    ),
    (
        "Nirmala Puspadewi",
        "Mayor",
        "Tirtamaya",
        (None, None),
        [("We will reopen the river market in spring", "direct", dt.date(2025, 4, 3), None)],
    ),
    (
        "Tobias Wrenfield",
        "Chief Constable",
        "Tirtamaya",
        (None, None),
        [("patrols would double in the town centre", "indirect", None, None)],
    ),
]


@pytest.fixture
def civic(engine: sa.Engine) -> Iterator[TestClient]:
    with Session(engine) as session:
        province = Area(name="Jawa Tengah", level="provinsi")
        session.add(province)
        session.flush()
        areas = {"Tirtamaya": Area(name="Tirtamaya")}
        for name, level in (("Kota Karangjati", "kota"), ("Kabupaten Kedungtirta", "kabupaten")):
            areas[name] = Area(name=name, level=level, parent_id=province.id)
        session.add_all(areas.values())
        article = Article(text="(invented)", sha256="1" * 64, outlet="Warta Karangjati", title="Kabar kota")
        add_people(session=session, article=article, areas=areas, people=PEOPLE)
    with TestClient(create_app(engine)) as client:
        yield client


def test_a_region_lists_each_official_with_the_post_held_there_once(civic: TestClient) -> None:
    province = re.search(r'href="/regions/(a\d+)">Jawa Tengah', civic.get("/regions").text)
    assert province is not None
    page = page_text(civic.get(f"/regions/{province.group(1)}").text)
    assert "Larasati Wirasena · Wali Kota Karangjati 3" in page
    assert "Bayu Karsono · Manajer Humas PT Kereta Api Daop 4 Karangjati 1" in page
    assert "Handaru Setyawan · Kepala Dinas Kesehatan Kabupaten Kedungtirta 1" in page
    assert "Karangjati Kota Karangjati" not in page and "Kedungtirta Kabupaten Kedungtirta" not in page


def test_statement_cards_print_the_post_as_the_press_does(civic: TestClient) -> None:
    page = civic.get(f"/officials/{official_id(civic, 'Larasati Wirasena')}").text
    assert re.findall(r'<span class="role">([^<]*)</span>', page) == ["Wali Kota Karangjati"] * 3
    english = civic.get(f"/officials/{official_id(civic, 'Nirmala Puspadewi')}").text
    assert '<span class="role">Mayor, Tirtamaya</span>' in english
    home = civic.get("/").text
    assert "Manajer Humas PT Kereta Api Daop 4 Karangjati</span>" in home
    assert "Wali Kota, Kota Karangjati" not in home


def test_feed_entries_read_as_headlines(civic: TestClient) -> None:
    oid = official_id(civic, "Larasati Wirasena")
    feed = feedparser.parse(civic.get(f"/feeds/officials/{oid}.atom").content)
    assert not feed.bozo
    titles = [e.title for e in feed.entries]
    assert titles == [
        "Larasati Wirasena: anggaran kesehatan naik sepuluh persen",
        "Larasati Wirasena: \u201cPuskesmas keliling akan datang ke setiap kelurahan, "
        "mulai dari yang paling jauh\u2026\u201d",
        "Larasati Wirasena: \u201cJalan lingkar selatan selesai tahun depan\u201d",
    ]
    content = feed.entries[-1].content[0].value
    assert content.startswith("\u201cJalan lingkar selatan selesai tahun depan\u201d\n")
    assert "(Wali Kota Karangjati). Warta Karangjati, Kabar kota" in content


def test_the_timeline_follows_the_topic_chosen(civic: TestClient) -> None:
    oid = official_id(civic, "Larasati Wirasena")
    every = civic.get(f"/officials/{oid}").text
    assert "<title>March 2025: 1 statement</title>" in every and "<title>May 2025: 2 statements</title>" in every
    health = civic.get(f"/officials/{oid}", params={"topic": "health"}).text
    assert "Statements per month on Health" in health
    assert "<title>May 2025: 2 statements</title>" in health
    assert "March 2025: 1 statement" not in health  # the road quote is not about health
    assert 'class="timeline timeline-wide" viewBox' in health and ">Mar<" in health  # the months of all her words
    roads = civic.get(f"/officials/{oid}", params={"topic": "infrastructure", "lang": "id"}).text
    assert "Pernyataan per bulan tentang Infrastruktur" in roads and "Mei 2025: 2 pernyataan" not in roads


@pytest.mark.parametrize("lang", ["en", "id"])
def test_topics_are_listed_in_the_alphabet_of_the_readers_language(civic: TestClient, lang: str) -> None:
    page = civic.get("/topics", params={"lang": lang}).text
    labels = re.findall(r'<li><a href="/topics/[^"]+">([^<]+)</a>', page)
    assert len(labels) > 5 and labels == sorted(labels, key=str.casefold)


def test_a_filtered_feed_is_titled_by_what_it_follows(civic: TestClient) -> None:
    oid = official_id(civic, "Larasati Wirasena")
    titles = {
        path: feedparser.parse(civic.get(path).content).feed.title
        for path in (
            f"/feeds/search.atom?official_id={oid}&topic=health",
            "/feeds/search.atom?q=jalan&region=Karangjati",
            "/feeds/statements.atom?kind=direct&language=en",
            "/feeds/statements.atom",
        )
    }
    assert list(titles.values()) == [
        "QuoteTrack: Larasati Wirasena \u00b7 Health",
        "QuoteTrack: \u201cjalan\u201d \u00b7 Karangjati",
        "QuoteTrack: direct quotes \u00b7 in English",
        "QuoteTrack: latest statements",
    ]


@pytest.mark.parametrize(("lang", "says"), [("en", "No timeline: none of these"), ("id", "Tidak ada grafik")])
def test_an_official_without_a_dated_statement_is_told_why_there_is_no_timeline(
    civic: TestClient, lang: str, says: str
) -> None:
    page = civic.get(f"/officials/{official_id(civic, 'Tobias Wrenfield')}", params={"lang": lang}).text
    assert says in page and "<svg" not in page
    dated = civic.get(f"/officials/{official_id(civic, 'Nirmala Puspadewi')}", params={"lang": lang}).text
    assert says not in dated and "<svg" in dated
