"""English post readings, seventh round: a party's leader or whip "in" a chamber keeps the
chamber with its link ("Republican leader in the state Senate" was filed as "Leader Senate"), and
a central bank's governor printed in lower case keeps the bank ("Governor" alone before)."""

from __future__ import annotations

import pytest

from quotetrack.resolve.posts import canonical_post


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("Republican leader in the state Senate", "Republican Leader in the state Senate"),
        ("Democratic leader in the House", "Democratic Leader in the House"),
        ("minority leader in the state Assembly", "Minority Leader in the state Assembly"),
        ("Labor leader in the Senate", "Labor Leader in the Senate"),
        ("whip in the House", "Whip in the House"),
        # (the chamber's name first reads as before)
        ("Senate Republican leader", "Senate Republican Leader"),
    ],
)
def test_a_leader_in_a_chamber(printed: str, label: str) -> None:
    post = canonical_post(printed, None)
    assert post is not None
    assert post.label == label


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("central bank governor", "Central Bank Governor"),
        ("the central bank governor", "Central Bank Governor"),
        ("Bank Indonesia Governor", "Bank Indonesia Governor"),
    ],
)
def test_a_bank_s_governor(printed: str, label: str) -> None:
    post = canonical_post(printed, None)
    assert post is not None
    assert post.label == label


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("Head of the National Disaster Mitigation Agency (BNPB)", "Head of BNPB"),
        ("spokesperson of the Corruption Eradication Commission (KPK)", "Spokesperson of KPK"),
        # (the short form after a body named first reads as before)
        ("Corruption Eradication Commission (KPK) chairman", "KPK Chairman"),
    ],
)
def test_a_body_s_short_form_after_its_long_name(printed: str, label: str) -> None:
    post = canonical_post(printed, None)
    assert post is not None
    assert post.label == label
