"""The officials directory: name search (accents, titles, typos), filters by post, region and level, sorting;
"Also printed as" shows name variants only."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlmodel import Session

from quotetrack.models import Area, Article, Membership, Official, OfficialAlias, Statement
from quotetrack.store.official_list import OfficialQuery, name_tokens, search_officials
from quotetrack.store.variants import is_name_variant

# name, aliases, (post, area name, area level), statements, last statement date
PEOPLE = [
    (
        "Imran Hakim",
        ["Dr. Imran", "Ia", "Tegasnya", "Pada kesempatan tersebut, Pj. Bupati Subang, Dr. Imran"],
        ("Pj. Bupati", "Kabupaten Subang", "kabupaten"),
        5,
        dt.date(2024, 5, 30),
    ),
    ("Rizal Kamarullah", ["Kang Ical"], ("Gubernur", "Jawa Barat", "provinsi"), 3, dt.date(2024, 9, 1)),
    ("Raka Satria Wiratmoko", [], ("Wali Kota", "Kota Bogor", "kota"), 8, dt.date(2023, 1, 5)),
    ("Sri Rahayuni Indrasmoro", [], ("Menteri Keuangan", None, None), 1, dt.date(2025, 2, 2)),
    ("Zulkifli Hasan", [], ("Menteri Perdagangan", None, None), 0, None),
    ("Ahmad Dahlan", [], ("Bupati", "Kabupaten Subang", "kabupaten"), 2, dt.date(2022, 3, 3)),
    ("Rick de Lisio", [], ("Mayor", "New York", None), 1, dt.date(2016, 4, 1)),
]


@pytest.fixture
def directory(engine: sa.Engine) -> Iterator[sa.Engine]:
    with Session(engine) as session:
        jabar = Area(code="32", name="Jawa Barat", level="provinsi")
        session.add(jabar)
        session.flush()
        areas = {"Jawa Barat": jabar}
        for name, level in (("Kabupaten Subang", "kabupaten"), ("Kota Bogor", "kota")):
            areas[name] = Area(name=name, level=level, parent_id=jabar.id)
            session.add(areas[name])
        areas["New York"] = Area(name="New York")
        session.add(areas["New York"])
        article = Article(text="(made up)", sha256="0" * 64)
        session.add(article)
        session.flush()
        for name, aliases, (post, area, _), n, last in PEOPLE:
            official = Official(name=name, sort_name=name)
            session.add(official)
            session.flush()
            for alias in aliases:
                session.add(OfficialAlias(official_id=official.id, name=alias))
            session.add(Membership(official_id=official.id, role=post, area_id=areas[area].id if area else None))
            for i in range(n):
                session.add(
                    Statement(
                        article_id=article.id,
                        kind="direct",
                        text=f"s{i}",
                        start=0,
                        end=2,
                        date=last - dt.timedelta(days=i) if last else None,
                        official_id=official.id,
                    )
                )
        session.commit()
    yield engine


def _names(engine: sa.Engine, **query: str) -> list[str]:
    with Session(engine) as session:
        return [o.name for o in search_officials(session=session, query=OfficialQuery(**query)).officials]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("imran", "Imran Hakim"),
        ("Dr. H. Ìmran, M.Si.", "Imran Hakim"),  # titles and accents do not matter
        ("imraan", "Imran Hakim"),  # nor a typo
        ("kang ical", "Rizal Kamarullah"),  # an alias
        ("raka wiratmoko", "Raka Satria Wiratmoko"),  # words in any part of the name
        ("rahayuni", "Sri Rahayuni Indrasmoro"),
    ],
)
def test_name_search(directory: sa.Engine, typed: str, found: str) -> None:
    assert _names(directory, name=typed, sort="match")[0] == found


def test_name_search_needs_every_word(directory: sa.Engine) -> None:
    assert _names(directory, name="imran kamarullah") == []
    assert name_tokens("Pj. Bupati? no: Dr. H. Imran, M.Si.")[-1] == "imran"


def test_filters_by_post_region_and_level(directory: sa.Engine) -> None:
    assert sorted(_names(directory, role="bupati")) == ["Ahmad Dahlan", "Imran Hakim"]
    assert sorted(_names(directory, region="Jawa Barat")) == [
        "Ahmad Dahlan",
        "Imran Hakim",
        "Raka Satria Wiratmoko",
        "Rizal Kamarullah",
    ]  # a province holds its regencies
    assert _names(directory, level="kota") == ["Raka Satria Wiratmoko"]
    assert sorted(_names(directory, level="nasional")) == ["Sri Rahayuni Indrasmoro", "Zulkifli Hasan"]
    assert _names(directory, role="bupati", name="dahlan") == ["Ahmad Dahlan"]


def test_sort_orders(directory: sa.Engine) -> None:
    assert _names(directory)[:2] == ["Raka Satria Wiratmoko", "Imran Hakim"]  # most quoted first
    assert _names(directory, sort="name")[0] == "Ahmad Dahlan"
    assert _names(directory, sort="recent")[:2] == ["Sri Rahayuni Indrasmoro", "Rizal Kamarullah"]


@pytest.mark.parametrize(
    ("alias", "variant"),
    [
        ("Dr. Imran", True),
        ("Pj. Bupati Subang Imran", True),
        ("Ms Hollister", True),
        ("Rick de Lisio", True),
        ("I Wayan Sutarja", True),
        ("Ia", False),
        ("dirinya", False),
        ("She", False),
        ("Tegasnya", False),
        ("Selanjutnya, Dr. Imran", False),
        ("Pada kesempatan tersebut, Pj. Bupati Subang, Dr. Imran", False),
        ("with Christmas coming up the new home secretary had time", False),
        ("but", False),
    ],
)
def test_also_printed_as_lists_name_variants_only(alias: str, variant: bool) -> None:
    assert is_name_variant(alias) is variant


def test_officials_page(directory: sa.Engine) -> None:
    from quotetrack.web.app import create_app

    with TestClient(create_app(directory)) as client:
        page = client.get("/officials", params={"q": "imraan", "level": "kabupaten"})
        assert page.status_code == 200
        assert re.findall(r'<a class="name" href="/officials/\d+">([^<]*)</a>', page.text) == ["Imran Hakim"]
        assert 'value="imraan"' in page.text and "1 official" in page.text
        assert client.get("/officials", params={"level": "planet"}).status_code == 400
        assert client.get("/officials", params={"sort": "x"}).status_code == 400
        oid = re.search(r'href="/officials/(\d+)">Imran Hakim', page.text).group(1)  # type: ignore[union-attr]
        official = client.get(f"/officials/{oid}").text
        printed = re.search(r'class="aliases">([^<]*)<', official).group(1)  # type: ignore[union-attr]
        assert "Dr. Imran" in printed and "Tegasnya" not in printed and "Ia;" not in printed
        assert "kesempatan" not in printed
        listing = client.get("/officials", params={"region": "Jawa Barat", "sort": "name"}).text
        assert "Rizal Kamarullah" in listing and "Sri Rahayuni" not in listing


def test_posts_read_as_the_press_prints_them(directory: sa.Engine) -> None:
    """ "Bupati" of "Kabupaten Subang" reads "Bupati Subang", "Wali Kota" of "Kota Bogor" "Wali Kota
    Bogor"; a province keeps its name; one statement is "1 statement"."""
    from quotetrack.web.app import create_app

    with TestClient(create_app(directory)) as client:
        listing = client.get("/officials", params={"sort": "name"}).text
        posts = re.findall(r'<span class="posts">([^<]*)</span>', listing)
        assert "Pj. Bupati Subang" in posts and "Wali Kota Bogor" in posts and "Gubernur Jawa Barat" in posts
        assert not any("Kota Kota" in p or "Bupati Kabupaten" in p for p in posts)
        assert "1 statement<" in listing and "1 statements" not in listing
        oid = re.search(r'href="/officials/(\d+)">Raka Satria', listing).group(1)  # type: ignore[union-attr]
        assert re.search(r"Wali Kota <a href=\"/regions/[^\"]+\">Bogor</a>", client.get(f"/officials/{oid}").text)


