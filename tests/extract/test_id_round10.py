"""Indonesian speakers the rules were not fitted to, tenth round: a body or a place glued to the
name with no comma ("Camat Pangalengan X", "Rektor Universitas Sebelas Maret X", "Direktur Utama
PT Jasa Marga X ... kata X", "Kadis Perkim Sukabumi X") ends at the name; a street named after
someone is a place ("Pedagang di Jalan Gatot Soebroto mengeluhkan ..." names no one); "perwira
pertama itu" goes to the junior officer; "kata Tgk. X" and "ujar Pdt. X" name X. Every row is a
small invented article (invented people and bodies, real places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.ingested import as_printed, statements


def _said(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker, post) of each statement of an invented Indonesian article."""
    return [(s.speaker, s.role) for s in statements(text, "id")]


def _article(paragraph: str) -> str:
    return f"Kabar Daerah\n\nBANDUNG, Warta Kita - {paragraph}\n"


@pytest.mark.parametrize(
    ("paragraph", "speaker", "post"),
    [
        (
            "Camat Pangalengan Darmukti mengatakan jalan desa putus akibat longsor semalam.",
            "Darmukti",
            "Camat Pangalengan",
        ),
        (
            "Kades Sukaresmi Prawirosentono mengatakan logistik pengungsi cukup hingga sepekan.",
            "Prawirosentono",
            "Kades Sukaresmi",
        ),
        (
            "Rektor Institut Teknologi Sepuluh Nopember Prawirosentono mengatakan wisuda digelar"
            ' pekan depan. "Lulusan kami diserap industri," ujarnya.',
            "Prawirosentono",
            "Rektor Institut Teknologi Sepuluh Nopember",
        ),
        (
            "Rektor Universitas Sebelas Maret Darmukti mengatakan kampus membuka program studi baru tahun depan.",
            "Darmukti",
            "Rektor Universitas Sebelas Maret",
        ),
        (
            "Direktur Utama PT Jasa Marga Prawirosentono mengatakan ruas tol baru siap dioperasikan."
            ' "Uji kelaikan sudah lolos," kata Prawirosentono.',
            "Prawirosentono",
            "Direktur Utama PT Jasa Marga",
        ),
        (
            "Kadis Perkim Sukabumi Tetenbudi mengatakan rumah tidak layak huni diperbaiki tahun ini.",
            "Tetenbudi",
            "Kadis Perkim Sukabumi",
        ),
        (
            "Kabid Dalops Sarmolo mengatakan armada pemadam kebakaran ditambah dua unit tahun depan.",
            "Sarmolo",
            "Kabid Dalops",
        ),
        (
            "Kasi Perlindungan Tanaman Sarmolo mengatakan petugas sudah menyemprot lahan yang terserang hama.",
            "Sarmolo",
            "Kasi Perlindungan Tanaman",
        ),
        (
            "Rektor Universitas Sebelas November Malang Darmukti mengatakan kampus membuka jalur beasiswa.",
            "Darmukti",
            "Rektor Universitas Sebelas November Malang",
        ),
        (
            "Rektor Universitas Tujuh Belas Agustus Semarang Darmukti mengatakan kampus menerima mahasiswa baru.",
            "Darmukti",
            "Rektor Universitas Tujuh Belas Agustus Semarang",
        ),
    ],
)
def test_a_body_or_place_glued_to_the_name_stays_out_of_it(paragraph: str, speaker: str, post: str) -> None:
    said = _said(_article(paragraph))
    assert said and all(s == (speaker, post) for s in said)


