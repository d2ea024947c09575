"""One table of places for extraction and resolution (quotetrack/text/places.py): a spelling two
rows of the variants list give the same regency names that regency once, not two."""

from __future__ import annotations

import pytest

from quotetrack.resolve.regions import normalize_region


@pytest.mark.parametrize(
    ("printed", "hint", "region"),
    [
        ("Tolitoli", "kabupaten", "Kabupaten Toli-Toli"),
        ("Tanjabbar", "kabupaten", "Kabupaten Tanjung Jabung Barat"),
        ("Batola", None, "Kabupaten Barito Kuala"),
    ],
)
def test_a_short_form_listed_twice_names_one_region(printed: str, hint: str | None, region: str) -> None:
    found = normalize_region(printed, hint)
    assert found is not None and found.name == region
