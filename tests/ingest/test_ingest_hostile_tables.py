"""Issue 17, points 5 and 14: one bad export never aborts a batch, UTF-16 exports are read, and
errors say what is wrong (one error for a CSV without a text column, "malformed" for a cut feed)."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from quotetrack.errors import IngestError
from quotetrack.ingest.feeds import parse_feed
from quotetrack.ingest.tables import TableOptions, read_table
from quotetrack.pipeline import ingest_paths
from tests.ingest.conftest import article_text

HEADER = "title,text,url\n"


def _csv(rows: range) -> str:
    lines = [HEADER]
    for n in rows:
        body = article_text(n).replace('"', '""')
        lines.append(f'Judul {n},"{body}",https://news.example/berita/{n}\n')
    return "".join(lines)


def _jsonl(rows: range) -> str:
    return "".join(
        json.dumps(
            {"title": f"Judul {n}", "text": article_text(n), "url": f"https://news.example/j/{n}"}, ensure_ascii=False
        )
        + "\n"
        for n in rows
    )


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le", "utf-8-sig", "utf-32"])
@pytest.mark.parametrize(("suffix", "make"), [(".csv", _csv), (".jsonl", _jsonl)])
def test_utf16_and_bom_marked_exports_are_read_whole(tmp_path: Path, encoding: str, suffix: str, make) -> None:
    path = tmp_path / f"export{suffix}"
    data = make(range(3)).encode(encoding)
    if encoding in ("utf-16-be", "utf-16-le"):
        data = (codecs.BOM_UTF16_BE if encoding.endswith("be") else codecs.BOM_UTF16_LE) + data
    path.write_bytes(data)
    rows = list(read_table(path, TableOptions(), max_row_bytes=1_000_000))
    assert [r for r in rows if isinstance(r, IngestError)] == []
    assert [r.title for r in rows] == ["Judul 0", "Judul 1", "Judul 2"]  # type: ignore[union-attr]
    assert all("Subang" in r.text for r in rows)  # type: ignore[union-attr]


def test_a_utf16_csv_larger_than_the_sample_is_not_cut_inside_a_code_unit(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(_csv(range(200)).encode("utf-16"))  # about 200 KiB: the 64 KiB sample ends mid-file
    rows = list(read_table(path, TableOptions(), max_row_bytes=1_000_000))
    assert [r for r in rows if isinstance(r, IngestError)] == []
    assert len(rows) == 200


def test_a_csv_without_a_text_column_is_one_error_for_the_file(tmp_path: Path) -> None:
    path = tmp_path / "notext.csv"
    path.write_text("title,link\n" + "".join(f"Judul {n},https://x.example/{n}\n" for n in range(50)))
    rows = list(read_table(path, TableOptions(), max_row_bytes=1_000_000))
    assert len(rows) == 1 and isinstance(rows[0], IngestError)
    assert rows[0].source == str(path) and "no article text column" in rows[0].reason
    assert "title, link" in rows[0].reason and "--text-column" in rows[0].reason


BAD_FILES = {
    "nul.csv": HEADER.encode() + b'Judul,"teks\x00dengan nul",https://x.example/1\n' * 3,
    "binary.csv": bytes(range(256)) * 64,
    "badbom.csv": codecs.BOM_UTF16_LE + b"t\x00e\x00x\x00t\x00\n\x00\x00\xd8",  # a lone surrogate, cut short
    "binary.jsonl": b"\x00\x01\x02\xff" * 500,
    "utf16.csv": _csv(range(10, 12)).encode("utf-16"),
    "utf16.jsonl": _jsonl(range(20, 22)).encode("utf-16"),
}


@pytest.mark.parametrize("jobs", [1, 2])
def test_bad_exports_never_abort_the_batch_and_good_files_go_in(engine: sa.Engine, tmp_path: Path, jobs: int) -> None:
    (tmp_path / "good.txt").write_text(article_text(1), encoding="utf-8")
    for name, data in BAD_FILES.items():
        (tmp_path / name).write_bytes(data)
    paths = [tmp_path / "good.txt", *(tmp_path / n for n in BAD_FILES)]
    report = ingest_paths(paths, engine=engine, max_bytes=1_000_000, jobs=jobs)
    assert report.articles == 1 + 2 + 2  # good.txt and both UTF-16 exports
    failed = {Path(e.source.split(":")[0]).name for e in report.errors}
    assert failed == {"nul.csv", "binary.csv", "badbom.csv", "binary.jsonl"}
    assert not any("refused" in e.reason for e in report.errors)


def test_a_truncated_rss_feed_is_reported_as_malformed() -> None:
    rss = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Warta</title>'
        b"<item><title>A</title><link>https://news.example/a</link></item><item><title>B</ti"
    )
    with pytest.raises(IngestError, match="malformed feed") as caught:
        parse_feed(rss[:-60], "cut.rss")  # cut inside the first item: no entry survives
    assert "nothing to fetch" not in caught.value.reason
    problems: list[IngestError] = []
    entries = parse_feed(rss, "cut.rss", problems=problems)  # cut after a whole entry: it is kept
    assert [e.link for e in entries] == ["https://news.example/a"]
    assert len(problems) == 1 and "malformed feed" in problems[0].reason
