"""Indonesian speakers the rules were not fitted to, seventh round: Tribun's passive lead with the
post and the name between commas ("Dikatakan Kepala Dinas X, Nama, ..."); one of a body's members left
unnamed ("Salah satu anggota DPRD X yang enggan disebut namanya"), whose body's place is no name;
the head of a pondok pesantren ("pengasuh") in apposition after the name; the navy's and the
marines' ranks with their corps ("Kolonel Laut (P)", "Letkol Marinir") between the post and the name;
a village's or a district's quarter "Kulon" (west), no "Kulon Progo"; reported speech that ends with
the cue, the post and the name after a comma ("..., kata Kepala Dinas X, Nama."); a name between
commas with its titles before it and its degrees after it ("..., dr. Nama, M.Kes, ...").
Every row is a small invented article (invented people, bodies, places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.ingested import as_printed, statements, who


def _said(body: str, tmp_path: Path) -> list[tuple[str | None, str | None, str | None, str]]:
    """(speaker, post, region, what was said) of each statement of a one-paragraph article."""
    texts = [s.text for s in statements(f"Officials Respond\n\n{body}\n", "id")]
    return [(*printed, text) for printed, text in zip(as_printed(body, tmp_path, "id"), texts, strict=True)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the post, then the name between commas, then what was said: the name is not part of it
        (
            "Dikatakan Kepala Dinas Pendidikan Kabupaten Sukamaju, Eko Prasetyo, pihaknya akan menambah guru.",
            ("Eko Prasetyo", "Kepala Dinas Pendidikan", "Kabupaten Sukamaju", "pihaknya akan menambah guru"),
        ),
        # (a district's two-word name before the comma is the place, not the name)
        (
            "Dijelaskan Kapolsek Mekarsari Barat, AKP Hasan Basri, pelaku sudah lama menjadi incaran polisi.",
            ("Hasan Basri", "Kapolsek", "Kecamatan Mekarsari Barat", "pelaku sudah lama menjadi incaran polisi"),
        ),
        (
            "Disampaikan Ketua Komisi A DPRD Kota Mekarsari, Gilang Ramadhan, rapat kerja digelar tertutup.",
            ("Gilang Ramadhan", "Ketua Komisi A DPRD", "Kota Mekarsari", "rapat kerja digelar tertutup"),
        ),
        # (with no name after it, the post is the speaker, as before)
        (
            "Ditambahkan Camat Sukamaju Utara Rini Astuti, bantuan akan disalurkan pekan depan.",
            ("Rini Astuti", "Camat", "Kecamatan Sukamaju Utara", "bantuan akan disalurkan pekan depan"),
        ),
    ],
)
def test_a_passive_lead_with_the_name_after_the_post(
    body: str, expected: tuple[str, str, str, str], tmp_path: Path
) -> None:
    assert _said(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "Salah satu anggota DPRD Mekarsari yang tidak mau disebut namanya menyebut rapat itu berlangsung tertutup.",
        "Salah seorang anggota DPRD Sukamaju yang enggan disebut namanya mengatakan anggaran itu belum dibahas.",
        "Salah satu staf Dinas Pekerjaan Umum Mekarsari mengatakan pengerjaan jalan terlambat.",
        "Seorang guru SD Negeri 1 Sukamaju, yang minta namanya dirahasiakan, mengatakan gaji belum dibayar.",
        "Salah satu pegawai Bappeda Mekarsari mengatakan dokumen itu belum diteken.",
    ],
)
def test_one_of_a_body_s_members_is_unnamed(body: str) -> None:
    assert [s.speaker for s in statements(f"Kabar Daerah\n\n{body}\n", "id")] == [None]


def test_an_unnamed_member_is_not_the_member_named_before() -> None:
    body = (
        "Anggota DPRD Mekarsari Budi Santoso mengatakan rapat digelar Senin. Salah satu anggota DPRD "
        "Mekarsari yang enggan disebut namanya menyebut rapat itu berlangsung tertutup."
    )
    assert [s.speaker for s in statements(f"Kabar Daerah\n\n{body}\n", "id")] == ["Budi Santoso", None]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a name after a comma, or a one-word name after a lower-case description, stays a name
        ("Salah satu anggota DPRD Mekarsari, Budi Santoso, mengatakan rapat digelar tertutup.", "Budi Santoso"),
        ("Salah satu anggota DPRD Mekarsari Budi Santoso mengatakan rapat digelar tertutup.", "Budi Santoso"),
        ("Seorang warga Desa Sukamaju, Ujang, mengatakan banjir datang tengah malam.", "Ujang"),
    ],
)
def test_one_of_a_body_s_members_named_after_it(body: str, expected: str) -> None:
    assert [s.speaker for s in statements(f"Kabar Daerah\n\n{body}\n", "id")] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the post of a pesantren's head, in lower case between commas after the name
        (
            "KH Zainal Muttaqin, pengasuh Pondok Pesantren Darul Hikmah, mengatakan santri dipulangkan sementara.",
            ("Zainal Muttaqin", "pengasuh Pondok Pesantren Darul Hikmah"),
        ),
        (
            "Nyai Hj. Siti Rofiah, pengasuh Pesantren Putri Al Hidayah, mengatakan jumlah santri bertambah.",
            ("Siti Rofiah", "pengasuh Pesantren Putri Al Hidayah"),
        ),
        # (before the name, as before)
        (
            "Pengasuh Pondok Pesantren Darul Hikmah, KH Zainal Muttaqin, mengatakan santri dipulangkan sementara.",
            ("Zainal Muttaqin", "Pengasuh Pondok Pesantren Darul Hikmah"),
        ),
    ],
)
def test_a_pesantren_s_head_after_the_name(body: str, expected: tuple[str, str]) -> None:
    assert who(f"Kabar Daerah\n\n{body}\n", "id") == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the navy's corps in brackets after the rank is the rank's, no part of the post
        (
            "Danlanal Sukamaju Kolonel Laut (P) Dwi Cahyono mengatakan patroli laut ditingkatkan.",
            ("Dwi Cahyono", "Danlanal Sukamaju"),
        ),
        (
            '"Patroli laut kami tingkatkan," kata Danlanal Sukamaju Kolonel Laut (P) Dwi Cahyono.',
            ("Dwi Cahyono", "Danlanal Sukamaju"),
        ),
        # the marines' corps after the rank is no part of the name
        (
            "Danyon Marinir 9 Sukamaju Letkol Marinir Dwi Cahyono mengatakan latihan digelar sepekan.",
            ("Dwi Cahyono", "Danyon Marinir 9 Sukamaju"),
        ),
        (
            '"Latihan digelar sepekan," kata Danbrigif 4 Marinir Sukamaju Kolonel Marinir Dwi Cahyono.',
            ("Dwi Cahyono", "Danbrigif 4 Marinir Sukamaju"),
        ),
        # (the corps of a general's rank in brackets, as before)
        (
            "Komandan Pasmar 3 Brigjen TNI (Mar) Dwi Cahyono mengatakan latihan digelar sepekan.",
            ("Dwi Cahyono", "Komandan Pasmar 3"),
        ),
    ],
)
def test_a_navy_or_marine_rank_with_its_corps(body: str, expected: tuple[str, str]) -> None:
    assert who(f"Kabar Daerah\n\n{body}\n", "id") == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a Javanese quarter's word after a village's or a district's name is part of the place
        (
            "Kepala Desa Mekarsari Kulon, Joko Susilo, mengatakan warga diminta menjaga kebersihan sungai.",
            ("Joko Susilo", "Kepala Desa", "Desa Mekarsari Kulon"),
        ),
        (
            "Kepala Desa Mekarsari Kulon Joko Susilo mengatakan warga diminta menjaga kebersihan sungai.",
            ("Joko Susilo", "Kepala Desa", "Desa Mekarsari Kulon"),
        ),
        (
            "Camat Sukamaju Kulon, Joko Susilo, mengatakan warga diminta menjaga kebersihan sungai.",
            ("Joko Susilo", "Camat", "Kecamatan Sukamaju Kulon"),
        ),
        # (the regency of Kulon Progo, as before)
        (
            "Bupati Kulon Progo Joko Susilo mengatakan warga diminta menjaga kebersihan sungai.",
            ("Joko Susilo", "Bupati", "Kabupaten Kulon Progo"),
        ),
    ],
)
def test_a_village_s_quarter_kulon(body: str, expected: tuple[str, str, str], tmp_path: Path) -> None:
    assert as_printed(body, tmp_path, "id") == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the cue, the post, then its holder's name after a comma ends the sentence: what was said
        # is all before the cue
        (
            "Pasokan beras di pasar masih aman hingga akhir bulan, kata Kepala Dinas Perdagangan Kota "
            "Sukamaju, Yanti Susanti.",
            (
                "Yanti Susanti",
                "Kepala Dinas Perdagangan",
                "Kota Sukamaju",
                "Pasokan beras di pasar masih aman hingga akhir bulan",
            ),
        ),
        (
            "Pasokan beras di pasar masih aman hingga akhir bulan, kata Kapolres Mekarsari, AKBP Doni Hermawan.",
            ("Doni Hermawan", "Kapolres", "Mekarsari", "Pasokan beras di pasar masih aman hingga akhir bulan"),
        ),
        (
            "Pasokan beras di pasar masih aman hingga akhir bulan, ujar Kepala Desa Mekarsari, Sutrisno.",
            ("Sutrisno", "Kepala Desa", "Desa Mekarsari", "Pasokan beras di pasar masih aman hingga akhir bulan"),
        ),
        (
            "Pasokan beras di pasar masih aman hingga akhir bulan, kata Direktur Utama PT Pangan Sukamaju, "
            "Hendra Wiratama.",
            (
                "Hendra Wiratama",
                "Direktur Utama PT Pangan Sukamaju",
                None,
                "Pasokan beras di pasar masih aman hingga akhir bulan",
            ),
        ),
        # (the name first, then the post, as before)
        (
            "Pasokan beras di pasar masih aman hingga akhir bulan, kata Yanti Susanti, Kepala Dinas Perdagangan "
            "Kota Sukamaju.",
            (
                "Yanti Susanti",
                "Kepala Dinas Perdagangan",
                "Kota Sukamaju",
                "Pasokan beras di pasar masih aman hingga akhir bulan",
            ),
        ),
    ],
)
def test_reported_speech_ending_with_the_post_then_the_name(
    body: str, expected: tuple[str, str, str | None, str], tmp_path: Path
) -> None:
    assert _said(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # a day or a place after the post's comma is no name
        "Pasokan beras di pasar masih aman hingga akhir bulan, kata Kepala Dinas Perdagangan, Senin.",
        "Pasokan beras di pasar masih aman hingga akhir bulan, kata Kepala Dinas Perdagangan, Jakarta.",
    ],
)
def test_reported_speech_ending_with_the_post_then_no_name(body: str) -> None:
    assert all(s.speaker is None for s in statements(f"Kabar Daerah\n\n{body}\n", "id"))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # titles before the name, degrees after it: neither is part of what was said
        (
            "Dijelaskan Kepala Dinas Kesehatan Kabupaten Sukamaju, dr. Maya Anggraini, M.Kes, kasus demam "
            "berdarah meningkat tajam.",
            ("Maya Anggraini", "kasus demam berdarah meningkat tajam"),
        ),
        (
            "Menurut Kepala Dinas Kesehatan Kabupaten Sukamaju, dr. Maya Anggraini, M.Kes, kasus demam "
            "berdarah meningkat tajam.",
            ("Maya Anggraini", "kasus demam berdarah meningkat tajam"),
        ),
        (
            "Disampaikan Rektor Universitas Mekarsari, Prof. Dr. Wahyu Santoso, M.Sc., kampus akan membuka "
            "program studi baru.",
            ("Wahyu Santoso", "kampus akan membuka program studi baru"),
        ),
        (
            "Ditegaskan Ketua Komisi B DPRD Kota Sukamaju, H. Ahmad Zaini, pengawasan proyek harus diperketat.",
            ("Ahmad Zaini", "pengawasan proyek harus diperketat"),
        ),
        (
            "Dikatakan Kepala Bagian Hukum Setda Kota Mekarsari, Rina Apriani, S.H., perda itu segera diundangkan.",
            ("Rina Apriani", "perda itu segera diundangkan"),
        ),
    ],
)
def test_a_name_between_commas_with_titles_and_degrees(body: str, expected: tuple[str, str]) -> None:
    assert [(s.speaker, s.text) for s in statements(f"Kabar Daerah\n\n{body}\n", "id")] == [expected]
