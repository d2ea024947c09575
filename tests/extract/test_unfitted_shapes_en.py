"""English news shapes the rules were not fitted to: Indonesian posts and ranks as the
English-language press prints them, and a post named alone after its holder. Each row is a
small invented article, read as `quotetrack extract` prints it (the post as the registry files
it); a failing row is a gap in reading English, not in any one article."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.ingested import as_printed


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "Sr. Comr." (Kombes), "Adj. Sr. Comr." (AKBP), "Comr." (Kompol), "Adj. Comr." (AKP): the
        # officer's rank, between the post and the name; its stop ends no sentence
        (
            "Jakarta Police spokesman Sr. Comr. Rudi Hartanto said the suspects had been detained.",
            ("Rudi Hartanto", "Jakarta Police Spokesperson", None),
        ),
        (
            "Bali Police spokesman Adj. Sr. Comr. Made Sudiarta said the tourist had been deported.",
            ("Made Sudiarta", "Bali Police Spokesperson", None),
        ),
        (
            "Tangerang Police chief Comr. Yusuf Pranoto said the driver had fled the scene.",
            ("Yusuf Pranoto", "Tangerang Police Chief", None),
        ),
        (
            "Maluku Police spokesman Adj. Comr. Hasan Latuconsina said the curfew would be lifted.",
            ("Hasan Latuconsina", "Maluku Police Spokesperson", None),
        ),
    ],
)
def test_an_indonesian_police_rank_in_english_copy_is_neither_post_nor_sentence_end(
    body: str, expected: tuple[str | None, str | None, str | None], tmp_path: Path
) -> None:
    assert as_printed(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    ("body", "name", "post", "place"),
    [
        # a regency's head (Bupati) is its "regent" in English copy, a post like a mayor's (the
        # regency printed with the post or as its region)
        ("Sleman Regent Hendra Wijaya said the schools would reopen on Monday.", "Hendra Wijaya", "regent", "Sleman"),
        (
            "Karawang acting regent Dani Firmansyah said the floods had displaced 2,000 residents.",
            "Dani Firmansyah",
            "acting regent",
            "Karawang",
        ),
        ("Deputy Regent Rina Marlina said the market would be rebuilt.", "Rina Marlina", "deputy regent", ""),
        (
            '"The bridge will carry trucks too," the regent of Kendal, Sugiarto Wibowo, told reporters.',
            "Sugiarto Wibowo",
            "regent",
            "Kendal",
        ),
    ],
)
def test_a_regent_is_an_indonesian_regency_s_head(body: str, name: str, post: str, place: str, tmp_path: Path) -> None:
    [(speaker, role, region)] = as_printed(body, tmp_path)
    assert speaker == name
    assert post in (role or "").casefold()
    assert place in f"{role} {region}"


@pytest.mark.parametrize(
    "follow_up",
    [
        "The stalls will open next month, the mayor said.",
        "Vendors will move in next month, the mayor added.",
        "More buses will run from June, the mayor said on Tuesday.",
        "The new stalls would be cheaper, according to the mayor.",
        '"We are ready," said the mayor.',
        "The stalls will open next month, the mayor told reporters.",
    ],
)
def test_the_mayor_after_the_mayor_s_name_is_that_mayor(follow_up: str, tmp_path: Path) -> None:
    body = f"Padang Mayor Fadly Amran opened the market on Monday.\n\n{follow_up}"
    assert as_printed(body, tmp_path) == [("Fadly Amran", "Mayor", "Kota Padang")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "Minister for/of" + the portfolio's words + a name of three words: the name keeps all three
        (
            "Minister for Manpower Lim Wei Ming said the new rules would take effect in January.",
            ("Lim Wei Ming", "Minister for Manpower"),
        ),
        (
            "Minister of Finance Dewi Ayu Lestari said the deficit would stay below 3 percent.",
            ("Dewi Ayu Lestari", "Minister of Finance"),
        ),
        (
            "Minister of Energy and Mineral Resources Rahmat Hidayat said fuel prices would not rise.",
            ("Rahmat Hidayat", "Minister of Energy and Mineral Resources"),
        ),
        (
            "Minister for Defence Ng Boon Huat said the border patrols would be stepped up.",
            ("Ng Boon Huat", "Minister for Defence"),
        ),
    ],
)
def test_a_portfolio_after_minister_for_ends_before_the_name(
    body: str, expected: tuple[str | None, str | None], tmp_path: Path
) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # one name (many Indonesians have one) after a post, then the party or body the holder
        # belongs to: the name, not a body called "X of the Y Party"
        (
            "House Commission III deputy chairman Suryadharma of the Gerindra Party said the bill would pass.",
            ("Suryadharma", "House Commission III Deputy Chairman"),
        ),
        ("Lawmaker Mulyono of the Prosperous Justice Party said the budget was too small.", ("Mulyono", "Lawmaker")),
        (
            "Foreign Minister Sutrisno of the Gerindra Party said Indonesia would stay neutral.",
            ("Sutrisno", "Foreign Minister"),
        ),
        ("Chairman Wiratmo of the Golkar Party said the coalition would stay intact.", ("Wiratmo", "Chairman")),
    ],
)
def test_one_name_after_a_post_keeps_the_party_after_it_apart(
    body: str, expected: tuple[str | None, str | None], tmp_path: Path
) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a member of a named body holds a seat in it: "KPU member", "Commission IX member"
        ("KPU member Darmawan Putra said the count was on schedule.", ("Darmawan Putra", "KPU Member")),
        (
            "House Commission IX member Yuliana Sari said hospitals needed more nurses.",
            ("Yuliana Sari", "House Commission IX Member"),
        ),
        ("Bawaslu member Hendri Kusuma said the agency had received 50 reports.", ("Hendri Kusuma", "Bawaslu Member")),
        ("DPR member Ratna Dewi said the law hurt workers.", ("Ratna Dewi", "DPR Member")),
    ],
)
def test_a_member_of_a_named_body_holds_a_post(
    body: str, expected: tuple[str | None, str | None], tmp_path: Path
) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    ("question", "answer"),
    [("Q", "A"), ("Question", "Answer")],
)
@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        (
            "Fisheries Minister Arief Prasetyo spoke to the paper about fish prices.",
            ("Arief Prasetyo", "Fisheries Minister"),
        ),
        ("Bogor Mayor Dedie Rachim sat down with reporters on Friday.", ("Dedie Rachim", "Mayor")),
    ],
)
def test_the_answers_of_a_question_and_answer_interview_are_the_interviewee_s(
    question: str, answer: str, intro: str, expected: tuple[str, str], tmp_path: Path
) -> None:
    body = (
        f"{intro}\n\n{question}: Will prices go up this year?\n\n{answer}: No. We have enough stock in the "
        f"warehouses.\n\n{question}: What about the fishermen?\n\n{answer}: They will get cheaper fuel from next month."
    )
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected, expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The police said the men had confessed.",
        "The police said in a statement that the driver had been detained.",
        "The police told reporters that two suspects were still at large.",
        "On Monday, the police said the road would reopen within a week.",
    ],
)
def test_the_police_opening_a_sentence_is_the_force_speaking(paragraph: str, tmp_path: Path) -> None:
    body = f"Three men were arrested in Cirebon on Sunday.\n\n{paragraph}"
    assert [row[:2] for row in as_printed(body, tmp_path)] == [("Police", None)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Exports grew 5 percent, Hartono said.",
        "Rice prices rose sharply, the minister said.",
        "Borrowing rose sharply, Hartono told reporters.",
        "The deal fell through, Hartono said.",
    ],
)
def test_short_content_in_an_irregular_past_tense_before_its_speaker_is_a_statement(
    paragraph: str, tmp_path: Path
) -> None:
    body = f"Trade Minister Agus Hartono spoke in Jakarta on Monday.\n\n{paragraph}"
    assert [row[:2] for row in as_printed(body, tmp_path)] == [("Agus Hartono", "Trade Minister")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the office of a post's holder speaks for the holder, and is not the holder
        (
            "The governor's office said in a statement that Governor Lina Marpaung would sign the decree.",
            ("governor's office", None),
        ),
        (
            "Mayor Teguh Santosa was not available for comment.\n\nThe mayor's office said the market would reopen.",
            ("mayor's office", None),
        ),
        ("The prime minister's office said the visit had been postponed.", ("prime minister's office", None)),
        ("The regent's office told reporters that the road would be repaired.", ("regent's office", None)),
    ],
)
def test_the_office_of_a_post_s_holder_speaks_as_a_body(
    body: str, expected: tuple[str | None, str | None], tmp_path: Path
) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a Balinese name's "I" opening the mention is the name's, not the pronoun "I"
        ("Hotel occupancy reached 90 percent, said I Nyoman Sudarsa, the governor of Bali.", "I Nyoman Sudarsa"),
        ("I Ketut Wirawan, the regent of Gianyar, said the temple would be restored.", "I Ketut Wirawan"),
        ('"The harvest failed," said I Made Santika, a farmer in Tabanan.', "I Made Santika"),
        ("I Gusti Ngurah Sudana, a teacher in Denpasar, said the school had flooded.", "I Gusti Ngurah Sudana"),
    ],
)
def test_a_balinese_name_keeps_its_first_word(body: str, expected: str, tmp_path: Path) -> None:
    assert [row[0] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "Minister of/for" + a portfolio + one name (many Indonesians have one): the name
        (
            "Coordinating Minister for Human Development and Culture Haryanto said the program would go on.",
            ("Haryanto", "Coordinating Minister for Human Development and Culture"),
        ),
        (
            "Minister of Defense Sudarsono said the army would recruit more soldiers.",
            ("Sudarsono", "Minister of Defense"),
        ),
        ("Minister of Tourism Widyastuti said arrivals had risen.", ("Widyastuti", "Minister of Tourism")),
        ("Minister of Law Suparman said the bill would be submitted in May.", ("Suparman", "Minister of Law")),
    ],
)
def test_one_name_after_minister_of_a_portfolio_is_the_minister(
    body: str, expected: tuple[str | None, str | None], tmp_path: Path
) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # speech verbs of Indonesia's English-language wire copy
        "Trade Minister Agus Hartono affirmed that exports would keep growing.",
        "Trade Minister Agus Hartono underlined that exports must grow.",
        "Trade Minister Agus Hartono underscored that the tariffs were temporary.",
        "The tariffs will be lifted next year, Trade Minister Agus Hartono affirmed.",
    ],
)
def test_affirmed_and_underlined_report_speech(sentence: str, tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(sentence, tmp_path)] == [("Agus Hartono", "Trade Minister")]
