"""Reported speech: the content span excludes speaker, verb and "bahwa"/"that"."""

import pytest

from quotetrack.extract import extract
from quotetrack.text.clean import prepare


def indirect(text, lang=None):
    return [(s.text, s.speaker, s.cue) for s in extract(text, lang=lang).statements if s.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bupati Garut Rudy Hartono mengatakan bahwa jalan desa akan diperbaiki tahun depan.",
            ("jalan desa akan diperbaiki tahun depan", "Rudy Hartono", "mengatakan"),
        ),
        (
            "Wakil Ketua DPRD Solo, Suharto, menegaskan anggaran pendidikan tidak boleh dipangkas.",
            ("anggaran pendidikan tidak boleh dipangkas", "Suharto", "menegaskan"),
        ),
        (
            "Kapolres Subang AKBP Andi Wijaya menjelaskan, dua pelaku sudah ditahan sejak pekan lalu.",
            ("dua pelaku sudah ditahan sejak pekan lalu", "Andi Wijaya", "menjelaskan"),
        ),
        (
            "Selanjutnya, Dr. Imran mengingatkan kepada para ASN untuk menjaga netralitas.",
            ("kepada para ASN untuk menjaga netralitas", "Imran", "mengingatkan"),
        ),
        (
            "Menteri Sosial Rina Dewi mengimbau warga tidak panik menghadapi kenaikan harga.",
            ("warga tidak panik menghadapi kenaikan harga", "Rina Dewi", "mengimbau"),
        ),
        (
            "Gubernur Jawa Barat Dedi Kurnia membantah ada dana daerah yang mengendap di bank.",
            ("ada dana daerah yang mengendap di bank", "Dedi Kurnia", "membantah"),
        ),
        (
            "Menurut Kepala Bappeda Sari Utami, target pendapatan daerah harus dinaikkan.",
            ("target pendapatan daerah harus dinaikkan", "Sari Utami", "Menurut"),
        ),
        (
            "Harga beras akan turun bulan depan, menurut Kepala Bulog Budi Santoso.",
            ("Harga beras akan turun bulan depan", "Budi Santoso", "menurut"),
        ),
        (
            "Kapolda Metro Jaya menyatakan seluruh personel sudah disiagakan di lokasi.",
            ("seluruh personel sudah disiagakan di lokasi", None, "menyatakan"),
        ),
        # How the reporter reached the speaker, in a relative clause before the verb.
        (
            "Ekonom Lembaga Kajian Nusantara Mohammad Fikri yang dihubungi pada Kamis (28/5/2020) mengatakan, "
            "pencabutan pembatasan terlalu cepat.",
            ("pencabutan pembatasan terlalu cepat", "Mohammad Fikri", "mengatakan"),
        ),
        (
            "Kepala Dinas Sosial Garut Ahmad Suherman yang ditemui di kantornya, Senin (4/5/2020), menjelaskan "
            "bahwa bantuan sudah disalurkan.",
            ("bantuan sudah disalurkan", "Ahmad Suherman", "menjelaskan"),
        ),
        # The day printed right before the verb, with no comma after it.
        (
            "Rudi Santoso, Kepala Ombudsman RI Perwakilan Sumatera Barat, Senin (20/04/2020) menjelaskan, "
            "selama pekan pertama masih banyak pelanggaran.",
            ("selama pekan pertama masih banyak pelanggaran", "Rudi Santoso", "menjelaskan"),
        ),
        (
            "Wali Kota Bogor Dimas Arya, Minggu (17/5/2020) menyatakan, pembatasan tetap diperketat di kota itu.",
            ("pembatasan tetap diperketat di kota itu", "Dimas Arya", "menyatakan"),
        ),
        # "yang juga" links two posts: the name comes after them.
        (
            "Kepala BNPB yang juga Ketua Satgas Covid-19 Doni Santosa, saat dihubungi, mengatakan, pihaknya siap "
            "mengerahkan personel ke lokasi bencana.",
            ("pihaknya siap mengerahkan personel ke lokasi bencana", "Doni Santosa", "mengatakan"),
        ),
    ],
)
def test_indonesian_verbs(text, expected):
    assert indirect(text) == [expected]


def test_passive_lead_and_nya_carry_the_speaker():
    text = (
        "Gubernur Riau Abdul Walid meninjau pasar murah di Pekanbaru.\n"
        "Diungkapkan, tujuan utama program ini adalah menjaga daya beli masyarakat.\n"
        "Menurutnya, stok beras aman sampai akhir tahun."
    )
    got = indirect(text)
    assert got == [
        ("tujuan utama program ini adalah menjaga daya beli masyarakat", "Abdul Walid", "Diungkapkan"),
        ("stok beras aman sampai akhir tahun", "Abdul Walid", "Menurutnya,"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # passive with its agent
        (
            "Ditambahkan Plt Kepala Dinas Kesehatan Amir Hazairin, angka stunting turun menjadi 21 persen.",
            [("angka stunting turun menjadi 21 persen", "Amir Hazairin", "Ditambahkan")],
        ),
        # "-nya," cue opening the sentence, after an official was named
        (
            "Gubernur Bali Wayan Sutarja meninjau bandara.\nKatanya, jumlah wisatawan naik dua kali lipat.",
            [("jumlah wisatawan naik dua kali lipat", "Wayan Sutarja", "Katanya")],
        ),
        # an epithet for the person speaking ("orang nomor satu di Jatim itu")
        (
            "Gubernur Jawa Timur Kholifah Indah Purwaningsih meninjau jembatan.\n"
            "Orang nomor satu di Jatim itu menyampaikan, perbaikan selesai sebelum Lebaran.",
            [("perbaikan selesai sebelum Lebaran", "Kholifah Indah Purwaningsih", "menyampaikan")],
        ),
    ],
)
def test_passives_leads_and_epithets(text, expected):
    assert indirect(text) == expected


def test_but_he_said_starts_a_second_statement():
    text = "Mr Clarke acknowledged the timetable remained a matter for debate but he said the bill would pass."
    got = indirect(text, lang="en")
    assert got == [
        ("the timetable remained a matter for debate", "Clarke", "acknowledged"),
        ("the bill would pass", "Clarke", "said"),
    ]


def test_quote_attribution_sentence_is_not_reported_speech():
    text = '"We are committed to transparency," spokesman John Kirby said in a statement.'
    got = extract(text, lang="en").statements
    assert [(s.kind, s.speaker) for s in got] == [("direct", "John Kirby")]


def test_organisation_speaking():
    (got,) = indirect("Polda Metro Jaya menyatakan arus lalu lintas sudah kembali normal.")
    assert got[0] == "arus lalu lintas sudah kembali normal"
    assert got[1] == "Polda Metro Jaya"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Health Secretary Mary Jones said that waiting lists had fallen by a tenth.",
            ("waiting lists had fallen by a tenth", "Mary Jones", "said"),
        ),
        (
            "Paid leave would rise to nine months by 2007, Ms Jones told the BBC.",
            ("Paid leave would rise to nine months by 2007", "Jones", "told"),
        ),
        (
            "According to Governor Rick Stone, the plant will reopen in March.",
            ("the plant will reopen in March", "Rick Stone", "According"),
        ),
        (
            "The plant will reopen in March, according to Governor Rick Stone.",
            ("The plant will reopen in March", "Rick Stone", "according to"),
        ),
        (
            "The issue would be debated in Parliament next Monday as scheduled he insisted.",
            ("The issue would be debated in Parliament next Monday as scheduled", None, "insisted"),
        ),
        (
            "David Framley, director general of the chamber, warned that small firms could suffer.",
            ("small firms could suffer", "David Framley", "warned"),
        ),
        (
            "President Barack Obama on Tuesday accused Donald Brackett of praising the Russian leader.",
            ("Donald Brackett of praising the Russian leader", "Barack Obama", "accused"),
        ),
        (
            "Inflation would be 1.75% next year and 2% after that, Mr Brown forecast.",
            ("Inflation would be 1.75% next year and 2% after that", "Brown", "forecast"),
        ),
        (
            "Senator Liz Warren called for the bank's chief executive to resign.",
            ("the bank's chief executive to resign", "Liz Warren", "called for"),
        ),
    ],
)
def test_english_verbs(text, expected):
    assert indirect(text, lang="en") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Banjir merendam ratusan rumah warga di tiga kecamatan.",
        "Pemerintah yang mengatakan hal itu belum memberi data.",
        "Rapat dilanjutkan dengan pemaparan materi dari narasumber.",
        # A speech verb capitalised inside a sentence is a name: here a village.
        "Dari kantor kecamatan di Desa Tanjung Bilang, desa itu bisa ditempuh dengan perahu selama tiga jam.",
    ],
)
def test_narration_is_not_speech(text):
    assert indirect(text) == []


