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
        ("Bupati Klaten Sri Rahayuni melalui keterangan tertulis, Rabu,", ("Sri Rahayuni", "Bupati")),
        (
            "Gubernur Sulawesi Selatan Andi Mappasessu Sulolipu dalam keterangan tertulisnya, Jumat,",
            ("Andi Mappasessu Sulolipu", "Gubernur"),
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


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # "Mengacu pada laporan/data/surat <owner>, <post> <name>": the document's owner ends at the
        # comma; the clause after it is the speaker's
        ("Mengacu pada data Dinas Sosial, Kepala Desa Slamet Riyadi", ("Slamet Riyadi", "Kepala Desa")),
        ("Mengacu pada hasil rapat Forkopimda, Bupati Pati Henggar Budi Anggoro", ("Henggar Budi Anggoro", "Bupati")),
        (
            "Mengacu pada laporan Bupati Sleman Wartini, Kapolres AKBP Yuswanto Adi",
            ("Yuswanto Adi", "Kapolres"),
        ),
        (
            "Mengacu pada surat Gubernur Jawa Tengah, Kepala Dinas Pendidikan Rudi Hartono",
            ("Rudi Hartono", "Kepala Dinas Pendidikan"),
        ),
    ],
)
def test_a_document_s_owner_before_the_comma_is_not_the_speaker(lede: str, expected: tuple[str, str]) -> None:
    text = f"Kabar Daerah\n\n{lede} mengatakan bantuan sudah disalurkan kepada seratus keluarga di desa itu.\n"
    assert who(text, "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # "Eksekutif" and "Utama" end a post ("Direktur Eksekutif", "Direktur Utama", "Jaksa Utama"):
        # never the name's first word
        ("Direktur Utama Bhima Santosa", ("Bhima Santosa", "Direktur Utama")),
        ("Wakil Direktur Eksekutif Rina Kartika", ("Rina Kartika", "Wakil Direktur Eksekutif")),
        ("Jaksa Utama Hendra Gunawan", ("Hendra Gunawan", "Jaksa Utama")),
        ("Ketua Dewan Eksekutif Agus Salimi", ("Agus Salimi", "Ketua Dewan Eksekutif")),
        ("Direktur Eksekutif Herman Kadiri", ("Herman Kadiri", "Direktur Eksekutif")),
        # (after such a post, a word the given names do not know before one they know is the body's)
        ("Direktur Utama Transkota Agus Himawan", ("Agus Himawan", "Direktur Utama Transkota")),
    ],
)
def test_executive_and_principal_end_the_post(lede: str, expected: tuple[str, str]) -> None:
    text = f"Kabar Nasional\n\n{lede} mengatakan lembaganya akan menyampaikan laporan tahunan bulan depan.\n"
    assert who(text, "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a hospital named after a doctor ("RSUP Dr Sardjito", "RSUD Dr M Djamil"): the doctor's
        # name is the hospital's, the person's name comes after it
        ("Direktur RSUP Dr Sardjana Eniarti Pramesti", ("Eniarti Pramesti", "Direktur RSUP Sardjana")),
        ("Direktur RSUD Dr Moewarso Cahyono Hadi", ("Cahyono Hadi", "Direktur RSUD Moewarso")),
        ("Direktur RSUP Dr M Djamal Yusirwan Yusufi", ("Yusirwan Yusufi", "Direktur RSUP M Djamal")),
    ],
)
def test_a_hospital_s_eponym_is_not_the_director_s_name(lede: str, expected: tuple[str, str]) -> None:
    text = f"Kabar Daerah\n\n{lede} mengatakan ruang perawatan anak sudah ditambah sejak bulan lalu.\n"
    assert who(text, "id") == [expected]
