"""Dates in Indonesian/English copy, sentence splitting, language detection."""

from datetime import date

import pytest

from quotetrack.text import detect_language, find_dates, split_paragraphs, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamis, 30/5/ 2024", date(2024, 5, 30)),
        ("kata dia, Senin (20/10/2025).", date(2025, 10, 20)),
        ("Jumat (3/6/2024)", date(2024, 6, 3)),  # day first, never 6 March
        ("pada 30 Mei 2024 lalu", date(2024, 5, 30)),
        ("said on Oct. 20, 2025", date(2025, 10, 20)),
        ("on 5 October 2025", date(2025, 10, 5)),
        ("Rabu (8/10)", date(2025, 10, 8)),  # no year: the reference year
    ],
)
def test_date_forms(text, expected):
    assert [d.value for d in find_dates(text, date(2025, 12, 1))] == [expected]


@pytest.mark.parametrize("text", ["tahun 2024", "Agustus 2024", "1. Kabupaten Bima", "naik 3/4 persen", "(31/2/2024)"])
def test_not_dates(text):
    assert find_dates(text, date(2025, 1, 1)) == []


def test_offsets_point_at_the_date():
    text = "Ia berbicara di Pekanbaru, Senin (20/10/2025)."
    (found,) = find_dates(text)
    assert "20/10/2025" in text[found.start : found.end]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Dr. Imran hadir. Ia memberi arahan.", 2),
        ("Pj. Bupati Subang, Dr. Drs. H. Imran, MA.Cd hadir di Kab. Subang. Rapat dimulai.", 2),
        ("Ir. H. Joko berbicara. Prof. Dr. Ani menjawab! Apa hasilnya? Belum jelas.", 4),
        ('"Kami siap." Ia lalu pergi.', 2),
        ("Mr. Smith said so. Then he left.", 2),
    ],
)
def test_sentences_do_not_split_at_titles(text, count):
    spans = split_sentences(text)
    assert len(spans) == count
    assert "".join(text[s.start : s.end] for s in spans).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Polisi menahan empat tersangka, yakni DS, ARH, ZF dan MA. Kapolres mengatakan keempatnya ditahan.", 2),
        ("Hal itu disampaikan Dr. Imran, MA. Dia menambahkan hal lain.", 1),
        ("Rektor Budi Santoso MA. Sitorus hadir.", 1),
    ],
)
def test_a_degree_after_a_word_in_lower_case_is_initials_that_end_a_sentence(text, count):
    assert len(split_sentences(text)) == count


def test_paragraph_spans_are_trimmed():
    text = "  satu  \n\n dua\n"
    assert [text[p.start : p.end] for p in split_paragraphs(text)] == ["satu", "dua"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gubernur mengatakan bahwa harga cabai akan turun dalam waktu dekat.", "id"),
        ("The governor said that the price of chillies would fall soon.", "en"),
        ("", "id"),
    ],
)
def test_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No year and no reference: the weekday picks among the years the text mentions, latest first.
        ("Keputusan Nomor 7 Tahun 2025 mengubah UU Tahun 2008, kata Ketua KPU, Senin (15/9).", [date(2025, 9, 15)]),
        ("Anggaran tahun 2026 dibahas lagi, kata dia, Senin (15/9).", []),  # 15/9/2026 is a Tuesday
        ("kata dia, Senin (15/9).", []),  # no year anywhere
        ("Sidang digelar (15/9) sesuai jadwal tahun 2025.", []),  # no weekday: no year to infer
    ],
)
def test_a_yearless_day_takes_a_year_of_the_text_where_its_weekday_fits(text, expected):
    assert [d.value for d in find_dates(text)] == expected


def test_a_weekday_date_beats_a_historic_one_for_the_publication_date():
    from quotetrack.text import prepare

    raw = (
        "KPU Rahasiakan Dokumen\n\nKPU merahasiakan dokumen sesuai Keputusan Nomor 731 Tahun 2025, "
        "kata Ketua KPU di Jakarta, Senin (15/9). Aturan itu berlaku sejak 17 Agustus 1945, ujarnya."
    )
    assert prepare(raw)[1].published == date(2025, 9, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jakarta, Rabu (8/10/2025). Gubernur meresmikan jembatan.", date(2025, 10, 8)),
        # 8 October 2028 is a Sunday: the year is a slip, the next date is taken instead.
        ("Jakarta, Rabu (8/10/2028). Gubernur meresmikan jembatan pada 7 Oktober 2025.", date(2025, 10, 7)),
        ("Jakarta, Rabu (8/10/2028). Gubernur meresmikan jembatan.", None),
        ("Gubernur meresmikan jembatan pada 7 Oktober 2025.", date(2025, 10, 7)),  # no weekday to contradict
    ],
)
def test_a_date_its_weekday_contradicts_is_not_the_publication_date(text, expected):
    from quotetrack.text import first_date

    assert first_date(text) == expected
