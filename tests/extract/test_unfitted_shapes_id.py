"""Indonesian article shapes the rules were not fitted to: who said it, in what post. Every
row is a small invented article (invented people and places) and what a reader must see."""

from __future__ import annotations

import pytest

from quotetrack.extract import ExtractedStatement
from tests.extract.ingested import statements, who


def _statements(text: str) -> list[ExtractedStatement]:
    return statements(text, "id")


def _who(text: str) -> list[tuple[str | None, str | None]]:
    return who(text, "id")


@pytest.mark.parametrize(
    ("lede", "speaker", "role"),
    [
        # a field of the post holds a word that also heads a document ("kebijakan", "data")
        ("Pengamat kebijakan publik Yulianti Rahman", "Yulianti Rahman", "Pengamat kebijakan publik"),
        ("Peneliti data kependudukan Agus Salimin", "Agus Salimin", "Peneliti data kependudukan"),
        (
            "Pengamat kebijakan publik Universitas Tanjung Sari, Dr. Yulianti Rahman,",
            "Yulianti Rahman",
            "Pengamat kebijakan publik Universitas Tanjung Sari",
        ),
    ],
)
def test_a_post_s_field_in_lower_case_is_no_document_owned_by_the_name(lede: str, speaker: str, role: str) -> None:
    text = f"Tarif Air Naik\n\n{lede} menilai kenaikan tarif air terlalu tinggi.\n"
    assert _who(text) == [(speaker, role)]


def test_a_finding_before_a_name_stays_the_finding_s() -> None:
    text = "Survei Terbaru\n\nSebelumnya, hasil survei Sumberjaya menyebut tingkat kepuasan publik naik.\n"
    assert [speaker for speaker, _ in _who(text)] == [None]


@pytest.mark.parametrize(
    ("post", "role"),
    [
        ("Pengamat ekonomi Universitas Tanjung Sari", "Pengamat ekonomi Universitas Tanjung Sari"),
        ("Dosen hukum tata negara Universitas Tanjung Sari", "Dosen hukum tata negara Universitas Tanjung Sari"),
    ],
)
def test_a_short_name_later_carries_the_post_in_full_not_its_body_alone(post: str, role: str) -> None:
    text = (
        f"Tarif Air Naik\n\n{post}, Yulianti Rahman, menilai kenaikan tarif air terlalu tinggi.\n"
        '"Pemerintah daerah seharusnya melakukan kajian dulu," kata Yulianti.\n'
    )
    assert _who(text) == [("Yulianti Rahman", role), ("Yulianti Rahman", role)]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("ujar bupati", "Sutrisno Adi"),
        ("kata wakil bupati", "Hendra Wijaya"),
        ("tutur kepala dinas", "Wahyu Kurniadi"),
        # words that are no post: no one
        ("kata warga", None),
    ],
)
def test_a_post_in_lower_case_after_the_verb_is_its_holder_s(cue: str, speaker: str | None) -> None:
    text = (
        "Bantuan Benih\n\nBupati Lumajang Sutrisno Adi dan Wakil Bupati Lumajang Hendra Wijaya menyerahkan "
        "bantuan benih padi. Kepala Dinas Pertanian Lumajang Wahyu Kurniadi menyebut benih mencapai 50 ton.\n"
        f'"Jangan tunggu sampai gagal panen," {cue}.\n'
    )
    assert _statements(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "meeting",
    [
        "Ia sempat bertemu Kepala Dinas PUPR Sukajaya Sigit Purnomo pekan lalu.",
        "Rahmat juga menemui Kepala Dinas PUPR Sukajaya Sigit Purnomo pekan lalu.",
        "Ia kemudian memanggil Kepala Dinas PUPR Sukajaya Sigit Purnomo.",
    ],
)
def test_the_object_of_an_active_verb_does_not_take_the_next_pronoun(meeting: str) -> None:
    text = (
        "Proyek Jalan Molor\n\nWakil Ketua DPRD Kota Sukajaya Rahmat Hidayat mengkritik proyek pelebaran jalan "
        f'yang molor. {meeting}\n"Kontraktornya harus diberi sanksi," kata dia.\n'
    )
    assert [speaker for speaker, _ in _who(text)] == ["Rahmat Hidayat", "Rahmat Hidayat"]


