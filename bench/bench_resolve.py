"""Benchmark: resolve 10,000 generated mentions against 100,000 generated officials.

Prints mentions/s and peak RSS; no pass/fail. Names are built from invented syllables with a
skewed token frequency, so some name tokens are shared by thousands of officials.

    .venv/bin/python bench/bench_resolve.py [--officials N] [--mentions M] [--seed S]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import resource
import time

from quotetrack.resolve import MembershipRecord, Mention, OfficialRecord, Resolver

SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "bu",
    "da",
    "di",
    "do",
    "du",
    "ga",
    "gi",
    "go",
    "ha",
    "hi",
    "ja",
    "jo",
    "ka",
    "ki",
    "ko",
    "ku",
    "la",
    "li",
    "lo",
    "lu",
    "ma",
    "mi",
    "mo",
    "mu",
    "na",
    "ni",
    "no",
    "nu",
    "pa",
    "pi",
    "po",
    "ra",
    "ri",
    "ro",
    "ru",
    "sa",
    "si",
    "so",
    "su",
    "ta",
    "ti",
    "to",
    "tu",
    "wa",
    "wi",
    "ya",
    "yu",
    "an",
    "in",
    "un",
    "ar",
    "ir",
    "ur",
]
# (post as printed, canonical post, body, region level word)
POSTS = [
    ("Bupati", "Bupati", None, "Kabupaten"),
    ("Wali Kota", "Wali Kota", None, "Kota"),
    ("Kapolres", "Kapolres", None, "Kabupaten"),
    ("Camat", "Camat", None, "Kecamatan"),
    ("Anggota DPRD", "Anggota", "DPRD", "Kabupaten"),
    ("Sekda", "Sekretaris Daerah", None, "Kabupaten"),
    ("Dandim", "Dandim", None, "Kabupaten"),
]
PREFIXES = ["", "", "", "Dr. ", "H. ", "Ir. ", "Drs. ", "AKBP "]


def make_tokens(rng: random.Random, count: int) -> list[str]:
    tokens: set[str] = set()
    while len(tokens) < count:
        tokens.add("".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3, 3)))).capitalize())
    return sorted(tokens)


def make_world(rng: random.Random, n_officials: int) -> tuple[list[OfficialRecord], list[str]]:
    tokens = make_tokens(rng, 12_000)
    weights = list(itertools.accumulate(1 / (rank + 1) ** 0.7 for rank in range(len(tokens))))
    regions = make_tokens(rng, 500)
    officials = []
    for i in range(n_officials):
        name = " ".join(rng.choices(tokens, cum_weights=weights, k=rng.choice((1, 2, 2, 3))))
        printed, post, org, level = rng.choice(POSTS)
        start = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3000))
        membership = MembershipRecord(
            post,
            f"{level} {rng.choice(regions)}",
            org,
            start=start,
            end=start + dt.timedelta(days=rng.randrange(30, 900)),
            role=printed,
        )
        officials.append(OfficialRecord(key=f"s{i}", name=name, memberships=(membership,)))
    return officials, tokens


def make_mentions(
    rng: random.Random, officials: list[OfficialRecord], tokens: list[str], n: int
) -> list[tuple[Mention, str | None]]:
    """(mention, key it should resolve to or None for a new person)."""
    out = []
    for i in range(n):
        article = f"bench-{i}"
        if rng.random() < 0.6:
            official = rng.choice(officials)
            m = official.memberships[0]
            region = m.region.split(" ", 1)[1] if m.region else ""
            post = m.role or ""
            name = official.name
            style = rng.random()
            if style < 0.3:
                printed = f"{post} {region}, {rng.choice(PREFIXES)}{name}"
            elif style < 0.6:
                printed = f"{post} {region} {name}"
            elif style < 0.8:
                printed = f"{rng.choice(PREFIXES)}{name}"
            else:
                printed = name
            date = (m.start or dt.date(2020, 1, 1)) + dt.timedelta(days=rng.randrange(30))
            out.append((Mention(name=name, mention=printed, date=date, article=article), official.key))
        else:
            name = " ".join(rng.choice(tokens[-4000:]) for _ in range(rng.choice((2, 3))))
            out.append(
                (
                    Mention(
                        name=name,
                        mention=f"Camat {rng.choice(tokens[:50])} {name}",
                        date=dt.date(2024, 1, 1),
                        article=article,
                    ),
                    None,
                )
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--officials", type=int, default=100_000)
    parser.add_argument("--mentions", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    officials, tokens = make_world(rng, args.officials)
    resolver = Resolver()
    started = time.perf_counter()
    for official in officials:
        resolver.add_official(official)
    loaded = time.perf_counter() - started
    cases = make_mentions(rng, officials, tokens, args.mentions)

    started, cpu_started = time.perf_counter(), time.process_time()
    results = resolver.resolve_all([m for m, _ in cases])
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started

    known = [(r, key) for r, (_, key) in zip(results, cases, strict=True) if key is not None]
    linked = sum(r.official_key == key for r, key in known)
    wrong = sum(not r.created and r.official_key != key for r, key in known)
    new_ok = sum(r.created for r, (_, key) in zip(results, cases, strict=True) if key is None)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"officials {args.officials:,} loaded in {loaded:.1f}s; mentions {args.mentions:,}")
    # CPU time is what one core spends; wall time also counts other processes on a shared machine.
    print(
        f"resolve_all wall {elapsed:.2f}s ({args.mentions / elapsed:,.0f} mentions/s), "
        f"cpu {cpu:.2f}s ({args.mentions / cpu:,.0f} mentions/s); peak RSS {peak_mb:,.0f} MB"
    )
    print(
        f"known people linked {linked}/{len(known)}, linked to someone else {wrong}; "
        f"new people created {new_ok}/{args.mentions - len(known)}; suggestions {len(resolver.suggestions()):,}"
    )


if __name__ == "__main__":
    main()
