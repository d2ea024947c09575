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


def test_officials_list_shows_holders_of_public_posts_unless_asked_for_every_speaker(
    engine: sa.Engine, tmp_path: Path
) -> None:
    from fastapi.testclient import TestClient

    from quotetrack.store.official_list import OfficialQuery, search_officials
    from quotetrack.store.reads import list_officials
    from quotetrack.web.app import create_app

    article = tmp_path / "pangan.txt"
    article.write_text(
        'Harga Beras\n\nBandung - Bupati Garut Rahmat Hidayat mengatakan, "Stok beras aman sampai Lebaran."\n'
        'Peneliti LIPI Dewi Anggraini menegaskan, "Harga tetap perlu diawasi."\n'
        'CEO Pasarku Hendra Wijaya mengatakan, "Penjualan beras daring naik."\n'
        'Warga Desa Sukamaju Ujang Sopandi mengatakan, "Kami belum merasakan turunnya harga."\n',
        encoding="utf-8",
    )
    assert ingest_paths([article], engine=engine, max_bytes=1_000_000).ok
    with Session(engine) as session:
        officials = [o.name for o in list_officials(session=session, officials_only=True)]
        everyone = {o.name for o in list_officials(session=session)}
        listed = [o.name for o in search_officials(session=session, query=OfficialQuery()).officials]
        all_listed = {o.name for o in search_officials(session=session, query=OfficialQuery(speakers="all")).officials}
    assert officials == ["Rahmat Hidayat"] == listed
    assert {"Rahmat Hidayat", "Dewi Anggraini", "Hendra Wijaya", "Ujang Sopandi"} <= everyone == all_listed
    with TestClient(create_app(engine)) as client:
        assert [o["name"] for o in client.get("/api/v1/officials").json()] == ["Rahmat Hidayat"]
        assert len(client.get("/api/v1/officials?speakers=all").json()) == len(everyone)
        assert client.get("/api/v1/officials?speakers=nobody").status_code == 400
        page = client.get("/officials?speakers=all").text
        assert "Dewi Anggraini" in page and "Dewi Anggraini" not in client.get("/officials").text


def test_an_organisation_is_shown_as_the_speaker_of_its_statements(engine: sa.Engine, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from quotetrack.web.app import create_app

    article = tmp_path / "dkpp.txt"
    article.write_text(
        "Putusan Etik\n\nJakarta - DKPP menyatakan bahwa putusan etik itu sudah final dan mengikat.\n",
        encoding="utf-8",
    )
    assert ingest_paths([article], engine=engine, max_bytes=1_000_000).ok
    with Session(engine) as session:
        statement_id = session.exec(select(Statement.id)).first()
    with TestClient(create_app(engine)) as client:
        page = client.get(f"/statements/{statement_id}").text
        listing = client.get("/").text
    assert "<dd>DKPP" in page  # the speaker row of the statement page
    assert '<span class="body">DKPP</span>' in listing  # the statement card's speaker


def test_a_body_that_speaks_is_named_wherever_its_statement_is_cited(engine: sa.Engine, tmp_path: Path) -> None:
    """The page said "Tories" while the citation read "Unknown speaker" and the export's speaker
    was empty: a reporter pasting the citation or a user of the export lost who said it."""
    from fastapi.testclient import TestClient

    from quotetrack.web.app import create_app

    article = tmp_path / "cards.txt"
    article.write_text(
        "Identity Cards Bill\n\nEarlier this week the Tories announced they would back the government's plans "
        "for identity cards.\n",
        encoding="utf-8",
    )
    assert ingest_paths([article], engine=engine, max_bytes=1_000_000).ok
    with Session(engine) as session:
        statement_id = session.exec(select(Statement.id)).one()
    with TestClient(create_app(engine)) as client:
        api = client.get(f"/api/v1/statements/{statement_id}").json()
        citation = client.get(f"/api/v1/statements/{statement_id}/citation?style=plain").text
        feed = client.get("/feeds/statements.atom").text
        export = client.get("/api/v1/statements?format=jsonl").text
    assert api["speaking_body"] == "Tories" and api["official"] is None
    assert citation.startswith("Tories")
    assert "<name>Tories</name>" in feed
    assert '"speaker": "Tories"' in export
