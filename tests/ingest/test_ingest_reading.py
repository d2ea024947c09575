"""Reading sources: encodings, HTML pages and their metadata, exports; bad input is refused with a reason."""

from __future__ import annotations

import codecs
import json
import os
import zlib
from datetime import date
from pathlib import Path

import pytest

from quotetrack.errors import IngestError
from quotetrack.ingest import TableOptions, decode_bytes, read_source, source_from_bytes
from quotetrack.ingest.html import extract_html, normalise_url
from quotetrack.ingest.tables import read_table
from quotetrack.pipeline import process_source
from tests.ingest.conftest import article_page, article_text

TEXT = "Jakarta - Menteri itu menyebut café di kota harus tutup pukul sepuluh malam, kata Budi, “tegas”."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("cp1252"), "cp1252"),
        (TEXT.replace("“", '"').replace("”", '"').encode("latin-1"), "cp1252"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_text_is_decoded_whatever_its_encoding(data: bytes, encoding: str) -> None:
    source = source_from_bytes(data, location="a.txt", max_bytes=10_000)
    assert source.encoding == encoding
    assert "café" in source.raw_text and not source.raw_text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (os.urandom(4096).replace(b"\x00", b"\x01"), "binary"),
        ("Menteri berkata “baik” dan ".encode() + b"caf\xe9 \xff tutup.", "invalid UTF-8"),
    ],
)
def test_bad_bytes_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError) as caught:
        source_from_bytes(data, location="bad.txt", max_bytes=1_000_000)
    assert reason in caught.value.reason and caught.value.source == "bad.txt"


def test_invalid_utf8_names_the_byte() -> None:
    with pytest.raises(IngestError, match=r"invalid UTF-8 at byte 3\d"):
        decode_bytes("Menteri berkata “baik” dan ".encode() + b"caf\xe9.", "x.txt")


def test_entities_in_plain_text_are_decoded() -> None:
    source = source_from_bytes(
        b"Judul\n\n&quot;Kami siap,&quot; kata Budi &amp; Siti.", location="a.txt", max_bytes=10_000
    )
    assert '"Kami siap," kata Budi & Siti.' in source.raw_text


def test_oversized_input_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"kata " * 20_000)
    with pytest.raises(IngestError, match="over the limit of 50,000"):
        read_source(big, max_bytes=50_000)


def test_html_page_gives_text_and_metadata() -> None:
    page = article_page(1, meta_date="2024-05-31T09:00:00+07:00", canonical="https://jmi.example/a/1?utm_source=x#top")
    source = source_from_bytes(page.encode(), location="page.html", max_bytes=1_000_000, content_type="text/html")
    assert source.title == "Bupati Tinjau Perbaikan Jalan Desa 1"
    assert source.outlet == "Jurnal Mediaindo" and source.published == date(2024, 5, 31)
    assert source.raw_text.startswith("Bupati Tinjau Perbaikan Jalan Desa 1\n\nSubang, JMI - ")
    assert "Beranda" not in source.raw_text and "Hak cipta" not in source.raw_text
    assert normalise_url(source.url or "") == "https://jmi.example/a/1"
    assert zlib.decompress(source.archive) == page.encode() and source.content_type == "text/html"


def test_page_date_comes_from_metadata_or_dateline_never_from_the_body() -> None:
    """trafilatura's full date search picks the election date out of the body; the dateline is right."""
    body = article_text(2) + "Pemungutan suara pilkada digelar pada 27 November 2024 di seluruh kabupaten.\n"
    page = article_page(2, body=body.replace("Kamis (30/5/2024)", "Kamis, 30/5/ 2024"))
    processed = process_source(source_from_bytes(page.encode(), location="p.html", max_bytes=10**6))
    assert processed.meta.published == date(2024, 5, 30)


def test_pewarta_byline_outside_the_article_body_is_read() -> None:
    page = article_page(3, byline_in_article=False)
    processed = process_source(source_from_bytes(page.encode(), location="p.html", max_bytes=10**6))
    assert processed.meta.author == "Agus Hamdan"
    assert "Pewarta" not in processed.text


def test_html_entities_and_declared_legacy_charset() -> None:
    page = article_page(4).replace('charset="utf-8"', 'charset="windows-1252"')
    page = page.replace("meninjau", "meninjau caf&eacute;")
    data = page.replace("Pagaden", "Pagadén").encode("cp1252")
    source = source_from_bytes(data, location="p.html", max_bytes=10**6, content_type="text/html")
    assert "meninjau café" in source.raw_text and "Pagadén" in source.raw_text and source.encoding == "cp1252"


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        (article_page(5)[:900], "truncated HTML"),
        (
            "<html><head><title>Beranda</title></head><body><nav><ul>"
            + "".join(f"<li><a href='/k{i}'>Kategori {i}</a></li>" for i in range(40))
            + "</ul></nav></body></html>",
            "no article in the page",
        ),
        (
            "<html><head><title>App</title></head><body><div id=app></div><script>x()</script></body></html>",
            "no article in the page",
        ),
    ],
)
def test_html_without_an_article_is_refused(html: str, reason: str) -> None:
    with pytest.raises(IngestError, match=reason):
        extract_html(html, location="p.html")


def test_txt_file_with_markup_is_read_as_html(tmp_path: Path) -> None:
    saved = tmp_path / "saved-page.txt"
    saved.write_text(article_page(6))
    source = read_source(saved, max_bytes=10**6)
    assert source.content_type == "text/html" and "<p>" not in source.raw_text


