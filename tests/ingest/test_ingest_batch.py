"""Batches: every input kind from one folder, bad inputs reported one by one, provenance, the CLI."""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, func, select
from typer.testing import CliRunner

from quotetrack.cli import app
from quotetrack.ingest import TableOptions, plan
from quotetrack.models import Article, ArticleVersion, SourceDocument, Statement
from quotetrack.pipeline import Processed, ingest_paths, process_items
from quotetrack.resolve import Region, RegionTable, read_groups
from quotetrack.resolve.grouping import speaker_mentions
from quotetrack.text.stem import stem_text
from quotetrack.workers import parallel_map
from tests.ingest.conftest import Site, article_page, article_text


def _count(engine: sa.Engine, table: type) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(table)).one()


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder with one good article of every kind and one of every bad input, nested."""
    root = tmp_path / "inbox"
    (root / "pages" / "deep").mkdir(parents=True)
    (root / "a.txt").write_text("Jalan Desa Satu\n\n" + article_text(1))
    (root / "pages" / "b.html").write_text(article_page(2))
    (root / "pages" / "deep" / "c.htm").write_text(article_page(3).replace("Pagaden", "Pagadén"), encoding="cp1252")
    (root / "export.jsonl").write_text(
        json.dumps({"title": "Empat", "text": article_text(4), "url": "https://x.example/4"})
        + "\n"
        + json.dumps({"title": "Lima", "text": ""})
        + "\n"
    )
    (root / "bad_empty.txt").write_text("")
    (root / "bad_binary.txt").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 20)
    (root / "bad_big.txt").write_bytes(b"kata " * 30_000)  # 150 kB, over the 100 kB limit used below
    (root / "bad_utf8.txt").write_bytes(article_text(5).replace('"', "“", 1).encode() + b"\n\xc3\x28 rusak \xff")
    (root / "bad_truncated.html").write_text(article_page(6)[:800])
    links = "".join(f"<li><a href='/{i}'>Tautan {i}</a></li>" for i in range(30))
    (root / "bad_noarticle.html").write_text(f"<html><body><ul>{links}</ul></body></html>")
    (root / "bad_feed.rss").write_text("this is not xml at all {")
    return root


BAD = {
    "bad_empty.txt": "empty",
    "bad_binary.txt": "binary",
    "bad_big.txt": "over the limit of 100,000",
    "bad_utf8.txt": "invalid UTF-8",
    "bad_truncated.html": "truncated HTML",
    "bad_noarticle.html": "no article",
    "bad_feed.rss": "not an RSS or Atom feed",
    "export.jsonl:2": "no article text",
}


@pytest.mark.parametrize("jobs", [1, 2])
def test_every_bad_input_is_reported_and_the_rest_goes_in(engine: sa.Engine, mixed: Path, jobs: int) -> None:
    report = ingest_paths([mixed], engine=engine, max_bytes=100_000, jobs=jobs)
    failed = {Path(e.source).name: e.reason for e in report.errors}
    assert set(failed) == set(BAD), failed
    for name, reason in BAD.items():
        assert reason in failed[name], (name, failed[name])
    assert report.articles == 4 and not report.ok
    with Session(engine) as session:
        titles = set(session.exec(select(Article.title)))
        assert titles == {
            "Jalan Desa Satu",
            "Bupati Tinjau Perbaikan Jalan Desa 2",
            "Bupati Tinjau Perbaikan Jalan Desa 3",
            "Empat",
        }
        for article in session.exec(select(Article)):
            statements = session.exec(select(Statement).where(Statement.article_id == article.id)).all()
            assert statements and all(article.text[s.start : s.end] == s.text for s in statements)


def test_raw_source_is_archived_once_with_its_hash(engine: sa.Engine, mixed: Path) -> None:
    ingest_paths([mixed], engine=engine, max_bytes=100_000)
    again = ingest_paths([mixed], engine=engine, max_bytes=100_000)
    assert again.articles == 0 and again.duplicates == 4
    with Session(engine) as session:
        docs = {Path(d.location).name: d for d in session.exec(select(SourceDocument))}
        assert set(docs) == {"a.txt", "b.html", "c.htm", "export.jsonl:1"}
        original = (mixed / "pages" / "deep" / "c.htm").read_bytes()
        c = docs["c.htm"]
        assert zlib.decompress(c.data) == original and c.sha256 == hashlib.sha256(original).hexdigest()
        assert (c.size, c.encoding, c.content_type) == (len(original), "cp1252", "text/html")
        assert zlib.decompress(docs["export.jsonl:1"].data).startswith(b'{"title": "Empat"')
        links = session.exec(select(ArticleVersion)).all()
        assert len(links) == 4 and all(v.source_id is not None and v.version == 1 for v in links)


def test_identical_text_from_two_sources_is_stored_once(engine: sa.Engine, tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Judul\n\n" + article_text(8))
    (tmp_path / "two.txt").write_text("Judul\r\n\r\n" + article_text(8).replace("\n", "\r\n"))
    report = ingest_paths([tmp_path], engine=engine, max_bytes=100_000)
    assert (report.articles, report.duplicates) == (1, 1)
    assert _count(engine, Article) == 1 and _count(engine, SourceDocument) == 1


def test_export_with_mapped_columns(engine: sa.Engine, tmp_path: Path) -> None:
    export = tmp_path / "scrape.dat"
    export.write_text(
        json.dumps(
            {
                "isi_berita": article_text(9),
                "tautan": "https://x.example/9?utm_source=feed",
                "waktu": "Kamis, 30 Mei 2024",
                "media": "JMI",
            }
        )
        + "\n"
    )
    tables = TableOptions(
        format="jsonl", text_column="isi_berita", url_column="tautan", date_column="waktu", outlet_column="media"
    )
    report = ingest_paths([export], engine=engine, max_bytes=100_000, tables=tables)
    assert report.ok and report.articles == 1
    with Session(engine) as session:
        article = session.exec(select(Article)).one()
        assert (article.outlet, article.published.isoformat()) == ("JMI", "2024-05-30")
        version = session.exec(select(ArticleVersion)).one()
        assert version.url == "https://x.example/9"


def test_cli_takes_urls_feeds_and_exports_and_fails_when_anything_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, site: Site
) -> None:
    monkeypatch.setenv("QUOTETRACK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    from quotetrack.config import get_settings
    from quotetrack.store.db import default_engine

    get_settings.cache_clear()
    default_engine.cache_clear()
    page = site.page("/p/1", article_page(30))
    site.page("/p/2", article_page(31))
    feed = site.page(
        "/rss",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
        f"<item><title>x</title><link>{site.url('/p/2')}</link></item></channel></rss>",
        "application/rss+xml",
    )
    export = tmp_path / "rows.csv"
    export.write_text('naskah,judul\n"' + article_text(32).replace('"', '""') + '",Tiga Dua\n')
    try:
        refused = CliRunner().invoke(app, ["ingest", page])  # the local server is a private address
        assert refused.exit_code == 1 and "private or local address" in " ".join(refused.stderr.split())
        ok = CliRunner().invoke(
            app,
            [
                "ingest",
                page,
                str(export),
                "--feed",
                feed,
                "--text-column",
                "naskah",
                "--title-column",
                "judul",
                "--jobs",
                "2",
                "--allow-private-addresses",
            ],
        )
        assert ok.exit_code == 0, ok.output
        assert "3 articles" in ok.stdout and "0 failed" in ok.stdout
        bad = CliRunner().invoke(
            app, ["ingest", site.url("/missing"), page, "--timeout", "2", "--allow-private-addresses"]
        )
        assert bad.exit_code == 1
        assert "1 already stored, 1 failed" in bad.stdout
        assert f"failed {site.url('/missing')}: HTTP 404" in " ".join(bad.stderr.split())
        none = CliRunner().invoke(app, ["ingest"])
        assert none.exit_code == 2
    finally:
        get_settings.cache_clear()
        default_engine.cache_clear()


def test_cli_warns_of_a_date_it_cannot_read_and_stores_the_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUOTETRACK_DATABASE_URL", f"sqlite:///{tmp_path / 'dates.db'}")
    from quotetrack.config import get_settings
    from quotetrack.store.db import default_engine

    get_settings.cache_clear()
    default_engine.cache_clear()
    export = tmp_path / "rows.jsonl"
    rows = [
        {"text": article_text(40), "published": "2020-05-11 11:48 WIB"},
        {"text": article_text(41), "published": "soon"},
    ]
    export.write_text("".join(json.dumps(r) + "\n" for r in rows))
    try:
        done = CliRunner().invoke(app, ["ingest", str(export), "--jobs", "1"])
        assert done.exit_code == 0, done.output
        assert "2 articles" in done.stdout and "0 failed" in done.stdout
        assert f"warning {export}:2: the date 'soon' cannot be read" in " ".join(done.stderr.split())
        with Session(default_engine()) as session:
            days = session.exec(select(Article.published).order_by(Article.id)).all()
        assert days[0] == date(2020, 5, 11)
    finally:
        get_settings.cache_clear()
        default_engine.cache_clear()


def _dies_on_three(x: int) -> int:
    if x == 3:
        os._exit(1)  # what a segfault in a C extension or the OOM killer looks like to the pool
    return x * 10


def test_a_worker_that_dies_costs_only_its_own_item() -> None:
    results = list(parallel_map(_dies_on_three, range(8), jobs=2, on_crash=lambda x: -x))
    assert results == [0, 10, 20, -3, 40, 50, 60, 70]


ENGLISH = (
    "Mayor Plans Cleaner Rivers\n\nJAKARTA - Mayor Andi Wijaya said on Monday (3/6/2024) that the city "
    'is cleaning its rivers. "We are removing tonnes of waste every week and the programmes are working," '
    "said Andi Wijaya.\n"
)


@pytest.mark.parametrize("jobs", [1, 2])
def test_stems_made_in_the_worker_are_those_an_edit_would_store(
    engine: sa.Engine, mixed: Path, tmp_path: Path, jobs: int
) -> None:
    (mixed / "english.txt").write_text(ENGLISH)
    ingest_paths([mixed], engine=engine, max_bytes=10**6, jobs=jobs)
    with Session(engine) as session:
        rows = session.exec(select(Statement, Article.language).join(Article)).all()
        assert {lang for _, lang in rows} == {"id", "en"}
        for stmt, lang in rows:
            assert stmt.stem and stmt.stem == stem_text(stmt.text, lang)
            stmt.text += " "  # an editor's change runs the model's own stemming
            session.add(stmt)
        stored = {s.id: s.stem for s, _ in rows}
        session.commit()
        assert {s.id: s.stem for s in session.exec(select(Statement))} == stored


@pytest.mark.parametrize("jobs", [1, 2])
def test_speakers_read_in_the_workers_use_the_stores_region_table(tmp_path: Path, jobs: int) -> None:
    # The imported table names the regency its own way (without a table: "Kabupaten Subang").
    table = RegionTable()
    table.add(Region(name="Subang", level="kabupaten", code="32.13"))
    (tmp_path / "a.txt").write_text("Jalan Desa Satu\n\n" + article_text(1, role="Bupati Subang"))
    (tmp_path / "b.txt").write_text("Jalan Desa Dua\n\n" + article_text(2, speaker="Rina Wijaya"))
    items = list(plan([tmp_path], max_bytes=10**6))
    processed = [
        p for p in process_items(items, known={}, max_bytes=10**6, jobs=jobs, regions=table) if isinstance(p, Processed)
    ]
    assert len(processed) == 2
    for item in processed:
        assert item.speakers is not None
        assert item.speakers == read_groups(speaker_mentions(item.statements, item.source.location), table)
        regions = {g.context.region for g in item.speakers}
        assert "Subang" in regions and "Kabupaten Subang" not in regions
