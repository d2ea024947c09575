"""prepare(): raw article file -> stored text + metadata read from the text."""

from datetime import date

import pytest

from quotetrack.extract import extract
from quotetrack.text import prepare
from quotetrack.text.clean import unglue, words_seen

SUBANG = (
    "Subang, JMI - Pj.Bupati Subang, Dr. Drs. Budi, MA.Cd membuka rapat koordinasi. Kamis, 30/5/ 2024\n"
    "Budi mengatakan bahwa semua pihak harus menjaga netralitas.\n"
    "Pewarta: Siti Aminah\n"
    "0 komentar :\n"
    "Posting Komentar"
)


def test_reads_dateline_date_and_byline_before_dropping_them():
    text, meta = prepare(SUBANG)
    assert meta.place == "Subang"
    assert meta.outlet_tag == "JMI"
    assert meta.published == date(2024, 5, 30)
    assert meta.author == "Siti Aminah"
    assert meta.language == "id"
    assert text.startswith("Pj.Bupati Subang")
    assert "Pewarta" not in text and "komentar" not in text.casefold()


def test_title_line_becomes_meta_title():
    text, meta = prepare("Gubernur Luncurkan Mobil Pangan\n\nGubernur Riau meluncurkan mobil pangan.\n")
    assert meta.title == "Gubernur Luncurkan Mobil Pangan"
    assert text == "Gubernur Riau meluncurkan mobil pangan."


@pytest.mark.parametrize(
    "junk",
    [
        "SCROLL TO CONTINUE WITH CONTENT",
        "ADVERTISEMENT",
        "Baca juga: Harga cabai naik lagi",
        "Foto: Petugas memeriksa kendaraan (Dok. Polres)",
        "Editor: Rina",
        "Penulis: Rina",
        "2 komentar",
        "Lihat juga Video Menteri Hadir di Peresmian Jembatan Baru",  # a video's title, no colon
        'Tonton juga video "Transformasi Layanan Sosial" di sini:',
        "CLARIFICATION: The first sentence has been clarified to reflect that the chairman calls for a plan.",
        "Correction: An earlier version of this story misstated the minister's title.",
        "Editor's note: This story has been updated.",
        "[Video: FULL SPEECH: President Obama Speech at the Caucus dinner (9/17/16) Watch on YouTube.]",
    ],
)
def test_drops_boilerplate_lines(junk):
    text, _ = prepare(f"Judul Berita\n\nKalimat pertama berita ini.\n{junk}\nKalimat kedua berita ini.")
    assert text == "Kalimat pertama berita ini.\nKalimat kedua berita ini."


def test_normalises_nbsp_and_crlf():
    text, _ = prepare("Judul\r\n\r\nWarga\u00a0desa berkumpul di balai.\r\nMereka menunggu bantuan.")
    assert text == "Warga desa berkumpul di balai.\nMereka menunggu bantuan."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Banjir melanda desa itu (1/4/2022).Balita ikut dievakuasi.",
            ["Banjir melanda desa itu (1/4/2022).", "Balita ikut dievakuasi."],
        ),
        (
            "Polisi menahan dua orang.Keduanya warga setempat.",
            ["Polisi menahan dua orang.", "Keduanya warga setempat."],
        ),
        (
            'Acara digelar di balai desa."Kami senang," kata warga.',
            ["Acara digelar di balai desa.", '"Kami senang," kata warga.'],
        ),
        ("Rapat di Kab.Subang dipimpin Pj.Bupati hari ini.", ["Rapat di Kab.Subang dipimpin Pj.Bupati hari ini."]),
        (
            "Sebanyak 69 persen menolak penundaan Pemilu 2024.Direktur Riset SMRC Deni Irawan mengatakan itu.",
            ["Sebanyak 69 persen menolak penundaan Pemilu 2024.", "Direktur Riset SMRC Deni Irawan mengatakan itu."],
        ),
        ("Harga naik 2.5 persen pada 10.30 WIB.", ["Harga naik 2.5 persen pada 10.30 WIB."]),
    ],
)
def test_splits_run_together_paragraphs_but_not_abbreviations(raw, expected):
    text, _ = prepare("Judul\n\n" + raw)
    assert text.split("\n") == expected


