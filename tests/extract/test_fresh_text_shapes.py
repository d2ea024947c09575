"""Who said it and in what post, on shapes read in news articles the rules were not written
from: each row is a small invented article in that shape and what a reader must see."""

from __future__ import annotations

from datetime import UTC, datetime

from quotetrack.extract import ExtractedStatement
from quotetrack.ingest.sources import Source
from quotetrack.pipeline import process_source


def _statements(text: str, lang: str = "id") -> list[ExtractedStatement]:
    """The statements as ingest and `quotetrack extract` give them."""
    source = Source(location="article.txt", raw_text=text, raw_sha256="0", retrieved_at=datetime.now(UTC))
    return process_source(source, lang=lang).statements


def _who(text: str, lang: str = "id") -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.role) for s in _statements(text, lang)]


def test_a_capitalised_word_before_a_copula_after_menurut_post_is_no_name() -> None:
    text = (
        "Tugas Mulia ASN\n\nMenteri Agama Nasaruddin Umar menegaskan bahwa menjadi ASN adalah tugas mulia. "
        "“Menjadi ASN itu sangat mulia,” ujar Menag di Jakarta, Senin (14/7/2025). Menurut Menag, Al-Hilm "
        "adalah sifat Tuhan yang menunjukkan keteduhan dalam segala situasi. “Tidak mudah menjadi pegawai "
        "Kementerian Agama,” ucapnya.\n"
    )
    assert {speaker for speaker, _ in _who(text)} == {"Nasaruddin Umar"}
