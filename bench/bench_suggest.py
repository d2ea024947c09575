"""Spelling suggestions at scale: N statements over a large vocabulary (bench_search's words and a
long tail of rare made-up ones), then misspellings of words the index holds, timed through
store.suggest: the vocabulary lookup alone (the candidates of one word) and the whole suggestion
(which words the index lacks, their candidates, and the search that checks the corrected query).
On PostgreSQL also what the vocabulary's triggers (migration 0020) add to writing statements.

    .venv/bin/python bench/bench_suggest.py --n 1000000                  # SQLite (a temp file)
    .venv/bin/python bench/bench_suggest.py --n 1000000 --postgres postgresql+psycopg://postgres@127.0.0.1:5432/scratch_suggest

The PostgreSQL database must be a scratch one: its public schema is dropped and recreated.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_search import FIRST, LAST, PLACES, load, pct, scratch_engine, sentences, vocabulary
from quotetrack.store.cache import clear as clear_memo
from quotetrack.store.filters import StatementFilter
from quotetrack.store.migrate import MIGRATIONS, upgrade
from quotetrack.store.suggest import nearest_words, suggest_query
from quotetrack.text.stem import stem_word

ONSETS = ["b", "c", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "y", "ng", "ny", "kr", "tr"]
VOWELS = ["a", "a", "i", "u", "e", "o"]
CODAS = ["", "", "", "n", "ng", "r", "s", "k", "t", "l", "h"]
# The vocabulary triggers of migration 0020, off while the rows are bulk-loaded.
TRIGGERS = ("statement_word_count",)
# A filter no generated statement meets: every word of the query is held, nothing to correct.
NOTHING = StatementFilter(date_from=dt.date(2100, 1, 1))


def made_up_words(rng: random.Random, count: int) -> list[str]:
    """`count` distinct Indonesian-looking words of two to four syllables (names, places, rare words)."""
    words: dict[str, None] = {}
    while len(words) < count:
        syllables = [rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(rng.randint(2, 4))]
        words["".join(syllables) + rng.choice(CODAS)] = None
    return list(words)


def generator(tail: int) -> tuple[Callable[[int, int, random.Random], Iterator[tuple]], list[str]]:
    """bench_search.statements over its vocabulary followed by `tail` made-up words, Zipf-weighted
    over the whole list; and the list, most frequent first."""
    rng = random.Random(11)
    vocab = vocabulary(rng)
    vocab += [w for w in made_up_words(rng, tail + len(vocab)) if w not in set(vocab)][:tail]
    stem_of = {w: stem_word(w) for w in vocab[: len(vocab) - tail]}  # (made-up words are their own stems)

    def statements(n: int, officials: int, rng: random.Random) -> Iterator[tuple]:
        return sentences(n, officials, rng, vocab, stem_of, PLACES + FIRST + LAST)

    return statements, vocab


def misspelt(rng: random.Random, word: str, known: set[str]) -> str | None:
    """`word` with one slip after its first letter (a letter dropped, doubled, replaced, or two
    swapped), or None when that makes another word of the vocabulary."""
    at = rng.randint(1, len(word) - 1)
    kind = rng.choice(["drop", "double", "replace", "swap"])
    if kind == "drop":
        typo = word[:at] + word[at + 1 :]
    elif kind == "double":
        typo = word[:at] + word[at] + word[at:]
    elif kind == "replace":
        typo = word[:at] + rng.choice([c for c in "aiueoknrst" if c != word[at]]) + word[at + 1 :]
    else:
        at = min(at, len(word) - 2)
        typo = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return None if typo in known or typo == word else typo


def vocabulary_fill_sql() -> str:
    """Migration 0020's count of the printed words of every statement."""
    path = next((MIGRATIONS / "versions").glob("0020_*.py"))
    spec = importlib.util.spec_from_file_location("migration_0020", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.FILL)