def test_trailing_initials_are_the_author():
    text, meta = prepare("BOGOR - Wali Kota meninjau pasar pagi ini. (abc)")
    assert meta.place == "Bogor"
    assert meta.author == "abc"
    assert text == "Wali Kota meninjau pasar pagi ini."


@pytest.mark.parametrize(
    ("last", "kept", "author"),
    [
        # The writer's name after the closing quote's sentence: not part of the speaker's name.
        ('"Kita menghormati mereka," tutup Saleh. (Ari)', '"Kita menghormati mereka," tutup Saleh.', "Ari"),
        # A capitalised word in brackets inside the sentence is the text's.
        ("Rapat dipimpin oleh Ketua Komisi (Firli)", "Rapat dipimpin oleh Ketua Komisi (Firli)", None),
    ],
)
def test_a_name_in_brackets_after_the_last_sentence_is_the_author(last: str, kept: str, author: str | None):
    text, meta = prepare(f"Judul Berita\n\nKalimat pertama berita ini. {last}")
    assert text == f"Kalimat pertama berita ini. {kept}"
    assert meta.author == author


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # Body-only copy opens with its lede: a whole sentence, kept as text.
        (
            "Wakil Bupati Sukamaju Hendra Wijaya mulai membagikan paket sembako kepada warga kurang mampu "
            "di tiga kecamatan pada Senin pagi.\n\nPembagian berlangsung tertib.\n",
            None,
        ),
        # A short Indonesian lede: its function words show a sentence, not a headline.
        ("Bupati Sukamaju meninjau panen raya di Desa Cikaret pada Senin.\n\nPanen berlangsung lancar.\n", None),
        # A headline may print a full stop; it is short.
        (
            "Governor says budget will balance.\n\nThe governor said the budget would balance.\n",
            "Governor says budget will balance.",
        ),
    ],
)
def test_a_lede_is_no_title(raw: str, title: str | None) -> None:
    text, meta = prepare(raw)
    assert meta.title == title
    assert text.startswith(raw.split("\n")[0] if title is None else "The governor")


def test_an_outlet_glued_to_the_lede_is_no_place() -> None:
    text, meta = prepare("KABARDAERAH.COM-Bupati Sukamaju Hendra Wijaya meninjau pasar.\n")
    assert text.startswith("Bupati Sukamaju")
    assert meta.place is None


def test_english_article():
    text, meta = prepare("Minister backs plan\n\nThe minister said on Oct. 20, 2025 that the plan was sound.")
    assert meta.language == "en"
    assert meta.published == date(2025, 10, 20)
    assert text.startswith("The minister said")


def test_outlet_before_place():
    _, meta = prepare("Liputan6.com, Banyuwangi - Bupati meninjau posyandu.")
    assert meta.place == "Banyuwangi"
    assert meta.outlet_tag == "Liputan6.com"


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        # The headline ends where a sentence opens (a capital, then lower-case words)...
        (
            'Jalan ditutup," katanya. Baca Juga : Banjir Rendam Tiga Desa di Bekasi Di samping itu, '
            "warga diminta waspada.",
            ['Jalan ditutup," katanya.', "Di samping itu, warga diminta waspada."],
        ),
        # ... at a double space...
        (
            "Baca Juga: Warga Antre Minyak Goreng di Pasar Baru  Sebenarnya, ujar Budi, stok cukup.",
            ["Sebenarnya, ujar Budi, stok cukup."],
        ),
        # ... or where it is glued to the next headline or to the text; glued headlines go too.
        (
            "Harga naik sejak Mei.Baca Juga:Harga Cabai Naik Lagi di Pasar KramatTerima 500 Paket Sembako, "
            "Warga Senang Sekali BulanApalagi, menjelang lebaran permintaan naik.",
            ["Harga naik sejak Mei.", "Apalagi, menjelang lebaran permintaan naik."],
        ),
        # A link that opens its paragraph, the sentence after it glued on: the sentence stays.
        (
            "Baca juga: Pasar Kota Tetap Buka Selama Libur Lebaran Ia menjelaskan, terminal hanya buka "
            "dari pukul 13.00 hingga 18.00 WIB.",
            ["Ia menjelaskan, terminal hanya buka dari pukul 13.00 hingga 18.00 WIB."],
        ),
        # Headlines glued one after another, the last one to the end of its line.
        (
            "Baca Juga:Banjir Rendam Kampung Nelayan di Pesisir UtaraRibuan Warga Dievakuasi Polda Metro Jaya",
            [],
        ),
        # A headline that ends in lower case, on a line of its own, is the link's.
        ("Baca juga: Presiden Minta Menteri Tidak Asal bicara", []),
        # A quote after the headline, a space between: running text, kept with its speech tag.
        (
            'Stok aman. Baca juga: Warga Makin Gemar Menabung "Penyaluran hingga Mei sudah 3,8 juta debitur," ujarnya.',
            ["Stok aman.", '"Penyaluran hingga Mei sudah 3,8 juta debitur," ujarnya.'],
        ),
        # A quoted title inside the headline stays the headline's.
        ('Baca juga: Menteri: "Kita Siap Hadapi Krisis" Harga Naik  Warga diminta tenang.', ["Warga diminta tenang."]),
    ],
)
def test_read_also_links_inside_a_paragraph_are_dropped_and_the_text_around_them_kept(
    paragraph: str, kept: list[str]
) -> None:
    text, _ = prepare(f"Judul berita\n\n{paragraph}\n")
    assert text.split("\n") == kept if kept else not text.strip()


