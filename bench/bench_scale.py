"""Benchmark: ingest throughput with more workers (--jobs 1 and 2, Dask local:1 and local:2) and
more storing writers (--writers 1 and 2) on PostgreSQL, the cost of each stage per article, and a
projection to more workers and writers.

usage: python bench/bench_scale.py [--articles 800] [--postgres URL] [--configs jobs:2,jobs:2/writers:2]

Each configuration runs in a fresh process on a fresh database (created on the server of --postgres,
default QUOTETRACK_BENCH_POSTGRES_URL or the local test server, and dropped afterwards), so caches
warmed by one run do not flatter the next. Prints articles/s, the CPU per article of the storing
process and of the workers, and their ratios to --jobs 1; then the CPU per article of every stage,
measured one article at a time in one process; then the projection. On a shared machine the wall
times are noisy: the CPU figures and the ratios are what to compare. It does not assert.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_ingest import generate

# "jobs:N" or "dask:N" for the pure stages, "/writers:W" for W storing threads (default 1).
CONFIGS = ["jobs:1", "jobs:2", "dask:1", "dask:2", "jobs:2/writers:2", "dask:2/writers:2"]
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # worker processes, once they have ended
    return usage.ru_utime + usage.ru_stime


def _database(server: str) -> tuple[sa.Engine, str, str]:
    """A new database on the server: (admin engine, its name, its URL)."""
    name = f"bench_scale_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    admin_url = sa.engine.make_url(server).set(database="postgres")
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    return admin, name, admin_url.set(database=name).render_as_string(hide_password=False)


def _drop(admin: sa.Engine, name: str) -> None:
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def run_one(config: str, folder: Path, url: str) -> dict:
    """One ingest of the folder in this process: wall, CPU of this process and of its workers."""
    import threading

    from quotetrack.pipeline import ingest_paths
    from quotetrack.store.db import make_engine
    from quotetrack.store.migrate import upgrade
    from quotetrack.store.registry import OfficialRegistry

    engine = make_engine(url)
    upgrade(engine)
    stages, _, writers = config.partition("/writers:")
    kind, count = stages.split(":")
    options: dict = {"jobs": int(count)} if kind == "jobs" else {"dask": f"local:{count}"}
    options["writers"] = int(writers or 1)
    # Wall time the writers spend opening their transactions: waiting for each other's name and
    # official locks, and re-reading what the others stored.
    locking, guard, lock_names = [0.0], threading.Lock(), OfficialRegistry.lock_names

    def timed_lock_names(self, **kwargs):  # type: ignore[no-untyped-def]
        began = time.perf_counter()
        try:
            return lock_names(self, **kwargs)
        finally:
            with guard:
                locking[0] += time.perf_counter() - began

    OfficialRegistry.lock_names = timed_lock_names  # type: ignore[method-assign]
    server_before = _server_cpu(engine)
    began, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    report = ingest_paths([folder], engine=engine, max_bytes=20_000_000, **options)
    wall = time.perf_counter() - began
    parent = time.process_time() - cpu
    server = _server_cpu(engine)  # before dispose: the pool's backends are still there
    engine.dispose()
    return {
        "wall": wall,
        "parent": parent,
        "workers": _children_cpu() - children,
        "server": sum(c - server_before.get(pid, 0.0) for pid, c in server.items()),
        "locking": locking[0],
        "retries": report.retries,
        "articles": report.articles,
        "statements": report.statements,
        "officials": report.officials_created,
        "failed": len(report.errors),
    }


def cluster_start(workers: int) -> dict[str, float]:
    """Wall and CPU seconds to start and stop a LocalCluster of `workers` processes, idle: part of
    every dask run's figures, taken off them for the steady rate. And the CPU an idle cluster
    burns per second (heartbeats, memory monitors, the workers' sampling profiler), which a run
    pays for as long as it lasts."""
    import psutil

    from quotetrack.cluster import connect

    began, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    with connect(f"local:{workers}") as client:
        client.wait_for_workers(workers)
        processes = [psutil.Process(pid) for pid in client.run(os.getpid).values()]
        idle_from = time.process_time(), sum(sum(p.cpu_times()[:2]) for p in processes)
        time.sleep(IDLE_SECONDS)
        idle_parent = (time.process_time() - idle_from[0]) / IDLE_SECONDS
        idle_workers = (sum(sum(p.cpu_times()[:2]) for p in processes) - idle_from[1]) / IDLE_SECONDS
    return {
        "wall": time.perf_counter() - began - IDLE_SECONDS,
        "parent": time.process_time() - cpu - idle_parent * IDLE_SECONDS,
        "workers": _children_cpu() - children - idle_workers * IDLE_SECONDS,
        "idle parent": idle_parent,
        "idle workers": idle_workers,
    }


IDLE_SECONDS = 5.0


def stages(folder: Path, url: str) -> dict[str, float]:
    """CPU ms per article of each stage, one article at a time in this process, storing into `url`."""
    from dataclasses import replace

    from sqlmodel import Session

    from quotetrack.extract import extract
    from quotetrack.ingest import FetchLimits, plan, read_item
    from quotetrack.pipeline import Processed, store_processed
    from quotetrack.resolve import read_groups
    from quotetrack.resolve.grouping import speaker_mentions
    from quotetrack.store import writes
    from quotetrack.store.db import make_engine
    from quotetrack.store.migrate import upgrade
    from quotetrack.store.registry import OfficialRegistry
    from quotetrack.text import prepare
    from quotetrack.text.stem import stem_text
    from quotetrack.topics import load_taxonomy, tag_statements

    engine = make_engine(url)
    upgrade(engine)
    costs = dict.fromkeys(
        ["read", "prepare", "extract", "topics", "stem", "speakers", "ship", "store (CPU)", "store (wall)"], 0.0
    )
    server_before = _server_cpu(engine)
    taxonomy = load_taxonomy()
    items = [i for i in plan([folder], limits=FetchLimits(), max_bytes=20_000_000) if not isinstance(i, Exception)]
    with Session(engine) as session:
        topic_ids = writes.ensure_topics(session=session, taxonomy=taxonomy)
        session.commit()
        registry = OfficialRegistry.load(session=session)
        for n, item in enumerate(items, 1):
            clock = time.process_time()

            def lap(stage: str) -> None:
                nonlocal clock
                now = time.process_time()
                costs[stage] += now - clock
                clock = now

            source = read_item(item, max_bytes=20_000_000)
            lap("read")
            text, meta = prepare(source.raw_text)
            meta = replace(meta, title=source.title or meta.title, published=source.published or meta.published)
            lap("prepare")
            extraction = extract(text, meta=meta)
            lap("extract")
            statements = extraction.statements
            topics = tag_statements(
                [s.text for s in statements],
                article_text=text,
                spans=[(s.start, s.end) for s in statements],
                taxonomy=taxonomy,
            )
            lap("topics")
            stems = [stem_text(s.text, extraction.meta.language or "id") for s in statements]
            lap("stem")
            groups = read_groups(speaker_mentions(statements, source.location), registry.regions)
            lap("speakers")
            processed = Processed(
                source,
                text,
                hashlib.sha256(text.encode()).hexdigest(),
                extraction.meta,
                statements,
                topics,
                stems,
                speakers=groups,
            )
            processed = pickle.loads(pickle.dumps(processed))  # what a worker sends and the store receives
            lap("ship")
            wall = time.perf_counter()
            store_processed(session=session, item=processed, registry=registry, topic_ids=topic_ids)
            if n % 32 == 0 or n == len(items):
                session.commit()
                registry.commit()
            costs["store (wall)"] += time.perf_counter() - wall
            lap("store (CPU)")
    server_after = _server_cpu(engine)
    costs["store (PostgreSQL CPU)"] = sum(cpu - server_before.get(pid, 0.0) for pid, cpu in server_after.items())
    engine.dispose()
    return {stage: seconds * 1000 / len(items) for stage, seconds in costs.items()}


def _server_cpu(engine: sa.Engine) -> dict[int, float]:
    """CPU seconds so far of each PostgreSQL backend serving this database (the server is local)."""
    import psutil

    with engine.connect() as conn:
        pids = conn.execute(sa.text("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")).scalars()
        found = {}
        for pid in pids:
            try:
                found[pid] = sum(psutil.Process(pid).cpu_times()[:2])
            except psutil.Error:  # ended meanwhile, or not on this host
                continue
    return found


def _child(*args: str) -> dict:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def project(cost: dict[str, float], workers: list[int], writers: tuple[int, ...] = (1, 2, 4)) -> list[str]:
    """articles/s against workers and writer threads, from the per-stage CPU: each worker runs the
    pure stages; each writer receives, resolves and writes, waiting for its own PostgreSQL backend;
    the writers of one process share its GIL, so their Python part (receiving, resolving, building
    rows) adds up in one core. The first to saturate is the limit."""
    pure = sum(cost[s] for s in ("read", "prepare", "extract", "topics", "stem", "speakers"))
    # A writer waits for PostgreSQL: on a machine of its own its time per article is its CPU and
    # the server's for it; on this shared one the wall clock, which also holds the waits for a core.
    python = cost["store (CPU)"] + cost["ship"]
    store = python + cost.get("store (PostgreSQL CPU)", 0.0)
    lines = [
        f"pure stages {pure:.2f} ms CPU per article per worker; storing {store:.2f} ms CPU per article"
        f" (writer {python:.2f} under the GIL + PostgreSQL), {cost['store (wall)']:.2f} ms wall here, one writer"
    ]
    for w in writers:
        for n in workers:
            limits = {"workers": n * 1000 / pure, "writers": w * 1000 / store, "the GIL": 1000 / python}
            limit = min(limits, key=limits.__getitem__)
            lines.append(
                f"projected {n:3d} workers, {w} writers: {limits[limit]:7.0f} articles/s  (workers"
                f" {limits['workers']:7.0f}, writers {limits['writers']:5.0f}, one process's GIL"
                f" {limits['the GIL']:5.0f}; limit: {limit})"
            )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=800)
    parser.add_argument("--postgres", default=os.environ.get("QUOTETRACK_BENCH_POSTGRES_URL", DEFAULT_PG))
    parser.add_argument("--configs", default=",".join(CONFIGS), help="comma-separated subset of " + ", ".join(CONFIGS))
    parser.add_argument("--run", choices=CONFIGS, help=argparse.SUPPRESS)
    parser.add_argument("--stages", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cluster-start", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        print(json.dumps(run_one(args.run, args.folder, args.url)))
        return
    if args.stages:
        print(json.dumps(stages(args.folder, args.url)))
        return
    if args.cluster_start:
        print(json.dumps(cluster_start(args.cluster_start)))
        return
    with tempfile.TemporaryDirectory(prefix="qt-bench-scale-") as tmp:
        folder = Path(tmp) / "articles"
        generate(folder, args.articles, kind="mix")
        print(
            f"{args.articles} generated articles (mix) into PostgreSQL, {os.cpu_count()} cores, load {os.getloadavg()}"
        )
        configs = [c for c in args.configs.split(",") if c]
        unknown = set(configs) - set(CONFIGS)
        if unknown:
            raise SystemExit(f"unknown configurations: {', '.join(sorted(unknown))}")
        # What starting and stopping an idle LocalCluster costs, taken off the dask runs for their steady rate.
        idle = {"jobs": {"wall": 0.0, "parent": 0.0, "workers": 0.0}}
        for workers in sorted({int(c.split("/")[0].split(":")[1]) for c in configs if c.startswith("dask:")}):
            idle[f"dask:{workers}"] = start = _child("--cluster-start", str(workers))
            print(
                f"LocalCluster of {workers}: {start['wall']:.1f} s to start and stop, CPU {start['parent']:.1f} s"
                f" client + {start['workers']:.1f} s worker processes (taken off the steady figures below);"
                f" idle it burns {start['idle parent'] * 1000:.0f} ms/s CPU in the ingest process (scheduler, nannies,"
                f" client) and {start['idle workers'] * 1000:.0f} ms/s in the workers"
            )
        steady = {}
        for config in configs:
            admin, name, url = _database(args.postgres)
            try:
                r = _child("--run", config, "--folder", str(folder), "--url", url)
            finally:
                _drop(admin, name)
            fixed = idle.get(config.split("/")[0], idle["jobs"])
            n = max(r["articles"], 1)
            steady[config] = wall = r["wall"] - fixed["wall"]
            base = configs[0]
            print(
                f"{config:16} {r['articles'] / wall:6.1f} articles/s steady ({r['articles'] / r['wall']:5.1f} with"
                f" start-up; {r['articles']} articles, {r['officials']} officials, {r['failed']} failed,"
                f" {r['retries']} deadlock retries)  CPU per article:"
                f" {(r['parent'] - fixed['parent']) / n * 1000:.1f} ms storing process,"
                f" {(r['workers'] - fixed['workers']) / n * 1000:.1f} ms workers,"
                f" {r['server'] / n * 1000:.1f} ms PostgreSQL;"
                f" opening transactions (locks, re-reads) {r['locking'] / n * 1000:.1f} ms wall;"
                f"  speed-up over {base} {steady[base] / wall:.2f}"
            )
        admin, name, url = _database(args.postgres)
        try:
            cost = _child("--stages", "--folder", str(folder), "--url", url)
        finally:
            _drop(admin, name)
        print("CPU ms per article: " + "  ".join(f"{stage} {ms:.2f}" for stage, ms in cost.items()))
        for line in project(cost, [1, 2, 4, 8, 16, 32]):
            print(line)


if __name__ == "__main__":
    main()
