"""Indonesian speakers the rules were not fitted to, eleventh round: the attribution after a quote
holds more than the name ('kata Gubernur X (Kompas, 12/3/2021).', 'kata X. (*)'), stands alone in
the next paragraph ('"...?"' // 'kata X, Senin (8/3/2021).'), names a person by a word that also
reads as a common one ('tutur Lalu.' after 'Lalu Hendra Satria'), or greets instead of saying
('," begitu X menyapa seorang warga'); a "-nya" cue after a body's sentence is the person who
speaks for the body, and after "Hal senada disampaikan X" it is X's; a name with a long
description between commas, and "Berdasarkan keterangan yang disampaikan X, ...", introduce X.
Every row is a small invented article (invented people, real places)."""

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


def _paragraphs(*paragraphs: str) -> str:
    return "Kabar Daerah\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # a body opens the sentence before "ujarnya": the person who speaks for it, not the body
            _paragraphs(
                "MALANG, Warta Kita — Pemerintah kota mewajibkan tes cepat bagi pekerja dari luar daerah.",
                "Ketua Kamar Dagang dan Industri Kota Malang Hadi Purwanggono mengatakan, pada prinsipnya"
                " pengusaha mendukung kebijakan pemerintah kota.",
                "Namun, biaya tes menambah beban perusahaan.",
                "Kadin Kota Malang mengusulkan sanksi tegas bagi perusahaan yang melanggar protokol kesehatan.",
                "”Kami menilai sanksi lebih efektif daripada kewajiban tes setiap dua minggu,” ujarnya.",
            ),
            "Hadi Purwanggono",
        ),
        (
            # the body speaks in its own sentence, then "ujarnya": the one whose post is in it
            _paragraphs(
                "TEMANGGUNG, Warta Kita — Harga kopi di tingkat petani anjlok menjelang panen raya.",
                "Ketua Himpunan Petani Kopi Temanggung Sutomo Hadiprayitno mengatakan, harga biji kopi turun.",
                "Himpunan Petani Kopi Temanggung meminta pemerintah kabupaten membeli sebagian hasil panen.",
                "”Kalau tidak ada pembeli, kopi petani bisa busuk di gudang,” ujarnya.",
            ),
            "Sutomo Hadiprayitno",
        ),
        (
            # "Hal senada disampaikan X (20), ...": X, a resident, speaks next, not the one quoted before
            _paragraphs(
                "REMBANG, Warta Kita — Kelompok pemuda di Rembang menjaga telur penyu di pantai setiap malam.",
                "”Biar tidak mengantuk, kami bergantian berjaga,” ujar Sugiharto Wiryawan, ketua kelompok itu.",
                "Hal senada disampaikan Rahardi Setiabudi (20), anggota kelompok lainnya.",
                "Ia senang bisa ikut menjaga pantai bersama teman-temannya.",
                "Suatu malam dia pernah melihat ular di bibir pantai.",
                "”Waktu itu kami kaget, tetapi ularnya dibiarkan saja,” katanya.",
            ),
            "Rahardi Setiabudi",
        ),
        (
            # "Hal senada dikemukakan <a post too long to read as a run> X.": X speaks next
            _paragraphs(
                "JAKARTA, Warta Kita — Undang-undang baru dinilai melemahkan pengawasan perikanan.",
                "Direktur Eksekutif Lembaga Kajian Kelautan Kurniawati Sembiring mengatakan, penyusunan aturan"
                " minim partisipasi publik.",
                "”Kami tidak pernah diundang,” kata Kurniawati.",
                "Hal senada dikemukakan Koordinator Nasional Ocean Governance Watch (OGW) Indonesia Hadi Purwanggono.",
                "Pengelolaan perikanan membutuhkan kontrol atas kuota dan jumlah kapal.",
                "”Perangkat kontrol itu kini dihapus, eksploitasi bisa tak terkendali,” katanya.",
            ),
            "Hadi Purwanggono",
        ),
    ],
)
def test_a_nya_cue_goes_to_the_person_who_speaks_last(text: str, speaker: str) -> None:
    assert _quoted(text)[-1][0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # a name, then a description of it longer than a subject usually runs, between commas
            _paragraphs(
                "JAKARTA, Warta Kita — Kasus baru bertambah di Ibu Kota.",
                "Sutomo Hadiprayitno, peneliti senior di Center for Urban Studies, lembaga kajian perkotaan"
                " dan real estat Universitas Tarumanagara Jakarta, mengatakan, kasus turun dalam dua bulan terakhir.",
            ),
            "Sutomo Hadiprayitno",
        ),
        (
            # (the description ends with a city: no one's name)
            _paragraphs(
                "MEDAN, Warta Kita — Banjir merendam ratusan rumah.",
                "Sutomo Hadiprayitno, peneliti hidrologi di Pusat Studi Lingkungan dan Kebencanaan, lembaga"
                " kajian di bawah Fakultas Teknik Universitas Sumatera Utara Medan, mengatakan, drainase kota"
                " tidak mampu menampung hujan lebat.",
                "”Saluran air di kota ini dirancang untuk hujan tiga puluh tahun lalu,” katanya.",
            ),
            "Sutomo Hadiprayitno",
        ),
        (
            # "Berdasarkan keterangan tertulis yang disampaikan X, ...": X's statement, and X speaks next
            _paragraphs(
                "BOGOR, Warta Kita — Banjir melanda Cianjur selatan.",
                "Berdasarkan keterangan tertulis yang disampaikan prakirawan Stasiun Klimatologi Bogor Sutomo"
                " Hadiprayitno, banjir dipicu hujan lebat pada sore hari.",
                "Awal Oktober masih masa peralihan.",
                "”Awan hujan tumbuh cepat pada sore hari,” ujarnya.",
            ),
            "Sutomo Hadiprayitno",
        ),
    ],
)
def test_every_statement_goes_to_the_person_introduced(text: str, speaker: str) -> None:
    said = [s.speaker for s in statements(text, "id")]
    assert said and all(who == speaker for who in said)
