"""Claim matching: which recorded statements could be the source of a claim someone pasted.

Two stages. The search index proposes candidates: every content word of the claim (and, for
English words, their usual Indonesian renderings from a glossary) ORed together, matched across
affixes through the stem column and ranked by bm25 / ts_rank. Then each candidate is scored
against the claim: how much of the claim's content it covers (by stem, rarer words weighing
more), rapidfuzz's token-set similarity of the two stemmed texts, and the index score. A claim
that names its speaker as printed ("Clarke said ...") is matched without the name, the
speaker's own statements join the candidates, and theirs score W_SPEAKER more.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from rapidfuzz import fuzz
from sqlmodel import Session, col

from quotetrack.errors import QueryError
from quotetrack.models import Article, Statement, StatementPublic
from quotetrack.store.db import select_columns
from quotetrack.store.filters import StatementFilter
from quotetrack.store.name_query import find_name
from quotetrack.store.query import MAX_TERMS, Atom, ParsedQuery
from quotetrack.store.reads import statements_by_ids
from quotetrack.store.search import candidate_ids
from quotetrack.text.stem import WORD, query_stems, stem_word

CANDIDATES = 60
MAX_CLAIM_CHARS = 2000
# Weights of the three signals in the final score (each is in 0..1).
W_COVERAGE, W_FUZZY, W_INDEX = 0.5, 0.2, 0.3
# Added to the score of a statement whose speaker the claim names ("Clarke said ID cards ...").
W_SPEAKER = 0.15
_NUMBER = re.compile(r"^\d+$")


@cache
def _stopwords() -> frozenset[str]:
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    extra = resources.files("quotetrack.text").joinpath("data/stopwords_extra.txt").read_text(encoding="utf-8")
    words = {w.strip().casefold() for w in extra.splitlines() if w.strip() and not w.startswith("#")}
    return frozenset(words | {w.casefold() for w in StopWordRemoverFactory().get_stop_words()})


@cache
def _glossary() -> dict[str, tuple[str, ...]]:
    text = resources.files("quotetrack.text").joinpath("data/glossary_en_id.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            english, indonesian = line.split("\t", 1)
            out[english.strip().casefold()] = tuple(indonesian.split())
    return out


def content_words(text: str) -> list[str]:
    """The claim's words that carry content: casefolded, stopwords and one-letter words dropped."""
    stop = _stopwords()
    return [w for w in (m.group().casefold() for m in WORD.finditer(text)) if len(w) > 1 and w not in stop]


def expand(words: Iterable[str]) -> list[str]:
    """`words` plus the Indonesian renderings of the English ones, without repeats."""
    glossary = _glossary()
    out: dict[str, None] = {}
    for w in words:
        out[w] = None
        for translated in glossary.get(w, ()):
            out[translated] = None
    return list(out)


def _stems(words: Iterable[str]) -> set[str]:
    return {s for w in words for s in query_stems(w)}


@dataclass(frozen=True, slots=True)
class Similarity:
    score: float  # 0..1
    coverage: float  # share of the claim's content (weighted by rarity) the statement has
    fuzzy: float  # rapidfuzz token-set ratio of the stemmed texts, 0..1
    shared: list[str]  # the statement's words that the claim shares, as printed


def _claim_groups(claim: str) -> list[set[str]]:
    """One set of acceptable stems per content word of the claim (with its translations)."""
    return [_stems(expand([w])) for w in dict.fromkeys(content_words(claim))]


def similarity(
    claim: str,
    text: str,
    *,
    stems: str | None = None,
    lang: str = "id",
    index: float = 0.0,
    weights: dict[str, float] | None = None,
    groups: list[set[str]] | None = None,
) -> Similarity:
    """How well `text` could be the source of `claim`; `index` is its normalised index score.

    `stems` is the statement's stored stem text (computed when absent); `weights` gives a weight
    per stem (rarer = heavier), 1 for stems it lacks; `groups` are the claim's _claim_groups
    when the caller already has them (one claim against many statements).
    """
    groups = _claim_groups(claim) if groups is None else groups
    claim_stems = set().union(*groups) if groups else set()
    weights = weights or {}
    words = [m.group() for m in WORD.finditer(text)]
    stem_list = stems.split() if stems is not None else []
    if len(stem_list) != len(words):
        stem_list = [stem_word(w, lang) for w in words]
    stop = _stopwords()
    shared_words: dict[str, None] = {}
    found: set[str] = set()
    kept: list[str] = []
    for word, stem in zip(words, stem_list, strict=True):
        folded = word.casefold()
        if folded in stop or len(folded) < 2:
            continue
        kept.append(stem)
        hit = {folded, stem} & claim_stems
        if hit:
            found |= hit
            shared_words[word] = None
    total = sum(max((weights.get(s, 1.0) for s in g), default=1.0) for g in groups) or 1.0
    covered = sum(max((weights.get(s, 1.0) for s in g), default=1.0) for g in groups if g & found)
    coverage = covered / total
    fuzzy = fuzz.token_set_ratio(" ".join(sorted(claim_stems)), " ".join(kept)) / 100.0
    score = W_COVERAGE * coverage + W_FUZZY * fuzzy + W_INDEX * index
    return Similarity(score=round(score, 4), coverage=coverage, fuzzy=fuzzy, shared=list(shared_words))