def test_a_photo_credit_glued_to_a_paragraph_s_full_stop_leaves_the_paragraph() -> None:
    raw = (
        "Rekapitulasi Suara\n\n"
        "Ketua KPU Jabar Ummi Lestari menyampaikan bahwa rekapitulasi suara akan digelar pekan depan.(Foto: Dok. KPU)\n"
        "Petugas menata kotak suara di gudang logistik (Foto: Dok. KPU)\n"
    )
    text, _ = prepare(raw)
    assert text == "Ketua KPU Jabar Ummi Lestari menyampaikan bahwa rekapitulasi suara akan digelar pekan depan."


@pytest.mark.parametrize(
    "caption",
    [
        "Warga antre bantuan di halaman kantor desa, Minggu (19/11/2023). BERITANEWS.COM/ADI SAPUTRA",
        "Petugas memeriksa suhu tubuh warga, Minggu (19/11/2023). (ANTARA FOTO/Rudi Hartono)",
        "Bupati meninjau tanggul yang jebol, Minggu (19/11/2023). KOMPAS.com/Rina Wati",
    ],
)
def test_a_photo_caption_is_dropped_and_its_date_is_not_the_article_s(caption: str) -> None:
    raw = (
        "Banjir Rendam Tiga Desa\n\n" + caption + "\n"
        "JAKARTA - Bupati Ahmad Sanusi mengatakan tanggul akan diperbaiki pekan ini, Selasa (5/12/2023).\n"
        "Data banjir ada di laman bpbd.go.id/peta-banjir\n"
    )
    text, meta = prepare(raw)
    assert meta.published == date(2023, 12, 5)
    assert caption.split(",")[0] not in text
    assert text.endswith("bpbd.go.id/peta-banjir")  # a link in the text is no credit


def test_an_english_wire_dateline_with_its_day_is_no_part_of_the_lede() -> None:
    text, meta = prepare(
        "Convention\n\nCLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told delegates "
        "that the email server should disqualify her.\n"
    )
    assert text.startswith("Former Attorney General")
    assert (meta.place, meta.outlet_tag) == ("Cleveland", "UPI")


