"""Benchmark: prepare + extract over a folder of article files, on one core.

usage: python bench/bench_extract.py FOLDER [--repeat N] [--rounds R]
Prints articles/s and MB/s; it measures, it does not assert.

The figure to quote is articles/s/core: articles per second of this process's CPU time, the best
of R rounds of N passes each. On a machine shared with other jobs the wall clock also counts the
time others held the core, and CPU time still rises with their load (shared caches), so the best
round is the one least disturbed; say the load average printed with it.

Repeated passes read texts the extractor has seen, so its memos (parsed mentions, posts, stems,
folded words: the bounded lru caches) answer from memory. "First sight" is one pass timed after
those memos are emptied (the word lists loaded once per process stay loaded): the rate for
articles the process has not read, with not even a common word's stem in memory. "After
others" (--after FOLDER) reads another folder first, then times one pass over FOLDER with the
memos as those other articles left them: what a long ingest gets on each new article, whose
common words the process has met before and whose names and mentions it has not. Quote all.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import time
from pathlib import Path

from quotetrack.extract import extract
from quotetrack.text import prepare


def _clear_memos() -> None:
    """Empty every bounded lru_cache in the process (the extractor's memos of words, mentions and
    posts); unbounded caches (@cache) hold data loaded once per process and are kept."""
    for obj in gc.get_objects():
        parameters = getattr(obj, "cache_parameters", None)
        if callable(parameters) and hasattr(obj, "cache_clear") and parameters()["maxsize"] is not None:
            obj.cache_clear()


def _one_pass(texts: list[str]) -> int:
    """Prepare and extract each raw text once; the statements found."""
    found = 0
    for raw in texts:
        text, meta = prepare(raw)
        found += len(extract(text, meta=meta).statements)
    return found


def _after_others(folder: Path, texts: list[str]) -> tuple[int, float]:
    """(articles read first, CPU seconds of one pass over `texts` after them)."""
    others = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.txt"))]
    if not others:
        raise SystemExit(f"no *.txt files in {folder}")
    _one_pass(others)
    began = time.process_time()
    _one_pass(texts)
    return len(others), time.process_time() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the folder per round (default 5)")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds; the best is reported (default 3)")
    parser.add_argument("--after", type=Path, help="read this folder's articles first, then time FOLDER once")
    # (one pass of 20 articles is a tenth of a second: on a shared machine it moves by a third)
    parser.add_argument(
        "--first-passes", type=int, default=1, help="first-sight passes, memos emptied before each (default 1)"
    )
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(args.folder.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no *.txt files in {args.folder}")
    size = sum(len(t.encode("utf-8")) for t in texts)
    words = sum(len(t.split()) for t in texts)
    after_others = _after_others(args.after, texts) if args.after else None
    for text in texts:  # load the word lists and gazetteers (once per process) before any timing
        extract(*prepare(text)[:1])
    first_sights = []  # CPU seconds of each first-sight pass
    for _ in range(max(1, args.first_passes)):
        _clear_memos()
        cpu_began = time.process_time()
        _one_pass(texts)  # as if never seen: the memos hold none of these texts' words
        first_sights.append(time.process_time() - cpu_began)
    first_sight = min(first_sights)
    rounds = []  # (wall, cpu, statements) per round
    for _ in range(max(1, args.rounds)):
        statements = 0
        began = time.perf_counter()
        cpu_began = time.process_time()
        for _ in range(args.repeat):
            statements += _one_pass(texts)
        rounds.append((time.perf_counter() - began, time.process_time() - cpu_began, statements))
    n = len(texts) * args.repeat
    print(f"{len(texts)} articles x {args.repeat} passes x {len(rounds)} rounds, {words / len(texts):.0f} words each")
    # CPU time is reported too: on a shared machine the wall clock also counts other processes.
    for label, seconds in (("wall", min(r[0] for r in rounds)), ("cpu", min(r[1] for r in rounds))):
        print(f"{label}: {n / seconds:.1f} articles/s  {size * args.repeat / seconds / 1e6:.2f} MB/s  {seconds:.2f} s")
    cpu_ms = min(r[1] for r in rounds) / n * 1000
    print(
        f"articles/s/core (CPU time, best of {len(rounds)} rounds): {1000 / cpu_ms:.0f}  ({cpu_ms:.2f} ms an article)"
    )
    passes = "one pass" if len(first_sights) == 1 else f"best of {len(first_sights)} passes"
    print(
        f"first sight ({passes}, memos emptied): {len(texts) / first_sight:.0f} articles/s/core"
        f"  ({first_sight / len(texts) * 1000:.2f} ms an article)"
    )
    if len(first_sights) > 1:
        print(f"first sight, median pass: {len(texts) / statistics.median(first_sights):.0f} articles/s/core")
    if after_others is not None:
        others, seconds = after_others
        print(
            f"after {others} other articles (one pass, memos as they left them): "
            f"{len(texts) / seconds:.0f} articles/s/core  ({seconds / len(texts) * 1000:.2f} ms an article)"
        )
    print("load average: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print(f"{rounds[0][2] // args.repeat} statements per pass")


if __name__ == "__main__":
    main()
