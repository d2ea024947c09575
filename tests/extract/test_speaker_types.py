"""Speakers who hold no post: what the article says a private person is (a shop owner, a
resident, a farmer) is kept as the statement's role, in lower case as printed, so the person is
cited as such and never taken for an official of the same name. Every row is a small invented
article (invented people, bodies, places)."""

from __future__ import annotations

import pytest

from quotetrack.extract.descriptors import is_private_description
from quotetrack.resolve.posts import canonical_post, shown_role
from tests.extract.ingested import placed, statements, who


def _id(body: str) -> str:
    return f"Kabar Daerah\n\nHujan turun sejak pagi di kawasan itu.\n\n{body}\n"


def _en(body: str) -> str:
    return f"Local News\n\nRain fell all morning in the area.\n\n{body}\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # '," kata X (45), <description> di <place>.': the description, up to its place
        (
            '"Pembeli mulai berkurang," kata Asep Sukmana (45), pemilik warung kopi di Jalan Merdeka.',
            ("Asep Sukmana", "pemilik warung kopi"),
        ),
        ('"Kami hanya bisa pasrah," ujar Sulastri, pedagang sayur di Pasar Kembang.', ("Sulastri", "pedagang sayur")),
        ('"Ikan makin sulit dicari," ujar Darmawan, nelayan di Pantai Karang Hijau.', ("Darmawan", "nelayan")),
        ('"Pupuk langka," kata Suparman (60), petani jagung di Desa Lembang Sari.', ("Suparman", "petani jagung")),
        (
            '"Penumpang sepi sejak pagi," tutur Joko Susilo, sopir angkot jurusan Terminal Baru.',
            ("Joko Susilo", "sopir angkot jurusan Terminal Baru"),
        ),
        (
            '"Kami butuh kepastian," kata Maria Ulfa, mahasiswa Universitas Lembah Hijau.',
            ("Maria Ulfa", "mahasiswa Universitas Lembah Hijau"),
        ),
        (
            '"Antrean sejak subuh," kata Nurhayati (38), ibu rumah tangga di Kampung Duri.',
            ("Nurhayati", "ibu rumah tangga"),
        ),
        (
            '"Harga cabai naik terus," keluh Wartini (50), penjual cabai di Pasar Induk Cemara.',
            ("Wartini", "penjual cabai"),
        ),
        # reported speech: the description between commas after the name
        (
            "Rina Marlina, pengunjung pasar malam, menuturkan harga tiket naik dua kali lipat.",
            ("Rina Marlina", "pengunjung pasar malam"),
        ),
        (
            "Slamet Widodo, pengemudi ojek daring di Kota Baru, mengatakan pendapatannya turun separuh.",
            ("Slamet Widodo", "pengemudi ojek daring"),
        ),
        ("Darmawan (41), nelayan asal Desa Pasir Putih, mengatakan ikan makin sulit dicari.", ("Darmawan", "nelayan")),
        (
            "Menurut Samsul Arifin (33), pengemudi taksi daring, tarif baru terlalu rendah.",
            ("Samsul Arifin", "pengemudi taksi daring"),
        ),
        # "salah satu", "salah seorang", "seorang": one of them, no part of what one is
        ('"Harga naik terus," kata Wartini, salah satu pedagang di Pasar Induk Cemara.', ("Wartini", "pedagang")),
        ('"Kami rugi besar," ujar Darmawan, seorang nelayan di Pantai Karang Hijau.', ("Darmawan", "nelayan")),
        (
            "Siti Rahayu (29), salah seorang pengunjung, mengatakan tiket habis sejak pagi.",
            ("Siti Rahayu", "pengunjung"),
        ),
        (
            "Lestari Wulan (32), peserta dalam pelatihan itu, mengatakan materi menjahit sangat berguna baginya.",
            ("Lestari Wulan", "peserta"),
        ),
        # "lain", "lainnya": one of several, no part of what one is
        ("Yusuf Kalla (43), penghuni rusun lainnya, mengatakan air sering mati.", ("Yusuf Kalla", "penghuni rusun")),
        # a description before the name, opening the sentence: its capital is the sentence's
        (
            "Pemilik warung kopi, Asep Sukmana, mengatakan pembeli mulai berkurang sejak harga naik.",
            ("Asep Sukmana", "pemilik warung kopi"),
        ),
        ("Salah seorang warga, Rahmat Hidayat, mengatakan jalan rusak sejak tahun lalu.", ("Rahmat Hidayat", "warga")),
        # "bernama": the name follows, no part of the description
        ('"Harga naik terus," kata seorang pedagang bernama Wartini.', ("Wartini", "pedagang")),
        (
            "Pedagang sayur bernama Sulastri mengaku omzetnya turun separuh sejak harga naik.",
            ("Sulastri", "pedagang sayur"),
        ),
    ],
)
def test_an_indonesian_private_person_keeps_the_description(body: str, expected: tuple[str, str]) -> None:
    assert who(_id(body), "id") == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "warga <place>": the place, when it is one, is the region
        (
            '"Air tidak mengalir," tutur Budi Hartanto, warga Desa Sukamaju.',
            ("Budi Hartanto", "warga Desa Sukamaju", "Desa Sukamaju"),
        ),
        (
            '"Jalan ini rusak," kata Rahmat Hidayat (52), warga Kelurahan Tanjung Mas.',
            ("Rahmat Hidayat", "warga Kelurahan Tanjung Mas", "Kelurahan Tanjung Mas"),
        ),
        (
            "Yohanes Lake, warga Kecamatan Oebobo, mengatakan listrik padam dua kali sehari.",
            ("Yohanes Lake", "warga Kecamatan Oebobo", "Kecamatan Oebobo"),
        ),
        (
            '"Air sudah tiga hari tidak mengalir," kata warga Desa Sukamaju, Budi Hartanto.',
            ("Budi Hartanto", "warga Desa Sukamaju", "Desa Sukamaju"),
        ),
        ('"Air sudah surut," kata Budi Hartanto, warga setempat.', ("Budi Hartanto", "warga setempat", None)),
    ],
)
def test_a_resident_s_place_is_the_region(body: str, expected: tuple[str, str, str | None]) -> None:
    assert placed(_id(body), "id") == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # '," said X, a <description> in <place>.': the words before the preposition
        ('"Customers are staying away," said Tom Baker, a shop owner in Riverton.', ("Tom Baker", "shop owner")),
        ('"The water has been off," said Mary Collins, 52, a retired teacher.', ("Mary Collins", "retired teacher")),
        ('"We cannot plant anything," said Joe Marsh, a farmer in Pell County.', ("Joe Marsh", "farmer")),
        ('"The fares doubled," said Aisha Grant, a commuter from Eastvale.', ("Aisha Grant", "commuter")),
        ("Nina Patel, a nurse at Lakeside Clinic, said the ward had been full.", ("Nina Patel", "nurse")),
        (
            "Greg Olson, 61, a retired postal worker, said the closure would hurt.",
            ("Greg Olson", "retired postal worker"),
        ),
        ('"It is a disaster," said Ruth Klein, a local business owner.', ("Ruth Klein", "local business owner")),
        ("Lena Fox, a 34-year-old nurse, said staff were exhausted.", ("Lena Fox", "34-year-old nurse")),
        ('"It was chaos," said Ben Tuck, a witness.', ("Ben Tuck", "witness")),
        ("According to Ravi Shah, a taxi driver in Millbrook, fares fell by half.", ("Ravi Shah", "taxi driver")),
        ('"We will stay open," said Rosa Diaz, owner of the Corner Cafe.', ("Rosa Diaz", "owner of the Corner Cafe")),
        (
            '"Nobody came," said Ivy Chen, a longtime resident of the Harbor district.',
            ("Ivy Chen", "longtime resident"),
        ),
        # before the name: "a resident, X,", "Shop owner X said"
        ('"We cannot afford this," a resident, Jane Doe, said.', ("Jane Doe", "resident")),
        ("One resident, Carl Hobbs, said nobody had warned them.", ("Carl Hobbs", "resident")),
        ('"I lost everything," said one villager, Kofi Mensah.', ("Kofi Mensah", "villager")),
        ("Shop owner Tom Baker said customers were staying away.", ("Tom Baker", "shop owner")),
        ("Local farmer Joe Marsh said the rain came too late.", ("Joe Marsh", "local farmer")),
    ],
)
def test_an_english_private_person_keeps_the_description(body: str, expected: tuple[str, str]) -> None:
    assert who(_en(body), "en") == [expected]


