"""A statement of an unnamed source ("a senior government official, who spoke on condition of
anonymity, said ...") has no speaker: never the body the next paragraph names. Invented rows."""

from __future__ import annotations

import pytest

from tests.extract.ingested import who


@pytest.mark.parametrize(
    "lede",
    [
        "A senior government official, who spoke on condition of anonymity, said the reshuffle would take"
        " place next week.",
        "A senior government official said the reshuffle would take place next week.",
    ],
)
def test_an_unnamed_source_is_no_body_named_later(lede: str) -> None:
    text = f"Local News\n\n{lede}\n\nThe Health Ministry said in a statement that no new cases had been found.\n"
    assert who(text, "en") == [(None, None), ("Health Ministry", None)]


def test_a_report_in_the_lede_is_still_the_body_s_that_opens_the_next_paragraph() -> None:
    text = (
        "Audit Finds Waste\n\nMillions were wasted on consultants, a report says.\n\n"
        "The National Audit Office praised ministers for acting quickly but said the costs were too high.\n"
    )
    assert [speaker for speaker, _ in who(text, "en")] == ["National Audit Office", "National Audit Office"]
