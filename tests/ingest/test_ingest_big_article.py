"""Issue 17, point 4: an article pasted many times over costs linear work. Corroboration joins
its thousands of identical reports to the one stored elsewhere with a few UPDATEs, not one
read and rewrite of the growing cluster per report (3.57 M rows fetched for a 2 MiB upload)."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from bench.bench_big_article import SHORT
from quotetrack.models import Statement
from quotetrack.pipeline import ingest_paths

COPIES = 300


def test_a_pasted_article_joins_one_cluster_with_a_bounded_number_of_writes(
    tmp_path: Path, sqlite_engine: sa.Engine
) -> None:
    (tmp_path / "short.txt").write_text("Jalan Desa Subang Diperbaiki\n\n" + SHORT, encoding="utf-8")
    (tmp_path / "big.txt").write_text("Judul: Jalan Desa Subang\n\n" + SHORT * COPIES, encoding="utf-8")
    assert ingest_paths([tmp_path / "short.txt"], engine=sqlite_engine, max_bytes=10**7).ok
    executed: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:
        if "cluster_id" in statement and ("UPDATE statement" in statement or "statement.cluster_id IN" in statement):
            executed.append(statement)

    sa.event.listen(sqlite_engine, "before_cursor_execute", count)
    try:
        report = ingest_paths([tmp_path / "big.txt"], engine=sqlite_engine, max_bytes=10**7)
    finally:
        sa.event.remove(sqlite_engine, "before_cursor_execute", count)
    assert report.ok and report.statements >= COPIES
    with Session(sqlite_engine) as session:
        clusters = session.exec(
            select(Statement.cluster_id, func.count())
            .where(col(Statement.cluster_id).is_not(None))
            .group_by(Statement.cluster_id)
        ).all()
        first = session.exec(select(func.min(Statement.id))).one()
    # Each quote of the short article is a cluster holding it and its every copy in the paste.
    assert clusters and all(size == COPIES + 1 for _, size in clusters)
    assert min(c for c, _ in clusters) == first
    assert len(executed) <= 3 * len(clusters), f"{len(executed)} cluster reads/writes for {len(clusters)} clusters"
