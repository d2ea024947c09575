"""`quotetrack extract --published`: the publication date, for every file or for one by name."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from quotetrack.cli import app

ARTICLE = (
    "Harga Beras Stabil\n\n"
    '"Stok beras aman sampai akhir tahun," kata Bupati Garut Budi Santoso.\n'
    '"Kami sudah menyiapkan gudang baru," ujar Budi Santoso di Garut, Senin.\n'
)


def _dates(args: list[str]) -> list[str | None]:
    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["date"] for line in result.stdout.splitlines()]


def test_without_a_date_in_the_text_or_the_command_statements_have_none(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert _dates([str(path)]) == [None, None]


def test_published_for_every_file_and_for_one_by_name(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b.write_text(ARTICLE, encoding="utf-8")
    # Wednesday 22 October 2025: "Senin" is the 20th, for both statements of Budi's run.
    assert _dates(["--published", "2025-10-22", str(a)]) == ["2025-10-20", "2025-10-20"]
    dates = _dates(["--published", "2025-10-22", "--published", "b.txt=2025-10-28", str(a), str(b)])
    assert dates == ["2025-10-20", "2025-10-20", "2025-10-27", "2025-10-27"]


def test_a_malformed_published_date_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--published", "22/10/2025", str(path)])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output
