"""Who said it and in what post, on shapes read in news articles the rules were not written
from: each row is a small invented article in that shape and what a reader must see."""

from __future__ import annotations

import pytest

from quotetrack.extract import ExtractedStatement
from quotetrack.text.clean import prepare
from tests.extract.ingested import statements, who


def _statements(text: str, lang: str = "id") -> list[ExtractedStatement]:
    return statements(text, lang)


def _who(text: str, lang: str = "id") -> list[tuple[str | None, str | None]]:
    return who(text, lang)


def test_a_capitalised_word_before_a_copula_after_menurut_post_is_no_name() -> None:
    text = (
        "Tugas Mulia ASN\n\nMenteri Agama Nasrullah Umri menegaskan bahwa menjadi ASN adalah tugas mulia. "
        "“Menjadi ASN itu sangat mulia,” ujar Menag di Jakarta, Senin (14/7/2025). Menurut Menag, Al-Hilm "
        "adalah sifat Tuhan yang menunjukkan keteduhan dalam segala situasi. “Tidak mudah menjadi pegawai "
        "Kementerian Agama,” ucapnya.\n"
    )
    assert {speaker for speaker, _ in _who(text)} == {"Nasrullah Umri"}


@pytest.mark.parametrize(
    ("lede", "speaker", "role"),
    [
        ("Kapolri Jenderal Lestyo Sigit Prabandaru", "Lestyo Sigit Prabandaru", "Kapolri"),
        ("KSAD Jenderal Maruli Simanjuntak", "Maruli Simanjuntak", "KSAD"),
        # "Jenderal" completes these posts
        ("Direktur Jenderal Pajak Suryo Utoyo", "Suryo Utoyo", "Direktur Jenderal Pajak"),
        ("Sekretaris Jenderal Kemendagri Tomsi Tohir", "Tomsi Tohir", "Sekretaris Jenderal Kemendagri"),
    ],
)
def test_jenderal_after_a_post_is_the_rank_unless_it_completes_the_post(lede: str, speaker: str, role: str) -> None:
    text = f"Personel Dikerahkan\n\n{lede} mengatakan pihaknya terus mengerahkan personel ke wilayah terdampak.\n"
    assert _who(text) == [(speaker, role)]


@pytest.mark.parametrize(
    ("lede", "speaker", "role"),
    [
        ("Kepala Lapas Kelas IIA Cipinang Wachid Wibowo", "Wachid Wibowo", "Kepala Lapas Kelas IIA Cipinang"),
        (
            "Kepala Stasiun Meteorologi Kelas II Minangkabau Desindra Deddy Kurniawan",
            "Desindra Deddy Kurniawan",
            "Kepala Stasiun Meteorologi Kelas II Minangkabau",
        ),
        # a class with no place after it: the name is left whole
        ("Kepala Rutan Kelas I Budi Hartono", "Budi Hartono", "Kepala Rutan Kelas I"),
    ],
)
def test_the_place_after_a_unit_s_class_belongs_to_the_post(lede: str, speaker: str, role: str) -> None:
    text = f"Layanan Tetap Jalan\n\n{lede} mengatakan seluruh layanan tetap berjalan seperti biasa.\n"
    assert _who(text) == [(speaker, role)]


def test_kepala_negara_is_the_president_of_the_article() -> None:
    text = (
        "Presiden Minta Pejabat Tak Datang\n\nPresiden Prasetyo Subagyo meminta para pejabat tidak datang ke "
        "lokasi bencana tanpa tugas. Kepala Negara juga meminta agar rakyat tidak dijadikan objek foto oleh para "
        "pejabat.\n"
    )
    assert [speaker for speaker, _ in _who(text)] == ["Prasetyo Subagyo", "Prasetyo Subagyo"]


def test_a_name_in_an_opening_clause_of_where_or_when_is_not_the_speaker() -> None:
    text = (
        "Relokasi Korban\n\nPresiden Prasetyo Subagyo memimpin rapat terbatas di Aceh. Dalam rapat dengan Prasetyo, "
        "Kepala BNPB Letjen TNI Suharyanto mengungkapkan rencana relokasi korban bencana ke hunian sementara.\n"
    )
    assert _who(text)[-1] == ("Suharyanto", "Kepala BNPB")


def test_whom_a_question_went_to_is_not_part_of_the_asker_s_post() -> None:
    text = (
        "Hunian Tetap\n\nPresiden Prasetyo Subagyo meninjau hunian sementara bersama Kepala BNPB Suharyanto. "
        "“Ini hunian tetap anggaran Rp 60 juta cukup?” tanya Presiden ke Suharyanto.\n"
    )
    assert _who(text) == [("Prasetyo Subagyo", "Presiden")]


@pytest.mark.parametrize("act", ["Keputusan", "Instruksi", "Kebijakan"])
def test_what_an_official_decided_is_not_part_of_the_post(act: str) -> None:
    text = (
        f"Status Bencana\n\n{act} Gubernur Jawa Barat Dedi Mulyadi menuai pertanyaan dari warga. Dedi mengatakan "
        "status darurat bencana daerah sudah cukup untuk menangani banjir.\n"
    )
    assert _who(text) == [("Dedi Mulyadi", "Gubernur")]


@pytest.mark.parametrize(
    "dateline", ["KONTAN.CO.ID - JAKARTA. ", "KRjogja.com - JAKARTA - ", "DETIKNEWS.COM - BANDUNG, "]
)
def test_a_town_in_capitals_after_an_outlet_s_dateline_is_not_part_of_the_lede(dateline: str) -> None:
    text = (
        f"Bencana Sumatera\n\n{dateline}Presiden Prasetyo Subagyo mengatakan pemerintah bisa menangani bencana "
        "banjir tanpa bantuan luar negeri.\n"
    )
    (statement,) = _statements(text)
    assert (statement.speaker, statement.role, statement.speaker_mention) == (
        "Prasetyo Subagyo",
        "Presiden",
        "Presiden Prasetyo Subagyo",
    )


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Mr Mubanga, 32, from Wembley, London,", "Mubanga"),
        ("Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell,", "Hale"),
    ],
)
def test_an_aside_after_a_name_names_no_speaker(subject: str, speaker: str) -> None:
    text = f"Ruling\n\n{subject} said the case had been decided on the evidence alone.\n"
    assert [name for name, _ in _who(text, "en")] == [speaker]


def test_an_epithet_is_the_person_the_article_names_with_that_post_later() -> None:
    text = (
        "Detainee to sue\n\nMartin Mubanga claimed that an officer played a key role in his detention. "
        "Mr Mubanga said he was interrogated at the camp. The home secretary said he would not be launching an "
        'investigation. Home Secretary Charles Whitmore told the BBC: "I am not organising a specific investigation."\n'
    )
    who = [(speaker, role.casefold() if role else None) for speaker, role in _who(text, "en")]
    assert who == [
        ("Martin Mubanga", None),
        ("Martin Mubanga", None),
        ("Charles Whitmore", "home secretary"),
        ("Charles Whitmore", "home secretary"),
    ]


def test_claims_after_a_participle_is_a_noun_and_no_one_speaks_it() -> None:
    text = (
        "Hunting\n\nSome activities are still legal. Addressing claims that the new law was unenforceable, "
        'Mr Michael told the Today programme: "There has been a lot of spin about this."\n'
    )
    assert [speaker for speaker, _ in _who(text, "en")] == ["Michael"]


