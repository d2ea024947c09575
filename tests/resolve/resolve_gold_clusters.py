"""Official-cluster figures on the shared gold sets: gold officials -> Mentions -> Resolver.

Run as a script for a table of B-cubed figures (`python tests/resolve/resolve_gold_clusters.py`);
test_resolve_gold.py asserts the targets. Reads ../shared/eval relative to the repository.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

from quotetrack.resolve import Mention, Resolver, parse_name

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
SETS = ("seed", "id-dev", "en-dev")


def bcubed(items: list[tuple[str, str]]) -> tuple[float, float]:
    """The scorer's definition: items are (gold cluster, predicted cluster) per statement."""
    if not items:
        return 0.0, 0.0
    by_gold, by_pred = Counter(g for g, _ in items), Counter(p for _, p in items)
    both = Counter(items)
    prec = sum(both[(g, p)] / by_pred[p] for g, p in items) / len(items)
    rec = sum(both[(g, p)] / by_gold[g] for g, p in items) / len(items)
    return prec, rec


def load(gold_set: str) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((EVAL / gold_set).glob("*.gold.json"))]


def mentions_of(doc: dict, local_refs: bool) -> list[tuple[int, Mention]]:
    """(official index, Mention) for every printed mention of every gold official.

    With `local_refs`, mentions carry the official's index and every one the gold role/region
    (what an extractor that links mentions hands over). Without, only the first mention of each
    official carries role and region and the resolver must join short names itself.
    """
    published = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
    out = []
    for index, official in enumerate(doc["officials"]):
        for k, printed in enumerate(official.get("mentions") or [official["name"]]):
            name = parse_name(printed).name
            if not name and not local_refs:
                continue  # a pronoun the extractor did not link
            first = k == 0
            out.append(
                (
                    index,
                    Mention(
                        name=name or official["name"],
                        mention=printed,
                        role=official.get("role") if local_refs or first else None,
                        region=official.get("region") if local_refs or first else None,
                        date=published,
                        article=doc["article"],
                        local_ref=index if local_refs else None,
                    ),
                )
            )
    return out


def clusters(gold_set: str, local_refs: bool = True) -> list[tuple[str, str]]:
    """(gold id, predicted official key) per gold statement, one Resolver run over the set."""
    docs = load(gold_set)
    per_doc = [mentions_of(doc, local_refs) for doc in docs]
    flat = [m for pairs in per_doc for _, m in pairs]
    resolutions = iter(Resolver().resolve_all(flat))
    items = []
    for doc, pairs in zip(docs, per_doc, strict=True):
        first_key: dict[int, str] = {}
        for index, _ in pairs:
            key = next(resolutions).official_key
            first_key.setdefault(index, key)
        by_name = {o["name"]: i for i, o in enumerate(doc["officials"])}
        for statement in doc["statements"]:
            gold = statement.get("official") or f"{doc['article']}:{statement['speaker']}"
            index = by_name.get(statement["speaker"])
            predicted = first_key.get(index, "") if index is not None else ""
            items.append((gold, predicted or f"{doc['article']}:{statement['speaker']}"))
    return items


def main() -> int:
    if not EVAL.is_dir():
        print(f"no gold sets at {EVAL}")
        return 1
    for gold_set in SETS:
        for local_refs in (True, False):
            p, r = bcubed(clusters(gold_set, local_refs))
            mode = "local_ref" if local_refs else "no local_ref"
            print(f"{gold_set:8} {mode:13} B3 P {p:.3f} R {r:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