def test_confirming_reports_a_clause_not_a_thing() -> None:
    text = (
        "Polisi menangkap dua pelaku pencurian di pasar pada Selasa malam.\n\n"
        "Kapolsek Sawah Besar Kompol Hendra Wijaya membenarkan bahwa kedua pelaku sudah ditahan.\n\n"
        "Dikatakannya, barang bukti berupa dua sepeda motor juga sudah diamankan petugas.\n\n"
        "Kepala Pasar Rudi Hartono membenarkan kejadian itu.\n"
    )
    statements = extract(*prepare(text)[:1], lang="id").statements
    assert [(s.speaker, s.text) for s in statements] == [
        ("Hendra Wijaya", "kedua pelaku sudah ditahan"),
        ("Hendra Wijaya", "barang bukti berupa dua sepeda motor juga sudah diamankan petugas"),
    ]


def test_a_document_that_says_something_is_no_person() -> None:
    text = (
        "Partai Maju menggelar rapat di Jakarta pada Senin.\n\n"
        "Ketua Umum Partai Maju Hendra Wijaya mengatakan, surat itu sudah dikirim ke semua pengurus.\n\n"
        "Isi surat itu menekankan pentingnya persatuan partai menjelang pemilu.\n"
    )
    statements = extract(*prepare(text)[:1], lang="id").statements
    assert [s.speaker for s in statements] == ["Hendra Wijaya", None]


@pytest.mark.parametrize(
    ("sentence", "statements"),
    [
        ("Twenty-seven states led by Texas have sued to block the rule in federal court.", 0),
        ("The senator dismissed his claims that the rule was lawful and cheap.", 0),
        ("The governor states that the rule is unlawful and costly.", 1),
        ("Most states have passed the deadline to change the names on the ballot.", 0),
        ("At the United Nations the interests of member states trump the wishes of its staff.", 0),
        ("Other states have since followed the lead of the governor.", 0),
        ("Reagan went on to win the election that year in a landslide.", 0),
        ("The governor went on to say that the rule was unlawful and costly.", 1),
    ],
)
def test_plural_nouns_are_no_speech_verbs(sentence: str, statements: int) -> None:
    text = "The lawsuit was filed on Monday.\n\n" + sentence + "\n"
    assert len(extract(*prepare(text)[:1], lang="en").statements) == statements


def test_a_second_verb_after_a_quote_reports_its_own_clause() -> None:
    text = (
        "Rep. Mike Crane criticized the candidate for \u201crunning around saying the case is closed\u201d and "
        "suggested that her presidency could create a crisis."
    )
    assert [t for t, _, _ in indirect(text, lang="en")] == [
        "the candidate for \u201crunning around saying the case is closed\u201d",
        "her presidency could create a crisis",
    ]


def test_indonesian_cues_after_a_connective_a_passive_pronoun_and_urging_verbs() -> None:
    text = (
        "Ekonomi Jateng\n\n"
        "SEMARANG - Kepala Perwakilan Bank Indonesia Jawa Tengah Dhoni Widodo mengatakan ekonomi tumbuh 5 persen.\n\n"
        "Dikatakan dia, ada empat sektor yang menjadi penopang pertumbuhan ekonomi.\n\n"
        "Selain itu lanjut Dhoni, budidaya kelapa sawit dapat menghasilkan pendapatan yang tinggi.\n\n"
        "Dijelaskan pula, bahwa perbankan juga mengatur kondisi tertentu untuk restrukturisasi.\n\n"
        "Gubernur Jawa Tengah Ahmad Lutfi juga hadir. Ia mendorong agar industri padat karya diperbanyak.\n\n"
        "Pemerintah mendorong industri rotan nasional tumbuh lebih cepat tahun ini.\n\n"
        "Camat Sansan Santosa membenarkan adanya kejadian dugaan keracunan tersebut.\n"
    )
    got = [(s.text, s.speaker) for s in extract(prepare(text)[0], lang="id").statements if s.kind == "indirect"]
    assert got[1:] == [
        ("ada empat sektor yang menjadi penopang pertumbuhan ekonomi", "Dhoni Widodo"),
        ("budidaya kelapa sawit dapat menghasilkan pendapatan yang tinggi", "Dhoni Widodo"),
        ("perbankan juga mengatur kondisi tertentu untuk restrukturisasi", "Dhoni Widodo"),
        ("agar industri padat karya diperbanyak", "Ahmad Lutfi"),
        ("adanya kejadian dugaan keracunan tersebut", "Sansan Santosa"),
    ]  # ("mendorong industri ... tumbuh": urging with no clause is no statement)


def test_a_participle_after_a_comma_reports_what_the_sentence_s_subject_said() -> None:
    text = (
        "Budget day\n\n"
        "Chancellor Gordon Brown set out his plans. Mr Brown rejected the call for a cut, saying decisions on tax "
        "should be made by ministers.\n\n"
        "Vince Cable said the plans were a gamble. The Treasury Committee published its report, noting that "
        "growth had been revised down.\n\n"
        "The crowd cheered loudly, suggesting that the speech had gone down well.\n"
    )
    got = [(s.speaker, s.cue, s.text) for s in extract(prepare(text)[0], lang="en").statements]
    assert got == [
        ("Gordon Brown", "saying", "decisions on tax should be made by ministers"),
        ("Vince Cable", "said", "the plans were a gamble"),
        ("Treasury Committee", "noting", "growth had been revised down"),
        (None, "suggesting", "the speech had gone down well"),  # no one named, not the last speaker
    ]


def test_a_second_verb_keeps_the_sentence_s_subject_and_an_owned_noun_is_no_verb() -> None:
    text = (
        "Protest\n\n"
        "Police Chief Chuck Jordan said the officer had been suspended.\n\n"
        'Demonstrators said they want "justice for Terrence," but pledged to remain civil during the march.\n\n'
        "Pagliano's Fifth Amendment claims were rejected by the court last week.\n"
    )
    got = [(s.speaker, s.text) for s in extract(prepare(text)[0], lang="en").statements]
    assert got == [
        ("Chuck Jordan", "the officer had been suspended"),
        (None, 'they want "justice for Terrence,"'),
        (None, "to remain civil during the march"),  # the demonstrators again, not the police chief
    ]


def test_indonesian_belief_words_report_what_the_speaker_holds() -> None:
    text = (
        "Ekonomi\n\n"
        "JAKARTA - Menteri Keuangan Bambang Sudibyo yakin pertumbuhan ekonomi tahun ini akan mencapai 5 persen.\n\n"
        "Gubernur Bank Indonesia Perry Wijaya optimistis inflasi tetap terkendali hingga akhir tahun.\n"
    )
    got = [(s.speaker, s.text) for s in extract(prepare(text)[0], lang="id").statements]
    assert got == [
        ("Bambang Sudibyo", "pertumbuhan ekonomi tahun ini akan mencapai 5 persen"),
        ("Perry Wijaya", "inflasi tetap terkendali hingga akhir tahun"),
    ]


def test_plural_and_progressive_speech_verbs_and_verbs_of_attack() -> None:
    text = (
        "Campaign trail\n\n"
        "The Lib Dems say their plan is fairer to pensioners on low incomes.\n\n"
        "Senator Maria Lopez is saying the cost of the scheme is hurting small employers.\n\n"
        "Governor Tom Reyes blasted the council for delays in paying contractors.\n\n"
        "Mayor Ann Cole echoed the governor's warning that the budget would not balance.\n\n"
        "The scheme would not be means tested, say the Tories.\n"
    )
    got = [(s.speaker, s.cue, s.text) for s in extract(prepare(text)[0], lang="en").statements]
    assert got == [
        ("Lib Dems", "say", "their plan is fairer to pensioners on low incomes"),
        ("Maria Lopez", "is saying", "the cost of the scheme is hurting small employers"),
        ("Tom Reyes", "blasted", "the council for delays in paying contractors"),
        ("Ann Cole", "echoed", "the governor's warning that the budget would not balance"),
        ("Tories", "say", "The scheme would not be means tested"),
    ]


def test_a_nya_cue_with_lagi_and_a_prison_s_name_before_its_head() -> None:
    text = (
        "Narapidana kabur\n\n"
        "Kepala Lapas Budi Santoso mengatakan pembinaan berjalan baik selama ini.\n\n"
        "Padahal, katanya lagi, narapidana itu berkelakuan baik selama menjalani hukuman.\n"
    )
    got = [(s.speaker, s.text) for s in extract(prepare(text)[0], lang="id").statements]
    assert got == [
        ("Budi Santoso", "pembinaan berjalan baik selama ini"),
        ("Budi Santoso", "narapidana itu berkelakuan baik selama menjalani hukuman"),
    ]


def test_a_candidate_s_campaign_speaks_as_a_body_of_its_own() -> None:
    text = (
        "Campaign trail\n\n"
        "Donald Brackett spoke in Ohio on Monday.\n\n"
        "The Brackett campaign said that it would air a new advertisement in Florida next week.\n\n"
        "Hillary Clinton held a rally in Tucson. Mrs Clinton is trying to expand her edge over Brackett. "
        "Her campaign said that offices would open in Phoenix.\n\n"
        "On the other side, Brackett's campaign expanded its ad buys and announced plans to advertise in Virginia.\n"
    )
    got = [(s.speaker, s.speaker_kind) for s in extract(prepare(text)[0], lang="en").statements]
    assert got == [
        ("Brackett campaign", "organisation"),
        ("Clinton campaign", "organisation"),
        ("Brackett campaign", "organisation"),
    ]


