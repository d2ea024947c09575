"""English post readings, sixth round: "Cllr", a councillor's title as British local papers
print it, and a party's or a union's branch for a place ("the Cendanasari chapter of the Golkar
Party"), which names the body and not only the place."""

from __future__ import annotations

import pytest

from quotetrack.resolve.posts import canonical_post

_GOLKAR_CHAPTER = "Chairman of the Cendanasari chapter of the Golkar Party"


def _label(printed: str) -> str:
    post = canonical_post(printed, None)
    assert post is not None, printed
    return post.label


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("Cllr", "Councillor"),
        ("chairman of the Cendanasari chapter of the Golkar Party", _GOLKAR_CHAPTER),
        ("head of the Sukamaju branch of the Democratic Party", "Head of the Sukamaju branch of the Democratic Party"),
    ],
)
def test_post_label(printed: str, label: str) -> None:
    assert _label(printed) == label