def test_a_name_opening_a_sentence_is_still_its_subject() -> None:
    text = (
        "Proyek Jalan Molor\n\nWakil Ketua DPRD Kota Sukajaya Rahmat Hidayat mengkritik proyek pelebaran jalan "
        "yang molor. Kepala Dinas PUPR Sukajaya Sigit Purnomo menjawab kritik itu pekan lalu.\n"
        '"Kontraktornya sudah kami tegur," kata dia.\n'
    )
    assert [speaker for speaker, _ in _who(text)] == ["Rahmat Hidayat", "Sigit Purnomo", "Sigit Purnomo"]


def test_a_given_name_two_people_share_opening_a_sentence_is_the_first_named() -> None:
    text = (
        "Menteri Pulih\n\nMenteri Kelautan Andi Saputra Wijaya kembali bekerja setelah dirawat. Ia didampingi "
        "Direktur RSUD Sleman Yohanes Andi Kurnia.\nSakit itu membuat Andi Saputra tidak bisa bekerja sebulan. "
        "Sejak dinyatakan positif Covid-19, Andi sempat tak sadarkan diri.\n"
        '"Saya tidak tahu kalau sudah tertular," ujarnya.\n'
    )
    assert _statements(text)[-1].speaker == "Andi Saputra Wijaya"


@pytest.mark.parametrize(
    ("lede", "speaker", "role"),
    [
        ("Direktur RS Harapan Sehat Yohanes Andi Kurnia", "Yohanes Andi Kurnia", "Direktur RS Harapan Sehat"),
        ("Kepala Sekolah SMA Bina Taruna Agus Salimin", "Agus Salimin", "Kepala Sekolah SMA Bina Taruna"),
        ("Kepala SMP Tunas Harapan Rina Marlina", "Rina Marlina", "Kepala SMP Tunas Harapan"),
        ("Direktur Klinik Sehat Sentosa Wahyu Hidayat", "Wahyu Hidayat", "Direktur Klinik Sehat Sentosa"),
        ("Kepala Puskesmas Sukasari Dewi Lestari", "Dewi Lestari", "Kepala Puskesmas Sukasari"),
        # no own name: the name is left whole
        ("Direktur RSU Dewi Lestari Handayani", "Dewi Lestari Handayani", "Direktur RSU"),
    ],
)
def test_a_hospital_s_or_school_s_own_name_ends_before_a_given_name(lede: str, speaker: str, role: str) -> None:
    text = f"Layanan Pasien\n\n{lede} mengatakan layanan tetap berjalan seperti biasa.\n"
    assert _who(text) == [(speaker, role)]


@pytest.mark.parametrize(
    ("named", "short", "speaker"),
    [
        ("Menteri Dalam Negeri Tito Wirawan", "Mendagri", "Tito Wirawan"),
        ("Wakil Menteri Keuangan Ani Suryani", "Wamenkeu", "Ani Suryani"),
        ("Menteri Koordinator Bidang Pangan Sutrisno Hadi", "Menko Pangan", "Sutrisno Hadi"),
        ("Menteri Koordinator Bidang Politik dan Keamanan Budi Gunadi", "Menko Polkam", "Budi Gunadi"),
        ("Menteri Komunikasi dan Informatika Budi Ariyanto", "Menkominfo", "Budi Ariyanto"),
        ("Menteri Koperasi Teten Marsudiono", "Menkop", "Teten Marsudiono"),
        # a syllable printed whole tells two portfolios apart
        ("Menteri Pertahanan Joko Santoso dan Menteri Pertanian Amran Sulaimana", "Mentan", "Amran Sulaimana"),
        ("Menteri Pertahanan Joko Santoso dan Menteri Pertanian Amran Sulaimana", "Menhan", "Joko Santoso"),
        # a portfolio the short form does not spell: no one
        ("Menteri Keuangan Ani Suryani", "Menkes", None),
    ],
)
def test_a_minister_s_short_form_names_the_minister_named_in_full_before(
    named: str, short: str, speaker: str | None
) -> None:
    text = f"Rapat Kabinet\n\n{named} hadir dalam rapat itu. {short} mengatakan stok pangan aman hingga akhir tahun.\n"
    assert _statements(text)[-1].speaker == speaker


