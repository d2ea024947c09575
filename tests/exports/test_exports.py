"""Data out: filtered lists, cursor pages, streamed CSV/JSONL with formula cells neutralised."""

from __future__ import annotations

import csv
import io
import json

import pytest

from quotetrack.exports.rows import COLUMNS, neutralise


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("plain", "plain"),
        (None, ""),
        (["a", "b"], "a;b"),
        (0.5, "0.5"),
    ],
)
def test_formula_cells_are_neutralised(cell: object, shown: str) -> None:
    assert neutralise(cell) == shown


def test_csv_export_of_the_seed(client) -> None:
    total = client.get("/api/v1/statements").json()["total"]
    response = client.get("/api/v1/statements", params={"format": "csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == total and tuple(rows[0]) == COLUMNS
    assert {r["speaker"] for r in rows} == {"Imran"}
    assert all(r["permalink"].endswith(f"/statements/{r['id']}") for r in rows)


def test_jsonl_export_keeps_the_filters(client) -> None:
    response = client.get("/api/v1/statements", params={"format": "jsonl", "topic": "asn-neutrality"})
    rows = [json.loads(line) for line in response.text.splitlines()]
    assert rows and all("asn-neutrality" in r["topics"] for r in rows)
    assert len(rows) == client.get("/api/v1/statements", params={"topic": "asn-neutrality"}).json()["total"]


@pytest.mark.parametrize(
    ("params", "expect_some"),
    [
        ({"region": "Kabupaten Subang"}, True),
        ({"region": "kabupaten subang", "role": "bupati"}, True),
        ({"role": "Gubernur"}, False),
        ({"date_from": "2024-05-30", "date_to": "2024-05-30"}, True),
        ({"date_from": "2024-06-01"}, False),
        ({"kind": "direct", "topic": "pilkada"}, True),
    ],
)
def test_filters(client, params: dict, expect_some: bool) -> None:
    page = client.get("/api/v1/statements", params=params)
    assert page.status_code == 200
    assert (page.json()["total"] > 0) is expect_some


def test_cursor_pages_cover_every_statement_once(client) -> None:
    total = client.get("/api/v1/statements").json()["total"]
    seen: list[int] = []
    cursor = None
    for _ in range(total):
        params = {"limit": 4, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/v1/statements", params=params).json()
        seen += [s["id"] for s in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert sorted(seen) == sorted(set(seen)) and len(seen) == total


def test_bad_cursor_and_bad_dates_are_400(client) -> None:
    assert client.get("/api/v1/statements", params={"cursor": "nonsense"}).status_code == 400
    assert client.get("/api/v1/statements", params={"date_from": "30/5/2024"}).status_code == 400
    assert client.get("/api/v1/statements", params={"format": "xlsx"}).status_code == 400


def test_api_responses_carry_etags_and_revalidate(client) -> None:
    first = client.get("/api/v1/officials")
    etag = first.headers["etag"]
    assert etag.startswith('W/"')
    again = client.get("/api/v1/officials", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    changed = client.get("/api/v1/officials", headers={"If-None-Match": 'W/"something-else"'})
    assert changed.status_code == 200 and changed.json() == first.json()
    assert "etag" not in client.get("/api/v1/statements", params={"format": "csv"}).headers


def test_researcher_csv_in_one_url(client, seeded, tmp_path) -> None:
    """'All statements on ASN neutrality by regional heads in Jawa Barat in 2024', as CSV, in one URL."""
    from sqlmodel import Session

    from quotetrack.store.regions import import_areas

    table = tmp_path / "areas.csv"
    table.write_text(
        "code,name,level,parent_code\n32,Jawa Barat,provinsi,\n32.13,Kabupaten Subang,kabupaten,32\n"
        "11,Aceh,provinsi,\n",
        encoding="utf-8",
    )
    with Session(seeded) as session:
        import_areas(session=session, source=str(table))
        session.commit()
    url = (
        "/api/v1/statements?topic=asn-neutrality&region=32&role=Bupati"
        "&date_from=2024-01-01&date_to=2024-12-31&format=csv"
    )
    rows = list(csv.DictReader(io.StringIO(client.get(url).text)))
    assert rows and all(r["speaker"] == "Imran" and "asn-neutrality" in r["topics"] for r in rows)
    assert all(r["region"] == "Kabupaten Subang" and r["date"].startswith("2024") for r in rows)
    assert not list(csv.DictReader(io.StringIO(client.get(url.replace("region=32", "region=11")).text)))
    assert "Jawa Barat" in client.get("/regions").text


def test_cli_search_csv_neutralises_formulas(tmp_path, monkeypatch, settings_from_env) -> None:
    """Issue 17, point 9: `quotetrack search --format csv` writes through the same neutralising writer."""
    from typer.testing import CliRunner

    from quotetrack.cli import app

    monkeypatch.setenv("QUOTETRACK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    record = {
        "text": "Subang - Bupati Subang Budi Santoso meninjau jalan desa, Kamis (30/5/2024).\n"
        '"Perbaikan jembatan gantung harus selesai sebelum musim hujan tiba," kata Budi Santoso.\n',
        "outlet": '=HYPERLINK("http://evil.example","klik")',
        "title": "@SUM(1+1)",
        "url": "https://news.example/berita/1",
    }
    export = tmp_path / "export.jsonl"
    export.write_text(json.dumps(record) + "\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--jobs", "1", str(export)]).exit_code == 0
    result = runner.invoke(app, ["search", "jembatan", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len(rows) >= 2
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("http://evil.example","klik")' in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