def test_an_english_post_takes_its_area_after_a_comma(directory: sa.Engine) -> None:
    """ "Mayor, New York", not "Mayor New York": English posts do not run into their area as
    Indonesian ones do ("Gubernur Jawa Barat")."""
    from quotetrack.web.app import create_app

    with TestClient(create_app(directory)) as client:
        listing = client.get("/officials", params={"sort": "name"}).text
        posts = re.findall(r'<span class="posts">([^<]*)</span>', listing)
        assert "Mayor, New York" in posts and "Gubernur Jawa Barat" in posts
        oid = re.search(r'href="/officials/(\d+)">Rick de Lisio', listing).group(1)  # type: ignore[union-attr]
        assert re.search(r"Mayor, <a href=\"/regions/[^\"]+\">New York</a>", client.get(f"/officials/{oid}").text)


@pytest.mark.parametrize(
    ("role", "joint"),
    [("Mayor", ", "), ("Shadow Home Secretary", ", "), ("Scottish Conservative Leader", ", "), ("MP", ", ")]
    + [("Gubernur", " "), ("Pj. Bupati", " "), ("Kapolres", " "), ("Ketua DPRD", " "), (None, " ")],
)
def test_what_joins_a_post_to_its_area(role: str | None, joint: str) -> None:
    from quotetrack.exports.printed_posts import area_joint

    assert area_joint(role) == joint


