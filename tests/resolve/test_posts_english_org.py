"""English posts name their body's part in lower case after its capitalised name."""

import pytest

from quotetrack.resolve.posts import canonical_post


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("chairman of the Commons public accounts committee", "Chairman of the Commons public accounts committee"),
        ("spokeswoman for Trump hotels", "Spokesperson for Trump hotels"),
        (
            "Direktur Eksekutif Center of Reform on Economics Indonesia",
            "Direktur Eksekutif Center of Reform on Economics Indonesia",
        ),
        # a clause or a place of work after the post is no part of it
        ("Home Secretary had time", "Home Secretary"),
        ("Head of Investment Research at PT Infovesta Utama", "Head of Investment Research"),
    ],
)
def test_the_body_s_lower_case_part_stays_in_the_label(printed: str, label: str) -> None:
    post = canonical_post(printed, None)
    assert post is not None and post.label == label
