"""The API's contract as the schema states it (issue 17, point 15): 405 with Allow, 400 (never 422)
documented for validation errors, no HTML pages in /openapi.json, the enforced query length in
the schema, problem+json for an oversize body, and an upper-case URL scheme accepted."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from quotetrack.config import get_settings


@pytest.fixture
def spec(client: TestClient) -> dict:
    return client.get("/openapi.json").json()


def test_the_schema_documents_400_and_never_422(spec: dict) -> None:
    text = json.dumps(spec)
    assert '"422"' not in text and "HTTPValidationError" not in text
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            documented = op["responses"]
            assert "400" in documented or "4XX" in documented, (method, path)
            if "400" in documented:
                assert "application/problem+json" in documented["400"]["content"], (method, path)


def test_html_pages_are_not_in_the_api_schema(spec: dict) -> None:
    assert spec["paths"], "no paths at all"
    assert [p for p in spec["paths"] if not p.startswith("/api/")] == []


def test_the_schema_states_the_query_length_that_is_enforced(client: TestClient, spec: dict) -> None:
    q = next(p for p in spec["paths"]["/api/v1/search"]["get"]["parameters"] if p["name"] == "q")
    limit = get_settings().max_query_chars
    assert q["schema"]["maxLength"] == limit
    longest = ("jalan " * 30 + "x" * limit)[:limit]
    assert client.get("/api/v1/search", params={"q": longest}).status_code == 200
    too_long = client.get("/api/v1/search", params={"q": "a" * (limit + 1)})
    assert too_long.status_code == 400 and too_long.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize(
    "method,path,allowed",
    [
        ("DELETE", "/api/v1/statements", {"GET", "HEAD"}),
        ("PUT", "/api/v1/statements/1", {"GET", "HEAD", "PATCH"}),
        ("GET", "/api/v1/articles", {"POST"}),
        ("POST", "/search", {"GET", "HEAD"}),
    ],
)
def test_405_names_the_allowed_methods(client: TestClient, method: str, path: str, allowed: set[str]) -> None:
    response = client.request(method, path)
    assert response.status_code == 405
    assert {m.strip() for m in response.headers["allow"].split(",")} >= allowed - {"HEAD"}
    if path.startswith("/api/"):
        assert response.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize("path", ["/api/v1/articles", "/api/v1/search", "/upload"])
def test_an_oversize_body_is_a_problem_document(client: TestClient, path: str) -> None:
    too_big = get_settings().max_article_bytes + 1024 * 1024
    response = client.post(path, content=b"x", headers={"content-length": str(too_big), "content-type": "text/plain"})
    assert response.status_code == 413
    if path.startswith("/api/"):
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["status"] == 413
    else:  # a page answers with the site's error page
        assert response.headers["content-type"].startswith("text/html")


def test_a_chunked_oversize_body_is_a_413_problem_too(client: TestClient) -> None:
    chunk = b" " * (1024 * 1024)

    def body():
        yield b'{"claim": "'
        for _ in range(get_settings().max_article_bytes // len(chunk) + 2):
            yield chunk

    response = client.post("/api/v1/claims/match", content=body(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("application/problem+json")


def test_an_upper_case_url_scheme_is_accepted(client: TestClient) -> None:
    from tests.auth.conftest import add_token, add_user

    engine = client.app.state.engine
    add_user(engine, "eddie", "editor")
    _, secret = add_token(engine, "eddie")
    response = client.post(
        "/api/v1/articles", data={"url": "HTTPS://127.0.0.1/article"}, headers={"Authorization": f"Bearer {secret}"}
    )
    # Refused for its private address (the fetcher's check), not for the scheme's case.
    assert "must start with" not in response.text
    assert response.status_code in (400, 422), response.text
