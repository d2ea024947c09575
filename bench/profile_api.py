"""Where a cold search API request spends its time: distinct two-word queries (load.py's "search
API, all distinct") answered one at a time by the API's handler body in this thread, each with a
session of its own and the memo cleared before it, under cProfile; prints the wall and CPU time
per request and the functions that took it. The HTTP stack around it is not included (py-spy on
a `quotetrack serve` worker under load.py shows it).

    python bench/profile_api.py sqlite:////tmp/qt1m.db --requests 60
    python bench/profile_api.py postgresql+psycopg://postgres@127.0.0.1/load1m --top 40
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sys
import time
from pathlib import Path

from sqlmodel import Session

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))
from synth import WORDS as VOCABULARY  # noqa: E402 - the words the synthetic statements are made of

from quotetrack.store.cache import clear as clear_memo  # noqa: E402
from quotetrack.store.db import make_engine  # noqa: E402
from quotetrack.store.filters import StatementFilter  # noqa: E402
from quotetrack.web.api.routes import _search_page  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("url")
    ap.add_argument("--requests", type=int, default=60)
    ap.add_argument("--top", type=int, default=30, help="functions to print, by cumulative time")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--plain", action="store_true", help="time only, without cProfile (which slows Python down)")
    args = ap.parse_args()
    pairs = [(a, b) for a in VOCABULARY for b in VOCABULARY if a < b]
    random.Random(args.seed).shuffle(pairs)
    engine = make_engine(args.url)

    def request(q: str) -> bytes:
        with Session(engine) as session:
            return _search_page(session, q, StatementFilter(), 20, 0, "relevance", None, False)

    request("warga")  # the pool's first connection, first imports
    profile = cProfile.Profile()
    wall = cpu = 0.0
    for a, b in pairs[: args.requests]:
        clear_memo()
        w0, c0 = time.perf_counter(), time.process_time()
        if not args.plain:
            profile.enable()
        request(f"{a} {b}")
        if not args.plain:
            profile.disable()
        wall += time.perf_counter() - w0
        cpu += time.process_time() - c0
    n = args.requests
    how = "plain" if args.plain else "profiled"
    print(f"{n} cold requests: {1000 * wall / n:.1f} ms wall, {1000 * cpu / n:.1f} ms CPU each ({how})")
    if args.plain:
        return
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(args.top)
    print(out.getvalue())


if __name__ == "__main__":
    main()