@pytest.mark.parametrize(
    ("role", "area", "printed"),
    [
        ("Kepala Perwakilan Ombudsman", "Daerah Khusus Ibukota Jakarta", "Kepala Perwakilan Ombudsman DKI Jakarta"),
        ("Kepala Desa", "Desa Sukamaju", "Kepala Desa Sukamaju"),
        ("Ketua RT", "Kelurahan Cempaka Putih", "Ketua RT Kelurahan Cempaka Putih"),
        ("Mayor", "New York", "Mayor, New York"),
        ("Governor", "Jawa Barat", "Governor, Jawa Barat"),  # an English post in Indonesia
        ("Ombudsman", "Scotland", "Ombudsman, Scotland"),
    ],
)
def test_a_post_opened_by_an_indonesian_word_in_an_indonesian_area_takes_no_comma(
    role: str, area: str, printed: str
) -> None:
    from quotetrack.exports.printed_posts import post_in_area

    assert post_in_area(role, area) == printed


@pytest.mark.parametrize(
    ("area", "role", "reads"),
    [
        ("Kabupaten Sarolangun", "Kapolres", "Sarolangun"),  # a regency's police chief
        ("Kota Manado", "Kapolresta", "Manado"),
        ("Desa Aurduri Surantih", "Wali Nagari", "Aurduri Surantih"),
        ("Kota Bogor", "Kapolres", "Kota Bogor"),  # a city's Polres keeps the level the post does not say
        ("Kabupaten Garut", "Kepala Dinas Kesehatan", "Kabupaten Garut"),
        # A special region by the short form posts print, not "Kepolisian Daerah Daerah Khusus ..."
        ("Daerah Khusus Ibukota Jakarta", "Kepala Kepolisian Daerah", "DKI Jakarta"),
        ("Daerah Istimewa Yogyakarta", "Gubernur", "DI Yogyakarta"),
        ("Nusa Tenggara Barat", "Gubernur", "Nusa Tenggara Barat"),
        ("Kota Surabaya", "Manajer Humas PT KAI Daop 8 Surabaya", ""),  # the post names its place
        ("Kabupaten Garut", "Ketua Bawaslu Kabupaten Garut", ""),
    ],
)
def test_an_area_reads_after_its_post_as_the_press_prints_it(area: str, role: str, reads: str) -> None:
    from quotetrack.exports.printed_posts import area_after

    assert area_after(area, role) == reads


def test_a_person_without_a_post_is_shown_as_the_articles_describe_them(engine: sa.Engine, tmp_path) -> None:
    """A stall owner quoted on the floods holds no post: her page says what the articles call
    her, in the reader's language; an official's page lists posts instead."""
    from quotetrack.pipeline import ingest_paths
    from quotetrack.web.app import create_app

    article = tmp_path / "warung.txt"
    article.write_text(
        "Warung Kopi Tutup\n\n"
        '"Air masuk sampai lutut, semua dagangan rusak," kata Ratna Wulandari (52), pemilik warung kopi '
        "di Desa Cibeureum.\n\n"
        '"Kami sudah mengirim perahu karet," kata Kepala Pelaksana BPBD Kabupaten Garut Dadang Suherman.\n',
        encoding="utf-8",
    )
    assert ingest_paths([article], engine=engine, max_bytes=1_000_000).ok
    with Session(engine) as session:
        ids = {o.name: o.id for o in session.exec(sa.select(Official)).scalars()}
    with TestClient(create_app(engine)) as client:
        owner = client.get(f"/officials/{ids['Ratna Wulandari']}", params={"lang": "id"}).text
        chief = client.get(f"/officials/{ids['Dadang Suherman']}", params={"lang": "en"}).text
    assert "Disebut dalam berita sebagai: pemilik warung kopi" in owner
    assert "Described in the articles as" not in chief and "Kepala Pelaksana BPBD" in chief
