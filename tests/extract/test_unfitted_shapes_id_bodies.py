"""Indonesian speakers printed after a body, a title or a noble's name the rules were not fitted
to: who said it. Every row is a small invented article (invented people, bodies and places)."""

from __future__ import annotations

import pytest

from quotetrack.resolve.regions import normalize_region
from tests.extract.ingested import placed, who


def _speakers(text: str) -> list[str | None]:
    return [name for name, _ in who(text, "id")]


@pytest.mark.parametrize(
    ("lede", "name"),
    [
        # a university, a port, an airport, a court, a park: named by a place or a hero, one word
        # or two, then the person
        ("Pengamat politik Universitas Cendrawasih Suko Pramono", "Suko Pramono"),
        ("Dosen Universitas Sam Ratulangi Agus Tony Mamahit", "Agus Tony Mamahit"),
        ("Kepala Pelabuhan Tanjung Priok Wahyu Widodo", "Wahyu Widodo"),
        ("Ketua Pengadilan Negeri Tanjung Karang Lingga Saputra", "Lingga Saputra"),
        ("Manajer Pelabuhan Merak Rudi Sunandar", "Rudi Sunandar"),
        ("Kepala Bandara Sultan Babullah Dwi Ananda", "Dwi Ananda"),
        ("Kepala Taman Nasional Gunung Rinjani Subhan", "Subhan"),
        ("Kepala Lapas Nusa Lembongan Rahmat Hidayat", "Rahmat Hidayat"),
    ],
)
def test_a_body_named_by_a_place_or_a_hero_is_not_part_of_the_name(lede: str, name: str) -> None:
    text = f"Kabar Daerah\n\n{lede} mengatakan layanan kepada masyarakat tetap berjalan normal pekan ini.\n"
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    ("lede", "name"),
    [
        # Balinese nobles' titles open names of five words or six
        ("Wakil Bupati Gianyar Ida Bagus Rai Wiranata Putra", "Ida Bagus Rai Wiranata Putra"),
        ("Ketua DPRD Bangli Anak Agung Ngurah Gede Suardana", "Anak Agung Ngurah Gede Suardana"),
        ("Ketua Paguyuban Seniman Bali Cokorda Oka Artha Mahendra Putra", "Cokorda Oka Artha Mahendra Putra"),
        # a Batak woman's "br" (boru) before her clan: inside the name
        ("Anggota DPRD Kabupaten Karo Sri Ulina br Tarigan", "Sri Ulina br Tarigan"),
        ("Camat Pangururan Juliana br Sinaga", "Juliana br Sinaga"),
        # the Arabic article joined to a name's word: one name, not a ticket of two
        ("Pimpinan Majelis Taklim Nurul Huda Habib Umar Al-Jufri", "Umar Al-Jufri"),
        ("Pengasuh Pondok Pesantren Darussalam Habib Hasan bin Ahmad As-Segaf", "Hasan bin Ahmad As-Segaf"),
    ],
)
def test_a_noble_s_title_or_an_arabic_article_keeps_the_whole_name(lede: str, name: str) -> None:
    text = f"Kabar Daerah\n\n{lede} mengatakan kegiatan itu akan digelar setiap tahun di daerah tersebut.\n"
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    ("lede", "post"),
    [
        # a word that opens places' names ("Tanjung", "Labuhan") and what follows it: one place
        ("Kapolsek Tanjung Karang Barat Kompol Hendra Saputra", ("Kapolsek", "Tanjung Karang Barat")),
        ("Lurah Tanjung Mas, Hendra Saputra,", ("Lurah Tanjung Mas", None)),
        ("Camat Labuhan Haji Hendra Saputra", ("Camat Labuhan Haji", None)),
    ],
)
def test_a_local_place_opened_by_a_place_word_is_whole(lede: str, post: tuple[str, str | None]) -> None:
    text = f"Kabar Daerah\n\n{lede} mengatakan kegiatan itu akan digelar setiap tahun di wilayah tersebut.\n"
    assert placed(text, "id") == [("Hendra Saputra", *post)]


def test_a_district_opened_by_a_place_word_keeps_its_second_word() -> None:
    region = normalize_region("Tanjung Karang Barat", "kecamatan")
    assert region is not None and region.name == "Kecamatan Tanjung Karang Barat"


@pytest.mark.parametrize(
    ("lede", "name"),
    [
        # a Catholic sister's, brother's or seminarian's title before the name: not part of it
        ("Suster Maria Nahak, Kepala Panti Asuhan Santa Ana,", "Maria Nahak"),
        ("Bruder Petrus Laga, Kepala SMK Katolik Santo Yosef,", "Petrus Laga"),
        ("Frater Andreas Bulu, pengelola asrama seminari,", "Andreas Bulu"),
    ],
)
def test_a_religious_title_before_the_name_is_no_part_of_it(lede: str, name: str) -> None:
    text = f"Kabar Daerah\n\n{lede} mengatakan kegiatan itu akan digelar setiap tahun di daerah tersebut.\n"
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    ("lede", "role"),
    [
        # a post, its comma, then a retired officer's rank: the post without the comma
        ("Mantan Kapolda Jawa Tengah, Irjen (Purn) Wawan Setiawan,", "Mantan Kapolda Jawa Tengah"),
        ("Mantan Kapolres Garut, AKBP (Purn) Wawan Setiawan,", "Mantan Kapolres Garut"),
    ],
)
def test_a_retired_rank_after_a_post_s_comma_leaves_the_post_whole(lede: str, role: str) -> None:
    text = f"Kabar Daerah\n\n{lede} mengatakan kegiatan itu akan digelar setiap tahun di daerah tersebut.\n"
    assert who(text, "id") == [("Wawan Setiawan", role)]


@pytest.mark.parametrize(
    ("lede", "name"),
    [
        # a district's own election or religious-affairs body, then its district, then the name
        # (names no given name the list knows opens)
        ("Ketua Panwascam Cikadu Dian Novita", "Dian Novita"),
        ("Ketua PPK Cikadu Tunggul Pranoto", "Tunggul Pranoto"),
        ("Ketua PPS Cikadu Tunggul Pranoto", "Tunggul Pranoto"),
        ("Kepala KUA Cikadu Tunggul Pranoto", "Tunggul Pranoto"),
        ("Kepala Koramil Cikadu Tunggul Pranoto", "Tunggul Pranoto"),
    ],
)
def test_a_district_body_s_place_is_not_part_of_the_name(lede: str, name: str) -> None:
    text = f"Kabar Daerah\n\n{lede} mengatakan kegiatan itu akan digelar setiap tahun di daerah tersebut.\n"
    assert _speakers(text) == [name]
