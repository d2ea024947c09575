"""Malformed search and filter values are a 400 that says what is wrong, the same on SQLite and
PostgreSQL, in the API (problem+json) and on pages (in the reader's language); never a 500, and
never a silent empty answer on one database and an error on the other."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from quotetrack.pipeline import ingest_paths
from quotetrack.web.app import create_app
from tests.ingest.conftest import article_text


@pytest.fixture
def client(engine: sa.Engine, tmp_path: Path) -> Iterator[TestClient]:
    (tmp_path / "a.txt").write_text(article_text(1, speaker="Wiradharma Pakuan"))
    assert ingest_paths([tmp_path / "a.txt"], engine=engine, max_bytes=100_000, jobs=1).articles == 1
    with TestClient(create_app(engine), raise_server_exceptions=False) as http:
        yield http


# Every statement filter, the search query and the list filters of the other collections.
NUL_PARAMETERS = [
    ("/api/v1/statements", "outlet"),
    ("/api/v1/statements", "role"),
    ("/api/v1/statements", "region"),
    ("/api/v1/statements", "province"),
    ("/api/v1/statements", "topic"),
    ("/api/v1/statements", "q"),
    ("/api/v1/search", "q"),
    ("/api/v1/search", "outlet"),
    ("/api/v1/officials", "q"),
    ("/api/v1/statements", "cursor"),
]


@pytest.mark.parametrize(("route", "name"), NUL_PARAMETERS)
def test_a_nul_in_any_api_parameter_is_a_400_naming_it(client: TestClient, route: str, name: str) -> None:
    extra = {} if name == "q" else {"q": "jalan"} if route.endswith("search") else {}
    r = client.get(route, params={**extra, name: "Jawa\x00Barat"})
    assert r.status_code == 400, r.text[:300]
    assert r.headers["content-type"] == "application/problem+json"
    assert r.json()["detail"] == f"the parameter {name} contains a NUL character"


@pytest.mark.parametrize("route", ["/statements", "/search", "/officials"])
def test_a_nul_in_a_page_parameter_is_a_400_page_in_the_readers_language(client: TestClient, route: str) -> None:
    english = client.get(route, params={"outlet": "x\x00", "q": "jalan"})
    assert english.status_code == 400 and "The parameter outlet contains a NUL character." in english.text
    indonesian = client.get(route, params={"outlet": "x\x00", "q": "jalan", "lang": "id"})
    assert indonesian.status_code == 400 and "Parameter outlet berisi karakter NUL." in indonesian.text


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ({"date_from": "2024-13-45"}, "date_from"),
        ({"official_id": "abc"}, "official_id"),
        ({"official_id": "99999999999999999999999"}, "official_id"),
        ({"kind": "shouted"}, "kind"),
        ({"language": "xx"}, "language"),
        ({"limit": "-1"}, "limit"),
        ({"cursor": "not-a-cursor"}, "cursor"),
    ],
)
def test_a_malformed_filter_is_a_400_naming_it_on_both_databases(
    client: TestClient, query: dict[str, str], says: str
) -> None:
    r = client.get("/api/v1/statements", params=query)
    assert r.status_code == 400 and says in r.json()["detail"], r.text[:300]


def test_the_unfiltered_list_still_answers(client: TestClient) -> None:
    r = client.get("/api/v1/statements", params={"outlet": "", "role": ""})
    assert r.status_code == 200 and r.json()["total"] >= 1


def test_a_nul_in_a_json_body_is_a_400_on_both_databases(client: TestClient, engine: sa.Engine) -> None:
    from tests.auth.conftest import add_token, add_user

    add_user(engine, "sumarlinto", "editor")
    _, token = add_token(engine, "sumarlinto")
    statement = client.get("/api/v1/statements", params={"limit": 1}).json()["items"][0]
    r = client.patch(
        f"/api/v1/statements/{statement['id']}",
        json={"reason": "a reason\x00with a NUL", "kind": "direct" if statement["kind"] == "indirect" else "indirect"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 400 and r.json()["detail"] == "the field reason contains a NUL character", r.text[:300]
    assert client.get(f"/api/v1/statements/{statement['id']}").json()["kind"] == statement["kind"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "Banjir\x00"}, "name"),
        ({"name": "Banjir", "labels": {"id": "ok", "en": "flood\x00"}}, "labels.en"),
        ({"tags": ["ok", "x\x00y"]}, "tags.1"),
    ],
)
def test_a_nul_in_any_json_field_is_a_400_naming_it(client: TestClient, body: dict[str, object], field: str) -> None:
    r = client.post("/api/v1/topics", json=body)
    assert r.status_code == 400 and r.json()["detail"] == f"the field {field} contains a NUL character"


def test_a_nul_in_a_form_field_is_a_400_page_naming_it_in_the_readers_language(client: TestClient) -> None:
    form = {"username": "sumarlinto\x00", "password": "whatever"}
    english = client.post("/login", data=form)
    assert english.status_code == 400 and "The field username contains a NUL character." in english.text
    indonesian = client.post("/login?lang=id", data=form)
    assert indonesian.status_code == 400 and "Isian username berisi karakter NUL." in indonesian.text


def test_a_form_without_a_nul_still_reaches_its_route(client: TestClient) -> None:
    r = client.post("/login", data={"username": "sumarlinto", "password": "wrong"}, follow_redirects=False)
    assert r.status_code != 400 or "NUL" not in r.text