@pytest.mark.parametrize(
    ("lede", "speaker", "post"),
    [
        # a common word is often a given name ("Teguh", "Intan", "Indah"): after a local head's
        # post or a unit's field it opens the name, as before this round
        ("Camat Teguh Prakoso", "Teguh Prakoso", "Camat"),
        ("Lurah Intan Permatasari", "Intan Permatasari", "Lurah"),
        ("Kasi Pemerintahan Indah Wulansari", "Indah Wulansari", "Kasi Pemerintahan"),
    ],
)
def test_a_common_word_that_is_a_given_name_opens_the_name(lede: str, speaker: str, post: str) -> None:
    assert _said(_article(f"{lede} mengatakan jalan desa rusak parah sejak musim hujan.")) == [(speaker, post)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Pedagang di Jalan Gatot Soebroto mengeluhkan sepinya pembeli sejak jalan itu diperbaiki.",
        "Warga di Pasar Sentral mengatakan debu proyek mengganggu pernapasan anak-anak.",
    ],
)
def test_a_street_named_after_someone_is_a_place_not_a_speaker(paragraph: str) -> None:
    assert _said(_article(paragraph)) == [(None, None)]


def test_a_name_after_the_street_is_the_speaker_s_when_the_article_calls_him_by_it() -> None:
    text = _article(
        "Warga di Jalan Sudirman Lukito mengatakan debu proyek mengganggu pernapasan."
        ' "Anak saya batuk terus," kata Lukito.'
    )
    assert [s for s, _ in _said(text)] == ["Lukito", "Lukito"]


def test_a_firm_s_short_form_ends_its_name_and_a_given_name_opens_the_person_s() -> None:
    text = _article(
        "Manajer Humas PT KCI Hartati Wulandari mengatakan jadwal kereta berubah mulai Senin."
        ' "Penumpang kami minta datang lebih awal," kata Wulandari.'
    )
    assert [s for s, _ in _said(text)] == ["Hartati Wulandari", "Hartati Wulandari"]


def test_perwira_pertama_goes_to_the_junior_officer_not_the_last_named() -> None:
    text = (
        "Banjir Bayongbong\n\nGARUT - Dandim Garut Letkol Inf Lukito Hadinoto meninjau banjir."
        ' "Kami kerahkan 200 prajurit," kata Lukito.\n\nDanramil Bayongbong Kapten Inf Prasojo Wiratmo'
        " ikut membersihkan lumpur. Camat Bayongbong Gunarsih mendampingi."
        ' "Kami bantu warga sampai tuntas," kata perwira pertama itu.\n'
    )
    assert [s for s, _ in _said(text)] == ["Lukito Hadinoto", "Prasojo Wiratmo"]


@pytest.mark.parametrize("title", ["Tgk.", "Pdt.", "Ust."])
def test_a_cleric_s_title_with_its_full_stop_opens_the_name_after_the_verb(title: str) -> None:
    text = (
        "Festival Adat\n\nBANDA ACEH - Ketua Majelis Adat Kota Banda Aceh Tgk. H. Faisal Mahmudi membuka"
        f' festival.\n\n"Festival ini untuk merawat adat," kata {title} Faisal.\n'
    )
    assert [s for s, _ in _said(text)][-1] == "Faisal Mahmudi"


@pytest.mark.parametrize("title", ["Hj.", "Ir.", "Drs.", "KH."])
def test_a_title_s_full_stop_inside_a_pair_of_officials_ends_no_sentence(title: str) -> None:
    """ "Ia" after "Bupati X [title] Y dan Wakil Bupati Z meninjau ...": the first of the pair, who
    opens the sentence, as without the title."""
    text = (
        f"Banjir Losari\n\nBREBES - Bupati Brebes {title} Sriwidayati dan Wakil Bupati Brebes Amiruddin Latief"
        " meninjau lokasi banjir di Kecamatan Losari.\nIa mengatakan bantuan segera disalurkan kepada warga.\n"
    )
    assert _said(text) == [("Sriwidayati", "Bupati")]


