"""The day a statement was made, third round: the day (and the press release or the reporters it
was given to) closing Indonesian reported speech, as "kemarin", a weekday counted back, or after
"melalui siaran pers" / "kepada wartawan". Every row is an invented sentence (invented people,
bodies, places). Each row checks the day, the speaker, and that the statement's text keeps what
was said without the day."""

from __future__ import annotations

from datetime import date

import pytest

from quotetrack.extract import extract
from quotetrack.text.meta import ArticleMeta

WEDNESDAY = date(2025, 10, 22)


def _said(text: str, published: date) -> list[tuple[str | None, date | None, str]]:
    """(speaker, day, text) of each statement of a one-paragraph Indonesian article."""
    meta = ArticleMeta(published=published, language="id")
    return [(s.speaker, s.date, s.text) for s in extract(f"Kabar\n\n{text}\n", meta=meta, lang="id").statements]


@pytest.mark.parametrize(
    ("text", "published", "day", "gone"),
    [
        # "kemarin" closing the report: the day before publication, across a month's end too; what
        # is to come ("akan diperbaiki") was not so on a day gone by
        (
            "Bupati Karangsela Rudi Hartawan mengatakan jalan desa akan diperbaiki tahun depan, kemarin.",
            WEDNESDAY,
            date(2025, 10, 21),
            "kemarin",
        ),
        (
            "Camat Sukamaju Budi Santoso mengatakan banjir sudah surut di semua desa, kemarin.",
            date(2025, 11, 1),
            date(2025, 10, 31),
            "kemarin",
        ),
        (
            "Bupati Karangsela Rudi Hartawan mengatakan stok beras cukup sampai akhir tahun, kemarin (21/10).",
            WEDNESDAY,
            date(2025, 10, 21),
            "kemarin",
        ),
        # a weekday counted back, or the week before
        (
            "Bupati Karangsela Rudi Hartawan mengatakan anggaran desa naik sepuluh persen, Rabu lalu.",
            WEDNESDAY,
            date(2025, 10, 15),
            "Rabu",
        ),
        (
            "Kepala Bapenda Karangsela Siti Rahmawati mengatakan target pajak tercapai, Senin lalu.",
            date(2026, 1, 2),
            date(2025, 12, 29),
            "Senin",
        ),
        (
            "Bupati Karangsela Rudi Hartawan mengatakan anggaran desa naik sepuluh persen, Jumat pekan lalu.",
            WEDNESDAY,
            date(2025, 10, 17),
            "pekan lalu",
        ),
        (
            "Kepala Bapenda Karangsela Siti Rahmawati mengatakan target pajak tercapai, Rabu pekan lalu.",
            date(2026, 1, 5),
            date(2025, 12, 31),
            "Rabu",
        ),
        (
            "Bupati Karangsela Rudi Hartawan mengatakan anggaran desa naik sepuluh persen, pekan lalu.",
            WEDNESDAY,
            date(2025, 10, 15),
            "pekan lalu",
        ),
        (
            "Bupati Karangsela Rudi Hartawan mengatakan stok beras cukup sampai akhir tahun, hari ini.",
            WEDNESDAY,
            WEDNESDAY,
            "hari ini",
        ),
        # the press release or the reporters it was given to, then its day
        (
            "Wali Kota Sukamaju Dewi Lestari mengatakan pasar baru akan dibuka bulan depan melalui siaran pers, Senin.",
            WEDNESDAY,
            date(2025, 10, 20),
            "siaran pers",
        ),
        (
            "Wali Kota Sukamaju Dewi Lestari menyatakan pasar baru akan dibuka bulan depan dalam siaran pers, "
            "Senin (20/10).",
            WEDNESDAY,
            date(2025, 10, 20),
            "siaran pers",
        ),
        (
            "Kepala Dinas Pendidikan Sukamaju Andi Saputra menjelaskan ujian digelar serentak melalui keterangan "
            "tertulisnya, Selasa.",
            WEDNESDAY,
            date(2025, 10, 21),
            "keterangan",
        ),
        (
            "Bupati Karangsela Rudi Hartawan mengatakan stok beras cukup sampai akhir tahun kepada wartawan pada "
            "Senin (20/10).",
            WEDNESDAY,
            date(2025, 10, 20),
            "wartawan",
        ),
    ],
)
def test_a_day_closing_the_report_dates_it_and_leaves_its_text(
    text: str, published: date, day: date, gone: str
) -> None:
    [(speaker, got_day, said)] = _said(text, published)
    assert speaker is not None
    assert got_day == day
    assert gone not in said


