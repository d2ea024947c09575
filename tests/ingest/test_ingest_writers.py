"""`ingest --writers N`: several storing threads on one PostgreSQL create every person once.

The articles are invented and name the same six new officials over and over, under name variants
that must merge (honorifics, a spelling of Muhammad, a bare surname printed with the post), so
the writers keep meeting the same people at the same time. Several writers must store what one
stores (the exports compared without their ids, which depend on the order of storing), lose no
article, and let no deadlock out; with the coordination switched off the same run creates people
twice, which is what the comparison is there to catch.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from sqlmodel import Session
from typer.testing import CliRunner

from quotetrack import pipeline
from quotetrack.cli import app
from quotetrack.exports.popolo import popolo_document
from quotetrack.exports.rows import jsonl_lines
from quotetrack.ingest import read_source
from quotetrack.pipeline import IngestReport, Processed, ingest_paths, process_source, store_processed
from quotetrack.resolve import read_groups
from quotetrack.resolve.grouping import speaker_mentions
from quotetrack.store import cache, registry, writes
from quotetrack.store.db import make_engine
from quotetrack.store.migrate import upgrade
from quotetrack.store.reads import iter_export_rows
from quotetrack.store.registry import OfficialRegistry
from quotetrack.topics import load_taxonomy
from tests.conftest import create_run_database, drop_run_database, run_database_name

ARTICLES = 96
WRITERS = 4

# Six people nobody has stored yet: the printed variants of each name, and the post printed with it.
PEOPLE = [
    (["Ahmad Ruhiyat", "H. Ahmad Ruhiyat, S.H.", "Ruhiyat"], "Bupati Subang"),
    (["Mochammad Hanafi", "Muhammad Hanafi", "Hanafi"], "Wali Kota Bandung"),
    (["Siti Rahmawati", "Hj. Siti Rahmawati", "Rahmawati"], "Ketua DPRD Garut"),
    (["Dedi Kurniawan", "Dedi Kurniawan, M.Si.", "Kurniawan"], "Wakil Bupati Subang"),
    (["Rina Marlina", "Dr. Rina Marlina", "Marlina"], "Bupati Karawang"),
    (["Yusuf Hidayat", "Ir. Yusuf Hidayat", "Hidayat"], "Wali Kota Bekasi"),
]


def article(n: int) -> str:
    """Article n: two of the six people, each under one of their printed names, quoted once each."""
    a, b = PEOPLE[n % len(PEOPLE)], PEOPLE[(n * 5 + 1) % len(PEOPLE)]
    if a is b:
        b = PEOPLE[(n + 2) % len(PEOPLE)]
    name_a, name_b = a[0][n % 3], b[0][(n // 3) % 3]
    return (
        f"Bandung, JMI - {a[1]} {name_a} meninjau proyek jembatan nomor {n} bersama {b[1]} {name_b}, "
        f"Kamis (30/5/2024).\n"
        f'"Jembatan nomor {n} harus selesai sebelum musim hujan, kami awasi setiap minggu," kata {name_a}.\n'
        f"Menurut {name_b}, anggaran untuk jembatan nomor {n} sudah disiapkan tahun ini.\n"
        f'"Kami mendukung rencana nomor {n} agar warga cepat merasakan manfaatnya," ujar {name_b}.\n'
    )


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("writers") / "articles"
    folder.mkdir()
    for n in range(ARTICLES):
        (folder / f"a{n:03d}.txt").write_text(article(n), encoding="utf-8")
    return folder


def _exports(engine: sa.Engine) -> tuple[list, dict]:
    """The statement export and the Popolo document without ids: what a reader sees of the people."""
    cache.clear()
    with Session(engine) as session:
        rows = [json.loads(line) for line in jsonl_lines(iter_export_rows(session=session), "http://qt.test")]
        popolo = popolo_document(session=session)
        sources = {i: p for i, p in session.execute(sa.text("SELECT id, source_path FROM article"))}
    persons = {p["id"]: p for p in popolo["persons"]}
    areas = {a["id"]: a["name"] for a in popolo["areas"]}

    def person(person_id: str | None) -> tuple | None:
        """A person as every name they were printed under. Which of two spellings of one length
        ("Mochammad Hanafi", "Muhammad Hanafi") is the display name depends on which was met
        first, an order several writers do not keep; it must be one of the longest names."""
        if person_id is None:
            return None
        p = persons[person_id]
        names = {p["name"], *(o["name"] for o in p.get("other_names", []))}
        assert len(p["name"].split()) == max(len(n.split()) for n in names if "," not in n and "." not in n), p
        return tuple(sorted(names))

    statements = sorted(
        (
            Path(sources[r["article_id"]]).name,
            r["start"],
            r["text"],
            None if r["official_id"] else r["speaker"],  # an official's display name: see person()
            person(f"person/{r['official_id']}" if r["official_id"] else None),
            r["role"],
            r["region"],
            r["date"],
            tuple(r["topics"]),
        )
        for r in rows
    )
    shape = {
        "persons": sorted(person(p) or () for p in persons),
        "memberships": sorted(
            (
                person(m["person_id"]),
                m["role"],
                areas.get(m.get("area_id", "")),
                m["first_seen_in_coverage"],
                m["last_seen_in_coverage"],
                m["appointment"],
            )
            for m in popolo["memberships"]
        ),
        "areas": sorted((a["name"], a.get("classification")) for a in popolo["areas"]),
    }
    return statements, shape


def _articles(engine: sa.Engine) -> tuple[int, int, int]:
    with engine.connect() as conn:
        query = "SELECT count(*), count(DISTINCT sha256), count(DISTINCT source_path) FROM article"
        return tuple(conn.execute(sa.text(query)).one())


def _counts(report: IngestReport) -> tuple[int, int, int, int]:
    return report.articles, report.statements, report.officials_created, len(report.errors)


@pytest.fixture(scope="module")
def reference(batch: Path, pg_engine_session: sa.Engine) -> Iterator[tuple[IngestReport, tuple[list, dict]]]:
    """The batch stored by one writer: what several must reproduce."""
    name = run_database_name("writers_reference")
    admin, url = create_run_database(name)
    engine = make_engine(url)
    try:  # dropped even when an assertion below fails (a failed fixture gets no teardown)
        upgrade(engine)
        report = ingest_paths([batch], engine=engine, max_bytes=10**7, jobs=1)
        assert report.ok, report.errors
        exports = _exports(engine)
        # The batch is what it says: six people, each under all three printed names, one person each.
        assert report.officials_created == len(PEOPLE)
        assert len(exports[1]["persons"]) == len(PEOPLE)
        yield report, exports
    finally:
        engine.dispose()
        drop_run_database(admin, name)


@pytest.mark.postgres
@pytest.mark.parametrize("jobs", [1, 2])
def test_several_writers_create_each_person_once_and_store_what_one_writer_stores(
    batch: Path,
    fresh_pg: Callable[[str], sa.Engine],
    reference: tuple[IngestReport, tuple[list, dict]],
    jobs: int,
) -> None:
    engine = fresh_pg(f"writers_{jobs}")
    stored: list[str] = []
    report = ingest_paths([batch], engine=engine, max_bytes=10**7, jobs=jobs, writers=WRITERS, on_item=stored.append)
    assert report.ok, report.errors  # a deadlock that got out would be an error here
    assert _counts(report) == _counts(reference[0])
    assert _exports(engine) == reference[1]
    assert len(stored) == len(set(stored)) == ARTICLES
    assert _articles(engine) == (ARTICLES, ARTICLES, ARTICLES)
    # Run again: everything is stored already, nothing is added.
    again = ingest_paths([batch], engine=engine, max_bytes=10**7, jobs=jobs, writers=WRITERS)
    assert (again.articles, again.duplicates, again.officials_created, again.errors) == (0, ARTICLES, 0, [])
    assert _exports(engine) == reference[1]


@pytest.mark.postgres
def test_without_the_coordination_the_same_writers_create_people_twice(
    batch: Path,
    fresh_pg: Callable[[str], sa.Engine],
    reference: tuple[IngestReport, tuple[list, dict]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The comparison above can fail: each writer left to its own registry makes its own copies."""
    monkeypatch.setattr(registry, "COORDINATE", False)
    engine = fresh_pg("writers_uncoordinated")
    report = ingest_paths([batch], engine=engine, max_bytes=10**7, jobs=1, writers=WRITERS)
    assert report.ok, report.errors
    assert report.articles == ARTICLES
    persons = _exports(engine)[1]["persons"]
    assert len(persons) > len(PEOPLE)
    assert len({name for name, *_ in persons}) < len(persons), "some person is there twice"
    assert _exports(engine) != reference[1]


