"""Speakers: titles, degrees and ranks stripped; appositions; pronouns, "-nya" cues and short
names resolved to the full name; bare offices; unknown speakers left unknown; dates."""

from datetime import date

import pytest

from quotetrack.extract import extract
from quotetrack.text.clean import prepare
from quotetrack.text.meta import ArticleMeta


def _speakers(text: str, lang: str = "en") -> list[str | None]:
    """The speaker of each statement of a prepared article, in order."""
    return [s.speaker for s in extract(text, lang=lang).statements]


@pytest.mark.parametrize(
    ("mention", "name", "role", "region"),
    [
        ("Pj.Bupati Subang, Dr. Drs. Imran, MA.Cd", "Imran", "Pj.Bupati", "Subang"),
        ("PJ. Bupati Subang, Dr. Imran", "Imran", "PJ. Bupati", "Subang"),
        ("Gubernur Riau Abdul Walid", "Abdul Walid", "Gubernur", "Riau"),
        ("Ketua KPU Subang, Asep Mulyana,", "Asep Mulyana", "Ketua KPU", "Subang"),
        ("Kapolres Sarolangun AKBP Anggit Cahyadiputro", "Anggit Cahyadiputro", "Kapolres", "Sarolangun"),
        ("Kepala Dinas Kesehatan Prof. Dr. H. Ahmad Yani, S.H., M.Si.", "Ahmad Yani", "Kepala Dinas Kesehatan", None),
        ("Kabid Humas Polda Jatim Kombes Pol Budi Santoso", "Budi Santoso", "Kabid Humas Polda", "Jatim"),
        ("Wali Kota Bogor Raka Satria Wiratmoko", "Raka Satria Wiratmoko", "Wali Kota", "Bogor"),
    ],
)
def test_mention_parts(mention, name, role, region):
    (s,) = extract(f"{mention} mengatakan bahwa pelayanan publik harus tetap berjalan.").statements
    assert (s.speaker, s.role, s.region) == (name, role, region)
    assert s.speaker_mention == mention.rstrip(",.")


def test_pronouns_short_names_and_nya_cues_share_one_ref():
    text = (
        "Gubernur Riau Abdul Walid meresmikan toko pangan murah di Pekanbaru.\n"
        '"Toko ini menjual bahan pokok di bawah harga pasar," kata Gubernur Abdul Walid.\n'
        "Walid mengungkapkan penyebab inflasi adalah kenaikan harga cabai.\n"
        "Ia menambahkan bahwa stok beras cukup sampai akhir tahun.\n"
        '"Kami juga terus menggelar pasar murah di semua kabupaten," tegasnya.\n'
        "Dirinya mengajak warga berbelanja di toko tersebut.\n"
        'Beliau menilai program ini berhasil menahan harga. "Hasilnya sudah terlihat," ujar dia.'
    )
    got = extract(text).statements
    assert len(got) == 7
    assert {s.speaker for s in got} == {"Abdul Walid"}
    assert len({s.speaker_ref for s in got}) == 1


def test_name_in_the_middle():
    text = (
        "Komisioner KPU Viryan Asraf menghadiri rapat pleno.\n"
        "Angka partisipasi itu, kata Viryan, melampaui target nasional tahun ini."
    )
    (s,) = [s for s in extract(text).statements if "partisipasi" in s.text]
    assert s.speaker == "Viryan Asraf"


def test_bare_office_resolves_to_the_person_holding_it():
    text = (
        "Presiden Joko Wiranggono memimpin rapat terbatas di Istana.\n"
        "”Semua bantuan harus sampai ke rakyat minggu ini,” kata Presiden."
    )
    (s,) = extract(text).statements
    assert s.speaker == "Joko Wiranggono"


def test_unknown_speaker_stays_unknown():
    text = '"Kami belum menerima bantuan apa pun sampai hari ini," kata seorang warga.'
    (s,) = extract(text).statements
    assert s.speaker is None
    assert s.confidence <= 0.5


def test_english_pronoun_follows_the_person_just_introduced():
    text = (
        'Health Secretary Mary Jones said: "We have cut waiting lists by a tenth."\n'
        "Recently, Tom Baker, a former candidate who hosts a radio show, was asked about refugees. "
        '"They should be welcomed," he said.'
    )
    got = extract(text, lang="en").statements
    assert [s.speaker for s in got] == ["Mary Jones", "Tom Baker"]


