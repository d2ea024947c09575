"""Load test: a real `quotetrack serve` on 127.0.0.1 driven by concurrent HTTP clients.

For each database and worker count, the search page, a statement page, an official page and the
search API are each driven by `--clients` connections for `--duration` seconds. Prints
requests/s, p50/p95/p99 latency and the error count (5xx, connection errors, timeouts; 404s of
a missing random id are not errors). Only 127.0.0.1 is contacted.

The load comes from wrk (Debian's package: C, two threads) when it is installed, else from
asyncio httpx clients in this process (which take a good part of a core themselves).
"search API" cycles through 12 popular words: after the first round, answers come from the
per-worker memo (store/cache.py). "search API, all distinct" sends a different query every
time (word pairs from the synthetic vocabulary), so every request pays the index: the cold path.
The server runs without its access log, as it would behind a reverse proxy that keeps one.
"bare page, all distinct" sends the same distinct queries to bench/bare_app.py (FastAPI, one
full-text query, a Jinja2 page of 20 results) served by uvicorn with the same worker count right
after, and the line after it prints the search API's requests/s as a share of the bare page's.
"same-work page, all distinct" sends them to the same app's second page, which does in plain SQL
what the search API promises beyond a bare query (count, relevance within the newest 500,
citations, highlights, other outlets): the share of its requests/s is what QuoteTrack's code
around those queries costs.

    python bench/load.py --db sqlite:////tmp/qt1m.db --db postgresql+psycopg://postgres@127.0.0.1/bench \
        --workers 1 --workers 2 --clients 32 --duration 60
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import httpx
import sqlalchemy as sa

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from synth import WORDS as VOCABULARY  # noqa: E402 - the words the synthetic statements are made of

WORDS = [
    "pembangunan",
    "anggaran",
    "netralitas",
    "keamanan",
    "pilkada",
    "banjir",
    "jalan",
    "warga",
    "pendidikan",
    "kesehatan",
    "pemerintah",
    "daerah",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ids(url: str, table: str) -> int:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        top = conn.execute(sa.text(f"SELECT max(id) FROM {table}")).scalar() or 1
    engine.dispose()
    return int(top)


def _targets(url: str, rng: random.Random) -> dict[str, list[str]]:
    top_s, top_o = _ids(url, "statement"), _ids(url, "official")
    n = 500
    pairs = [(a, b) for a in VOCABULARY for b in VOCABULARY if a < b]
    rng.shuffle(pairs)
    return {
        "search page": [f"/search?q={rng.choice(WORDS)}" for _ in range(n)],
        "statement page": [f"/statements/{rng.randint(1, top_s)}" for _ in range(n)],
        "official page": [f"/officials/{rng.randint(1, top_o)}" for _ in range(n)],
        "search API": [f"/api/v1/search?q={rng.choice(WORDS)}&limit=20" for _ in range(n)],
        "search API, all distinct": [f"/api/v1/search?q={a}+{b}&limit=20" for a, b in pairs],
        "bare page, all distinct": [f"/search?q={a}+{b}" for a, b in pairs],
        "same-work page, all distinct": [f"/search-same?q={a}+{b}" for a, b in pairs],
    }


# Served by bench/bare_app.py rather than by QuoteTrack.
BARE_PAGES = ("bare page, all distinct", "same-work page, all distinct")


# wrk's Lua: each connection walks the path list from its own offset; 5xx counted per thread.
_WRK_SCRIPT = """
local paths = {%s}
local threads = {}
local counter = 0
function setup(thread)
  thread:set("offset", counter * 7919)
  counter = counter + 1
  table.insert(threads, thread)
end
function init(args)
  i = offset
  server_errors = 0
  responses = 0
end
function request()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
function response(status, headers, body)
  responses = responses + 1
  if status >= 500 then server_errors = server_errors + 1 end
