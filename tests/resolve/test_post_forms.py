"""One post however the press prints it: spelled out or short, its body by its initials or first
syllables, with or without a link word. The registry files each pair as one membership, and the
resolver reads them as the same post when it weighs two mentions of one name."""

from __future__ import annotations

import pytest

from quotetrack.resolve.posts import canonical_post, same_post


def _label(printed: str) -> str:
    post = canonical_post(printed, None)
    assert post is not None, printed
    return post.label


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kalaksa BPBD", "Kepala Pelaksana BPBD"),
        ("Kepala Pelaksana BPBD", "Kepala Pelaksana Badan Penanggulangan Bencana Daerah"),
        ("Kepala BPBD", "Kepala Badan Penanggulangan Bencana Daerah"),
        ("Dandim", "Komandan Kodim"),
        ("Dandim", "Komandan Distrik Militer"),
        ("Danrem", "Komandan Resor Militer"),
        ("Pangdam", "Panglima Komando Daerah Militer"),
        ("Kasat Reskrim", "Kepala Satuan Reserse Kriminal"),
        ("Kepala Dinas PUPR", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang"),
        ("Ketua Bawaslu", "Ketua Badan Pengawas Pemilu"),
        ("Mendikbud", "Menteri Pendidikan dan Kebudayaan"),
        ("Kepala BMKG", "Kepala Badan Meteorologi, Klimatologi, dan Geofisika"),
        ("Sekjen", "Sekretaris Jenderal"),
        ("Kepala Bappeda", "Kepala Badan Perencanaan Pembangunan Daerah"),
        ("Kapolri", "Kepala Kepolisian Negara Republik Indonesia"),
        ("Kepala Satpol PP", "Kepala Satuan Polisi Pamong Praja"),
        ("Kalapas", "Kepala Lembaga Pemasyarakatan"),
        ("Kepala Kanwil Kemenag", "Kepala Kantor Wilayah Kementerian Agama"),
        ("Jaksa Agung", "Jaksa Agung Republik Indonesia"),
        ("Menteri BUMN", "Menteri Badan Usaha Milik Negara"),
        # a body by its initials or first syllables, however orgs.tsv lists it
        ("Ketua Dewan Komisioner OJK", "Ketua Dewan Komisioner Otoritas Jasa Keuangan"),
        ("Rektor UGM", "Rektor Universitas Gadjah Mada"),
        ("Direktur Surat Utang Negara Kemenkeu", "Direktur Surat Utang Negara Kementerian Keuangan"),
        ("Juru Bicara Satgas Covid-19", "Juru Bicara Satuan Tugas Covid-19"),
        ("Kepala Bappenas", "Kepala Badan Perencanaan Pembangunan Nasional"),
        # a link word printed or not
        ("Direktur Jenderal Listrik pada Kementerian ESDM", "Direktur Jenderal Listrik Kementerian ESDM"),
        # an Indonesian post as English-language copy prints it
        ("Finance Minister", "Menteri Keuangan"),
        ("Minister of Finance", "Menteri Keuangan"),
        ("Home Affairs Minister", "Mendagri"),
        ("Coordinating Minister for Economic Affairs", "Menteri Koordinator Bidang Perekonomian"),
        ("Acting Regent", "Pj. Bupati"),
        ("Deputy Regent", "Wakil Bupati"),
        ("Bank Indonesia Governor", "Gubernur Bank Indonesia"),
        # a national body's office for a place, "Perwakilan" printed before or after the body
        ("Kepala Ombudsman Perwakilan Jawa Barat", "Kepala Perwakilan Ombudsman Jawa Barat"),
        ("Kepala Ombudsman RI Perwakilan Sulawesi Tengah", "Kepala Perwakilan Ombudsman RI Sulawesi Tengah"),
        ("Kepala BPKP Perwakilan Jawa Tengah", "Kepala Perwakilan BPKP Jawa Tengah"),
        ("Kepala Kantor Bank Indonesia Perwakilan Bali", "Kepala Kantor Perwakilan Bank Indonesia Bali"),
    ],
)
def test_one_post_printed_two_ways(one: str, other: str) -> None:
    assert same_post(_label(one), _label(other))
    assert same_post(_label(other), _label(one))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kepala BKN", "Kepala BPS"),
        ("Kepala Dinas Kesehatan", "Kepala Dinas Pendidikan"),
        ("Menteri Keuangan", "Menteri Kesehatan"),
        ("Ketua KPU", "Ketua Bawaslu"),
        ("Wakil Bupati", "Bupati"),
        ("Kapolres", "Kapolda"),
        ("Ketua DPRD", "Ketua DPR"),
        ("Kepala Dinas PUPR", "Kepala Dinas Perhubungan"),
        ("Ketua Komisi A", "Ketua Komisi B"),
        ("Kepala Bidang Humas", "Kepala Bagian Humas"),
        ("Sekretaris Daerah", "Sekretaris Dinas"),
        # initials that fit the words but the heads differ
        ("Ketua OJK", "Anggota Dewan Komisioner Otoritas Jasa Keuangan"),
        ("Direktur Utama PT KAI", "Direktur Utama PT Kimia Farma"),
        ("Finance Minister", "Menteri Kesehatan"),
        ("Deputy Mayor", "Wali Kota"),
        ("Regent", "Gubernur"),
        ("Governor", "Wakil Gubernur"),
        # the body's head and the head of its office for a place
        ("Kepala Ombudsman RI", "Kepala Ombudsman Perwakilan Jawa Barat"),
        ("Kepala BPKP", "Kepala BPKP Perwakilan Jawa Tengah"),
    ],
)
def test_two_posts_stay_two(one: str, other: str) -> None:
    assert not same_post(_label(one), _label(other))


@pytest.mark.parametrize(
    ("printed", "label", "region"),
    [
        ("Subang Regent", "Regent", "Kabupaten Subang"),
        ("Regent of Subang", "Regent", "Kabupaten Subang"),
        ("Acting Bogor Regent", "Acting Regent", "Kabupaten Bogor"),
        ("Bandung Mayor", "Mayor", "Kota Bandung"),
        ("West Java Governor", "Governor", "Jawa Barat"),
        ("Governor of East Java", "Governor", "Jawa Timur"),
        ("Bali Police Chief", "Police Chief", "Bali"),
        # a state or city abroad stays in the post: the gazetteer gives it no level
        ("California Governor", "California Governor", None),
        ("New York Mayor", "New York Mayor", None),
    ],
)
def test_english_copy_files_an_indonesian_region_as_the_post_s_place(
    printed: str, label: str, region: str | None
) -> None:
    post = canonical_post(printed, None)
    assert post is not None
    assert (post.label, post.region.name if post.region else None) == (label, region)


def test_national_bodies_jakarta_office_is_filed_under_jakarta() -> None:
    """ "Ombudsman RI Perwakilan Jakarta Raya": the office's place is the province of Jakarta."""
    post = canonical_post("Kepala Perwakilan Ombudsman Jakarta Raya", None)
    assert post is not None and post.region is not None
    assert (post.label, post.region.name) == ("Kepala Perwakilan Ombudsman", "Daerah Khusus Ibukota Jakarta")
