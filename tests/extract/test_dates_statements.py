"""The day a statement was made: the day its attribution gives, else the publication date.

Made-up sentences. Publication: Wednesday 22 October 2025 unless a case says otherwise.
"""

from datetime import date

import pytest

from quotetrack.extract import extract
from quotetrack.extract.dating import statement_date
from quotetrack.text.meta import ArticleMeta

PUBLISHED = date(2025, 10, 22)  # a Wednesday

ID_CASES = [
    # The attribution dates the utterance.
    (
        '"Stok beras aman," ujar Budi dalam keterangan resminya yang diterbitkan Pemkab Garut Senin (20/10/2025).',
        date(2025, 10, 20),
    ),
    (
        '"Stok beras aman," kata Budi dalam keterangan tertulis yang diterima wartawan, Selasa (21/10).',
        date(2025, 10, 21),
    ),
    ('"Stok beras aman," kata Bupati Garut Budi Santoso, Selasa (21/10/2025).', date(2025, 10, 21)),
    ('"Stok beras aman," ujarnya di Garut, Senin (20/10).', date(2025, 10, 20)),
    ('"Stok beras aman," kata Budi Santoso kepada wartawan, Senin.', date(2025, 10, 20)),
    ('"Stok beras aman," kata Budi Santoso, Rabu.', date(2025, 10, 22)),  # the day of publication
    ('"Stok beras aman," kata Budi Santoso, Rabu lalu.', date(2025, 10, 15)),
    # (news-agency style: where and when closing a reported statement)
    ("Bupati Garut Budi Santoso mengatakan stok beras di seluruh kecamatan aman, di Garut, Senin.", date(2025, 10, 20)),
    # (an event's day and place inside what was said: no comma before "di")
    ("Bupati Garut Budi Santoso mengatakan rapat stok beras akan digelar di Garut, Jumat.", PUBLISHED),
    ('"Stok beras aman," kata Budi Santoso kemarin.', date(2025, 10, 21)),
    ("Di Garut, Senin (20/10), Bupati Budi Santoso mengatakan bahwa stok beras aman.", date(2025, 10, 20)),
    ("Budi Santoso mengatakan, Selasa (21/10), bahwa stok beras aman sampai akhir tahun.", date(2025, 10, 21)),
    (
        '"Stok beras aman sampai akhir tahun," kata Budi Santoso.\nHal itu disampaikan Budi di Garut, Senin (20/10).',
        date(2025, 10, 20),
    ),
    # A date written with its year may lie further back: the text says so outright.
    ('"Stok beras aman," kata Budi Santoso, Senin (6/10/2025).', date(2025, 10, 6)),
    # No day given for the utterance: the publication date.
    ('"Stok beras aman," kata Bupati Garut Budi Santoso.', PUBLISHED),
    # A date inside the quote is the day of what the quote tells.
    ('"Pada Senin (13/10) kami mengirim surat ke gubernur," kata Budi Santoso.', PUBLISHED),
    ('"Surat tertanggal 10 Oktober 2025 sudah kami kirim," ujar Budi Santoso.', PUBLISHED),
    # A date of another event in the sentence.
    ("Budi Santoso mengatakan pasien itu dirawat sejak Minggu (19/10) di rumah sakit daerah.", PUBLISHED),
    ('"Pasien sudah membaik," kata Budi Santoso, yang menjenguk pasien sejak Senin (20/10).', PUBLISHED),
    ("Menurut Budi Santoso, jalan itu rusak sejak Senin (13/10).", PUBLISHED),
    # Never after publication; a day without its year not more than 7 days before.
    ('"Stok beras aman," kata Budi Santoso, Jumat (24/10).', PUBLISHED),
    ('"Stok beras aman," kata Budi Santoso, Senin (6/10).', PUBLISHED),
    # "minggu lalu" is last week, not a Sunday: a week before publication.
    ('"Stok beras aman," kata Budi Santoso pada rapat minggu lalu.', date(2025, 10, 15)),
    # Days counted back from publication; a weekday "pekan lalu" is in the week before publication's.
    ('"Stok beras aman," kata Budi Santoso dua hari lalu.', date(2025, 10, 20)),
    ('"Stok beras aman," ujar Budi Santoso 3 hari yang lalu.', date(2025, 10, 19)),
    ('"Stok beras aman," kata Budi Santoso kemarin lusa.', date(2025, 10, 20)),
    ('"Stok beras aman," kata Budi Santoso pekan lalu.', date(2025, 10, 15)),
    ('"Stok beras aman," kata Budi Santoso, Senin pekan lalu.', date(2025, 10, 13)),
    ('"Stok beras aman," kata Budi Santoso, Jumat minggu lalu.', date(2025, 10, 17)),
    ("Budi Santoso, dua hari lalu, mengatakan stok beras di gudang pemerintah daerah aman.", date(2025, 10, 20)),
    # ... but "a few days ago" names no day, and another event's day or the quote's is theirs.
    ('"Stok beras aman," kata Budi Santoso beberapa hari lalu.', PUBLISHED),
    ('"Stok beras aman," kata Budi Santoso akhir pekan lalu.', PUBLISHED),
    ('"Stok beras aman," kata Budi Santoso pertengahan pekan lalu.', PUBLISHED),
    ('"Banjir melanda tiga desa dua hari lalu," kata Budi Santoso.', PUBLISHED),
    ('"Stok beras aman," kata Budi Santoso, yang meninjau gudang pekan lalu.', PUBLISHED),
    ("Budi Santoso mengatakan jalan itu rusak sejak dua hari lalu akibat hujan deras.", PUBLISHED),
]