def test_a_post_held_as_in_a_clause_is_not_the_reporting_name_s() -> None:
    text = (
        "Blair sees consensus\n\nGeorge W Bush will display a more consensual approach as he begins his second "
        "term as US President, Tony Blair has said.\n\nThe prime minister said Mr Bush had learned that military "
        "force was not the only way to fight terrorism.\n"
    )
    who = [(speaker, role.casefold() if role else None) for speaker, role in _who(text, "en")]
    assert who == [("Tony Blair", "prime minister"), ("Tony Blair", "prime minister")]


def test_a_joint_subject_gives_the_second_person_only_his_own_post() -> None:
    text = (
        "Abortion\n\nMr Blair and Liberal Democrat leader Charles Pennock also gave their views during interviews. "
        "Mr Pennock said he had previously voted for a 22-week limit.\n"
    )
    assert _who(text, "en") == [("Charles Pennock", "Liberal Democrat leader")]


def test_a_post_that_is_a_verb_s_object_is_not_the_next_name_s() -> None:
    text = (
        "Trust\n\nThe pair chatted amicably. Asked about how he would deal with claims that he did not trust the "
        'prime minister, Mr Brown replied: "Our record on the economy is about trust."\n'
    )
    assert _who(text, "en") == [("Brown", None)]


def test_a_day_before_a_post_is_not_part_of_it() -> None:
    text = (
        'Dinner\n\nOn Tuesday, deputy prime minister Mr Prescott told BBC News: "They told us very clearly to get in '
        'line."\n'
    )
    assert [(speaker, (role or "").casefold()) for speaker, role in _who(text, "en")] == [
        ("Prescott", "deputy prime minister")
    ]


def test_an_epithet_of_two_posts_gives_neither_to_the_last_subject() -> None:
    text = (
        "Unity\n\nMr Milburn promised an upbeat campaign. The prime minister and chancellor faced backbench "
        "discontent at the meeting. Mr Milburn said the party was united.\n"
    )
    assert {who for who in _who(text, "en")} == {("Milburn", None)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Their demands have been backed by former Metropolitan Police Commissioner Sir John Stevens.",
        '"Some DEQ actions lacked common sense and that resulted in this tragedy," the governor said.',
    ],
)
def test_a_determiner_before_a_capitalised_word_names_no_one(sentence: str) -> None:
    text = f"Report\n\nThe report was published on Monday. {sentence}\n"
    assert all(speaker not in {"Their", "Some DEQ"} for speaker, _ in _who(text, "en"))


def test_a_body_named_with_its_country_s_possessive_is_the_body() -> None:
    text = (
        "Sailors freed\n\nIran's Islamic Revolutionary Guard Corps (IRGC) said it had released the sailors after "
        "determining they had entered Iranian waters by mistake.\n"
    )
    assert [speaker for speaker, _ in _who(text, "en")] == ["Islamic Revolutionary Guard Corps"]


def test_captions_credits_and_a_lone_dateline_name_no_one() -> None:
    text = (
        "Wakapolri Tinjau Dapur Umum\n\nJakarta -\n\nWakapolri Komjen Dedi Prasetyo meninjau dapur umum di Padang "
        "Pariaman. Kendaraan dapur lapangan (Randurlap) Polri juga telah tergelar.\n\n"
        "Wakapolri Tinjau Dapur Umum Bhayangkari di Sumbar (Foto: Dok. Istimewa)\n\n"
        "KOMPAS.com/ADHYASTA DIRGANTARA Wakapolri Dedi Prasetyo saat meninjau huntara, Rabu (24/12/2025).\n\n"
        "Selain meninjau dapur umum dan Randurlap, Wakapolri juga meresmikan sumur bor. “Air bersih adalah "
        "kebutuhan utama,” ujar Wakapolri. (Lim) Editor: Tomi Sujatmiko PT Badan Penerbit\n"
    )
    assert _who(text) == [("Dedi Prasetyo", "Wakapolri")]
    assert _statements(text)[0].text == "Air bersih adalah kebutuhan utama,"


def test_the_last_words_of_a_body_before_its_short_form_are_no_name() -> None:
    text = (
        "Izin Usaha\n\nPlt Kepala Dinas Perdagangan Karanganyar Heru Joko Sulistyono mengatakan lulusan diminta "
        "mengajukan NIB. Ia yang juga selaku Kepala Dinas Penanaman Modal dan Perizinan Satu Pintu (DPMPTSP) "
        "menjamin pengurusannya gratis. “Ini bentuk pendampingan dari pemerintah,” katanya.\n"
    )
    assert {speaker for speaker, _ in _who(text)} == {"Heru Joko Sulistyono"}


def test_a_town_in_title_case_between_dashes_after_an_outlet_is_the_dateline_s() -> None:
    text = (
        "Sidak Jalan\n\nKRJOGJA.com - Karanganyar - Gubernur Jawa Tengah Ahmad Luthfi mengatakan proyek perbaikan "
        "jalan harus selesai tahun ini.\n"
    )
    (statement,) = _statements(text)
    assert (statement.speaker, statement.speaker_mention) == ("Ahmad Luthfi", "Gubernur Jawa Tengah Ahmad Luthfi")


@pytest.mark.parametrize(
    ("lede", "speaker", "role"),
    [
        ("WASHINGTON Vice President Joe Biden", "Joe Biden", "Vice President"),
        ("WASHINGTON/HAVANA President Barack Obama", "Barack Obama", "President"),
        ("NEW YORK Mayor Rick de Lisio", "Rick de Lisio", "Mayor"),
        ("FBI Director James Comey", "James Comey", "FBI Director"),  # a body's short form stays
    ],
)
def test_a_wire_dateline_in_capitals_that_lost_its_agency_is_no_part_of_the_post(
    lede: str, speaker: str, role: str
) -> None:
    text = f"Visit\n\n{lede} said on Thursday that the talks would go on next month.\n"
    assert _who(text, "en") == [(speaker, role)]


def test_an_indonesian_lede_keeps_the_body_in_capitals_it_opens_with() -> None:
    text = (
        "APBD\n\nDPRD DKI Jakarta mengesahkan APBD. Ketua DPRD DKI Jakarta Khoirudin mengatakan anggaran sudah "
        "sesuai.\n"
    )
    assert _statements(text)[0].speaker_mention == "Ketua DPRD DKI Jakarta Khoirudin"
    assert "DPRD DKI Jakarta mengesahkan" in prepare(text)[0]


def test_the_unnamed_official_of_a_named_body_is_no_one_named() -> None:
    # (not the carrier named before; nor the body, for which only its spokesperson speaks)
    text = (
        "Sailors\n\nThe United States said Iranian vessels fired rockets close to the aircraft carrier Harry S Truman. "
        '"At that point," the senior State Department official said, "the minister said they would be free to go."\n'
    )
    assert [speaker for speaker, _ in _who(text, "en")][-1] is None


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "role"),
    [
        # the place where he spoke is no post
        ('Slogan\n\nSpeaking in Harrogate Mr Pennock said: "People want a credible party."\n', "en", "Pennock", None),
        # a post and its ordinal before the run ("RI Susilo ...") stay the post of later statements
        (
            "Ijazah\n\nPresiden ke-6 RI Susilo Bambang Yudhoyono menilai ada agenda politik di balik isu itu. "
            "“Saya berperasaan, "
            "memang ada agenda besar politik,” kata SBY.\n",
            "id",
            "Susilo Bambang Yudhoyono",
            "Presiden ke-6 RI",
        ),
        # a post that lists its fields over commas, with its short form in brackets, before the name's comma
        (
            "Rohingya\n\nSERAMBINEWS.COM, JAKARTA - Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko "
            "Polhukam), Munir MS mengatakan, pihaknya sedang mencari jalan keluar.\n",
            "id",
            "Munir MS",
            "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam)",
        ),
        # "one of" is not part of the description
        (
            "MPLS\n\nSalah satu siswa baru, Faeyza Kinar Khaliluna, mengaku sangat antusias mengikuti kegiatan.\n",
            "id",
            "Faeyza Kinar Khaliluna",
            "siswa baru",
        ),
    ],
)
def test_the_post_stored_with_each_statement(text: str, lang: str, speaker: str, role: str | None) -> None:
    assert {(s.speaker, s.role) for s in _statements(text, lang)} == {(speaker, role)}


