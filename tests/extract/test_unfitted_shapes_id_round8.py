"""Indonesian speakers the rules were not fitted to, eighth round: a cleric's title "KH." with its
full stop before the name, after a cue or "Menurut"; "Menurut X, warga harus ...", where the
comma opens what was said, not a resident's description; reported speech closed by the cue and
the name, then the day or the reporters it was said to ("..., kata Yanti, Senin.", "..., ujar
Kepala Desa X, Y, kepada wartawan."); a source the article leaves unnamed ("Seorang pejabat di
lingkungan Pemprov X yang enggan disebut namanya", "Salah satu perawat RSUD X", "Sumber di internal
partai"), whose statement is found with no speaker, never the one named next. Every row is a
small invented article (invented people, bodies, places)."""

from __future__ import annotations

import pytest

from tests.extract.ingested import statements


def _said(text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, post, what was said) of each statement of an invented Indonesian article."""
    return [(s.speaker, s.role, s.text) for s in statements(text, "id")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '"Perbedaan pilihan itu biasa," kata KH. Tatang.',
            [("Tatang", None, "Perbedaan pilihan itu biasa,")],
        ),
        (
            "Menurut KH. Tatang Syarifuddin, warga harus menjaga kerukunan menjelang pilkada.",
            [("Tatang Syarifuddin", None, "warga harus menjaga kerukunan menjelang pilkada")],
        ),
        (
            "Perbedaan pilihan itu biasa, kata Pengasuh Pondok Pesantren Darul Falah KH. Tatang Syarifuddin"
            " kepada wartawan.",
            [("Tatang Syarifuddin", "Pengasuh Pondok Pesantren Darul Falah", "Perbedaan pilihan itu biasa")],
        ),
    ],
)
def test_a_cleric_s_title_with_its_full_stop(body: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    text = f"Ulama Serukan Kerukunan\n\nHujan turun sejak pagi di Cikadu.\n\n{body}\n"
    assert _said(text) == expected


def test_the_title_s_full_stop_keeps_the_quote_with_the_cleric_named_before() -> None:
    text = (
        "Ulama Serukan Kerukunan\n\nPengasuh Pondok Pesantren Darul Falah, KH. Tatang Syarifuddin, meminta"
        ' warga menjaga kerukunan.\n\n"Perbedaan pilihan itu biasa," kata KH. Tatang.\n'
    )
    assert [speaker for speaker, _, _ in _said(text)] == ["Tatang Syarifuddin", "Tatang Syarifuddin"]


def test_menurut_a_name_then_a_clause_that_opens_with_warga() -> None:
    text = (
        "Ulama Serukan Kerukunan\n\nHujan turun sejak pagi di Cikadu.\n\n"
        "Menurut Tatang Syarifuddin, warga harus menjaga kerukunan menjelang pilkada.\n"
    )
    assert _said(text) == [("Tatang Syarifuddin", None, "warga harus menjaga kerukunan menjelang pilkada")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Jalan itu akan diperbaiki tahun depan, kata Kurniasih Widowati, Senin.",
            ("Kurniasih Widowati", None, "Jalan itu akan diperbaiki tahun depan"),
        ),
        (
            "Jalan itu akan diperbaiki tahun depan, ujar Kepala Desa Sukaresmi, Kurniasih Widowati, Senin (3/3).",
            ("Kurniasih Widowati", "Kepala Desa Sukaresmi", "Jalan itu akan diperbaiki tahun depan"),
        ),
        (
            "Anggaran perbaikan sudah masuk rencana kerja dinas, ujar Kepala Desa Sukaresmi, Tatang Sukmajaya,"
            " kepada wartawan.",
            ("Tatang Sukmajaya", "Kepala Desa Sukaresmi", "Anggaran perbaikan sudah masuk rencana kerja dinas"),
        ),
    ],
)
def test_reported_speech_closed_by_the_cue_then_the_day_or_the_reporters(
    body: str, expected: tuple[str | None, str | None, str]
) -> None:
    text = f"Jalan Desa Rusak\n\nHujan turun sejak pagi di Cikadu.\n\n{body}\n"
    assert _said(text) == [expected]


def test_a_day_after_the_content_of_an_event_is_no_cue_s_tail() -> None:
    # (the day belongs to what was reported; the cue before it closes nothing)
    text = (
        "Jalan Desa Rusak\n\nHujan turun sejak pagi di Cikadu.\n\n"
        "Kurniasih Widowati mengatakan rapat warga akan digelar di balai desa, Jumat.\n"
    )
    assert [speaker for speaker, _, _ in _said(text)] == ["Kurniasih Widowati"]


@pytest.mark.parametrize(
    "lede",
    [
        "Seorang pejabat di lingkungan Pemprov Sulawesi Tengah yang enggan disebut namanya mengatakan rotasi"
        " akan dilakukan pekan depan.",
        "Salah satu perawat RSUD Kota Mekarsari mengaku rotasi akan dilakukan pekan depan.",
        "Sumber di internal partai menyebut rotasi akan dilakukan pekan depan.",
        "Seorang narasumber di Polda Sulawesi Tengah mengatakan rotasi akan dilakukan pekan depan.",
    ],
)
def test_an_unnamed_source_speaks_and_is_no_one_named_next(lede: str) -> None:
    text = (
        f"Rotasi Pejabat\n\n{lede}\n\nSekretaris Daerah Provinsi Sulawesi Tengah Rohimah Sastrawinata"
        " menyebut belum ada jadwal pasti.\n"
    )
    assert [(speaker, said) for speaker, _, said in _said(text)] == [
        (None, "rotasi akan dilakukan pekan depan"),
        ("Rohimah Sastrawinata", "belum ada jadwal pasti"),
    ]


def test_one_described_then_named_after_a_comma_keeps_the_name() -> None:
    text = "Banjir Datang Malam\n\nSeorang warga Desa Sukaresmi, Kurniasih, mengatakan banjir datang tengah malam.\n"
    assert [speaker for speaker, _, _ in _said(text)] == ["Kurniasih"]


@pytest.mark.parametrize(
    ("introduced", "post"),
    [
        (
            "Pedagang di Pasar Sukaresmi, Yulianti Pasaribu, juga mengeluhkan sepinya pembeli.",
            "pedagang di Pasar Sukaresmi",
        ),
        ("Yulianti Pasaribu, pedagang di Pasar Sukaresmi, juga mengeluhkan sepinya pembeli.", "pedagang"),
        # (a description before the name is what she is, as one after it: round 9)
        ("Pedagang sayur, Yulianti Pasaribu, mengeluhkan sepinya pembeli.", "pedagang sayur"),
    ],
)
def test_a_quote_after_a_described_private_person_is_hers_not_the_official_s(introduced: str, post: str | None) -> None:
    text = (
        "Pasar Sepi\n\nKepala Dinas Perdagangan Kota Mekarsari Darmaji Hutapea mengatakan pemerintah akan"
        f' mengkaji tarif retribusi.\n\n"Kami akan duduk bersama pedagang," ujarnya.\n\n{introduced}\n\n'
        '"Sudah dua minggu sepi," katanya.\n'
    )
    assert _said(text)[-1] == ("Yulianti Pasaribu", post, "Sudah dua minggu sepi,")


@pytest.mark.parametrize("opening", ['"', "“", "”"])
def test_a_quote_run_over_two_paragraphs_with_its_closing_mark_only_at_the_end(opening: str) -> None:
    closing = "”" if opening != '"' else '"'
    text = (
        "Jembatan Gantung Diresmikan\n\nBupati Mekarsari Darmaji Hutapea meresmikan jembatan gantung di Desa"
        f" Sukaresmi.\n\n{opening}Jembatan ini memutus isolasi tiga desa. Anak-anak tidak perlu lagi menyeberang"
        f" sungai.\n\nKami juga siapkan anggaran untuk jalan desanya. Tahun depan dikerjakan,{closing} kata Darmaji.\n"
    )
    assert [(s.speaker, s.kind, s.text) for s in statements(text, "id")] == [
        (
            "Darmaji Hutapea",
            "direct",
            "Jembatan ini memutus isolasi tiga desa. Anak-anak tidak perlu lagi menyeberang sungai.",
        ),
        ("Darmaji Hutapea", "direct", "Kami juga siapkan anggaran untuk jalan desanya. Tahun depan dikerjakan,"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Air sumur sudah seminggu keruh, kata Yulianti Pasaribu, warga Kelurahan Sukaresmi, Selasa.",
            ("Yulianti Pasaribu", "warga Kelurahan Sukaresmi", "Air sumur sudah seminggu keruh"),
        ),
        (
            "Air sumur sudah seminggu keruh, ujar Yulianti Pasaribu, pedagang sayur, kepada wartawan.",
            ("Yulianti Pasaribu", "pedagang sayur", "Air sumur sudah seminggu keruh"),
        ),
        # (with no day or reporters after it, "warga ..." is what was said, no description)
        (
            "Terkait bantuan ini, kata Yulianti Pasaribu, warga tak hanya bisa menyumbang uang.",
            (
                "Yulianti Pasaribu",
                None,
                "warga tak hanya bisa menyumbang uang",
            ),
        ),
    ],
)
def test_a_private_person_s_description_between_the_name_and_the_day(
    body: str, expected: tuple[str | None, str | None, str]
) -> None:
    text = f"Air Sumur Keruh\n\nHujan turun sejak pagi di Cikadu.\n\n{body}\n"
    assert _said(text) == [expected]


@pytest.mark.parametrize(
    ("introduced", "epithet", "post"),
    [
        (
            "Peneliti Pusat Studi Demokrasi Universitas Mekarsari, Darmaji Hutapea,",
            "dosen ilmu politik itu",
            "Peneliti Pusat Studi Demokrasi Universitas Mekarsari",
        ),
        (
            "Direktur Eksekutif Lembaga Survei Cakrawala, Darmaji Hutapea,",
            "pengamat politik itu",
            "Direktur Eksekutif Lembaga Survei Cakrawala",
        ),
        # (an epithet that names a party post of a regent: the public office held stays the post)
        (
            "Bupati Mekarsari Darmaji Hutapea",
            "Ketua DPC Partai Golkar Mekarsari itu",
            "Bupati Mekarsari",
        ),
    ],
)
def test_a_lower_case_epithet_keeps_the_post_the_article_gave(introduced: str, epithet: str, post: str) -> None:
    text = (
        f"Pilkada Rawan\n\n{introduced} menilai pilkada rawan politik uang.\n\n"
        f'"Jangan sampai hanya formalitas," kata {epithet}.\n'
    )
    assert [(s.speaker, s.role) for s in statements(text, "id")][1] == ("Darmaji Hutapea", post)
