"""The day a statement was made, second round: shapes of attribution the first table did not
hold. Every row is an invented sentence (invented people, bodies, places); publication is
Wednesday 22 October 2025. Each row checks the day, the speaker, and that the statement's text
keeps what was said without the day."""

from __future__ import annotations

from datetime import date

import pytest

from quotetrack.extract import extract
from quotetrack.text.meta import ArticleMeta

PUBLISHED = date(2025, 10, 22)  # a Wednesday


def _said(text: str, lang: str) -> list[tuple[str | None, date | None, str]]:
    """(speaker, day, text) of each statement of a one-paragraph article."""
    meta = ArticleMeta(published=PUBLISHED, language=lang)
    return [(s.speaker, s.date, s.text) for s in extract(f"Kabar\n\n{text}\n", meta=meta, lang=lang).statements]


@pytest.mark.parametrize(
    ("text", "speaker", "day"),
    [
        # the day, with the part of it, between the verb and "bahwa": when, then what
        (
            "Bupati Garut Hasan Basri mengatakan, Selasa dini hari, bahwa stok beras aman sampai akhir tahun.",
            "Hasan Basri",
            date(2025, 10, 21),
        ),
        (
            "Wali Kota Cianjur Rina Kartika mengatakan, Senin (20/10/2025) malam, bahwa pasar baru dibuka.",
            "Rina Kartika",
            date(2025, 10, 20),
        ),
        (
            "Kepala Dinas Kesehatan Klaten Ahmad Fauzan menyampaikan, Jumat (17/10) sore, bahwa vaksin untuk "
            "semua puskesmas sudah tiba.",
            "Ahmad Fauzan",
            date(2025, 10, 17),
        ),
        # the day alone closing the report (news-agency style), with or without the part of the day
        (
            "Bupati Garut Hasan Basri mengatakan stok beras aman sampai akhir tahun, Senin.",
            "Hasan Basri",
            date(2025, 10, 20),
        ),
        (
            "Ketua DPRD Klaten Sri Wulandari menjelaskan anggaran pendidikan naik tahun depan, Selasa malam.",
            "Sri Wulandari",
            date(2025, 10, 21),
        ),
        # ... and after a meeting with the press
        (
            "Kapolres Cianjur AKBP Dedi Kurniadi mengatakan tiga pelaku sudah ditangkap saat konferensi pers "
            "di markasnya, Senin.",
            "Dedi Kurniadi",
            date(2025, 10, 20),
        ),
    ],
)
def test_indonesian_reported_speech_sheds_its_day(text: str, speaker: str, day: date) -> None:
    [(got_speaker, got_day, said)] = _said(text, "id")
    assert (got_speaker, got_day) == (speaker, day)
    assert not any(name in said for name in ("Senin", "Selasa", "Jumat", "dini hari", "malam", "konferensi"))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the occasion it was said at, in a "yang digelar" clause: its day is the statement's
        (
            '"Stok beras aman," kata Bupati Garut Hasan Basri dalam rapat paripurna yang digelar Selasa (21/10).',
            date(2025, 10, 21),
        ),
        (
            "Wali Kota Cianjur Rina Kartika dalam rapat koordinasi yang diadakan Senin (20/10) mengatakan pasar "
            "baru segera dibuka.",
            date(2025, 10, 20),
        ),
        (
            '"Vaksin sudah tiba," ujar Kepala Dinas Kesehatan Klaten Ahmad Fauzan dalam jumpa pers yang '
            "berlangsung di kantornya, Jumat (17/10).",
            date(2025, 10, 17),
        ),
        # "tanggal" before a bare numeric date: a date, as in brackets
        ('"Stok beras aman," kata Bupati Garut Hasan Basri di Garut pada tanggal 20/10.', date(2025, 10, 20)),
        # ... while another person's occasion, or a meeting to come, dates nothing said
        (
            '"Stok beras aman," kata Bupati Garut Hasan Basri, yang menghadiri rapat yang digelar Senin (20/10).',
            PUBLISHED,
        ),
        ('"Stok beras aman," kata Bupati Garut Hasan Basri, yang akan bertemu menteri pada Jumat (24/10).', PUBLISHED),
    ],
)
def test_indonesian_occasions_and_written_dates(text: str, day: date) -> None:
    [(_, got_day, _)] = _said(text, "id")
    assert got_day == day