def test_a_connective_then_a_verb_of_answering_opens_a_clause_not_a_statement() -> None:
    text = (
        "Geopark\n\nSekda Kabupaten Sukabumi Iyos Somantri mengatakan kegiatan ini penting. Sementara itu menanggapi "
        "pengembangan geopark, Bupati Sukabumi Marwan Hamami menyatakan, bahwa kedepan akan terus dibangun "
        "infrastruktur penunjang.\n"
    )
    assert _who(text) == [("Iyos Somantri", "Sekda"), ("Marwan Hamami", "Bupati")]


@pytest.mark.parametrize(
    ("text", "speaker", "role", "region"),
    [
        (
            "Plh Gubernur\n\nJabatan Gubernur Jatim Kholifah Indah Purwaningsih akan habis pada 13 Februari 2024. "
            "Sementara untuk Pj Gubernur Jatim, Kholifah mengatakan akan dilantik Presiden pada Jumat mendatang.\n",
            "Kholifah Indah Purwaningsih",
            "Gubernur",
            "Jatim",
        ),
        (
            "Banjir\n\nMenteri Sosial Tri Rismawati meninjau Mamuju. Terkait banjir di Kalimantan Selatan, Risma "
            "menyatakan, saat ini pihaknya sedang melakukan mobilisasi bantuan.\n",
            "Tri Rismawati",
            "Menteri Sosial",
            None,
        ),
    ],
)
def test_what_an_official_speaks_about_is_not_the_post_or_the_region(
    text: str, speaker: str, role: str, region: str | None
) -> None:
    assert {(s.speaker, s.role, s.region) for s in _statements(text)} == {(speaker, role, region)}


def test_a_predecessor_named_in_passing_with_the_post_is_not_the_epithet_s_holder() -> None:
    text = (
        "Strategy\n\nBarack Obama has admitted that the US has no complete strategy for training Iraqi forces.\n\n"
        "The US president made the comments after meeting the Iraqi prime minister on Monday.\n\n"
        "The Iraqi military has received billions in US assistance dating back to the war started during the "
        "administration of US President George W Bush in 2003.\n"
    )
    who = {(speaker, (role or "").casefold()) for speaker, role in _who(text, "en")}
    assert who == {("Barack Obama", "us president")}


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            'Tinubu\n\nNigerian President-elect Bola Tinubu addressed supporters in Lagos. "I am not the party," he '
            "said.\n",
            "Bola Tinubu",
            "Nigerian President-elect",
        ),
        (
            "Visit\n\nSpecial Adviser to the President on Information and Strategy, Bayo Onanuga, announced the "
            "development in a post on Sunday, saying the president would return on Monday.\n",
            "Bayo Onanuga",
            "Special Adviser to the President on Information and Strategy",
        ),
        (
            "Tweets\n\nIn another tweet in which Emery links to an article that falsely attributes a quote to "
            'President-elect Brackett, Emery states, "Some people think they have to put words in his mouth."\n',
            "Emery",
            None,
        ),
    ],
)
def test_posts_won_posts_to_someone_and_posts_of_the_name_before(text: str, speaker: str, role: str | None) -> None:
    assert {who for who in _who(text, "en")} == {(speaker, role)}


def test_former_opening_a_sentence_marks_a_past_post_not_a_place() -> None:
    text = (
        "Protests\n\nFormer mayor Rudy Giuliani echoed the sentiment, but laid blame on the president: \"We've had "
        'four months of propaganda," he said.\n'
    )
    assert {(s.speaker, (s.role or "").casefold(), s.region) for s in _statements(text, "en")} == {
        ("Rudy Giuliani", "former mayor", None)
    }


def test_she_goes_to_the_woman_speaking_not_to_a_person_of_unknown_gender_named_since() -> None:
    text = (
        "Charges\n\nMarilyn Mosby, the city's state's attorney, said on Friday that all six officers would face "
        'charges.\n\n"Mr. Gray suffered a severe neck injury," Mosby told reporters.\n\nOfficer Porter then assisted '
        'Mr. Gray from the floor of the van to the bench.\n\n"The finding of our investigation is that his death was '
        'a homicide," she said.\n'
    )
    assert [speaker for speaker, _ in _who(text, "en")][-1] == "Marilyn Mosby"


def test_section_headings_with_a_colon_are_not_turns_of_an_interview() -> None:
    text = (
        "New laws\n\nSome 40,000 measures take effect this year.\n\nFederal: Health care, of course, and vending "
        "machines\n\nThe biggest change comes at the federal level.\n\nLocal: Guns, family leave and shark fins\n\n"
        "Connecticut: While no national legislation was approved, the state passed a law.\n\n"
        "Oregon: Family leave in Oregon has been expanded.\n\nIllinois: Two laws limit the use of drones.\n\n"
        "Illinois: Another law prohibits the use of drones to interfere with hunters.\n"
    )
    assert _who(text, "en") == []


def test_the_post_held_now_is_kept_before_a_former_one_in_apposition() -> None:
    text = (
        "Crockery\n\n“Netanyahu broke a lot of crockery in the relationship,” said Martin Indyk, executive vice "
        "president of the Brookings Institution and a former U.S. ambassador to Israel. “It can’t be repaired "
        "unless both sides want it,” Indyk said.\n"
    )
    assert {(s.speaker, s.role) for s in _statements(text, "en")} == {
        ("Martin Indyk", "executive vice president of the Brookings Institution")
    }


def test_a_police_directorate_s_head_printed_in_two_words_is_the_holder_of_that_post() -> None:
    text = (
        "Operasi Lalu Lintas\n\nDirlantas Polda Jateng Kombes Pol Pratama Adhyasastra mengatakan operasi digelar "
        "selama dua pekan. “Lakukan pengawasan melekat terhadap seluruh personil,” tegas Dir Lantas.\n"
    )
    assert {speaker for speaker, _ in _who(text)} == {"Pratama Adhyasastra"}


def test_the_former_mayor_of_a_place_is_the_person_named_not_the_place() -> None:
    text = (
        "Power\n\nAndy Burnham set out plans on Monday to hand powers to the regions.\n\nThe former mayor of "
        'Greater Manchester also said he would move part of the office to the north west, "the biggest '
        'rebalancing of power our country has seen."\n'
    )
    assert {speaker for speaker, _ in _who(text, "en")} == {"Andy Burnham"}


def test_the_holder_named_after_the_place_of_a_post_is_no_epithet() -> None:
    text = "Run\n\nThe governor of Texas George W. Bush said on Monday he would run for president next year.\n"
    assert _who(text, "en") == [("George W. Bush", "governor of Texas")]