end
function done(summary, latency, requests)
  local server = 0
  for _, t in ipairs(threads) do server = server + t:get("server_errors") end
  local e = summary.errors
  io.write(string.format(
    "RESULT %%d %%d %%.3f %%.3f %%.3f %%d %%d %%d %%d %%d %%d\\n",
    summary.requests, summary.duration, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, server, e.connect, e.read, e.write, e.timeout, e.status))
end
"""


def _drive_wrk(base: str, paths: list[str], *, clients: int, duration: float) -> dict:
    """One wrk run (2 threads, `clients` connections) over `paths`; latencies as wrk measured them."""
    listed = ",".join(json.dumps(p) for p in paths)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(_WRK_SCRIPT % listed)
    try:
        out = subprocess.run(
            ["wrk", "-t2", f"-c{clients}", f"-d{int(duration)}s", "--timeout", "30s", "-s", script.name, base],
            capture_output=True,
            text=True,
            check=True,
            timeout=duration + 120,
        ).stdout
    finally:
        os.unlink(script.name)
    line = next(ln for ln in out.splitlines() if ln.startswith("RESULT "))
    requests, micros, p50, p95, p99, server, connect, read, write, timeout, non2xx = line.split()[1:]
    transport = int(connect) + int(read) + int(write) + int(timeout)
    failures = {
        k: int(v) for k, v in (("connect", connect), ("read", read), ("write", write), ("timeout", timeout)) if int(v)
    }
    return {
        "requests": int(requests),
        "rps": int(requests) / (int(micros) / 1e6),
        "p50": float(p50),
        "p95": float(p95),
        "p99": float(p99),
        "errors": int(server) + transport,
        "statuses": {"non-2xx/3xx": int(non2xx), "5xx": int(server)},
        "failures": failures,
        "client": "wrk",
    }


def _start(url: str, workers: int, log: Path, *, bare: bool = False) -> tuple[subprocess.Popen, str]:
    """`quotetrack serve`, or with `bare` the reference page of bench/bare_app.py."""
    port = _free_port()
    if bare:
        env = {**os.environ, "BARE_DATABASE_URL": url}
        command = ["-m", "uvicorn", "bare_app:app", "--app-dir", str(REPO / "bench"), "--no-access-log"]
        ready = "/search?q=warga"
    else:
        # A key of its own, as a deployment has: serve refuses the default one outside --dev.
        env = {"QUOTETRACK_SECRET_KEY": secrets.token_urlsafe(32), **os.environ, "QUOTETRACK_DATABASE_URL": url}
        command = ["-m", "quotetrack.cli", "serve", "--no-access-log"]
        ready = "/api/v1/statements?limit=1"
    out = log.open("wb")
    proc = subprocess.Popen(
        [sys.executable, *command, "--port", str(port), "--workers", str(workers)],
        env=env,
        cwd=REPO,
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while True:
        try:
            urllib.request.urlopen(base + ready, timeout=10).close()
            return proc, base
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(log.read_text(errors="replace")) from None
            time.sleep(0.3)


def _stop(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, 15)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.wait()


async def _drive(base: str, paths: list[str], *, clients: int, duration: float, max_requests: int) -> dict:
    latencies: list[float] = []
    errors = 0
    statuses: dict[int, int] = {}
    kinds: dict[str, int] = {}  # client-side failures: timeouts, resets
    issued = 0
    stop_at = time.monotonic() + duration
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:

        async def one_client(k: int) -> None:
            nonlocal errors, issued
            i = k
            while time.monotonic() < stop_at and issued < max_requests:
                issued += 1
                path = paths[i % len(paths)]
                i += clients
                t0 = time.perf_counter()
                try:
                    r = await client.get(path)
                    await r.aread()
                except httpx.HTTPError as exc:
                    errors += 1
                    kinds[type(exc).__name__] = kinds.get(type(exc).__name__, 0) + 1
                    continue
                latencies.append(time.perf_counter() - t0)
                statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
                if r.status_code >= 500:
                    errors += 1

        t0 = time.monotonic()
        await asyncio.gather(*(one_client(k) for k in range(clients)))
        wall = time.monotonic() - t0
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else float("nan")

    return {
        "requests": len(latencies),
        "rps": len(latencies) / wall,
        "p50": pct(0.50),
        "p95": pct(0.95),
        "p99": pct(0.99),
        "errors": errors,
        "statuses": statuses,
        "failures": kinds,
        "client": "httpx",
    }


def _serve_and_drive(
    url: str,
    statements: int,
    workers: int,
    pages: dict[str, list[str]],
    args: argparse.Namespace,
    *,
    use_wrk: bool,
    bare: bool,
) -> list[dict]:
    """Start the server (QuoteTrack or the bare page), drive each page, print a line per page."""
    rows = []
    log = Path(f"/tmp/quotetrack-load-{os.getpid()}.log")
    proc, base = _start(url, workers, log, bare=bare)
    try:
        for page, paths in pages.items():
            if use_wrk:
                res = _drive_wrk(base, paths, clients=args.clients, duration=args.duration)
            else:
                res = asyncio.run(
                    _drive(base, paths, clients=args.clients, duration=args.duration, max_requests=args.max_requests)
                )
            row = {
                "database": _label(url),
                "statements": statements,
                "workers": workers,
                "page": page,
                "clients": args.clients,
                "seconds": args.duration,
                **res,
            }
            rows.append(row)
            print(
                f"{row['database']:10} {statements:>9,} stmts  workers={workers}  {page:24} "
                f"{res['rps']:7.1f} req/s  p50 {res['p50']:7.1f} ms  p95 {res['p95']:7.1f} ms  "
                f"p99 {res['p99']:7.1f} ms  errors {res['errors']}  ({res['requests']} requests, "
                f"status {res['statuses']} {res['failures'] or ''})",
                flush=True,
            )
    finally:
        _stop(proc)
    if "database is locked" in log.read_text(errors="replace"):
        print("  server log mentions 'database is locked'", flush=True)
    log.unlink(missing_ok=True)
    return rows


def _print_ratio(rows: list[dict], database: str, workers: int) -> None:
    """The cold search API's requests/s as a share of each reference page's that ran."""
    rps = {r["page"]: r["rps"] for r in rows if r["database"] == database and r["workers"] == workers}
    ours = rps.get("search API, all distinct")
    for page in BARE_PAGES:
        reference = rps.get(page)
        if ours and reference:
            print(
                f"{database:10} workers={workers}  search API, all distinct / {page.split(',')[0]}: "
                f"{ours / reference:.2f} ({ours:.1f} / {reference:.1f} req/s)",
                flush=True,
            )


def _label(url: str) -> str:
    return "PostgreSQL" if url.startswith("postgresql") else "SQLite"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", action="append", required=True, help="SQLAlchemy URL of a synthetic database")
    ap.add_argument("--workers", type=int, action="append", help="uvicorn workers (repeatable; default 1 and 2)")
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--duration", type=float, default=20.0, help="seconds per page")
    ap.add_argument("--max-requests", type=int, default=100_000, help="per page")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON here")
    ap.add_argument(
        "--client", choices=("auto", "wrk", "httpx"), default="auto", help="load generator (auto: wrk when installed)"
    )
    ap.add_argument("--pages", help="only the pages whose name contains this text")
    args = ap.parse_args()
    use_wrk = args.client == "wrk" or (args.client == "auto" and shutil.which("wrk") is not None)
    rng = random.Random(7)
    rows = []
    for url in args.db:
        statements = _ids(url, "statement")
        targets = _targets(url, rng)
        for workers in args.workers or [1, 2]:
            for bare in (False, True):
                pages = {
                    page: paths
                    for page, paths in targets.items()
                    if (page in BARE_PAGES) == bare and not (args.pages and args.pages not in page)
                }
                if pages:
                    rows += _serve_and_drive(url, statements, workers, pages, args, use_wrk=use_wrk, bare=bare)
            _print_ratio(rows, _label(url), workers)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
