"""Server-side render time of the main pages on a synthetic database (default 100,000 statements).

Requests go through the ASGI app in-process (fastapi TestClient), so the figure is the server's
work: routing, queries, templates; no network. Prints p50/p95 per page and the peak RSS.

    python bench/bench_pages.py [--db sqlite:////tmp/qt100k.db] [--statements 100000] [--requests 60]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fastapi.testclient import TestClient

from bench.synth import FAMILY, GIVEN, WORDS, build
from quotetrack.store.db import make_engine
from quotetrack.store.migrate import upgrade
from quotetrack.web.app import create_app


def _ids(engine: sa.Engine, table: str, n: int, rng: random.Random) -> list[int]:
    with engine.connect() as conn:
        top = conn.execute(sa.text(f"SELECT max(id) FROM {table}")).scalar() or 1
    return [rng.randint(1, top) for _ in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default="sqlite:////tmp/qt100k.db")
    ap.add_argument("--statements", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=60)
    args = ap.parse_args()
    engine = make_engine(args.db)
    with engine.connect() as conn:
        have = (
            conn.execute(sa.text("SELECT count(*) FROM statement")).scalar()
            if sa.inspect(conn).has_table("statement")
            else 0
        )
    if not have:
        engine = build(args.db, statements=args.statements)
        have = args.statements
    upgrade(engine)  # a database built before the latest migration
    rng = random.Random(1)
    n = args.requests
    stmts, officials, articles = (_ids(engine, t, n, rng) for t in ("statement", "official", "article"))
    with engine.connect() as conn:
        codes = [r[0] for r in conn.execute(sa.text("SELECT code FROM area WHERE code IS NOT NULL LIMIT 40"))]
        slugs = [r[0] for r in conn.execute(sa.text("SELECT slug FROM topic"))]
    # Searches that differ request by request, so none is served from the memo: what a
    # fact-checker's first look at a new query costs (facets, and the name lookup for who + what).
    words = sorted(set(WORDS))
    varied = [f"/search?q={rng.choice(words)}+{rng.choice(words)}" for _ in range(n)]
    who_what = [
        f"/search?q={rng.choice(GIVEN).lower()}+{rng.choice(FAMILY).lower()}+{rng.choice(words)}" for _ in range(n)
    ]
    family_word = [f"/search?q={rng.choice(FAMILY)}+{rng.choice(words)}+{rng.choice(words)}" for _ in range(n)]
    name_only = [f"/search?q={rng.choice(GIVEN)}+{rng.choice(FAMILY)}+{rng.randint(1, 5_000)}" for _ in range(n)]
    browse = [
        f"/search?q=&topic={rng.choice(slugs)}&date_from={rng.randint(2015, 2024)}-0{rng.randint(1, 9)}-01"
        for _ in range(n)
    ]
    pages = {
        "home /": ["/"] * n,
        "search ?q=netralitas": ["/search?q=netralitas"] * n,
        "search two words + facets": ["/search?q=keamanan+pilkada"] * n,
        "search varied words, uncached": varied,
        "search given+family+word": who_what,
        "search Family + 2 words": family_word,
        "search a full name only": name_only,
        "search filters, no words": browse,
        "statement /statements/{id}": [f"/statements/{i}" for i in stmts],
        "official /officials/{id}": [f"/officials/{i}" for i in officials],
        "article /articles/{id}": [f"/articles/{i}" for i in articles],
        "topic /topics/pilkada": ["/topics/pilkada"] * n,
        "regions /regions": ["/regions"] * n,
        "region /regions/{code}": [f"/regions/{rng.choice(codes)}" for _ in range(n)],
        "officials /officials": ["/officials"] * n,
        "api /api/v1/statements": ["/api/v1/statements?limit=50"] * n,
        "feed /feeds/statements.atom": ["/feeds/statements.atom"] * n,
    }
    print(f"database: {args.db} ({have:,} statements); {n} requests a page, in-process")
    # CPU time too: on a machine shared with other work the wall clock also counts the time this
    # process waited for a core; the CPU time is the server's own work (SQLite runs in-process).
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'page':32} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'cpu p50':>8} {'cpu p95':>8}  status")
    with TestClient(create_app(engine)) as client:
        for name, paths in pages.items():
            client.get(paths[0])  # warm caches and the first query plan
            times, cpu, statuses = [], [], set()
            for path in paths:
                t0, c0 = time.perf_counter(), time.process_time()
                response = client.get(path)
                times.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
                statuses.add(response.status_code)
            times.sort()
            cpu.sort()
            p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
            cpu95 = cpu[min(len(cpu) - 1, int(len(cpu) * 0.95))]
            print(
                f"{name:32} {statistics.median(times):8.1f} {p95:8.1f} {times[-1]:8.1f} "
                f"{statistics.median(cpu):8.1f} {cpu95:8.1f}  {sorted(statuses)}"
            )
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