def test_a_body_s_spokesman_after_but_and_his_he_added() -> None:
    text = (
        "Party funding\n\n"
        "Much of the party's funding came from millionaire Sir Peter Hale, who paid for its posters.\n\n"
        "But a UKIP spokesman said the other parties had spent far more on the last election.\n\n"
        '"The only way the smaller parties can get their message across is by advertising," he added.\n'
    )
    got = [(s.speaker, s.speaker_kind) for s in extract(prepare(text)[0], lang="en").statements]
    assert got == [("UKIP", "organisation"), ("UKIP", "organisation")]


def test_a_reflexive_pronoun_between_the_speaker_and_the_verb() -> None:
    text = "Listening\n\nTony Blair himself has said people complain he does not listen to them.\n"
    got = [(s.speaker, s.text) for s in extract(prepare(text)[0], lang="en").statements]
    assert got == [("Tony Blair", "people complain he does not listen to them")]


def test_an_epithet_after_an_opening_and_speaks_for_the_post_s_holder() -> None:
    text = (
        "Budget\n\n"
        "Chancellor Gordon Brown set out his plans in Gateshead.\n\n"
        "And the chancellor vowed to continue the fight against child poverty.\n"
    )
    got = [(s.speaker, s.text) for s in extract(prepare(text)[0], lang="en").statements]
    assert got == [("Gordon Brown", "to continue the fight against child poverty")]


def test_a_finding_that_belongs_to_a_name_is_no_statement_of_that_person() -> None:
    text = (
        "Survei\n\n"
        "Kemudian berkaca dari pilkada 2013, hasil survei Galih menyebut popularitasnya hanya 7 persen.\n\n"
        "Bupati Sleman Kustini Sri Purnomo mengatakan, survei bukan penentu kemenangan.\n"
    )
    got = [(s.speaker, s.text) for s in extract(prepare(text)[0], lang="id").statements]
    assert got == [
        (None, "popularitasnya hanya 7 persen"),
        ("Kustini Sri Purnomo", "survei bukan penentu kemenangan"),
    ]


def test_menurut_inside_a_sentence_before_a_comma_and_a_capitalised_word() -> None:
    text = (
        "Pilpres\n\n"
        "Wali Kota Semarang Hendrar Prihadi mengatakan pendukung pasangan itu masih banyak.\n\n"
        "Namun saat pemilihan dilakukan ternyata petahana menang sehingga menurut Hendrar, Semarang masih "
        "akan memberikan banyak suara kepada pasangan itu.\n"
    )
    got = [(s.speaker, s.cue) for s in extract(prepare(text)[0], lang="id").statements]
    assert got == [("Hendrar Prihadi", "mengatakan"), ("Hendrar Prihadi", "menurut")]


def test_menurut_a_post_then_a_ranked_name_between_commas() -> None:
    text = (
        "Penipuan\n\n"
        "Menurut Kepala Bagian Penerangan Umum Divisi Humas Polri, Kombes Pol Gatot Rendi Hartoko, tersangka "
        "kerap berpindah tempat selama pelarian.\n\n"
        "Menurut Ade, AS dan MT sempat memesan layanan antar di daerah Poris, Kota Tangerang.\n"
    )
    got = [(s.speaker, s.text) for s in extract(prepare(text)[0], lang="id").statements]
    assert got == [
        ("Gatot Rendi Hartoko", "tersangka kerap berpindah tempat selama pelarian"),
        ("Ade", "AS dan MT sempat memesan layanan antar di daerah Poris, Kota Tangerang"),
    ]


def test_baca_reads_out_a_decision_and_baca_juga_is_a_link() -> None:
    text = (
        "Rapat anggaran\n\n"
        "Wakil Ketua Komisi VI DPR RI Nurdin Halid memimpin rapat kerja.\n\n"
        '"Komisi VI DPR RI menyetujui pagu anggaran tahun depan," baca Nurdin.\n\n'
        "Baca juga: Anggaran naik tahun depan\n"
    )
    got = [(s.speaker, s.cue) for s in extract(prepare(text)[0], lang="id").statements]
    assert got == [("Nurdin Halid", "baca")]


def test_went_on_to_and_more_participles_report_the_subject_s_words() -> None:
    text = (
        "Election\n\n"
        "Charles Pennock launched his campaign in London, declaring the Tories were not going to be significant.\n\n"
        "Mr Pennock went on to suggest that voters would punish the government for the war.\n"
    )
    got = [(s.speaker, s.cue) for s in extract(prepare(text)[0], lang="en").statements]
    assert got == [("Charles Pennock", "declaring"), ("Charles Pennock", "went on to suggest")]


def test_a_nickname_or_a_short_form_in_brackets_before_the_verb() -> None:
    text = (
        "Pangan\n\n"
        "Menteri Koordinator Bidang Pangan Zulkifli Hasan (Zulhas) menyebut stok beras aman hingga akhir tahun.\n\n"
        "JAKARTA - Badan Meteorologi, Klimatologi dan Geofisika (BMKG) memastikan suara dentuman itu bukan "
        "berasal dari gempa.\n"
    )
    got = [(s.speaker, s.speaker_kind) for s in extract(prepare(text)[0], lang="id").statements]
    assert got == [("Zulkifli Hasan", "person"), ("BMKG", "organisation")]


def test_memandang_with_its_clause_reports_a_view_and_menurutnya_after_it_is_the_same_person() -> None:
    text = (
        "Prolanis\n\n"
        '"Kolaborasi semua pihak penting," kata Direktur BPJS Kesehatan Lily Kresnowati.\n\n'
        "Sementara itu, anggota Dewan Jaminan Sosial Nasional, Mahesa Paranadipa memandang bahwa program itu "
        "menjadi investasi jangka panjang. Menurutnya, upaya promotif dan preventif sangat penting dilakukan.\n\n"
        "Bupati Garut Rudy Gunawan memandang kebijakan itu dengan hati-hati.\n"
    )
    got = [(s.speaker, s.cue) for s in extract(prepare(text)[0], lang="id").statements]
    assert got == [
        ("Lily Kresnowati", "kata"),
        ("Mahesa Paranadipa", "memandang"),
        ("Mahesa Paranadipa", "Menurutnya,"),
    ]


def test_progressive_speech_verbs_in_every_person_and_tense_and_demanded() -> None:
    text = (
        "Budget row\n\n"
        "Labour leader Keir Starmer is urging the government to publish the full report before the vote.\n\n"
        "Education Secretary Gavin Williamson was warning that schools could close again.\n\n"
        "The Scottish Conservatives are calling for an inquiry into the ferry contract.\n\n"
        "The shadow chancellor, Rachel Reeves, demanded that the Treasury publish its forecasts.\n"
    )
    got = [(s.speaker, s.cue, s.text) for s in extract(prepare(text)[0], lang="en").statements]
    assert got == [
        ("Keir Starmer", "is urging", "the government to publish the full report before the vote"),
        ("Gavin Williamson", "was warning", "schools could close again"),
        ("Scottish Conservatives", "are calling for", "an inquiry into the ferry contract"),
        ("Rachel Reeves", "demanded", "the Treasury publish its forecasts"),
    ]


def test_a_clause_after_a_comma_and_a_conjunction_has_a_subject_of_its_own() -> None:
    text = (
        "Budget row\n\n"
        "The chancellor, Rishi Sunak, is expected to announce new measures on Wednesday, and officials "
        "have insisted that no decision has been taken.\n\n"
        "The talks ended on Monday, but Labour's Rachel Reeves said the offer came far too late.\n"
    )
    got = [(s.speaker, s.text) for s in extract(prepare(text)[0], lang="en").statements]
    assert ("Rishi Sunak", "no decision has been taken") not in got
    assert ("Rachel Reeves", "the offer came far too late") in got


def test_american_members_with_their_party_bracket_and_a_state_before_the_post() -> None:
    text = (
        "Storm funding row\n\n"
        "Senate Foreign Relations Committee Chairman Bob Corker (R-Tenn.) said the sanctions bill had wide support.\n\n"
        "Senator Cory Booker (D-N.J.) said the bill would pass before the recess.\n\n"
        "In a statement, Florida Gov. Rick Scott (R) blasted Congress and said the state had spent $26 million.\n\n"
        "Texas Governor Greg Abbott said the state would not comply with the new rules.\n"
    )
    got = [(s.speaker, s.role, s.region, s.text) for s in extract(prepare(text)[0], lang="en").statements]
    assert got == [
        (
            "Bob Corker",
            "Senate Foreign Relations Committee Chairman",
            "Tennessee",
            "the sanctions bill had wide support",
        ),
        ("Cory Booker", "Senator", "New Jersey", "the bill would pass before the recess"),
        ("Rick Scott", "Gov", "Florida", "the state had spent $26 million"),
        ("Greg Abbott", "Governor", "Texas", "the state would not comply with the new rules"),
    ]


