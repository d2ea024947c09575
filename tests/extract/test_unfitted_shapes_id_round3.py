"""Indonesian speakers the rules were not fitted to, third round: the day alone after how the
speaker spoke. Every row is a small invented article (invented people, bodies, places)."""

from __future__ import annotations

import pytest

from tests.extract.ingested import who


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # "X dalam konferensi pers, Senin, mengatakan": the day alone, after the occasion, is no
        # part of the subject (with its date in brackets it was already read so)
        ("Kapolres Sukabumi AKBP Dedi Kurniawan dalam konferensi pers, Senin,", ("Dedi Kurniawan", "Kapolres")),
        ("Bupati Klaten Sri Mulyani melalui keterangan tertulis, Rabu,", ("Sri Mulyani", "Bupati")),
        (
            "Gubernur Sulawesi Selatan Andi Sudirman Sulaiman dalam keterangan tertulisnya, Jumat,",
            ("Andi Sudirman Sulaiman", "Gubernur"),
        ),
        ("Sekretaris Daerah Kota Solo Budi Murtono dalam jumpa pers, Sabtu,", ("Budi Murtono", "Sekretaris Daerah")),
        (
            "Direktur Utama PDAM Kota Medan Kabir Bedi dalam rapat dengar pendapat, Selasa,",
            ("Kabir Bedi", "Direktur Utama PDAM"),
        ),
        ("Wakil Wali Kota Padang Ekos Albar melalui keterangan persnya, Senin,", ("Ekos Albar", "Wakil Wali Kota")),
    ],
)
def test_the_day_after_the_occasion_is_no_part_of_the_subject(lede: str, expected: tuple[str, str]) -> None:
    text = f"Kabar Daerah\n\n{lede} mengatakan pihaknya masih menyiapkan bantuan bagi warga yang terdampak.\n"
    assert who(text, "id") == [expected]
