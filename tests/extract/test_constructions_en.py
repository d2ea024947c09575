"""English attribution as news style books set it out, one construction a row: who said it, in
what post, and what they said. The articles are invented; the constructions are the language's
(wire and newspaper style), not any one article's, so a row that fails is a gap in reading
English, wherever it occurs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from quotetrack.ingest.sources import Source
from quotetrack.pipeline import process_source

_LEDE = "Finance Minister Tomas Reyes presented the budget on Tuesday."


def _read(paragraphs: str, lede: str = _LEDE) -> list[tuple[str | None, str | None, str]]:
    """(speaker, role, text) of each statement of an article: a headline, the lede, then `paragraphs`."""
    text = f"Budget Presented\n\n{lede}\n\n{paragraphs}\n"
    source = Source(location="article.txt", raw_text=text, raw_sha256="0", retrieved_at=datetime.now(UTC))
    return [(s.speaker, s.role, s.text) for s in process_source(source, lang="en").statements]


_CONTENT = "The plan will raise two billion dollars a year"


@pytest.mark.parametrize(
    ("attribution", "role"),
    [
        ("Tomas Reyes said", "Finance Minister"),
        ("Finance Minister Tomas Reyes said", "Finance Minister"),
        ("said Finance Minister Tomas Reyes", "Finance Minister"),
        ("Tomas Reyes, the finance minister, said", "finance minister"),
        ("Tomas Reyes, the finance minister, told parliament on Wednesday", "finance minister"),
        ("the finance minister, Tomas Reyes, said", "finance minister"),
        ("Reyes, the finance minister, said", "finance minister"),
        ("according to Finance Minister Tomas Reyes", "Finance Minister"),
    ],
)
def test_reported_speech_before_its_attribution(attribution: str, role: str) -> None:
    assert _read(f"{_CONTENT}, {attribution}.") == [("Tomas Reyes", role, _CONTENT)]


@pytest.mark.parametrize(
    ("attribution", "role"),
    [
        ("Tomas Reyes, the finance minister, said", "finance minister"),
        ("the finance minister, Tomas Reyes, told parliament", "finance minister"),
        ("said Tomas Reyes, the finance minister", "Finance Minister"),  # (the lede's fuller post)
    ],
)
def test_a_quote_before_a_name_and_post_in_apposition(attribution: str, role: str) -> None:
    assert _read(f'"{_CONTENT}," {attribution}.') == [("Tomas Reyes", role, f"{_CONTENT},")]


def test_an_age_and_a_relative_clause_between_the_subject_and_the_verb() -> None:
    found = _read("Reyes, 54, who came to office in 2021, said the deficit would fall by half.")
    assert found == [("Tomas Reyes", "Finance Minister", "the deficit would fall by half")]


def test_a_concession_after_the_attribution_is_a_second_statement() -> None:
    found = _read(f"{_CONTENT}, Reyes told parliament, though he conceded that borrowing would rise next year.")
    assert found == [
        ("Tomas Reyes", "Finance Minister", _CONTENT),
        ("Tomas Reyes", "Finance Minister", "borrowing would rise next year"),
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a quoted sentence after reported speech goes on with it, in the paragraph or the next
        'Reyes said the deficit would fall. "We kept our word."',
        'Reyes said the deficit would fall.\n\n"We kept our word."',
    ],
)
def test_a_short_quote_after_reported_speech_is_the_same_speaker_s(paragraphs: str) -> None:
    found = _read(paragraphs)
    assert found[-1] == ("Tomas Reyes", "Finance Minister", "We kept our word.")


def test_a_quote_left_open_at_a_paragraph_s_end_goes_on_in_the_next() -> None:
    found = _read('"The deficit will fall," Reyes said. "We kept our word.\n\n"Nobody believed us."')
    assert [text for _, _, text in found] == ["The deficit will fall,", "We kept our word.", "Nobody believed us."]
    assert {speaker for speaker, _, _ in found} == {"Tomas Reyes"}


def test_a_short_quote_after_narration_is_nobody_s() -> None:
    # (no speech verb before it: a slogan or a sign, not the minister's words)
    found = _read('Protesters gathered outside the ministry. "No more cuts."')
    assert found == []
