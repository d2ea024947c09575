"""Benchmark: alert delivery for 10,000 follows after a 500-article ingest batch.

usage: python bench/bench_alerts.py [--subscriptions 10000] [--articles 500] [--database-url URL]

A database gets 100 generated articles (bench_ingest.generate), so that officials exist to follow;
then the follows, all confirmed: by e-mail, of an official (80%), a search word (5%) or a topic
(5%), and by webhook (10%, an official or a word). The generated articles have a dozen subjects,
so a word or topic follow gets a long digest (a hundred statements and more). Then a batch of
`--articles` new articles is ingested, and `quotetrack alerts deliver` runs in a process of its
own against a local SMTP sink (aiosmtpd) and a local webhook sink, both in this process.
Printed: the ingest time, the delivery's wall time, its messages and statements, and the peak
RSS of the delivery process. It asserts
nothing. Without --database-url the database is a SQLite file in a temporary folder; with a
PostgreSQL URL its public schema is dropped and made again.

Measured on the shared 2-core machine while five test suites ran beside it, December 2026:
  10,000 follows (8,031 e-mail official, 504 e-mail search, 499 e-mail topic, 469 webhook
  official, 497 webhook search); batch of 500 articles, 2,200 statements, ingested in 14.8 s;
  161,087 statements queued; 2,876 messages (2,301 e-mails, 575 webhook POSTs) with 146,165
  statements in 229.1 s; peak RSS of the delivery process 166 MiB. (The follows whose claim
  reached 200 statements keep the rest for their next message.) Before migration 0016 and the
  claim read by subscription, each message scanned the outbox: about 1.2 s a message.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from aiosmtpd.controller import Controller

from bench.bench_ingest import SUBJECTS, _fresh, generate

WORDS = sorted({w for s in SUBJECTS for w in s.split() if len(w) > 4})


class SmtpSink:
    """Counts what it is sent; keeps nothing."""

    def __init__(self) -> None:
        self.messages = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        with self.lock:
            self.messages += 1
        return "250 OK"


def webhook_sink() -> tuple[ThreadingHTTPServer, list[int]]:
    posts: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            posts.append(1)
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, posts


def add_follows(engine, n: int, hook: str, seed: int = 11) -> dict[str, int]:
    """n confirmed follows, written directly (the form's per-address limit is not what is measured)."""
    import sqlalchemy as sa
    from sqlmodel import Session

    from quotetrack.models import Official, Subscription, Topic, utcnow

    rng = random.Random(seed)
    with Session(engine) as session:
        officials = [i for (i,) in session.execute(sa.select(Official.id)).all()]
        topics = [s for (s,) in session.execute(sa.select(Topic.slug)).all()]
        top = session.execute(sa.text("SELECT coalesce(max(id), 0) FROM statement")).scalar_one()
        kinds: dict[str, int] = {}
        rows = []
        for i in range(n):
            roll = rng.random()
            channel = "webhook" if roll >= 0.9 else "email"
            if roll < 0.8 or (channel == "webhook" and roll < 0.95):
                follow, criteria = "official", {"official_id": rng.choice(officials)}
            elif roll < 0.85 or channel == "webhook":
                follow, criteria = "search", {"q": rng.choice(WORDS)}
            else:
                follow, criteria = "topic", {"topic": rng.choice(topics)}
            kinds[f"{channel} {follow}"] = kinds.get(f"{channel} {follow}", 0) + 1
            rows.append(
                {
                    "channel": channel,
                    "target": f"{hook}/{i}" if channel == "webhook" else f"reader{i}@example.org",
                    "language": rng.choice(["en", "id"]),
                    "frequency": "immediate",
                    "follow": follow,
                    "label": str(next(iter(criteria.values()))),
                    "criteria": criteria,
                    "status": "active",
                    "key_nonce": secrets.token_hex(16),
                    "since_statement_id": top,
                    "matched_through": top,
                    "failures": 0,
                    "address_hash": "",
                    "created_at": utcnow(),
                    "confirmed_at": utcnow(),
                }
            )
        for start in range(0, len(rows), 2000):
            session.execute(sa.insert(Subscription), rows[start : start + 2000])
        session.commit()
    return kinds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscriptions", type=int, default=10_000)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()

    from quotetrack.pipeline import ingest_paths

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        url = args.database_url or f"sqlite:///{root / 'bench.db'}"
        engine = _fresh(url)
        generate(root / "before", 100, seed=3)
        ingest_paths([root / "before"], engine=engine, max_bytes=10_000_000, jobs=2)
        sink, port = SmtpSink(), _free_port()
        smtp = Controller(sink, hostname="127.0.0.1", port=port)
        smtp.start()
        hooks, posts = webhook_sink()
        hook = f"http://127.0.0.1:{hooks.server_address[1]}/hook"
        kinds = add_follows(engine, args.subscriptions, hook)
        generate(root / "batch", args.articles, seed=29)
        began = time.perf_counter()
        report = ingest_paths([root / "batch"], engine=engine, max_bytes=10_000_000, jobs=2)
        ingest_s = time.perf_counter() - began
        engine.dispose()
        env = {
            **os.environ,
            "QUOTETRACK_DATABASE_URL": url,
            "QUOTETRACK_SMTP_HOST": "127.0.0.1",
            "QUOTETRACK_SMTP_PORT": str(port),
            "QUOTETRACK_SMTP_STARTTLS": "0",
            "QUOTETRACK_WEBHOOK_ALLOW_PRIVATE": "1",
            "QUOTETRACK_BASE_URL": "https://quotes.example",
        }
        began = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "quotetrack.cli", "alerts", "deliver"], env=env, capture_output=True, text=True
        )
        deliver_s = time.perf_counter() - began
        peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        smtp.stop()
        hooks.shutdown()
        if done.returncode != 0:
            raise SystemExit(done.stderr)
        backend = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
        mix = ", ".join(f"{n:,} {k}" for k, n in sorted(kinds.items()))
        print(f"bench_alerts on {backend}: {args.subscriptions:,} follows ({mix})")
        print(f"ingest batch: {report.articles} articles, {report.statements:,} statements in {ingest_s:.1f} s")
        print(f"alerts deliver: {done.stdout.strip()}")
        messages = sink.messages + len(posts)
        print(
            f"delivery: {messages:,} messages ({sink.messages:,} e-mails, {len(posts):,} webhook POSTs)"
            f" in {deliver_s:.1f} s ({messages / deliver_s:,.0f} messages/s);"
            f" peak RSS of the delivery process {peak_mib:.0f} MiB"
        )


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


if __name__ == "__main__":
    main()