def test_a_subheading_between_paragraphs_is_dropped() -> None:
    text, _ = prepare(
        "Judul Berita\n\nKalimat pertama berita ini cukup panjang.\n\nUltimatum Presiden\n\n"
        '"Anak buah saya hebat-hebat," kata Presiden.\n'
    )
    assert "Ultimatum" not in text
    assert text.endswith('"Anak buah saya hebat-hebat," kata Presiden.')


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        ("Cheers, Ms. Yellen  The Federal Reserve chairwoman, Janet Yellen, spoke.", "The Federal Reserve"),
        ("Don't hold your breath  Just when we thought it was over, it began.", "Just when"),
        ("An article on Monday  about the attack was wrong.", "An article on Monday  about"),  # (lower case)
    ],
)
def test_a_subheading_glued_to_its_paragraph_by_two_spaces_is_dropped(paragraph: str, kept: str) -> None:
    text, _ = prepare(f"Markets\n\nThe first sentence of the story is long enough.\n\n{paragraph}\n")
    assert text.split("\n")[-1].startswith(kept)


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        # A caption without a photo credit above a dateline in capitals dates the photo.
        (
            "Menteri Agraria Rudi Santoso menyebut sertifikat tanah akan dibagikan gratis, Minggu (1/10/2023).\n"
            "WARTAKITA.COM - Menteri Agraria Rudi Santoso mengaku mendapat tawaran dari partai.\n"
            '"Saya menolak tawaran itu," kata Rudi dalam acara bincang televisi, Kamis (19/10/2023).',
            date(2023, 10, 19),
        ),
        # A day the article schedules ("yang akan digelar Rabu, 6 Mei 2020") and a letter's date.
        (
            "MAMUJU - Bupati Mamuju Hasan Basri menyambut rapat daring yang akan digelar Rabu, 6 Mei 2020. "
            '"Kami mendukung sesuai surat Nomor: 12/2020, tanggal 30 April 2020," kata Hasan, Jumat (1/5/2020).',
            date(2020, 5, 1),
        ),
        (
            "Polri akan mengawasi larangan mudik yang akan dimulai Jumat (24/4/2020), kata Kapolri, Kamis (23/4/2020).",
            date(2020, 4, 23),
        ),
        (
            "Diskon berlaku sejak 7 Januari 2021, kata Direktur Budi Hartono dalam siaran pers, Jumat (1/1/2021).",
            date(2021, 1, 1),
        ),
        # Only a period's start: no publication date at all.
        ("Direktur Budi Hartono menyatakan, sejak 16 Maret 2020 kantor cabang tutup.", None),
        # A time stamp on a line of its own above the dateline stays the publication date.
        (
            "PSBB Bogor Diperpanjang\nSenin, 11 Mei 2020 16:36 WIB\nBOGOR - Wali Kota Bogor Dedi Kurnia mengatakan "
            "PSBB diperpanjang, Minggu (10/5/2020).",
            date(2020, 5, 11),
        ),
    ],
)
def test_the_publication_date_is_never_a_caption_s_a_schedule_s_or_a_document_s(
    raw: str, published: date | None
) -> None:
    _, meta = prepare(raw)
    assert meta.published == published


def test_a_closing_nya_cue_glued_to_the_next_sentence_ends_its_sentence() -> None:
    text, _ = prepare(
        'Judul\n\n"Pelaku langsung diamankan ke Mapolsek setempat," timpalnyaSementara Kapolsek Purwosari AKP '
        "Syaifuddin mengatakan, pelaku adalah warga Karangasem.\n"
    )
    assert "timpalnya. Sementara Kapolsek" in text
    assert "hasilnyaJakarta" in prepare("Judul\n\nIa melihat hasilnyaJakarta sendiri.\n")[0]  # no cue: left as it is


def test_a_promotion_in_brackets_on_a_line_of_its_own_is_dropped() -> None:
    text, _ = prepare(
        "Playbook\n\nAnna Palmer will co-write the newsletter.\n\n(Subscribe to the Off Message podcast with Glen "
        "Thrush.)\n\nShe said the job was a dream.\n"
    )
    assert "Subscribe" not in text and "She said the job was a dream." in text


def test_text_decoded_twice_is_repaired_and_its_name_is_one_speaker() -> None:
    broken = "Summit\n\nMexican President Enrique Peña Nieto urged voters to reject the road toward isolation.\n"
    broken = broken.encode("utf-8").decode("latin-1")  # "PeÃ±a", as some scraped archives hold it
    text, _ = prepare(broken)
    assert "Enrique Peña Nieto" in text
    assert [s.speaker for s in extract(text, lang="en").statements] == ["Enrique Peña Nieto"]


