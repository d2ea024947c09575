"""Direct quotes: every mark seen in real copy, missing closing marks, interrupted and
multi-paragraph quotes, and quoted names/slogans that are not statements."""

import pytest

from quotetrack.extract import extract
from quotetrack.text.clean import prepare


def statements(text, lang=None):
    return [(s.kind, s.text, s.speaker) for s in extract(text, lang=lang).statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # straight marks, verb + role + name after the quote
        (
            '"Mobil ini kami rancang untuk menjangkau desa-desa," kata Gubernur Riau Abdul Walid di Pekanbaru.',
            [("direct", "Mobil ini kami rancang untuk menjangkau desa-desa,", "Abdul Walid")],
        ),
        # curly marks
        (
            "“Harga cabai sudah mulai turun minggu ini,” ujar Kepala Dinas Pangan Siti Rahma.",
            [("direct", "Harga cabai sudah mulai turun minggu ini,", "Siti Rahma")],
        ),
        # Kompas: the closing mark also opens
        (
            "”Saya minta semua program jalan minggu ini,” kata Presiden Joko Wiranggono.",
            [("direct", "Saya minta semua program jalan minggu ini,", "Joko Wiranggono")],
        ),
        # NYT: two apostrophes
        (
            "''We will not back down on this,'' said Senator Jane Doe.",
            [("direct", "We will not back down on this,", "Jane Doe")],
        ),
        # single curly marks
        (
            "‘We will not back down on this,’ said Senator Jane Doe.",
            [("direct", "We will not back down on this,", "Jane Doe")],
        ),
        # single straight marks (British copy), with apostrophes inside and at the end of a word
        (
            "'We will not back down on this,' said Senator Jane Doe.",
            [("direct", "We will not back down on this,", "Jane Doe")],
        ),
        (
            "Senator Jane Doe said: 'It's a matter for the courts and we won't comment.'",
            [("direct", "It's a matter for the courts and we won't comment.", "Jane Doe")],
        ),
        (
            "'The workers' pay must rise this year,' said Senator Jane Doe.",
            [("direct", "The workers' pay must rise this year,", "Jane Doe")],
        ),
        # mark glued to the verb, -nya cue after the name was given
        (
            'Camat Budi Santoso meninjau lokasi banjir. "Kami sudah siapkan perahu karet"jelasnya.',
            [("direct", "Kami sudah siapkan perahu karet", "Budi Santoso")],
        ),
    ],
)
def test_quote_marks(text, expected):
    assert statements(text) == expected


def test_missing_closing_mark_ends_at_paragraph_end():
    text = 'Ketua KPU Subang, Asep Mulyana, hadir. "Kami ingin pemilu berjalan jujur dan adil\nAcara selesai siang.'
    (s,) = extract(text).statements
    assert s.text == "Kami ingin pemilu berjalan jujur dan adil"
    assert s.speaker == "Asep Mulyana"


def test_interrupted_quote_is_two_statements_of_one_speaker():
    text = 'Bupati Garut Rudy Hartono meninjau pasar. "Kami siap," kata Rudy, "untuk membantu pedagang kecil."'
    got = extract(text).statements
    assert [(s.text, s.speaker) for s in got] == [
        ("Kami siap,", "Rudy Hartono"),
        ("untuk membantu pedagang kecil.", "Rudy Hartono"),
    ]
    assert got[0].speaker_ref == got[1].speaker_ref


def test_english_multi_paragraph_quote_reopens_each_paragraph():
    text = (
        'Mayor Anna Lee said: "We have doubled the budget for schools this year.\n'
        '"We will double it again before the next election, and nobody can stop that."'
    )
    got = extract(text, lang="en").statements
    assert [s.kind for s in got] == ["direct", "direct"]
    assert {s.speaker for s in got} == {"Anna Lee"}
    assert got[1].text.startswith("We will double it again")


@pytest.mark.parametrize(
    "text",
    [
        'Adapun tema yang diangkat yakni "Subang Sinergi Subang Ngahiji"',
        'Pemprov meluncurkan "Mobil Topling" di halaman kantor gubernur.',
        'The Tories dismissed the plan as "desperate" on Sunday.',
        'Warga menyebut jalan itu "jalan tikus" karena sempit.',
    ],
)
def test_names_slogans_and_scare_quotes_are_not_statements(text):
    assert [s for s in extract(text).statements if s.kind == "direct"] == []


