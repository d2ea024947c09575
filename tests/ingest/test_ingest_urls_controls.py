"""Issue 17, points 3 and 8: only absolute http(s) URLs become article links, on every input path
and in every renderer; XML-invalid control characters never reach a feed."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from quotetrack.errors import IngestError
from quotetrack.ingest.sources import source_from_bytes
from quotetrack.ingest.tables import TableOptions, read_table
from quotetrack.models import Area, Article, Topic
from quotetrack.pipeline import ingest_paths
from quotetrack.text.sanitize import strip_controls, web_url
from tests.ingest.conftest import article_page, article_text

HOSTILE_URLS = [
    "javascript:alert(1)//",
    " javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>x</script>",
    "java\tscript:alert(1)",
    "vbscript:msgbox(1)",
    "//evil.example/x",
    "/relative/path",
    "http://",
    "https:///x",
    "http://exa mple.com/",
    "ftp://files.example/a",
    "",
]


@pytest.mark.parametrize("value", HOSTILE_URLS)
def test_web_url_refuses_anything_but_absolute_http(value: str) -> None:
    assert web_url(value) is None


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("https://news.example/a?b=1#c", "https://news.example/a?b=1#c"),
        ("  HTTPS://News.example/a\n", "https://News.example/a"),
        ("HtTp://news.example", "http://news.example"),
    ],
)
def test_web_url_keeps_http_urls_stripped_with_a_lower_case_scheme(value: str, kept: str) -> None:
    assert web_url(value) == kept


def test_strip_controls_removes_what_xml_cannot_carry() -> None:
    assert strip_controls("a\x0bb\x01c\ufffed\ufffff\x00g\tx\ny\rz") == "abcdfg\tx\ny\rz"
    assert strip_controls("emoji 🙂 and é") == "emoji 🙂 and é"


def test_a_jsonl_record_with_a_script_url_is_refused_alone(tmp_path: Path, sqlite_engine: sa.Engine) -> None:
    path = tmp_path / "export.jsonl"
    urls = ["javascript:alert(1)//", " JaVaScRiPt:alert(1)", "data:text/html,x", " HTTPS://news.example/4 "]
    records = [{"text": article_text(n), "url": url} for n, url in enumerate(urls)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    rows = list(read_table(path, TableOptions(), max_row_bytes=1_000_000))
    assert [isinstance(r, IngestError) for r in rows] == [True, True, True, False]
    assert all("http" in r.reason for r in rows if isinstance(r, IngestError))
    report = ingest_paths([path], engine=sqlite_engine, max_bytes=1_000_000)
    assert report.articles == 1 and len(report.errors) == 3
    with Session(sqlite_engine) as session:
        assert session.exec(select(Article.url)).all() == ["https://news.example/4"]


def test_a_csv_row_with_a_script_url_is_refused_alone(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    body = article_text(1).replace('"', '""')
    path.write_text(f'text,url\n"{body}",javascript:alert(1)\n"{body}",https://news.example/1\n', encoding="utf-8")
    rows = list(read_table(path, TableOptions(), max_row_bytes=1_000_000))
    assert isinstance(rows[0], IngestError) and not isinstance(rows[1], IngestError)


def test_a_page_whose_canonical_link_is_a_script_keeps_only_its_http_url() -> None:
    page = article_page(1, canonical="javascript:alert(1)").encode()
    source = source_from_bytes(
        page, location="p.html", max_bytes=1_000_000, content_type="text/html", url="https://news.example/p"
    )
    assert source.url == "https://news.example/p"
    bare = source_from_bytes(page, location="p.html", max_bytes=1_000_000, content_type="text/html")
    assert bare.url is None


def test_metadata_loses_control_characters_on_input() -> None:
    page = article_page(1, title="Judul\x0b dengan\x01 kendali\ufffe").encode()
    source = source_from_bytes(page, location="p.html", max_bytes=1_000_000, content_type="text/html")
    assert source.title is not None and strip_controls(source.title) == source.title and "kendali" in source.title
    row_text = article_text(2)
    path_rows = [{"text": row_text, "title": "T\x0bitle", "outlet": "Out\x01let", "author": "A\ufffeuthor"}]
    from quotetrack.ingest.sources import row_source
    from quotetrack.ingest.tables import _row

    row = _row("x.jsonl:1", path_rows[0], b"{}", "application/x-ndjson", TableOptions(), 1_000_000)
    got = row_source(row, max_bytes=1_000_000)
    assert (got.title, got.outlet, got.author) == ("Title", "Outlet", "Author")


# --- renderers: a URL or a title stored before these checks (or by another writer) ---------------

HOSTILE_TITLE = "Judul\x0b\x01 berbahaya\ufffe\ud7ff"


@pytest.fixture
def hostile(seeded: sa.Engine) -> sa.Engine:
    with Session(seeded) as session:
        for article in session.exec(select(Article)).all():
            article.url = "JaVaScRiPt:alert(1)//"
            article.title = HOSTILE_TITLE
            article.outlet = "Out\x0blet\x01"
            session.add(article)
        for topic in session.exec(select(Topic)).all():
            topic.label_en = topic.label_id = "Topik\x0b\x01"
            session.add(topic)
        session.commit()
    return seeded


def test_pages_never_link_a_stored_script_url(hostile: sa.Engine) -> None:
    from quotetrack.web.app import create_app

    with TestClient(create_app(hostile)) as client:
        statement = client.get("/api/v1/statements").json()["items"][0]
        for path in (f"/articles/{statement['article']['id']}", f"/statements/{statement['id']}"):
            page = client.get(path)
            assert page.status_code == 200
            assert 'href="javascript' not in page.text.lower() and 'href="JaVaScRiPt' not in page.text


def _feeds(client: TestClient, engine: sa.Engine) -> list[str]:
    statement = client.get("/api/v1/statements").json()["items"][0]
    topic = client.get("/api/v1/topics").json()[0]["slug"]
    with Session(engine) as session:
        area = session.exec(select(Area).where(Area.name == "Kabupaten Subang")).one()
    return [
        "/feeds/statements.atom",
        "/feeds/search.atom?q=%0b",
        "/feeds/search.atom?q=ASN%01%0b",
        "/feeds/search.atom?q=netralitas",
        f"/feeds/officials/{statement['official']['id']}.atom",
        f"/feeds/topics/{topic}.atom",
        f"/feeds/regions/{area.code or f'a{area.id}'}.atom",
    ]


def test_every_feed_is_well_formed_xml_after_hostile_metadata(hostile: sa.Engine) -> None:
    from quotetrack.web.app import create_app

    with TestClient(create_app(hostile)) as client:
        for path in _feeds(client, hostile):
            response = client.get(path)
            if path.endswith("q=%0b"):  # nothing but a control character: no words, a client error
                assert response.status_code == 400 and "empty query" in response.text.lower()
                continue
            assert response.status_code == 200, (path, response.status_code, response.text[:300])
            root = ET.fromstring(response.content)  # raises on malformed XML
            related = [
                link.get("href")
                for link in root.iter("{http://www.w3.org/2005/Atom}link")
                if link.get("rel") == "related"
            ]
            assert not any(h and not h.lower().startswith("http") for h in related), path
            assert "javascript" not in response.text.lower(), path
