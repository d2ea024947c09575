"""Topic precision and recall against hand labels (tests/data/topics_id_dev.json): statements of
gold files, tagged as ingest tags them (own words and sentence), compared topic by topic."""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quotetrack.text import prepare
from quotetrack.topics.tagger import tag_statements

Tagger = Callable[[list[str], str], list[list[str]]]


@dataclass(frozen=True, slots=True)
class LabelledStatement:
    article: str
    text: str
    labels: tuple[str, ...]
    article_text: str


@dataclass
class TopicScores:
    statements: int
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def micro(self) -> tuple[float, float, float]:
        tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        precision = tp / ((tp + fp) or 1)
        recall = tp / ((tp + fn) or 1)
        return precision, recall, 2 * precision * recall / ((precision + recall) or 1)


def load_labelled(labels_file: Path, gold_dir: Path) -> list[LabelledStatement]:
    """The hand-labelled statements, their text read from the gold files (checked by sha1)."""
    doc = json.loads(labels_file.read_text(encoding="utf-8"))
    out = []
    for label in doc["labels"]:
        gold = json.loads((gold_dir / label["article"].replace(".txt", ".gold.json")).read_text(encoding="utf-8"))
        text = gold["statements"][label["index"]]["text"]
        if hashlib.sha1(text.encode()).hexdigest()[:10] != label["sha1"]:
            raise ValueError(f"{label['article']} statement {label['index']} changed since it was labelled")
        article, _ = prepare((gold_dir / label["article"]).read_text(encoding="utf-8"))
        out.append(LabelledStatement(label["article"], text, tuple(label["topics"]), article))
    return out


def tag_as_ingest(texts: list[str], article_text: str) -> list[list[str]]:
    """Tags as ingest gives them: each statement found in its article, read with its sentence."""
    spans = []
    for text in texts:
        at = article_text.find(text)
        spans.append((at, at + len(text)) if at >= 0 else (0, 0))
    return tag_statements(texts, article_text=article_text, spans=spans)


def score_topics(rows: Sequence[LabelledStatement], tagger: Tagger = tag_as_ingest) -> TopicScores:
    by_article: dict[str, list[LabelledStatement]] = defaultdict(list)
    for row in rows:
        by_article[row.article].append(row)
    scores = TopicScores(statements=len(rows))
    for items in by_article.values():
        predicted = tagger([r.text for r in items], items[0].article_text)
        for row, found in zip(items, predicted, strict=True):
            for slug in set(found) & set(row.labels):
                scores.tp[slug] += 1
            for slug in set(found) - set(row.labels):
                scores.fp[slug] += 1
            for slug in set(row.labels) - set(found):
                scores.fn[slug] += 1
    return scores
