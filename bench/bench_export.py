"""Streamed CSV/JSONL export of every statement: rows/s and peak RSS (target RSS < 200 MB).

Runs the same path as GET /api/v1/statements?format=csv and `quotetrack export`, writing to
/dev/null, on a synthetic database (built on first use).

    python bench/bench_export.py [--db sqlite:////tmp/qt1m.db] [--statements 1000000] [--format csv]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synth import build
from quotetrack.exports.rows import csv_lines, jsonl_lines
from quotetrack.store.db import make_engine
from quotetrack.store.reads import iter_export_rows


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default="sqlite:////tmp/qt1m.db")
    ap.add_argument("--statements", type=int, default=1_000_000)
    ap.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    args = ap.parse_args()
    engine = make_engine(args.db)
    with engine.connect() as conn:
        exists = sa.inspect(conn).has_table("statement")
        have = conn.execute(sa.text("SELECT count(*) FROM statement")).scalar() if exists else 0
    if not have:
        engine = build(args.db, statements=args.statements)
    before = rss_mb()
    rows = size = 0
    started = time.perf_counter()
    writer = csv_lines if args.format == "csv" else jsonl_lines
    with Session(engine) as session, open("/dev/null", "w", encoding="utf-8") as sink:
        for chunk in writer(iter_export_rows(session=session), "http://127.0.0.1:8000"):
            sink.write(chunk)
            size += len(chunk)
            rows += chunk.count("\n")
    elapsed = time.perf_counter() - started
    print(f"database: {args.db}")
    print(
        f"exported {rows - (args.format == 'csv'):,} statements as {args.format}: {size / 1e6:,.0f} MB of text "
        f"in {elapsed:.1f} s = {rows / elapsed:,.0f} rows/s"
    )
    print(f"peak RSS {rss_mb():.0f} MB (before the export: {before:.0f} MB)")


if __name__ == "__main__":
    main()
