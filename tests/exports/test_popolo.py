"""The officials registry as Popolo JSON, validated against schemas written from the Popolo spec."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from quotetrack.cli import app

DATE = {"type": "string", "pattern": r"^[0-9]{4}(-[0-9]{2}){0,2}$"}
OTHER_NAME = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "start_date": DATE, "end_date": DATE, "note": {"type": "string"}},
    "required": ["name"],
}
IDENTIFIER = {
    "type": "object",
    "properties": {"identifier": {"type": "string"}, "scheme": {"type": "string"}},
    "required": ["identifier"],
}
# After popolo-spec schemas/{person,organization,post,membership,area}.json: the fields used here.
PERSON = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "name": {"type": "string"},
        "sort_name": {"type": "string"},
        "honorific_prefix": {"type": "string"},
        "honorific_suffix": {"type": "string"},
        "other_names": {"type": "array", "items": OTHER_NAME},
    },
    "required": ["name"],
}
ORGANIZATION = {
    "type": "object",
    "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
    "required": ["name"],
}
POST = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "label": {"type": "string"},
        "role": {"type": "string"},
        "organization_id": {"type": "string"},
        "area_id": {"type": "string"},
    },
    "required": ["label"],
}
MEMBERSHIP = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "person_id": {"type": "string"},
        "post_id": {"type": "string"},
        "organization_id": {"type": "string"},
        "area_id": {"type": "string"},
        "role": {"type": "string"},
        "start_date": DATE,
        "end_date": DATE,
    },
    "anyOf": [{"required": ["person_id"]}, {"required": ["member"]}],
}
AREA = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "name": {"type": "string"},
        "classification": {"type": "string"},
        "parent_id": {"type": "string"},
        "identifiers": {"type": "array", "items": IDENTIFIER},
    },
    "required": ["name"],
}
DOCUMENT = {
    "type": "object",
    "properties": {
        "persons": {"type": "array", "items": PERSON},
        "organizations": {"type": "array", "items": ORGANIZATION},
        "posts": {"type": "array", "items": POST},
        "memberships": {"type": "array", "items": MEMBERSHIP},
        "areas": {"type": "array", "items": AREA},
    },
    "required": ["persons", "memberships"],
}


def _check_references(doc: dict) -> None:
    ids = {kind: {x["id"] for x in doc[kind]} for kind in ("persons", "organizations", "posts", "areas")}
    for m in doc["memberships"]:
        assert m["person_id"] in ids["persons"] and m["post_id"] in ids["posts"]
        assert m.get("area_id") is None or m["area_id"] in ids["areas"]
    for post in doc["posts"]:
        assert post.get("organization_id") is None or post["organization_id"] in ids["organizations"]


def test_popolo_document_is_valid(client) -> None:
    doc = client.get("/api/v1/popolo").json()
    jsonschema.validate(doc, DOCUMENT)
    _check_references(doc)
    [imran] = [p for p in doc["persons"] if p["name"] == "Imran"]
    assert imran["honorific_prefix"].startswith("Dr.")
    assert any("Dr. Imran" in o["name"] for o in imran["other_names"])
    membership = next(m for m in doc["memberships"] if m["person_id"] == imran["id"])
    # Coverage dates a post's citations, not its term: never start_date/end_date.
    assert membership["role"] == "Pj. Bupati" and membership["first_seen_in_coverage"] == "2024-05-30"
    assert "start_date" not in membership and "end_date" not in membership
    assert membership["appointment"] == "acting"
    area = next(a for a in doc["areas"] if a["id"] == membership["area_id"])
    assert area["name"] == "Kabupaten Subang" and area["classification"] == "kabupaten"


def test_a_broken_document_fails_the_schema() -> None:
    bad = {"persons": [{"id": "person/1"}], "memberships": []}
    try:
        jsonschema.validate(bad, DOCUMENT)
    except jsonschema.ValidationError as exc:
        assert "'name' is a required property" in exc.message
    else:
        raise AssertionError("a person without a name passed the schema")


def test_export_command(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("QUOTETRACK_DATABASE_URL", f"sqlite:///{tmp_path / 'export.db'}")
    from quotetrack.config import get_settings
    from quotetrack.store.db import default_engine
    from tests.conftest import SEEDS

    get_settings.cache_clear()
    default_engine.cache_clear()
    try:
        runner = CliRunner()
        assert runner.invoke(app, ["ingest", str(SEEDS)]).exit_code == 0
        out = tmp_path / "all.jsonl"
        assert runner.invoke(app, ["export", "--format", "jsonl", "-o", str(out)]).exit_code == 0
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        assert rows and all(r["speaker"] == "Imran" for r in rows)
        result = runner.invoke(app, ["export", "--format", "popolo"])
        assert result.exit_code == 0
        jsonschema.validate(json.loads(result.stdout), DOCUMENT)
        csv_out = runner.invoke(app, ["export", "--format", "csv"])
        assert csv_out.stdout.splitlines()[0].startswith("id,date,speaker")
    finally:
        get_settings.cache_clear()
        default_engine.cache_clear()


def test_views_for_standard_tools(seeded) -> None:
    """statements_view, officials_view and articles_view read like the site, for sqlite3/Datasette/psql."""
    import sqlalchemy as sa

    with seeded.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT speaker, role_held, region_held, outlet, date FROM statements_view WHERE text = :t"),
            {"t": "Komunikasi bukan berarti intervensi"},
        ).all()
        assert [tuple(map(str, r)) for r in rows] == [("Imran", "Pj. Bupati", "Kabupaten Subang", "JMI", "2024-05-30")]
        official = conn.execute(sa.text("SELECT name, role, area, statements FROM officials_view")).first()
        assert official is not None and official[0] == "Imran" and official[3] >= 10
        assert conn.execute(sa.text("SELECT statements FROM articles_view")).scalar() == official[3]
