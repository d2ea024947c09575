"""English copy about Indonesia, fourth round: a name's initials that spell a member's post
("Foreign Minister AM Rahmadi"), names that repeat a word of their own ("Tomas Karo Karo").
Each row is a small invented article (invented people, bodies, places), read as `quotetrack
extract` prints it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.ingested import as_printed


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two capitals right after the head of a post are the name's initials, though they spell
        # a member's post elsewhere ("Labour AM Jo Cox", "Deputy PM Ann Lee" keep theirs)
        ("Foreign Minister AM Rahmadi said the talks went well.", ("AM Rahmadi", "Foreign Minister")),
        ('"We are ready," said Foreign Minister AM Rahmadi.', ("AM Rahmadi", "Foreign Minister")),
        ("Regent DA Nasution said the road would be repaired.", ("DA Nasution", "Regent")),
        ('"We will act," said Mayor AG Siregar.', ("AG Siregar", "Mayor")),
        ("Defence Minister PM Lubis said the border was calm.", ("PM Lubis", "Defence Minister")),
        ("Deputy PM Ann Lee said the border was calm.", ("Ann Lee", "Deputy PM")),
        ("Labour AM Jo Cox said the border was calm.", ("Jo Cox", "Labour AM")),
    ],
)
def test_initials_that_spell_a_member_s_post(body: str, expected: tuple[str, str], tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a Batak clan doubled, a Balinese noble's style repeated at the end: the whole name
        ("Regent Tomas Karo Karo said the road would be repaired.", ("Tomas Karo Karo", "Regent")),
        ('"The road will be repaired," said Ginting Karo Karo, the mayor.', ("Ginting Karo Karo", "Mayor")),
        ("Governor Anak Agung Gde Agung said the temple would be restored.", ("Anak Agung Gde Agung", "Governor")),
        ('"The temple will be restored," said Ida Bagus Rai Bagus, the regent.', ("Ida Bagus Rai Bagus", "Regent")),
        ("Mayor Made Mangku Mangku said the market would reopen.", ("Made Mangku Mangku", "Mayor")),
        # (the next sentence's subject run on, by the first name, is no part of it)
        ("Governor Wayan Sudira Wayan said the island was safe.", ("Wayan Sudira", "Governor")),
    ],
)
def test_a_name_that_repeats_a_word_of_its_own(body: str, expected: tuple[str, str], tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a message the subject put out, then "saying" with no comma: what it says is the subject's
        (
            "Governor Wayan Sudira uploaded a video on Instagram saying the island was safe.",
            ("Wayan Sudira", "Governor"),
        ),
        (
            "Mayor Dian Safitri posted a short message on her Facebook account saying the market would stay closed.",
            ("Dian Safitri", "Mayor"),
        ),
        (
            "Regent Rudi Gunawan issued a circular saying civil servants must work from home.",
            ("Rudi Gunawan", "Regent"),
        ),
        (
            "Minister Ahmad Fauzi sent a letter to the governors saying the funds would be cut.",
            ("Ahmad Fauzi", "Minister"),
        ),
        (
            "Police chief Arif Budiman released a video statement saying the suspect had surrendered.",
            ("Arif Budiman", "Police Chief"),
        ),
    ],
)
def test_a_message_put_out_saying(body: str, expected: tuple[str, str], tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # a message received, or one that shows rather than says, is nobody's statement here
        "Governor Wayan Sudira received a letter saying the funds would be cut.",
        "Mayor Dian Safitri shared a video showing the flooded streets.",
    ],
)
def test_a_message_received_or_shown_is_no_statement(body: str, tmp_path: Path) -> None:
    assert as_printed(body, tmp_path) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # scientists and experts quoted on their field, their university after the name: the
        # description before the name is what they are, the body after it no part of the name
        (
            "Political scientist Ana Ruiz of Westbrook University said the vote was close.",
            ("Ana Ruiz", "Political Scientist"),
        ),
        (
            '"The vote is close," said political scientist Ana Ruiz of Westbrook University.',
            ("Ana Ruiz", "Political Scientist"),
        ),
        (
            "Climate scientist Lena Ortiz of Northgate University said the summer would be hot.",
            ("Lena Ortiz", "Climate Scientist"),
        ),
        (
            "Economic observer Hana Lubis of Medan University said the vote was close.",
            ("Hana Lubis", "economic observer"),
        ),
        ("Scientist Tom Reyes of Harbor College said the data was incomplete.", ("Tom Reyes", "Scientist")),
        (
            "Islamic scholar Umar Hasan of the Eastern Institute said the ruling was fair.",
            ("Umar Hasan", "Islamic Scholar"),
        ),
        (
            '"The threat is real," said security specialist Farid Anwar of the Center for Defense Studies.',
            ("Farid Anwar", "security specialist"),
        ),
    ],
)
def test_a_scientist_or_expert_before_the_name(body: str, expected: tuple[str, str], tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # "the officer" is one known by a rank alone, when the post before the rank is in lower
        # case, or one of a command of the army or the police
        (
            "Kodim commander Lt. Col. Hendra Saputra inspected the flood site on Monday. "
            "The officer said the army would help the residents.",
            "Hendra Saputra",
        ),
        (
            "Korem commander Col. Bambang Sutejo inspected the flood site on Monday. "
            "The officer said the army would help the residents.",
            "Bambang Sutejo",
        ),
        (
            "Regional military commander Maj. Gen. Tono Suratman visited the camp. "
            "The officer said more troops would arrive.",
            "Tono Suratman",
        ),
        (
            "Precinct chief Adj. Comr. Yudi Hartono visited the market. The officer said two suspects had fled.",
            "Yudi Hartono",
        ),
    ],
)
def test_the_officer_known_by_a_rank_or_a_command(body: str, name: str, tmp_path: Path) -> None:
    assert [row[0] for row in as_printed(body, tmp_path)] == [name]


def test_the_officer_is_no_civilian_named_before(tmp_path: Path) -> None:
    body = "Regent Budi Santoso visited the flood site on Monday. The officer said the road was closed."
    assert [row[0] for row in as_printed(body, tmp_path)] == [None]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a relative clause after a private person's name says what one is: a business owned, a
        # job, where one lives
        ('"Prices are up," said Sam Hill, who owns a bakery in Eastvale.', ("Sam Hill", "owner of a bakery", None)),
        (
            '"Prices are up," said Ketut Arsa, who owns a guesthouse on the beach.',
            ("Ketut Arsa", "owner of a guesthouse", None),
        ),
        ('"Prices are up," said Rosa Diaz, who owns the Corner Cafe.', ("Rosa Diaz", "owner of the Corner Cafe", None)),
        ('"Prices are up," said Tom Baker, who works as a bus driver in Eastvale.', ("Tom Baker", "bus driver", None)),
        ('"The water is rising," said Carl Hobbs, who lives in Millbrook.', ("Carl Hobbs", "resident", "Millbrook")),
        (
            '"The water is rising," said Ana Lee, who has lived in Upper Dene for 40 years.',
            ("Ana Lee", "resident", "Upper Dene"),
        ),
        # (a post before the name stays the role)
        ('"We will act," said Mayor Sam Hill, who lives in Millbrook.', ("Sam Hill", "Mayor", None)),
    ],
)
def test_a_relative_clause_says_what_a_private_person_is(
    body: str, expected: tuple[str, str, str | None], tmp_path: Path
) -> None:
    assert as_printed(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # after the verb, a post held at a body, then the name after its comma
        ('"The rules are clear," said a senior official at the Finance Ministry, Rudi Gunawan.', "Rudi Gunawan"),
        ('"The rules are clear," said an official at the ministry, Sari Wulan.', "Sari Wulan"),
        ('"Rates will rise," said a senior economist at the Bank of Westland, Tom Reyes.', "Tom Reyes"),
        ('"The case is weak," said a prosecutor at the Eastvale District Court, Hana Lubis.', "Hana Lubis"),
        ('"The wards are full," said a doctor at the Harbor General Hospital, Yusuf Harahap.', "Yusuf Harahap"),
        # (a circumstance after the verb's subject is no post: the day follows it)
        ('"The rules are clear," said the minister at a press conference in Jakarta, Monday.', None),
    ],
)
def test_a_post_held_at_a_body_then_the_name(body: str, name: str | None, tmp_path: Path) -> None:
    assert [row[0] for row in as_printed(body, tmp_path)] == [name]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a post before the name whose body is printed in lower case, a few words before its head
        (
            '"The rules are clear," said the chairman of the election commission, Hadi Arifin.',
            ("Hadi Arifin", "Chairman of the election commission"),
        ),
        (
            "The secretary of the provincial health agency, Rina Sari, said the clinics were full.",
            ("Rina Sari", "Secretary of the provincial health agency"),
        ),
        (
            '"The dam is safe," said the deputy head of the national disaster mitigation agency, Agus Wibowo.',
            ("Agus Wibowo", "Deputy Head of the national disaster mitigation agency"),
        ),
        (
            "The chairman of the house ethics committee, Dedi Kurnia, said the hearing was closed.",
            ("Dedi Kurnia", "Chairman of the house ethics committee"),
        ),
    ],
)
def test_a_post_of_a_body_in_lower_case_before_the_name(body: str, expected: tuple[str, str], tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a post in lower case after the country whose post it is: the country is no word of it
        (
            '"Growth will slow," said Budi Hartanto, Indonesia\'s coordinating minister for economic affairs.',
            ("Budi Hartanto", "Coordinating Minister for economic affairs"),
        ),
        (
            '"Growth will slow," said Indonesia\'s coordinating minister for maritime affairs, Hana Lubis.',
            ("Hana Lubis", "Coordinating Minister for maritime affairs"),
        ),
        (
            '"Trade will grow," said Agus Wibowo, Indonesia\'s ambassador to Japan.',
            ("Agus Wibowo", "Ambassador to Japan"),
        ),
        (
            '"Growth will slow," said Lina Marsh, Japan\'s deputy prime minister for economic affairs.',
            ("Lina Marsh", "Deputy Prime Minister for economic affairs"),
        ),
        # (a party's post keeps the party: "Labour Shadow Chancellor")
        (
            '"Growth will slow," said Sri Wahyuni, Labour\'s shadow chancellor.',
            ("Sri Wahyuni", "Labour Shadow Chancellor"),
        ),
    ],
)
def test_a_country_s_post_in_lower_case(body: str, expected: tuple[str, str], tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a portfolio's fields listed with commas up to its "Affairs" are one post's
        (
            "Coordinating Minister for Political, Legal and Security Affairs Rudi Gunawan said the vote was safe.",
            ("Rudi Gunawan", "Coordinating Minister for Political, Legal and Security Affairs"),
        ),
        (
            '"We are ready," said Coordinating Minister for Maritime, Investment and Fisheries Affairs Hana Lubis.',
            ("Hana Lubis", "Coordinating Minister for Maritime, Investment and Fisheries Affairs"),
        ),
        (
            '"The plan is ready," said Coordinating Food, Agriculture, and Rural Affairs Minister Dewi Kartika.',
            ("Dewi Kartika", "Coordinating Food, Agriculture, and Rural Affairs Minister"),
        ),
        # (an "and" between two people still parts them)
        (
            '"The economy is strong," said Coordinating Minister for Economic Affairs Budi Hartanto and '
            "Finance Minister Sri Wahyuni.",
            ("Budi Hartanto", "Coordinating Minister for Economic Affairs"),
        ),
    ],
)
def test_a_portfolio_s_fields_listed_with_commas(body: str, expected: tuple[str, str], tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an epithet of a post held before stands for the person; the statement keeps the post
        # held that day
        (
            "Trade Minister Agus Hartono opened the fair. The former general said exports would keep growing.",
            ("Agus Hartono", "Trade Minister"),
        ),
        (
            "Defense Minister Bambang Sutejo visited the base. The former army chief said the fleet would grow.",
            ("Bambang Sutejo", "Defense Minister"),
        ),
        (
            "Health Minister Lina Marsh opened the clinic. The former hospital director said more nurses were needed.",
            ("Lina Marsh", "Health Minister"),
        ),
    ],
)
def test_a_past_post_s_epithet_keeps_the_post_held(body: str, expected: tuple[str, str], tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]
