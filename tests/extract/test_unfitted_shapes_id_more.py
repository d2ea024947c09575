"""More Indonesian article shapes the rules were not fitted to (court, security, disaster and
village news): who said it, in what post. Every row is a small invented article (invented people
and places) and what a reader must see."""

from __future__ import annotations

import pytest

from quotetrack.extract import ExtractedStatement
from tests.extract.ingested import statements, who


def _statements(text: str) -> list[ExtractedStatement]:
    return statements(text, "id")


def _who(text: str) -> list[tuple[str | None, str | None]]:
    return who(text, "id")


@pytest.mark.parametrize(
    ("lede", "role"),
    [
        # the enlisted ranks of the army and the police, and the officers' of the navy and the air force
        ("Babinsa Koramil Cikadu Serda Wawan Setiawan", "Babinsa Koramil Cikadu"),
        ("Babinsa Desa Sukamaju Kopda Wawan Setiawan", "Babinsa Desa Sukamaju"),
        ("Danramil Cikadu Peltu Wawan Setiawan", "Danramil Cikadu"),
        ("Bhabinkamtibmas Desa Sukamaju Bripka Wawan Setiawan", "Bhabinkamtibmas Desa Sukamaju"),
        ("Kapolsek Cikadu Brigpol Wawan Setiawan", "Kapolsek Cikadu"),
        ("Pangkoarmada II Laksdya TNI Wawan Setiawan", "Pangkoarmada II"),
        # the corps after an officer's rank
        ("Dandim 0699 Letkol Arm Wawan Setiawan", "Dandim 0699"),
        ("Kakumdam Sinarmas Kolonel Chk Wawan Setiawan", "Kakumdam Sinarmas"),
        ("Karumkit Lanud Cikadu Letkol Kes Wawan Setiawan", "Karumkit Lanud Cikadu"),
        ("Danlanud Cikadu Kolonel Tek Wawan Setiawan", "Danlanud Cikadu"),
    ],
)
def test_a_rank_or_a_corps_before_the_name_is_neither_the_name_s_nor_the_post_s(lede: str, role: str) -> None:
    text = f"Banjir Surut\n\n{lede} mengatakan bantuan sudah disalurkan ke warga terdampak banjir.\n"
    assert _who(text) == [("Wawan Setiawan", role)]


def test_an_enlisted_rank_alone_before_the_name_is_no_part_of_it() -> None:
    text = "Banjir Surut\n\nKopda Wawan Setiawan mengatakan bantuan sudah disalurkan ke warga terdampak banjir.\n"
    assert _who(text) == [("Wawan Setiawan", None)]


@pytest.mark.parametrize(
    "unnamed",
    [
        "Warga mengeluhkan jalan rusak di Desa Cikadu yang tidak kunjung diperbaiki.",
        "Para pedagang mengeluhkan sepinya pembeli sejak pasar direnovasi.",
    ],
)
def test_nya_after_unnamed_people_and_a_named_subject_is_the_named_one_s(unnamed: str) -> None:
    text = (
        f"Jalan Rusak\n\n{unnamed} Kepala Desa Cikadu Endang Supriatna membenarkan keluhan tersebut.\n"
        "Menurutnya, perbaikan jalan sudah diusulkan ke pemerintah kabupaten sejak tahun lalu.\n"
    )
    said = {s.text[:20]: s.speaker for s in _statements(text)}
    assert said["perbaikan jalan suda"] == "Endang Supriatna"


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("keluh para pedagang di Pasar Cikadu", None),
        ("keluh Yayan, pedagang sayur", "Yayan"),
        ("pinta Bupati Cikadu Endang Supriatna", "Endang Supriatna"),
        ("kenang Endang Supriatna", "Endang Supriatna"),
        ("desak Endang Supriatna", "Endang Supriatna"),
        ("sarannya", "Dadan Sumarna"),
        ("kritik Endang Supriatna", "Endang Supriatna"),
        ("ingat Endang Supriatna", "Endang Supriatna"),
        ("akunya", "Dadan Sumarna"),
    ],
)
def test_a_complaint_a_plea_or_a_memory_after_a_quote_names_its_own_speaker(cue: str, speaker: str | None) -> None:
    text = (
        "Harga Cabai\n\nBupati Cikadu Endang Supriatna meninjau Pasar Cikadu, Senin (3/3/2025).\n"
        "Kepala Dinas Perdagangan Kabupaten Cikadu Dadan Sumarna membenarkan kenaikan harga tersebut.\n"
        f'"Harga cabai naik terus setiap hari sejak awal bulan ini," {cue}.\n'
    )
    assert [s.speaker for s in _statements(text)] == [speaker]


@pytest.mark.parametrize(
    "title",
    ["Ustadz", "Ustadzah", "Ust.", "Syekh", "Teungku", "Tgk.", "Abuya", "Ajengan", "Nyai Hj.", "Pendeta", "Pdt."]
    + ["Pastor", "Mgr."],
)
def test_a_cleric_s_title_is_neither_the_name_s_nor_the_post_s(title: str) -> None:
    text = (
        f"Kerukunan Umat\n\nKetua FKUB Kabupaten Cirebon {title} Ahmad Suherman mengatakan dialog antarumat "
        "beragama digelar setiap bulan di kantor kecamatan.\n"
    )
    assert [(s.speaker, s.role, s.region) for s in _statements(text)] == [
        ("Ahmad Suherman", "Ketua FKUB", "Kabupaten Cirebon")
    ]


