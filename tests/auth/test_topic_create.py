"""Editors add topics beside the shipped taxonomy, from the API and from the topics page."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.auth.conftest import add_token, first_statement


def test_an_editor_token_adds_a_topic_and_files_a_statement_under_it(anon: TestClient, app_engine: sa.Engine) -> None:
    _, token = add_token(app_engine, "eddie")
    auth = {"Authorization": f"Bearer {token}"}
    body = {"slug": "banjir-rob", "label_id": "Banjir rob", "label_en": "Tidal flooding", "parent": "disasters"}
    assert anon.post("/api/v1/topics", json=body).status_code == 401
    made = anon.post("/api/v1/topics", json=body, headers=auth)
    assert made.status_code == 201 and made.json()["slug"] == "banjir-rob"
    assert anon.post("/api/v1/topics", json=body, headers=auth).status_code == 409
    for bad in (
        {**body, "slug": "Banjir Rob"},
        {**body, "slug": "rob-2", "parent": "no-such-topic"},
        {**body, "slug": "rob-3", "label_en": "  "},
    ):
        refused = anon.post("/api/v1/topics", json=bad, headers=auth)
        assert refused.status_code == 400, refused.text
    listed = anon.get("/api/v1/topics").json()
    assert any(t["slug"] == "banjir-rob" for t in (listed["items"] if isinstance(listed, dict) else listed))
    # A statement joins it through a correction; the topic page then lists it.
    s = first_statement(anon)
    fixed = anon.patch(
        f"/api/v1/statements/{s['id']}",
        headers=auth,
        json={"topics": [*s["topics"], "banjir-rob"], "reason": "about tidal floods"},
    )
    assert fixed.status_code == 200 and "banjir-rob" in fixed.json()["topics"]
    page = anon.get("/topics/banjir-rob")
    assert page.status_code == 200 and s["text"][:40] in page.text
    log = anon.get("/api/v1/revisions", params={"entity_type": "topic"}).json()
    assert [(r["action"], r["actor"], r["after"]["slug"]) for r in log] == [("create", "eddie", "banjir-rob")]


def test_the_topics_page_form_adds_a_topic_for_editors_only(editor: TestClient, reader: TestClient) -> None:
    assert 'action="/topics"' in editor.get("/topics").text
    assert 'action="/topics"' not in reader.get("/topics").text
    form = {"slug": "air-bersih", "label_id": "Air bersih", "label_en": "Clean water", "parent": ""}
    assert editor.post("/topics", data=form).status_code == 403  # no CSRF token
    done = editor.post("/topics", data={**form, "csrf_token": editor.csrf}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/topics/air-bersih"
    assert "Clean water" in editor.get("/topics?lang=en").text
    again = editor.post("/topics", data={**form, "csrf_token": editor.csrf})
    assert again.status_code == 409 and "already exists" in again.text and 'value="air-bersih"' in again.text
    assert reader.post("/topics", data={**form, "slug": "x-y", "csrf_token": reader.csrf}).status_code == 403