def test_places_listed_after_di_are_no_speakers() -> None:
    text = (
        "Huntara\n\nMenteri Sekretaris Negara Prasetyo Hadi mengatakan Presiden meninjau pengungsi. Di Kayu Pasak, "
        "Palembayan, Kabupaten Agam, presiden meninjau kondisi para pengungsi sekaligus memastikan pembangunan "
        "hunian sementara mulai berjalan.\n"
    )
    assert "Palembayan" not in {speaker for speaker, _ in _who(text)}


def test_a_nickname_given_in_a_description_belongs_to_the_person_named_before() -> None:
    text = (
        "Pasien Sembuh\n\n“Total pasien yang sembuh ada 18 orang,” ujar Bupati Madiun Ahmad Dawami kepada "
        "wartawan. Pria yang akrab disapa Kaji Mbing ini menuturkan, rata-rata warga yang positif tertular dari "
        "zona merah.\n\n“Kami terus berjaga di perbatasan,” kata Kaji Mbing.\n"
    )
    assert set(_who(text)) == {("Ahmad Dawami", "Bupati")}


@pytest.mark.parametrize(
    ("lede", "speaker", "role"),
    [
        ("Camat Cibeber Asep Saepudin", "Asep Saepudin", "Camat Cibeber"),
        ("Camat Sungai Loban Rusdiansyah", "Rusdiansyah", "Camat Sungai Loban"),
        ("Lurah Sukamaju Dedi Kurnia", "Dedi Kurnia", "Lurah Sukamaju"),
        # a place of two dictionary words, its second word no name's
        ("Camat Kebun Mangga Dimas Saputra", "Dimas Saputra", "Camat Kebun Mangga"),
        ("Lurah Tanah Merah Ahmad", "Ahmad", "Lurah Tanah Merah"),
        ("Camat Cilandak Baru Agus Salim", "Agus Salim", "Camat Cilandak Baru"),
        # two words after the post may be the name alone
        ("Camat Budi Santoso", "Budi Santoso", "Camat"),
    ],
)
def test_a_district_s_name_after_its_head_ends_the_post(lede: str, speaker: str, role: str) -> None:
    text = f"Banjir Merendam Desa\n\n{lede} mengatakan enam desa di wilayahnya terendam banjir setinggi dua meter.\n"
    assert _who(text) == [(speaker, role)]


def test_a_district_s_name_the_article_prints_whole_goes_on_past_its_first_word() -> None:
    text = (
        "Warga Diperiksa\n\nPolisi memeriksa warga di Mampang Prapatan, Jakarta Selatan. Camat Mampang Prapatan "
        "Djaharuddin menyatakan pihaknya sudah melaporkan hasil pengecekan kepada pimpinan. Warga Mampang "
        "Prapatan diminta tetap tenang.\n"
    )
    assert [speaker for speaker, _ in _who(text)] == ["Djaharuddin"]


def test_a_video_link_run_on_after_a_quote_ends_the_speaker_s_name() -> None:
    text = (
        "Dana Bergulir\n\nMenteri Koperasi Budi Arie Setiadi menjelaskan dana bergulir yang dikelola LPDB. "
        "“Itu bukan tambahan dana, itu dana bergulir yang dikelola oleh LPDB,” sambung Budi Arie  Lihat juga "
        "video: Misi Mengembalikan Kejayaan Perikanan Indonesia  [Gambas:Video 20detik]\n"
    )
    assert {speaker for speaker, _ in _who(text)} == {"Budi Arie Setiadi"}


def test_a_body_s_short_form_in_brackets_is_no_word_of_its_name() -> None:
    text = (
        "Kasus Covid-19\n\nPemerintah Kota (Pemkot) Tangerang Selatan mengumumkan jumlah kasus Covid-19 di "
        "Tangerang Selatan bertambah dua orang.\n"
    )
    assert [speaker for speaker, _ in _who(text)] == ["Pemerintah Kota Tangerang Selatan"]


def test_a_faith_community_officer_of_the_ministry_holds_a_post() -> None:
    text = (
        "Makna Natal\n\n“Tema ini menjadi pengingat bagi keluarga,” kata Pembimbing Masyarakat (Pembimas) "
        "Katolik Kantor Wilayah (Kanwil) Kemenag DKI Jakarta, Antonius Sinaga saat dihubungi di Jakarta.\n"
    )
    ((speaker, role),) = _who(text)
    assert speaker == "Antonius Sinaga"
    assert role is not None and role.startswith("Pembimbing Masyarakat")


def test_when_it_was_said_after_a_back_reference_is_no_part_of_the_speaker() -> None:
    text = (
        "Investasi Apple\n\nMenteri Investasi Rosan Roeslani mengatakan Apple sudah membeberkan komponen "
        "investasinya.\n\nKini, Apple disebut bersedia membangun pabrik di Indonesia sebagai bagian dari "
        "investasi senilai 1 miliar dollar AS.\nHal ini diungkapkan oleh Menteri Perindustrian (Menperin) Agus "
        "Sumirat Kartawijaya baru-baru ini.\n"
    )
    assert _who(text)[-1][0] == "Agus Sumirat Kartawijaya"


@pytest.mark.parametrize(
    ("lede", "speaker", "role"),
    [
        ("Menteri Koperasi Budi Arie Setiadi", "Budi Arie Setiadi", "Menteri Koperasi"),
        ("Kepala Dinas Koperasi Ahmad Yani", "Ahmad Yani", "Kepala Dinas Koperasi"),
    ],
)
def test_a_cooperative_after_a_minister_or_office_is_its_portfolio(lede: str, speaker: str, role: str) -> None:
    text = f"Dana Koperasi\n\n{lede} mengatakan dana bergulir untuk koperasi ditambah Rp 10 triliun.\n"
    assert _who(text) == [(speaker, role)]


def test_an_apostrophe_after_a_number_opens_no_quote() -> None:
    text = (
        "Search Goes On\n\nOn Monday, two oil patches close to Flight 8501’s last known position were located by "
        "helicopters. Several other findings were discounted as unrelated, officials said.\n"
    )
    statements = _statements(text, "en")
    assert [s.kind.value for s in statements] == ["indirect"]
    assert statements[0].text.startswith("Several other findings")


def test_a_name_right_after_said_and_before_a_quote_is_what_the_quote_speaks_of() -> None:
    text = (
        'Praise for the Governor\n\nState Sen. Dawn Addiego (R-Burlington), for example, said Christie "has '
        'dedicated his efforts to make New Jersey affordable."\n\n"We will win," said Mr Smith, "and we will govern."\n'
    )
    said = [(s.speaker, s.kind.value) for s in _statements(text, "en")]
    assert ("Christie", "direct") not in said
    assert ("Dawn Addiego", "direct") in said
    assert said.count(("Smith", "direct")) == 2  # (the interrupted quote keeps both halves)


@pytest.mark.parametrize(
    ("lede", "speaker", "role"),
    [
        # a country's name after a post in lower case opens a name of two words
        ("Pritzker spokeswoman Jordan Abudayyeh", "Jordan Abudayyeh", "Pritzker spokeswoman"),
        # police ranks
        ("Police Chief Inspector Milgrace Driz", "Milgrace Driz", "Police Chief Inspector"),
        ("Detective Constable Jane Smith", "Jane Smith", "Detective Constable"),
    ],
)
def test_english_names_after_lower_case_posts_and_police_ranks(lede: str, speaker: str, role: str) -> None:
    text = f"Protest Criticised\n\n{lede} said the protest had been small and peaceful.\n"
    assert _who(text, "en") == [(speaker, role)]


