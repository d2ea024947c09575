"""The CPU a cold search costs on PostgreSQL, this process's and the server's, against the
same-work page (bare_app.search_same) for the same queries: distinct two-word queries answered
one at a time, the two pages in turns, the memo cleared before each. The server's CPU is read
from /proc/<backend pid>/schedstat (nanoseconds on a CPU), so it counts what the backend that
served the request spent, whatever else the machine runs. What load.py's requests/s ratio comes
to on a machine whose cores serve both: total CPU of the same-work page / total CPU of ours.

    python bench/cpu_split.py postgresql+psycopg://postgres@127.0.0.1/load1m --requests 100
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))
from synth import WORDS as VOCABULARY  # noqa: E402 - the words the synthetic statements are made of

from quotetrack.store.cache import clear as clear_memo  # noqa: E402
from quotetrack.store.db import make_engine  # noqa: E402
from quotetrack.store.filters import StatementFilter  # noqa: E402
from quotetrack.web.api.routes import _search_page  # noqa: E402

_BACKEND_PID = sa.text("SELECT pg_backend_pid()")


def _on_cpu_ms(pid: int) -> float:
    """Milliseconds the process `pid` has spent on a CPU (Linux schedstat)."""
    return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("url", help="a PostgreSQL database from synth.py")
    ap.add_argument("--requests", type=int, default=100)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    os.environ["BARE_DATABASE_URL"] = args.url
    import bare_app  # (reads its database from the environment when imported)

    engine = make_engine(args.url)
    pairs = [(a, b) for a in VOCABULARY for b in VOCABULARY if a < b]
    random.Random(args.seed).shuffle(pairs)

    def ours(q: str) -> tuple[float, float, float]:
        with Session(engine) as session:
            pid = session.execute(_BACKEND_PID).scalar_one()
            clear_memo()
            return _timed(pid, lambda: _search_page(session, q, StatementFilter(), 20, 0, "relevance", None, False))

    def same_work(q: str) -> tuple[float, float, float]:
        with bare_app._ENGINE.connect() as conn:  # the pool hands the same connection back next
            pid = conn.execute(_BACKEND_PID).scalar_one()
        return _timed(pid, lambda: bare_app.search_same(q))

    pages: dict[str, Callable[[str], tuple[float, float, float]]] = {"search API": ours, "same-work page": same_work}
    for page in pages.values():
        page("warga")  # connections, imports, the server's caches of the catalogue
    totals = {name: [0.0, 0.0, 0.0] for name in pages}
    for a, b in pairs[: args.requests]:
        for name, page in pages.items():
            for i, value in enumerate(page(f"{a} {b}")):
                totals[name][i] += value
    n = args.requests
    for name, (wall, client, server) in totals.items():
        print(
            f"{name:15s} wall {wall / n:6.2f} ms  client CPU {client / n:5.2f}  server CPU {server / n:5.2f}"
            f"  total CPU {(client + server) / n:5.2f} ms a request"
        )
    ours_cpu, same_cpu = sum(totals["search API"][1:]), sum(totals["same-work page"][1:])
    print(f"same-work page CPU / search API CPU: {same_cpu / ours_cpu:.3f}")


def _timed(pid: int, call: Callable[[], object]) -> tuple[float, float, float]:
    """(wall ms, this process's CPU ms, the backend's CPU ms) of one call."""
    server, client, wall = _on_cpu_ms(pid), time.process_time(), time.perf_counter()
    call()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - client) * 1000, _on_cpu_ms(pid) - server


if __name__ == "__main__":
    main()