@pytest.mark.parametrize(
    ("lede", "role"),
    [
        ("Kepala Desa (Kades) Sukamaju Ahmad Suherman", "Kepala Desa (Kades) Sukamaju"),
        ("Sekretaris Kecamatan (Sekcam) Cibinong Ahmad Suherman", "Sekretaris Kecamatan (Sekcam) Cibinong"),
        ("Kepala Kepolisian Sektor (Kapolsek) Cikadu Yayah Rokayah", "Kepala Kepolisian Sektor (Kapolsek) Cikadu"),
        # (no place after the short form: a name of two words stays whole)
        ("Kepala Desa (Kades) Ahmad Suherman", "Kepala Desa (Kades)"),
        ("Kepala Dinas Sosial (Kadinsos) Yayah Rokayah Sari", "Kepala Dinas Sosial (Kadinsos)"),
    ],
)
def test_a_local_unit_s_place_after_its_bracketed_short_form_is_no_part_of_the_name(lede: str, role: str) -> None:
    text = f"Bantuan Sosial\n\n{lede} mengatakan bantuan sosial tahun ini menjangkau lebih banyak warga miskin.\n"
    name = lede.removeprefix(role + " ")
    assert _who(text) == [(name, role)]


@pytest.mark.parametrize(
    ("lede", "role", "region"),
    [
        ("Komisioner KPU Kota Bekasi Divisi Teknis", "Komisioner KPU Divisi Teknis", "Kota Bekasi"),
        ("Anggota Bawaslu Kabupaten Garut Divisi SDM", "Anggota Bawaslu Divisi SDM", "Kabupaten Garut"),
        ("Koordinator Divisi Hukum Bawaslu Kota Bekasi", "Koordinator Divisi Hukum Bawaslu", "Kota Bekasi"),
    ],
)
def test_a_division_after_a_body_s_place_is_the_post_s_and_not_the_name_s(lede: str, role: str, region: str) -> None:
    text = f"Pemilu Ulang\n\n{lede} Yayah Rokayah mengatakan logistik pemungutan suara ulang sudah disiapkan.\n"
    assert [(s.speaker, s.role, s.region) for s in _statements(text)] == [("Yayah Rokayah", role, region)]


def test_a_division_s_name_does_not_open_the_person_s() -> None:
    text = (
        "Pemilu Ulang\n\nKomisioner KPU Kota Bekasi Divisi Teknis Ahmad Suherman mengatakan logistik "
        "pemungutan suara ulang sudah disiapkan.\n"
    )
    assert [(s.speaker, s.region) for s in _statements(text)] == [("Ahmad Suherman", "Kota Bekasi")]


@pytest.mark.parametrize(
    "name",
    ["Andi Muhammad Rizal Fahmi Saputra", "Teuku Muhammad Rizal Fahmi Saputra", "Tubagus Ahmad Rizal Fahmi Saputra"],
)
def test_a_name_of_five_words_a_noble_s_first_word_opens_is_whole(name: str) -> None:
    text = f"Bantuan Sosial\n\nBupati Garut {name} mengatakan bantuan sosial tahun ini menjangkau lebih banyak warga.\n"
    assert [(s.speaker, s.role, s.region) for s in _statements(text)] == [(name, "Bupati", "Garut")]


@pytest.mark.parametrize(
    ("body", "role", "region"),
    [
        ("Majelis hakim yang diketuai", "Ketua Majelis hakim", None),
        ("Majelis Hakim Pengadilan Tipikor Bandung yang diketuai", "Ketua Majelis Hakim Pengadilan Tipikor", "Bandung"),
        ("Tim Satgas Pangan Polda Jawa Barat yang dipimpin", "Pimpinan Tim Satgas Pangan Polda", "Jawa Barat"),
    ],
)
def test_a_body_chaired_by_the_name_gives_its_chair_s_post(body: str, role: str, region: str | None) -> None:
    text = f"Vonis\n\n{body} Bambang Setiadi menyatakan terdakwa terbukti menerima gratifikasi senilai Rp500 juta.\n"
    assert [(s.speaker, s.role, s.region) for s in _statements(text)] == [("Bambang Setiadi", role, region)]


@pytest.mark.parametrize(
    ("lede", "name", "role", "region"),
    [
        ("Ketua DPRD Kota Bogor, MQ Rahadian,", "MQ Rahadian", "Ketua DPRD", "Kota Bogor"),
        ("Kuasa hukum terdakwa, AS Hutagalung,", "AS Hutagalung", "Kuasa hukum terdakwa", None),
    ],
)
def test_two_initials_after_a_post_s_comma_open_the_name(lede: str, name: str, role: str, region: str | None) -> None:
    text = f"Pilkada\n\n{lede} mengatakan partainya akan mengusung kader sendiri di pilkada mendatang.\n"
    assert [(s.speaker, s.role, s.region) for s in _statements(text)] == [(name, role, region)]


@pytest.mark.parametrize(
    "verb", ["ditambahkan", "ditambahkan oleh", "dituturkan", "dibenarkan", "diakui", "diterangkan"]
)
def test_ia_after_a_passive_speech_verb_s_agent_is_the_agent(verb: str) -> None:
    text = (
        f"Sekolah\n\nHal itu {verb} Kepala SMAN 2 Garut, Dedi Kurniadi. Ia menyebut siswa baru tahun ini "
        "mencapai 400 orang.\n"
    )
    assert [s.speaker for s in _statements(text)] == ["Dedi Kurniadi"]


@pytest.mark.parametrize(("name", "role", "region"), [("Jaya Saputra", "Kasi Intel Kejari", "Garut")])
def test_a_word_of_bodies_names_after_a_post_s_comma_opens_the_name(name: str, role: str, region: str) -> None:
    text = f"Korupsi\n\nKasi Intel Kejari Garut, {name}, mengatakan berkas perkara segera dilimpahkan ke pengadilan.\n"
    assert [(s.speaker, s.role, s.region) for s in _statements(text)] == [(name, role, region)]