def test_curly_quotes_and_dashes_are_left_as_printed() -> None:
    text, _ = prepare("Title\n\n“No,” she said — it’s fine at 20°C in Jakarta.\n")
    assert "“No,” she said — it’s fine at 20°C" in text


def test_a_name_ending_one_run_together_paragraph_and_opening_the_next_is_kept_twice() -> None:
    text, _ = prepare('Mitigasi\n\n"Yang ada mitigasi," ujar Jonan   Jonan mengatakan, mitigasi bisa dilakukan.\n')
    assert "ujar Jonan\nJonan mengatakan, mitigasi" in text
    doubled, _ = prepare("Banjir\n\nkata Kabid Humas, M Tonang  M Tonang di lokasi banjir.\n")
    assert "M Tonang di lokasi" in doubled and "Tonang M Tonang" not in doubled


def test_a_day_inside_a_quote_is_not_the_publication_date():
    _, meta = prepare(
        "Cabai Merah Didatangkan\n\nTiga BUMD mendatangkan 50 ton cabai merah dari Jawa.\n\n"
        '"Pengiriman pertama sudah tiba di Medan, Sabtu (18/10/2025) kemarin," kata Direktur Utama PT Maju '
        "Ari Wibowo di Medan, Selasa (21/10/2025).\n"
    )
    assert meta.published == date(2025, 10, 21)


@pytest.mark.parametrize(
    ("line", "unglued"),
    [
        # An affixed verb of the dictionary glued after a name the article prints on its own.
        ("Gubernur Sumut Bobby Nasutionmengunggah video itu.", "Gubernur Sumut Bobby Nasution mengunggah video itu."),
        ("Bobby Nasutiondisampaikan lewat akun resminya.", "Bobby Nasution disampaikan lewat akun resminya."),
        # A name's own end stays: a bare root, or a short tail ("Setiawan", "Wijayakusuma").
        ("Menurut Andi Wijayakusuma kemarin.", "Menurut Andi Wijayakusuma kemarin."),
        ("Menurut Budi Setiawan kemarin.", "Menurut Budi Setiawan kemarin."),
        # A name printed nowhere else, a verb of ten letters or more glued after it.
        ("PresidenPrasetyo Subagyomeluncurkan logo HUT.", "Presiden Prasetyo Subagyo meluncurkan logo HUT."),
        ("Kata Rudi Hartonomenyampaikan hal itu.", "Kata Rudi Hartono menyampaikan hal itu."),
        ("Menurut Ahmad Sumitromembaca kemarin.", "Menurut Ahmad Sumitromembaca kemarin."),
    ],
)
def test_a_long_affixed_word_glued_after_a_name_is_split(line: str, unglued: str) -> None:
    article = f"{line} Bobby Nasution dan Andi Wijaya serta Budi Setia hadir."
    assert unglue(line, *words_seen(article)) == unglued


def test_a_dateline_whose_dash_is_glued_to_the_lede_after_a_space() -> None:
    text, meta = prepare(
        "Judul Berita Ini\n\nJAKARTA, KOMPAS.com -Ketua Komnas HAM Anis Hidayah mengungkapkan bahwa Polri "
        "paling banyak dilaporkan atas dugaan penyiksaan.\n"
    )
    assert text.startswith("Ketua Komnas HAM Anis Hidayah") and meta.place == "Jakarta"


def test_an_article_written_in_markdown_reads_as_its_text():
    raw = (
        "Luthfi Wanti-Wanti Tak Boleh Ada Jastip\n\n"
        "![Gubernur Jawa Tengah Ahmad Luthfi meninjau posko aduan, Selasa (2/6/2025).](https://img.example.com/a.jpg)\n\n"
        "**SEMARANG, KOMPAS.com** -- Gubernur Jawa Tengah, Ahmad Luthfi, menegaskan larangan titip siswa.\n\n"
        "Ia meminta petugas membaca [aturan SPMB](https://example.com/spmb) dengan teliti.\n"
    )
    text, meta = prepare(raw)
    assert (meta.place, meta.outlet_tag) == ("Semarang", "KOMPAS.com")
    assert text == (
        "Gubernur Jawa Tengah, Ahmad Luthfi, menegaskan larangan titip siswa.\n"
        "Ia meminta petugas membaca aturan SPMB dengan teliti."
    )


