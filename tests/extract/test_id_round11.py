"""Indonesian speakers the rules were not fitted to, eleventh round: two people of one given name
in one article, introduced with different posts ("Kepala Desa X, Budi" and "Pj Bupati Y Budi
Hartono"), stay two people, each with their own post, and a bare "kata Budi" goes to the one
introduced last; a group of residents placed by their village and district ("Warga Desa X,
Kecamatan Poto Tano, mengeluhkan ...") names no one, so no place's last word becomes a speaker.
Every row is a small invented article (invented people and bodies, real places)."""

from __future__ import annotations

import pytest

from tests.extract.ingested import statements


def _said(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker, post) of each statement of an invented Indonesian article."""
    return [(s.speaker, s.role) for s in statements(text, "id")]


def _article(*paragraphs: str) -> str:
    body = "\n\n".join(paragraphs)
    return f"Kabar Daerah\n\nTALIWANG, Warta Kita - {body}\n"


_VILLAGE_HEAD = ("Wiryokusumo", "Kepala Desa")
_REGENT = ("Wiryokusumo Talaohu", "Pj Bupati")


def test_a_village_head_and_a_regent_of_one_given_name_are_two_people() -> None:
    text = _article(
        "Kepala Desa Senayan, Wiryokusumo, mengatakan jalan desa rusak sejak awal tahun.",
        '"Kalau hujan, jalan ini tidak bisa dilewati motor," katanya.',
        "Wiryokusumo menambahkan, warga sudah tiga kali mengajukan usulan perbaikan.",
        "Sementara itu, Pj Bupati Sumbawa Barat Wiryokusumo Talaohu memastikan perbaikan masuk anggaran tahun depan.",
        '"Kami sudah minta dinas teknis menghitung biayanya," ujar Pj Bupati.',
        "Dirinya mengaku sudah meninjau lokasi itu pekan lalu.",
        '"Jalan itu prioritas," kata Wiryokusumo.',
    )
    assert _said(text) == [_VILLAGE_HEAD] * 3 + [_REGENT] * 4


def test_a_school_head_named_by_a_first_word_after_the_education_head_is_another_person() -> None:
    text = _article(
        "Kepala Dinas Pendidikan Sumbawa Barat, Puspitarini Manuhutu, mengatakan dua belas sekolah"
        " akan direhabilitasi tahun ini.",
        "Sementara itu, Kepala Sekolah SDN 2 Taliwang, Puspitarini, mengaku ruang kelasnya bocor"
        " sejak tiga tahun lalu.",
        '"Murid terpaksa belajar di teras," ujarnya.',
        "Puspitarini Manuhutu menambahkan, perbaikan rampung sebelum tahun ajaran baru.",
    )
    said = _said(text)
    full, short = "Puspitarini Manuhutu", "Puspitarini"
    assert [speaker for speaker, _ in said] == [full, short, short, full]
    assert said[1][1] == said[2][1] == "Kepala Sekolah SDN 2 Taliwang"
    assert said[3][1] == "Kepala Dinas Pendidikan"


def test_a_farmer_of_a_clipped_form_of_an_official_s_name_is_a_farmer() -> None:
    text = _article(
        "Kepala Dinas Pertanian Sumbawa Barat, Kartodiharjo Sapulette, mengatakan kuota pupuk sudah dinaikkan.",
        "Seorang petani, Kartodi (58), mengaku sudah dua minggu mencari pupuk.",
        '"Sawah saya sudah menguning sebagian," ujarnya.',
    )
    assert [speaker for speaker, _ in _said(text)] == ["Kartodiharjo Sapulette", "Kartodi", "Kartodi"]


@pytest.mark.parametrize(
    ("official", "resident"),
    [
        # (no trade's word, but the age after the name: a member of the public)
        (
            "Kepala Dinas Perhubungan Sumbawa Barat, Wiratmoko Sahetapy, mengatakan dermaga rusak akibat gelombang.",
            "Nakhoda kapal penyeberangan, Wiratmoko (46), mengaku kapalnya sulit bersandar.",
        ),
        # ("Seorang" before words that name no office)
        (
            "Kepala Unit Donor Darah PMI Sumbawa, Larasdewi Tomasoa, mengatakan stok darah menipis.",
            "Seorang pendonor, Larasdewi, mengaku rutin mendonor tiga bulan sekali.",
        ),
    ],
)
def test_a_member_of_the_public_named_like_an_official_is_another_person(official: str, resident: str) -> None:
    said = _said(_article(official, resident))
    assert len(said) == 2 and said[1][0] == said[0][0].split()[0]
    assert said[1][1] != said[0][1]


def test_one_post_printed_twice_is_still_one_person() -> None:
    text = _article(
        "Bupati Sumbawa Barat, Gondosasmito, mengatakan pasar baru diresmikan bulan depan.",
        "Bupati Gondosasmito Rahanyamtel menambahkan, pedagang tidak dipungut sewa tahun ini.",
        '"Pasar ini milik warga," kata Gondosasmito.',
    )
    assert {speaker for speaker, _ in _said(text)} == {"Gondosasmito Rahanyamtel"}


@pytest.mark.parametrize(
    "opening",
    [
        "Warga Desa Tarusa, Kecamatan Poto Tano, mengeluhkan kondisi jalan yang berlubang.",
        "Para petani di Kecamatan Moyo Hilir mengeluhkan langkanya pupuk bersubsidi.",
        "Warga Dusun Lenang, Desa Labuhan Badas, menolak rencana tambang pasir di sungai mereka.",
        "Sejumlah warga di Desa Pukat, Kecamatan Utan, Kabupaten Sumbawa, mengeluhkan sulitnya air bersih.",
        "Warga di sekitar Pasar Seketeng, Kecamatan Sumbawa, mengeluhkan bau sampah yang menumpuk.",
        # (a group's noun of several words)
        "Sejumlah ibu rumah tangga di Kelurahan Bugis, Kecamatan Taliwang Hulu, mengeluhkan air yang keruh.",
    ],
)
def test_a_group_placed_by_its_village_and_district_names_no_one(opening: str) -> None:
    text = _article(
        opening, "Camat Poto Tano, Sakurawati Tamaela, mengatakan laporan warga sudah diteruskan ke dinas terkait."
    )
    assert _said(text) == [(None, None), ("Sakurawati Tamaela", "Camat Poto Tano")]


def test_a_resident_named_after_the_place_s_comma_still_speaks() -> None:
    text = _article("Warga Desa Tarusa, Kecamatan Poto Tano, Sakurawati (40), mengeluhkan jalan yang berlubang.")
    assert [speaker for speaker, _ in _said(text)] == ["Sakurawati"]


@pytest.mark.parametrize(
    "opening",
    [
        "Warga Desa Sukamaju Ujang Sarwono mengatakan harga beras belum juga turun di pasar desa.",
        "Warga Kelurahan Cigadung Budi Pamilih mengatakan harga beras belum juga turun di pasar desa.",
    ],
)
def test_a_resident_whose_given_name_follows_the_place_without_a_comma_still_speaks(opening: str) -> None:
    """With no comma the place ends where a given name opens the resident's name."""
    assert [speaker for speaker, _ in _said(_article(opening))] == [opening.split()[3] + " " + opening.split()[4]]


def test_a_resident_placed_by_village_and_district_is_described_by_both() -> None:
    text = _article(
        "Warga Desa Lompo, Kecamatan Ulaweng, Sitiwangi (50), mengaku lega tanahnya kini bersertifikat"
        " setelah menunggu lama."
    )
    assert _said(text) == [("Sitiwangi", "warga Desa Lompo, Kecamatan Ulaweng")]
