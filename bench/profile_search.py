"""Where a search's time goes on a database bench_search.py built: the same queries as
`bench_search.py --only KIND`, each with the memo cleared, timed per statement sent (wall time of
each execute on the client), with the time outside any execute; optionally under cProfile, or
with each statement replayed under EXPLAIN ANALYZE (server time, on the pages just read).

    python bench/profile_search.py postgresql+psycopg://postgres@127.0.0.1:5432/bench1m --kind phrase
    python bench/profile_search.py URL --kind "two words" --profile 30
    python bench/profile_search.py URL --kind phrase --explain plans.txt
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_search import vocabulary
from quotetrack.store.cache import clear as clear_memo
from quotetrack.store.db import make_engine
from quotetrack.store.search import search_statements

# What each statement a two-word or phrase search sends is, by a fragment of its SQL (first match).
KINDS = [
    ("EXPLAIN (FORMAT JSON) SELECT 1 FROM statement_pair", "pairs' estimate (EXPLAIN)"),
    ("FROM statement_pair p", "phrase candidates (statement_pair)"),
    ("AS integer[])) OFFSET 0", "phrase candidates by id, tested"),
    ("AS regconfig)", "phrase lexemes (to_tsquery)"),
    ("set_config", "plan settings (set_config)"),
    ("pg_snapshot_xip", "memo data version"),
    ("coalesce(max(id)", "snapshot max(id)"),
    ("ts_rank", "newest matches with ts_rank (spans)"),
    ("aggregate_strings", "hydration (statements by id)"),
    ("string_agg", "hydration (statements by id)"),
]


def kind_of(sql: str) -> str:
    return next((name for fragment, name in KINDS if fragment in sql), "other: " + " ".join(sql.split())[:60])


def bench_queries(engine: sa.Engine, kind: str, runs: int, seed: int) -> list[str]:
    """The queries of `bench_search.py --reuse --runs RUNS --only KIND` (its sample, its draws)."""
    with engine.connect() as conn:
        n = conn.exec_driver_sql("SELECT count(*) FROM statement").scalar_one()
        sample = conn.execute(
            sa.text("SELECT id, text FROM statement WHERE id % :step = 0 ORDER BY id"), {"step": max(1, n // 400)}
        ).all()
    rng = random.Random(seed + 1)
    mid = [w for w in vocabulary(random.Random(seed))[60:2500] if len(w) > 4]
    picks = [rng.choice(sample) for _ in range(runs)]
    if kind == "two words":
        return [f"{rng.choice(mid)} {rng.choice(mid)}" for _ in range(runs)]
    if kind == "one word":
        return [rng.choice(mid) for _ in range(runs)]
    if kind == "phrase":
        phrases = []
        for _sid, text in picks:
            words = text.split()
            at = rng.randrange(len(words) - 1)
            phrases.append(f'"{words[at]} {words[at + 1]}"')
        return phrases
    raise SystemExit(f"--kind: one word, two words or phrase, not {kind!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("url")
    ap.add_argument("--kind", default="two words", help="one word, two words or phrase")
    ap.add_argument("--runs", type=int, default=60)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--profile", type=int, metavar="TOP", help="run under cProfile and print the TOP functions")
    ap.add_argument("--explain", metavar="PLANS_FILE", help="replay each statement under EXPLAIN ANALYZE")
    args = ap.parse_args()
    engine = make_engine(args.url)
    queries = bench_queries(engine, args.kind, args.runs, args.seed)
    per: dict[str, list[float]] = defaultdict(list)
    sent: list[tuple[str, object]] = []
    starts: list[float] = []

    def before(conn, cursor, statement, parameters, context, executemany) -> None:
        sent.append((statement, parameters))
        starts.append(time.perf_counter())

    def after(conn, cursor, statement, parameters, context, executemany) -> None:
        per[kind_of(statement)].append((time.perf_counter() - starts.pop()) * 1000)

    profile = cProfile.Profile()
    wall = cpu = 0.0
    plans = open(args.explain, "w") if args.explain else None  # noqa: SIM115 - closed below
    server: dict[str, list[float]] = defaultdict(list)
    with Session(engine) as session:
        for q in queries[:5]:  # the connection, the first imports
            clear_memo()
            search_statements(session=session, q=q)
        sa.event.listen(engine, "before_cursor_execute", before)
        sa.event.listen(engine, "after_cursor_execute", after)
        for q in queries:
            clear_memo()
            sent.clear()
            w0, c0 = time.perf_counter(), time.process_time()
            if args.profile:
                profile.enable()
            search_statements(session=session, q=q)
            if args.profile:
                profile.disable()
            wall += time.perf_counter() - w0
            cpu += time.process_time() - c0
            if plans is not None:
                _explain(engine, q, list(sent), plans, server)
        sa.event.remove(engine, "before_cursor_execute", before)
        sa.event.remove(engine, "after_cursor_execute", after)
    n = len(queries)
    how = "under cProfile" if args.profile else "plain"
    print(f"{args.kind}: {n} searches, {1000 * wall / n:.1f} ms wall, {1000 * cpu / n:.1f} ms CPU each ({how})")
    print(f"  {'statement':40} {'calls':>6} {'client ms':>10} {'server ms':>10}  (per search)")
    for name, times in sorted(per.items(), key=lambda kv: -sum(kv[1])):
        on_server = f"{sum(server[name]) / n:10.2f}" if server.get(name) else f"{'':10}"
        print(f"  {name:40} {len(times) / n:6.2f} {sum(times) / n:10.2f} {on_server}")
    outside = 1000 * wall / n - sum(sum(t) for t in per.values()) / n
    print(f"  {'outside any execute':40} {'':6} {outside:10.2f}")
    if plans is not None:
        plans.close()
    if args.profile:
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.profile)
        print(out.getvalue())


def _explain(engine: sa.Engine, q: str, sent: list, plans, server: dict[str, list[float]]) -> None:
    """Each SELECT of one search again under EXPLAIN (ANALYZE, BUFFERS), on a connection of its own."""
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        plans.write(f"===== {q}\n")
        for sql, params in sent:
            if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            cur.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql, params)
            top = cur.fetchone()[0][0]
            server[kind_of(sql)].append(top["Planning Time"] + top["Execution Time"])
            cur.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
            plans.write(f"--- {kind_of(sql)}\n" + "\n".join(row[0] for row in cur.fetchall()) + "\n")
        raw.rollback()
    finally:
        raw.close()


if __name__ == "__main__":
    main()
