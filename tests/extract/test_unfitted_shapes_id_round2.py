"""Indonesian speakers the rules were not fitted to, second round: ranks spelled out, two
officials in one subject. Every row is a small invented article (invented people, bodies, places)."""

from __future__ import annotations

import pytest

from tests.extract.ingested import who


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a police rank of three or four words spelled out before the name: none of it is the name's
        ("Kepala Kepolisian Resor Sleman Ajun Komisaris Besar Polisi Rahmat Hidayat", "Rahmat Hidayat"),
        ("Kabid Humas Polda Jawa Tengah Komisaris Besar Polisi Iqbal Santoso", "Iqbal Santoso"),
        ("Komisaris Besar Polisi Hendra Gunawan", "Hendra Gunawan"),
        ("Kapolres Aceh Besar Ajun Komisaris Besar Polisi Riki Kurniawan", "Riki Kurniawan"),
        ("Direktur Lalu Lintas Polda Jawa Barat Komisaris Besar Polisi Eddy Junaidi", "Eddy Junaidi"),
    ],
)
def test_a_rank_spelled_out_is_no_part_of_the_name(lede: str, expected: str) -> None:
    text = f"Kabar Daerah\n\n{lede} mengatakan pihaknya masih menyelidiki kasus itu bersama tim gabungan.\n"
    assert [name for name, _ in who(text, "id")] == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # "A bersama B": A is the clause's subject, and keeps the post printed before A's own name
        (
            "Menteri Koordinator Bidang Perekonomian Airlangga Santoso bersama Kepala Badan Pusat Statistik "
            "Margo Yulianto",
            ("Airlangga Santoso", "Menteri Koordinator Bidang Perekonomian"),
        ),
        (
            "Menteri Kesehatan Budi Gunawan Sadikin bersama Direktur Utama RSUP Persahabatan Agus Dwi Susanto",
            ("Budi Gunawan Sadikin", "Menteri Kesehatan"),
        ),
        (
            "Wali Kota Bogor Bima Ardiansyah bersama Kepala Dinas Perhubungan Kota Bogor Eko Prabowo",
            ("Bima Ardiansyah", "Wali Kota"),
        ),
        (
            "Ketua DPRD Kota Semarang Kadar Lusman beserta Sekretaris Daerah Kota Semarang Iswar Aminudin",
            ("Kadar Lusman", "Ketua DPRD"),
        ),
        # (narration before a comma opens the subject: no side's)
        (
            "Sementara itu, Bupati Kendal Dico Ganindra bersama Kepala Dinas Kesehatan Kendal Ferdi Bonay",
            ("Dico Ganindra", "Bupati"),
        ),
        (
            "Di sela kunjungannya, Gubernur Bali Wayan Kertha bersama Kepala Dinas Pariwisata Bali Made Pemayun",
            ("Wayan Kertha", "Gubernur"),
        ),
    ],
)
def test_two_officials_joined_each_keep_their_own_post(lede: str, expected: tuple[str, str]) -> None:
    text = f"Kabar Daerah\n\n{lede} menyampaikan bahwa program itu akan berjalan sepanjang tahun ini.\n"
    assert who(text, "id") == [expected]