def test_two_speakers_get_two_refs():
    text = (
        "Wakil Ketua DPRD Solo, Wirasena, mengatakan anggaran harus dihemat.\n"
        "Wali Kota Solo Sutrisna Hadikusumo mengatakan kebijakan kerja dari rumah tetap berjalan."
    )
    first, second = extract(text).statements
    assert (first.speaker, second.speaker) == ("Wirasena", "Sutrisna Hadikusumo")
    assert first.speaker_ref != second.speaker_ref


def test_statement_date_is_the_day_the_text_gives():
    meta = ArticleMeta(published=date(2025, 10, 21), language="id")
    text = (
        '"Stok cabai aman sampai akhir tahun," kata Gubernur Riau Abdul Walid, Senin (20/10/2025).\n'
        "Ia menambahkan bahwa harga beras juga stabil di seluruh kabupaten.\n"
        "Kepala Dinas Pertanian Riau Budi Santoso mengatakan stok pupuk juga cukup sampai akhir tahun."
    )
    first, second, third = extract(text, meta=meta).statements
    assert first.date == date(2025, 10, 20)
    assert second.date == date(2025, 10, 20)  # what he added, the same day
    assert third.date == date(2025, 10, 21)  # another speaker, no day given: the article's date


def test_the_person_asked_answers_as_the_candidate_and_an_aside_in_brackets_is_no_part_of_the_name():
    text = prepare(
        "Race\n\nOhio Gov. John Kasich spoke at the convention on Friday.\n\n"
        "At the event, talk show host Sam Miller asked Kasich, who is fourth in the delegate count, to lay out "
        "his path to the nomination.\n\n"
        "The candidate said he does not believe any of his rivals will win enough delegates.\n\n"
        "Miller followed up by asking if the governor believes that is his only path. Kasich (who has 25 "
        "delegates to date) said it is possible for him to secure the nomination.\n"
    )[0]
    statements = extract(text, lang="en").statements
    replies = [s.speaker for s in statements if s.cue in ("said",)]
    assert replies == ["John Kasich", "John Kasich"]


def test_a_participle_after_a_subject_with_a_post_of_several_words_is_that_subject_s():
    text = prepare(
        "Race\n\nBrackett campaign manager Corey Lewandowski rejected the idea that Brackett would hurt the party, "
        "saying the huge crowds at his rallies prove that Brackett would energize the party.\n"
    )[0]
    assert _speakers(text) == ["Corey Lewandowski"]


def test_the_committee_is_the_legislature_s_committee_named_in_lower_case():
    text = prepare(
        "CSA\n\nA report by the Commons work and pensions committee called for the agency to be wound up.\n\n"
        "The committee reached its conclusions after it found a backlog. It warned that parents faced long delays.\n"
    )[0]
    statements = extract(text, lang="en").statements
    assert [s.speaker for s in statements] == ["Commons work and pensions committee"]


def test_the_lede_s_report_is_the_body_s_that_opens_the_next_paragraph():
    text = prepare(
        "Literacy\n\nThe government will only hit its target if courses are made more attractive, a report says.\n\n"
        "The National Audit Office praised ministers for reaching the benchmark.\n\n"
        'According to the report, "more than half" the qualifications were gained by learners aged 16 to 18.\n'
    )[0]
    assert _speakers(text) == ["National Audit Office"] * 2