def test_a_short_quote_inside_the_reported_clause_stays_part_of_it() -> None:
    text = (
        "Tax plans\n\n"
        'The Liberal Democrat leader Charles Pennock is promising to levy a "modest" increase on earnings '
        "over 100,000 pounds.\n\n"
        "Senate Majority Whip John Cornyn (R-Tex.) responded by standing next to a large photo of an infant.\n"
    )
    got = [(s.speaker, s.kind, s.text) for s in extract(prepare(text)[0], lang="en").statements]
    assert got == [
        ("Charles Pennock", "indirect", 'to levy a "modest" increase on earnings over 100,000 pounds'),
    ]


def test_a_party_argues_in_the_plural_and_they_is_a_body_never_one_person() -> None:
    text = (
        "Tax plans\n\n"
        "Charles Pennock has told voters his party will offer them an honest choice at the election.\n\n"
        "The Lib Dems argue the rise is needed to pay for care.\n\n"
        "Mr Pennock said voters were ready for it.\n\n"
        "They say the plan is fully costed.\n"
    )
    got = [(s.speaker, s.cue) for s in extract(prepare(text)[0], lang="en").statements]
    assert got == [
        ("Charles Pennock", "told"),
        ("Lib Dems", "argue"),
        ("Charles Pennock", "said"),
        ("Lib Dems", "say"),  # not Mr Pennock, the last speaker
    ]


def test_they_with_no_body_named_before_is_no_one() -> None:
    text = "Tax plans\n\nCharles Pennock spoke in London on Monday.\n\nThey say the plan is fully costed.\n"
    assert [s.speaker for s in extract(prepare(text)[0], lang="en").statements] == [None]


def test_according_to_a_titled_member_and_an_official_s_office() -> None:
    text = (
        "Zika row\n\n"
        "According to Sen. Bill Nelson (D-Fla.), the state has already spent millions on the response.\n\n"
        "Rubio's office said in a statement that the senator remains committed to funding.\n\n"
        "The Home Office said the rules would not change this year.\n\n"
        "Mr Burns' office said the senator had never met the businessman.\n"
    )
    got = [(s.speaker, s.region) for s in extract(prepare(text)[0], lang="en").statements]
    assert got == [
        ("Bill Nelson", "Florida"),
        ("Rubio's office", None),
        ("Home Office", None),
        ("Burns's office", None),
    ]


def test_according_to_a_member_with_party_and_state_after_commas() -> None:
    text = (
        "Aid package\n\nAccording to Sen. Lindsey Graham, R-S.C., the package would not pass the Senate as written.\n"
    )
    got = [(s.speaker, s.text) for s in extract(prepare(text)[0], lang="en").statements]
    assert got == [("Lindsey Graham", "the package would not pass the Senate as written")]


def test_her_office_is_the_office_of_the_official_quoted_before() -> None:
    text = (
        "Spending bill\n\n"
        "Rep. Maria Delgado, a New York Democrat, said the proposal fell far short of what families need.\n\n"
        "Her office said in a statement that she would vote against the measure on Thursday.\n"
    )
    got = [s.speaker for s in extract(prepare(text)[0], lang="en").statements]
    assert got == ["Maria Delgado", "Delgado's office"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lib Dem leader Charles Pennock challenged the prime minister to publish the figures.",
            ("Charles Pennock", "the prime minister to publish the figures"),
        ),
        (
            "Michael Harwood repeated his contention that taxes would rise under Labour.",
            ("Michael Harwood", "taxes would rise under Labour"),
        ),
        (
            "The economy would grow by 3% next year, claimed Mr Brown.",
            ("Brown", "The economy would grow by 3% next year"),
        ),
        ("The council challenged the ruling in court last week.", None),
        ("The minister repeated the exercise for the journalists in the hall.", None),
    ],
)
def test_verbs_that_report_speech_in_one_shape_and_a_cue_after_the_clause(sentence, expected) -> None:
    got = [(s.speaker, s.text) for s in extract(prepare(f"Budget row\n\n{sentence}\n")[0], lang="en").statements]
    assert got == ([expected] if expected else [])


def test_indonesian_views_opened_by_bagi_and_lanjut_and_more_speech_verbs() -> None:
    text = (
        "Banjir Garut\n\n"
        "Bupati Garut Rudy Gunawan menduga jika banjir disebabkan oleh rusaknya hutan di hulu sungai.\n\n"
        "Gubernur Jawa Barat Dedi Mulyadi menyerukan agar warga tidak membuang sampah ke sungai.\n\n"
        "Baginya, penanganan banjir harus dimulai dari hulu sungai yang rusak parah.\n\n"
        "Lanjut Rudy, pemerintah daerah akan membangun tanggul baru tahun depan.\n\n"
        "Bagi warga terdampak, pemerintah menyiapkan dapur umum di tiga lokasi.\n\n"
        "Petugas menjamin kelayakan tempat pengungsian para korban banjir.\n"
    )
    got = [(s.speaker, s.text[:30]) for s in extract(prepare(text)[0], lang="id").statements]
    assert got == [
        ("Rudy Gunawan", "jika banjir disebabkan oleh ru"),
        ("Dedi Mulyadi", "agar warga tidak membuang samp"),
        ("Dedi Mulyadi", "penanganan banjir harus dimula"),
        ("Rudy Gunawan", "pemerintah daerah akan membang"),
    ]


def test_menurut_a_named_source_without_a_comma_before_the_view() -> None:
    text = (
        "Banjir Garut\n\n"
        "Menurut Kepala BPBD Garut Satria Budi bencana ini adalah yang terbesar dalam sepuluh tahun.\n\n"
        "Menurut Guru Besar Fakultas Ekonomi dan Bisnis Universitas Garut Rina Sari ekonomi desa melambat.\n"
    )
    got = [(s.speaker, s.text[:25]) for s in extract(prepare(text)[0], lang="id").statements]
    assert got[0] == ("Satria Budi", "bencana ini adalah yang t")
    assert all(speaker != "Fakultas Ekonomi" for speaker, _ in got)


def test_that_s_after_the_verb_is_the_clause_s_subject() -> None:
    text = "Judge row\n\nMr Smith said that\u2019s the end of the matter for the party.\n"
    assert [s.text for s in extract(prepare(text)[0], lang="en").statements] == [
        "that\u2019s the end of the matter for the party"
    ]


def test_a_post_in_apposition_before_the_name_is_no_content() -> None:
    text = "Survei TKN\n\nDeputi Strategi 4.0 TKN Harapan, Rudi Hartono membeberkan hasil survei internal.\n"
    got = [(s.speaker, s.role, s.text) for s in extract(prepare(text)[0], lang="id").statements]
    assert got == [("Rudi Hartono", "Deputi Strategi 4.0 TKN Harapan", "hasil survei internal")]


def test_menurutnya_without_a_comma_and_after_more_connectives() -> None:
    text = (
        "Survei Pilkada\n\n"
        "Pengamat politik Budi Santoso menilai survei itu janggal sejak awal.\n\n"
        "Bahkan menurutnya survei hanya mengambil sampel dari kota besar saja.\n\n"
        "Menurutnya survei itu tidak mewakili suara warga desa sama sekali.\n"
    )
    got = [(s.speaker, s.text[:24]) for s in extract(prepare(text)[0], lang="id").statements]
    assert got == [
        ("Budi Santoso", "survei itu janggal sejak"),
        ("Budi Santoso", "survei hanya mengambil s"),
        ("Budi Santoso", "survei itu tidak mewakil"),
    ]


def test_how_or_when_the_subject_spoke_between_it_and_the_verb() -> None:
    text = (
        "Warga Diminta Bersatu\n\n"
        "Ketua DPRD Garut Euis Ida melalui juru bicaranya menyampaikan bahwa anggaran akan ditambah.\n\n"
        "Kapolres Garut AKBP Wirdhanto saat dihubungi via telepon mengatakan situasi sudah kondusif.\n\n"
        "Ini disampaikan Wirdhanto ketika menjawab pertanyaan wartawan soal keamanan.\n"
    )
    got = [(s.speaker, s.text) for s in extract(prepare(text)[0], lang="id").statements]
    assert got == [("Euis Ida", "anggaran akan ditambah"), ("Wirdhanto", "situasi sudah kondusif")]


def test_a_circumstance_before_the_subject_and_a_quoted_title_are_no_content() -> None:
    text = (
        "Port row\n\n"
        "In a letter to Governor Tom Hale, Senator Ann Lee said the funds had run out.\n\n"
        '"Ferry Tables 2031" editor Paul Renwick said most routes run late.\n'
    )
    got = [(s.speaker, s.text) for s in extract(prepare(text)[0], lang="en").statements]
    assert got == [("Ann Lee", "the funds had run out"), ("Paul Renwick", "most routes run late")]


def test_reasons_given_with_their_clause_and_a_reason_that_is_only_a_word() -> None:
    text = (
        "Sidang Joko\n\n"
        "Kepolisian beralasan jika mereka ingin menangkap pelaku lain lebih dulu.\n\n"
        "Joko selalu tak hadir dengan beralasan sakit yang dibuktikan dengan surat dokter.\n\n"
        "Kuasa hukum Joko, Anita Wiradikarta, berdalih bahwa kliennya sedang dirawat di Malaysia.\n"
    )
    got = [(s.speaker, s.text) for s in extract(prepare(text)[0], lang="id").statements]
    assert got == [
        ("Kepolisian", "jika mereka ingin menangkap pelaku lain lebih dulu"),
        ("Anita Wiradikarta", "kliennya sedang dirawat di Malaysia"),
    ]


