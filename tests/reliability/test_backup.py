"""Backup and restore round trips: SQLite's online backup API and pg_dump/pg_restore give back the
same rows in a fresh database, and a restore over a changed database undoes the change."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

from quotetrack.pipeline import ingest_paths
from quotetrack.store.backup import BackupError, backup, restore
from quotetrack.store.db import make_engine
from quotetrack.store.migrate import upgrade
from tests.reliability.conftest import cli_env, counts, own_pg_database, problems, run_cli, write_articles


def snapshot(engine: sa.Engine) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order."""
    out = {}
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            out[table.name] = [tuple(r) for r in conn.execute(sa.select(table).order_by(*order))]
    return out


def _filled(engine: sa.Engine, folder: Path) -> sa.Engine:
    upgrade(engine)
    report = ingest_paths([folder], engine=engine, max_bytes=1_000_000)
    assert report.ok, report.errors
    return engine


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_articles(tmp_path_factory.mktemp("backup") / "articles", 4)


def test_sqlite_backup_restores_the_same_rows_into_a_fresh_file(tmp_path: Path, folder: Path) -> None:
    live = _filled(make_engine(f"sqlite:///{tmp_path / 'live.db'}"), folder)
    rows = snapshot(live)
    assert rows["statement"]
    with live.connect():  # an open connection, as a running server would hold, does not block it
        dest = backup(live, tmp_path / "backups" / "q.db")
    assert not (tmp_path / "backups" / "q.db-wal").exists()  # the backup is one self-contained file
    fresh = make_engine(f"sqlite:///{tmp_path / 'fresh' / 'q.db'}")
    restore(fresh, dest)
    assert snapshot(fresh) == rows
    assert problems(fresh) == {}
    # The search index came along too.
    with sqlite3.connect(tmp_path / "fresh" / "q.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    fresh.dispose()

    # Restoring over a database that changed since gives back the backed-up state.
    with live.begin() as conn:
        conn.execute(sa.text("DELETE FROM statementtopic"))
    restore(live, dest)
    assert snapshot(live) == rows
    live.dispose()


def test_restore_refuses_a_file_that_is_not_a_quotetrack_backup(tmp_path: Path, folder: Path) -> None:
    live = _filled(make_engine(f"sqlite:///{tmp_path / 'live.db'}"), folder)
    rows = snapshot(live)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)
    with pytest.raises(BackupError):
        restore(live, junk)
    with pytest.raises(BackupError):
        restore(live, tmp_path / "missing.db")
    assert snapshot(live) == rows
    live.dispose()


def test_backup_and_restore_commands(tmp_path: Path, folder: Path) -> None:
    env = cli_env(tmp_path)
    db = tmp_path / "data" / "quotetrack.db"
    engine = _filled(make_engine(f"sqlite:///{db}"), folder)
    before = counts(engine)
    made = run_cli(["backup", str(tmp_path / "b.db")], env)
    assert made.returncode == 0, made.stderr
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM statementtopic"))
    refused = run_cli(["restore", str(tmp_path / "b.db")], env)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    done = run_cli(["restore", str(tmp_path / "b.db"), "--yes"], env)
    assert done.returncode == 0, done.stderr
    assert counts(engine) == before
    engine.dispose()


@pytest.fixture
def pg_pair() -> Iterator[tuple[str, str]]:
    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.skip("pg_dump/pg_restore are not on PATH (apt-get install postgresql-client)")
    src = own_pg_database("reliability_backup_src")
    dst = own_pg_database("reliability_backup_dst")
    try:
        yield next(src), next(dst)
    finally:
        for gen in (src, dst):
            gen.close()


def test_postgres_backup_restores_the_same_rows_into_a_fresh_database(
    tmp_path: Path, folder: Path, pg_pair: tuple[str, str]
) -> None:
    src_url, dst_url = pg_pair
    src = _filled(make_engine(src_url), folder)
    rows = snapshot(src)
    assert rows["statement"]
    dump = backup(src, tmp_path / "q.dump")
    src.dispose()
    fresh = make_engine(dst_url)
    restore(fresh, dump)
    assert snapshot(fresh) == rows
    assert problems(fresh) == {}
    with fresh.connect() as conn:  # the search column and its index came along
        assert conn.execute(sa.text("SELECT COUNT(*) FROM statement WHERE tsv IS NOT NULL")).scalar_one() > 0
    # Writes still get fresh ids after a restore (sequences restored with the rows).
    upgrade(fresh)
    report = ingest_paths([write_articles(tmp_path / "more", 1, start=900)], engine=fresh, max_bytes=1_000_000)
    assert report.ok and report.articles == 1
    fresh.dispose()