def test_quote_marks_left_escaped_by_an_export_are_quote_marks():
    raw = (
        'Jastip Siswa\n\n\\"Yang paling pokok tidak ada lagi titip-titip,\\" kata Gubernur Jawa Tengah Ahmad Luthfi.\n'
    )
    text, _ = prepare(raw)
    assert text == '"Yang paling pokok tidak ada lagi titip-titip," kata Gubernur Jawa Tengah Ahmad Luthfi.'
    (statement,) = extract(text, lang="id").statements
    assert (statement.kind.value, statement.speaker) == ("direct", "Ahmad Luthfi")


def test_a_pull_quote_glued_before_a_wire_dateline_is_dropped_with_it():
    raw = (
        "Natal momen toleransi\n\nDi tengah bencana, Natal harus dimaknai sebagai panggilan moral untuk memperkuat "
        "persatuan Jakarta (ANTARA) - Anggota Komisi III DPR RI Bambang Soedarsono mendorong perayaan Natal menjadi "
        "momentum toleransi.\n"
    )
    text, meta = prepare(raw)
    assert (meta.place, meta.outlet_tag) == ("Jakarta", "ANTARA")
    assert text.startswith("Anggota Komisi III DPR RI Bambang Soedarsono mendorong")


@pytest.mark.parametrize(
    ("line", "unglued"),
    [
        ("Mantan DirutBJB, Yuddy Renaldi, diperiksa.", "Mantan Dirut BJB, Yuddy Renaldi, diperiksa."),
        ("Anggota Komisi III DPRFraksi NasDem hadir.", "Anggota Komisi III DPR Fraksi NasDem hadir."),
        # A short form the article never prints on its own, or a word beside it that is neither
        # printed alone nor a word: one name ("KemenPUPR", "JPMorgan").
        ("Juru bicara KemenPUPR hadir.", "Juru bicara KemenPUPR hadir."),
        ("Analis JPMorgan hadir.", "Analis JPMorgan hadir."),
    ],
)
def test_a_short_form_run_into_the_word_beside_it_is_split(line: str, unglued: str) -> None:
    article = f"{line} Kata Dirut di BJB dan DPR. Bank JP dan PUPR."
    assert unglue(line, *words_seen(article)) == unglued


def test_a_script_kept_in_the_body_is_dropped_and_prose_around_it_kept() -> None:
    text, _ = prepare(
        "Sindikat pinjol\n\n"
        'JAKARTA - Helmy menyampaikan, polisi masih mendalami kasus itu. "Kami bekerja sama," ujar dia.\n\n'
        "function nwsLetterSubmit() {\n\n"
        'var token = getCookieNwsLetter("kmp_uid");\n\n'
        "if (token !== null){\n\n"
        'window.location.href = "https://www.kompas.com/newsletter/pendaftaran-berhasil";\n\n'
        "}else{\n\n"
        "}\n\n"
        "Penyidik menangkap tujuh orang; mereka diperiksa.\n\n"
        "Ia menyebut hal-hal berikut: data, alat, dan dana;\n"
    )
    assert "window" not in text and "function" not in text and "{" not in text and "}" not in text
    assert text.endswith(
        "Penyidik menangkap tujuh orang; mereka diperiksa.\nIa menyebut hal-hal berikut: data, alat, dan dana;"
    )


def test_an_english_byline_run_into_the_lede_is_the_author() -> None:
    text, meta = prepare(
        "Ganduje: Why Tinubu was elected\n\n"
        "By Aminu Garko Kano State Governor, Abdullahi Ganduje has explained why Nigerians elected Tinubu. "
        "Ganduje said this in Kano on Wednesday.\n"
    )
    assert meta.author == "Aminu Garko"
    assert text.startswith("Kano State Governor, Abdullahi Ganduje has explained")
    # A day is no writer, nor are words the story prints again.
    other, meta = prepare(
        "Budget passed\n\nBy Sunday Speaker Johnson said the bill was ready for the vote in the House next week.\n"
    )
    assert meta.author is None and other.startswith("By Sunday Speaker Johnson")