def fill(engine: sa.Engine, n: int, n_officials: int, seed: int, tail: int) -> list[str]:
    generate, vocab = generator(tail)
    postgres = engine.dialect.name == "postgresql"
    if postgres:
        with engine.begin() as conn:
            for trigger in TRIGGERS:
                conn.exec_driver_sql(f"ALTER TABLE statement DISABLE TRIGGER {trigger}")
    load(engine, n, n_officials, seed, generate=generate)
    if postgres:
        t0 = time.perf_counter()
        with engine.begin() as conn:
            conn.exec_driver_sql("TRUNCATE statement_word")
            conn.exec_driver_sql(vocabulary_fill_sql())
            for trigger in TRIGGERS:
                conn.exec_driver_sql(f"ALTER TABLE statement ENABLE TRIGGER {trigger}")
            conn.exec_driver_sql("ANALYZE statement_word")
        print(f"vocabulary counted in {time.perf_counter() - t0:.1f} s (migration 0020's one pass)")
    return vocab


def vocabulary_size(engine: sa.Engine) -> int:
    sql = (
        "SELECT count(*) FROM statement_fts_vocab WHERE col = 'text'"
        if engine.dialect.name == "sqlite"
        else "SELECT count(DISTINCT word) FROM statement_word WHERE statements > 0"
    )
    with engine.connect() as conn:
        return int(conn.exec_driver_sql(sql).scalar_one())


