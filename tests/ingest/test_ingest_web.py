"""URLs and feeds, served from 127.0.0.1: fetch limits, redirects, timeouts, feeds whose items are fetched."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from quotetrack.errors import IngestError
from quotetrack.ingest import USER_AGENT, FetchLimits, fetch
from quotetrack.ingest.batch import Item, plan, read_item
from quotetrack.ingest.sources import fetch_source
from quotetrack.models import Article, ArticleVersion, SourceDocument
from quotetrack.pipeline import ingest_paths
from tests.ingest.conftest import Site, article_page

FAST = FetchLimits(timeout=0.5, total_timeout=2, max_bytes=1_000_000, max_redirects=3, allow_private=True)


def _rss(site: Site, paths: list[str]) -> str:
    items = "".join(
        f"<item><title>Berita {i}</title><link>{site.url(p)}</link><author>redaksi@jmi.example (Rina)</author>"
        f"<pubDate>Fri, 31 May 2024 05:00:00 +0700</pubDate></item>"
        for i, p in enumerate(paths)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>JMI Daerah</title>{items}</channel></rss>'


def test_fetch_sends_an_honest_user_agent_and_follows_a_redirect(site: Site) -> None:
    site.page("/a", article_page(1))
    got = fetch(site.redirect("/old", site.url("/a"), 301), limits=FAST)
    assert got.final_url == site.url("/a") and got.content_type == "text/html" and got.charset == "utf-8"
    assert USER_AGENT.startswith("QuoteTrack/") and "(+statement tracker)" in USER_AGENT
    assert {h["User-Agent"] for _, h in site.requests} == {USER_AGENT}


def test_gzip_responses_are_decoded(site: Site) -> None:
    got = fetch(site.page("/z", article_page(2), gzipped=True), limits=FAST)
    assert got.data == article_page(2).encode()


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        (lambda s: s.redirect("/loop", s.url("/loop")), "redirect loop"),
        (lambda s: [s.redirect(f"/r{i}", s.url(f"/r{i + 1}")) for i in range(10)][0], "too many redirects"),
        (lambda s: s.stall("/slow", 30), "timed out"),
        (lambda s: s.page("/big", b"x" * 2_000_000, "text/plain"), "over the limit"),
        (lambda s: s.page("/gone", "nope", status=404), "HTTP 404"),
        (lambda s: s.page("/pdf", b"%PDF-1.4 ...", "application/pdf"), "not an article page"),
        (lambda s: s.page("/feed", _rss(s, ["/a"]), "application/rss+xml"), "pass it with --feed"),
    ],
)
def test_bad_urls_fail_with_a_clear_reason(site: Site, setup, reason: str) -> None:
    url = setup(site)
    url = url if isinstance(url, str) else site.url("/r0")
    began = time.monotonic()
    with pytest.raises(IngestError) as caught:
        read_item(Item("url", url), max_bytes=1_000_000, limits=FAST)
    assert reason in caught.value.reason and caught.value.source == url
    assert time.monotonic() - began < 5, "a stalled server must not hold the batch"


def test_unreachable_host_is_an_error_not_a_crash() -> None:
    with pytest.raises(IngestError, match="could not fetch|timed out"):
        fetch("http://127.0.0.1:9/nothing", limits=FAST)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:{port}/a",
        "http://localhost:{port}/a",
        "http://[::1]:{port}/a",
        "http://10.1.2.3/a",
        "http://192.168.0.1/a",
        "http://172.16.5.4/a",
        "http://169.254.169.254/latest/meta-data",
        "http://0.0.0.0/a",
        "http://[fd00::1]/a",
        "http://[::ffff:127.0.0.1]/a",
        "http://100.64.0.1/a",
    ],
)
def test_private_loopback_and_link_local_addresses_are_refused_by_default(site: Site, url: str) -> None:
    site.page("/a", article_page(1))
    url = url.format(port=site.base.rsplit(":", 1)[1].rstrip("/"))
    with pytest.raises(IngestError, match="private or local address") as caught:
        fetch(url, limits=FetchLimits(timeout=0.5, total_timeout=2))
    assert caught.value.source == url
    assert site.requests == []  # refused before any connection


def test_the_upload_form_path_refuses_local_pages_and_a_batch_may_allow_them(site: Site, engine: sa.Engine) -> None:
    url = site.page("/berita/1", article_page(1))
    with pytest.raises(IngestError, match="private or local address"):
        fetch_source(url, max_bytes=1_000_000)  # what the web upload calls: no limits given
    refused = ingest_paths([url], engine=engine, max_bytes=1_000_000, limits=replace(FAST, allow_private=False))
    assert refused.articles == 0 and "private or local address" in refused.errors[0].reason
    assert ingest_paths([url], engine=engine, max_bytes=1_000_000, limits=FAST).articles == 1


def test_url_ingest_stores_page_metadata_and_archive(engine: sa.Engine, site: Site) -> None:
    url = site.page("/berita/1", article_page(1, meta_date="2024-05-31", canonical="https://jmi.example/berita/1"))
    report = ingest_paths([url], engine=engine, max_bytes=1_000_000, limits=FAST)
    assert report.ok and report.articles == 1
    with Session(engine) as session:
        article = session.exec(select(Article)).one()
        assert (article.url, article.outlet, article.published) == (
            "https://jmi.example/berita/1",
            "Jurnal Mediaindo",
            date(2024, 5, 31),
        )
        assert article.author == "Agus Hamdan" and article.source_path == url
        doc = session.exec(select(SourceDocument)).one()
        assert doc.location == url and doc.content_type == "text/html" and doc.url == article.url


def test_feed_items_are_fetched_and_a_non_xml_feed_is_reported(engine: sa.Engine, site: Site) -> None:
    for i in range(3):
        site.page(f"/b/{i}", article_page(10 + i))
    site.page("/b/3", "<html><body><p>Halaman tidak ditemukan.</p></body></html>")
    rss = site.page("/rss", _rss(site, ["/b/0", "/b/1", "/b/2", "/b/3", "/b/404"]), "application/rss+xml")
    atom = site.page(
        "/atom",
        (
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
            f'<entry><title>Lagi</title><link href="{site.url("/b/0")}"/><updated>2024-06-01T00:00:00Z</updated>'
            "</entry></feed>"
        ),
        "application/atom+xml",
    )
    not_xml = site.page("/broken-feed", "<html><body>Bukan feed</body></html>")
    report = ingest_paths([], feeds=[rss, atom, not_xml], engine=engine, max_bytes=1_000_000, limits=FAST)
    failed = {e.source: e.reason for e in report.errors}
    assert report.articles == 3 and set(failed) == {site.url("/b/3"), site.url("/b/404"), not_xml}
    assert "not an RSS or Atom feed" in failed[not_xml]
    assert "no article" in failed[site.url("/b/3")] and "HTTP 404" in failed[site.url("/b/404")]
    with Session(engine) as session:
        dates = set(session.exec(select(Article.published)))
    # The pages carry no date metadata: the feed's pubDate, as the outlet wrote it, beats the dateline.
    assert dates == {date(2024, 5, 31)}


def test_feed_file_on_disk_is_planned_as_its_items(tmp_path: Path, site: Site) -> None:
    feed = tmp_path / "daerah.rss"
    feed.write_text(_rss(site, ["/c/1", "/c/2"]))
    items = list(plan([tmp_path], max_bytes=10**6))
    assert [i.location for i in items if isinstance(i, Item)] == [site.url("/c/1"), site.url("/c/2")]


def test_changed_page_at_the_same_url_is_a_new_version(engine: sa.Engine, site: Site) -> None:
    url = site.url("/berita/edited")
    site.page("/berita/edited", article_page(20, canonical=url))
    first = ingest_paths([url], engine=engine, max_bytes=10**6, limits=FAST)
    again = ingest_paths([url], engine=engine, max_bytes=10**6, limits=FAST)
    edited = article_page(20, canonical=url, title="Bupati Tinjau Jalan Desa 20 (Diperbarui)").replace(
        "sebelum musim hujan", "sebelum akhir Juni"
    )
    site.page("/berita/edited", edited)
    third = ingest_paths([url], engine=engine, max_bytes=10**6, limits=FAST)
    assert (first.articles, again.articles, again.duplicates, third.articles) == (1, 0, 1, 1)
    with Session(engine) as session:
        versions = session.exec(select(ArticleVersion).order_by(ArticleVersion.version)).all()
        assert [v.version for v in versions] == [1, 2] and versions[1].previous_article_id == versions[0].article_id
        changes = versions[1].changes or {}
        assert changes["fields"]["title"]["after"] == "Bupati Tinjau Jalan Desa 20 (Diperbarui)"
        assert any("akhir Juni" in p for p in changes["paragraphs_added"])
        assert any("musim hujan" in p for p in changes["paragraphs_removed"])
        assert "-" in changes["diff"] and "+" in changes["diff"]
        assert len(session.exec(select(Article)).all()) == 2, "both versions stay"
        assert len(session.exec(select(SourceDocument)).all()) == 2


def test_a_new_version_supersedes_the_old_statements(engine: sa.Engine, site: Site) -> None:
    from fastapi.testclient import TestClient

    from quotetrack.store.reads import StatementFilter, list_statements
    from quotetrack.store.search import search_statements
    from quotetrack.web.app import create_app

    url = site.url("/berita/revised")
    site.page("/berita/revised", article_page(21, canonical=url))
    ingest_paths([url], engine=engine, max_bytes=10**6, limits=FAST)
    with Session(engine) as session:
        old_ids = {s.id for s in list_statements(session=session)}
        assert old_ids and search_statements(session=session, q="musim").total >= 1
    site.page("/berita/revised", article_page(21, canonical=url).replace("sebelum musim hujan", "sebelum akhir Juni"))
    assert ingest_paths([url], engine=engine, max_bytes=10**6, limits=FAST).articles == 1
    with Session(engine) as session:
        shown = list_statements(session=session)
        old, new = session.exec(select(ArticleVersion.article_id).order_by(ArticleVersion.version)).all()
        # Lists and search give the newest version only; the old article's page keeps its own.
        assert {s.article.id for s in shown} == {new} and not old_ids & {s.id for s in shown}
        assert search_statements(session=session, q="musim").total == 0
        assert search_statements(session=session, q="Juni").total >= 1
        assert {s.id for s in list_statements(session=session, flt=StatementFilter(article_id=old))} == old_ids
    with TestClient(create_app(engine)) as client:
        page = client.get(f"/statements/{min(old_ids)}")
        assert page.status_code == 200 and f'href="/articles/{new}"' in page.text
        assert "older version" in page.text
        assert client.get(f"/api/v1/statements/{min(old_ids)}").json()["status"] == "superseded"
