"""More English news shapes: who said it, in what post and region. Each row is a small invented
article in one shape; a failing row is a gap in reading English, not in any one article."""

from __future__ import annotations

import pytest

from quotetrack.extract import ExtractedStatement
from tests.extract.ingested import placed, statements


def _statements(body: str) -> list[ExtractedStatement]:
    return statements(f"Budget Row Deepens\n\n{body}\n", "en")


def _placed(body: str) -> list[tuple[str | None, str | None, str | None]]:
    return placed(f"Budget Row Deepens\n\n{body}\n", "en")


@pytest.mark.parametrize(
    ("title", "epithet", "expected"),
    [
        # a short title's post is known: "the senator" is not the governor
        ("Gov.", "the senator", (None, "senator", None)),
        ("Gov.", "the governor", ("Lena Moritz", "governor", None)),
        ("Sen.", "the governor", (None, "governor", None)),
        # any member of a legislature is "the lawmaker" or "the congressman"
        ("Rep.", "the congressman", ("Lena Moritz", "Rep", None)),
        ("Sen.", "the lawmaker", ("Lena Moritz", "Sen", None)),
        ("Senator", "the lawmaker", ("Lena Moritz", "Senator", None)),
        ("Representative", "the congresswoman", ("Lena Moritz", "Representative", None)),
    ],
)
def test_an_epithet_after_a_short_title_is_its_holder_only_if_the_posts_agree(
    title: str, epithet: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    body = f'{title} Lena Moritz signed the budget on Friday.\n\n"This is a good day," {epithet} told reporters.'
    assert _placed(body) == [expected]


@pytest.mark.parametrize("title", ["Gov.", "Governor", "Sen."])
def test_the_candidate_is_the_elected_official_not_the_host_who_asked(title: str) -> None:
    body = (
        f"{title} Lena Moritz spoke at the convention on Friday. Radio host Sam Miller asked Moritz about "
        "her path to the nomination.\n\nThe candidate said she would win the primary in April."
    )
    assert [s.speaker for s in _statements(body) if s.cue == "said"] == ["Lena Moritz"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Mayor Élodie Martin said the bridge would reopen.", ("Élodie Martin", "Mayor", None)),
        ('"The bridge will reopen," said Élodie Martin, the mayor.', ("Élodie Martin", "mayor", None)),
        ("President Łukasz Wójcik said the bridge would reopen.", ("Łukasz Wójcik", "President", None)),
        ("Prime Minister Pavel Dvořák said the bridge would reopen.", ("Pavel Dvořák", "Prime Minister", None)),
        ("Mayor Ömer Yılmaz said the bridge would reopen.", ("Ömer Yılmaz", "Mayor", None)),
        ("Foreign Minister Mehmet Doğan said the bridge would reopen.", ("Mehmet Doğan", "Foreign Minister", None)),
        ("The minister, Seán Ó Briain, said the bridge would reopen.", ("Seán Ó Briain", "minister", None)),
        ("Minister Áine Ní Bhriain said the bridge would reopen.", ("Áine Ní Bhriain", "Minister", None)),
    ],
)
def test_a_capital_with_an_accent_opens_a_name_as_a_plain_one_does(
    body: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _placed(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        'Robert "Bobby" Lee, a state senator, said the bill would pass.',
        "Robert “Bobby” Lee, a state senator, said the bill would pass.",
        'Robert "Bobby" Lee, who chairs the panel, said the bill would pass.',
    ],
)
def test_a_quoted_nickname_inside_the_subject_s_name_opens_no_clause(body: str) -> None:
    assert [s.speaker for s in _statements(body)] == ["Robert Lee"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '"We will keep building," Premier Dan Archer said on Sunday.\n\n"We have delivered for Victorians."',
            ["We will keep building,", "We have delivered for Victorians."],
        ),
        (
            '"We will keep building," said Premier Dan Archer.\n\n"We have delivered."',
            ["We will keep building,", "We have delivered."],
        ),
        # a paragraph that quotes no one hands on nothing
        ('The premier was in Geelong on Sunday.\n\n"We have delivered."', []),
    ],
)
def test_a_short_quoted_paragraph_after_an_attributed_quote_goes_on_with_it(body: str, expected: list[str]) -> None:
    statements = _statements(body)
    assert [s.text for s in statements] == expected
    assert all(s.speaker == "Dan Archer" for s in statements)


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        ("said Senators Amy Cole and Rob Vance", ("Amy Cole", "Senator", None)),
        ("said Sens. Amy Cole and Rob Vance", ("Amy Cole", "Sen", None)),
        ("said Reps. Amy Cole and Rob Vance", ("Amy Cole", "Rep", None)),
        ("said Sens. Amy Cole (D-Ohio) and Rob Vance (R-Utah)", ("Amy Cole", "Sen", "Ohio")),
    ],
)
def test_a_title_of_two_after_the_verb_is_the_first_one_s(
    attribution: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _placed(f'"This bill is dead," {attribution}.') == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Brig. Gen. Tom Hale said the base would stay open.", ("Tom Hale", "Brigadier General", None)),
        ('"The base will stay open," said Brig. Gen. Tom Hale.', ("Tom Hale", "Brigadier General", None)),
        ("Cmdr. Tom Hale said the base would stay open.", ("Tom Hale", "Commander", None)),
        ('"The base will stay open," said Cdr. Tom Hale.', ("Tom Hale", "Commander", None)),
    ],
)
def test_a_brigadier_s_and_a_commander_s_short_rank_is_the_post_and_ends_no_sentence(
    body: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _placed(body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Wales' First Minister Rhodri Penn said waiting lists were falling.",
            ("Rhodri Penn", "First Minister", "Wales"),
        ),
        (
            "Wales’ First Minister Rhodri Penn said waiting lists were falling.",
            ("Rhodri Penn", "First Minister", "Wales"),
        ),
        (
            "Scotland's First Minister Rhodri Penn said waiting lists were falling.",
            ("Rhodri Penn", "First Minister", "Scotland"),
        ),
        (
            "Kerala's Finance Minister Anil Nair said waiting lists were falling.",
            ("Anil Nair", "Finance Minister", "Kerala"),
        ),
        ('"Lists are falling," said Wales\' First Minister Rhodri Penn.', ("Rhodri Penn", "First Minister", "Wales")),
        # a body's possessive is no region
        ("Oxfam's director Rhodri Penn said waiting lists were falling.", ("Rhodri Penn", "Oxfam's director", None)),
    ],
)
def test_a_place_in_the_possessive_before_a_post_is_its_region(
    body: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _placed(body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Mayor Lou Brandt of Dayton told reporters the river had crested.", ("Lou Brandt", "Mayor", "Dayton")),
        ('"The river has crested," said Mayor Lou Brandt of Dayton.', ("Lou Brandt", "Mayor", "Dayton")),
        ("Alderman Lou Brandt of Des Moines said the river had crested.", ("Lou Brandt", "Alderman", "Des Moines")),
        # a body after "of" is no town, nor a seat's number
        ("Mayor Lou Brandt of the City Council said the river had crested.", ("Lou Brandt", "Mayor", None)),
        (
            '"The river has crested," said Councilmember Lou Brandt of District 3.',
            ("Lou Brandt", "Councilmember", None),
        ),
    ],
)
def test_the_town_a_local_post_s_holder_is_of_is_the_region(
    body: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _placed(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "Alderman Pat Kowalczyk (12th) said the ward needed more police.",
        "Alderman Pat Kowalczyk (D-12th) said the ward needed more police.",
        "Alderman Pat Kowalczyk (12th Ward) said the ward needed more police.",
        '"The ward needs more police," said Alderman Pat Kowalczyk (12th).',
    ],
)
def test_a_ward_s_number_in_brackets_after_a_council_member_s_name_is_no_part_of_it(body: str) -> None:
    assert _placed(body) == [("Pat Kowalczyk", "Alderman", None)]


def test_a_councilmember_s_district_in_brackets_is_no_part_of_the_name() -> None:
    body = "Councilmember Dana Ruiz (District 3) said the vote was rushed."
    assert _placed(body) == [("Dana Ruiz", "Councilmember", None)]
