"""English post readings, sixth round: "Cllr", a councillor's title as British local papers
print it, and a party's or a union's branch for a place ("the Cendanasari chapter of the Golkar
Party"), which names the body and not only the place, and a seat in the Regional Representative
Council (the DPD)."""

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
        # the DPD's English name holds "Representative", which is no post of its own there
        ("Regional Representative Council member", "Member of the Regional Representative Council"),
        ("member of the Regional Representative Council", "Member of the Regional Representative Council"),
    ],
)
def test_post_label(printed: str, label: str) -> None:
    assert _label(printed) == label
