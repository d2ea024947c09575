"""Bodies whose own name holds a place or a region's level word: a campus named after its town
("Universitas Negeri Jakarta") and an association of every regency ("Asosiasi Pemerintah
Kabupaten Seluruh Indonesia") serve no region; the place stays in the body's name. Invented
rows; the bodies are of kinds every province has."""

from __future__ import annotations

import pytest

from quotetrack.resolve.roles import parse_role


@pytest.mark.parametrize(
    ("printed", "org", "region"),
    [
        ("Sosiolog Universitas Negeri Jakarta", "Universitas Negeri Jakarta", None),
        ("Direktur Politeknik Negeri Bandung", "Politeknik Negeri Bandung", None),
        ("Rektor Universitas Negeri Malang", "Universitas Negeri Malang", None),
        (
            "Sekretaris Jenderal Asosiasi Pemerintah Kabupaten Seluruh Indonesia",
            "Asosiasi Pemerintah Kabupaten Seluruh Indonesia",
            None,
        ),
        ("Ketua Asosiasi Pemerintah Kota Seluruh Indonesia", "Asosiasi Pemerintah Kota Seluruh Indonesia", None),
        (
            "Sekretaris Jenderal Asosiasi Pemerintah Kabupaten se-Indonesia (Apkasi)",
            "Asosiasi Pemerintah Kabupaten se-Indonesia",
            None,
        ),
        # the association's branch in a regency serves that regency
        (
            "Ketua Asosiasi Pemerintah Desa Seluruh Indonesia (Apdesi) Kabupaten Mekarsari",
            "Asosiasi Pemerintah Desa Seluruh Indonesia",
            "Kabupaten Mekarsari",
        ),
        # a court's and a prosecutor's office's town is their jurisdiction
        ("Ketua Pengadilan Negeri Jakarta Selatan", "Pengadilan Negeri", "Kota Administrasi Jakarta Selatan"),
        ("Kepala Bagian Humas Pemerintah Kabupaten Garut", "Humas Pemerintah Kabupaten", "Kabupaten Garut"),
    ],
)
def test_a_body_named_after_a_place_serves_no_region(printed: str, org: str, region: str | None) -> None:
    role = parse_role(printed)
    assert role is not None
    assert (role.org, role.region_name) == (org, region)
