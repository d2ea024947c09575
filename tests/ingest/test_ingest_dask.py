"""`ingest --dask`: a LocalCluster of two worker processes stores what one process stores, on PostgreSQL,
and a worker killed mid-run loses and duplicates nothing."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from bench.bench_ingest import generate
from quotetrack.exports.popolo import popolo_document
from quotetrack.exports.rows import jsonl_lines
from quotetrack.pipeline import IngestReport, ingest_paths
from quotetrack.store import cache
from quotetrack.store.db import make_engine
from quotetrack.store.migrate import upgrade
from quotetrack.store.reads import iter_export_rows
from tests.conftest import SEEDS, create_run_database, drop_run_database, run_database_name

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

# In the test extra; a virtualenv made before it was added skips these instead of failing to collect.
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed: make install-test")

ARTICLES = 120
KILL_AFTER = 10  # articles committed before one worker is killed


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Generated articles in every shape (text, HTML, a JSONL export) and the seed articles."""
    folder = tmp_path_factory.mktemp("dask") / "articles"
    generate(folder, ARTICLES, kind="mix")
    return [folder, SEEDS]


def _exports(engine: sa.Engine) -> tuple[list[dict], dict]:
    cache.clear()
    with Session(engine) as session:
        statements = [json.loads(line) for line in jsonl_lines(iter_export_rows(session=session), "http://qt.test")]
        return statements, popolo_document(session=session)


def _counts(report: IngestReport) -> tuple[int, int, int, int]:
    return report.articles, report.statements, report.officials_created, len(report.errors)


def _articles(engine: sa.Engine) -> tuple[int, int]:
    with engine.connect() as conn:
        return tuple(conn.execute(sa.text("SELECT count(*), count(DISTINCT sha256) FROM article")).one())


@pytest.fixture(scope="module")
def reference(batch: list[Path], pg_engine_session: sa.Engine) -> Iterator[tuple[IngestReport, tuple[list, dict]]]:
    """The batch ingested by one process (--jobs 1): what the cluster must reproduce."""
    name = run_database_name("dask_reference")
    admin, url = create_run_database(name)
    engine = make_engine(url)
    try:  # dropped even when an assertion below fails (a failed fixture gets no teardown)
        upgrade(engine)
        report = ingest_paths(batch, engine=engine, max_bytes=10**7, jobs=1)
        assert report.ok, report.errors
        assert report.articles == ARTICLES + 1 and report.statements > ARTICLES
        yield report, _exports(engine)
    finally:
        engine.dispose()
        drop_run_database(admin, name)


def test_a_local_cluster_stores_the_same_statements_and_officials_as_one_process(
    batch: list[Path], fresh_pg: Callable[[str], sa.Engine], reference: tuple[IngestReport, tuple[list, dict]]
) -> None:
    engine = fresh_pg("dask_local")
    report = ingest_paths(batch, engine=engine, max_bytes=10**7, dask="local:2")
    assert report.ok, report.errors
    assert _counts(report) == _counts(reference[0])
    assert _exports(engine) == reference[1]
    # Run again: everything is known already, nothing is added.
    again = ingest_paths(batch, engine=engine, max_bytes=10**7, dask="local:2")
    assert (again.articles, again.duplicates, again.errors) == (0, ARTICLES + 1, [])
    assert _exports(engine) == reference[1]


def test_a_worker_killed_mid_run_loses_and_duplicates_no_article(
    batch: list[Path], fresh_pg: Callable[[str], sa.Engine], reference: tuple[IngestReport, tuple[list, dict]]
) -> None:
    engine = fresh_pg("dask_killed")
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster,
        distributed.Client(cluster) as client,
    ):
        before = client.run(os.getpid)
        victim = sorted(before.values())[0]
        stored: list[str] = []

        def kill_one_worker_once(location: str) -> None:
            stored.append(location)
            if len(stored) == KILL_AFTER:
                os.kill(victim, signal.SIGKILL)

        report = ingest_paths(
            batch, engine=engine, max_bytes=10**7, dask=cluster.scheduler_address, on_item=kill_one_worker_once
        )
        client.wait_for_workers(2, timeout=60)
        after = client.run(os.getpid)
    assert victim not in after.values(), "the worker was not killed"
    assert report.ok, report.errors
    assert _counts(report) == _counts(reference[0])
    assert len(stored) == len(set(stored)) == ARTICLES + 1
    assert _articles(engine) == (ARTICLES + 1, ARTICLES + 1)
    assert _exports(engine) == reference[1]