def test_hal_itu_diungkapkan_gives_the_sentence_before_to_its_source() -> None:
    text = (
        "Sopir Diamankan\n\n"
        "Sopir truk itu menabrak pagar rumah warga di Jalan Sudirman karena mengantuk.\n\n"
        "Hal itu diungkapkan Kapolres Bogor AKBP Rudi Hartono kepada wartawan.\n\n"
        "Polisi juga menyita satu unit mobil dari lokasi kejadian.\n\n"
        "Hal tersebut disampaikan Menteri Perhubungan M. Budi Karsa saat meninjau lokasi.\n"
    )
    got = [(s.speaker, s.text[:30]) for s in extract(prepare(text)[0], lang="id").statements]
    assert got == [
        ("Rudi Hartono", "Sopir truk itu menabrak pagar "),
        ("M. Budi Karsa", "Polisi juga menyita satu unit "),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Helen Grant told the BBC the project was a shambles.",
        "Helen Grant told reporters the project was a shambles.",
        "Helen Grant told MPs the project was a shambles.",
        "Helen Grant told BBC Radio 4's Today programme the project was a shambles.",
        "Helen Grant told a conference in Leeds that the project was a shambles.",
    ],
)
def test_who_was_told_is_not_part_of_what_was_said(sentence: str) -> None:
    statements = extract(prepare(f"Bridge\n\n{sentence}\n")[0], lang="en").statements
    assert [(s.speaker, s.text) for s in statements] == [("Helen Grant", "the project was a shambles")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Labour says taxes will rise, but the Tories say they will fall.",
            "en",
            [("Labour", "taxes will rise"), ("Tories", "they will fall")],
        ),
        (
            "Menteri Keuangan Sri Lestari mengatakan pajak akan naik, sedangkan Gubernur BI Hadi Warsito "
            "mengatakan inflasi akan turun.",
            "id",
            [("Sri Lestari", "pajak akan naik"), ("Hadi Warsito", "inflasi akan turun")],
        ),
    ],
)
def test_a_second_speaker_after_a_comma_and_a_joiner_says_their_own(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    statements = extract(prepare(f"Pajak\n\n{text}\n")[0], lang=lang).statements
    assert [(s.speaker, s.text) for s in statements] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The economy is slowing, the Tory leader said.", [("Michael Harwood", "The economy is slowing")]),
        ("That is not true, he said.", [("Michael Harwood", "That is not true")]),
        ("For his part, Howard said little.", []),  # a phrase, no clause: nothing said
        ("He made clear that taxes would fall.", [("Michael Harwood", "taxes would fall")]),
        ("He made clear his opposition to the plan.", []),  # a stance, not a statement
        ("Harwood points out that taxes fell last year.", [("Michael Harwood", "taxes fell last year")]),
    ],
)
def test_short_english_content_before_the_cue_and_more_verbs(sentence: str, expected: list[tuple[str, str]]) -> None:
    text = f"Taxes\n\nThe Tory leader Michael Harwood spoke in Leeds on Monday.\n\n{sentence}\n"
    statements = extract(prepare(text)[0], lang="en").statements
    assert [(s.speaker, s.text) for s in statements] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the speaker's apposition after "said X," is who X is, not more of what was said
        (
            "Taxes will rise next year, said Bart Dole, an advocate for the poor.",
            "en",
            ("Bart Dole", "Taxes will rise next year", "advocate for the poor"),
        ),
        (
            # (the post's place, "Garut", is its region, as it is before a name)
            "Angka kasus demam berdarah naik tajam, kata Budi Santoso, Kepala Dinas Kesehatan Garut.",
            "id",
            ("Budi Santoso", "Angka kasus demam berdarah naik tajam", "kepala dinas kesehatan"),
        ),
        # a body after the name's comma opens the rest of what was said
        (
            "Selama masa pandemi ini, kata Diah Lestari, ASN dituntut berubah dalam perilaku bekerja.",
            "id",
            (
                "Diah Lestari",
                "ASN dituntut berubah dalam perilaku bekerja",  # (after a phrase of when: see below)
                None,
            ),
        ),
    ],
)
def test_what_follows_the_speaker_after_a_middle_or_trailing_cue(
    text: str, lang: str, expected: tuple[str, str, str | None]
) -> None:
    (statement,) = extract(prepare(f"Judul\n\n{text}\n")[0], lang=lang).statements
    speaker, said, post = expected
    assert (statement.speaker, statement.text) == (speaker, said)
    assert post is None or (statement.role or "").casefold() == post


@pytest.mark.parametrize(
    "tail",
    [
        " - although he gave no figures",
        ", the latest sign that the economy is slowing",
        ", with the budget set to be published in March",
        ", drawing a fresh round of criticism",
        ", prompting calls for an inquiry",
    ],
)
def test_what_the_reporter_adds_after_reported_speech_is_not_said(tail: str) -> None:
    text = f"Taxes\n\nBart Dole said taxes would rise next year{tail}.\n"
    (statement,) = extract(prepare(text)[0], lang="en").statements
    assert statement.text == "taxes would rise next year"


@pytest.mark.parametrize(
    "quoted", ['"should have acted sooner,"', "''should have acted sooner,''", "“should have acted sooner,”"]
)
def test_a_phrase_quoted_before_an_inverted_cue_leaves_the_sentence_reported(quoted: str) -> None:
    text = f"Border\n\nBelgium failed to find the cell and {quoted} said Ralf Moore, the minister.\n"
    (statement,) = extract(prepare(text)[0], lang="en").statements
    assert statement.speaker == "Ralf Moore"
    assert statement.text.startswith("Belgium failed to find the cell and ")


def test_a_conditional_clause_before_the_name_and_where_it_was_said_are_not_what_was_said() -> None:
    text = (
        "Abortion\n\nHillary Clinton is the presumptive Democratic presidential nominee.\n\n"
        "If she becomes president, Clinton suggested in a tweet, women won't be punished for exercising their right.\n"
    )
    statements = extract(prepare(text)[0], lang="en").statements
    assert [(s.speaker, s.role, s.text) for s in statements][-1] == (
        "Hillary Clinton",
        None,  # not "president": what she may become
        "women won't be punished for exercising their right",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Radio host Hugh Hollister asked Brackett about statements he had made the previous night.",
        "Radio host Hugh Hollister asked whether the statements had been meant literally.",
        "Edinburgh architect Dominic Stephenson became the first Scot to be confirmed as a victim of the tsunami.",
    ],
)
def test_a_question_and_a_passive_are_no_statement(sentence: str) -> None:
    assert extract(prepare(f"Show\n\n{sentence}\n")[0], lang="en").statements == []


def test_asking_someone_to_act_is_a_statement() -> None:
    text = "Show\n\nSenator Amy Hale asked Congress to approve the funding before the recess.\n"
    (statement,) = extract(prepare(text)[0], lang="en").statements
    assert statement.speaker == "Amy Hale"


def test_an_aside_in_brackets_keeps_its_bracket_out_of_the_statement() -> None:
    text = "Deal\n\n(The deal came a day early. Its chief executive, Andrew Lee, said the timing was unrelated.)\n"
    (statement,) = extract(prepare(text)[0], lang="en").statements
    assert statement.text == "the timing was unrelated"


def test_a_campaign_handing_on_a_quote_with_a_participle_speaks_for_itself() -> None:
    text = (
        "Endorsement\n\nDonald Brackett said he had not decided about Paul Ryan.\n\n"
        "Ryan's campaign shrugged off the comments, telling reporters, "
        '"Neither Speaker Ryan nor anyone on his team has ever asked for an endorsement."\n'
    )
    statements = extract(prepare(text)[0], lang="en").statements
    assert statements[-1].speaker == "Ryan campaign"


def test_a_participle_handing_on_a_quote_gives_it_the_sentence_subject() -> None:
    text = (
        "Campaign\n\nTony Blair spoke in Gateshead on Sunday.\n\n"
        'He warned his supporters against complacency, saying: "It is a fight for the future of our country."\n'
    )
    statements = extract(prepare(text)[0], lang="en").statements
    assert [(s.kind.value, s.speaker, s.text) for s in statements] == [
        ("direct", "Tony Blair", "It is a fight for the future of our country."),
    ]


def test_one_word_quoted_inside_reported_speech_stays_in_it() -> None:
    text = (
        "Election\n\nWhen asked about Donald Brackett, President Barack Obama said he expected that Americans "
        "will say “no” to his policy measures.\n"
    )
    (statement,) = extract(prepare(text)[0], lang="en").statements
    assert (statement.speaker, statement.text) == (
        "Barack Obama",
        "he expected that Americans will say “no” to his policy measures",
    )


