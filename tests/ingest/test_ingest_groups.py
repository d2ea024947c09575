"""Storing in groups (a transaction of several articles, a SAVEPOINT each) and work sent in chunks.

An article that fails rolls back alone, with what the registry learnt from it; a group whose
commit fails is stored again one article per transaction; a worker that dies in a chunk costs
only the item that kills it.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from quotetrack import pipeline
from quotetrack.ingest import FetchLimits
from quotetrack.models import Article, ArticleVersion, Official, SourceDocument, Statement
from quotetrack.pipeline import ingest_paths
from quotetrack.workers import parallel_map
from tests.ingest.conftest import Site, article_page, article_text

DIE = (3, 11)


def _dies(x: int) -> int:
    if x in DIE:
        os._exit(1)  # what a segfault in a C extension looks like to the pool
    return x * 10


@pytest.mark.parametrize("chunk", [1, 3, 8])
def test_a_worker_that_dies_in_a_chunk_costs_only_its_own_item(chunk: int) -> None:
    results = list(parallel_map(_dies, range(16), jobs=2, on_crash=lambda x: -x, chunk=chunk))
    assert results == [-x if x in DIE else x * 10 for x in range(16)]


def _slow(x: int) -> int:
    time.sleep(0.05)
    return x


def test_on_wait_runs_before_waiting_for_a_result_not_ready() -> None:
    waits: list[int] = []
    results = list(
        parallel_map(_slow, range(6), jobs=2, on_crash=lambda x: -x, chunk=2, on_wait=lambda: waits.append(1))
    )
    assert results == list(range(6))
    assert waits


@pytest.fixture(autouse=True)
def one_group_for_eight(monkeypatch: pytest.MonkeyPatch) -> None:
    """Eight articles in one group (a batch this small commits article by article otherwise)."""
    monkeypatch.setattr(pipeline, "GROUP_STEPS", 1)


def _inbox(tmp_path: Path, speakers: dict[int, str], n: int = 8) -> Path:
    root = tmp_path / "inbox"
    root.mkdir()
    for i in range(n):
        text = article_text(i, speaker=speakers.get(i, "Budi Santoso"))
        (root / f"{i:02d}.txt").write_text(f"Jalan Desa {i}\n\n{text}")
    return root


def _count(session: Session, table: type) -> int:
    return session.exec(select(func.count()).select_from(table)).one()


def _assert_once_each(session: Session, *names: str) -> None:
    stored = list(session.exec(select(Official.name)))
    assert len(stored) == len(set(stored)) and set(names) <= set(stored), stored


def _assert_every_statement_cites_a_stored_official(session: Session) -> None:
    cited = set(session.exec(select(Statement.official_id).where(col(Statement.official_id).is_not(None))))
    assert cited and cited <= set(session.exec(select(Official.id)))


def test_an_article_that_fails_to_store_rolls_back_alone(
    engine: sa.Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 03 is the first to quote Rina Kusuma and fails once everything is written; 06 quotes her again.
    folder = _inbox(tmp_path, {3: "Rina Kusuma", 6: "Rina Kusuma"})
    store = pipeline.store_processed

    def fails_on_03(*, item: pipeline.Processed, **kwargs: object) -> int:
        n = store(item=item, **kwargs)  # type: ignore[arg-type]
        if item.source.location.endswith("03.txt"):
            raise RuntimeError("the disk is on fire")
        return n

    monkeypatch.setattr(pipeline, "store_processed", fails_on_03)
    report = ingest_paths([folder], engine=engine, max_bytes=10**6)
    assert [Path(e.source).name for e in report.errors] == ["03.txt"]
    assert "the disk is on fire" in report.errors[0].reason
    assert report.articles == 7
    with Session(engine) as session:
        assert _count(session, Article) == _count(session, ArticleVersion) == _count(session, SourceDocument) == 7
        # The official 03 created went with it, in the database and in the registry: 06 made her again.
        _assert_once_each(session, "Budi Santoso", "Rina Kusuma")
        rina = session.exec(
            select(Official.name)
            .join(Statement, col(Statement.official_id) == Official.id)
            .join(Article, col(Article.id) == Statement.article_id)
            .where(col(Article.source_path).endswith("06.txt"))
        ).all()
        assert "Rina Kusuma" in rina
        _assert_every_statement_cites_a_stored_official(session)


def _watch_visibility(monkeypatch: pytest.MonkeyPatch, db: str) -> list[tuple[int, int]]:
    """(articles stored so far, articles another connection sees), taken before each article is stored."""
    store, seen = pipeline.store_processed, []

    def watched(**kwargs: object) -> int:
        seen.append((len(seen), _visible(db, "SELECT count(*) FROM article")))
        return store(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "store_processed", watched)
    return seen


def _visible(db: str, sql: str, *args: str) -> int:
    with closing(sqlite3.connect(db)) as other:
        return other.execute(sql, args).fetchone()[0]


def test_articles_commit_in_groups_and_are_reported_once_committed(
    sqlite_engine: sa.Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = sqlite_engine.url.database
    assert db is not None
    seen = _watch_visibility(monkeypatch, db)
    reported: list[int] = []
    report = ingest_paths(
        [_inbox(tmp_path, {})],
        engine=sqlite_engine,
        max_bytes=10**6,
        jobs=1,
        on_item=lambda loc: reported.append(
            _visible(db, "SELECT count(*) FROM sourcedocument WHERE location = ?", loc)
        ),
    )
    assert report.ok and report.articles == 8
    # Stored articles another connection cannot see yet: one transaction holds several (releasing
    # a savepoint did not commit it, as pysqlite's lazy BEGIN would have it).
    assert any(visible < stored for stored, visible in seen), seen
    assert reported == [1] * 8  # every article was committed when on_item heard of it
    assert _visible(db, "SELECT count(*) FROM article") == 8


def test_a_small_batch_commits_article_by_article(
    sqlite_engine: sa.Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "GROUP_STEPS", 16)  # as shipped: 8 articles are too few to group
    db = sqlite_engine.url.database
    assert db is not None
    seen = _watch_visibility(monkeypatch, db)
    assert ingest_paths([_inbox(tmp_path, {})], engine=sqlite_engine, max_bytes=10**6, jobs=1).articles == 8
    assert seen == [(n, n) for n in range(8)]


def test_a_group_whose_commit_fails_is_stored_again_one_article_at_a_time(
    engine: sa.Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _inbox(tmp_path, {3: "Rina Kusuma"})
    store, armed = pipeline.store_processed, []

    def arming(**kwargs: object) -> int:
        if not armed:
            armed.append(True)  # the next commit, that of the first group, fails
        return store(**kwargs)  # type: ignore[arg-type]

    def fail_once(session: Session) -> None:
        if armed and armed[0] and not session.in_nested_transaction():  # not a savepoint's release
            armed[0] = False
            raise sa.exc.OperationalError("COMMIT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(pipeline, "store_processed", arming)
    sa.event.listen(Session, "before_commit", fail_once)
    try:
        report = ingest_paths([folder], engine=engine, max_bytes=10**6)
    finally:
        sa.event.remove(Session, "before_commit", fail_once)
    assert armed == [False], "the failing commit never happened"
    assert report.ok and report.articles == 8 and report.duplicates == 0
    with Session(engine) as session:
        assert _count(session, Article) == _count(session, ArticleVersion) == 8
        _assert_once_each(session, "Budi Santoso", "Rina Kusuma")
        _assert_every_statement_cites_a_stored_official(session)


def test_no_write_lock_is_held_while_a_url_is_fetched(sqlite_engine: sa.Engine, site: Site) -> None:
    db = sqlite_engine.url.database
    assert db is not None
    locked: list[bool] = []

    def page(n: int) -> Callable[[BaseHTTPRequestHandler], None]:
        def handle(h: BaseHTTPRequestHandler) -> None:
            try:  # what an editor saving a correction meanwhile would do
                with closing(sqlite3.connect(db, timeout=0.2)) as other:
                    other.execute("BEGIN IMMEDIATE")
                    other.rollback()
                locked.append(False)
            except sqlite3.OperationalError:
                locked.append(True)
            body = article_page(n).encode()
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body)

        return handle

    for n in range(4):
        site.routes[f"/{n}"] = page(n)
    limits = FetchLimits(timeout=2, total_timeout=5, allow_private=True)
    report = ingest_paths(
        [site.url(f"/{n}") for n in range(4)], engine=sqlite_engine, max_bytes=10**6, jobs=1, limits=limits
    )
    assert report.ok and report.articles == 4
    assert locked == [False] * 4