def test_jsonl_export_maps_columns_and_reports_bad_records(tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    rows = [
        {"body": article_text(1), "link": "https://x.example/1", "headline": "Satu", "tanggal": "2024-05-30"},
        "not an object",
        {"headline": "no text"},
        {"body": article_page(2), "tanggal": "30 Mei 2024"},
    ]
    lines = [json.dumps(r) for r in rows]
    lines.insert(2, "{broken json")
    export.write_text("\n".join(lines) + "\n")
    opts = TableOptions(text_column="body", url_column="link", title_column="headline", date_column="tanggal")
    got = list(read_table(export, opts, max_row_bytes=10**6))
    errors = {e.source: e.reason for e in got if isinstance(e, IngestError)}
    assert set(errors) == {f"{export}:2", f"{export}:3", f"{export}:4"}
    assert "not an object" in errors[f"{export}:2"] and "invalid JSON" in errors[f"{export}:3"]
    assert "--text-column" in errors[f"{export}:4"]
    first, html_row = [r for r in got if not isinstance(r, IngestError)]
    assert (first.url, first.title, first.published) == ("https://x.example/1", "Satu", date(2024, 5, 30))
    assert first.raw == lines[0].encode()
    assert html_row.published == date(2024, 5, 30)


@pytest.mark.parametrize(
    ("given", "day"),
    [
        ("2020-05-11 11:48 WIB", date(2020, 5, 11)),  # a zone the ISO reader does not know
        ("2020-05-11 03:00 WIB", date(2020, 5, 11)),  # the day printed, not the day in UTC
        ("2023-12-22 (from the URL)", date(2023, 12, 22)),
        ("11/05/2020 11:48", date(2020, 5, 11)),  # day first, as Indonesian copy writes it
        ("2020/05/11", date(2020, 5, 11)),
        ("Senin, 11 Mei 2020 - 11:48 WIB", date(2020, 5, 11)),
        ("11 Mei 2020, 03:00 WIB", date(2020, 5, 11)),
        ("2020-05-11T03:00:00+07:00", date(2020, 5, 11)),
        ("kemarin", None),  # relative to a moment the export does not give
        ("2020-02-30 10:00", None),
        ("2999-01-01", None),
        ("not given", None),
    ],
)
def test_an_exports_date_column_is_read_in_the_shapes_scrapers_write(
    tmp_path: Path, given: str, day: date | None, caplog: pytest.LogCaptureFixture
) -> None:
    export = tmp_path / "export.jsonl"
    export.write_text(json.dumps({"text": article_text(3), "published": given}) + "\n")
    (row,) = read_table(export, TableOptions(), max_row_bytes=10**6)
    assert not isinstance(row, IngestError) and row.published == day
    warned = [r.getMessage() for r in caplog.records if r.name == "quotetrack.ingest"]
    assert warned == (
        []
        if day
        else [
            f"{export}:1: the date {given!r} cannot be read as a publication day; "
            "the article takes the day its text gives, if any"
        ]
    )


def test_csv_export_with_default_column_names_keeps_each_record(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    text = article_text(7).replace("\n", "\r\n")
    export.write_bytes(
        (
            "url,title,published,content\r\n"
            f'https://x.example/7,Tujuh,2024-05-30,"{text.replace(chr(34), chr(34) * 2)}"\r\n'
            "https://x.example/8,Delapan\r\n"
        ).encode("cp1252")
    )
    got = list(read_table(export, TableOptions(), max_row_bytes=10**6))
    row, short = got
    assert not isinstance(row, IngestError) and row.title == "Tujuh" and row.text.startswith("Subang, JMI")
    assert row.raw.startswith(b"url,title,published,content\r\nhttps://x.example/7,") and b"Delapan" not in row.raw
    assert isinstance(short, IngestError) and "2 fields where the header has 4" in short.reason


@pytest.mark.parametrize(
    "title",
    [
        # The export's title column differs from the headline the text opens with (a site's suffix,
        # another wording): the text keeps its own headline, and no second one becomes its lede.
        "Komisi III Minta Dewan Pengawas Audit KPK, Ini Respons Artidjo Alkostar | Liputan6.com",
        "Artidjo Alkostar Tanggapi Komisi III",
    ],
)
def test_an_export_s_title_column_is_not_put_before_a_text_that_has_its_headline(title: str) -> None:
    from quotetrack.ingest.sources import row_source
    from quotetrack.ingest.tables import Row

    text = (
        "Komisi III Minta Dewan Pengawas Audit KPK, Ini Respons Artidjo Alkostar\n\n"
        "Liputan6.com, Jakarta - Anggota Dewan Pengawas KPK Artidjo Alkostar merespons permintaan Komisi III. "
        '"Itu ranahnya pak ketua," ujar Artidjo, Selasa (25/2/2020).\n'
    )
    source = row_source(Row("export.jsonl:1", text, text.encode(), "application/json", title=title), max_bytes=10**6)
    assert source.raw_text == text and source.title == title
    statements = process_source(source).statements
    assert [(s.speaker, s.role) for s in statements] == [("Artidjo Alkostar", "Anggota Dewan Pengawas KPK")]


def test_an_export_s_title_goes_before_a_text_that_opens_with_its_lede() -> None:
    from quotetrack.ingest.sources import row_source
    from quotetrack.ingest.tables import Row

    text = (
        "Subang, JMI - Pj Bupati Subang Imran mengatakan ASN harus netral. Ia meminta semua pihak menjaga kondusivitas."
    )
    source = row_source(Row("export.jsonl:2", text, text.encode(), "application/json", title="Tujuh"), max_bytes=10**6)
    assert source.raw_text == f"Tujuh\n\n{text}"
