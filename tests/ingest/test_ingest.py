"""Ingest: files in, statements and officials stored, the same text never twice, bad files reported."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, func, select

from quotetrack.models import Article, Official, Statement
from quotetrack.pipeline import ingest_paths
from tests.conftest import SEEDS


def _count(engine: sa.Engine, table: type) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(table)).one()


def test_seed_ingest_stores_attributed_statements(engine: sa.Engine) -> None:
    report = ingest_paths([SEEDS], engine=engine, max_bytes=10_000_000)
    assert report.ok and report.articles == 1
    with Session(engine) as session:
        article = session.exec(select(Article)).one()
        assert article.published is not None and article.published.isoformat() == "2024-05-30"
        statements = session.exec(select(Statement)).all()
        assert len(statements) == report.statements >= 10
        for s in statements:
            assert article.text[s.start : s.end] == s.text
        speakers = {s.official_id for s in statements if s.official_id}
        assert len(speakers) == 1, "every statement in the seed is by one official"
        official = session.get(Official, speakers.pop())
        assert official is not None and official.name == "Imran"


def test_ingest_is_idempotent(engine: sa.Engine) -> None:
    first = ingest_paths([SEEDS], engine=engine, max_bytes=10_000_000)
    counts = (_count(engine, Article), _count(engine, Statement), _count(engine, Official))
    second = ingest_paths([SEEDS], engine=engine, max_bytes=10_000_000)
    assert first.articles == 1 and second.articles == 0 and second.duplicates == 1
    assert (_count(engine, Article), _count(engine, Statement), _count(engine, Official)) == counts


def test_broken_files_are_reported_and_the_rest_goes_in(engine: sa.Engine, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a_empty.txt").write_text("")
    (batch / "b_binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    (batch / "c_good.txt").write_bytes((SEEDS / "000_5ccd890b842306f3.txt").read_bytes())
    (batch / "d_latin1.txt").write_bytes(
        "Jakarta - Menteri itu mengatakan bahwa caf\xe9 di kota harus tutup pukul sepuluh malam.\n"
        '"Kami akan menertibkan semuanya," kata Menteri Budi Santoso.\n'.encode("cp1252")
    )
    report = ingest_paths([batch], engine=engine, max_bytes=10_000_000)
    failed = {Path(e.source).name: e.reason for e in report.errors}
    assert set(failed) == {"a_empty.txt", "b_binary.txt"}
    assert "empty" in failed["a_empty.txt"] and "binary" in failed["b_binary.txt"]
    assert report.articles == 2
    with Session(engine) as session:
        texts = session.exec(select(Article.text)).all()
    assert any("café" in t for t in texts), "Windows-1252 text is decoded, not mangled"


def test_oversized_file_is_refused_with_the_limit(engine: sa.Engine, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("kata " * 5000)
    report = ingest_paths([big], engine=engine, max_bytes=1000)
    assert not report.ok and "over the limit of 1,000" in report.errors[0].reason
    assert _count(engine, Article) == 0