@pytest.mark.parametrize(
    "caption",
    [
        "1 of 2. A general view of Gartnavel General Hospital is seen in Glasgow, Scotland December 29, 2014.",
        "PHOTO: http://files.example.org/2018/09/11/hospital.jpg",
    ],
)
def test_a_photo_line_before_the_dateline_is_dropped_with_the_dateline(caption: str) -> None:
    text = (
        f"Healthcare Worker Diagnosed\n\n{caption}\n\nLONDON (Reuters) - A healthcare worker has been diagnosed "
        "with Ebola a day after flying home to Glasgow, the Scottish government said on Monday.\n"
    )
    (statement,) = _statements(text, "en")
    assert statement.text.startswith("A healthcare worker")


def test_a_balinese_name_after_a_rank_keeps_its_i() -> None:
    # ("RI Irjen": "RI I" is printed nowhere as words of their own, so "I" opens the name)
    text = (
        "BNN Tangkap\n\nBadan Narkotika Nasional Republik Indonesia (BNN RI) menangkap 35 tersangka. Deputi "
        "Pemberantasan BNN RI Irjen I Wayan Sugiri mengatakan, penangkapan lima tersangka menjadi bagian dari "
        "kasus ini.\n"
    )
    assert _who(text) == [("I Wayan Sugiri", "Deputi Pemberantasan BNN RI")]


def test_a_reference_with_a_vowel_more_or_less_is_the_person_named_before() -> None:
    text = (
        "Jenazah Dijemput\n\nJuru Bicara Gugus Tugas Sulawesi Utara Steaven Rumondor mengatakan pasien itu "
        "dijemput paksa.\n\n“Iya,” kata Steven.\n"
    )
    assert {speaker for speaker, _ in _who(text)} == {"Steaven Rumondor"}


def test_an_epithet_with_a_holder_s_ordinal_gives_no_post_of_that_day() -> None:
    text = (
        "Natal\n\nAnggota Komisi III DPR RI Bambang Soedarsono (Bamsoed) mendorong toleransi. “Yang ada hanyalah "
        "sesama anak bangsa,” kata Bamsoed di Jakarta, Kamis.\n\nKetua DPR RI ke-20 ini memaparkan, korban "
        "bencana hampir selalu berasal dari kelompok paling rentan.\n"
    )
    assert set(_who(text)) == {("Bambang Soedarsono", "Anggota Komisi III DPR RI")}


@pytest.mark.parametrize(
    "sentence",
    [
        "That age group, as well as many other Remainers, MPs say, could turn to anti-Brexit parties.",
        "The plan, officials say, will cost billions of pounds over the next decade.",
    ],
)
def test_an_unnamed_group_between_commas_says_the_whole_sentence_and_names_no_one(sentence: str) -> None:
    text = f"Labour Split\n\nLabour Deputy Leader Tom Watson said the party had to tread carefully.\n\n{sentence}\n"
    said = _statements(text, "en")
    assert [(s.speaker, s.text) for s in said[1:]] == [(None, sentence.rstrip("."))]


def test_an_opener_that_takes_a_comma_after_a_name_starts_a_sentence_the_scrape_ran_on() -> None:
    text = (
        "Makan Bergizi\n\nWakil Wali Kota Tangsel Pilar Saga Ichsan mengatakan anggaran masih sementara. “Nanti "
        "kami harus menunggu kepastian itu dulu,” jelas Pilar Diketahui, Pemkot Tangsel melaksanakan uji coba "
        "makan bergizi gratis di TK Negeri Pembina 1.\n"
    )
    assert {speaker for speaker, _ in _who(text)} == {"Pilar Saga Ichsan"}


def test_a_programme_named_in_a_list_is_no_one_the_next_quote_goes_to() -> None:
    text = (
        "Carney on Alberta\n\nPrime Minister Mark Carney said on Monday that the question was dangerous.\n\n"
        "He pointed to federal programs like the Canada Pension Plan, Old Age Security, Guaranteed Income "
        'Supplement and affordable child care as reasons to stay.\n\n"Canadians take care of each other. It is not '
        'perfect," he said.\n'
    )
    assert {speaker for speaker, _ in _who(text, "en")} == {"Mark Carney"}


def test_a_spokesperson_for_a_named_official_leaves_the_official_their_own_post() -> None:
    text = (
        "Premiers Meet\n\nPremiers are gathering Monday to discuss trade, said Sam Blackett, a spokesperson for "
        "Alberta Premier Danielle Smith's office.\n\nSmith said she cannot ignore the people who signed petitions.\n"
    )
    # (the province before the post is its region: "Alberta Premier" is Premier, Alberta)
    assert _who(text, "en")[-1] == ("Danielle Smith", "Premier")
    assert _statements(text, "en")[-1].region == "Alberta"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # an opening phrase of concession: its capitalised words are no subject
        (
            "Despite Crowdpac's defense, the editorial board jumped onto the bandwagon on Tuesday, saying the "
            "campaign is a clear quid pro quo.",
            None,
        ),
        # where, then who
        (
            "From the red carpet at the Washington Hilton, Sanders said the president encouraged his staff.",
            "Sarah Sanders",
        ),
        # a name with a description that holds a relative clause
        (
            "Republican Rep. Thomas Massie of Kentucky, a Brackett antagonist who had pushed legislation to restrain "
            "the president's war powers against Iran, told reporters that the deal looked good.",
            "Thomas Massie",
        ),
    ],
)
def test_the_subject_of_an_english_attribution_after_openings_and_asides(sentence: str, speaker: str | None) -> None:
    text = f"Washington\n\nWhite House Press Secretary Sarah Sanders spoke to reporters.\n\n{sentence}\n"
    assert _statements(text, "en")[-1].speaker == speaker


def test_a_programme_s_title_in_quotes_is_no_quote_and_where_it_was_said_keeps_the_cue() -> None:
    text = (
        'Ferguson\n\nOn NBC\'s "Meet the Press," Rep. John Lewis called on the police chief to apologize to the '
        'community.\n\nMr Smith told reporters in Washington: "We will win the vote on Tuesday."\n'
    )
    said = [(s.speaker, s.kind.value, s.text) for s in _statements(text, "en")]
    assert ("John Lewis", "direct", "Meet the Press,") not in said
    assert ("Smith", "direct", "We will win the vote on Tuesday.") in said


def test_malaysian_honours_are_no_part_of_the_post() -> None:
    text = "Travel Costs\n\nPrime Minister Datuk Seri Anwar Ibrahim said the firms covered 75 per cent of the costs.\n"
    assert _who(text, "en") == [("Anwar Ibrahim", "Prime Minister")]


@pytest.mark.parametrize(
    "installed",
    [
        "Gubernur Sumut Bobby Nasution melantik Togap Simangunsong sebagai Sekretaris Daerah (Sekda) di Medan.",
        "Togap Simangunsong resmi dilantik menjadi Sekretaris Daerah oleh Gubernur Bobby Nasution.",
    ],
)
def test_the_post_a_person_was_installed_in_is_their_post(installed: str) -> None:
    text = (
        f"Pelantikan Sekda\n\n{installed}\n\nSementara itu, Togap Simangunsong menyatakan kesiapan untuk mengemban "
        "amanah yang diberikan.\n"
    )
    speaker, role = _who(text)[-1]
    assert speaker == "Togap Simangunsong"
    assert role is not None and role.startswith("Sekretaris Daerah")