def test_menko_alone_is_the_coordinating_minister_named_before() -> None:
    text = (
        "Rapat Kabinet\n\nMenteri Koordinator Bidang Pangan Sutrisno Hadi hadir dalam rapat itu. Menteri Koperasi "
        'Teten Marsudiono juga hadir.\n"Stok aman," kata Menko.\n'
    )
    assert _statements(text)[-1].speaker == "Sutrisno Hadi"


@pytest.mark.parametrize("verb", ["balas", "sahut", "seloroh", "canda", "kelakar"])
def test_a_reply_or_a_joke_after_a_quote_names_its_own_speaker(verb: str) -> None:
    text = (
        "Debat Anggaran\n\n"
        '"Anggaran pendidikan harus naik," kata Ketua Komisi E DPRD Sulsel Andi Rahman. '
        f'"Saya tidak setuju, fiskal kita terbatas," {verb} Wakil Ketua DPRD Sulsel Syamsul Bahri.\n'
    )
    assert [speaker for speaker, _ in _who(text)] == ["Andi Rahman", "Syamsul Bahri"]


@pytest.mark.parametrize("verb", ["balasnya", "sahutnya", "candanya"])
def test_a_reply_s_nya_form_is_the_one_speaking(verb: str) -> None:
    text = (
        "Debat Anggaran\n\nWakil Ketua DPRD Sulsel Syamsul Bahri menolak usulan itu.\n"
        f'"Fiskal kita terbatas," {verb}.\n'
    )
    assert [speaker for speaker, _ in _who(text)][-1] == "Syamsul Bahri"


@pytest.mark.parametrize("title", ["drh.", "drg."])
def test_a_vet_s_or_a_dentist_s_title_ends_no_sentence(title: str) -> None:
    text = (
        "Kasus Baru\n\nJuru Bicara Satgas Penanganan Penyakit Mulut dan Kuku Kabupaten Boyolali, "
        f"{title} Suparmanto, menyebut ada 15 kasus baru pekan ini.\n"
        f'"Kami sudah vaksinasi," kata {title} Suparmanto.\n'
    )
    role = "Juru Bicara Satgas Penanganan Penyakit Mulut dan Kuku"
    assert [(s.speaker, s.role, s.region) for s in _statements(text)] == [
        ("Suparmanto", role, "Kabupaten Boyolali"),
        ("Suparmanto", role, "Kabupaten Boyolali"),
    ]


@pytest.mark.parametrize(
    ("lede", "role", "region"),
    [
        ("Kepala Dinas Sosial Kabupaten Lebak, Eka Darmana Putra,", "Kepala Dinas Sosial", "Kabupaten Lebak"),
        ("Bupati Poso Verna Kalangi", "Bupati", "Poso"),
        ("Ketua DPRD Badung Made Sumerta", "Ketua DPRD", "Badung"),
    ],
)
def test_a_place_that_is_a_dictionary_word_after_an_office_is_its_region(lede: str, role: str, region: str) -> None:
    text = f"Bantuan Disalurkan\n\n{lede} mengatakan bantuan disalurkan ke 1.200 keluarga.\n"
    assert [(s.role, s.region) for s in _statements(text)] == [(role, region)]


@pytest.mark.parametrize(("office", "speaker"), [("Bupati Lebak", "Hasan Basrowi"), ("Bupati Poso", "Verna Kalangi")])
def test_an_office_and_such_a_place_alone_is_its_holder_not_a_person_named_so(office: str, speaker: str) -> None:
    text = (
        f"Pasar Baru\n\n{office} {speaker} meresmikan pasar baru, Senin (3/3/2025).\n"
        f'"Pasar ini untuk pedagang kecil," kata {office}.\n'
    )
    assert [(s.speaker, s.role) for s in _statements(text)] == [(speaker, "Bupati")]