def time_suggestions(engine: sa.Engine, vocab: list[str], runs: int, seed: int) -> None:
    rng = random.Random(seed)
    known = set(vocab)
    head = [w for w in vocab[: len(vocab) // 20] if len(w) >= 5]
    tail = [w for w in vocab[len(vocab) // 20 :] if len(w) >= 5]
    cases: list[tuple[str, str]] = []
    while len(cases) < runs:
        word = rng.choice(head if len(cases) % 2 else tail)
        typo = misspelt(rng, word, known)
        if typo is not None:
            cases.append((word, typo))
    lookup: list[float] = []
    whole: list[float] = []
    rows: list[int] = []
    right = wrong = none = 0
    low = {"sqlite": "term", "postgresql": "word"}[engine.dialect.name]
    with Session(engine) as session:
        for word, typo in cases:
            clear_memo()
            t0 = time.perf_counter()
            nearest_words(session=session, words=[typo])
            lookup.append((time.perf_counter() - t0) * 1000)
            clear_memo()
            t0 = time.perf_counter()
            found = suggest_query(session=session, q=typo)
            whole.append((time.perf_counter() - t0) * 1000)
            if found is None:
                none += 1
            elif found.text == word:
                right += 1
            else:
                wrong += 1
            edits = 1 if len(typo) < 8 else 2
            table = "statement_fts_vocab" if low == "term" else "statement_word"
            extra = " AND col = 'text'" if low == "term" else ""
            rows.append(
                session.execute(
                    sa.text(
                        f"SELECT count(*) FROM {table} WHERE {low} >= :a AND {low} < :b "
                        f"AND length({low}) BETWEEN :s AND :l{extra}"
                    ),
                    {"a": typo[0], "b": chr(ord(typo[0]) + 1), "s": len(typo) - edits, "l": len(typo) + edits},
                ).scalar_one()
            )
        clear_memo()
        held: list[float] = []
        for word, _ in cases[:50]:  # a word the index holds, under a filter that leaves nothing
            t0 = time.perf_counter()
            suggest_query(session=session, q=word, filters=NOTHING)
            held.append((time.perf_counter() - t0) * 1000)
    print(f"{len(cases)} misspellings (half of common words, half of rare ones), one slip each after the first letter")
    print("                                          p50 ms   p95 ms   max ms")
    for name, values in (
        ("candidates of one word (lookup + OSA)", lookup),
        ("whole suggestion (checked by a search)", whole),
        ("a held word, nothing to correct", held),
    ):
        print(f"{name:40s} {pct(values, 0.5):8.1f} {pct(values, 0.95):8.1f} {max(values):8.1f}")
    print(
        f"vocabulary rows read per word: p50 {pct(rows, 0.5):,.0f}, p95 {pct(rows, 0.95):,.0f}, max {max(rows):,}; "
        f"suggested the word meant {right}, another word {wrong}, nothing {none}"
    )


def time_writes(engine: sa.Engine, count: int, seed: int, rounds: int = 6) -> None:
    """PostgreSQL: statements written in transactions of five (an article's, each statement its
    own INSERT as the ingest writes them), then deleted, in rounds that take turns with the
    vocabulary's triggers and without them; the median of each, in milliseconds per statement
    (the machine may be shared: a single round says little)."""
    rng = random.Random(seed)
    generate, _ = generator(0)
    rows = [r[1:3] for r in generate(count, 1, rng)]
    with engine.connect() as conn:
        top = conn.exec_driver_sql("SELECT max(id) FROM statement").scalar_one()
        article = conn.exec_driver_sql("SELECT min(id) FROM article").scalar_one()
    insert = sa.text(
        'INSERT INTO statement (id, kind, text, stem, start, "end", paragraph, date, confidence, status, '
        "article_id, created_at, updated_at) VALUES (:id, 'direct', :text, :stem, 0, 1, 0, :day, 0.9, "
        "'published', :article, now(), now())"
    )
    delete = sa.text("DELETE FROM statement WHERE id = ANY(:ids)")
    day = dt.date(2025, 1, 1)
    figures: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    for turn in range(rounds * 2):
        enabled = turn % 2 == 0
        with engine.begin() as conn:
            for trigger in TRIGGERS:
                conn.exec_driver_sql(f"ALTER TABLE statement {'ENABLE' if enabled else 'DISABLE'} TRIGGER {trigger}")
        ids = list(range(top + 1, top + 1 + count))
        top += count
        batch = [
            {"id": i, "text": text, "stem": stem, "day": day, "article": article}
            for i, (text, stem) in zip(ids, rows, strict=True)
        ]
        t0 = time.perf_counter()
        for i in range(0, count, 5):
            with engine.begin() as conn:
                conn.execute(insert, batch[i : i + 5])
        written = time.perf_counter() - t0
        t0 = time.perf_counter()
        for i in range(0, count, 5):
            with engine.begin() as conn:
                conn.execute(delete, {"ids": ids[i : i + 5]})
        deleted = time.perf_counter() - t0
        figures[enabled].append((written * 1000 / count, deleted * 1000 / count))
    with engine.begin() as conn:
        for trigger in TRIGGERS:
            conn.exec_driver_sql(f"ALTER TABLE statement ENABLE TRIGGER {trigger}")
        shards = conn.exec_driver_sql("SELECT count(DISTINCT shard) FROM statement_word").scalar_one()
    print(f"{count:,} statements written, then deleted, {rounds} rounds each way, in transactions of five;")
    print("median ms per statement        insert   delete")
    for enabled, label in ((True, "with the vocabulary triggers"), (False, "without them")):
        inserts, deletes = zip(*figures[enabled], strict=True)
        print(f"{label:30s} {pct(list(inserts), 0.5):7.3f}  {pct(list(deletes), 0.5):7.3f}")
    print(f"shards used: {shards}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=1_000_000, help="statements to generate")
    ap.add_argument("--tail", type=int, default=300_000, help="made-up rare words after bench_search's")
    ap.add_argument("--officials", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=200, help="misspellings to time")
    ap.add_argument("--writes", type=int, default=1_000, help="PostgreSQL: statements written per round of writes")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--postgres", help="URL of a scratch PostgreSQL database (its public schema is dropped)")
    ap.add_argument("--sqlite", help="SQLite file (default: a new temporary file)")
    ap.add_argument("--reuse", action="store_true", help="time the database a previous run left (same --tail)")
    args = ap.parse_args()
    engine = scratch_engine(args.postgres, args.sqlite, reuse=args.reuse, name="bench_suggest.db")
    t0 = time.perf_counter()
    if args.reuse:
        vocab = generator(args.tail)[1]
    else:
        upgrade(engine)
        vocab = fill(engine, args.n, args.officials, args.seed, args.tail)
        print(f"loaded in {time.perf_counter() - t0:.0f} s")
    with engine.connect() as conn:
        n = conn.exec_driver_sql("SELECT count(*) FROM statement").scalar_one()
    print(f"{engine.dialect.name}: {n:,} statements, {vocabulary_size(engine):,} distinct printed words")
    time_suggestions(engine, vocab, args.runs, args.seed)
    if engine.dialect.name == "postgresql" and args.writes:
        time_writes(engine, args.writes, args.seed)


if __name__ == "__main__":
    main()
