"""English copy about Indonesia, third round: the police's chief detective before a rank of two
words, "reiterated that ...". Each row is a small invented article (invented people, bodies,
places), read as `quotetrack extract` prints it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.ingested import as_printed


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "Comr." (Komisaris) opens a rank of two words ("Comr. Gen.", Komjen): its full stop ends
        # no clause, and the post before it is the chief detective's, however it is worded
        (
            "Chief detective Comr. Gen. Wahyu Pranoto said the suspects had been arrested.",
            ("Wahyu Pranoto", "Chief Detective", None),
        ),
        (
            "Chief detective Insp. Gen. Dedi Marzuki said the evidence was sent to the laboratory.",
            ("Dedi Marzuki", "Chief Detective", None),
        ),
        (
            "Police chief detective Comr. Gen. Agus Priyono said three officers were questioned.",
            ("Agus Priyono", "Chief Detective", None),
        ),
        (
            "Chief of detectives Comr. Gen. Arief Sulistyo said the case was closed.",
            ("Arief Sulistyo", "Chief Detective", None),
        ),
        (
            "Jakarta Police spokesman Adj. Sr. Comr. Ade Purnama said the victim was stabbed twice.",
            ("Ade Purnama", "Jakarta Police Spokesperson", None),
        ),
    ],
)
def test_the_chief_detective_before_a_rank_of_two_words(
    body: str, expected: tuple[str | None, str | None, str | None], tmp_path: Path
) -> None:
    assert as_printed(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # "reiterated/repeated/restated that ...": the clause after "that" is what was said
        "Trade Minister Agus Hartono reiterated that the tariffs were temporary.",
        "Trade Minister Agus Hartono repeated that the tariffs on rice would be lifted next year.",
        "Trade Minister Agus Hartono restated that exports would keep growing.",
        "Trade Minister Agus Hartono reiterates that the tariffs were temporary.",
        "Trade Minister Agus Hartono on Monday reiterated that the tariffs were temporary.",
    ],
)
def test_reiterated_that_reports_speech(sentence: str, tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(sentence, tmp_path)] == [("Agus Hartono", "Trade Minister")]


def test_repeating_an_exercise_is_no_statement(tmp_path: Path) -> None:
    assert as_printed("The navy repeated the exercise off Natuna on Monday.", tmp_path) == []