@pytest.mark.parametrize("through", ["melalui", "lewat"])
def test_the_post_of_one_speaking_through_another_is_the_speaker_s_own(through: str) -> None:
    text = (
        f"Lowongan PPPK\n\nBupati Purwakarta Om Zainal {through} Kepala Badan Kepegawaian Daerah Purwakarta "
        "Rudi Hartawan mengatakan seleksi PPPK dibuka bulan depan.\n"
    )
    assert [(s.speaker, s.role, s.region) for s in _statements(text)] == [
        ("Rudi Hartawan", "Kepala Badan Kepegawaian Daerah", "Purwakarta")
    ]


@pytest.mark.parametrize(
    "attribution", ["Begitu kata Wali Kota Tegalsari Dedy Yonanda.", "Demikian ujar Wali Kota Tegalsari Dedy Yonanda."]
)
def test_so_said_after_a_quote_that_closed_its_sentence_names_the_speaker(attribution: str) -> None:
    text = f'Parkir Gratis\n\n"Parkir di pasar tradisional kami gratiskan mulai bulan depan." {attribution}\n'
    assert [s.speaker for s in _statements(text)] == ["Dedy Yonanda"]


def test_so_said_with_nya_is_the_one_speaking() -> None:
    text = (
        "Parkir Gratis\n\nWali Kota Tegalsari Dedy Yonanda meninjau pasar tradisional, Senin (3/3/2025).\n"
        '"Parkir di pasar kami gratiskan." Begitulah katanya.\n'
    )
    assert [s.speaker for s in _statements(text)] == ["Dedy Yonanda"]


def test_demikian_before_other_words_is_no_attribution() -> None:
    text = '"Jelas ada masalah." Demikian pula warga di sekitar pasar.\n'
    assert [s.speaker for s in _statements(f"Pasar\n\n{text}")] in ([], [None])


@pytest.mark.parametrize(
    ("lede", "speaker"),
    [
        ("Ketua RW 05 Kelurahan Cempaka Putih Sarbini", "Sarbini"),
        ("Kepala Desa Kebun Mangga Sarbini", "Sarbini"),
        ("Kepala Desa Sungai Loban Rusdianto", "Rusdianto"),
        # a place of one word: the name after it whole
        ("Kepala Desa Sukamaju Ujang Saepudin", "Ujang Saepudin"),
    ],
)
def test_a_village_s_or_ward_s_place_of_two_words_ends_before_a_one_word_name(lede: str, speaker: str) -> None:
    text = f"Warga Menolak\n\n{lede} mengatakan warga menolak pembangunan gudang di lingkungan mereka.\n"
    assert [s.speaker for s in _statements(text)] == [speaker]


@pytest.mark.parametrize(
    ("lede", "speaker", "role"),
    [
        (
            "General Manager Bandara Soekarno-Hatta Heru Karyanto",
            "Heru Karyanto",
            "General Manager Bandara Soekarno-Hatta",
        ),
        ("Ketua TKN Wiratama-Sulastri Rosan Hartawan", "Rosan Hartawan", "Ketua TKN Wiratama-Sulastri"),
    ],
)
def test_a_pair_of_names_that_names_a_place_or_a_team_ends_before_the_speaker_s(
    lede: str, speaker: str, role: str
) -> None:
    text = f"Arus Mudik\n\n{lede} mengatakan ada tambahan 200 penerbangan selama arus mudik.\n"
    assert _who(text) == [(speaker, role)]


def test_a_ticket_of_two_is_still_filed_under_the_first() -> None:
    text = "Kampanye\n\nWiratama Surya-Sulastri Dewi mengatakan program makan gratis akan dilanjutkan.\n"
    assert [speaker for speaker, _ in _who(text)] == ["Wiratama Surya"]