def test_quote_with_attribution_inside_is_narration():
    # A stray mark before the attribution: the text is reported speech, not a quote.
    text = 'Lebih lanjut,"Dr. Imran menyampaikan bahwa pelaksanaan pilkada harus berjalan dengan penuh integritas'
    (s,) = extract(text).statements
    assert s.kind == "indirect"
    assert s.speaker == "Imran"
    assert s.text.startswith("pelaksanaan pilkada")


def test_an_epithet_and_a_name_in_apposition_after_the_quote_give_its_speaker() -> None:
    text = (
        "Shooting aftermath\n\n"
        "President Obama spoke from the White House on Sunday.\n\n"
        '"Is President Obama going to finally mention the words? If he doesn\'t he should resign!" the '
        "presumptive nominee, Donald Brackett, tweeted Sunday after the attack.\n\n"
        '"This is a tragedy," a White House spokesman, Josh Earnest, told reporters.\n'
    )
    got = [(s.speaker, s.cue) for s in extract(text, lang="en").statements]
    assert got == [("Donald Brackett", "tweeted"), ("Josh Earnest", "told")]


def test_a_news_outlet_is_a_source_and_a_described_name_before_told_is_the_speaker() -> None:
    text = (
        "Guns row\n\n"
        "According to the Washington Post, the President has not asked for input from Republicans.\n\n"
        "\u201cThe administration has not communicated with us,\u201d Doug Andres, a spokesman for House Speaker "
        "Paul Ryan told the Post. \u201cWe will consider options once we have information.\u201d\n"
    )
    got = [(s.speaker, s.text[:22]) for s in extract(text, lang="en").statements]
    assert got == [("Doug Andres", "The administration has"), ("Doug Andres", "We will consider optio")]


def test_how_a_quote_was_said_and_a_body_after_it_are_its_cue() -> None:
    text = (
        "Levy row\n\n"
        "Minister Kora Venn said the levy would stay.\n\n"
        'Comedian John Dale lost patience with the levy. "Nobody asked the growers," Dale snapped. '
        '"Frankly," he went on, "it is theft."\n\n'
        '"We will review the figures," the ministry said in a statement.\n'
    )
    got = [(s.speaker, s.cue, s.text) for s in extract(text, lang="en").statements]
    assert got == [
        ("Kora Venn", "said", "the levy would stay"),
        ("John Dale", "snapped", "Nobody asked the growers,"),
        ("John Dale", "went on", "Frankly,"),
        ("John Dale", "went on", "it is theft."),
        (None, "said", "We will review the figures,"),  # the ministry, which the article never names
    ]


def test_an_unnamed_spokesperson_speaks_for_an_official_but_is_not_the_official() -> None:
    text = (
        "Harbour row\n\n"
        "Mayor Tom Reyes opened the new terminal on Monday.\n\n"
        "\"The mayor has heard Edda Lind's concerns,\" the mayor's spokeswoman said.\n\n"
        '"We will look at it again," a spokesman for the mayor said.\n\n'
        "The governor's spokesman said the decision was final.\n\n"
        "The prime minister's official spokesman said no date had been set.\n"
    )
    got = [(s.speaker, s.speaker_mention) for s in extract(text, lang="en").statements]
    assert got == [
        (None, "the mayor's spokeswoman"),
        (None, "a spokesman for the mayor"),
        (None, "The governor's spokesman"),
        (None, "The prime minister's official spokesman"),
    ]


def test_a_quote_after_a_paragraph_that_opens_with_someone_new_is_theirs() -> None:
    text = (
        "Levy row\n\n"
        "Minister Kora Venn said the levy would stay.\n\n"
        "Comedian John Dale also lost patience with the levy on Monday.\n\n"
        '"Nobody asked the growers about any of this, and now they pay twice."\n'
    )
    assert [s.speaker for s in extract(text, lang="en").statements] == ["Kora Venn", "John Dale"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('Trade row\n\n"She was for it before," Mark Dalton said at a rally. "Ohio workers deserve better."\n', "en"),
        ('Soal pasar\n\n"Harga sudah turun," kata Bupati Garut Rudi Hartono. "Stok aman."\n', "id"),
    ],
)
def test_a_short_quoted_sentence_after_an_attributed_quote_is_more_of_it(text, lang) -> None:
    found = statements(text, lang)
    assert len(found) == 2
    assert found[1][0] == "direct" and found[1][2] == found[0][2] and found[1][2] is not None


