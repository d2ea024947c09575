"""Benchmark: prepare + extract over a folder of article files, on one core.

usage: python bench/bench_extract.py FOLDER [--repeat N]
Prints articles/s and MB/s; it measures, it does not assert.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from quotetrack.extract import extract
from quotetrack.text import prepare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the folder (default 5)")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(args.folder.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no *.txt files in {args.folder}")
    size = sum(len(t.encode("utf-8")) for t in texts)
    words = sum(len(t.split()) for t in texts)
    for text in texts[:3]:  # warm the lexicon caches so the first file does not pay for them
        extract(*prepare(text)[:1])
    statements = 0
    began = time.perf_counter()
    cpu_began = time.process_time()
    for _ in range(args.repeat):
        for raw in texts:
            text, meta = prepare(raw)
            statements += len(extract(text, meta=meta).statements)
    elapsed = time.perf_counter() - began
    cpu = time.process_time() - cpu_began
    n = len(texts) * args.repeat
    print(f"{len(texts)} articles x {args.repeat}, {words / len(texts):.0f} words each on average")
    # CPU time is reported too: on a shared machine the wall clock also counts other processes.
    for label, seconds in (("wall", elapsed), ("cpu", cpu)):
        print(f"{label}: {n / seconds:.1f} articles/s  {size * args.repeat / seconds / 1e6:.2f} MB/s  {seconds:.2f} s")
    print(f"{statements // args.repeat} statements per pass")


if __name__ == "__main__":
    main()