def test_an_opening_mark_the_outlet_used_to_close_a_quote_closes_it() -> None:
    text = (
        "Pasal Penyidik\n\nKetua Komisi III DPR Habiburokhman membantah pasal itu dihapus.”Tidak benar pasal yang "
        "mengatur bahwa Polri adalah penyidik utama dihapus,“ kata Habiburokhman ketika dikonfirmasi pada Jumat.\n"
    )
    quotes = [s.text for s in _statements(text) if s.kind.value == "direct"]
    assert quotes == ["Tidak benar pasal yang mengatur bahwa Polri adalah penyidik utama dihapus,"]


def test_a_subheading_glued_to_an_office_is_no_part_of_the_post() -> None:
    text = (
        "Kabinet\n\nKursi menko polkam sebelumnya diemban oleh Budi Gunawan. Menko Polkam Ad InterimMensesneg "
        "Prasetyo Hadi menjelaskan dua kursi kabinet belum terisi pejabat definitif.\n"
    )
    assert _who(text) == [("Prasetyo Hadi", "Mensesneg")]


def test_someone_s_place_or_thing_is_no_one_a_later_he_can_be() -> None:
    text = (
        'Egypt\n\n"We deplore violence against civilians," Obama said.\n\nIn a statement from his vacation home on '
        "Martha's Vineyard, the president, however, refrained from calling it a coup.\n\n\"America cannot determine "
        "the future of Egypt,\" he said.\n\nObama's Thursday statement echoed much of what Kerry said on Wednesday, "
        "that the violence was a serious blow.\n"
    )
    assert [speaker for speaker, _ in _who(text, "en")] == ["Obama", "Obama", None]


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("WEST PALM BEACH, Fla./WASHINGTON (Reuters) - ", "West Palm Beach"),
        ("FERGUSON, Mo. (AP) - ", "Ferguson"),
        ("NEW YORK/LONDON (Reuters) - ", "New York"),
        ("NEW YORK, N.Y. (AP) - ", "New York"),
    ],
)
def test_american_wire_datelines_with_a_state_or_a_second_town(dateline: str, place: str) -> None:
    text, meta = prepare(f"Talks Planned\n\n{dateline}The White House said on Friday it was set to kick off talks.\n")
    assert meta.place == place
    assert text.startswith("The White House said")


def test_a_group_that_opens_the_sentence_is_the_subject_of_its_second_verb() -> None:
    text = (
        "Alabama\n\nSenator Ann Lee visited the school and said the budget would pass.\n\nRepublican lawmakers in "
        "Washington had distanced themselves from Moore and called for him to drop out of the race.\n"
    )
    assert [speaker for speaker, _ in _who(text, "en")] == ["Ann Lee", None]


@pytest.mark.parametrize(
    ("lede", "speaker", "role"),
    [
        # one letter between two words of a name is its initial, not "Haji"
        ("Menteri Hukum dan HAM (Menkumham) Yosafati H Lase", "Yosafati H Lase", "Menteri Hukum dan HAM (Menkumham)"),
        ("Bupati Garut H Rudy Gunawan", "Rudy Gunawan", "Bupati"),
        # a rank as it is often misspelled
        ("Brigadir Jendral Basaria Pandjaitan", "Basaria Pandjaitan", None),
    ],
)
def test_initials_and_misspelled_ranks_in_indonesian_names(lede: str, speaker: str, role: str | None) -> None:
    text = f"Pasal Penghinaan\n\n{lede} mengatakan pihaknya akan melanjutkan pembahasan pasal itu.\n"
    assert _who(text) == [(speaker, role)]


def test_a_discourse_opener_ending_in_nya_is_no_name() -> None:
    text = (
        "Kasus\n\nAnggota Komisi III DPR Patrice Rio Capella menilai aneh kasus tersebut. Pasalnya, Jaksa Agung "
        "tidak memiliki alasan kuat menyebut kerugian negara sebelum ada bukti.\n"
    )
    assert "Pasalnya" not in {speaker for speaker, _ in _who(text)}


def test_those_with_a_person_and_a_person_named_as_an_object_are_no_speakers() -> None:
    text = (
        "Saksi Diperiksa\n\nKPK memeriksa saksi dalam kasus suap yang menjerat Bupati Bekasi Ade Kuswara. Juru "
        'bicara KPK Budi Prasetyo mengatakan pemeriksaan dilakukan di Pusdiklat Kejaksaan. "Permintaan keterangan '
        'dilakukan di Pusdiklat," kata Budi.\n\nPenyidik mencecar Eddy dkk soal kasus yang melibatkan Ade Kuswara '
        'Cs. Namun, tak dirinci seperti apa kesaksian Eddy dkk soal keterlibatan Ade Kuswara Cs.\n\n"Pemeriksaan '
        'hari ini terkait pengetahuan saksi mengenai perkara di Kejaksaan Negeri," jelasnya.\n'
    )
    assert [speaker for speaker, _ in _who(text)] == ["Budi Prasetyo"] * 3


def test_a_byline_glued_to_the_dateline_is_the_author_and_no_statement() -> None:
    raw = (
        "Presiden Berharap MUI Berbenah\n\nLaporan Wartawan Tribunnews.com, Imanuel Nicolas Manafe TRIBUNNEWS.COM, "
        "JAKARTA - Presiden Joko Wiranggono berharap Majelis Ulama Indonesia melakukan reformasi internal.\n"
    )
    text, meta = prepare(raw)
    assert (meta.author, meta.place) == ("Imanuel Nicolas Manafe", "Jakarta")
    assert text.startswith("Presiden Joko Wiranggono berharap")


@pytest.mark.parametrize(
    ("lede", "speaker", "role"),
    [
        # a state legislator's party and county in brackets are no one
        ("State Rep. Cris Dush (R., Jefferson)", "Cris Dush", "State Rep"),
        ("Senate President Pro Tempore Joe Scarnati (R., Jefferson)", "Joe Scarnati", "Senate President Pro Tempore"),
        # the day before the post
        ("On Tuesday Chancellor Rishi Sunak", "Rishi Sunak", "Chancellor"),
        # a Malaysian state's chief minister (the state is the post's region: test_en_round10)
        ("Johor Menteri Besar Hasni Mohammad", "Hasni Mohammad", "Menteri Besar"),
    ],
)
def test_english_posts_with_a_party_and_county_a_day_or_a_malaysian_title(lede: str, speaker: str, role: str) -> None:
    text = f"Capitol\n\n{lede} said the state would not change its plans this year.\n"
    assert _who(text, "en") == [(speaker, role)]


def test_photo_credits_related_links_and_a_dateline_after_a_promotion() -> None:
    raw = (
        "Senate Leader Retires\n\nSpotlight PA is an independent, nonpartisan newsroom. Sign up for our free weekly "
        "newsletter.\n\nHARRISBURG — The Senate majority leader said late Wednesday that he is not running again.\n\n"
        "Image copyright Getty Images Image caption The Capitol in Harrisburg, as Mr Corman has said\n\nRelated Story "
        "Australians told restrictions must stay\n"
    )
    text, meta = prepare(raw)
    assert meta.place == "Harrisburg"
    assert "HARRISBURG" not in text and "Image" not in text and "Related" not in text


@pytest.mark.parametrize(
    "sentence",
    [
        "President Obama nominated Jack Lew to the Treasury, as the top Republican on the Senate Budget Committee "
        "vowed to oppose the pick over a statement Lew once made.",
        "The top Republican in the Pennsylvania Senate announced late Wednesday that he is not running again.",
    ],
)
def test_a_party_s_senior_member_of_a_body_is_no_body(sentence: str) -> None:
    assert [speaker for speaker, _ in _who(f"Capitol\n\n{sentence}\n", "en")] == [None]


