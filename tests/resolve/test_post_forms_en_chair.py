"""A post printed "chair" keeps that word: English copy says "chair" of a man or a woman alike, and
filing it as "Chairman" printed a word the article never used (the probes' gold counts it wrong)."""

from __future__ import annotations

import pytest

from quotetrack.resolve.posts import canonical_post


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("Chair", "Chair"),
        ("Co-chair", "Co-chair"),
        ("Chairman", "Chairman"),
        ("Chairwoman", "Chairwoman"),
    ],
)
def test_chair_as_printed(printed: str, label: str) -> None:
    post = canonical_post(printed, None)
    assert post is not None
    assert post.label == label
