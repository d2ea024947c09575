"""The ranked window of a search on SQLite: scores counted in Python (store.window_score) are
FTS5's own, bit for bit, and the pages of a search are the ones the SQL ranking gave."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.models import Article, Statement, utcnow
from quotetrack.store import cache, search
from quotetrack.store.db import make_engine
from quotetrack.store.match import match_sql
from quotetrack.store.migrate import upgrade
from quotetrack.store.query import parse_query
from quotetrack.store.window_score import window_scores, window_terms

# Words that share prefixes, stems and case variants, a few that FTS5 folds in ways only its
# tables know (accents, ß), and one it splits (x_y).
WORDS = [
    "netral",
    "Netral",
    "NETRAL",
    "netralitas",
    "kenetralan",
    "pilkada",
    "Pilkada2024",
    "pil",
    "a",
    "kafe",
    "café",
    "straße",
    "x_y",
    "2024",
]
# Between words: ASCII punctuation and the typographic marks news text prints.
GAPS = [" ", " ", " ", ", ", ". ", "-", "_", "\n", "'", "’", " “", "” ", "—", "…", "\u00a0", " (", ") "]
QUERIES = [
    "netral",
    "netral pilkada",
    "netral netral",
    '"netral pilkada"',
    '"netral netral"',
    '"netral a netral"',
    "pil*",
    "Netral",
    "netral OR pilkada",
    "netral -kafe",
    "x_y",
    "kafe",
    "café pilkada",
    "pilkada2024 OR 2024",
    "a a*",
]


def _plain(column: str) -> bool:
    """Only ASCII and the typographic marks of GAPS: what window_score must count itself."""
    return column.translate({ord(c): " " for c in "’“”—…\u00a0"}).isascii()


def _line(rng: random.Random, words: list[str]) -> str:
    out = [rng.choice(words)]
    for _ in range(rng.randint(0, 14)):
        out += [rng.choice(GAPS), rng.choice(words)]
    return "".join(out)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sa.Engine]:
    """1,500 statements of those words (their stem column random too, as FTS5 indexes it as given)."""
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('window') / 'w.db'}")
    upgrade(engine)
    rng = random.Random(21)
    plain = [w for w in WORDS if w.isascii() and "_" not in w]
    now = utcnow()
    with engine.begin() as conn:
        article_id = conn.execute(
            sa.insert(Article.__table__).values(
                title="t", outlet="o", language="id", text="t", sha256="0" * 64, retrieved_at=now, created_at=now
            )
        ).inserted_primary_key[0]
        rows = []
        for i in range(1_500):
            # Most statements plain ASCII, as most news text is; the rest anything.
            words = plain if i % 3 else WORDS
            text = _line(rng, words)
            rows.append(
                {
                    "article_id": article_id,
                    "kind": "direct",
                    "text": text,
                    "stem": _line(rng, [w.casefold() for w in words]),
                    "start": 0,
                    "end": len(text),
                    "paragraph": 0,
                    "date": dt.date(2024, 1, 1) + dt.timedelta(days=i % 300),
                    "confidence": 0.9,
                    "status": "published",
                    "created_at": now,
                    "updated_at": now,
                }
            )
        conn.execute(sa.insert(Statement.__table__), rows)
    yield engine
    engine.dispose()


def _fts5_scores(session: Session, q: str) -> dict[int, tuple[float, str, str]]:
    """id -> (FTS5's window score, text, stem) for every match of `q`."""
    match = match_sql(session, parse_query(q), scored=True, windowed=True)
    rows = session.execute(
        sa.text(f"SELECT s.id, {match.score}, s.text, s.stem FROM {match.source} WHERE s.id >= :window_start"),
        {**match.params, "window_start": 0},
    )
    return {sid: (score, text, stem) for sid, score, text, stem in rows}


@pytest.mark.parametrize("q", QUERIES)
def test_python_scores_are_fts5_scores_bit_for_bit(corpus: sa.Engine, q: str) -> None:
    with Session(corpus) as session:
        expected = _fts5_scores(session, q)
    assert len(expected) >= 20, "the query must match enough statements to say something"
    terms = window_terms(parse_query(q))
    ids = sorted(expected)
    counted = dict(zip(ids, window_scores(terms, [expected[i][1:] for i in ids]), strict=True)) if terms else {}
    for sid in ids:
        score, text, stem = expected[sid]
        if counted.get(sid) is not None:
            assert counted[sid] == score, (q, text, stem)
        elif terms is not None:
            assert not (_plain(text) and _plain(stem)), f"{text!r} was left to FTS5"


def test_words_only_fts5_can_fold_are_left_to_it() -> None:
    assert window_terms(parse_query("café")) is None
    assert window_terms(parse_query("netral")) is not None
    terms = window_terms(parse_query("netral"))
    assert terms is not None
    assert window_scores(terms, [("sikap café netral", "sikap cafe netral"), ("netral\x00", "netral")]) == [None, None]


@pytest.mark.parametrize("q", ["netral", "netral pilkada", "pil*", "café pilkada", '"netral a netral"'])
def test_pages_of_a_ranked_window_follow_fts5_ranking(
    corpus: sa.Engine, monkeypatch: pytest.MonkeyPatch, q: str
) -> None:
    monkeypatch.setattr(search, "COUNT_CAP", 120)
    monkeypatch.setattr(search, "RANK_WINDOW", 60)
    cache.clear()
    with Session(corpus) as session:
        scores = _fts5_scores(session, q)
        newest = sorted(scores, reverse=True)
        assert len(newest) > 60
        window = newest[:60]
        # Windows that FTS5 scores in part: some of their statements hold accents (café, straße).
        assert not all(_plain(scores[sid][1]) and _plain(scores[sid][2]) for sid in window)
        expected = sorted(window, key=lambda sid: (-scores[sid][0], -sid))
        first = search.search_statements(session=session, q=q, limit=7)
        assert first.total == min(len(newest), 120) and first.ranked_newest == 60
        seen, page = [], first
        while True:
            seen += [(h.statement.id, h.score) for h in page.hits]
            if page.next_cursor is None:
                break
            page = search.search_statements(session=session, q=q, limit=7, cursor=page.next_cursor)
        assert [sid for sid, _ in seen] == expected
        assert [score for _, score in seen] == [scores[sid][0] for sid in expected]
        skipped = search.search_statements(session=session, q=q, limit=5, offset=10)
        assert [s.id for s in skipped.items] == expected[10:15]


def test_instances_found_from_first_tokens_are_those_found_at_every_position() -> None:
    """_count_instances tries a phrase only where its first token stands: the same count as
    trying every phrase at every position, on random phrases, prefixes and token runs."""
    from quotetrack.store import window_score

    def plain(phrases: window_score._Phrases, tokens: list[bytes]) -> int:
        every = [((word,), False) for word in phrases.words] + list(phrases.longer)
        spans = sorted(
            (i, i + len(phrase) - 1)
            for i in range(len(tokens))
            for phrase, prefix in every
            if window_score._instance_at(tokens, i, phrase, prefix)
        )
        count, end = 0, -1
        for start, stop in spans:
            count, end = (count + 1, stop) if start > end else (count, max(end, stop))
        return count

    rng = random.Random(5)
    vocabulary = [b"dan", b"di", b"netral", b"netralitas", b"asn", b"ne", b"a"]
    for _ in range(5000):
        terms = [
            (tuple(rng.choice(vocabulary) for _ in range(rng.randint(1, 3))), rng.random() < 0.3)
            for _ in range(rng.randint(1, 4))
        ]
        phrases = window_score._phrases(terms)
        tokens = [rng.choice(vocabulary) for _ in range(rng.randint(0, 30))]
        assert window_score._count_instances(phrases, tokens) == plain(phrases, tokens), (terms, tokens)
