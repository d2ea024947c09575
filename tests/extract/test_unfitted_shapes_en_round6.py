"""English copy, sixth round: British local news ("Cllr X (Lab, Riverside)"), a police or
military rank spelled out between a post and the name ("National Police spokesman Inspector
General X"), a rank abbreviated after a quote ('," Police chief Comr. X told ...'), "the
accused" in a court report (a noun, no speech verb) and a party's local chapter. Each row is a
small invented article (invented people and places), read as `quotetrack extract` prints it."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotetrack.pipeline import extract_files
from tests.extract.ingested import as_printed


def _printed(body: str, tmp_path: Path) -> list[dict[str, object]]:
    """The rows `quotetrack extract` prints for an article whose one paragraph is `body`."""
    path = tmp_path / "article.txt"
    path.write_text(f"Officials Respond\n\n{body}\n", encoding="utf-8")
    return list(extract_files([str(path)], lang="en", max_bytes=10**6))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "Cllr" without its dot is the councillor's title, not the first word of the name
        (
            'Cllr Maud Fenwick (Lab, Brookvale) said: "Residents have waited three years."',
            ("Maud Fenwick", "Councillor", "Brookvale"),
        ),
        ('"We were not consulted," said Cllr Owen Pryce (Con).', ("Owen Pryce", "Councillor", None)),
        ('Cllr Owen Pryce said: "The bus lane will stay."', ("Owen Pryce", "Councillor", None)),
    ],
)
def test_cllr_is_a_councillor_s_title(body: str, expected: tuple[str, str, str | None], tmp_path: Path) -> None:
    assert as_printed(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "National Police spokesman Inspector General Tegar Pranata said the suspects were arrested on Sunday.",
            ("Tegar Pranata", "National Police Spokesperson"),
        ),
        (
            "National Police spokesman Senior Commissioner Tegar Pranata said the suspects were arrested on Sunday.",
            ("Tegar Pranata", "National Police Spokesperson"),
        ),
        (
            "Army spokesman Major General Tegar Pranata said the troops had left the village.",
            ("Tegar Pranata", "Army Spokesperson"),
        ),
        # (after a body, no post before it, the words are the post: the ministry's inspector general)
        (
            "Agriculture Ministry Inspector General Tegar Pranata said the audit was complete.",
            ("Tegar Pranata", "Inspector General"),
        ),
    ],
)
def test_a_spelled_out_rank_after_a_post_is_the_person_s(body: str, expected: tuple[str, str], tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        '"The investigation is ongoing," Cendanasari Police chief Comr. Tegar Pranata told reporters.',
        '"The investigation is ongoing," Cendanasari Police chief Adj. Sr. Comr. Tegar Pranata said on Friday.',
    ],
)
def test_an_abbreviated_rank_after_a_quote_ends_no_sentence(body: str, tmp_path: Path) -> None:
    rows = _printed(body, tmp_path)
    # (a full stop read as the sentence's end made the quote a reported clause of its own)
    assert [(r["speaker"], r["kind"], r["text"]) for r in rows] == [
        ("Tegar Pranata", "direct", "The investigation is ongoing,")
    ]


@pytest.mark.parametrize(
    "body",
    [
        'Prosecutor Lena Cendrawati told the jury that the accused "planned every step".',
        'Prosecutor Lena Cendrawati said the accused "planned every step".',
    ],
)
def test_the_accused_is_a_noun_not_a_speech_verb(body: str, tmp_path: Path) -> None:
    rows = as_printed(body, tmp_path)
    assert rows and all(row[:2] == ("Lena Cendrawati", "Prosecutor") for row in rows)


def test_a_party_s_local_chapter_stays_whole(tmp_path: Path) -> None:
    body = (
        "Tegar Sudarmaji, who is also the chairman of the Cendanasari chapter of the Golkar Party,"
        " said the coalition was solid."
    )
    assert [row[:2] for row in as_printed(body, tmp_path)] == [
        ("Tegar Sudarmaji", "Chairman of the Cendanasari chapter of the Golkar Party")
    ]


@pytest.mark.parametrize(
    "body",
    [
        '"We have made three arrests," a police spokeswoman said.',
        '"We have made three arrests," a police spokesman said on Sunday.',
        '"We are reviewing the decision," a council spokesman said.',
    ],
)
def test_a_spokesperson_of_a_body_in_lower_case_after_a_quote(body: str, tmp_path: Path) -> None:
    rows = _printed(body, tmp_path)
    # the quote is handed on to someone of a body the words leave unnamed: no one named speaks it
    assert [(r["kind"], r["speaker"]) for r in rows] == [("direct", None)]
    assert not str(rows[0]["text"]).startswith('"')


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Westminster copy names a member of parliament by the seat ("the member for X")
        ('"We have had enough," said Tegar Wicaksono, the Labor member for Wallaroo.', ("Labor", "Wallaroo")),
        ('"We have had enough," said Tegar Wicaksono, Nationals member for Wallaroo.', ("Nationals", "Wallaroo")),
        (
            "Tegar Wicaksono, the Liberal member for Wallaroo, said the hospital was short of staff.",
            ("Liberal", "Wallaroo"),
        ),
    ],
)
def test_a_party_s_member_for_a_seat(body: str, expected: tuple[str, str], tmp_path: Path) -> None:
    party, seat = expected
    assert as_printed(body, tmp_path) == [("Tegar Wicaksono", f"{party} Member of Parliament", seat)]


def test_a_councillor_for_a_ward_is_no_member_of_parliament(tmp_path: Path) -> None:
    body = '"We were not consulted," said Tegar Wicaksono, the Labour member for Brookvale ward.'
    assert all(row[1] is None or "Parliament" not in row[1] for row in as_printed(body, tmp_path))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "According to Cllr Maud Fenwick, the council's deputy leader, the cuts could have been avoided.",
            ("Maud Fenwick", "Deputy Leader", "the cuts could have been avoided"),
        ),
        (
            "According to Maud Fenwick, the chief executive of Westvale Council, the budget is balanced.",
            ("Maud Fenwick", "Chief Executive of Westvale Council", "the budget is balanced"),
        ),
        # (no post between the commas: the words after the name are what was said)
        (
            "According to Maud Fenwick, the report, published on Monday, found serious failings.",
            ("Maud Fenwick", None, "the report, published on Monday, found serious failings"),
        ),
    ],
)
def test_according_to_a_name_and_its_post_between_commas(
    body: str, expected: tuple[str, str | None, str], tmp_path: Path
) -> None:
    rows = _printed(body, tmp_path)
    assert [(r["speaker"], r["role"], r["text"]) for r in rows] == [expected]


@pytest.mark.parametrize(
    ("body", "region"),
    [
        ('Senator Hamish Torrance, from Queensland, said the vote was "a disgrace".', "Queensland"),
        ('Senator Hamish Torrance, of Ohio, said the vote was "a disgrace".', "Ohio"),
        # (an aside that names no state gives no region)
        ('Senator Hamish Torrance, from the farm lobby, said the vote was "a disgrace".', None),
    ],
)
def test_a_state_in_an_aside_after_the_name(body: str, region: str | None, tmp_path: Path) -> None:
    assert as_printed(body, tmp_path) == [("Hamish Torrance", "Senator", region)]