def test_an_aside_of_what_the_subject_was_doing_stands_between_it_and_the_verb() -> None:
    text = (
        "Africa tour\n\nGordon Brown is the chancellor. The chancellor, speaking during a week-long tour of "
        "Africa, said it was time to talk about enduring British values.\n"
    )
    (statement,) = extract(prepare(text)[0], lang="en").statements
    assert (statement.speaker, statement.text) == (
        "Gordon Brown",
        "it was time to talk about enduring British values",
    )


@pytest.mark.parametrize("body", ["the UK's public spending watchdog", "Britain's public spending watchdog"])
def test_a_country_s_body_of_a_kind_in_a_lede_is_the_body_named_after_it(body: str) -> None:
    text = (
        f"Fraud\n\nEU member states are failing to report fraud in EU funds, {body} has said.\n\n"
        "The National Audit Office said the figures were poor.\n"
    )
    statements = extract(prepare(text)[0], lang="en").statements
    assert [s.speaker for s in statements] == ["National Audit Office"] * 2


def test_whom_a_speaker_told_may_be_named_at_length_before_that() -> None:
    text = (
        "Convention\n\nFormer Attorney General Michael Mukasey told delegates at the Republican National "
        "Convention that the email server should disqualify her.\n"
    )
    (statement,) = extract(prepare(text)[0], lang="en").statements
    assert statement.text == "the email server should disqualify her"


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        ("Tony Blair has already said tackling poverty would be a priority.", "Tony Blair", "tackling poverty"),
        ("Tony Blair has long argued that tackling poverty would be a priority.", "Tony Blair", "tackling poverty"),
        ("Tony Blair says, however, that tackling poverty would be a priority.", "Tony Blair", "tackling poverty"),
    ],
)
def test_an_adverb_after_the_auxiliary_and_however_before_that(sentence: str, speaker: str, said: str) -> None:
    (statement,) = extract(prepare(f"Africa\n\n{sentence}\n")[0], lang="en").statements
    assert statement.speaker == speaker
    assert statement.text.startswith(said)


def test_a_lower_case_portfolio_in_an_epithet_picks_the_holder_of_that_portfolio() -> None:
    text = (
        "Tickets\n\nTony Blair is to join Home Secretary David Hollinshead in Sheffield. Mr Hollinshead took over "
        "at the Home Office from Jack Straw, now foreign secretary.\n\n"
        "The home secretary has already admitted he was wrong to give the tickets away.\n"
    )
    statement = extract(prepare(text)[0], lang="en").statements[-1]
    assert (statement.speaker, statement.text) == ("David Hollinshead", "he was wrong to give the tickets away")


def test_a_quote_inside_a_relative_clause_after_the_subject_does_not_cut_it() -> None:
    text = (
        'Africa\n\nMr Blair, who has described Africa as a "scar" on the world\'s conscience, has already '
        "said tackling world poverty would be one of his priorities.\n"
    )
    (statement,) = extract(prepare(text)[0], lang="en").statements
    assert (statement.speaker, statement.text) == ("Blair", "tackling world poverty would be one of his priorities")


def test_drawing_on_after_reported_speech_is_still_said() -> None:
    text = "Taxes\n\nBart Dole said the fund would pay for it, drawing on its reserves.\n"
    (statement,) = extract(prepare(text)[0], lang="en").statements
    assert statement.text == "the fund would pay for it, drawing on its reserves"


def test_according_to_a_statement_is_according_to_whoever_issued_it() -> None:
    text = "Plan\n\nThe plan is unaffordable, according to a statement from Governor Linda Hale.\n"
    (statement,) = extract(prepare(text)[0], lang="en").statements
    assert (statement.speaker, statement.text) == ("Linda Hale", "The plan is unaffordable")


def test_telling_whom_that_reports_what_the_subject_said() -> None:
    text = "Budget\n\nChancellor Gordon Brown defended his budget, telling MPs that borrowing would fall next year.\n"
    (statement,) = extract(prepare(text)[0], lang="en").statements
    assert (statement.speaker, statement.text) == ("Gordon Brown", "borrowing would fall next year")


def test_a_subordinate_clause_with_its_own_speaker_is_their_statement() -> None:
    text = (
        "Cards\n\nEarlier this week the Greens announced they would back the plans although Jane Hollis "
        "was forced to deny the party was split over its decision.\n"
    )
    got = [(s.speaker, s.text) for s in extract(prepare(text)[0], lang="en").statements]
    assert got == [
        ("Greens", "they would back the plans"),
        ("Jane Hollis", "the party was split over its decision"),
    ]


@pytest.mark.parametrize("verb", ["Dilanjutkan", "Diuraikan", "Dijabarkan"])
def test_more_passive_verbs_open_what_the_agent_said(verb: str) -> None:
    text = (
        "Honorer\n\nKetua Forum Honorer Kota Tangerang Dan Rodi Kanjay hadir.\n\n"
        f"{verb} Kanjay, ini merupakan masa sulit bagi para THL di lingkup Pemkot Tangerang.\n"
    )
    (statement,) = extract(prepare(text)[0], lang="id").statements
    assert (statement.speaker, statement.text) == (
        "Dan Rodi Kanjay",
        "ini merupakan masa sulit bagi para THL di lingkup Pemkot Tangerang",
    )


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The nominee was taken to a trauma centre, sources said.", "The nominee was taken to a trauma centre"),
        ("The service whisked her away early, another source said.", "The service whisked her away early"),
        (
            "His spokesman said it was highly unlikely he would give more money.",
            "it was highly unlikely he would give more money",
        ),
        (
            "But opponents say that similar schemes have not prevented attacks.",
            "similar schemes have not prevented attacks",
        ),
    ],
)
def test_people_the_article_leaves_unnamed_make_statements_of_no_one_s(sentence, text) -> None:
    (statement,) = extract(f"Sources\n\n{sentence}\n", lang="en").statements
    assert (statement.text, statement.speaker) == (text, None)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Ann Vale told the BBC lessons were being learned.", "lessons were being learned"),
        (
            "The prime minister's enthusiasm for the job remains undimmed, Alan Milbank told Radio 4's "
            "Today programme on Saturday.",
            "The prime minister's enthusiasm for the job remains undimmed",
        ),
    ],
)
def test_who_was_told_is_not_what_was_said(sentence, text) -> None:
    (statement,) = extract(f"Interview\n\n{sentence}\n", lang="en").statements
    assert statement.text == text


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The cost could rise by 130m pounds by 2022, the report warned.", None),
        ("More lives could be saved by cutting drink-drive limits, a report says.", None),
        ("The National Audit Office report says most projects are late.", "National Audit Office"),
    ],
)
def test_what_a_document_says_is_kept_as_the_document_s(sentence, speaker) -> None:
    (statement,) = extract(f"Report\n\n{sentence}\n", lang="en").statements
    assert statement.speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Lane campaign issued a statement saying that the candidate had been misquoted by the press.",
            ("the candidate had been misquoted by the press", "Lane campaign", "issued a statement saying"),
        ),
        (
            "Council leader Ruth Ames released a statement saying the cuts would close three libraries.",
            ("the cuts would close three libraries", "Ruth Ames", "released a statement saying"),
        ),
        (
            "Finance Minister Omar Hale expressed confidence that the budget would pass before the summer.",
            ("the budget would pass before the summer", "Omar Hale", "expressed confidence that"),
        ),
    ],
)
def test_a_statement_issued_and_a_view_expressed_are_reported_speech(sentence, expected):
    assert indirect(prepare(f"Budget\n\n{sentence}\n")[0], lang="en") == [expected]


def test_a_post_after_an_opening_clause_is_no_statement_before_the_verb():
    text = prepare(
        "Survei\n\nDiberitakan sebelumnya, Deputi Politik 5.0 TPN Harapan, Andi Wijaya membeberkan hasil survei "
        "internal.\n"
    )[0]
    assert all(not t.startswith("Diberitakan") for t, _, _ in indirect(text, lang="id"))


def test_an_owner_s_post_after_an_inverted_said_is_no_part_of_what_was_said():
    text = prepare(
        "Ads\n\nThe approach is made possible by its resources, said Kate Hart, Facebook's politics and "
        "outreach director.\n"
    )[0]
    assert indirect(text, lang="en") == [("The approach is made possible by its resources", "Kate Hart", "said")]


def test_according_to_a_name_and_its_apposition_ends_the_sentence():
    text = prepare(
        "Budget\n\nThe plan would cost three billion dollars over ten years, according to Jane Doe, a budget analyst "
        "at the institute.\n"
    )[0]
    statements = extract(text, lang="en").statements
    assert [(s.text, s.speaker, s.role) for s in statements] == [
        ("The plan would cost three billion dollars over ten years", "Jane Doe", "budget analyst at the institute")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ben Carson, who claimed last week that the pyramids stored grain, is now second in the polls.",
            ("the pyramids stored grain", "Ben Carson", "claimed"),
        ),
        (
            "The rally was led by Tom Wolf, who later said the crowd was the largest he had seen.",
            ("the crowd was the largest he had seen", "Tom Wolf", "said"),
        ),
        (
            "Mr. Carson, who told reporters on Monday that he would not quit the race, has slipped in the polls.",
            ("he would not quit the race", "Carson", "told"),
        ),
        (
            "Ben Carson, who claimed that the party, which was divided, would unite, is now second.",
            ("the party, which was divided, would unite", "Ben Carson", "claimed"),
        ),
    ],
)
def test_a_speech_verb_in_a_relative_clause_reports_what_the_named_person_said(sentence, expected):
    assert indirect(prepare(f"Race\n\n{sentence}\n")[0], lang="en") == [expected]