def test_a_reprimand_and_a_jibe_after_a_quote_are_the_named_speaker_s():
    text = prepare(
        "Inflasi\n\nGubernur Sumatera Utara Bobby Nasution mengatakan pihaknya akan menurunkan inflasi.\n\n"
        "Sekretaris Jenderal Kemendagri Tomsi Tohir menyoroti kinerja daerah dalam rapat itu.\n\n"
        '"Bapak ibu sekalian, inflasi sudah tinggi sekali," tegur Tomsi.\n\n'
        '"Jangan hanya duduk di kantor," sindir Tomsi.\n'
    )[0]
    statements = extract(text, lang="id").statements
    assert [(s.speaker, s.cue) for s in statements if s.kind == "direct"] == [
        ("Tomsi Tohir", "tegur"),
        ("Tomsi Tohir", "sindir"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A senior defence official, speaking to the BBC's correspondent Paul Adams, said lessons were learned.", None),
        ("Tom Harris, speaking to the BBC's Nick Robinson, said lessons were learned.", "Tom Harris"),
        ("Senator Ann Lee, in an interview with Jake Tapper, said lessons were learned.", "Ann Lee"),
        ("But advisers to Mr Obama say the president has grown frustrated with the delays.", None),
        ("People close to the prime minister said he had grown frustrated with the delays.", None),
    ],
)
def test_the_one_spoken_to_or_advised_is_not_the_speaker(sentence, speaker):
    text = prepare(f"Defence\n\nThe ministry published its annual figures.\n\n{sentence}\n")[0]
    assert _speakers(text) == [speaker]


def test_a_quote_signed_after_a_dash_is_the_signer_s_not_the_last_signer_s():
    text = prepare(
        "Readers react\n\nWe asked readers what they thought of the debate.\n\n"
        "\u201cI cannot believe a man with no credentials is the nominee.\u201d \u2015 Pamela Padilla\n\n"
        "\u201cHearing him talk about our communities makes me fearful.\u201d \u2015 Jacklyn Ashley\n\n"
        '"The economy is what matters most to me this year." \u2014 Ann Lee, 34, a nurse from Ohio\n'
    )[0]
    assert _speakers(text) == ["Pamela Padilla", "Jacklyn Ashley", "Ann Lee"]


def test_a_quote_a_report_or_a_letter_says_is_no_person_s():
    text = prepare(
        "Defence costs\n\nSir John Bourn, head of the National Audit Office, said the figures were worrying.\n\n"
        '"Many problems can be traced to poor planning at the start," the report says.\n\n'
        '"We see charter schools offering hope to our children," the letter reads.\n\n'
        '"The costs are out of control," the Home Office report warned.\n'
    )[0]
    statements = extract(text, lang="en").statements
    assert [s.speaker for s in statements if s.kind == "direct"] == [None, None, "Home Office"]


def test_a_short_name_grows_only_into_a_full_name_of_the_same_person():
    text = prepare(
        "Personal insult\n\nPresident Obama is rolling out a new message.\n\n"
        '"My name may not be on the ballot, but our progress is on the ballot," Mr. Obama said on Saturday.\n\n'
        'Mr. King is taking part in "Barack Obama Election Day," a day of rallies on Nov. 1.\n\n'
        "The campaign plans to use Mr. Obama and the first lady, Michelle Obama, as much as possible.\n"
    )[0]
    (quote,) = [s for s in extract(text, lang="en").statements if s.kind == "direct"]
    assert quote.speaker == "Obama"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Brown's aides say he wants to find out more about the scheme.",
        "Mr Blair's official spokesman told reporters the trip was important.",
        "Brackett's senior advisers said the speech would focus on jobs.",
        "Mr Edwards' spokesman said the minister had not been told about the payments.",
        "Ms Rhodes' lawyers said she would appeal against the ruling.",
    ],
)
def test_the_aides_of_a_named_official_speak_unnamed(sentence):
    text = prepare(f"Aid\n\nGordon Brown will visit Africa next week.\n\n{sentence}\n")[0]
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    "subject",
    [
        "The former secretary of state",
        "The former secretary of state and current Democratic presidential nominee",
        "The Democratic presidential nominee",
    ],
)
def test_an_epithet_with_a_post_of_a_place_or_body_is_its_holder(subject):
    text = prepare(
        "Debate\n\nHillary Clinton, the Democratic nominee, spoke at a rally in Charlotte on Tuesday. "
        f"{subject} said she wanted to speak directly to voters.\n"
    )[0]
    (s,) = extract(text, lang="en").statements
    assert s.speaker == "Hillary Clinton"


def test_he_or_she_after_an_unnamed_speaker_is_that_speaker_still_unnamed():
    text = prepare(
        "Talks\n\nA Home Office spokesman said the figures were being checked. He added that a review would follow.\n\n"
        "A senior official said the talks had stalled. She said a deal was still possible.\n"
    )[0]
    assert _speakers(text) == ["Home Office", "Home Office", None, None]
