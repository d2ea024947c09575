"""English news shapes read in wire, broadsheet and regional copy: who said it, in what post and
region. Each row is a small invented article in one shape; a failing row is a gap in reading
English, not in any one article."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from quotetrack.extract import ExtractedStatement
from quotetrack.ingest.sources import Source
from quotetrack.pipeline import process_source


def _statements(body: str) -> list[ExtractedStatement]:
    text = f"Budget Row Deepens\n\n{body}\n"
    source = Source(location="article.txt", raw_text=text, raw_sha256="0", retrieved_at=datetime.now(UTC))
    return process_source(source, lang="en").statements


def _who(body: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.role) for s in _statements(body)]


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
