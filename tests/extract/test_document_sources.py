"""A law, a regulation or a decree as the source of a view ("Menurut UU ...", "According to the
law, ..."): no person says it, so no statement is attributed, and the last capitalised words of
the document's title are never taken for a name."""

from __future__ import annotations

import pytest

from quotetrack.extract import extract

DOCUMENTS = [
    "Menurut UU Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan, perppu harus dibahas "
    "pada masa sidang berikutnya.",
    "Menurut Surat Edaran Menteri PANRB, pegawai dilarang mengunggah foto bersama calon kepala daerah.",
    "Menurut Keputusan Presiden Nomor 12 Tahun 2020, pandemi ditetapkan sebagai bencana nasional nonalam.",
    "Menurut regulasi itu, harga pembelian di tingkat petani ditetapkan sembilan ribu rupiah per kilogram.",
    "According to Article 280 of the Election Law, campaigners may not involve village heads.",
    "According to the law, civil servants must remain neutral during the election campaign.",
]


@pytest.mark.parametrize("sentence", DOCUMENTS)
def test_a_document_as_the_source_is_no_speaker(sentence: str) -> None:
    text = f"Berita\n\n{sentence}\n"
    speakers = [s.speaker for s in extract(text).statements]
    assert speakers == [], speakers


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Menurut Ketua KPU Kabupaten Garut, Dian Hasanudin, seluruh logistik pemilu sudah tiba di gudang.",
            "Dian Hasanudin",
        ),
        ("Menurut Bupati Subang Ruhimat, pasar baru akan dibangun tahun depan dengan dana daerah.", "Ruhimat"),
        ("According to Law Minister Ratna Wulandari, the bill will be debated next month.", "Ratna Wulandari"),
    ],
)
def test_a_person_as_the_source_still_speaks(sentence: str, speaker: str) -> None:
    text = f"Berita\n\n{sentence}\n"
    assert [s.speaker for s in extract(text).statements] == [speaker]