def _processed(folder: Path, n: int) -> Processed:
    path = folder / f"a{n:03d}.txt"
    item = process_source(read_source(path, max_bytes=10**7))
    return replace(item, speakers=read_groups(speaker_mentions(item.statements, item.source.location)))


def _writer(engine: sa.Engine) -> tuple[Session, OfficialRegistry, dict[str, int]]:
    session = Session(engine)
    topic_ids = writes.ensure_topics(session=session, taxonomy=load_taxonomy())
    session.commit()
    loaded = OfficialRegistry.load(session=session)
    loaded.start_sharing(session=session)
    session.commit()
    return session, loaded, topic_ids


@pytest.mark.postgres
@pytest.mark.parametrize("mode", ["locks", "re-read without locks", "off"])
def test_a_writer_deciding_about_a_name_another_is_creating_waits_and_then_finds_that_person(
    batch: Path, fresh_pg: Callable[[str], sa.Engine], monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    """Two writers loaded before either stored anything meet "Ahmad Ruhiyat" at once: the second
    waits for the first's transaction, then attaches to the person it committed. Without the
    locks it re-reads the registry while the first has not committed, sees nobody, and makes a
    second Ahmad Ruhiyat; switched off entirely, the same."""
    coordinate = mode == "locks"
    if mode == "re-read without locks":
        monkeypatch.setattr(registry, "lock_keys", lambda *_args: None)
    else:
        monkeypatch.setattr(registry, "COORDINATE", coordinate)
    engine = fresh_pg(f"writers_interleaved_{mode.replace(' ', '_').replace('-', '_')}")
    (a_session, a_registry, topic_ids), (b_session, b_registry, _) = _writer(engine), _writer(engine)
    first, second = _processed(batch, 0), _processed(batch, 6)  # both print Ahmad Ruhiyat, Bupati Subang
    assert first.speakers and second.speakers
    failures: list[BaseException] = []
    done = threading.Event()

    def second_writer() -> None:
        try:
            b_registry.lock_names(session=b_session, groups=second.speakers or [])
            store_processed(session=b_session, item=second, registry=b_registry, topic_ids=topic_ids)
            b_session.commit()
            b_registry.commit()
        except BaseException as exc:
            failures.append(exc)
        finally:
            done.set()

    try:
        a_registry.lock_names(session=a_session, groups=first.speakers)
        store_processed(session=a_session, item=first, registry=a_registry, topic_ids=topic_ids)
        thread = threading.Thread(target=second_writer)
        thread.start()
        waited = not done.wait(1.5)  # the first writer's transaction is still open
        a_session.commit()
        a_registry.commit()
        thread.join(30)
    finally:
        a_session.close()
        b_session.close()
    assert not failures, failures
    assert waited == coordinate
    with engine.connect() as conn:
        names = conn.execute(sa.text("SELECT name FROM official ORDER BY name")).scalars().all()
    ruhiyat = [n for n in names if "Ruhiyat" in n]
    assert len(ruhiyat) == (1 if coordinate else 2), names


@pytest.mark.postgres
@pytest.mark.parametrize("where", ["deciding", "storing"])
def test_a_deadlock_between_writers_stores_the_group_again(
    batch: Path,
    fresh_pg: Callable[[str], sa.Engine],
    reference: tuple[IngestReport, tuple[list, dict]],
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    """PostgreSQL breaks a deadlock by failing one transaction: the transaction is run again, and
    no article is reported failed, lost or stored twice. Injected twice, in the transaction that
    decides who the speakers are or in the one that stores the articles."""
    engine = fresh_pg(f"writers_deadlock_{where}")
    lock, calls = threading.Lock(), []

    def deadlocking_twice(real: Callable, *args, **kwargs):  # type: ignore[no-untyped-def]
        with lock:
            calls.append(1)
            fail = len(calls) in (3, 10)
        if fail:
            raise sa.exc.OperationalError("INSERT", {}, psycopg.errors.DeadlockDetected("deadlock detected"))
        return real(*args, **kwargs)

    if where == "deciding":
        real = OfficialRegistry.resolve_article
        monkeypatch.setattr(OfficialRegistry, "resolve_article", lambda self, **kw: deadlocking_twice(real, self, **kw))
    else:
        monkeypatch.setattr(pipeline, "store_processed", partial(deadlocking_twice, pipeline.store_processed))
    report = ingest_paths([batch], engine=engine, max_bytes=10**7, jobs=1, writers=2)
    assert report.ok, report.errors
    assert report.retries == 2
    assert _counts(report) == _counts(reference[0])
    assert _articles(engine) == (ARTICLES, ARTICLES, ARTICLES)
    assert _exports(engine) == reference[1]


class _Crash(BaseException):
    """Stands for the process dying: nothing in the ingest catches it as an article's failure."""


@pytest.mark.postgres
def test_a_run_killed_between_deciding_and_storing_is_finished_by_running_it_again(
    batch: Path,
    fresh_pg: Callable[[str], sa.Engine],
    reference: tuple[IngestReport, tuple[list, dict]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The people a group's first transaction committed are there for the re-run to find: it
    creates none of them again, and every article ends up stored once."""
    engine = fresh_pg("writers_crash")
    real, lock, calls = pipeline.store_processed, threading.Lock(), []

    def dying(**kwargs):  # type: ignore[no-untyped-def]
        with lock:
            calls.append(1)
            if len(calls) == 20:
                raise _Crash
        return real(**kwargs)

    monkeypatch.setattr(pipeline, "store_processed", dying)
    with pytest.raises(_Crash):
        ingest_paths([batch], engine=engine, max_bytes=10**7, jobs=1, writers=2)
    monkeypatch.setattr(pipeline, "store_processed", real)
    stored, _, _ = _articles(engine)
    assert 0 < stored < ARTICLES
    again = ingest_paths([batch], engine=engine, max_bytes=10**7, jobs=1, writers=2)
    assert again.ok, again.errors
    assert again.articles == ARTICLES - stored
    assert _articles(engine) == (ARTICLES, ARTICLES, ARTICLES)
    assert _exports(engine) == reference[1]


def test_sqlite_keeps_one_writer_and_says_so(batch: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTETRACK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    from quotetrack.config import get_settings
    from quotetrack.store.db import default_engine

    get_settings.cache_clear()
    default_engine.cache_clear()
    try:
        result = CliRunner().invoke(app, ["ingest", str(batch), "--jobs", "1", "--writers", "3"])
        assert result.exit_code == 0, result.output
        assert "SQLite takes one writer at a time: --writers ignored" in result.stderr
        assert f"{ARTICLES} articles" in result.stdout and f"{len(PEOPLE)} new officials" in result.stdout
        refused = CliRunner().invoke(app, ["ingest", str(batch), "--writers", "0"])
        assert refused.exit_code == 2 and "--writers must be 1 or more" in refused.output
    finally:
        get_settings.cache_clear()
        default_engine.cache_clear()


@pytest.mark.slow
@pytest.mark.postgres
def test_writers_store_what_a_local_dask_cluster_hands_them(
    batch: Path, fresh_pg: Callable[[str], sa.Engine], reference: tuple[IngestReport, tuple[list, dict]]
) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed: make install-test")
    engine = fresh_pg("writers_dask")
    report = ingest_paths([batch], engine=engine, max_bytes=10**7, dask="local:2", writers=2)
    assert report.ok, report.errors
    assert _counts(report) == _counts(reference[0])
    assert _exports(engine) == reference[1]
    assert _articles(engine) == (ARTICLES, ARTICLES, ARTICLES)