def test_a_post_s_initials_after_the_are_its_holder_and_a_hyphenated_post_is_a_post() -> None:
    text = (
        "Corps members travel to India\n\n"
        "At a briefing in Abuja, the NYSC Director-General, Brigadier General Y. D. Ahmed, thanked the hosts. "
        "The DG said the invitation was “another opportunity for the scheme to grow.”\n\n"
        "National Security Adviser Nuhu Ribadu said the ban had been lifted. "
        "“You are requested to inform the union,” the NSA stated in the letter.\n\n"
        "CBN Governor Yemi Cardoso said the move was needed. "
        "“Staff will be moved in phases,” the CBN said in a circular.\n"
    )
    who = {(s.speaker, s.role) for s in _statements(text, "en")}
    assert who == {
        ("Y. D. Ahmed", "NYSC Director-General"),
        ("Nuhu Ribadu", "National Security Adviser"),
        ("Yemi Cardoso", "CBN Governor"),
        ("CBN", None),  # the bank's initials are the bank's: no office word in them
    }


def test_a_long_epithet_naming_a_body_in_full_and_a_second_past_post() -> None:
    text = (
        "Akande on corruption\n\n"
        "Ex-Osun State Governor, Adebisi Akande, has said governments have failed to defeat corruption.\n\n"
        "The pioneer Interim National Chairman of the All Progressives Congress, who lamented that many "
        "would prefer to cut corners, said leadership alone could not make people prosperous.\n"
    )
    assert _who(text, "en") == [
        ("Adebisi Akande", "Ex-Osun State Governor"),
        # (its first holder: a post of the past, as "former" says)
        ("Adebisi Akande", "pioneer Interim National Chairman of the All Progressives Congress"),
    ]


def test_a_title_printed_alone_is_the_short_name_of_someone_named_before() -> None:
    text = (
        "Komisi III panggil Kapolrestabes\n\n"
        "Ketua Komisi III DPR, Habiburokhman mengatakan pihaknya telah menjadwalkan pemanggilan.\n\n"
        '"Kami akan memanggil khusus si Kapolres ini," kata Habib di kompleks parlemen, Jakarta, Jumat (29/11).\n\n'
        "Habib mengaku tak ingin kasus itu merusak citra Polri.\n\n"
        '"Ini harus diusut tuntas," kata Gus.\n'
    )
    assert _who(text) == [
        ("Habiburokhman", "Ketua Komisi III DPR"),
        ("Habiburokhman", "Ketua Komisi III DPR"),
        ("Habiburokhman", "Ketua Komisi III DPR"),
        (None, None),  # (no one's name starts "Gus" here: no person named "Gus")
    ]


def test_shoals_wars_and_commands_are_no_one_an_epithet_goes_to_the_post_s_holder() -> None:
    text = (
        "Navy chief denies deal\n\n"
        "MANILA – Vice Admiral Alberto Carlos denied any deal on Wednesday. Carlos was recently relieved "
        "as Western Command (Wescom) chief.\n\n"
        "The deal concerned troops in Ayungin Shoal, where a World War II ship was grounded in 1999.\n\n"
        "The Filipino vice admiral said he had met the attache on several occasions.\n"
    )
    assert [s.speaker for s in _statements(text, "en")] == ["Alberto Carlos", "Alberto Carlos"]


@pytest.mark.parametrize(
    ("lede", "speaker"),
    [
        ("President-elect, Asiwaju Bola Tinubu,", "Bola Tinubu"),
        ("Alhaji Atiku Abubakar", "Atiku Abubakar"),
        ("The Minister of Works, Engr. David Umahi,", "David Umahi"),
    ],
)
def test_west_african_honours_are_no_part_of_the_name(lede: str, speaker: str) -> None:
    text = f"Leaders speak\n\nABUJA – {lede} said on Wednesday that the country would move forward together.\n"
    assert [s.speaker for s in _statements(text, "en")] == [speaker]


def test_a_department_s_field_in_capitals_is_no_one() -> None:
    text = (
        "Bank moves staff\n\n"
        "The departments to be moved are Banking Supervision; Other Financial Institutions Supervision; "
        "Consumer Protection Department.\n\n"
        "“The Abuja office is designed to carry about 3,000 staff but we are 4,000 already.”\n"
    )
    assert [s.speaker for s in _statements(text, "en")] == [None]


@pytest.mark.parametrize(
    ("lede", "speaker", "role"),
    [
        (
            "Direktur Tindak Pidana Ekonomi Khusus Bareskrim Polri Brigjen (Pol) Helmy Santika",
            "Helmy Santika",
            "Direktur Tindak Pidana Ekonomi Khusus Bareskrim Polri",
        ),
        (
            "Dalam acara itu, Wakil Kepala Polda Papua Brigadir Jenderal (Pol) Ramdani Hidayat",
            "Ramdani Hidayat",
            "Wakil Kepala Polda Papua",
        ),
        ("Sekretaris Jenderal Indra Sukardiman", "Indra Sukardiman", "Sekretaris Jenderal"),
    ],
)
def test_a_rank_between_the_post_and_the_name_is_no_part_of_the_post(lede: str, speaker: str, role: str) -> None:
    text = (
        f"Judul berita\n\nJAKARTA - {lede} mengungkapkan, karyawan itu digaji Rp 15 juta sebulan. "
        '"Gaji antara Rp 15 juta per bulan," kata dia.\n'
    )
    assert {(s.speaker, s.role) for s in _statements(text)} == {(speaker, role)}


def test_a_name_after_a_preposition_is_no_subject_and_the_leader_is_the_office_holder() -> None:
    text = (
        "Tinubu accepts mandate\n\n"
        "ABUJA – President-elect Bola Tinubu has promised to be a servant to Nigerians.\n\n"
        "Tinubu appealed to Peter Obi of the Labour Party, Atiku Abubakar of the PDP and other contestants "
        "to team up with him. “I appeal to my fellow contestants, let us team up together,” he said.\n\n"
        "HANOI – Prime Minister Nguyen Xuan Phuc spoke at the meeting on Monday.\n\n"
        "The leader admitted that the cooperation between the agencies remains limited.\n"
    )
    assert _who(text, "en") == [
        ("Bola Tinubu", "President-elect"),
        ("Bola Tinubu", "President-elect"),
        ("Nguyen Xuan Phuc", "Prime Minister"),
    ]


def test_according_to_a_post_the_body_it_heads_and_the_name_between_commas() -> None:
    text = (
        "Court news\n\nABUJA – The hearing continued on Monday.\n\n"
        "According to the President, Court of Appeal, Justice Monica Dongban-Mensem, governorship candidates "
        "in four states did not challenge the outcome of the election in court.\n"
    )
    (statement,) = _statements(text, "en")
    assert statement.speaker == "Monica Dongban-Mensem"
    assert statement.text.startswith("governorship candidates in four states")


def test_reported_speech_that_opens_with_a_quote_is_that_quote_once() -> None:
    text = (
        "Election row\n\nABUJA – Former Senator Victor Ndoma-Egba has spoken on the election.\n\n"
        "But Ndoma-Egba argued that “There is no provision in our laws to grant such a demand. It is even "
        "treasonable as they seek to truncate our democratic process.” He spoke in Abuja.\n\n"
        'He said there would be a campaign whereby "tourists can enjoy a smoke free environment".\n'
    )
    found = [(s.kind.value, s.speaker, s.text[:25]) for s in _statements(text, "en")]
    assert found == [
        ("direct", "Victor Ndoma-Egba", "There is no provision in "),
        # (the verb's own words first: the reported statement holds the quote, as before)
        ("indirect", "Victor Ndoma-Egba", "there would be a campaign"),
    ]


