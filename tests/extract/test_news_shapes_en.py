"""English news shapes read in wire, broadsheet and regional copy: who said it, in what post and
region. Each row is a small invented article in one shape; a failing row is a gap in reading
English, not in any one article."""

from __future__ import annotations

import pytest

from quotetrack.extract import ExtractedStatement
from tests.extract.ingested import placed, statements, who


def _statements(body: str) -> list[ExtractedStatement]:
    return statements(f"Budget Row Deepens\n\n{body}\n", "en")


def _who(body: str) -> list[tuple[str | None, str | None]]:
    return who(f"Budget Row Deepens\n\n{body}\n", "en")


def _placed(body: str) -> list[tuple[str | None, str | None, str | None]]:
    return placed(f"Budget Row Deepens\n\n{body}\n", "en")


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        (
            "Interior Minister Ana de la Fuente told reporters that the border would stay closed.",
            "Ana de la Fuente",
            "Interior Minister",
        ),
        ("Senator Pieter van der Berg said the deal was dead.", "Pieter van der Berg", "Senator"),
        ("Mayor Carlos de los Santos said the fiesta would go ahead.", "Carlos de los Santos", "Mayor"),
        ("Trade Minister Hendrik van den Broek said tariffs would rise.", "Hendrik van den Broek", "Trade Minister"),
        ('"We kept our word," said Ana de la Fuente, the interior minister.', "Ana de la Fuente", "interior minister"),
        # the full name from a sentence that reports nothing, then a courtesy title and the surname
        (
            "Interior Minister Ana de la Fuente spoke on Monday. Ms de la Fuente said the plan was fair.",
            "Ana de la Fuente",
            "Interior Minister",
        ),
    ],
)
def test_two_particles_in_a_surname_keep_the_name_whole(body: str, speaker: str, role: str) -> None:
    assert _who(body) == [(speaker, role)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # where the photograph shows the person
        ("Dr Amir Sadeghi (left) said the trial had been a success.", ("Amir Sadeghi", None, None)),
        ("Mayor Joan Wirth (pictured) told reporters that the bridge would reopen.", ("Joan Wirth", "Mayor", None)),
        ('"The trial was a success," said Dr Amir Sadeghi (pictured).', ("Amir Sadeghi", None, None)),
        # a British or Australian member's party, seat, or both
        ("Councillor Hema Patel (Lab) said the cuts were unfair.", ("Hema Patel", "Councillor", None)),
        (
            "Conservative MP Giles Farnham (Wycombe North) said the bill was unworkable.",
            ("Giles Farnham", "Conservative MP", "Wycombe North"),
        ),
        (
            '"The bill is unworkable," said Conservative MP Giles Farnham (Wycombe North).',
            ("Giles Farnham", "Conservative MP", "Wycombe North"),
        ),
        ("Senator Mark Ebdon (Liberal, Victoria) said the bill was rushed.", ("Mark Ebdon", "Senator", "Victoria")),
        ("Giles Farnham (Con, Wycombe North) said the bill was unworkable.", ("Giles Farnham", None, None)),
        # a body's short form stays the body's
        ("The National Union of Teachers (NUT) said the plan was unfair.", ("National Union of Teachers", None, None)),
    ],
)
def test_a_photograph_s_direction_a_party_or_a_seat_in_brackets_is_no_part_of_the_name(
    body: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _placed(body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Acting FEMA Administrator Dana Cole said the agency had enough money.",
            ("Dana Cole", "Acting FEMA Administrator", None),
        ),
        ("County Coroner Jim Hale said the cause of death was not yet known.", ("Jim Hale", "County Coroner", None)),
        (
            "The protest grew on Monday. BJP MLA Suresh Kumar Yadav alleged that the police had failed to act.",
            ("Suresh Kumar Yadav", "BJP MLA", None),
        ),
        (
            "Fianna Fáil TD Niall Brennan said the housing plan had failed.",
            ("Niall Brennan", "Fianna Fáil TD", None),
        ),
        # Stormont's members keep their nation
        (
            "The row went on. DUP MLA Gavin Orr said the protocol had to go.",
            ("Gavin Orr", "DUP MLA", "Northern Ireland"),
        ),
    ],
)
def test_posts_of_agencies_counties_and_houses_outside_westminster(
    body: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _placed(body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "BJP MLA Suresh Kumar Yadav said the police had failed to act.",
            ("Suresh Kumar Yadav", "BJP MLA", None),
        ),
        (
            "SNP MSP Morag Keith said the police had failed to act.",
            ("Morag Keith", "SNP MSP", "Scotland"),
        ),
        # a wire's dateline in capitals is still the town's
        ("WASHINGTON Vice President Joe Biden said the police had failed.", ("Joe Biden", "Vice President", None)),
    ],
)
def test_a_party_and_a_member_s_post_in_capitals_opening_the_lede_are_no_dateline(
    body: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _placed(body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'Sen. Ray Colton spoke on the Senate floor. "The border is open," the Texas Republican said.',
            [("Ray Colton", "Sen", "Texas", "The border is open,")],
        ),
        (
            'Sen. Ray Colton said the border was open. "It is a crisis," the Texas Republican said.',
            [("Ray Colton", "Sen", "Texas", "the border was open"), ("Ray Colton", "Sen", "Texas", "It is a crisis,")],
        ),
        (
            'Gov. Lena Moritz spoke in Albany. "We will sue," the New York Democrat told reporters.',
            [("Lena Moritz", "Gov", "New York", "We will sue,")],
        ),
        # a party member with no state: the quote is still the quote
        (
            'Gov. Lena Moritz spoke in Albany. "We will sue," the Democrat said.',
            [("Lena Moritz", "Gov", None, "We will sue,")],
        ),
    ],
)
def test_a_party_member_with_a_state_after_a_quote_is_the_politician_named_before(
    body: str, expected: list[tuple[str | None, str | None, str | None, str]]
) -> None:
    assert [(s.speaker, s.role, s.region, s.text) for s in _statements(body)] == expected


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Chief Minister R. Sundaram", "R. Sundaram"),
        ("Chief Minister M.K. Sundaram", "M.K. Sundaram"),
        ("Governor Jim P. Sundaram", "Jim P. Sundaram"),
        ("Dr. Ravi Sundaram", "Ravi Sundaram"),
    ],
)
def test_an_initial_s_or_a_title_s_full_stop_ends_no_sentence_before_a_pronoun(subject: str, speaker: str) -> None:
    body = (
        f"{subject} met Prime Minister Anil Desai in New Delhi on Monday. "
        "He told reporters that the meeting had been fruitful."
    )
    assert [s.speaker for s in _statements(body)] == [speaker]


