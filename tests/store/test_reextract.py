"""`quotetrack reextract`: the current rules over stored articles, editors' decisions kept.

Made-up articles are ingested, then the store is bent as older rules would have left it (a
wrong speaker and date, a missed statement, a narration line taken for a statement) and as
editors would have changed it (a correction, a hide, a split, a merge). Both databases.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, col, delete, select

from quotetrack.kinds import StatementStatus
from quotetrack.models import Official, ReextractChange, ReextractRun, Statement, StatementTopic
from quotetrack.pipeline import ingest_paths
from quotetrack.store.corrections import StatementCorrection, edit_statement, set_hidden
from quotetrack.store.officials import merge_officials, split_official
from quotetrack.store.reextract import reextract

ARTICLES = {
    "garut.txt": (
        "Stok Beras Garut Aman Sampai Akhir Tahun\n\n"
        "GARUT, Rabu (22/10/2025) - Pemerintah Kabupaten Garut memastikan stok beras aman.\n"
        '"Stok beras kami cukup sampai akhir tahun," kata Bupati Garut Budi Santoso, Senin (20/10/2025).\n'
        '"Harga beras juga stabil di semua pasar tradisional," ujar Budi.\n'
        "Kepala Dinas Pertanian Siti Aminah mengatakan bahwa panen raya dimulai pekan depan di enam kecamatan.\n"
    ),
    "bogor.txt": (
        "Jalan Rusak di Bogor Segera Diperbaiki\n\n"
        "BOGOR, Kamis (23/10/2025) - Perbaikan jalan di Kota Bogor dimulai bulan depan.\n"
        '"Anggaran perbaikan jalan sudah kami siapkan tahun ini," kata Wali Kota Bogor Andi Pratama.\n'
        '"Kami minta warga bersabar selama pengerjaan berlangsung," ujar Andi.\n'
        "Ketua DPRD Kota Bogor Rina Wulandari mengatakan bahwa dewan akan mengawasi proyek itu dengan ketat.\n"
    ),
    "bali.txt": (
        "Kunjungan Wisatawan ke Bali Naik\n\n"
        "DENPASAR, Jumat (24/10/2025) - Jumlah wisatawan yang datang ke Bali terus bertambah.\n"
        "Para pedagang di pantai menyambut kabar itu dengan gembira.\n"
        '"Kunjungan wisatawan naik dua puluh persen dibanding tahun lalu," kata Gubernur Bali Made Wirawan.\n'
    ),
}


def _ingest(engine: sa.Engine, tmp_path: Path) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = ingest_paths([tmp_path / n for n in ARTICLES], engine=engine, max_bytes=1_000_000)
    assert report.ok, report.errors


def _find(session: Session, words: str) -> Statement:
    return session.exec(select(Statement).where(col(Statement.text).contains(words))).one()


def _official(session: Session, name: str) -> Official:
    return session.exec(select(Official).where(Official.name == name)).one()


def _snapshot(engine: sa.Engine) -> dict[str, list]:
    with engine.connect() as conn:
        return {
            table: [tuple(r) for r in conn.execute(sa.text(f"SELECT * FROM {table} ORDER BY 1"))]
            for table in (
                "statement",
                "statementtopic",
                "official",
                "officialalias",
                "membership",
                "reextractrun",
                "reextractchange",
                "revision",
            )
        }


@pytest.fixture
def bent(engine: sa.Engine, tmp_path: Path) -> sa.Engine:
    """The articles stored, then changed as older rules and editors would have left them."""
    _ingest(engine, tmp_path)
    with Session(engine) as session:
        andi = _official(session, "Andi Pratama")
        # Older rules: a wrong speaker and a date from another event on Budi's first quote ...
        first = _find(session, "Stok beras kami cukup")
        first.official_id, first.membership_id, first.date = andi.id, None, dt.date(2025, 9, 1)
        session.add(first)
        # ... Rina's statement missed ...
        missed = _find(session, "dewan akan mengawasi")
        session.exec(delete(StatementTopic).where(col(StatementTopic.statement_id) == missed.id))
        session.delete(missed)
        # ... and a narration line taken for a statement.
        bali = _find(session, "Kunjungan wisatawan naik")
        line = "Para pedagang di pantai menyambut kabar itu dengan gembira."
        text = session.exec(
            select(sa.literal_column("text")).select_from(sa.table("article")).where(sa.column("id") == bali.article_id)
        ).one()
        start = text.index(line)
        session.add(
            Statement(
                article_id=bali.article_id,
                kind="indirect",
                text=line,
                start=start,
                end=start + len(line),
                paragraph=1,
                official_id=bali.official_id,
                date=dt.date(2025, 10, 24),
            )
        )
        session.commit()
        # Editors: a correction, a hide, a split and a merge.
        edit_statement(
            session=session,
            statement_id=_find(session, "Harga beras juga").id,
            actor="editor",
            change=StatementCorrection(date=dt.date(2025, 10, 19), role="Bupati", reason="said on Sunday"),
        )
        set_hidden(
            session=session,
            statement_id=_find(session, "warga bersabar").id,
            hidden=True,
            actor="editor",
            reason="not newsworthy",
        )
        siti, made = _official(session, "Siti Aminah"), _official(session, "Made Wirawan")
        split_official(
            session=session,
            official_id=made.id,
            statement_ids=[_find(session, "Kunjungan wisatawan").id],
            new_name="I Made Wirawan",
            actor="editor",
            reason="two people",
        )
        merge_officials(session=session, keep_id=andi.id, merge_id=siti.id, actor="editor", reason="test merge")
        session.commit()
    return engine


def test_current_rules_fix_what_older_rules_left_and_editors_win(bent: sa.Engine) -> None:
    with Session(bent) as session:
        budi, andi = _official(session, "Budi Santoso"), _official(session, "Andi Pratama")
        split_to = _find(session, "Kunjungan wisatawan").official_id
    report = reextract(engine=bent)
    assert not report.errors
    assert (report.added, report.removed, report.changed_speaker) == (1, 1, 1)
    with Session(bent) as session:
        first = _find(session, "Stok beras kami cukup")
        assert (first.official_id, first.date) == (budi.id, dt.date(2025, 10, 20))
        assert _find(session, "dewan akan mengawasi").status == "published"
        assert _find(session, "Para pedagang").status == StatementStatus.WITHDRAWN
        # The editor's correction stands, and so does the hide: no published copy of it came back.
        corrected = _find(session, "Harga beras juga")
        assert (corrected.date, corrected.role) == (dt.date(2025, 10, 19), "Bupati")
        hidden = session.exec(select(Statement).where(col(Statement.text).contains("warga bersabar"))).all()
        assert [s.status for s in hidden] == ["hidden"]
        # The split and the merge stand.
        assert _find(session, "Kunjungan wisatawan").official_id == split_to
        assert _find(session, "panen raya").official_id == andi.id
        assert _official(session, "Siti Aminah").merged_into_id == andi.id
        log = session.exec(select(ReextractChange)).all()
        assert sum(c.added for c in log) == 1 and sum(c.removed for c in log) == 1
        assert session.exec(select(ReextractRun)).one().finished_at is not None
    # The rules are where they were: a second run changes nothing.
    again = reextract(engine=bent)
    assert (again.added, again.removed, again.changed_speaker, again.changed) == (0, 0, 0, 0)


def test_a_dry_run_writes_nothing(bent: sa.Engine) -> None:
    before = _snapshot(bent)
    report = reextract(engine=bent, dry_run=True)
    assert (report.added, report.removed, report.changed_speaker) == (1, 1, 1), "it counts what it would do"
    assert _snapshot(bent) == before


def test_a_killed_run_is_continued(bent: sa.Engine) -> None:
    done: list[int] = []

    def die_after_first(article_id: int) -> None:
        done.append(article_id)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        reextract(engine=bent, on_item=die_after_first)
    with Session(bent) as session:
        run = session.exec(select(ReextractRun)).one()
        assert run.finished_at is None and run.last_article_id == done[0]
    rest = reextract(engine=bent)
    assert rest.run_id == run.id and rest.resumed_after == done[0]
    assert rest.articles == len(ARTICLES) - 1
    with Session(bent) as session:
        assert session.exec(select(ReextractRun)).one().finished_at is not None
        assert _find(session, "dewan akan mengawasi").status == "published"
        assert _find(session, "Para pedagang").status == StatementStatus.WITHDRAWN
    fresh = reextract(engine=bent)
    assert fresh.run_id != run.id and fresh.resumed_after == 0 and fresh.articles == len(ARTICLES)


def test_the_command_logs_per_article_and_says_a_dry_run_wrote_nothing(tmp_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from quotetrack.cli import app
    from quotetrack.config import get_settings
    from quotetrack.store.db import default_engine
    from quotetrack.store.migrate import upgrade

    monkeypatch.setenv("QUOTETRACK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    get_settings.cache_clear()
    default_engine.cache_clear()
    try:
        upgrade(default_engine())
        _ingest(default_engine(), tmp_path)
        with Session(default_engine()) as session:
            first = _find(session, "Stok beras kami cukup")
            first.date = dt.date(2025, 9, 1)
            session.add(first)
            session.commit()
        dry = CliRunner().invoke(app, ["reextract", "--dry-run", "--verbose"])
        assert dry.exit_code == 0, dry.output
        assert "Stok Beras Garut Aman" in dry.stdout and "'fields': ['date']" in dry.stdout
        assert "1 otherwise would be changed" in dry.stdout and "nothing was written" in dry.stdout
        real = CliRunner().invoke(app, ["reextract"])
        assert "1 otherwise changed" in real.stdout
        assert "0 otherwise changed" in CliRunner().invoke(app, ["reextract"]).stdout
    finally:
        get_settings.cache_clear()
        default_engine.cache_clear()


def test_a_withdrawn_statement_keeps_its_page_with_a_notice_and_leaves_the_lists(client, seeded: sa.Engine) -> None:
    with Session(seeded) as session:
        stmt = session.exec(select(Statement).order_by(col(Statement.id))).first()
        assert stmt is not None
        stmt.status = StatementStatus.WITHDRAWN
        session.add(stmt)
        session.commit()
        statement_id, article_id = stmt.id, stmt.article_id
    page = client.get(f"/statements/{statement_id}?lang=en")
    assert page.status_code == 200 and "no longer finds this statement" in page.text
    assert "tidak lagi menemukan" in client.get(f"/statements/{statement_id}?lang=id").text
    listed = client.get(f"/api/v1/statements?article_id={article_id}&limit=100").json()
    assert statement_id not in [s["id"] for s in listed["items"]]


GLUED = (
    "Banjir di Bogor\n\n"
    "BOGOR, Kamis (23/10/2025) - Hujan deras merendam tiga kelurahan.\n"
    "Ketua DPRD Kota Bogor Rina Wulandarimengatakan bahwa dewan akan mengawasi penanganan banjir dengan ketat.\n"
    '"Pompa air sudah kami kirim ke semua kelurahan," kata Wali Kota Bogor Andi Pratama.\n'
)


def test_words_the_stored_text_runs_together_are_split_and_spans_follow(
    engine: sa.Engine, tmp_path: Path, monkeypatch
) -> None:
    from quotetrack.models import Article
    from quotetrack.text import clean

    path = tmp_path / "glued.txt"
    path.write_text(GLUED, encoding="utf-8")
    with monkeypatch.context() as patched:  # stored as text preparation before ungluing left it
        patched.setattr(clean, "unglue", lambda line, *_known: line)
        assert ingest_paths([path], engine=engine, max_bytes=1_000_000).ok
    with Session(engine) as session:
        quote_id = _find(session, "Pompa air").id
        assert "Wulandarimengatakan" in session.exec(select(Article.text)).one()
    report = reextract(engine=engine)
    assert not report.errors
    with Session(engine) as session:
        text = session.exec(select(Article.text)).one()
        assert "Rina Wulandari mengatakan" in text
        statements = session.exec(select(Statement).where(Statement.status == "published")).all()
        assert all(text[s.start : s.end] == s.text for s in statements)
        assert _find(session, "Pompa air").id == quote_id, "the quote found again keeps its id"
        rina = _find(session, "dewan akan mengawasi")
        assert session.get(Official, rina.official_id).name == "Rina Wulandari"