EN_CASES = [
    ('"The rice stock is safe," Governor John Smith said on Monday.', date(2025, 10, 20)),
    ('"The rice stock is safe," said Governor John Smith on Tuesday, Oct. 21.', date(2025, 10, 21)),
    ("Governor John Smith told reporters on Oct. 20 that the rice stock was safe.", date(2025, 10, 20)),
    ('"The rice stock is safe," Governor John Smith said Monday.', date(2025, 10, 20)),
    ("Speaking in Leeds on Monday, Governor John Smith said the rice stock was safe.", date(2025, 10, 20)),
    ('"The rice stock is safe," Governor John Smith said last Wednesday.', date(2025, 10, 15)),
    ('"The rice stock is safe," Governor John Smith said yesterday.', date(2025, 10, 21)),
    ("Governor John Smith said last night that the rice stock was safe.", date(2025, 10, 21)),
    ('Governor John Smith told the BBC last night: "The rice stock is safe."', date(2025, 10, 21)),
    ("Governor John Smith told BBC Radio 4's Today programme that the rice stock was safe.", PUBLISHED),
    ('"The rice stock is safe," Governor John Smith said on 6 October 2025.', date(2025, 10, 6)),
    ('"The rice stock is safe," Governor John Smith said.', PUBLISHED),
    # The programme's day, a letter's date, another person's day, a day inside the quote.
    ("Governor John Smith told the station's Sunday programme that the rice stock was safe.", PUBLISHED),
    ('"We sent the letter on Monday," Governor John Smith said.', PUBLISHED),
    ('"The rice stock is safe," said Governor John Smith, who was admitted to hospital on Monday.', PUBLISHED),
    ("Governor John Smith said a letter dated Oct. 10 showed that the rice stock was safe.", PUBLISHED),
    ('"The rice stock is safe," Governor John Smith said on Friday.', date(2025, 10, 17)),  # not the 24th
    ('"The rice stock is safe," Governor John Smith said on Oct. 6.', PUBLISHED),  # 16 days, no year
]


def _date_of(text: str, lang: str, published: date | None = PUBLISHED) -> date | None:
    statements = extract(text, meta=ArticleMeta(published=published, language=lang), lang=lang).statements
    assert statements, "the sentence must hold a statement"
    return statements[0].date


@pytest.mark.parametrize(("text", "expected"), ID_CASES)
def test_indonesian_statement_dates(text, expected):
    assert _date_of(text, "id") == expected


@pytest.mark.parametrize(("text", "expected"), EN_CASES)
def test_english_statement_dates(text, expected):
    assert _date_of(text, "en") == expected


def test_without_a_publication_date_only_a_date_with_its_year_counts():
    assert _date_of('"Stok beras aman," kata Budi Santoso, Selasa (21/10/2025).', "id", None) == date(2025, 10, 21)
    assert _date_of('"Stok beras aman," kata Budi Santoso, Senin.', "id", None) is None


def test_a_day_late_in_december_read_in_january_is_last_year():
    text = '"Stok beras aman," kata Budi Santoso, Senin (29/12).'
    assert _date_of(text, "id", date(2026, 1, 2)) == date(2025, 12, 29)


def test_no_cue_means_the_publication_date():
    text = "Kata dia, Senin (20/10), stok aman."
    assert statement_date(text, start=18, end=len(text), kind="indirect", cue=None, published=PUBLISHED) == PUBLISHED


def test_a_day_that_opens_the_sentence_dates_the_verb_after_it():
    text = "Saat ditemui di kantornya, Senin (20/10), Budi Santoso mengatakan stok beras aman."
    start = text.index("stok")
    got = statement_date(text, start=start, end=len(text) - 1, kind="indirect", cue="mengatakan", published=PUBLISHED)
    assert got == date(2025, 10, 20)
    text = "Pasien yang dirawat sejak Senin (20/10), kata Budi Santoso, sudah pulang."
    start = text.index("sudah")
    got = statement_date(text, start=start, end=len(text) - 1, kind="indirect", cue="kata", published=PUBLISHED)
    assert got == PUBLISHED


def _dates(text: str) -> list[tuple[str | None, date | None]]:
    meta = ArticleMeta(published=PUBLISHED, language="id")
    return [(s.speaker, s.date) for s in extract(text, meta=meta).statements]