@pytest.mark.parametrize(
    ("attribution", "role"),
    [
        ("Senators Ann Vogel and Raj Mehta said in a joint statement", "Senator"),
        ("Governors Ann Vogel and Raj Mehta said", "Governor"),
        ("Sen. Ann Vogel and Sen. Raj Mehta said", "Sen"),
    ],
)
def test_two_titled_people_speaking_together_file_under_the_first_with_the_title(attribution: str, role: str) -> None:
    assert _who(f"{attribution} that the hearing would be public.") == [("Ann Vogel", role)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Queensland Premier Sally Hurst said the state would build homes.", ("Sally Hurst", "Premier", "Queensland")),
        ("NSW Premier Kieran Dolby said the state would build homes.", ("Kieran Dolby", "Premier", "New South Wales")),
        (
            "Karnataka Chief Minister B.S. Ramaiah said the state would oppose the formula.",
            ("B.S. Ramaiah", "Chief Minister", "Karnataka"),
        ),
        (
            "Tamil Nadu Finance Minister P. Thangavel said the State had been denied funds.",
            ("P. Thangavel", "Finance Minister", "Tamil Nadu"),
        ),
        (
            "Victorian Health Minister Mary Thomas said hospitals were coping.",
            ("Mary Thomas", "Health Minister", "Victoria"),
        ),
        ("Ontario Premier Doug Fordham said the province would sue.", ("Doug Fordham", "Premier", "Ontario")),
        # a given name that is also a state's is no state
        ("Victoria Smith said hospitals were coping.", ("Victoria Smith", None, None)),
    ],
)
def test_a_state_or_province_of_another_federation_before_a_post_is_its_region(
    body: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _placed(body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The measure was sponsored by state Sen. Julie Ortega. Ortega said the law was years in the making.",
            [("Julie Ortega", "state Sen")],
        ),
        (
            "The bill, backed by state Rep. Dana Kimball, passed. Kimball said it would help.",
            [("Dana Kimball", "state Rep")],
        ),
        # a United States senator stays one
        ("Sen. Julie Ortega spoke. Ortega said the law was years in the making.", [("Julie Ortega", "Sen")]),
    ],
)
def test_state_before_a_legislator_s_title_is_part_of_the_post(body: str, expected: list[tuple[str, str]]) -> None:
    assert _who(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sarah Blythe MP said the housing target was unrealistic.", ("Sarah Blythe", "MP")),
        ('"The target is unrealistic," said Sarah Blythe MP.', ("Sarah Blythe", "MP")),
        ("Fiona MacLeod MSP said the budget was unfair.", ("Fiona MacLeod", "MSP")),
        ("Niall Brennan TD said the housing plan had failed.", ("Niall Brennan", "TD")),
    ],
)
def test_a_member_s_post_after_the_name_is_the_post(body: str, expected: tuple[str, str]) -> None:
    assert _who(body) == [expected]