def test_a_short_quoted_title_inside_running_text_after_a_quote_is_not_speech() -> None:
    text = 'Book launch\n\n"It took ten years," Jane Moss said. Her book is called "The Long Road."\n'
    assert [s[1] for s in statements(text, "en")] == ["It took ten years,"]


def test_the_turns_of_a_transcript_are_their_speakers_statements() -> None:
    text = (
        "Interview\n\n"
        "On Sunday's programme, Gov. Mike Pendle said the debate would be serious.\n\n"
        "Partial transcript as follows:\n\n"
        '"WALLIS: Will she be there tomorrow night?\n\n'
        '"PENDLE: She will not be attending the debate tomorrow night.\n\n'
        '"But the truth is that the people want a real choice.\n\n'
        '"(CROSSTALK.)\n\n'
        '"WALLIS: Do you really see those two as equivalent?\n'
    )
    found = statements(text, "en")
    assert found[1:] == [
        ("direct", "Will she be there tomorrow night?", "Wallis"),
        ("direct", "She will not be attending the debate tomorrow night.", "Mike Pendle"),
        ("direct", "But the truth is that the people want a real choice.", "Mike Pendle"),
        ("direct", "Do you really see those two as equivalent?", "Wallis"),
    ]


def test_one_labelled_paragraph_is_no_transcript() -> None:
    text = 'Budget\n\nUPDATE: The minister spoke on Monday.\n\nNOTE: "We will cut taxes," said Jane Marr.\n'
    assert statements(text, "en") == [("direct", "We will cut taxes,", "Jane Marr")]


def test_a_described_speaker_and_a_participle_after_the_quote_s_attribution() -> None:
    text = (
        "Forum\n\n"
        "Donald Trimble and Hillary Clarkson vied for the title on Wednesday.\n\n"
        '"We need change," the New York businessman said, arguing that he would bring a common-sense approach.\n\n'
        '"We are ready," Clarkson said on Monday, adding that the party was united.\n'
    )
    found = statements(text, "en")
    assert found == [
        ("direct", "We need change,", "Donald Trimble"),
        ("indirect", "he would bring a common-sense approach", "Donald Trimble"),
        ("direct", "We are ready,", "Hillary Clarkson"),
        ("indirect", "the party was united", "Hillary Clarkson"),
    ]


def test_a_joint_statement_goes_to_its_first_author_and_three_apostrophes_close_two_quotes() -> None:
    text = (
        "Race\n\n"
        "The Burlington Free Press said the senator was tired of the race and of the party.\n\n"
        '"Sanders is angry with the party and its leaders," Anna Palmer and Jake Sherman wrote.\n\n'
        "''I think most voters will not be satisfied with 'We will bomb them,''' said Senator John McCain of "
        "Arizona.\n"
    )
    got = [(s.speaker, s.text[:12]) for s in extract(prepare(text)[0], lang="en").statements if s.kind == "direct"]
    assert got == [("Anna Palmer", "Sanders is a"), ("John McCain", "I think most")]


@pytest.mark.parametrize("body", ["the White House", "the National Rifle Association", "the ACU"])
def test_a_quote_handed_on_to_a_body_named_after_the_is_the_body_s(body):
    text = prepare(f'CPAC\n\n"We are very disappointed by the decision," {body} said in a statement.\n')[0]
    statements = extract(text, lang="en").statements
    assert [(s.kind, s.text, s.speaker) for s in statements] == [
        ("direct", "We are very disappointed by the decision,", body.removeprefix("the "))
    ]


def test_a_quote_a_participle_hands_on_is_the_sentence_subject_s():
    text = prepare(
        "Brackett\n\nDonald Brackett and Bill Clinton met often.\n\n"
        "Back in 1999, Mr. Brackett expressed admiration for Mr. Clinton's political skills, telling CNBC: "
        '"I wish I could be like that. I just can\'t."\n'
    )[0]
    statements = extract(text, lang="en").statements
    assert [(s.kind, s.speaker) for s in statements] == [("direct", "Donald Brackett")]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("kata Zakki mendampingi Sahara.", "Zakki"),
        ("ujar dr. Rudi Hermansyah, Yanmed RSUD Cipayung, Jumat (1/5/2020).", "Rudi Hermansyah"),
        ("kata direktur utama PT Maju Budi Santoso.", "Budi Santoso"),
    ],
)
def test_who_a_quote_is_handed_on_to_in_indonesian(attribution, speaker):
    text = prepare(f'Berita\n\n"Hari ini kami melaporkan seseorang ke polisi atas dugaan penipuan," {attribution}\n')[0]
    assert [s.speaker for s in extract(text, lang="id").statements] == [speaker]


