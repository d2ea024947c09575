"""Indonesian speakers the rules were not fitted to, fourth round: bodies named by a hero or their
own word before the person's name, nobles' names, hamlet heads. Every row is a small invented
article (invented people, bodies, places)."""

from __future__ import annotations

import pytest

from tests.extract.ingested import who


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a hospital named after a hero or a place ("RSUD Sultan X", "RSUD Raden X"): its own name,
        # then the director's
        ("Direktur RSUD Sultan Imanudin Bambang Irawanto", ("Bambang Irawanto", "Direktur RSUD Sultan Imanudin")),
        ("Direktur RSUD Raden Matahir Fadli Rahmanto", ("Fadli Rahmanto", "Direktur RSUD Raden Matahir")),
        (
            "Direktur RSUD Abdul Rivai Syahrani Rina Marlinda",
            ("Rina Marlinda", "Direktur RSUD Abdul Rivai Syahrani"),
        ),
        ("Direktur RSUD Cut Mutiara Teuku Fauzan", ("Teuku Fauzan", "Direktur RSUD Cut Mutiara")),
        ("Direktur RSUD Teuku Umaris Budi Setiawan", ("Budi Setiawan", "Direktur RSUD Teuku Umaris")),
        # (a bank's own word the same way)
        ("Ekonom Bank Permadi Yosua Pardingotan", ("Yosua Pardingotan", "Ekonom Bank Permadi")),
        ("Chief Economist Bank Nusawira Andri Setiabakti", ("Andri Setiabakti", "Chief Economist Bank Nusawira")),
        ("Direktur Utama Bank Sejahtera Darmawan Junaedy", ("Darmawan Junaedy", "Direktur Utama Bank Sejahtera")),
        ("Kepala Ekonom Bank Sentral Asiana David Sumarsana", ("David Sumarsana", "Kepala Ekonom Bank Sentral Asiana")),
        # (a noble's first word after a university's name opens the person's name)
        ("Rektor Universitas Syiah Kualanamu Teuku Marzuki", ("Teuku Marzuki", "Rektor Universitas Syiah Kualanamu")),
        (
            "Rektor Universitas Halu Olewo La Ode Muhammad Saleh",
            ("La Ode Muhammad Saleh", "Rektor Universitas Halu Olewo"),
        ),
        ("Rektor Universitas Teuku Umaris Ishak Hasanudin", ("Ishak Hasanudin", "Rektor Universitas Teuku Umaris")),
    ],
)
def test_a_body_s_own_name_before_the_person_s(lede: str, expected: tuple[str, str]) -> None:
    text = f"Kabar Daerah\n\n{lede} mengatakan pihaknya masih menyiapkan bantuan bagi warga yang terdampak banjir.\n"
    assert who(text, "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a hamlet's or a Papuan village's head ("Kepala Dusun", "Kepala Kampung"): the unit's word
        # is the post's, never the name's first
        ("Kepala Kampung Yohanes Wendani", ("Yohanes Wendani", "Kepala Kampung")),
        ("Kepala Kampung Agus Karubabu", ("Agus Karubabu", "Kepala Kampung")),
        ("Kepala Dusun Sri Wahyuningrum", ("Sri Wahyuningrum", "Kepala Dusun")),
        # (one word after the village's word: a given name the list knows is its head's, as after "Lurah")
        ("Kepala Desa Hendra", ("Hendra", "Kepala Desa")),
        ("Kepala Dusun Rina", ("Rina", "Kepala Dusun")),
        # (any other word is the village's: no name)
        ("Kepala Desa Sukamakmur", (None, "Kepala Desa Sukamakmur")),
        ("Kepala Dusun Krajan", (None, "Kepala Dusun Krajan")),
    ],
)
def test_a_hamlet_s_head_and_his_name(lede: str, expected: tuple[str | None, str]) -> None:
    text = f"Kabar Desa\n\n{lede} mengatakan air sudah surut sejak pagi dan warga mulai membersihkan rumah.\n"
    assert who(text, "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a party named by dictionary words ("Partai Bulan Bintang", "Partai Keadilan Sejahtera"):
        # its words are the post's, the person's name opens at a word no dictionary holds or a given name
        ("Sekjen Partai Bulan Bintang Afriyansah Nurdani", ("Afriyansah Nurdani", "Sekjen Partai Bulan Bintang")),
        ("Kader Partai Bulan Sabit Tegar Prasetyadi", ("Tegar Prasetyadi", "Kader Partai Bulan Sabit")),
        (
            "Sekretaris Partai Cahaya Bangsa Rina Puspitaningrum",
            ("Rina Puspitaningrum", "Sekretaris Partai Cahaya Bangsa"),
        ),
        (
            "Juru Bicara Partai Kebangkitan Nusantara Danial Johansari",
            ("Danial Johansari", "Juru Bicara Partai Kebangkitan Nusantara"),
        ),
        (
            "Wakil Ketua Partai Gerakan Indonesia Raya Ahmad Muzakkirin",
            ("Ahmad Muzakkirin", "Wakil Ketua Partai Gerakan Indonesia Raya"),
        ),
        # (a civic body's and a portfolio's name the same way)
        (
            "Ketua Lembaga Bantuan Hukum Masyarakat Arif Maulidi",
            ("Arif Maulidi", "Ketua Lembaga Bantuan Hukum Masyarakat"),
        ),
        ("Koordinator Aliansi Buruh Bersatu Sukma Jayadi", ("Sukma Jayadi", "Koordinator Aliansi Buruh Bersatu")),
        (
            "Ketua Koalisi Warga Bersih Lestari Yanti Puspasari",
            ("Yanti Puspasari", "Ketua Koalisi Warga Bersih Lestari"),
        ),
        (
            "Staf Ahli Bupati Bidang Ekonomi Hadiyana Sutrisno",
            ("Hadiyana Sutrisno", "Staf Ahli Bupati Bidang Ekonomi"),
        ),
        (
            "Kepala Bidang Kesehatan Masyarakat Kartini Rahayuningsih",
            ("Kartini Rahayuningsih", "Kepala Bidang Kesehatan Masyarakat"),
        ),
        # (a dictionary word that opens names ends the body's: "Putri", "Teguh", "Intan")
        ("Ketua DPD Partai Golkar Intan Permata Sarinah", ("Intan Permata Sarinah", "Ketua DPD Partai Golkar")),
        ("Direktur Lembaga Kajian Teguh Prakoso Wibisono", ("Teguh Prakoso Wibisono", "Direktur Lembaga Kajian")),
        (
            "Ketua Umum Partai Keadilan Sejahtera Hidayat Nur Wahidin",
            ("Hidayat Nur Wahidin", "Ketua Umum Partai Keadilan Sejahtera"),
        ),
        # (a one-word party keeps a name that a dictionary word opens)
        ("Ketua Umum Partai Gelora Anis Mattasaridewi", ("Anis Mattasaridewi", "Ketua Umum Partai Gelora")),
    ],
)
def test_a_body_s_name_of_dictionary_words_is_the_post_s(lede: str, expected: tuple[str, str]) -> None:
    text = f"Kabar Politik\n\n{lede} mengatakan partainya siap mengikuti pemilihan kepala daerah tahun depan.\n"
    assert who(text, "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # an English post in Indonesian copy names its firm right after it, one word (and its kind),
        # then the person's two words
        ("Head of Communications Lapakria Ekhal Candrawana", ("Ekhal Candrawana", "Head of Communications Lapakria")),
        ("CEO Belanjaku Welix Halimunda", ("Welix Halimunda", "CEO Belanjaku")),
        ("Co-Founder Tehsari Nadia Kusumawati", ("Nadia Kusumawati", "Co-Founder Tehsari")),
        ("Chief Marketing Officer Jalanria Dimas Pratomo", ("Dimas Pratomo", "Chief Marketing Officer Jalanria")),
        ("Head of Research Kiwara Sekuritas Sekar Maharani", ("Sekar Maharani", "Head of Research Kiwara Sekuritas")),
        # (an English post of two joined by "and" is whole: "Partner" is a post word)
        (
            "Partner and Head of Tax di Konsultan Pajak Mandiri, Rudi Hartawan,",
            ("Rudi Hartawan", "Partner and Head of Tax di Konsultan Pajak Mandiri"),
        ),
        # (a given name the list knows opens the name: no firm printed)
        ("Managing Director Agus Hartono Wibisono", ("Agus Hartono Wibisono", "Managing Director")),
        # (a longer rest may be a longer name, and a firm printed before it ends the post)
        ("Founder Kelana Aryasa Abyasa Fidzuri", ("Kelana Aryasa Abyasa Fidzuri", "Founder")),
    ],
)
def test_an_english_post_names_its_firm_before_the_person(lede: str, expected: tuple[str, str]) -> None:
    text = f"Kabar Bisnis\n\n{lede} mengatakan perusahaannya akan menambah layanan di kota-kota kecil tahun depan.\n"
    assert who(text, "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a Butonese noble's "La Ode" / "Wa Ode" opens the name, never ends a local place
        ("Kepala Desa Wa Ode Nurhayani", ("Wa Ode Nurhayani", "Kepala Desa")),
        ("Lurah La Ode Rahimun", ("La Ode Rahimun", "Lurah")),
        ("Camat La Ode Muhammad Idrisan", ("La Ode Muhammad Idrisan", "Camat")),
        ("Ketua RT 05 La Ode Basrun", ("La Ode Basrun", "Ketua RT 05")),
        ("Kepala Puskesmas Wa Ode Zahra", ("Wa Ode Zahra", "Kepala Puskesmas")),
        ("Kepala Sekolah SDN 2 Wa Ode Fatimawati", ("Wa Ode Fatimawati", "Kepala Sekolah SDN 2")),
    ],
)
def test_la_ode_and_wa_ode_open_the_name(lede: str, expected: tuple[str, str]) -> None:
    text = f"Kabar Daerah\n\n{lede} mengatakan air bersih sudah kembali mengalir ke rumah warga sejak kemarin.\n"
    assert who(text, "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # a cleric's word of respect ("Romo", "Buya") before a full name ends the body's name
        (
            "Rektor Universitas Sanata Darmasari Romo Albertus Bagusanto",
            ("Albertus Bagusanto", "Rektor Universitas Sanata Darmasari"),
        ),
        ("Ketua Yayasan Al Azhariah Buya Hamzah Yusufi", ("Hamzah Yusufi", "Ketua Yayasan Al Azhariah")),
        ("Pastor Paroki Santo Yosafat Romo Antonius Suharjanto", ("Antonius Suharjanto", "Paroki Santo Yosafat")),
    ],
)
def test_a_word_of_respect_ends_the_body_s_name(lede: str, expected: tuple[str, str]) -> None:
    text = f"Kabar Daerah\n\n{lede} mengatakan kegiatan sosial itu akan digelar setiap bulan bersama warga sekitar.\n"
    assert who(text, "id") == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # an English "University" after its own name ("IPB University") ends it; the name follows
        ("Rektor Tekno University Arif Satriawan", ("Arif Satriawan", "Rektor Tekno University")),
        ("Rektor Bintara University Suyanto Hadiwinoto", ("Suyanto Hadiwinoto", "Rektor Bintara University")),
        ("Wakil Rektor Mandala University Budi Hartanto", ("Budi Hartanto", "Wakil Rektor Mandala University")),
        ("Dosen Cakrawala University Teguh Prakosa", ("Teguh Prakosa", "Dosen Cakrawala University")),
    ],
)
def test_an_english_university_word_ends_its_own_name(lede: str, expected: tuple[str, str]) -> None:
    text = f"Kabar Kampus\n\n{lede} mengatakan kampusnya membuka program beasiswa bagi mahasiswa dari daerah.\n"
    assert who(text, "id") == [expected]