def test_an_adverb_between_the_verb_and_that_is_no_part_of_what_was_said():
    text = prepare("Senate\n\nSenator Ann Lee has said repeatedly that the chamber will not act this year.\n")[0]
    assert indirect(text, lang="en") == [("the chamber will not act this year", "Ann Lee", "said")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kapolres Garut AKBP Andi Wijaya memerinci, keempat tersangka ditangkap di lokasi berbeda.",
            ("keempat tersangka ditangkap di lokasi berbeda", "Andi Wijaya", "memerinci"),
        ),
        (
            "Bupati Subang Rudy Hartono menyangkal ada pungutan liar di pasar induk.",
            ("ada pungutan liar di pasar induk", "Rudy Hartono", "menyangkal"),
        ),
        (
            "Ketua DPRD Garut Euis Ida menimpali bahwa anggaran itu sudah disetujui sejak awal tahun.",
            ("anggaran itu sudah disetujui sejak awal tahun", "Euis Ida", "menimpali"),
        ),
    ],
)
def test_more_indonesian_speech_verbs(sentence, expected):
    assert indirect(prepare(f"Berita\n\n{sentence}\n")[0], lang="id") == [expected]


def test_a_conclusion_without_its_clause_is_no_statement():
    text = prepare("Rapat\n\nWali Kota Bogor Raka Satria menyimpulkan hasil rapat koordinasi itu.\n")[0]
    assert indirect(text, lang="id") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The debate featured Ben Carson, a retired neurosurgeon who said the tax code should be replaced.",
            ("the tax code should be replaced", "Ben Carson", None),
        ),
        (
            "Sen. Marco Rubio of Florida, who said on Sunday that he would stay in the race, won the caucus.",
            ("he would stay in the race", "Marco Rubio", "Sen"),
        ),
        (
            "Rep. Peter King (R-N.Y.), who has said Brackett is unfit, voted against it.",
            ("Brackett is unfit", "Peter King", "Rep"),
        ),
        (
            "Steven Law, the president of American Crossroads who said the group would spend more, declined.",
            ("the group would spend more", "Steven Law", "president of American Crossroads"),
        ),
    ],
)
def test_a_relative_clause_after_a_name_its_place_party_or_description(sentence, expected):
    statements = extract(prepare(f"Race\n\n{sentence}\n")[0], lang="en").statements
    assert [(s.text, s.speaker, s.role) for s in statements] == [expected]


def test_a_relative_clause_after_a_group_is_no_one_s():
    text = prepare("Race\n\nHe met members of Congress, a group who said the bill was dead.\n")[0]
    assert extract(text, lang="en").statements == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Namun, pada praktiknya, ujar Tito, tunjangan perumahan diberikan sebagai alat kepentingan.",
            "tunjangan perumahan diberikan sebagai alat kepentingan",
        ),
        (
            "Sebenarnya, ungkap Rudy, tanpa ada petisi pun, Pemkot Solo tengah memikirkan sebuah monumen.",
            "tanpa ada petisi pun, Pemkot Solo tengah memikirkan sebuah monumen",
        ),
        (
            "Angka 81 persen itu, kata Viryan, bahkan melampaui target nasional.",
            "Angka 81 persen itu, kata Viryan, bahkan melampaui target nasional",
        ),
        (
            "Untuk ruas Sudirman-Thamrin, lanjut Syafrin, juga ditutup untuk kendaraan pribadi.",
            "Untuk ruas Sudirman-Thamrin, lanjut Syafrin, juga ditutup untuk kendaraan pribadi",
        ),
    ],
)
def test_an_attribution_after_an_opening_connective_starts_what_was_said(sentence, expected):
    assert [t for t, _, _ in indirect(prepare(f"Berita\n\n{sentence}\n")[0], lang="id")] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The Brackett campaign said the candidate will attend events in Kansas on Saturday, CNN reported.",
            "en",
            "the candidate will attend events in Kansas on Saturday",
        ),
        (
            "Irto Ginting menerangkan, harga baru ini masih terjangkau untuk masyarakat, seperti dilaporkan oleh "
            "Tribunnews.",
            "id",
            "harga baru ini masih terjangkau untuk masyarakat",
        ),
        (
            "Menteri Keuangan Sri Rahayuni mengatakan bahwa defisit anggaran tetap terjaga, dikutip dari Antara.",
            "id",
            "defisit anggaran tetap terjaga",
        ),
    ],
)
def test_the_outlet_that_relayed_a_statement_is_no_part_of_it(text, lang, expected):
    assert [t for t, _, _ in indirect(prepare(f"Berita\n\n{text}\n")[0], lang=lang)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Smith commented that his network held the story for a day.", [("his network held the story for a day")]),
        (
            "Smith hinted that a deal with the unions could come before the summer.",
            [("a deal with the unions could come before the summer")],
        ),
        ("Smith hinted at a deal with the unions before the summer.", []),
        (
            "His comments come after Jo Lee, the union's leader, told the Daily Record he wants a date set.",
            [("he wants a date set")],
        ),
    ],
)
def test_commented_and_hinted_report_a_clause_and_comments_is_a_noun_after_his(sentence, expected):
    assert [t for t, _, _ in indirect(prepare(f"News\n\n{sentence}\n")[0], lang="en")] == expected


def test_a_relative_clause_after_a_quote_s_attribution_reports_more_of_the_speaker_s():
    text = prepare(
        'Race\n\n"We are gearing up," said Scott Reed, the Chamber\'s chief political strategist, who added that '
        "his organization plans to focus on local races.\n"
    )[0]
    statements = extract(text, lang="en").statements
    assert [(s.kind, s.text, s.speaker) for s in statements] == [
        ("direct", "We are gearing up,", "Scott Reed"),
        ("indirect", "his organization plans to focus on local races", "Scott Reed"),
    ]


def test_a_body_named_before_which_said_is_the_speaker():
    text = prepare(
        "Wage\n\nThe recommendations came from the Low Pay Commission which said the number of jobs had grown.\n"
    )[0]
    assert indirect(text, lang="en") == [("the number of jobs had grown", "Low Pay Commission", "said")]


def test_an_adverb_in_nya_then_kata_and_a_name_without_commas():
    text = prepare(
        "Polri\n\nPrinsipnya kata Argo seluruh anggota Polri selalu berpedoman pada semangat profesional.\n"
    )[0]
    assert indirect(text, lang="id") == [
        ("seluruh anggota Polri selalu berpedoman pada semangat profesional", "Argo", "kata")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Pemprov Sumsel tetap melanjutkan pemantapan jalan di berbagai kabupaten dan kota.", "id", []),
        (
            "Kepala Dinas Rudi Hartono melanjutkan, jalan desa akan diperbaiki tahun depan.",
            "id",
            [("jalan desa akan diperbaiki tahun depan", "Rudi Hartono", "melanjutkan")],
        ),
        ("Ministers thought merging the two services might have provided an answer.", "en", []),
        (
            "Smith thought that merging the two services would save money.",
            "en",
            [("merging the two services would save money", "Smith", "thought")],
        ),
    ],
)
def test_going_on_with_work_and_a_narrated_view_are_no_statements(text, lang, expected):
    assert indirect(prepare(f"Berita\n\n{text}\n")[0], lang=lang) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Capaian ini menegaskan pembangunan infrastruktur menjadi prioritas pemerintah provinsi.",
        "Hal itu kembali menegaskan rendahnya transparansi laporan dana kampanye para calon.",
    ],
)
def test_an_abstract_subject_with_a_demonstrative_makes_no_statement(sentence):
    assert indirect(prepare(f"Berita\n\n{sentence}\n")[0], lang="id") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mr Blair instead hailed Labour's achievement in using a strong economy to invest in schools.",
            [("Labour's achievement in using a strong economy to invest in schools", "Blair", "hailed")],
        ),
        (
            "Charles Pennock dismissed the Conservatives as a spent force in British politics.",
            [("the Conservatives as a spent force in British politics", "Charles Pennock", "dismissed")],
        ),
        ("The company dismissed 200 workers from the plant in March.", []),
        ("The store sells Brackett-branded steaks, wine and magazines to visitors.", []),
    ],
)
def test_verbs_of_a_view_report_their_object(sentence, expected):
    assert indirect(prepare(f"Politics\n\n{sentence}\n")[0], lang="en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "But the weapons his country has at its disposal, he added, are like bombs no one wants to use.",
            "But the weapons his country has at its disposal, he added, are like bombs no one wants to use",
        ),
        (
            "All of which, Mr Fowler said, would help ensure confidence in the process.",
            "All of which, Mr Fowler said, would help ensure confidence in the process",
        ),
        (
            "Though that transition was relatively seamless, he said, replacing Clinton would be much harder.",
            "replacing Clinton would be much harder",
        ),
    ],
)
def test_an_attribution_inside_the_sentence_keeps_a_subject_it_splits_off(sentence: str, expected: str) -> None:
    text = "Party rules\n\nMr Fowler chaired the party for two years.\n\n" + sentence + "\n"
    assert [s.text for s in extract(*prepare(text)[:1], lang="en").statements] == [expected]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The plan would boost energy conservation, says the Green Party - which wants a tax on flights.",
            "Green Party",
        ),
        ("The plan would boost energy conservation, said Ms Lucas, who wants a tax on flights.", "Caroline Lucas"),
    ],
)
def test_a_relative_clause_after_a_trailing_speaker_is_about_the_speaker(sentence: str, speaker: str) -> None:
    text = "Green plans\n\nThe Green Party leader, Caroline Lucas, launched the manifesto.\n\n" + sentence + "\n"
    statements = extract(*prepare(text)[:1], lang="en").statements
    assert [(s.speaker, s.text) for s in statements] == [(speaker, "The plan would boost energy conservation")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Tories promise to keep the winter fuel payments for pensioners.",
            ["to keep the winter fuel payments for pensioners"],
        ),
        ("The government broke its promise to cut taxes for families.", []),
        ("Mr Blair made a promise to voters in 1997 about schools.", []),
    ],
)
def test_a_party_s_promise_in_the_plural_present_is_a_statement_the_noun_is_not(sentence: str, expected: list) -> None:
    text = "Pensions\n\nThe parties set out their plans on Monday.\n\n" + sentence + "\n"
    assert [s.text for s in extract(*prepare(text)[:1], lang="en").statements] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The NAACP called for more school investment in a statement on Thursday.", "more school investment"),
        ("Mr Smith said the talks had failed at a news conference.", "the talks had failed"),
        ("Ann Lee said the deal was dead in an interview with CNN.", "the deal was dead"),
        (
            "Ann Lee said she would explain the plan in a speech on Monday.",
            "she would explain the plan in a speech on Monday",
        ),
    ],
)
def test_where_it_was_said_is_no_part_of_what_was_said(sentence: str, expected: str) -> None:
    text = "Schools\n\nMr Smith and Ann Lee met the parents on Monday.\n\n" + sentence + "\n"
    assert [s.text for s in extract(*prepare(text)[:1], lang="en").statements] == [expected]


