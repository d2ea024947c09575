"""Indonesian speakers the rules were not fitted to, eleventh round: the attribution after a quote
holds more than the name ('kata Gubernur X (Kompas, 12/3/2021).', 'kata X. (*)'), stands alone in
the next paragraph ('"...?"' // 'kata X, Senin (8/3/2021).'), names a person by a word that also
reads as a common one ('tutur Lalu.' after 'Lalu Hendra Satria'), or greets instead of saying
('," begitu X menyapa seorang warga'). Every row is a small invented article (invented people,
real places)."""

from __future__ import annotations

import pytest

from tests.extract.ingested import statements


def _quoted(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker, post) of each direct quote of an invented Indonesian article."""
    return [(s.speaker, s.role) for s in statements(text, "id") if s.kind.value == "direct"]


@pytest.mark.parametrize(
    ("text", "speaker", "post"),
    [
        (
            # an earlier report cited in brackets after the name
            "Bantuan Banjir\n\nMATARAM, Warta Kita — Gubernur NTB Sutarja Wirasena mengatakan, bantuan"
            " dikirim pekan depan.\n\nHujan deras mengguyur sejumlah kabupaten.\n\n”Kami tidak ingin ada"
            " warga yang kelaparan,” kata Gubernur NTB Sutarja Wirasena (Kompas, 12/3/2021).\n",
            "Sutarja Wirasena",
            "Gubernur",
        ),
        (
            # the editor's end mark after the full stop
            "Bintara Baru\n\nSEMARANG, Warta Kita — Kepala Biro SDM Polda Jateng Kurniadi Sasmita"
            " mengatakan, pola baru ini menghasilkan personel terampil.\n\n”Kami berharap mendapat bintara"
            " yang siap bekerja sejak hari pertama,” kata Kurniadi. (*)\n",
            "Kurniadi Sasmita",
            "Kepala Biro SDM Polda",
        ),
        (
            # the attribution cut off from its quote by a line break
            "Pelonggaran\n\nDEPOK, Warta Kita — Pengamat kebijakan publik Harjito Gandarasa mengkritik"
            " kebijakan pemerintah kota.\n\nKasus baru terus bertambah.\n\nSementara itu, warga mulai"
            " kembali ke pasar.\n\n”Apakah pemerintah sudah menghitung risikonya? Siapa yang menanggung"
            " jika rumah sakit penuh?”\n\nkata Harjito, Senin (8/3/2021).\n",
            "Harjito Gandarasa",
            "Pengamat kebijakan publik",
        ),
        (
            # a Sasak noble's title, also the word for "then", as the short name
            "Harga Sapi\n\nSEMARANG, Warta Kita — Kepala Dinas Peternakan Jawa Tengah Lalu M Satria"
            " menuturkan, stok daging masih mencukupi.\n\nDi tingkat peternak, harga sapi menurun.\n\n"
            "”Tahun ini harga justru turun sekitar Rp 1 juta per ekor,” tutur Lalu.\n",
            "Lalu M Satria",
            "Kepala Dinas Peternakan",
        ),
        (
            # a greeting, "so" and the speaker before the verb
            "Telepon Warga\n\nMADIUN, Warta Kita — Wali Kota Madiun Rosalina Wibisana menelepon warga yang"
            " menjalani isolasi mandiri.\n\nIa menanyakan kondisi mereka satu per satu.\n\n”Bagaimana kabarnya,"
            " Pak? Sudah minum obat?” begitu Rosalina menyapa salah satu warga, Rabu (6/5/2020) siang.\n",
            "Rosalina Wibisana",
            "Wali Kota",
        ),
    ],
)
def test_the_quote_goes_to_the_person_its_attribution_names(text: str, speaker: str, post: str) -> None:
    assert _quoted(text)[-1] == (speaker, post)


def test_a_field_named_with_the_same_word_makes_no_one_of_it() -> None:
    # 'Direktur Lalu Lintas' before: "Lalu" opened no one's name, so 'ujar Lalu.' names no one
    # the article knows (the sentence is odd copy; the quote must not go to a person "Lalu")
    text = (
        "Arus Mudik\n\nSEMARANG, Warta Kita — Direktur Lalu Lintas Polda Jateng Kurniadi Sasmita"
        " mengatakan, arus mudik mulai padat.\n\n”Kendaraan pribadi naik dua kali lipat,” ujar Lalu.\n"
    )
    assert all(speaker != "Lalu" for speaker, _ in _quoted(text))
