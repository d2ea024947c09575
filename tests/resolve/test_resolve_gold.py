"""Official clusters on the shared gold sets must meet the issue's B-cubed targets."""

from __future__ import annotations

import pytest
from resolve_gold_clusters import EVAL, bcubed, clusters

pytestmark = pytest.mark.skipif(not EVAL.is_dir(), reason="../shared/eval is absent")


@pytest.mark.parametrize("local_refs", [True, False], ids=["local_ref", "no_local_ref"])
@pytest.mark.parametrize(
    ("gold_set", "min_p", "min_r"), [("id-dev", 0.98, 0.95), ("en-dev", 0.98, 0.95), ("seed", 0.98, 0.95)]
)
def test_official_clusters(gold_set, min_p, min_r, local_refs):
    precision, recall = bcubed(clusters(gold_set, local_refs))
    assert precision >= min_p
    assert recall >= min_r


def test_bcubed_matches_the_scorer_definition():
    assert bcubed([("a", "1"), ("a", "1"), ("b", "2")]) == (1.0, 1.0)
    p, r = bcubed([("a", "1"), ("a", "2")])
    assert (p, r) == (1.0, 0.5)
    p, r = bcubed([("a", "1"), ("b", "1")])
    assert (p, r) == (0.5, 1.0)