def test_an_interview_run_into_one_paragraph_gives_each_answer_to_the_one_it_labels():
    text = prepare(
        "Wawancara\n\n"
        "Duta Besar Ukraina untuk Indonesia, Vasyl Hamianin, menerima redaksi di Jakarta. "
        "Berita.com: Bagaimana situasi di Kiev saat ini? "
        "Vasyl Hamianin: Situasinya sulit, tetapi warga kami tetap bertahan. "
        "Berita.com: Apakah ada data resmi korban? "
        "Vasyl Hamianin: Data resmi diumumkan setiap hari di situs pemerintah.\n"
        "Kami juga membagikan data itu kepada wartawan setiap pagi.\n"
        "Berita.com: Kapan perang akan berakhir?\n"
    )[0]
    statements = [(s.kind, s.speaker, s.text) for s in extract(text, lang="id").statements]
    assert statements == [
        ("direct", "Vasyl Hamianin", "Situasinya sulit, tetapi warga kami tetap bertahan."),
        ("direct", "Vasyl Hamianin", "Data resmi diumumkan setiap hari di situs pemerintah."),
        ("direct", "Vasyl Hamianin", "Kami juga membagikan data itu kepada wartawan setiap pagi."),
    ]


def test_a_quote_whose_closing_mark_is_missing_ends_before_its_attribution() -> None:
    from quotetrack.extract import extract

    text = (
        "Menteri Sosial Rina Dewi meninjau dapur umum di Bekasi pada Senin pagi.\n\n"
        "\u201cBantuan sudah kami salurkan lewat berbagai jalur dan diawasi banyak instansi, ujarnya.\n\n"
        "Warga mengantre sejak pagi."
    )
    direct = [(s.text, s.speaker, s.cue) for s in extract(text, lang="id").statements if s.kind == "direct"]
    assert direct == [
        ("Bantuan sudah kami salurkan lewat berbagai jalur dan diawasi banyak instansi,", "Rina Dewi", "ujarnya")
    ]


@pytest.mark.parametrize("year", ["‘16", "’16", "‘90s", "'16"])
def test_a_year_cut_to_two_digits_opens_no_quote(year: str) -> None:
    text = (
        f"Campaign\n\nThis is the eighth part of {year} And President, the series that takes you behind the "
        "scenes of the campaign. Watch the video above for a preview of the series’ latest part.\n"
    )
    assert extract(prepare(text)[0], lang="en").statements == []


def test_a_straight_mark_closing_a_word_in_quotes_is_a_quote_mark() -> None:
    text = "Vote\n\nSenator Jane Doe called them 'traitors' and said the vote on the bill was a sham.\n"
    found = [(s.text, s.speaker) for s in extract(prepare(text)[0], lang="en").statements]
    assert found == [("the vote on the bill was a sham", "Jane Doe")]


def test_a_quote_whose_last_paragraph_lost_its_opening_mark_is_the_speaker_s_throughout() -> None:
    text = (
        "Layanan\n\nBPJS Kesehatan menghadirkan layanan 24 jam. "
        '"Maka kebijakan kami adalah memberikan pelayanan administrasi melalui layanan digital.\n\n'
        'Saat ini selain layanan informasi, penanganan pengaduan juga dibuka selama 24 jam," ungkap Asisten '
        "Deputi BPJS Kesehatan Dwi Asmariyati, dalam keterangannya, Senin (13/4/2020).\n"
    )
    statements = extract(prepare(text)[0], lang="id").statements
    assert [s.speaker for s in statements] == ["Dwi Asmariyati", "Dwi Asmariyati"]
    assert statements[0].text.endswith("melalui layanan digital.")
    # (the quote left open goes on to the closing mark: quoted words, not the attribution after it)
    assert (statements[1].kind, statements[1].text[-21:]) == ("direct", "dibuka selama 24 jam,")
