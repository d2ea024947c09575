"""Benchmark the database side of resolution: loading a stored registry, then ingest-style linking.

    .venv/bin/python bench/bench_resolve_db.py [--officials 100000] [--mentions 10000] [--url URL]

Fills a scratch database with synthetic officials (invented names, one post each), times
OfficialRegistry.load (what every ingest does first) and resolve_article over synthetic
mentions (resolver + aliases + memberships written), and prints rates and peak memory.
Defaults to a temporary SQLite file; give --url for a PostgreSQL database of your own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import tempfile
import time
from pathlib import Path

from sqlmodel import Session

from quotetrack.extract.model import ExtractedStatement
from quotetrack.models import Area, Article, Membership, Official, OfficialAlias
from quotetrack.store.db import make_engine
from quotetrack.store.migrate import upgrade
from quotetrack.store.registry import OfficialRegistry

SYLLABLES = ["ba", "di", "ko", "ra", "su", "tri", "wan", "har", "yan", "ti", "no", "mu", "lia", "sep", "gus", "an"]
POSTS = ["Bupati", "Wakil Bupati", "Wali Kota", "Camat", "Kapolres", "Kajari", "Sekda", "Anggota DPRD"]


def _name(rng: random.Random) -> str:
    words = rng.choice((1, 2, 2, 3))
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3)))).title() for _ in range(words))


def fill(engine, officials: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """Officials with one alias and one dated post each; returns (name, post, region) per official."""
    regions = [f"Kabupaten {_name(rng).split()[0]}" for _ in range(500)]
    people = [(_name(rng), rng.choice(POSTS), rng.choice(regions)) for _ in range(officials)]
    with Session(engine) as session:
        areas = [Area(name=r, level="kabupaten") for r in dict.fromkeys(regions)]
        session.add_all(areas)
        session.flush()
        area_id = {a.name: a.id for a in areas}
        rows = [Official(name=n, sort_name=n) for n, _, _ in people]
        session.add_all(rows)
        session.flush()
        session.add_all(OfficialAlias(official_id=o.id, name=o.name, key=o.name.casefold()) for o in rows)
        session.add_all(
            Membership(
                official_id=o.id,
                role=post,
                area_id=area_id[region],
                appointment="elected",
                start_date=dt.date(2024, 1, 1),
                end_date=dt.date(2024, 6, 30),
            )
            for o, (_, post, region) in zip(rows, people, strict=True)
        )
        session.commit()
    return people


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--officials", type=int, default=100_000)
    parser.add_argument("--mentions", type=int, default=10_000)
    parser.add_argument("--url", default=None, help="SQLAlchemy URL of a scratch database (default: temp SQLite)")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(args.url or f"sqlite:///{Path(tmp) / 'bench.db'}")
        upgrade(engine)
        started = time.perf_counter()
        people = fill(engine, args.officials, rng)
        print(f"filled {args.officials} officials in {time.perf_counter() - started:.1f} s")

        with Session(engine) as session:
            started = time.perf_counter()
            registry = OfficialRegistry.load(session=session)
            took = time.perf_counter() - started
            print(f"registry load: {took:.2f} s ({args.officials / took:,.0f} officials/s)")

            # Half the mentions are known officials printed with their post, half are new people.
            statements = []
            for k in range(args.mentions):
                if k % 2 == 0:
                    name, post, region = rng.choice(people)
                else:
                    name, post, region = _name(rng), rng.choice(POSTS), None
                statements.append(
                    ExtractedStatement(
                        kind="direct",
                        text="x",
                        start=0,
                        end=1,
                        paragraph=0,
                        speaker=name,
                        speaker_mention=f"{post} {name}",
                        role=post,
                        region=region,
                        date=dt.date(2024, 3, 1) + dt.timedelta(days=k % 200),
                    )
                )
            article = Article(text="bench", sha256="b" * 64)
            session.add(article)
            session.flush()
            started = time.perf_counter()
            per_article = 10
            for start in range(0, len(statements), per_article):
                registry.resolve_article(
                    session=session, article_key=f"a{start}", statements=statements[start : start + per_article]
                )
            session.commit()
            took = time.perf_counter() - started
            print(
                f"resolve_article + writes: {args.mentions} mentions in {took:.2f} s "
                f"({args.mentions / took:,.0f} mentions/s), {registry.created} officials created, "
                f"{len(registry.merge_suggestions())} suggestions"
            )
        engine.dispose()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:,.0f} MB")


if __name__ == "__main__":
    main()