def test_a_resident_of_a_place_has_it_for_region() -> None:
    body = '"Nobody told us anything," said Carl Hobbs, a resident of Millbrook.'
    assert placed(_en(body), "en") == [("Carl Hobbs", "resident", "Millbrook")]


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        # what is no description stays no role: a date, a party, a relative
        ('"Air sudah surut," kata Budi Hartanto, Senin (5/1).', "id", ("Budi Hartanto", None)),
        ('"We will appeal," said Ann Lee, a Democrat from Riverton.', "en", ("Ann Lee", None)),
        ('"We just want answers," said Paul Grey, 44, a father of two from Eastvale.', "en", ("Paul Grey", None)),
        # a post after the name stays the post
        (
            '"Bantuan sudah kami salurkan," kata Endang Suherman, Kepala Desa Sukamaju.',
            "id",
            ("Endang Suherman", "Kepala Desa Sukamaju"),
        ),
    ],
)
def test_no_description_no_role(body: str, lang: str, expected: tuple[str, str | None]) -> None:
    text = _id(body) if lang == "id" else _en(body)
    assert who(text, lang) == [expected]


@pytest.mark.parametrize(
    "description",
    ["warga", "warga Desa Sukamaju", "pemilik warung kopi", "pedagang sayur", "nelayan", "shop owner", "resident"],
)
def test_a_description_is_shown_but_files_no_post(description: str) -> None:
    # (the store files a post as a membership: a resident or a shop owner holds none)
    assert canonical_post(description, "Desa Sukamaju") is None
    assert shown_role(description, None) == description


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "<post> X at <body>" as "<post> X of <body>": the body is no part of the name or the post
        ("Economist Laura Kim at the University of Westbrook said inflation was easing.", ("Laura Kim", "Economist")),
        ("Analyst Peter Vance at Greenfield Capital said the increase would last.", ("Peter Vance", "Analyst")),
        ("Researcher Dana Holt at the Coastal Institute said the data were incomplete.", ("Dana Holt", "Researcher")),
        # a scientist quoted on the field, named after the speech verb
        ('"Cases will rise," said epidemiologist Omar Farid of Lakeside University.', ("Omar Farid", "epidemiologist")),
        ('"The virus is changing," said virologist Ines Moraes of the Delta Institute.', ("Ines Moraes", "virologist")),
    ],
)
def test_an_expert_s_body_after_at_or_of(body: str, expected: tuple[str, str]) -> None:
    assert who(_en(body), "en") == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a town's police speak as its force, a body, never as a person named "Riverton"
        ("Riverton police said the suspect had been arrested.", ("Riverton Police", "organisation")),
        ('"He was armed," Eastvale police said.', ("Eastvale Police", "organisation")),
        ("The suspect fled on foot, Port Selby police said.", ("Port Selby Police", "organisation")),
        ('"The road stays closed," local police said.', ("Police", "organisation")),
        ("State police said the highway would reopen on Friday.", ("Police", "organisation")),
    ],
)
def test_a_town_s_police_speak_as_a_body(body: str, expected: tuple[str, str]) -> None:
    assert [(s.speaker, s.speaker_kind) for s in statements(_en(body), "en")] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a company's "Corp.", "Inc.", "Ltd." before the verb ends no clause: the company speaks
        ("Norland Corp. said it would appeal the ruling.", ("Norland Corp", "organisation")),
        (
            "Greenfield Capital Inc. said on Monday it would appeal the ruling.",
            ("Greenfield Capital Inc", "organisation"),
        ),
        ("Harbor Foods Ltd. said in a statement that its plant would reopen.", ("Harbor Foods Ltd", "organisation")),
        # after the verb the full stop may end the sentence: the next one is no part of the body
        ('"We will appeal," said a spokesman for Norland Corp. Shares fell.', ("Norland Corp", "organisation")),
    ],
)
def test_a_company_s_abbreviated_form_before_the_verb(body: str, expected: tuple[str, str]) -> None:
    assert [(s.speaker, s.speaker_kind) for s in statements(_en(body), "en")] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "<kind> itu/tersebut" refers back to the body of that kind the article named before
        (
            "Kementerian Kesehatan menerbitkan aturan baru soal obat.\n\n"
            "Kementerian itu menyatakan aturan berlaku Juni.",
            "Kementerian Kesehatan",
        ),
        (
            "Kementerian Kelautan dan Perikanan menerbitkan aturan.\n\n"
            "Kementerian tersebut menyebut aturan berlaku Juni.",
            "Kementerian Kelautan dan Perikanan",
        ),
        (
            "Dinas Perhubungan Kota Baru menutup jalur itu sejak Senin.\n\n"
            "Dinas tersebut menyebut penutupan berlangsung sepekan.",
            "Dinas Perhubungan Kota Baru",
        ),
        # (the body a head of it is named with, not the head's name)
        (
            "Kepala Dinas Sosial Lembah Hijau Budi Santoso meninjau posko.\n\n"
            "Dinas itu menyebut bantuan sudah disalurkan.",
            "Dinas Sosial Lembah Hijau",
        ),
        # a firm by its "PT"; of two bodies joined by "dan", the firm
        (
            "PT Sinar Abadi Jaya menghentikan produksi sejak Senin.\n\n"
            "Perusahaan itu menyatakan pabrik dibuka bulan depan.",
            "PT Sinar Abadi Jaya",
        ),
        (
            "PT Sinar Abadi Jaya dan Dinas Tenaga Kerja menggelar mediasi.\n\n"
            "Perusahaan tersebut menyatakan pesangon akan dibayar penuh bulan depan.",
            "PT Sinar Abadi Jaya",
        ),
        # "lembaga itu": a body of any kind
        (
            "Badan Pusat Data merilis angka terbaru.\n\nLembaga itu menyebut angka kemiskinan turun dua persen.",
            "Badan Pusat Data",
        ),
    ],
)
def test_an_indonesian_body_referred_back_to_by_its_kind(body: str, expected: str) -> None:
    assert [(s.speaker, s.speaker_kind) for s in statements(_id(body), "id")] == [(expected, "organisation")]


