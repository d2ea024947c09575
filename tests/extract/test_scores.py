"""Keep the figures from sliding back: score the extractor on the development gold sets
with the team's scorer and fail below the floors reached (skipped without ../shared)."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quotetrack.extract.__main__ import rows

EVAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval"

# Floors a little under the figures reached when this test was last tightened
# (seed 1.000 attributed; id-dev F1 0.961, attributed 0.885, date 0.515; en-dev F1 0.935, attributed 0.849;
# pfsa-dev recall 0.998, speaker 0.918).
FLOORS = {
    "seed": {"F1": 0.95, "attributed F1": 0.95, "speaker": 0.95},
    "id-dev": {"F1": 0.94, "attributed F1": 0.86, "kind": 0.95, "date": 0.50},
    "en-dev": {"F1": 0.91, "attributed F1": 0.82},
    "pfsa-dev": {"R": 0.97, "speaker": 0.90},
}
FIGURE = re.compile(r"(attributed F1|attributed R|F1|R|P|speaker|kind|date) ([0-9.]+)")


@pytest.mark.skipif(not (EVAL / "score.py").is_file(), reason="../shared/eval is not here")
@pytest.mark.parametrize("gold_set", sorted(FLOORS))
def test_scores_stay_above_floor(gold_set, tmp_path):
    gold_dir = EVAL / gold_set
    predictions = tmp_path / "predictions.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        for gold in sorted(gold_dir.glob("*.gold.json")):
            for row in rows(gold.with_name(gold.name.replace(".gold.json", ".txt"))):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    result = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), str(gold_dir), str(predictions)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    last = result.stdout.strip().splitlines()[-1]
    figures = dict(FIGURE.findall(last.split("| official")[0]))
    for name, floor in FLOORS[gold_set].items():
        assert float(figures[name]) >= floor, f"{gold_set}: {name} {figures[name]} < {floor}\n{last}"
