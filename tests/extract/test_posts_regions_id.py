"""In what post and region a speaker of an invented Indonesian article is filed, from the
article's own words: a police unit's area, a region's government, a body named with its town, a
commissioner, a body's fields listed without a comma before "dan"."""

from __future__ import annotations

import pytest

from quotetrack.extract import extract
from quotetrack.resolve.posts import canonical_post
from quotetrack.text.clean import prepare


def _post_and_region(text: str) -> tuple[str | None, str | None, str | None]:
    statements = extract(prepare(text)[0], lang="id").statements
    assert statements, "no statement found"
    first = statements[0]
    post = canonical_post(first.role, first.region)
    return first.speaker, post.label if post else None, post.region.name if post and post.region else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Kasi Humas Polres Bogor Iptu Rukmana Tirtawinata mengatakan, "Tidak ada korban jiwa."',
            ("Rukmana Tirtawinata", "Kasi Humas Polres", "Kabupaten Bogor"),
        ),
        (
            'Kanit Reskrim Polsek Cibinong Ipda Purwadi Widjanarko mengatakan, "Saksi sudah kami periksa."',
            ("Purwadi Widjanarko", "Kanit Reskrim Polsek", "Kecamatan Cibinong"),
        ),
        (
            'Sekda Pemkab Cirebon Sulaksono Kusnadi mengatakan, "Gudang logistik sudah siap."',
            ("Sulaksono Kusnadi", "Sekretaris Daerah", "Kabupaten Cirebon"),
        ),
        (
            'Rektor UIN Sultan Syarif Kasim Riau Prayogo Rukmana mengatakan, "Kuota jalur mandiri ditambah."',
            ("Prayogo Rukmana", "Rektor UIN Sultan Syarif Kasim Riau", None),
        ),
        (
            'Komisioner KPU Kabupaten Sukabumi Widjanarko Purwadi mengatakan, "Surat suara sudah dilipat."',
            ("Widjanarko Purwadi", "Komisioner KPU", "Kabupaten Sukabumi"),
        ),
        (
            "Kepala Biro Hukum, Organisasi dan Tata Laksana Kementerian Sosial Kusnadi Sulaksono mengatakan,"
            ' "Regulasi sedang disusun."',
            ("Kusnadi Sulaksono", "Kepala Biro Hukum, Organisasi dan Tata Laksana Kementerian Sosial", None),
        ),
    ],
)
def test_post_and_region_from_the_article(text: str, expected: tuple[str, str, str | None]) -> None:
    assert _post_and_region(text) == expected
