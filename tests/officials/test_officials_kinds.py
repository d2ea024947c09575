"""Organisations that speak are cited, never filed as officials (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, select

from quotetrack.models import Official, Statement
from quotetrack.pipeline import ingest_paths


def test_organisation_speakers_are_not_officials(engine: sa.Engine, tmp_path: Path) -> None:
    article = tmp_path / "dkpp.txt"
    article.write_text(
        "Putusan Etik\n\nJakarta - DKPP menyatakan bahwa putusan etik itu sudah final dan mengikat.\n"
        'Ketua KPU Garut Budi Hartono mengatakan, "Kami menghormati putusan itu."\n',
        encoding="utf-8",
    )
    report = ingest_paths([article], engine=engine, max_bytes=1_000_000)
    assert report.ok, report.errors
    with Session(engine) as session:
        names = sorted(session.exec(select(Official.name)).all())
        statements = session.exec(select(Statement.speaker_mention, Statement.official_id)).all()
    assert names == ["Budi Hartono"]
    by_dkpp = [official for mention, official in statements if mention and "DKPP" in mention]
    assert by_dkpp and all(official is None for official in by_dkpp)