@pytest.mark.parametrize(
    "text",
    [
        # the closing day is the day of what is told: a thing that happened, one to come, or the
        # day something was handed to someone who is not the press
        "Kapolres Sukamaju AKBP Hendra Wijaya mengatakan kebakaran terjadi di gudang pasar, kemarin.",
        "Bupati Karangsela Rudi Hartawan mengatakan rapat evaluasi akan digelar di pendopo, Jumat.",
        "Bupati Karangsela Rudi Hartawan mengatakan bantuan sudah diserahkan kepada warga pada Senin (20/10).",
        "Bupati Karangsela Rudi Hartawan menyebut pasar murah berlangsung di alun-alun, Senin (20/10).",
        "Wali Kota Sukamaju Dewi Lestari mengatakan pihaknya sudah menyampaikan rencana itu melalui siaran pers "
        "bahwa pasar akan dibuka Jumat.",
    ],
)
def test_a_day_of_what_is_told_is_no_day_of_the_statement(text: str) -> None:
    [(_, got_day, _)] = _said(text, WEDNESDAY)
    assert got_day == WEDNESDAY


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # days counted back from publication
        ('"We will build a new bridge," Governor Rudi Hartawan said two days ago.', date(2025, 10, 20)),
        ('"We will build a new bridge," Governor Rudi Hartawan said a week ago.', date(2025, 10, 15)),
        ("Governor Rudi Hartawan told reporters three days ago that a new bridge would be built.", date(2025, 10, 19)),
        # a day between the speaker and the verb, with its part of the day or its "late", "last"
        ("Governor Rudi Hartawan on Tuesday night said a new bridge would be built.", date(2025, 10, 21)),
        ("Governor Rudi Hartawan late on Monday told reporters a new bridge would be built.", date(2025, 10, 20)),
        ("Governor Rudi Hartawan early Monday morning said a new bridge would be built.", date(2025, 10, 20)),
        ("Governor Rudi Hartawan two days ago said a new bridge would be built.", date(2025, 10, 20)),
    ],
)
def test_english_days_ago_date_the_statement(text: str, day: date) -> None:
    meta = ArticleMeta(published=WEDNESDAY, language="en")
    [statement] = extract(f"News\n\n{text}\n", meta=meta, lang="en").statements
    assert (statement.speaker, statement.date) == ("Rudi Hartawan", day)


def test_a_sentence_that_says_when_in_the_active_voice_dates_the_statement() -> None:
    text = (
        "Bupati Karangsela Rudi Hartawan mengatakan irigasi di tiga kecamatan rampung akhir bulan. "
        "Ia menyampaikan hal itu di Karangsela, Kamis (23/10/2025)."
    )
    [(speaker, day, _)] = _said(text, date(2025, 10, 24))
    assert (speaker, day) == ("Rudi Hartawan", date(2025, 10, 23))


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Bupati Sukamaju Rudi Hartawan meresmikan pasar baru.\n\n"
            '"Pasar ini untuk pedagang kecil," ucap pria kelahiran Garut, 12 Mei 1975 itu.',
            "id",
        ),
        ('"We will open the market next month," said Mayor Jane Porter, born 12 May 1975 in Leeds.', "en"),
    ],
)
def test_a_birth_date_is_not_the_day_the_speaker_spoke(body: str, lang: str) -> None:
    meta = ArticleMeta(published=date(2025, 3, 20), language=lang)
    found = extract(f"Kabar\n\n{body}\n", meta=meta, lang=lang).statements
    assert [s.date for s in found] == [date(2025, 3, 20)]
