"""Tag statement text with topics from the taxonomy (quotetrack/topics/data/taxonomy.json)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class TopicDef:
    slug: str
    label_id: str
    label_en: str
    parent: str | None
    stems: tuple[tuple[str, ...], ...]  # each stem is a sequence of word prefixes


def _parse(doc: dict) -> tuple[TopicDef, ...]:
    return tuple(
        TopicDef(
            slug=t["slug"],
            label_id=t["label_id"],
            label_en=t["label_en"],
            parent=t.get("parent"),
            stems=tuple(tuple(s.casefold().split()) for s in t.get("stems", [])),
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


def _matches(words: list[str], stem: tuple[str, ...]) -> bool:
    n = len(stem)
    if n == 1:
        # Short stems (asn, kpu, tni) must match whole words, or "asnawi" would be tagged.
        s = stem[0]
        return any(w == s or (len(s) > 4 and w.startswith(s)) for w in words)
    return any(
        all(words[i + k] == stem[k] or (len(stem[k]) > 4 and words[i + k].startswith(stem[k])) for k in range(n))
        for i in range(len(words) - n + 1)
    )


def tag_text(text: str, taxonomy: tuple[TopicDef, ...] | None = None) -> list[str]:
    """Slugs of the topics whose stems occur in `text`, in taxonomy order."""
    words = [w.casefold() for w in _WORD.findall(text)]
    return [t.slug for t in (taxonomy or _default_taxonomy()) if any(_matches(words, s) for s in t.stems)]