def test_a_body_s_kind_with_no_such_body_named_is_no_one() -> None:
    body = "Menteri Kesehatan Rina Kartika menerbitkan aturan.\n\nLembaga itu menyatakan aturan berlaku mulai Juni."
    assert [s.speaker for s in statements(_id(body), "id")] == [None]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "X (32), <description> itu/ini/tersebut, mengatakan": X, described, not an epithet of no one
        (
            "Rini Astuti, pedagang yang ditemui di pasar itu, mengatakan harga cabai naik dua kali lipat.",
            ("Rini Astuti", "pedagang"),
        ),
        (
            "Bagus Prasetyo (40), salah satu korban banjir tersebut, mengaku belum menerima bantuan apa pun.",
            ("Bagus Prasetyo", "korban banjir"),
        ),
        (
            "Yanti Susanti, pengunjung pameran ini, menuturkan harga tiket masuk terlalu mahal untuk keluarga.",
            ("Yanti Susanti", "pengunjung pameran"),
        ),
        (
            "Dodi Kurniawan (25), sopir truk yang terjebak macet itu, mengatakan antrean sudah ada sejak subuh.",
            ("Dodi Kurniawan", "sopir truk"),
        ),
        # (an opening clause before the comma names no one: the epithet's holder, as before)
        (
            "Bupati Lembah Hijau Ahmad Fauzi berpidato di alun-alun.\n\nDengan memakai bahasa Sunda, bapak dua anak "
            "itu mengatakan pembangunan pasar dimulai bulan depan.",
            ("Ahmad Fauzi", "Bupati Lembah Hijau"),
        ),
    ],
)
def test_a_name_described_up_to_a_demonstrative(body: str, expected: tuple[str, str]) -> None:
    assert who(_id(body), "id")[-1:] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "the company", "the firm", "it" after a company named by its "Corp", "Inc.", "Ltd"
        ("Norland Corp cut 200 jobs on Monday.\n\nThe company said the cuts were needed to stay open.", "Norland Corp"),
        (
            "Greenfield Capital Inc. posted a loss.\n\nThe firm said it expected a recovery next year.",
            "Greenfield Capital Inc",
        ),
        (
            "Mayor Tom Baker met staff of Norland Corp on Monday.\n\nThe company said the meeting went well.",
            "Norland Corp",
        ),
        ("Harbor Foods Ltd closed its plant.\n\nIt said the closure was temporary.", "Harbor Foods Ltd"),
    ],
)
def test_a_company_referred_back_to(body: str, expected: str) -> None:
    assert [(s.speaker, s.speaker_kind) for s in statements(_en(body), "en")] == [(expected, "organisation")]


@pytest.mark.parametrize(
    ("role", "private"),
    [
        ("pemilik warung kopi", True),
        ("warga Desa Sukamaju", True),
        ("shop owner", True),
        ("retired postal worker", True),
        ("owner of the Corner Cafe", True),
        ("Bupati", False),
        ("Kepala Dinas Pertanian", False),
        ("spokesperson", False),
        (None, False),
    ],
)
def test_a_private_description_is_told_from_a_post(role: str | None, private: bool) -> None:
    # (for the resolver: a shopkeeper named as an official is not that official)
    assert is_private_description(role) is private


@pytest.mark.parametrize(
    "body",
    [
        # "Profesor", spelt out, is a title as "Prof." is: no part of the name
        "Guru besar Universitas Lembah Hijau, Profesor Ahmad Zaki, menilai kurikulum baru terlalu padat.",
        '"Kurikulum baru terlalu padat bagi siswa," kata Profesor Ahmad Zaki.',
        "Profesor Ahmad Zaki mengatakan kurikulum baru terlalu padat bagi siswa.",
    ],
)
def test_profesor_is_a_title(body: str) -> None:
    assert [s.speaker for s in statements(_id(body), "id")] == ["Ahmad Zaki"]
