"""A cue with a pronoun's ending set in the middle of a sentence ("Warga di bantaran sungai,
katanya, diminta waspada"): what was said is the whole sentence, as around a named cue, so its
subject is kept; after an opening connective or circumstance it is what follows the cue. Every
row is a small invented article."""

from __future__ import annotations

import pytest

from tests.extract.ingested import statements


def _article(sentence: str) -> str:
    return (
        "Kabar Daerah\n\nBupati Mekarsari Rudi Hartawan meninjau lokasi banjir di Desa Sukamaju bersama"
        f" jajaran dinas terkait.\n\n{sentence}\n"
    )


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Warga di bantaran sungai, katanya, diminta waspada terhadap banjir susulan karena hujan masih turun.",
            "Warga di bantaran sungai, katanya, diminta waspada terhadap banjir susulan karena hujan masih turun",
        ),
        (
            "Lalu ketiga, lanjutnya, adalah perbaikan tanggul yang jebol di sepanjang sungai itu.",
            "Lalu ketiga, lanjutnya, adalah perbaikan tanggul yang jebol di sepanjang sungai itu",
        ),
        (
            "Dana darurat itu, ujarnya, akan disalurkan melalui pemerintah desa mulai pekan depan.",
            "Dana darurat itu, ujarnya, akan disalurkan melalui pemerintah desa mulai pekan depan",
        ),
        # after a connective or a circumstance, what was said follows the cue
        (
            "Namun, katanya, pemerintah kabupaten belum menetapkan status tanggap darurat bencana.",
            "pemerintah kabupaten belum menetapkan status tanggap darurat bencana",
        ),
        (
            "Selain itu, lanjutnya, dinas sosial membuka dapur umum di balai desa sejak pagi.",
            "dinas sosial membuka dapur umum di balai desa sejak pagi",
        ),
    ],
)
def test_the_subject_before_the_cue_stays_with_what_was_said(sentence: str, said: str) -> None:
    found = [s.text for s in statements(_article(sentence), "id")]
    assert found == [said]