@pytest.mark.parametrize(
    "group",
    [
        "Puluhan warga yang ikut aksi itu",
        "Sejumlah pemuda yang ikut dalam kelompok ini",
        "Para pedagang di pasar itu",
    ],
)
def test_many_people_described_are_no_one_named_before(group: str) -> None:
    text = (
        "Warga Tolak Tambang\n\nKetua Forum Warga Peduli Lingkungan Asep Kurniadi memimpin aksi di depan kantor "
        f"bupati.\n{group} mengaku khawatir sumber air mereka tercemar limbah tambang.\n"
    )
    assert [s.speaker for s in _statements(text) if "sumber air" in s.text] == [None]


def test_an_epithet_of_one_person_still_stands_for_the_one_speaking() -> None:
    text = (
        "Warga Tolak Tambang\n\nKetua Forum Warga Peduli Lingkungan Asep Kurniadi memimpin aksi di depan kantor "
        "bupati.\nPria yang akrab disapa Asep itu mengaku khawatir sumber air warga tercemar limbah tambang.\n"
    )
    assert [s.speaker for s in _statements(text) if "sumber air" in s.text] == ["Asep Kurniadi"]


def test_a_post_with_its_place_after_the_verb_is_that_place_s_holder_not_the_last_named() -> None:
    text = (
        "Operasi Gabungan\n\nKapolres Bogor AKBP Rio Wahyu Anggara dan Kapolres Sukabumi AKBP Samiantoro menggelar "
        "operasi gabungan di perbatasan.\n"
        '"Operasi akan rutin," ujar Kapolres Bogor.\n'
        '"Kami amankan 20 kendaraan," kata Kapolres Sukabumi.\n'
    )
    assert [(s.speaker, s.region) for s in _statements(text)] == [
        ("Rio Wahyu Anggara", "Bogor"),
        ("Samiantoro", "Sukabumi"),
    ]


@pytest.mark.parametrize(
    ("lede", "speaker", "role"),
    [
        ("Kepala SMPN 2 Cikalong Dedeh Kurniasih Rahayu", "Dedeh Kurniasih Rahayu", "Kepala SMPN 2 Cikalong"),
        ("Kepala Sekolah SDN 1 Cibeber Yayah Rokayah, S.Pd.I", "Yayah Rokayah", "Kepala Sekolah SDN 1 Cibeber"),
        # a known given name after the number: no place printed, the name whole
        ("Kepala SD Negeri 3 Dadang Suhendar Wijaya", "Dadang Suhendar Wijaya", "Kepala SD Negeri 3"),
    ],
)
def test_a_numbered_school_s_place_ends_before_a_name_no_known_given_name_opens(
    lede: str, speaker: str, role: str
) -> None:
    text = f"Kekurangan Guru\n\n{lede} mengatakan sekolahnya masih kekurangan guru honorer.\n"
    assert _who(text) == [(speaker, role)]


@pytest.mark.parametrize(
    ("source", "speaker", "role"),
    [
        (
            "menurut Kepala Dinas Kesehatan Kabupaten Cianjur Yusman Faisaludin,",
            "Yusman Faisaludin",
            "Kepala Dinas Kesehatan",
        ),
        (
            "menurut Sekretaris Jenderal Gabungan Pengusaha Alat Kesehatan dan Laboratorium (Gakeslab) Randy Hermanto,",
            "Randy Hermanto",
            "Sekretaris Jenderal Gabungan Pengusaha Alat Kesehatan dan Laboratorium (Gakeslab)",
        ),
    ],
)
def test_a_long_post_named_inside_the_sentence_after_menurut_is_its_source(
    source: str, speaker: str, role: str
) -> None:
    text = f"Angka Stunting\n\nAngka stunting tahun ini, {source} turun menjadi 18 persen dari 24 persen.\n"
    assert _who(text) == [(speaker, role)]


