"""Indonesian speakers the rules were not fitted to, ninth round: an epithet that closes a quote
("kata legislator dari dapil X itu", "ujar jenderal bintang dua itu", "kata perwira menengah itu",
"kata mantan Kapolres X itu") goes to the person the paragraph just introduced when it fits them,
else to someone it fits, never to one it does not; a private person's description printed before
the name ("Sopir angkot, Budi, mengeluhkan ...") is kept as it is after the name; an unquoted
report closed by the name and a post whose head word is in lower case ("..., kata X, anggota DPRD
Y dari Partai Z.") gives the post. Every row is a small invented article (invented people,
bodies, places)."""

from __future__ import annotations

import pytest

from tests.extract.ingested import statements


def _said(text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, post, what was said) of each statement of an invented Indonesian article."""
    return [(s.speaker, s.role, s.text) for s in statements(text, "id")]


_CAMAT = (
    "Banjir Rendam Cibeber\n\nCamat Cibeber Lilis Kusumadilaga menyebut banjir merendam tiga desa."
    ' "Air mulai surut sore ini," katanya.\n\n'
)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Di tempat terpisah, anggota DPRD Provinsi Jawa Barat, Wahyu Sasmitajaya, mendorong Pemprov membangun"
            ' tanggul. "Tanggul harus segera dibangun," kata legislator dari daerah pemilihan Cianjur itu.',
            "Wahyu Sasmitajaya",
        ),
        (
            "Ketua Fraksi Partai Amanat Rakyat DPRD Cianjur, Wahyu Sasmitajaya, meminta tanggul dibangun."
            ' "Tanggul harus segera dibangun," kata politikus Partai Amanat Rakyat itu.',
            "Wahyu Sasmitajaya",
        ),
        (
            "Anggota Komisi C DPRD Cianjur Ratnasari Hendrawan mengkritik lambannya penanganan."
            ' "Rakyat menunggu," ujar wakil rakyat itu.',
            "Ratnasari Hendrawan",
        ),
        (
            "Kapolda Jawa Barat Irjen Pol Bambang Wiranegara memberi apresiasi."
            ' "Ini kerja keras anggota," kata jenderal bintang dua itu.',
            "Bambang Wiranegara",
        ),
        (
            "Kapolda Jawa Barat Inspektur Jenderal Polisi Bambang Wiranegara memberi apresiasi."
            ' "Ini kerja keras anggota," kata jenderal bintang dua itu.',
            "Bambang Wiranegara",
        ),
        (
            "Pangdam Siliwangi Mayjen TNI Bambang Wiranegara menyiagakan prajurit."
            ' "Kami bantu evakuasi," kata perwira tinggi itu.',
            "Bambang Wiranegara",
        ),
        (
            "Dandim Cianjur Letkol Inf Gatot Wirasena menyatakan siap membantu."
            ' "Kami siaga penuh," kata perwira menengah itu.',
            "Gatot Wirasena",
        ),
    ],
)
def test_an_epithet_goes_to_the_person_the_paragraph_introduced(paragraph: str, speaker: str) -> None:
    said = _said(f"{_CAMAT}{paragraph}\n")
    assert [s for s, _, _ in said] == ["Lilis Kusumadilaga", "Lilis Kusumadilaga", speaker]


def test_an_epithet_goes_to_the_one_it_fits_not_to_the_last_named() -> None:
    text = (
        "Pengamanan Pemilu\n\nKapolda Papua Irjen Pol Yohanes Maturbongs menyampaikan pengamanan siap."
        ' "Kami kerahkan seribu personel," katanya.\n\nWakil Bupati Jayawijaya Marthen Kogoya mengapresiasi.'
        ' "Terima kasih kepada kepolisian," kata jenderal bintang dua itu.\n'
    )
    assert [s for s, _, _ in _said(text)] == ["Yohanes Maturbongs", "Yohanes Maturbongs"]


def test_a_former_post_the_article_gave_the_person() -> None:
    text = (
        "Seleksi Perangkat Desa\n\nKepala Dinas Pendidikan Cianjur Suroto Hadipurnomo mengatakan seleksi"
        ' berjalan lancar. "Tidak ada keluhan," katanya.\n\nWakapolda Jawa Barat Brigjen Pol Arif Wiranegara,'
        ' yang pernah menjabat Kapolres Cianjur, meminta warga melapor. "Laporkan kecurangan," kata mantan'
        " Kapolres Cianjur itu.\n"
    )
    assert [s for s, _, _ in _said(text)][-1] == "Arif Wiranegara"


def test_a_legislator_epithet_goes_to_no_one_it_does_not_fit() -> None:
    text = (
        "Banjir Rendam Cibeber\n\nCamat Cibeber Lilis Kusumadilaga menyebut banjir merendam tiga desa."
        ' "Air mulai surut sore ini," katanya.\n\n"Tanggul harus segera dibangun," kata legislator dari'
        " daerah pemilihan Cianjur itu.\n"
    )
    assert [s for s, _, _ in _said(text)] == ["Lilis Kusumadilaga", "Lilis Kusumadilaga", None]


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        ("Sopir angkot, Budi Sulistyo, mengeluhkan sepinya penumpang.", "sopir angkot"),
        ("Seorang sopir angkot, Budi Sulistyo, mengeluhkan sepinya penumpang.", "sopir angkot"),
        ("Budi Sulistyo, sopir angkot, mengeluhkan sepinya penumpang.", "sopir angkot"),
    ],
)
def test_a_description_before_the_name_is_kept(opening: str, role: str) -> None:
    text = f'Penumpang Sepi\n\nHarga BBM naik pekan lalu.\n\n{opening} "Sehari cuma sepuluh orang," ujarnya.\n'
    assert _said(text) == [("Budi Sulistyo", role, "Sehari cuma sepuluh orang,")]


def test_an_unquoted_report_closed_by_a_post_in_lower_case() -> None:
    """The post the quoted form of the same sentence gives."""
    said = "Listrik sering padam hingga dua hari"
    after = "kata Maria Kogoya, anggota DPRD Belu dari Partai Amanat Rakyat."
    head = "Listrik Padam\n\nWarga perbatasan mengeluhkan listrik yang padam. "
    quoted = _said(f'{head}"{said}," {after}\n')
    assert quoted == [("Maria Kogoya", "anggota DPRD Belu dari Partai Amanat Rakyat", f"{said},")]
    assert _said(f"{head}{said}, {after}\n") == [("Maria Kogoya", quoted[0][1], said)]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Dosen Universitas Jenderal Soedirman Wiryanto mengatakan kajian sudah selesai.", "Wiryanto"),
        (
            "Rektor Universitas Jenderal Soedirman Wiryanto Adi mengatakan kampus siap menerima mahasiswa.",
            "Wiryanto Adi",
        ),
        ("Kepala UPT Jalan Laksamana Wiradharma Sumarna mengatakan jalan ditutup selama dua pekan.", "Sumarna"),
        # (a general's rank after a post, not a body: his own)
        ("Kapolri Jenderal Harjito Wibisono mengatakan kampus siap menerima mahasiswa.", "Harjito Wibisono"),
    ],
)
def test_a_hero_s_name_in_a_body_s_name_is_not_the_speaker_s(opening: str, speaker: str) -> None:
    text = f'Kampus Siap\n\nHujan turun sejak pagi.\n\n{opening} "Kami siap," ujarnya.\n'
    assert [s for s, _, _ in _said(text)] == [speaker, speaker]


def test_a_legislator_epithet_with_a_party_goes_to_the_member_of_that_party() -> None:
    text = (
        "Stok Vaksin Kedaluwarsa\n\n"
        "Wakil Ketua Komisi IX DPR dari Fraksi Partai Karya, Ratih Pramudita, menilai pengawasan lemah."
        ' "Lemari pendingin rusak berbulan-bulan," kata Ratih.\n\n'
        "Anggota Komisi IX lainnya, dr. Yosef Hanggara, Sp.A, mengingatkan agar pemerintah turun ke daerah."
        ' "Lihat sendiri kondisinya," tegas legislator PKB tersebut.\n'
    )
    assert [s for s, _, _ in _said(text)][-1] == "Yosef Hanggara"
