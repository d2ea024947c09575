"""A village's and a ward's posts keep their village as region, with the regency or city the
article names beside it (villages of one name lie in many regencies): "Kades X", "Kepala Desa X",
"Ketua BPD X", "Sekdes X", "Lurah X". Invented people; the villages' and regencies' names are
real kinds of place names."""

from __future__ import annotations

import pytest

from quotetrack.extract import extract
from quotetrack.resolve.posts import canonical_post
from quotetrack.text.clean import prepare


def _filed(raw: str) -> list[tuple[str | None, str | None, str | None]]:
    text, meta = prepare(raw)
    statements = extract(text, meta=meta, lang="id").statements
    posts = [canonical_post(s.role, s.region) for s in statements]
    return [
        (s.speaker, p.label if p else None, p.region.name if p and p.region else None)
        for s, p in zip(statements, posts, strict=True)
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the dateline names one regency
        (
            'Jalan desa\n\nGARUT - "Jalan desa kami sudah diaspal," kata Kades Sukaresmi Warsito Hardjo, Senin.',
            [("Warsito Hardjo", "Kepala Desa", "Desa Sukaresmi, Kabupaten Garut")],
        ),
        (
            "Musyawarah desa\n\nGARUT - Ketua BPD Sukaresmi Darsono Wiryo mengatakan,"
            ' "Musyawarah desa digelar pekan depan."',
            [("Darsono Wiryo", "Ketua BPD", "Desa Sukaresmi, Kabupaten Garut")],
        ),
        (
            'Pelayanan KTP\n\nSUMEDANG - Sekdes Mekarwangi Tati Rohayati mengatakan, "Pelayanan KTP dibuka lagi."',
            [("Tati Rohayati", "Sekdes", "Desa Mekarwangi, Kabupaten Sumedang")],
        ),
        # the post prints the village's district and regency between commas
        (
            "Harga gabah\n\nKepala Desa Sukaresmi, Kecamatan Cikalong, Kabupaten Tasikmalaya, Enjang Sukmana"
            ' mengatakan, "Warga kami mayoritas petani."',
            [("Enjang Sukmana", "Kepala Desa", "Desa Sukaresmi, Kabupaten Tasikmalaya")],
        ),
        # the district printed after the village, the regency by the dateline
        (
            'Posyandu\n\nCIANJUR - "Posyandu buka setiap pekan," kata Kepala Desa Mekarwangi Kecamatan Cipanas'
            " Kosasih Wirahadi.",
            [("Kosasih Wirahadi", "Kepala Desa", "Desa Mekarwangi, Kabupaten Cianjur")],
        ),
        # a village of two words, which extraction prints apart from the post
        (
            'Musyawarah desa\n\nMAJALENGKA - "Musdes digelar Kamis," kata Ketua BPD Cibodas Hilir Darsono Wiryo.',
            [("Darsono Wiryo", "Ketua BPD", "Desa Cibodas Hilir, Kabupaten Majalengka")],
        ),
        # no one regency named ("BANDUNG" is a regency's and a city's name): the village alone
        (
            'Banjir\n\nBANDUNG - "Warga sudah dievakuasi," kata Lurah Cipanas Kosasih Wirahadi.',
            [("Kosasih Wirahadi", "Lurah", "Kelurahan Cipanas")],
        ),
    ],
)
def test_a_village_post_keeps_its_village_and_the_regency_named(raw: str, expected: list[tuple[str, str, str]]) -> None:
    assert _filed(raw) == expected


@pytest.mark.parametrize(
    ("role", "region", "label", "area"),
    [
        ("Ketua Badan Permusyawaratan Desa (BPD) Sukaresmi", None, "Ketua BPD", "Desa Sukaresmi"),
        ("Ketua BPD Sukaresmi", None, "Ketua BPD", "Desa Sukaresmi"),
        ("Ketua BPD", "Cibodas Hilir", "Ketua BPD", "Desa Cibodas Hilir"),
        # a province's bank is also "BPD", with directors rather than a chair
        ("Direktur Utama BPD Jateng", None, "Direktur Utama BPD", "Jawa Tengah"),
        ("Lurah Cipanas, Kecamatan Cibeunying, Kota Bandung", None, "Lurah", "Kelurahan Cipanas, Kota Bandung"),
        ("Kepala Desa", "Sukaresmi, Kabupaten Garut", "Kepala Desa", "Desa Sukaresmi, Kabupaten Garut"),
        # "se-" (all of) before a level word: every district's post in the regency
        ("Koordinator Camat se-Kabupaten", "Tasikmalaya", "Koordinator Camat", "Kabupaten Tasikmalaya"),
        ("Ketua Apdesi se-Kabupaten Bandung", None, "Ketua Apdesi", "Kabupaten Bandung"),
    ],
)
def test_village_posts_as_filed(role: str, region: str | None, label: str, area: str) -> None:
    post = canonical_post(role, region)
    assert post is not None
    assert (post.label, post.region.name if post.region else None) == (label, area)