@pytest.mark.parametrize(
    ("subject", "office"),
    [
        ("Senator Joan Pike's office", "Pike's office"),
        ("Gov. Ned Lamar's office", "Lamar's office"),
        ("Pike's office", "Pike's office"),
        ("The Home Office", "Home Office"),  # a body's own name
    ],
)
def test_the_office_of_a_titled_official_speaks_as_her_office(subject: str, office: str) -> None:
    assert _who(f"{subject} said the bill would be signed.") == [(office, None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The budget was a disaster, said Ken Ashby, a Democratic state senator from Akron.",
            ("Ken Ashby", "state senator", "Akron"),
        ),
        (
            "Ken Ashby, a Republican senator from Ohio, said the budget was a disaster.",
            ("Ken Ashby", "senator", "Ohio"),
        ),
        # a post "of" its place keeps it
        (
            "Ken Ashby, the former governor of Ohio, said the budget was a disaster.",
            ("Ken Ashby", "former governor of Ohio", "Ohio"),
        ),
    ],
)
def test_the_place_a_legislator_is_from_is_the_region_not_part_of_the_post(
    body: str, expected: tuple[str, str, str]
) -> None:
    assert _placed(body) == [expected]


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        ("Det Insp Sarah Kerr", ("Sarah Kerr", "Detective Inspector")),
        ("Chief Supt Alan Dyer", ("Alan Dyer", "Chief Superintendent")),
        ("Insp. Dana Lowe", ("Dana Lowe", "Inspector")),
        ("Supt. Dana Lowe", ("Dana Lowe", "Superintendent")),
        ("Det. Sgt. Paul Ruiz", ("Paul Ruiz", "Detective Sergeant")),
    ],
)
def test_a_police_rank_before_the_name_is_the_post_spelled_out(lede: str, expected: tuple[str, str]) -> None:
    assert _who(f"{lede} said officers were appealing for witnesses.") == [expected]


def test_the_words_before_a_relative_clause_s_he_said_are_no_statement() -> None:
    body = "Gov. Tom Reyes praised Mayor Ann Kowal, who he said had done a great job."
    assert [s.text for s in _statements(body)] == ["had done a great job"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Rep. Alan Greer, a Democrat from Queens, said the budget was a disaster.", ("Alan Greer", "Rep", "Queens")),
        ("Sen. Alan Greer, a Republican from Ohio, said the budget was a disaster.", ("Alan Greer", "Sen", "Ohio")),
        ('"It is a disaster," said Rep. Alan Greer, a Democrat from Queens.', ("Alan Greer", "Rep", "Queens")),
        # a place in the next paragraph is no seat
        (
            '"It is a giveaway," said Rep. Luis Ortega, a Democrat from Toledo.\n\nKimball said it would pass.',
            ("Luis Ortega", "Rep", "Toledo"),
        ),
        # no post, no seat
        ("Alan Greer, a Democrat from Queens, said the budget was a disaster.", ("Alan Greer", None, None)),
    ],
)
def test_a_member_s_party_epithet_from_a_place_gives_the_seat(
    body: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert _placed(body)[0] == expected