def test_a_named_subject_with_a_post_and_a_long_description_is_the_speaker() -> None:
    text = (
        "Aid\n\nBritain is to give a grant to help survivors.\n\n"
        "Mary Kayitesi Blewitt, founder of the Survivors Fund (SURF), one of the organisations through which "
        "the funds are being channelled, said it was a recognition that the survivors should be a priority.\n"
    )
    (s,) = extract(*prepare(text)[:1], lang="en").statements
    assert (s.speaker, s.role, s.text) == (
        "Mary Kayitesi Blewitt",
        "founder of the Survivors Fund",
        "it was a recognition that the survivors should be a priority",
    )


def test_a_time_clause_before_the_speaker_is_when_not_what() -> None:
    text = "Selama diperiksa lebih dari sembilan jam, Bambang mengaku dicecar sebanyak 30 pertanyaan oleh penyidik."
    assert indirect(text, "id") == [("dicecar sebanyak 30 pertanyaan oleh penyidik", "Bambang", "mengaku")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dia menyampaikan itu menyusul maraknya tudingan terhadap usaha tambang di pulau tersebut.",
        "Rina menyampaikan hal itu saat rapat dengan Komisi X DPR di Jakarta, Senin.",
        "Ia mengatakan hal tersebut dalam konferensi pers di kantornya.",
    ],
)
def test_saying_that_then_when_or_where_is_no_statement(sentence: str) -> None:
    text = f"Menteri Sosial Rina Dewi meninjau dapur umum di Bekasi pada Senin pagi.\n\n{sentence}"
    assert indirect(text, "id") == []


def test_saying_that_is_untrue_is_a_statement() -> None:
    text = "Menteri Sosial Rina Dewi meninjau dapur umum.\n\nRina mengatakan itu tidak benar dan akan dibantah resmi."
    assert [s[0] for s in indirect(text, "id")] == ["itu tidak benar dan akan dibantah resmi"]


def _en(body: str) -> list[tuple[str, str | None, str | None]]:
    text = f"Parties clash over tax plans\n\nTony Blair and Charles Pennock spoke in London on Monday.\n\n{body}"
    return [(s.text, s.speaker, s.cue) for s in extract(prepare(text)[0], lang="en").statements if s.kind == "indirect"]


@pytest.mark.parametrize(
    "body",
    [
        "''He would get choked up speaking about farms,'' Mr Blair said, recalling a visit to his school by the mayor.",
        "''We have been praying for unity,'' Mr Pennock said in introducing the mayor on the first day of a tour.",
        "Labour hit back at the Tory proposals before their publication, with the campaign accusing them of waste.",
    ],
)
def test_what_the_speaker_was_doing_is_not_what_was_said(body: str) -> None:
    assert _en(body) == []


def test_a_gerund_opening_what_was_said_is_kept() -> None:
    assert _en("Mr Blair said raising taxes would hurt the farmers in his constituency.") == [
        ("raising taxes would hurt the farmers in his constituency", "Tony Blair", "said")
    ]


def test_that_as_the_subject_of_what_was_said_is_kept() -> None:
    said = _en("Mr Blair said that worked out at 143,000 pounds for each successful applicant.")
    assert [s[0] for s in said] == ["that worked out at 143,000 pounds for each successful applicant"]


def test_with_someone_saying_is_their_statement() -> None:
    said = _en(
        "The Liberal Democrats attacked the plans, with leader Charles Pennock saying his party was the real opposition"
    )
    assert [(s[0], s[1]) for s in said] == [("his party was the real opposition", "Charles Pennock")]


def test_a_former_post_leaves_the_person_free_to_hold_the_post_an_epithet_names() -> None:
    text = (
        "Kilroy unveils policy\n\n"
        "Ex-chatshow host Robert Kilroy-Silk has attacked UK policy on immigration.\n\n"
        "The Veritas leader said the only people to benefit from the policy were employers and landlords."
    )
    said = [(s.speaker, s.role) for s in extract(prepare(text)[0], lang="en").statements if s.kind == "indirect"]
    assert ("Robert Kilroy-Silk", "Veritas leader") in said


def test_indicated_reports_what_a_person_said() -> None:
    said = _en("Tony Blair has indicated he wants the rebate to come to an end by the next budget.")
    assert [(s[0], s[1]) for s in said] == [("he wants the rebate to come to an end by the next budget", "Tony Blair")]


def test_menurut_with_the_bodys_town_between_post_and_name() -> None:
    text = (
        "Red Notice Dihapus\n\nJAKARTA - Polri menjelaskan penghapusan red notice kepada wartawan di Jakarta.\n\n"
        "Menurut Dekan Fakultas Hukum Universitas Gadjah Mada, Yogyakarta, Sigit Riyanto, red notice merupakan "
        "pemberitahuan aparat penegak hukum suatu negara kepada NCB Interpol.\n"
    )
    (said,) = [s for s in extract(prepare(text)[0], lang="id").statements if s.speaker == "Sigit Riyanto"]
    assert said.text.startswith("red notice merupakan")
    assert (said.role or "").startswith("Dekan Fakultas Hukum Universitas Gadjah Mada")


def test_a_subheading_glued_to_menurut_by_one_space_is_no_part_of_the_sentence() -> None:
    text = (
        "Pelacakan Kontak Lemah\n\nJAKARTA - Warga mengeluh soal pelacakan kontak yang lambat di kota itu.\n\n"
        "Memutus penularan Menurut epidemiolog Universitas Indonesia, Tri Yunus Miko Wahyudiono, pelacakan kontak "
        "amat penting segera dilakukan.\n"
    )
    prepared = prepare(text)[0]
    assert "Memutus penularan" not in prepared
    (said,) = [s for s in extract(prepared, lang="id").statements if s.speaker == "Tri Yunus Miko Wahyudiono"]
    assert said.text == "pelacakan kontak amat penting segera dilakukan"


def test_a_relative_clause_after_a_name_keeps_the_verb_the_person_s() -> None:
    """ "X yang mendirikan Y ... mengatakan, ia yakin ...": X's statement, not the previous speaker's."""
    text = (
        '"Masalah justru menjadi peluang bagi anak muda," kata Head of Rintisan.id Rudi Hartono.\n'
        "Lembaga ini banyak menghubungkan investor dari luar negeri dengan usaha rintisan.\n"
        "Hendra Sutanto yang mendirikan Pasarku sebagai kanal untuk menghubungkan UKM dengan para pembeli "
        "mengatakan, ia yakin Indonesia mampu melewati masa-masa ini.\n"
    )
    said = [(s.speaker, s.text) for s in extract(prepare(text)[0], lang="id").statements]
    assert said[1:] == [("Hendra Sutanto", "ia yakin Indonesia mampu melewati masa-masa ini")]
