"""Indonesian speakers the rules were not fitted to, sixth round: courts', prosecutors' offices' and
prisons' places before a one-word name, health centres, districts and schools named by a compound
village's name, an office and its place with no name before a clause, farmers' groups named by a
given name and a wish, a party branch's place the lexicon does not know, a hospital's or a prison's
rank and place, bodies named after a person, a regional body's place after its short form, the
ministry of villages, parties named by wishes (and their boards' posts), villages on a river's upper or lower course, a
village-like word after a regional office before a name no list knows.
Every row is a small invented article (invented people, bodies, places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.ingested import as_printed, placed, who


def _lede(lede: str) -> str:
    return f"Kabar Daerah\n\n{lede} mengatakan pihaknya masih menyiapkan bantuan bagi warga yang terdampak banjir.\n"


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a court's, a prosecutor's office's or a prison's rank word is always followed by its place,
        # then the person's name, one word or more
        (
            "Kepala Kejaksaan Negeri Sukamaju Bambang Prasetyanto",
            ("Bambang Prasetyanto", "Kepala Kejaksaan Negeri Sukamaju"),
        ),
        ("Kepala Kejaksaan Negeri Mekarwangi Sutarjo", ("Sutarjo", "Kepala Kejaksaan Negeri Mekarwangi")),
        ("Ketua Pengadilan Agama Sukamaju Nurhayani", ("Nurhayani", "Ketua Pengadilan Agama Sukamaju")),
        ("Kepala Lapas Kelas IIB Sukamaju Wiryanto", ("Wiryanto", "Kepala Lapas Kelas IIB Sukamaju")),
        # (a national prosecutor's office has no place: the name follows it)
        (
            "Kepala Pusat Penerangan Hukum Kejaksaan Agung Hendra Kusnadi",
            ("Hendra Kusnadi", "Kepala Pusat Penerangan Hukum Kejaksaan Agung"),
        ),
        # (a market of its kind may be nameless: a given name the list knows opens the name)
        ("Kepala Pasar Sentral Budi Hartanto", ("Budi Hartanto", "Kepala Pasar Sentral")),
    ],
)
def test_a_court_s_or_a_prison_s_place_before_a_name(lede: str, expected: tuple[str, str]) -> None:
    assert who(_lede(lede), "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a district, a health centre or a numbered school named by a compound village's name
        # ("Ci-", "Suka-", "Mekar-"), then a one-word name the list of given names lacks
        ("Kepala Puskesmas Cibeber Wartini", ("Wartini", "Kepala Puskesmas Cibeber")),
        ("Kepala Puskesmas Sukarame Darsih", ("Darsih", "Kepala Puskesmas Sukarame")),
        ("Camat Cikajang Suparjo", ("Suparjo", "Camat Cikajang")),
        ("Kepala SMA Negeri 3 Mekarwangi Sukmawati", ("Sukmawati", "Kepala SMA Negeri 3 Mekarwangi")),
        ("Kepala SMP Negeri 2 Cibeureum Darsiman", ("Darsiman", "Kepala SMP Negeri 2 Cibeureum")),
        # (a Javanese name that shares a place's first part is a name: "Sukar-", "Cipt-")
        ("Camat Sukartini Handarini", ("Sukartini Handarini", "Camat")),
        ("Kepala Puskesmas Ciptono Harjanto", ("Ciptono Harjanto", "Kepala Puskesmas")),
        # (and so is one with a woman's ending: "-wati", "-lia")
        ("Kepala Puskesmas Mekarwati Harjanti", ("Mekarwati Harjanti", "Kepala Puskesmas")),
        ("Camat Cicilia Wardani", ("Cicilia Wardani", "Camat")),
        # (a name the list knows after the unit: no place printed)
        ("Kepala Puskesmas Dewi Handarini", ("Dewi Handarini", "Kepala Puskesmas")),
    ],
)
def test_a_village_shaped_place_before_a_one_word_name(lede: str, expected: tuple[str, str]) -> None:
    assert who(_lede(lede), "id") == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # an office and its place, set off by a clause: no one is named
        (
            "Bupati Mekarwangi, saat meninjau lokasi banjir, mengatakan pemerintah akan membangun tanggul baru.",
            (None, "Bupati Mekarwangi"),
        ),
        (
            "Bupati Tanjungsari, dalam sambutannya, mengatakan pembangunan jalan kabupaten akan dilanjutkan.",
            (None, "Bupati Tanjungsari"),
        ),
        (
            "Camat Cikajang, saat dikonfirmasi, mengatakan pendataan warga terdampak sudah selesai.",
            (None, "Camat Cikajang"),
        ),
        # (one word after an office unlike a place's: the person, called by one name)
        (
            "Bupati Hartawan, saat meninjau lokasi banjir, mengatakan pemerintah akan membangun tanggul baru.",
            ("Hartawan", "Bupati"),
        ),
    ],
)
def test_an_office_and_its_place_before_a_clause(paragraph: str, expected: tuple[str | None, str]) -> None:
    assert who(f"Kabar Daerah\n\n{paragraph}\n", "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a farmers' group named by a given name that is a dictionary word too, then a wish
        ("Ketua Kelompok Tani Sri Rejeki Paimin", ("Paimin", "Ketua Kelompok Tani Sri Rejeki")),
        ("Ketua Kelompok Tani Dewi Sri Sukirman", ("Sukirman", "Ketua Kelompok Tani Dewi Sri")),
        # (a name of two words the list opens after the group's word: a nameless group)
        ("Ketua Kelompok Tani Sri Wahyuningsih", ("Sri Wahyuningsih", "Ketua Kelompok Tani")),
    ],
)
def test_a_group_named_by_a_given_name_and_a_wish(lede: str, expected: tuple[str, str]) -> None:
    assert who(_lede(lede), "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a regional office, a compound village's name, then a name of three words whose first the
        # list lacks and whose second it knows
        ("Bupati Sukamulya Wartono Hadi Saputro", ("Wartono Hadi Saputro", "Bupati Sukamulya")),
        ("Bupati Sukamulya Rudi Hartawan", ("Rudi Hartawan", "Bupati Sukamulya")),
        # (a place of two words, its second a dictionary word: the name after both)
        ("Bupati Cikarangan Raya Hendra Wijayakusuma", ("Hendra Wijayakusuma", "Bupati Cikarangan Raya")),
    ],
)
def test_a_village_like_word_after_a_regional_office(lede: str, expected: tuple[str, str]) -> None:
    assert who(_lede(lede), "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a party's branch, the party's name of dictionary words, then the branch's place the
        # lexicon does not know before the person's name
        (
            "Sekretaris DPC Partai Bintang Nusantara Sukamaju Dodi Hermawan",
            ("Dodi Hermawan", "Sekretaris DPC Partai Bintang Nusantara Sukamaju"),
        ),
        ("Ketua DPC Partai Bintang Nusantara Sukamaju Rudi", ("Rudi", "Ketua DPC Partai Bintang Nusantara Sukamaju")),
        (
            "Ketua DPC Partai Bintang Nusantara Cibeber Wartono Saputro",
            ("Wartono Saputro", "Ketua DPC Partai Bintang Nusantara Cibeber"),
        ),
        # (no place printed: the name follows the party's)
        (
            "Ketua DPD Partai Bintang Nusantara Wartono Saputro",
            ("Wartono Saputro", "Ketua DPD Partai Bintang Nusantara"),
        ),
    ],
)
def test_a_party_branch_s_place_before_a_name(lede: str, expected: tuple[str, str]) -> None:
    assert who(_lede(lede), "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a hospital's or a prison's rank, then its place (two words when the first opens places'
        # names), then the person's name
        (
            "Kepala RS Bhayangkara Tingkat III Nusa Indah Agus Salimudin",
            ("Agus Salimudin", "Kepala RS Bhayangkara Tingkat III Nusa Indah"),
        ),
        (
            "Kepala Rumah Sakit Umum Daerah Tipe B Sukamaju Hendarto",
            ("Hendarto", "Kepala Rumah Sakit Umum Daerah Tipe B Sukamaju"),
        ),
        (
            "Kepala Kantor Imigrasi Kelas I Sukamaju Wartono Saputro",
            ("Wartono Saputro", "Kepala Kantor Imigrasi Kelas I Sukamaju"),
        ),
        # (the place printed before the rank, or none: the name right after the rank)
        ("Kepala Rutan Sukamaju Kelas IIB Wartono Saputro", ("Wartono Saputro", "Kepala Rutan Sukamaju Kelas IIB")),
        ("Kepala Rutan Kelas IIB Budi Hartanto", ("Budi Hartanto", "Kepala Rutan Kelas IIB")),
    ],
)
def test_a_unit_s_rank_and_place_before_a_name(lede: str, expected: tuple[str, str]) -> None:
    assert who(_lede(lede), "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a body named after a person (a given name the list knows and the next word, or a word of
        # respect and one or two words), its place, then the person's name
        (
            "Rektor Universitas Ahmad Wirangga Mekarwangi Suryo Wicaksono",
            ("Suryo Wicaksono", "Rektor Universitas Ahmad Wirangga Mekarwangi"),
        ),
        (
            "Rektor Universitas Ahmad Wirangga Suryo Wicaksono",
            ("Suryo Wicaksono", "Rektor Universitas Ahmad Wirangga"),
        ),
        (
            "Direktur RSUD Haji Abdul Manan Sukamaju Hendarto",
            ("Hendarto", "Direktur RSUD Haji Abdul Manan Sukamaju"),
        ),
        # (a nameless hospital before a director's three words stays so)
        ("Direktur RSU Teguh Prakosa Wibawanto", ("Teguh Prakosa Wibawanto", "Direktur RSU")),
    ],
)
def test_a_body_named_after_a_person(lede: str, expected: tuple[str, str]) -> None:
    assert who(_lede(lede), "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a regional body's short form, then its place the lexicon does not know: shaped as a
        # village's name, or before a given name the list knows
        (
            "Kepala Seksi Intelijen Kejari Sukamaju Reza Fahlevi",
            ("Reza Fahlevi", "Kepala Seksi Intelijen Kejari Sukamaju"),
        ),
        ("Kasi Intel Kejari Cibanteng Wartono", ("Wartono", "Kasi Intel Kejari Cibanteng")),
        ("Kasatreskrim Polres Sukamaju Dadang Sumirat", ("Dadang Sumirat", "Kasatreskrim Polres Sukamaju")),
        # (no place printed: a given name the list knows opens the person's)
        ("Kasi Intel Kejari Budi Santoso", ("Budi Santoso", "Kasi Intel Kejari")),
        # any body's place so shaped before a one-word name
        ("Kepala Kantor Pertanahan Cisalak Darmaji", ("Darmaji", "Kepala Kantor Pertanahan Cisalak")),
    ],
)
def test_a_regional_body_s_place_before_a_name(lede: str, expected: tuple[str, str]) -> None:
    assert who(_lede(lede), "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # "Desa" after a ministry's word or an office's "dan" is the portfolio, and the post keeps it:
        # a given name or a dictionary word after it opens the person's name
        (
            "Sekretaris Jenderal Kementerian Desa Teguh Wiryawan",
            ("Teguh Wiryawan", "Sekretaris Jenderal Kementerian Desa"),
        ),
        (
            "Kepala Dinas Pemberdayaan Masyarakat dan Desa Teguh Wiryawan",
            ("Teguh Wiryawan", "Kepala Dinas Pemberdayaan Masyarakat dan Desa"),
        ),
        # (a word no list knows after it is the office's place)
        (
            "Kepala Dinas Pemberdayaan Masyarakat dan Desa Sukamaju Teguh Wiryawan",
            ("Teguh Wiryawan", "Kepala Dinas Pemberdayaan Masyarakat dan Desa Sukamaju"),
        ),
    ],
)
def test_the_portfolio_of_villages_names_no_village(lede: str, expected: tuple[str, str]) -> None:
    assert who(_lede(lede), "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a party named by words of wishes ("Adil", "Makmur", "Bangkit"), then its branch's place
        (
            "Ketua DPC Partai Rakyat Adil Makmur Sukamaju Dodi Hermawan",
            ("Dodi Hermawan", "Ketua DPC Partai Rakyat Adil Makmur Sukamaju"),
        ),
        (
            "Ketua DPC Partai Nusantara Bangkit Sukaluyu Hendri Gunadi",
            ("Hendri Gunadi", "Ketua DPC Partai Nusantara Bangkit Sukaluyu"),
        ),
    ],
)
def test_a_party_named_by_wishes(lede: str, expected: tuple[str, str]) -> None:
    assert who(_lede(lede), "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a river's upper or lower course names the place with the word before it
        ("Kepala Desa Ciparigi Hilir Asep Mulyana", ("Asep Mulyana", "Kepala Desa", "Ciparigi Hilir")),
        ("Camat Sungai Rampah Hulu Asep Mulyana", ("Asep Mulyana", "Camat", "Sungai Rampah Hulu")),
    ],
)
def test_a_village_on_a_river_s_course(lede: str, expected: tuple[str, str, str]) -> None:
    assert placed(_lede(lede), "id") == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a party's board named by words of wishes keeps them all in the post the run files
        (
            "Ketua DPD Partai Rakyat Adil Makmur Jawa Tengah Sugeng Waluyo mengatakan kader diminta turun ke desa.",
            ("Sugeng Waluyo", "Ketua DPD Partai Rakyat Adil Makmur", "Jawa Tengah"),
        ),
        # (a region the gazetteer knows ends the party's name as before)
        (
            "Ketua DPD Partai Bintang Nusantara Aceh Sugeng Waluyo mengatakan kader diminta turun ke desa.",
            ("Sugeng Waluyo", "Ketua DPD Partai Bintang Nusantara", "Aceh"),
        ),
    ],
)
def test_a_party_board_s_post_keeps_the_party_s_words(
    body: str, expected: tuple[str, str, str], tmp_path: Path
) -> None:
    assert as_printed(body, tmp_path, "id") == [expected]