@pytest.mark.parametrize(
    "opening",
    [
        # a body's published figures or report: no one states them, and the body's last word is no name
        "Menurut laporan terbaru Bank Dunia,",
        "Menurut laporan Dana Moneter Internasional,",
        "Menurut laporan Organisasi Pangan Dunia,",
        "Menurut data terbaru Dana Moneter Internasional,",
    ],
)
def test_a_body_s_report_after_menurut_names_no_one(opening: str) -> None:
    text = f"Kabar Ekonomi\n\n{opening} pertumbuhan ekonomi kawasan diperkirakan melambat pada tahun depan.\n"
    assert who(text, "id") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an adjective opening an impersonal sentence before a verb: no one named "Sulit" speaks
        "Sulit memastikan diri patuh pada aturan ketika kebutuhan hidup terus mendesak bagi warga.",
        "Wajar menyebutkan kenaikan ini sebagai yang tertinggi dalam lima tahun terakhir di kota itu.",
        "Penting menegaskan bahwa bantuan harus sampai ke tangan warga yang membutuhkan di desa.",
        "Susah menjelaskan kepada anak-anak mengapa harga jajanan terus naik setiap minggu di pasar.",
    ],
)
def test_an_adjective_opening_an_impersonal_sentence_is_no_speaker(sentence: str) -> None:
    text = f"Kabar Daerah\n\nHarga beras di pasar tradisional terus naik sejak awal bulan ini.\n\n{sentence}\n"
    assert who(text, "id") == []


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        # a firm's English post after the name and its comma, in Indonesian copy: the capitalised
        # words after the post are its region or field, not a second name
        ("Kevin Santoso, Managing Director Asia Pacific di Volta Motors", "Kevin Santoso"),
        ("Andreas Halim, Partner and Head of Southeast Asia Private Equity di Nusantara Capital", "Andreas Halim"),
        ("Dewi Kartika, Country Director Greater China di Mitra Logistik", "Dewi Kartika"),
        ("Yohanes Sitorus, Regional Head Sumatra Utara di Bank Samudra", "Yohanes Sitorus"),
    ],
)
def test_an_english_post_after_the_name_leaves_the_name_whole(mention: str, expected: str) -> None:
    text = f'Kabar Bisnis\n\n"Minat investor terhadap perusahaan rintisan masih sangat tinggi," tutur {mention}.\n'
    assert [name for name, _ in who(text, "id")] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # another official, post and name, earlier in the clause: the officer after the comma
        # holds none of that post
        (
            "Menanggapi kebijakan yang ditetapkan oleh Gubernur Jawa Barat Ridwan Santoso, Kombes Ahmad Ramli "
            "mengatakan pihaknya akan mengawal pelaksanaan aturan tersebut.",
            ("Ahmad Ramli", None),
        ),
        (
            "Menindaklanjuti instruksi Kapolda Jawa Tengah Irjen Ahmad Lutfi Santoso, Kombes Iqbal Rahman "
            "mengatakan patroli malam akan ditambah di seluruh wilayah.",
            ("Iqbal Rahman", None),
        ),
        (
            "Usai bertemu Gubernur Bali Wayan Kardiasa, Brigjen Made Sudarta mengatakan latihan gabungan "
            "akan digelar di Denpasar bulan depan.",
            ("Made Sudarta", None),
        ),
    ],
)
def test_another_official_s_post_earlier_in_the_clause_is_not_the_speaker_s(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    assert who(f"Kabar Daerah\n\n{sentence}\n", "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a name of five words after the post's place, none of them a noble's title or a given
        # name the list knows: every word is the name's
        ("Bupati Gowa Adnan Purichta Ichsan Yasin Limpo", "Adnan Purichta Ichsan Yasin Limpo"),
        ("Wakil Gubernur Sumatera Utara Musa Rajekshah Ahmad Syah Putra", "Musa Rajekshah Ahmad Syah Putra"),
        (
            "Sekretaris Daerah Kota Medan Wiriya Alrahman Putra Hasibuan Siregar",
            "Wiriya Alrahman Putra Hasibuan Siregar",
        ),
    ],
)
def test_a_name_of_five_words_after_the_post_s_place_is_whole(lede: str, expected: str) -> None:
    text = f"Kabar Daerah\n\n{lede} mengatakan pembangunan jalan desa akan dipercepat tahun ini.\n"
    assert [name for name, _ in who(text, "id")] == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a post described by the nickname of its holder, no name printed: the nickname names him
        # ("Kang", "Cak", "Gus" stay in the name people go by; "Mas", "Mbak" are only address)
        ("Wali Kota Bandung yang akrab disapa Kang Yana itu", ("Kang Yana", "Wali Kota")),
        ("Bupati Banyuwangi yang akrab disapa Mbak Ipuk itu", ("Ipuk", "Bupati")),
        ("Bupati Trenggalek yang biasa disapa Mas Ipin itu", ("Ipin", "Bupati")),
        ("Ketua DPRD Jawa Timur yang akrab disapa Mbak Anik itu", ("Anik", "Ketua DPRD")),
    ],
)
def test_a_post_s_nickname_names_its_holder(lede: str, expected: tuple[str, str]) -> None:
    text = f"Kabar Daerah\n\n{lede} memastikan seluruh warga terdampak akan menerima bantuan pekan ini.\n"
    assert who(text, "id") == [expected]