def claim_query(claim: str) -> ParsedQuery | None:
    """An OR query of the claim's content words (English ones with their Indonesian renderings)."""
    words = expand(content_words(claim[:MAX_CLAIM_CHARS].replace("\x00", " ")))
    atoms = tuple(Atom(words=(w,)) for w in words[:MAX_TERMS])
    return ParsedQuery(groups=(atoms,)) if atoms else None


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    statement: StatementPublic
    score: float
    coverage: float
    fuzzy: float
    shared_terms: list[str]


def _rarity(stem_counts: dict[str, int], n: int) -> dict[str, float]:
    """An idf-like weight per stem from how many candidates contain it."""
    return {s: 1.0 + math.log((n + 1) / (c + 0.5)) for s, c in stem_counts.items()}


def match_claim(
    *,
    session: Session,
    claim: str,
    official_id: int | None = None,
    limit: int = 10,
    candidates: int = CANDIDATES,
) -> list[ClaimMatch]:
    """The statements closest to `claim`, best first, optionally only one official's.

    Raises QueryError (HTTP 400) for a claim that is too long or has no content words.
    """
    if len(claim) > MAX_CLAIM_CHARS:
        raise QueryError(f"claim too long: {len(claim)} characters, at most {MAX_CLAIM_CHARS}")
    speakers, said = _named_speakers(session, claim) if official_id is None else ((), claim)
    parsed = claim_query(said) or claim_query(claim)
    if parsed is None:
        raise QueryError("the claim has no words to match: paste the sentence as it was reported")
    found = dict(
        candidate_ids(
            session=session, parsed=parsed, filters=StatementFilter(official_id=official_id), limit=candidates
        )
    )
    for speaker in speakers:  # the named speaker's closest statements compete even when others share more words
        for sid, score in candidate_ids(
            session=session, parsed=parsed, filters=StatementFilter(official_id=speaker), limit=candidates // 2
        ):
            found.setdefault(sid, score)
    if not found:
        return []
    # Rerank on the bare text and stored stems; only the winners become full statements.
    rows = session.execute(
        select_columns(Statement.id, Statement.text, Statement.stem, Article.language, Statement.official_id)
        .join(Article, col(Article.id) == Statement.article_id)
        .where(col(Statement.id).in_(list(found)))
    ).all()
    groups = _claim_groups(said)
    counts = {s: 0 for g in groups for s in g}
    for _, text, stem, _, _ in rows:
        present = set((stem or "").split()) | {w.casefold() for w in WORD.findall(text)}
        for s in counts.keys() & present:
            counts[s] += 1
    weights = _rarity(counts, len(rows))
    sims = {
        sid: similarity(said, text, stems=stem, lang=lang, index=found.get(sid, 0.0), weights=weights, groups=groups)
        for sid, text, stem, lang, _ in rows
    }
    for sid, _, _, _, speaker in rows:
        if speaker in speakers:
            sims[sid] = replace(sims[sid], score=round(min(1.0, sims[sid].score + W_SPEAKER), 4))
    order = sorted(sims, key=lambda sid: (-sims[sid].score, -sid))[:limit]
    return [
        ClaimMatch(
            stmt,
            sims[stmt.id].score,
            round(sims[stmt.id].coverage, 3),
            round(sims[stmt.id].fuzzy, 3),
            sims[stmt.id].shared,
        )
        for stmt in statements_by_ids(session=session, ids=order)
    ]


def _named_speakers(session: Session, claim: str) -> tuple[tuple[int, ...], str]:
    """The officials a claim names as printed ("Clarke said ...", "Menurut Mahfud ..."), and the
    claim without their name: who said it is not what was said, and a statement that only
    mentions the name ("Mr Clarke had been reported ...") should not win by it."""
    named = find_name(session=session, q=claim, fuzzy=False)
    if named is None or named.weak:
        return (), claim
    return tuple(o.id for o in named.officials), named.rest


def rank_of(matches: Sequence[ClaimMatch], statement_id: int) -> int | None:
    """1-based rank of a statement among the matches, None when absent."""
    return next((i for i, m in enumerate(matches, 1) if m.statement.id == statement_id), None)