def _speaking(text: str) -> list[tuple[str | None, str]]:
    """(speaker, kind of speaker) of each statement."""
    return [(s.speaker, s.speaker_kind) for s in statements(text, "id")]


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("RSUD dr. Slamet Garut meminta keluarga pasien membatasi jumlah pembesuk.", "RSUD dr. Slamet Garut"),
        ("RS Hasan Sadikin mengingatkan pasien membawa surat rujukan dari puskesmas.", "RS Hasan Sadikin"),
    ],
)
def test_a_hospital_named_after_someone_speaks_as_a_body(paragraph: str, body: str) -> None:
    assert _speaking(_article(paragraph)) == [(body, "organisation")]


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("Dinas Kesehatan Kabupaten Cirebon meminta warga menguras bak.", "Dinas Kesehatan Kabupaten Cirebon"),
        ("Pemkab Subang mengimbau seluruh aparatur sipil negara menjaga netralitas.", "Pemkab Subang"),
        ("Bawaslu Subang menegaskan akan menindak ASN yang berpolitik praktis.", "Bawaslu Subang"),
    ],
)
def test_a_body_as_the_subject_of_a_speech_verb_is_cited_as_the_body(paragraph: str, body: str) -> None:
    """The body said it: it is cited as the speaker and never filed as an official named after
    it; its head is the speaker only where the article says the head spoke for it."""
    assert _speaking(_article(paragraph)) == [(body, "organisation")]


def test_a_body_speaking_through_its_official_is_the_official_s_statement() -> None:
    text = _article(
        "Dinas Kesehatan Garut melalui Kepala Bidang P2P, Rukmini Sastro, mengimbau warga menguras bak mandi."
    )
    assert _speaking(text) == [("Rukmini Sastro", "person")]


def test_an_agency_s_credit_after_a_quote_leaves_the_paragraph_s_statements() -> None:
    text = (
        "Sekolah Rusak\n\nCIAMIS, Ciamis Kini - Plt. Kepala Disdik Ciamis H. Darmukti Suryadi, S.Pd., M.M."
        ' mengatakan 40 sekolah rusak berat tahun ini. "Kami prioritaskan yang paling parah," katanya.'
        " (ANTARA/Yudi)\n"
    )
    assert [s for s, _ in _said(text)] == ["Darmukti Suryadi", "Darmukti Suryadi"]


def test_a_photo_s_description_is_no_statement() -> None:
    text = (
        "Harga Gabah\n\nKARAWANG - Kadis Pertanian Karawang Sarmolo Wirakusumah mengatakan pemkab membeli"
        ' gabah petani.\n\nKeterangan foto: Petani memanen padi di Desa Tempuran. "Harga gabah turun terus,"'
        " keluh seorang petani. (KARAWANG KINI/Dok)\n\nFoto: Bupati meninjau sawah. (ANTARA/Yudi)\n"
    )
    assert [s for s, _ in _said(text)] == ["Sarmolo Wirakusumah"]


@pytest.mark.parametrize(
    "governor", ["Gubernur Sumbar Irwansyah Datuk Bagindo", "Gubernur Sumbar Dr. (H.C.) Irwansyah Datuk Bagindo"]
)
def test_a_clan_title_inside_a_name_and_an_honorary_doctorate_stay_out_of_the_post(
    governor: str, tmp_path: Path
) -> None:
    body = (
        f"PADANG - {governor} mengatakan gelar kehormatan itu untuk masyarakat."
        ' "Ini milik warga Sumbar," ujar Irwansyah.'
    )
    assert as_printed(body, tmp_path, "id") == [("Irwansyah Datuk Bagindo", "Gubernur", "Sumatera Barat")] * 2


def test_a_malaysian_honour_after_a_state_keeps_the_state_in_the_post() -> None:
    text = (
        "Kunjungan\n\nJOHOR BAHRU - Menteri Besar Johor Datuk Onn Hafiz mengatakan kerja sama perbatasan"
        " diperluas tahun depan.\n"
    )
    assert [s for s, _ in _said(text)] == ["Onn Hafiz"]
