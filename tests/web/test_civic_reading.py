"""A fact-checker's, a reporter's and a civic group's session: region pages that date each post,
RSS 2.0 beside every Atom feed, the CLI printing posts as the cards do, citations that name their
styles and print the post as the press does, names typed with titles and particles, the claim
checker reached from a search, and filters and topic lists in the reader's language. Names and
places are invented."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import feedparser
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlmodel import Session
from typer.testing import CliRunner

from quotetrack.models import Area, Article
from quotetrack.web.app import create_app
from tests.web.civic_town import Person, add_people, official_id, page_text

D = dt.date
# name, post, area, (first seen, last seen), [(text, kind, date, topic)]
PEOPLE: list[Person] = [
    (
        "Ratnasari Kusumawijaya",
        "Bupati",
        "Kabupaten Lembahsari",
        (D(2025, 3, 4), D(2025, 5, 7)),
        [
            ("Jembatan gantung Lembahsari dibuka lagi bulan depan,", "direct", D(2025, 3, 4), "infrastructure"),
            ("Puskesmas keliling datang dua kali sebulan", "direct", D(2025, 5, 6), "health"),
            ("anggaran kesehatan <naik> & tunjangan bidan dibayar", "indirect", D(2025, 5, 7), "health"),
            ("pilkada harus jujur dan damai", "indirect", D(2025, 5, 7), "pilkada"),
        ],
    ),
    (
        "Ratnasari Tirtaraja",
        "Kepala Dinas Kesehatan",
        "Kabupaten Lembahsari",
        (D(2025, 4, 2), D(2025, 4, 2)),
        [("stok vaksin cukup sampai Juni", "indirect", D(2025, 4, 2), "health")],
    ),
    (
        "Gilang Prawiranata",
        "Kepala Perwakilan Ombudsman",
        "Jawa Tengah",
        (D(2025, 4, 9), D(2025, 4, 9)),
        [("layanan publik di kabupaten masih lambat", "indirect", D(2025, 4, 9), None)],
    ),
    (
        "Cordelia de Ashgrove",
        "Mayor",
        "Brackenfold",
        (D(2025, 4, 3), D(2025, 4, 3)),
        [("The river bridge will reopen in spring", "direct", D(2025, 4, 3), None)],
    ),
    (
        "Halvard Mossgate",
        "Chief Constable",
        "Brackenfold",
        (D(2025, 4, 4), D(2025, 4, 4)),
        [("the de facto curfew at the market ends on Friday", "indirect", D(2025, 4, 4), None)],
    ),
]


@pytest.fixture
def town(engine: sa.Engine) -> Iterator[TestClient]:
    with Session(engine) as session:
        province = Area(name="Jawa Tengah", level="provinsi")
        session.add(province)
        session.flush()
        areas = {
            "Jawa Tengah": province,
            "Kabupaten Lembahsari": Area(name="Kabupaten Lembahsari", level="kabupaten", parent_id=province.id),
            "Brackenfold": Area(name="Brackenfold"),
        }
        session.add_all(areas.values())
        article = Article(
            text="(invented)",
            sha256="2" * 64,
            outlet="Warta Lembahsari",
            title="Kabar kabupaten",
            url="https://warta.example/kabar?a=1&b=2",
            published=D(2025, 5, 8),
        )
        add_people(session=session, article=article, areas=areas, people=PEOPLE)
    with TestClient(create_app(engine)) as client:
        yield client


def _region_key(client: TestClient, name: str) -> str:
    found = re.search(rf'href="/regions/(a\d+)">{name}<', client.get("/regions").text)
    assert found is not None
    return found.group(1)


# --- 1. a region's officials with the days their posts were seen ----------------------------


@pytest.mark.parametrize(
    ("lang", "span", "single"),
    [
        (
            "en",
            "Bupati Lembahsari (4 March 2025 – 7 May 2025) 4",
            "Kesehatan Kabupaten Lembahsari (2 April 2025) 1",
        ),
        (
            "id",
            "Bupati Lembahsari (4 Maret 2025 – 7 Mei 2025) 4",
            "Kesehatan Kabupaten Lembahsari (2 April 2025) 1",
        ),
    ],
)
def test_a_region_page_dates_each_post_as_the_official_page_does(
    town: TestClient, lang: str, span: str, single: str
) -> None:
    page = town.get(f"/regions/{_region_key(town, 'Jawa Tengah')}", params={"lang": lang}).text
    listed = page_text(page.split('<ul class="officials">')[1].split("</ul>")[0])
    assert span in listed
    assert single in listed  # one day seen: one date, not "2 April 2025 – 2 April 2025"
    assert "Kepala Perwakilan Ombudsman Jawa Tengah (9 April 2025)" in listed


# --- 2. RSS 2.0 beside every Atom feed --------------------------------------------------------


def _feed_paths(client: TestClient) -> list[str]:
    oid = official_id(client, "Ratnasari Kusumawijaya")
    return [
        "/feeds/statements.rss",
        "/feeds/search.rss?q=kesehatan&date_from=2025-01-01",
        f"/feeds/officials/{oid}.rss",
        "/feeds/topics/health.rss",
        f"/feeds/regions/{_region_key(client, 'Jawa Tengah')}.rss",
    ]


def test_every_feed_has_a_valid_rss_twin(town: TestClient) -> None:
    for path in _feed_paths(town):
        response = town.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("application/rss+xml")
        feed = feedparser.parse(response.content)
        assert not feed.bozo, (path, feed.get("bozo_exception"))
        assert feed.version == "rss20", path
        assert feed.feed.title.startswith("QuoteTrack")
        assert feed.entries, path
        for item in feed.entries:
            assert item.link.startswith("http://testserver/statements/") and item.id == item.link
            assert item.published_parsed and item.title and item.summary and item.author
        atom = feedparser.parse(town.get(path.replace(".rss", ".atom", 1)).content)
        assert [e.link for e in atom.entries] == [e.link for e in feed.entries]  # the same statements


def test_rss_escapes_what_it_carries(town: TestClient) -> None:
    oid = official_id(town, "Ratnasari Kusumawijaya")
    body = town.get(f"/feeds/officials/{oid}.rss").content
    # The description is HTML to a reader: the words are escaped as HTML, then as XML.
    assert b"anggaran kesehatan &amp;lt;naik&amp;gt; &amp;amp; tunjangan" in body and b"<naik>" not in body
    item = next(e for e in feedparser.parse(body).entries if "tunjangan" in e.summary)
    assert "&lt;naik&gt; &amp; tunjangan" in item.summary  # HTML that shows "<naik> &"
    assert item.published.startswith("Wed, 07 May 2025")  # RFC 822, the day it was said
    assert [t.term for t in item.tags] == ["Health"]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_pages_offer_the_rss_feed_beside_the_atom_feed(town: TestClient, lang: str) -> None:
    oid = official_id(town, "Ratnasari Kusumawijaya")
    key = _region_key(town, "Jawa Tengah")
    pages = {
        "/": "/feeds/statements.rss",
        f"/officials/{oid}": f"/feeds/officials/{oid}.rss",
        f"/regions/{key}": f"/feeds/regions/{key}.rss",
        "/topics/health": "/feeds/topics/health.rss",
        "/search?q=vaksin": "/feeds/search.rss?q=vaksin",
        f"/follow?follow=official&official_id={oid}": f"/feeds/officials/{oid}.rss",
    }
    label = "RSS feed" if lang == "en" else "RSS"
    for path, rss in pages.items():
        page = town.get(path + ("&" if "?" in path else "?") + f"lang={lang}").text
        assert f'href="{rss}' in page, path
        if not path.startswith("/follow"):
            assert re.search(rf'<link rel="alternate" type="application/rss\+xml"[^>]*href="{re.escape(rss)}', page), (
                path
            )
        assert label in page_text(page), path


# --- 3. the officials command prints posts as the cards do -----------------------------------


def test_the_officials_command_prints_the_post_as_the_cards_do(
    town: TestClient, engine: sa.Engine, monkeypatch
) -> None:
    from quotetrack import cli

    monkeypatch.setattr(cli, "_engine", lambda: engine)
    listed = CliRunner().invoke(cli.app, ["officials", "list"])
    assert listed.exit_code == 0, listed.output
    assert "Kepala Perwakilan Ombudsman Jawa Tengah" in listed.stdout
    assert "Bupati Lembahsari" in listed.stdout and "Mayor, Brackenfold" in listed.stdout
    assert "Ombudsman, Jawa Tengah" not in listed.stdout and "Bupati, " not in listed.stdout
    shown = CliRunner().invoke(cli.app, ["officials", "show", str(official_id(town, "Ratnasari Kusumawijaya"))])
    assert shown.exit_code == 0, shown.output
    assert "  Bupati Lembahsari (elected) seen in coverage 2025-03-04 .. 2025-05-07" in shown.stdout


# --- 4. citations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "names", "copy"),
    [
        ("en", ["Plain text", "Markdown", "APA", "Chicago", "BibTeX", "CSL-JSON"], "Copy (APA)"),
        ("id", ["Teks biasa", "Markdown", "APA", "Chicago", "BibTeX", "CSL-JSON"], "Salin (APA)"),
    ],
)
def test_citation_styles_are_named_as_their_manuals_name_them(
    town: TestClient, lang: str, names: list[str], copy: str
) -> None:
    sid = town.get("/api/v1/statements", params={"q": "vaksin"}).json()["items"][0]["id"]
    page = town.get(f"/statements/{sid}", params={"lang": lang}).text
    cite = page.split('id="cite-style"')[1].split("</section>")[0]
    assert re.findall(r"<option value=\"[^\"]+\">([^<]+)</option>", cite) == names
    assert copy in cite and ">apa<" not in cite and "(csl-json)" not in cite


def test_a_citation_prints_the_post_as_the_statement_s_card_does(town: TestClient) -> None:
    oid = official_id(town, "Ratnasari Kusumawijaya")
    sid = town.get("/api/v1/statements", params={"official_id": oid}).json()["items"][0]["id"]
    plain = town.get(f"/api/v1/statements/{sid}/citation", params={"style": "plain"}).text
    assert plain.startswith("Ratnasari Kusumawijaya (Bupati Lembahsari), ")
    page = town.get(f"/statements/{sid}").text
    assert "Bupati, Kabupaten Lembahsari" not in page and '<span class="role">Bupati Lembahsari</span>' in page
    english = official_id(town, "Cordelia de Ashgrove")
    esid = town.get("/api/v1/statements", params={"official_id": english}).json()["items"][0]["id"]
    chicago = town.get(f"/api/v1/statements/{esid}/citation", params={"style": "chicago"}).text
    assert chicago.startswith("Cordelia de Ashgrove, Mayor, Brackenfold, \u201cThe river bridge")


# --- 5. names typed with a title, a post or a particle ----------------------------------------


def test_a_name_with_its_particle_and_title_finds_the_official(town: TestClient) -> None:
    # "de" is too short to index: the name was "Ashgrove" and "Mayor de" words to look for
    page = page_text(town.get("/search", params={"q": "Mayor de Ashgrove"}).text)
    assert "1 result for" in page and "The river bridge will reopen in spring" in page
    assert "Statements by Cordelia de Ashgrove" in page and "\u2018Mayor de\u2019" not in page


def test_the_post_typed_with_a_shared_name_picks_the_official_who_held_it(town: TestClient) -> None:
    bupati = page_text(town.get("/search", params={"q": "Pj Bupati Ratnasari"}).text)
    assert "Ratnasari Kusumawijaya" in bupati and "Ratnasari Tirtaraja" not in bupati
    both = page_text(town.get("/search", params={"q": "Ratnasari"}).text)
    assert "Ratnasari Kusumawijaya" in both and "Ratnasari Tirtaraja" in both  # no post typed: both named


def test_a_claim_naming_its_speaker_with_a_particle_does_not_match_the_particle(town: TestClient) -> None:
    page = town.get("/claims", params={"claim": "de Ashgrove said the river bridge will reopen"}).text
    results = page_text(page.split("<h2>", 1)[1])
    assert "The river bridge will reopen in spring" in results
    assert "curfew" not in results  # "de" is part of her name, not a word of the claim


# --- 6. the claim checker from a search; filters and topics in the reader's language ----------


def test_the_claim_link_of_a_search_carries_the_words_typed(town: TestClient) -> None:
    page = town.get("/search", params={"q": "jembatan gantung dibuka"}).text
    assert 'href="/claims?claim=jembatan%20gantung%20dibuka"' in page
    claims = page_text(town.get("/claims", params={"claim": "jembatan gantung dibuka"}).text)
    assert "Jembatan gantung Lembahsari dibuka lagi bulan depan" in claims


@pytest.mark.parametrize(
    ("lang", "chips"),
    [("en", ["From: 1 March 2025", "To: 31 May 2025"]), ("id", ["Dari: 1 Maret 2025", "Sampai: 31 Mei 2025"])],
)
def test_date_filters_read_as_dates_in_the_reader_s_language(town: TestClient, lang: str, chips: list[str]) -> None:
    page = town.get(
        "/search", params={"q": "kesehatan", "date_from": "2025-03-01", "date_to": "2025-05-31", "lang": lang}
    ).text
    active = page_text(page.split('class="active-filters"')[1].split("</p>")[0])
    for chip in chips:
        assert chip in active
    assert "2025-03-01" not in active


@pytest.mark.parametrize("lang", ["en", "id"])
def test_an_official_s_topic_filter_is_in_the_alphabet_of_the_reader_s_language(town: TestClient, lang: str) -> None:
    page = town.get(f"/officials/{official_id(town, 'Ratnasari Kusumawijaya')}", params={"lang": lang}).text
    nav = page.split('class="topic-filter"')[1].split("</nav>")[0]
    labels = re.findall(r'\?topic=[^"]+"[^>]*>([^<]+)</a>', nav)
    assert len(labels) == 3 and labels == sorted(labels, key=str.casefold)


# --- 7. how quotes are shared and cited: "Name: “words”", "menurut Name", a pasted citation ---


@pytest.mark.parametrize(
    "q",
    [
        "Ratnasari Kusumawijaya: \u201cpuskesmas keliling\u201d",  # a colon after the name, a phrase
        "Kusumawijaya, puskesmas keliling",
        "menurut Bupati Kusumawijaya, puskesmas keliling",  # "according to"
        "kata Kusumawijaya puskesmas keliling",
        "Kusumawijaya said puskesmas keliling",
    ],
)
def test_a_quote_shared_with_its_speaker_finds_the_statement(town: TestClient, q: str) -> None:
    page = page_text(town.get("/search", params={"q": q}).text)
    assert "1 result for" in page, q
    assert "Statements by Ratnasari Kusumawijaya matching" in page and "Puskesmas keliling datang" in page


def test_the_words_of_a_phrase_are_never_taken_for_a_name(town: TestClient) -> None:
    # "Ratnasari" inside the quotes is words someone said, not a filter on the official
    page = page_text(town.get("/search", params={"q": "\u201cRatnasari meminta\u201d"}).text)
    assert "Statements by" not in page


@pytest.mark.parametrize(("path", "key"), [("/search", "q"), ("/claims", "claim")])
@pytest.mark.parametrize("style", ["plain", "markdown"])
def test_a_pasted_citation_of_this_site_opens_the_statement(town: TestClient, path: str, key: str, style: str) -> None:
    sid = town.get("/api/v1/statements", params={"q": "vaksin"}).json()["items"][0]["id"]
    citation = town.get(f"/api/v1/statements/{sid}/citation", params={"style": style}).text
    response = town.get(path, params={key: citation}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == f"/statements/{sid}"
    elsewhere = citation.replace("http://testserver/", "https://other.example/")
    assert town.get(path, params={key: elsewhere}, follow_redirects=False).status_code == 200
    missing = town.get(path, params={key: "http://testserver/statements/999999"}, follow_redirects=False)
    assert missing.status_code == 200  # no such statement: the search runs as typed