@pytest.mark.parametrize(
    "text",
    [
        # a day alone closing an event that is told of, to come or past, is that event's
        "Bupati Garut Hasan Basri mengatakan pasar murah akan digelar di alun-alun, Jumat.",
        "Kapolres Cianjur AKBP Dedi Kurniadi mengatakan kebakaran itu terjadi di gudang pakan, Senin malam.",
        "Ketua DPRD Klaten Sri Wulandari mengatakan kepala desa itu tidak hadir saat rapat warga, Rabu malam.",
    ],
)
def test_a_day_alone_after_an_event_told_of_is_the_event_s(text: str) -> None:
    [(_, got_day, said)] = _said(text, "id")
    assert got_day == PUBLISHED
    assert said.endswith(("Jumat", "malam"))


def test_a_day_of_what_happened_in_the_small_hours_stays_in_what_was_said() -> None:
    text = "Kapolres Cianjur AKBP Dedi Kurniadi menjelaskan, toko itu dibobol maling, Sabtu (18/10/2025) dini hari."
    [(_, _, said)] = _said(text, "id")
    assert said.endswith("dini hari")


@pytest.mark.parametrize(
    ("text", "speaker", "day"),
    [
        # "late"/"early" before the day, then "that" or the clause: when, then what
        ("Governor Paul Hadley said late Tuesday that the rice stock was safe.", "Paul Hadley", date(2025, 10, 21)),
        ("Mayor Linda Corwin said early Tuesday the bridge would reopen.", "Linda Corwin", date(2025, 10, 21)),
        ("Senator Alan Price said late on Monday that the bill had the votes.", "Alan Price", date(2025, 10, 20)),
        (
            "Police Chief Tom Wexley told reporters late Monday that two men had been arrested.",
            "Tom Wexley",
            date(2025, 10, 20),
        ),
    ],
)
def test_english_late_or_early_on_a_day(text: str, speaker: str, day: date) -> None:
    [(got_speaker, got_day, said)] = _said(text, "en")
    assert (got_speaker, got_day) == (speaker, day)
    assert not said.startswith(("late", "early", "Tuesday", "Monday"))


@pytest.mark.parametrize(
    ("text", "speaker", "day", "said"),
    [
        # a day written out closing an Indonesian report
        (
            "Bupati Garut Hasan Basri mengatakan stok beras aman sampai akhir tahun, Senin, 20 Oktober 2025.",
            "Hasan Basri",
            date(2025, 10, 20),
            "stok beras aman sampai akhir tahun",
        ),
        # where and how it was said, with its day, closing English reported speech
        (
            "Governor Paul Hadley said the rice stock was safe in a statement on Tuesday.",
            "Paul Hadley",
            date(2025, 10, 21),
            "the rice stock was safe",
        ),
        (
            "Mayor Linda Corwin said the bridge would reopen at a news conference on Oct. 20.",
            "Linda Corwin",
            date(2025, 10, 20),
            "the bridge would reopen",
        ),
        (
            "Senator Alan Price said the bill had the votes, speaking to reporters yesterday.",
            "Alan Price",
            date(2025, 10, 21),
            "the bill had the votes",
        ),
    ],
)
def test_the_day_closing_a_report_dates_it_and_leaves_it(text: str, speaker: str, day: date, said: str) -> None:
    lang = "id" if " mengatakan " in text or " menjelaskan " in text else "en"
    assert _said(text, lang) == [(speaker, day, said)]
