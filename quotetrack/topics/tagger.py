"""Tag statement text with topics from the taxonomy (quotetrack/topics/data/taxonomy.json).

A statement takes the topics whose keyword stems occur in what it says: its own words and the
sentence they stand in ("Bisa mundur lagi," kata Kadis soal jembatan itu: the bridge), a word or
its Indonesian stem starting with a stem (kenetralan -> netral), and the parents of those topics.
Topics no longer spread from the article to every statement: an article about trade that often
says "workers" made "labour" of every quote in it. A keyword with another common sense carries
its context in the taxonomy ("unless"): "aman" in "stok beras masih aman" is not security.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from quotetrack.text.stem import stem_id

_WORD = re.compile(r"\w+", re.UNICODE)
# An article topic carries over to all its statements when the article mentions it this often,
# and at least this share as often as its most mentioned topic.
CONTEXT_MIN_HITS = 4
CONTEXT_MIN_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Unless:
    """A stem that does not count when a word starting with one of `near` is within `window`
    words of it ("aman" next to "stok", "pasokan", "harga": supplies, not security)."""

    stem: tuple[str, ...]
    near: tuple[str, ...]
    window: int = 4


@dataclass(frozen=True, slots=True)
class TopicDef:
    slug: str
    label_id: str
    label_en: str
    parent: str | None
    stems: tuple[tuple[str, ...], ...]  # each stem is a sequence of word prefixes
    together: tuple[tuple[str, ...], ...] = ()  # two different ones in one text also tag the topic
    unless: tuple[Unless, ...] = ()


def _stems(raw: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(s.casefold().split()) for s in raw)


def _parse(doc: dict) -> tuple[TopicDef, ...]:
    return tuple(
        TopicDef(
            slug=t["slug"],
            label_id=t["label_id"],
            label_en=t["label_en"],
            parent=t.get("parent"),
            stems=_stems(t.get("stems", [])),
            together=_stems(t.get("together", [])),
            unless=tuple(
                Unless(tuple(u["stem"].casefold().split()), tuple(w.casefold() for w in u["near"]), u.get("window", 4))
                for u in t.get("unless", [])
            ),
        )
        for t in doc["topics"]
    )


@cache
def _default_taxonomy() -> tuple[TopicDef, ...]:
    text = resources.files("quotetrack.topics").joinpath("data/taxonomy.json").read_text(encoding="utf-8")
    return _parse(json.loads(text))


def load_taxonomy(path: Path | None = None) -> tuple[TopicDef, ...]:
    """The shipped taxonomy, or one from a JSON file of the same shape."""
    if path is None:
        return _default_taxonomy()
    return _parse(json.loads(path.read_text(encoding="utf-8")))


@dataclass(frozen=True, slots=True)
class _Words:
    words: list[str]
    stems: list[str]


def _words(text: str) -> _Words:
    words = [w.casefold() for w in _WORD.findall(text)]
    return _Words(words, [stem_id(w) for w in words])


def _word_matches(word: str, stem_of_word: str, part: str) -> bool:
    if word == part or stem_of_word == part:
        return True
    # Short stems (asn, kpu, tni) must match whole words, or "asnawi" would be tagged.
    return len(part) > 4 and (word.startswith(part) or stem_of_word.startswith(part))


@dataclass(frozen=True, slots=True)
class _Index:
    """Every stem of a taxonomy by its first part, so a text is read once, not once per stem."""

    # part -> (topic position, whole stem, is a "together" stem)
    by_first: dict[str, tuple[tuple[int, tuple[str, ...], bool], ...]]


@cache
def _index(taxonomy: tuple[TopicDef, ...]) -> _Index:
    table: dict[str, list[tuple[int, tuple[str, ...], bool]]] = {}
    for i, topic in enumerate(taxonomy):
        for stem in topic.stems:
            table.setdefault(stem[0], []).append((i, stem, False))
        for stem in topic.together:
            table.setdefault(stem[0], []).append((i, stem, True))
    return _Index({k: tuple(v) for k, v in table.items()})


def _starting_at(w: _Words, i: int, index: _Index) -> set[tuple[int, tuple[str, ...], bool]]:
    """Stems whose first part matches word i (exactly, or as a prefix of 5+ letters)."""
    found: set[tuple[int, tuple[str, ...], bool]] = set()
    for token in {w.words[i], w.stems[i]}:
        found.update(index.by_first.get(token, ()))
        # Parts longer than four letters also match as prefixes (netral -> netralitas).
        for length in range(5, len(token)):
            found.update(index.by_first.get(token[:length], ()))
    return found


def _excused(w: _Words, i: int, n: int, topic: TopicDef, stem: tuple[str, ...]) -> bool:
    """Whether the match of `stem` at word i (n words long) is in a context that gives it another sense."""
    for rule in topic.unless:
        # A rule names the keyword as written, and holds for every stem found at that word:
        # "keamanan" is also matched as the stem "aman".
        if rule.stem != stem and rule.stem != tuple(w.words[i : i + len(rule.stem)]):
            continue
        for j in range(max(0, i - rule.window), min(len(w.words), i + n + rule.window)):
            if i <= j < i + n:
                continue
            if any(w.words[j].startswith(near) or w.stems[j].startswith(near) for near in rule.near):
                return True
    return False


def _all_hits(w: _Words, taxonomy: tuple[TopicDef, ...]) -> list[int]:
    """Per topic (taxonomy order): keyword occurrences, plus one when two "together" stems occur."""
    index = _index(taxonomy)
    hits = [0] * len(taxonomy)
    together: list[set[tuple[str, ...]]] = [set() for _ in taxonomy]
    n_words = len(w.words)
    for i in range(n_words):
        for topic, stem, is_together in _starting_at(w, i, index):
            n = len(stem)
            if i + n > n_words or not all(_word_matches(w.words[i + k], w.stems[i + k], stem[k]) for k in range(1, n)):
                continue
            if _excused(w, i, n, taxonomy[topic], stem):
                continue
            if is_together:
                together[topic].add(stem)
            else:
                hits[topic] += 1
    return [h + (len(t) >= 2) for h, t in zip(hits, together, strict=True)]


def _with_parents(slugs: set[str], taxonomy: Sequence[TopicDef]) -> list[str]:
    parents = {t.slug: t.parent for t in taxonomy}
    for slug in list(slugs):
        parent = parents.get(slug)
        while parent and parent not in slugs:
            slugs.add(parent)
            parent = parents.get(parent)
    return [t.slug for t in taxonomy if t.slug in slugs]


def tag_text(text: str, taxonomy: Sequence[TopicDef] | None = None) -> list[str]:
    """Slugs of the topics whose stems occur in `text` (and their parents), in taxonomy order."""
    taxonomy = tuple(taxonomy or _default_taxonomy())
    hits = _all_hits(_words(text), taxonomy)
    return _with_parents({t.slug for t, n in zip(taxonomy, hits, strict=True) if n}, taxonomy)


def context_topics(article_text: str, taxonomy: Sequence[TopicDef] | None = None) -> set[str]:
    """The topics an article is mainly about: mentioned often, and nearly as often as its first."""
    taxonomy = tuple(taxonomy or _default_taxonomy())
    hits = _all_hits(_words(article_text), taxonomy)
    counts = Counter({t.slug: n for t, n in zip(taxonomy, hits, strict=True)})
    if not counts:
        return set()
    top = max(counts.values())
    return {s for s, n in counts.items() if n >= CONTEXT_MIN_HITS and n >= CONTEXT_MIN_SHARE * top}


_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)]*\s|\n")


def _last_sentence_end(text: str, start: int) -> int:
    """Where the last sentence end before `start` ends (0: none), scanning back from `start` in
    growing windows: from the top of the article for every statement made a pasted 2 MiB
    article quadratic (20 of 28 s of a 0.5 MiB one). A match found well inside the window is the
    one a scan from 0 finds; one near the window's edge might be cut, so the window grows."""
    window = 1024
    while True:
        begin = max(0, start - window)
        last = None
        for last in _SENTENCE_END.finditer(text, begin, start):  # noqa: B007 - the last one is wanted
            pass
        if begin == 0:
            return last.end() if last else 0
        if last is not None and last.start() >= begin + 64:
            return last.end()
        window *= 4


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s) holding text[start:end]: from the last sentence end before `start` to the
    first after `end`, within the paragraph. A quote's sentence names what it is about as often
    as the quote does ("Bisa mundur lagi," kata Kadis PUPR soal jembatan itu)."""
    if not 0 <= start <= end <= len(text):
        return ""
    lo = _last_sentence_end(text, start)
    m = _SENTENCE_END.search(text, end)
    hi = m.end() if m else len(text)
    return text[lo:hi].strip()


def tag_statements(
    texts: Sequence[str],
    *,
    article_text: str = "",
    spans: Sequence[tuple[int, int]] | None = None,
    taxonomy: Sequence[TopicDef] | None = None,
) -> list[list[str]]:
    """Topics of each statement of one article, from its own words and, given the article text
    and each statement's (start, end) in it, the sentence around it."""
    taxonomy = taxonomy or _default_taxonomy()
    out = []
    for i, text in enumerate(texts):
        sentence = sentence_around(article_text, *spans[i]) if spans and article_text else ""
        out.append(tag_text(f"{text}\n{sentence}" if sentence else text, taxonomy))
    return out
