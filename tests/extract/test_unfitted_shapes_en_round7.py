"""English copy, seventh round: a state of three words or with "the" in an aside after a senator's
name ("Senator X, from New South Wales,"), unnamed sources whose anonymity is a clause of its own
("who asked not to be named", "familiar with the matter", "one Western diplomat"), a father and
his son of one name ("X" and "X Jr."), and a quote left open at a paragraph's end that the next
paragraph goes on with. Each row is a small invented article (invented people and places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotetrack.pipeline import extract_files
from tests.extract.ingested import as_printed


def _printed(text: str, tmp_path: Path) -> list[dict[str, object]]:
    """The rows `quotetrack extract` prints for an article of paragraphs `text`."""
    path = tmp_path / "article.txt"
    path.write_text(f"Officials Respond\n\n{text}\n", encoding="utf-8")
    return list(extract_files([str(path)], lang="en", max_bytes=10**6))


@pytest.mark.parametrize(
    ("body", "region"),
    [
        ("Senator Gregory Fairbrother, from New South Wales, said the tax cuts were unfair.", "New South Wales"),
        ("Senator Gregory Fairbrother, of New South Wales, said the tax cuts were unfair.", "New South Wales"),
        (
            "Senator Gregory Fairbrother, from the Northern Territory, said the tax cuts were unfair.",
            "Northern Territory",
        ),
        # (the aside closes the sentence after the quote, and a party-and-state after a comma does too)
        ('"The tax cuts are unfair," said Senator Gregory Fairbrother, from New South Wales.', "New South Wales"),
        ('"The tax cuts are unfair," said Senator Gregory Fairbrother, from Queensland.', "Queensland"),
        ('"The tax cuts are unfair," said Sen. Gregory Fairbrother, D-Ohio.', "Ohio"),
    ],
)
def test_a_state_in_an_aside_is_where_the_senator_is_from(body: str, region: str, tmp_path: Path) -> None:
    assert [(speaker, region) for speaker, _, region in as_printed(body, tmp_path)] == [("Gregory Fairbrother", region)]


@pytest.mark.parametrize(
    "body",
    [
        "An official at the Finance Ministry, who asked not to be named, said the deficit would widen.",
        "An official at the Finance Ministry, who asked not to be identified, said the deficit would widen.",
        "A Finance Ministry official who asked not to be named said the deficit would widen.",
        "A Finance Ministry official who declined to be identified said the deficit would widen.",
        "Two sources familiar with the matter said the deficit would widen.",
        "People familiar with the matter said the deficit would widen.",
        # (as before: a capitalised word after "one", then the head in lower case)
        "One European official said the deficit would widen.",
    ],
)
def test_an_unnamed_source_says_what_follows_the_verb(body: str, tmp_path: Path) -> None:
    rows = _printed(body, tmp_path)
    assert [(r["speaker"], r["text"]) for r in rows] == [(None, "the deficit would widen")]


def test_one_diplomat_after_a_quote_is_unnamed(tmp_path: Path) -> None:
    body = '"The talks are stuck," one Western diplomat said, speaking on condition of anonymity.'
    assert [(r["speaker"], r["kind"]) for r in _printed(body, tmp_path)] == [(None, "direct")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Former governor Robert Kinsella said he was proud of his son.\n\n"
            '"I learned everything from my father," Robert Kinsella Jr. said.',
            ["Robert Kinsella", "Robert Kinsella Jr"],
        ),
        (
            "Henry Lindqvist Jr., the county sheriff, said the deputies had found the car.\n\n"
            "His father, former sheriff Henry Lindqvist, said he was not surprised.",
            ["Henry Lindqvist Jr", "Henry Lindqvist"],
        ),
        # ("Jr" and "Sr" are a letter apart: no misspelling of one name)
        (
            "Michael Albrecht Sr., the founder of the company, said he would step down.\n\n"
            "His son, Michael Albrecht Jr., said he was ready to lead.",
            ["Michael Albrecht Sr", "Michael Albrecht Jr"],
        ),
    ],
)
def test_a_father_and_his_son_of_one_name_are_two_people(text: str, expected: list[str], tmp_path: Path) -> None:
    rows = _printed(text, tmp_path)
    assert [r["speaker"] for r in rows] == expected
    assert rows[0]["official_id"] != rows[1]["official_id"]


def test_a_quote_left_open_goes_on_in_the_next_paragraph(tmp_path: Path) -> None:
    text = (
        "Fisheries Minister Ravi Mahalingam defended the ban.\n\n"
        '"We had no choice.\n\n'
        '"The stocks had collapsed," Mahalingam said.'
    )
    rows = _printed(text, tmp_path)
    assert [(r["speaker"], r["text"]) for r in rows] == [
        ("Ravi Mahalingam", "We had no choice."),
        ("Ravi Mahalingam", "The stocks had collapsed,"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        '"Inflation is falling," said central bank governor Ama Mensah.',
        "Ama Mensah, the central bank governor, said inflation was falling.",
    ],
)
def test_a_central_bank_s_governor_in_lower_case(body: str, tmp_path: Path) -> None:
    # ("bank" is an Indonesian word too, which kept it out of an English post's portfolio)
    assert as_printed(body, tmp_path) == [("Ama Mensah", "Central Bank Governor", None)]


@pytest.mark.parametrize(
    ("body", "described"),
    [
        ('"We call for calm," said Habib Umar Balogun, a cleric in Surakarta.', ("Umar Balogun", "cleric")),
        # (a title between the description and the name: "KH", "Ustaz")
        (
            "Islamic cleric KH Abdulrahim Pranadipta said the ulema council supported the decision.",
            ("Abdulrahim Pranadipta", "cleric"),
        ),
        ("Popular preacher Ustaz Hasibuan said the fatwa was binding.", ("Hasibuan", "popular preacher")),
    ],
)
def test_a_cleric_is_described(body: str, described: tuple[str, str], tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [described]


@pytest.mark.parametrize(
    "opening",
    [
        "The minister clashed with her brother, opposition leader Mark Trevanion, on Monday.",
        "Transport Minister Alice Trevanion and her brother, opposition leader Mark Trevanion, clashed on Monday.",
    ],
)
def test_a_post_after_a_kin_word_is_the_named_person_s(opening: str, tmp_path: Path) -> None:
    # (the kin word ends the post read back from the name: the minister is the sister)
    text = f'{opening}\n\n"It will never be built," said Mark Trevanion.'
    assert [(r["speaker"], r["role"]) for r in _printed(text, tmp_path)] == [("Mark Trevanion", "Opposition Leader")]


def test_the_australian_capital_territory_in_an_aside(tmp_path: Path) -> None:
    body = "Senator Lydia Haddington, from the Australian Capital Territory, said the bill was flawed."
    assert as_printed(body, tmp_path) == [("Lydia Haddington", "Senator", "Australian Capital Territory")]


@pytest.mark.parametrize(
    "body",
    [
        "Governor Kuswandono Setiabudhi said on Monday that 12 schools had been damaged.",
        "Governor Kuswandono Setiabudhi said Monday that 12 schools had been damaged.",
    ],
)
def test_that_after_the_day_before_a_number(body: str, tmp_path: Path) -> None:
    assert [r["text"] for r in _printed(body, tmp_path)] == ["12 schools had been damaged"]


@pytest.mark.parametrize(
    ("body", "post"),
    [
        (
            "Head of the National Disaster Mitigation Agency (BNPB) Lt. Gen. Wibowo Handoyono said 12 people"
            " were killed.",
            "Head of BNPB",
        ),
        (
            "Chairman of the General Elections Commission (KPU) Wibowo Handoyono said the count was complete.",
            "Chairman of KPU",
        ),
    ],
)
def test_a_post_with_its_body_s_short_form_before_the_name(body: str, post: str, tmp_path: Path) -> None:
    # (the bracket ended the post read back from the name: no post, or the rank after it as one)
    assert [row[:2] for row in as_printed(body, tmp_path)] == [("Wibowo Handoyono", post)]
