"""Measure extraction and topic quality on the annotated sets, and write the figures the /about
page shows (quotetrack/web/data/quality.json), so that no figure there is typed by hand.

usage: python bench/bench_quality.py [--sets seed id-dev en-dev pfsa-dev] [--output FILE]
Needs ../shared/eval beside the checkout (the team's gold files and scorer).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from quotetrack.pipeline import extract_files
from quotetrack.topics.evaluate import load_labelled, score_topics

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
OUTPUT = REPO / "quotetrack" / "web" / "data" / "quality.json"
LABELS = REPO / "tests" / "data" / "topics_id_dev.json"
FIGURE = re.compile(r"(attributed F1|attributed R|name exact|role precision|recall|F1|R|P|speaker|kind|date) ([0-9.]+)")


def score_set(name: str) -> dict[str, object]:
    gold_dir = EVAL / name
    golds = sorted(gold_dir.glob("*.gold.json"))
    articles = [str(g.with_name(g.name.replace(".gold.json", ".txt"))) for g in golds]
    with tempfile.TemporaryDirectory() as tmp:
        predictions = Path(tmp) / "predictions.jsonl"
        with predictions.open("w", encoding="utf-8") as out:
            for row in extract_files(articles, max_bytes=10_000_000):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        result = subprocess.run(
            [sys.executable, str(EVAL / "score.py"), str(gold_dir), str(predictions)],
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        )
    last = result.stdout.strip().splitlines()[-1]
    figures = {
        ("role recall" if key == "recall" else key): float(value)
        for key, value in FIGURE.findall(last.split("| official")[0])
    }
    statements = sum(len(json.loads(g.read_text(encoding="utf-8"))["statements"]) for g in golds)
    exhaustive = all(json.loads(g.read_text(encoding="utf-8")).get("exhaustive", True) for g in golds)
    return {
        "articles": len(golds),
        "gold_statements": statements,
        "exhaustive": exhaustive,
        "figures": figures,
        "scorer_line": last,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=["seed", "id-dev", "en-dev", "pfsa-dev"])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    if not (EVAL / "score.py").is_file():
        raise SystemExit(f"no scorer at {EVAL}: the annotated sets live in ../shared/eval")
    sets = {}
    for name in args.sets:
        sets[name] = score_set(name)
        print(f"{name}: {sets[name]['scorer_line']}")
    topics = score_topics(load_labelled(LABELS, EVAL / "id-dev"))
    precision, recall, f1 = topics.micro()
    print(
        f"topics (id-dev, {topics.statements} hand-labelled statements): P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
    )
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout
    doc = {
        "_comment": "Written by bench/bench_quality.py; do not edit by hand. Shown on /about.",
        "measured_on": dt.date.today().isoformat(),
        "commit": commit.strip(),
        "sets": sets,
        "topics": {
            "set": "id-dev",
            "statements": topics.statements,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
        },
    }
    args.output.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"written: {args.output}")


if __name__ == "__main__":
    main()
