"""English post readings, fifth round: a body printed in lower case after its head, a portfolio
in lower case whose words Indonesian shares, a regency's name that is also a short post, and a
country printed as an adjective before the post or after it with "of"."""

from __future__ import annotations

import pytest

from quotetrack.resolve.posts import canonical_post


def _filed(printed: str) -> tuple[str, str | None]:
    post = canonical_post(printed, None)
    assert post is not None, printed
    return post.label, post.region.name if post.region else None


@pytest.mark.parametrize(
    ("printed", "label", "region"),
    [
        ("the head of the regional planning agency", "Head of the regional planning agency", None),
        ("head of the regional disaster management agency", "Head of the regional disaster management agency", None),
        ("chairman of the parliamentary budget committee", "Chairman of the parliamentary budget committee", None),
        ("the energy and mineral resources minister", "Energy and Mineral Resources Minister", None),
        ("the law and human rights minister", "Law and Human Rights Minister", None),
        ("Karo Regent", "Regent", "Kabupaten Karo"),
        # (the short post itself, before the body it heads, stays the post)
        ("Karo Humas Polda Sumut", "Kepala Biro Humas Polda", "Sumatera Utara"),
        ("Indonesian Ambassador to Japan", "Ambassador to Japan", None),
        # the field a House commission oversees is no part of its name
        ("member of House Commission IX overseeing health", "Member of House Commission IX", None),
        # "regional" is a portfolio word though Indonesian holds it too
        (
            "Home Affairs Ministry regional autonomy director general",
            "Home Affairs Ministry Regional Autonomy Director General",
            None,
        ),
        ("the regional head", "Regional Head", None),
    ],
)
def test_english_post_readings(printed: str, label: str, region: str | None) -> None:
    assert _filed(printed) == (label, region)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Australian Prime Minister", "Prime Minister of Australia"),
        ("Philippine President", "President of the Philippines"),
        ("South Korean President", "President of South Korea"),
        ("Indonesian President", "President of Indonesia"),
        ("Indonesian President", "President"),
        # a body's initials in brackets between its long name and the post stand for the name
        ("Corruption Eradication Commission (KPK) chairman", "KPK chairman"),
        ("Indonesian Military (TNI) commander", "TNI commander"),
    ],
)
def test_a_country_either_way_round_is_one_post(one: str, other: str) -> None:
    assert _filed(one) == _filed(other)


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        # a country the post is held in, not the post's own country, stays as printed
        ("Ambassador to Japan", "Ambassador to Japan"),
        # the noun alone says nothing of which body
        ("head of the agency", "Head of the agency"),
    ],
)
def test_what_stays_as_printed(printed: str, label: str) -> None:
    assert _filed(printed)[0] == label


@pytest.mark.parametrize("printed", ["Senior Commissioner", "Adjunct Senior Commissioner", "Adjunct Commissioner"])
def test_a_police_rank_spelt_out_is_no_post(printed: str) -> None:
    assert canonical_post(printed, None) is None