def test_arabic_particles_in_names_compass_regions_and_related_links() -> None:
    text = (
        "Iraq vote\n\nBAGHDAD – Lawmakers met on Sunday.\n\n"
        "Brackett hails foreign policy shift on surprise visit to US troops in Iraq Read more\n\n"
        "“Parliament must clearly express its view,” said Salam al-Shimiri, a lawmaker.\n\n"
        "Moqtada al-Sadr said the vote would come soon. The hub would supply Southeast Asian countries. "
        "The project is expected to increase national reserves, he said.\n"
    )
    assert [s.speaker for s in _statements(text, "en")] == ["Salam al-Shimiri", "Moqtada al-Sadr", "Moqtada al-Sadr"]


def test_a_police_force_or_government_named_by_its_place_in_lower_case_is_a_body() -> None:
    text = (
        "Man found dead\n\nMANCHESTER – A man was found in a canal on Boxing Day.\n\n"
        "Greater Manchester police (GMP) would not confirm the dead man’s identity but said an investigation "
        "was ongoing to establish the circumstances.\n"
    )
    (statement,) = _statements(text, "en")
    assert (statement.speaker, statement.speaker_kind) == ("Greater Manchester police", "organisation")


def test_a_member_named_after_a_noun_and_a_name_with_two_letters_swapped() -> None:
    text = (
        "Dewas tanggapi Komisi III\n\n"
        "Liputan6.com, Jakarta - Anggota Dewas KPK Artidjo Alkostar merespons permintaan anggota Komisi III DPR "
        "Fraksi PDIP Masinton Pasaribu. Masinton meminta dewas mengaudit internal KPK.\n\n"
        '"Dewas itu kan bagian dari KPK," kata Masinton.\n\n'
        "Menurut Artdijo, setiap anggota dewas sudah memiliki fungsi masing-masing.\n"
    )
    assert _who(text)[1:] == [
        ("Masinton Pasaribu", "Anggota Komisi III DPR Fraksi PDIP"),
        ("Artidjo Alkostar", "Anggota Dewas KPK"),
    ]


def test_a_post_word_with_the_possessive_nya_is_the_post() -> None:
    text = (
        "Resolusi PKB 2023\n\nJakarta - Partai Kebangkitan Bangsa (PKB), lewat Wakil Ketua Umumnya Jazilul Fawaid, "
        "menyampaikan resolusinya untuk 2023.\n\n"
        '"Kita masuk gerbang tahun politik," ujar Jazilul.\n'
    )
    # (the first statement's role is "lewat Wakil Ketua Umum", filed and shown as "Wakil Ketua Umum")
    assert {(speaker, (role or "").removeprefix("lewat ")) for speaker, role in _who(text)} == {
        ("Jazilul Fawaid", "Wakil Ketua Umum")
    }


def test_a_ticket_s_campaign_team_a_ship_and_a_town_s_country_are_no_person() -> None:
    text = (
        "Target suara buruh\n\nJakarta - Tim Pemenangan Nasional (TPN) Galih-Munir menargetkan 70 persen suara "
        "buruh masuk ke kantong paslon nomor urut 3.\n\n"
        "Diberitakan, kru kapal pesiar Diamond Princess di Yokohama, Jepang, meminta kepada Presiden Joko Wiranggono "
        "untuk melakukan evakuasi.\n"
    )
    speakers = [s.speaker for s in _statements(text)]
    assert speakers[0] == "Tim Pemenangan Nasional (TPN) Galih-Munir"
    assert not {"Galih", "Diamond Princess", "Jepang"} & set(speakers)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Panel set up\n\nABUJA – President Bola Tinubu has set up a panel. This is according to a statement by "
            "his spokesman, Ajuri Ngelale, titled ‘President Tinubu establishes special presidential panel on social "
            "investment programmes.’\n",
            "en",
        ),
        (
            "Khotbah Idul Fitri\n\nBogor - Ketua DKM Masjid Baitussalam Muhammadun menyampaikan khotbah bertajuk "
            '"Idul Fitri Momentum Hijrah" di Istana Bogor, Minggu (24/5/2020).\n',
            "id",
        ),
    ],
)
def test_a_quoted_title_after_titled_or_bertajuk_is_no_statement(text: str, lang: str) -> None:
    assert not [s for s in _statements(text, lang) if s.kind.value == "direct"]


def test_a_portfolio_after_on_is_part_of_the_post() -> None:
    text = (
        "Panel set up\n\nABUJA – President Bola Tinubu has set up a panel.\n\n"
        "This is according to a statement signed by the President’s Special Adviser on Media and Publicity, "
        "Ajuri Ngelale, titled ‘President Tinubu establishes panel.’\n\n"
        "Ngelale said the goal is to implement a total re-engineering of the programmes.\n"
    )
    assert _who(text, "en")[-1:] == [("Ajuri Ngelale", "Special Adviser on Media and Publicity")]


def test_a_country_the_headline_names_is_no_speaker_for_a_pronoun_with_no_one_before() -> None:
    text = (
        "Politicians from Iraq’s parliament called for vote to expel US forces\n\n"
        "Politicians from both blocs of Iraq’s divided parliament called for a vote to expel US troops and "
        "promised to schedule an extraordinary session to debate the matter.\n\n"
        "Qais Khazali, the head of the Iran-backed Asaib Ahl al-Haq militia that fought key battles against Isis "
        "in north Iraq, promised on Twitter that parliament would vote to expel US forces.\n"
    )
    assert _statements(text, "en")[0].speaker is None


@pytest.mark.parametrize(
    ("lede", "speaker", "role"),
    [
        ("Bupati Wonogiri Hartono dan Wakil Bupati Wonogiri Rina Marlina", "Hartono", "Bupati"),
        ("Wali Kota Kediri Agus Salim didampingi Wakil Wali Kota Dewi Lestari", "Agus Salim", "Wali Kota"),
        # one post whose fields are joined by "dan", then its holder
        ("Menteri Pertanian dan Kehutanan Budi Santoso", "Budi Santoso", "Menteri Pertanian dan Kehutanan"),
    ],
)
def test_two_officials_speaking_together_are_filed_under_the_first(lede: str, speaker: str, role: str) -> None:
    text = f"Jalan Rusak\n\n{lede} mengatakan perbaikan jalan kabupaten dimulai bulan depan.\n"
    assert _who(text) == [(speaker, role)]


@pytest.mark.parametrize(
    ("lede", "speaker"),
    [
        ("Ketua Kelompok Tani Ngudi Makmur Sardi bin Karto", "Sardi bin Karto"),
        ("Ketua Kelompok Tani Sido Makmur Tukiman Sastro", "Tukiman Sastro"),
        # a given name the list knows opens the name, whatever follows
        ("Ketua Kelompok Tani Sido Makmur Budi Lestari", "Budi Lestari"),
    ],
)
def test_a_name_after_a_group_s_own_name_starts_past_its_last_dictionary_word(lede: str, speaker: str) -> None:
    text = f"Panen Raya\n\n{lede} mengatakan hasil panen tahun ini naik dibanding tahun lalu.\n"
    assert [name for name, _ in _who(text)] == [speaker]
