"""A relative clause between an Indonesian speaker and the speech verb says what the person did
("yang juga hadir di Gedung Y", "yang berkunjung ke Desa X, Kecamatan Y,"): the name before it
is the speaker, never a capitalised place at the clause's end. Every row is a small invented
article (invented people and places)."""

from __future__ import annotations

import pytest

from tests.extract.ingested import placed


def _article(sentence: str) -> str:
    return f"Kabar Daerah\n\n{sentence}\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Wakil Ketua Komisi II DPR Rudi Hartawan yang juga hadir di Gedung Pakuan berharap pemerintah"
            " daerah segera menyalurkan bantuan.",
            ("Rudi Hartawan", "Wakil Ketua Komisi II DPR"),
        ),
        (
            "Gubernur Jawa Tengah Agus Prasetyo yang turut hadir di Gedung Gradhika mengatakan proyek itu"
            " dimulai tahun depan.",
            ("Agus Prasetyo", "Gubernur"),
        ),
        (
            "Menteri Sosial Sri Rahayu yang berkunjung ke Desa Sukamaju, Kecamatan Cibeber, mengatakan bantuan"
            " segera cair.",
            ("Sri Rahayu", "Menteri Sosial"),
        ),
        # "yang juga" before a second post is still the post's link
        (
            "Rudi Hartawan yang juga Ketua DPD Partai Maju Jawa Barat mengatakan seluruh kader partai siap"
            " membantu warga yang terdampak banjir.",
            ("Rudi Hartawan", "Ketua DPD Partai Maju"),
        ),
        (
            "Rudi Hartawan yang juga menjabat sebagai Ketua DPD Partai Maju Jawa Barat mengatakan seluruh"
            " kader partai siap membantu warga yang terdampak banjir.",
            ("Rudi Hartawan", "Ketua DPD Partai Maju"),
        ),
    ],
)
def test_the_name_before_the_clause_is_the_speaker(sentence: str, expected: tuple[str, str]) -> None:
    found = placed(_article(sentence), "id")
    assert len(found) == 1, found
    speaker, role, _ = found[0]
    assert speaker == expected[0] and (role or "").startswith(expected[1]), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Rudi Hartawan selaku Ketua Tim Pemenangan Paslon Budi-Andi mengatakan timnya siap menerima hasil"
            " penghitungan suara.",
            ("Rudi Hartawan", "Ketua Tim Pemenangan Paslon Budi-Andi"),
        ),
        (
            "Rudi Hartawan selaku Ketua Tim Pemenangan Paslon Budi Santoso-Andi Wijaya mengatakan timnya siap"
            " menerima hasil penghitungan suara.",
            ("Rudi Hartawan", "Ketua Tim Pemenangan Paslon Budi Santoso-Andi Wijaya"),
        ),
        # the post after "selaku" read as before
        (
            "Budi Santoso selaku Kepala Dinas Kesehatan Kabupaten Garut mengatakan stok vaksin masih cukup untuk"
            " dua bulan.",
            ("Budi Santoso", "Kepala Dinas Kesehatan"),
        ),
    ],
)
def test_the_name_before_selaku_is_the_speaker(sentence: str, expected: tuple[str, str]) -> None:
    found = placed(_article(sentence), "id")
    assert len(found) == 1, found
    speaker, role, _ = found[0]
    assert speaker == expected[0] and (role or "").startswith(expected[1]), found


@pytest.mark.parametrize("opening", ["Alhasil", "Walhasil", "Ironisnya", "Singkatnya"])
def test_a_sentence_adverb_is_no_part_of_the_name(opening: str) -> None:
    text = (
        "Kabar Daerah\n\nBupati Sukamaju Rudi Hartawan meninjau jalan yang rusak parah di Desa Cibeureum.\n\n"
        f"{opening} Rudi mengatakan perbaikan jalan akan dimulai bulan depan dengan dana darurat.\n"
    )
    assert [speaker for speaker, _, _ in placed(text, "id")] == ["Rudi Hartawan"]