def test_a_day_named_at_the_end_of_a_speaker_s_run_dates_the_run():
    text = (
        "Survei\n\n"
        "Diberitakan sebelumnya, Ketua Tim Pemenangan Andi Wijaya membeberkan hasil survei internal tim.\n"
        "Andi menyebut elektabilitas pasangan itu naik dua persen dalam sepekan terakhir.\n"
        '"Kami akan terus bekerja sampai hari pemungutan suara," ujar Andi dikonfirmasi, Senin (20/10).\n'
    )
    assert _dates(text) == [("Andi Wijaya", date(2025, 10, 20))] * 3


def test_an_earlier_occasion_without_a_day_has_no_known_day():
    text = (
        "Kasus\n\n"
        "Bupati Garut Budi Santoso mengatakan bahwa jumlah kasus baru turun sepanjang pekan ini.\n"
        "Dalam kesempatan sebelumnya, epidemiolog Riris Andono mengatakan, rasio positif yang naik menandakan "
        "penularan meluas.\n"
    )
    assert _dates(text) == [("Budi Santoso", PUBLISHED), ("Riris Andono", None)]


def test_another_speaker_between_ends_a_run():
    text = (
        "Beras\n\n"
        '"Stok beras aman sampai akhir tahun," kata Bupati Garut Budi Santoso, Senin (20/10).\n'
        '"Harga gabah juga naik," kata Ketua DPRD Garut Euis Ida.\n'
        '"Kami sudah menyiapkan gudang baru," ujar Budi.\n'
    )
    assert _dates(text) == [
        ("Budi Santoso", date(2025, 10, 20)),
        ("Euis Ida", PUBLISHED),
        ("Budi Santoso", PUBLISHED),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "content", "expected"),
    [
        # a day between the speaker and the verb: when it was said, not part of who said it
        (
            "Bupati Garut Budi Santoso kemarin mengatakan stok beras di gudang aman.",
            "id",
            "stok beras",
            date(2025, 10, 21),
        ),
        (
            "Budi Santoso, Bupati Garut, dua hari lalu mengatakan stok beras aman sampai akhir tahun.",
            "id",
            "stok beras",
            date(2025, 10, 20),
        ),
        ("Bupati Garut Budi Santoso tadi pagi mengatakan stok beras di gudang aman.", "id", "stok beras", PUBLISHED),
        (
            "Ketua KPU Garut Hari Santoso pekan lalu mengatakan logistik pemilu sudah siap.",
            "id",
            "logistik",
            date(2025, 10, 15),
        ),
        # the day a written statement was received, before the verb
        (
            "Budi Santoso, dalam keterangan tertulis yang diterima Senin (20/10/2025), mengatakan stok beras aman.",
            "id",
            "stok beras",
            date(2025, 10, 20),
        ),
        # a connective and a day open the sentence: no statement of their own
        (
            "Selain itu, pada Senin (20/10/2025), Bupati Garut Budi Santoso mengatakan stok beras aman.",
            "id",
            "stok beras",
            date(2025, 10, 20),
        ),
        (
            "Sementara itu, Senin (20/10), Bupati Garut Budi Santoso mengatakan stok beras aman.",
            "id",
            "stok beras",
            date(2025, 10, 20),
        ),
        ("Budi Santoso pada Senin kemarin menyatakan stok beras aman.", "id", "stok beras", date(2025, 10, 20)),
        # the sentence after says when ("Hal itu ia sampaikan ...")
        (
            "Bupati Garut Budi Santoso menegaskan stok beras aman. Hal itu ia sampaikan saat ditemui di kantornya, "
            "Selasa (21/10/2025).",
            "id",
            "stok beras",
            date(2025, 10, 21),
        ),
        # English: the day right after the verb, or after whom it was told, with no "that"
        (
            "Governor John Smith told reporters on Monday the rice stock was safe.",
            "en",
            "the rice stock",
            date(2025, 10, 20),
        ),
        (
            "Governor John Smith told reporters yesterday the rice stock was safe.",
            "en",
            "the rice stock",
            date(2025, 10, 21),
        ),
        ("Governor John Smith said yesterday the rice stock was safe.", "en", "the rice stock", date(2025, 10, 21)),
        ("Governor John Smith said today the rice stock was safe.", "en", "the rice stock", PUBLISHED),
        (
            "Meanwhile, on Monday, Governor John Smith said the rice stock was safe.",
            "en",
            "the rice stock",
            date(2025, 10, 20),
        ),
    ],
)
def test_a_day_beside_the_speaker_dates_the_statement_and_is_no_part_of_it(
    text: str, lang: str, content: str, expected: date
) -> None:
    statements = extract(text, meta=ArticleMeta(published=PUBLISHED, language=lang), lang=lang).statements
    assert [(s.text[: len(content)], s.date) for s in statements] == [(content, expected)]
    assert statements[0].speaker and statements[0].speaker.endswith("Santoso" if lang == "id" else "Smith")