@pytest.mark.parametrize(
    ("lede", "speaker", "role"),
    [
        ("Kepala Basarnas Marsekal Madya TNI (Purn) Bagus Purwanto", "Bagus Purwanto", "Kepala Basarnas"),
        ("Ketua Umum PPAD Letjen TNI (Purn) Doni Marsono", "Doni Marsono", "Ketua Umum PPAD"),
    ],
)
def test_retired_after_a_rank_is_no_part_of_the_post(lede: str, speaker: str, role: str) -> None:
    text = f"Pencarian Korban\n\n{lede} mengatakan pencarian korban diperpanjang tiga hari.\n"
    assert _who(text) == [(speaker, role)]


def test_the_sundanese_north_ends_a_district_s_name_before_the_head_s() -> None:
    text = "Saluran Air\n\nCamat Cibeunying Kaler Dadang Sutisnawan mengimbau warga menjaga kebersihan saluran air.\n"
    assert _who(text) == [("Dadang Sutisnawan", "Camat Cibeunying Kaler")]


def test_sang_before_a_post_in_lower_case_after_the_verb_is_its_holder() -> None:
    text = (
        "Pasar Baru\n\nBupati Kendal Dyah Kartika Permatasari meresmikan pasar baru, Senin (3/3/2025).\n"
        '"Pedagang harus tertib," kata sang bupati.\n'
    )
    assert [s.speaker for s in _statements(text)] == ["Dyah Kartika Permatasari"]


@pytest.mark.parametrize(
    ("lede", "role", "region"),
    [
        (
            "Anggota Komisi D DPRD Jawa Tengah dari Fraksi PKB, Hj. Siti Nurjanah,",
            "Anggota Komisi D DPRD dari Fraksi PKB",
            "Jawa Tengah",
        ),
        ("Anggota DPRD Kabupaten Garut Fraksi Golkar Rudi Hartawan", "Anggota DPRD Fraksi Golkar", "Kabupaten Garut"),
        # the caucus before the legislature: as before
        ("Ketua Fraksi PDIP DPRD Kota Bandung Rudi Hartawan", "Ketua Fraksi PDIP DPRD", "Kota Bandung"),
    ],
)
def test_a_regional_legislature_s_place_before_its_member_s_caucus_is_the_region(
    lede: str, role: str, region: str
) -> None:
    text = f"Jalan Rusak\n\n{lede} meminta pemerintah provinsi segera memperbaiki jalan rusak di jalur pantura.\n"
    assert [(s.role, s.region) for s in _statements(text)] == [(role, region)]


@pytest.mark.parametrize(
    ("apposed", "role"),
    [
        ("Kuasa hukumnya, Dedi Mulyawan,", "Kuasa hukum"),
        ("Pengacaranya, Dedi Mulyawan,", "Pengacara"),
        ("Juru bicaranya, Dedi Mulyawan,", "Juru bicara"),
    ],
)
def test_a_post_in_nya_before_a_name_is_the_post(apposed: str, role: str) -> None:
    text = (
        "Mantan Bupati Diperiksa\n\nMantan Bupati Sukajaya Rahmat Yasinudin diperiksa penyidik KPK. "
        f"{apposed} mengatakan kliennya kooperatif selama pemeriksaan.\n"
    )
    assert _who(text) == [("Dedi Mulyawan", role)]


@pytest.mark.parametrize(
    ("apposed", "role", "region"),
    [
        ("Rudi Hartawan, Bupati Garut,", "Bupati", "Garut"),
        ("Hendra Kurniadi, Kepala Dinas Pertanian Kabupaten Ciamis,", "Kepala Dinas Pertanian", "Kabupaten Ciamis"),
        # a village stays in the post, as it does before a name
        ("Hendra Kurniadi, Kepala Desa Sukamaju,", "Kepala Desa Sukamaju", None),
    ],
)
def test_a_post_after_the_name_has_its_place_as_region(apposed: str, role: str, region: str | None) -> None:
    text = f"Bantuan Pupuk\n\n{apposed} mengatakan stok pupuk bersubsidi aman hingga akhir tahun.\n"
    assert [(s.role, s.region) for s in _statements(text)] == [(role, region)]
