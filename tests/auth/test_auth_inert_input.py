"""Hostile input stays inert: markup in articles renders as text everywhere, SQL metacharacters are data."""

from __future__ import annotations

import io
import re

import pytest
from fastapi.testclient import TestClient

from tests.auth.conftest import first_statement

# An invented article whose quotes carry markup that would run if it reached a page unescaped.
HOSTILE = (
    "Bupati Contoh <script>alert(1)</script> Rapat\n"
    "Kota Contoh, 3 Juni 2024 - Bupati Contoh, Budi Santoso, menanggapi isu anggaran daerah.\n"
    "\"Kami tidak akan menerima <script>alert('xss')</script> dalam anggaran ini,\" kata Budi Santoso "
    "kepada wartawan.\n"
    '"Semua program harus transparan dan "><img src=x onerror=alert(3)> terbuka untuk publik," ujar Budi.\n'
)


_HANDLER_IN_TAG = re.compile(r"<[a-zA-Z][^<>]*\bon[a-z]+\s*=", re.IGNORECASE)


def _inert(html: str) -> None:
    assert "<script>alert" not in html
    assert "<img" not in html
    # No event handler inside any real tag (quoted attribute values, escaped, are blanked first).
    assert not _HANDLER_IN_TAG.search(re.sub(r'"[^"]*"', '""', html))


def test_markup_in_an_article_is_inert_on_every_page(editor: TestClient) -> None:
    done = editor.post(
        "/upload",
        data={"csrf_token": editor.csrf, "outlet": '"><img src=x onerror=alert(4)>'},
        files={"file": ("hostile.txt", io.BytesIO(HOSTILE.encode()), "text/plain")},
        follow_redirects=False,
    )
    assert done.status_code == 303, done.text
    article_id = int(done.headers["location"].rsplit("/", 1)[1])
    statements = editor.get("/api/v1/statements", params={"article_id": article_id}).json()["items"]
    hostile = [s for s in statements if "<script>" in s["text"] or "<img" in s["text"]]
    assert hostile, "the hostile quotes must become statements for this test to mean anything"
    # An editor names a new speaker with markup too.
    sid = hostile[0]["id"]
    form = editor.get(f"/statements/{sid}/edit")
    _inert(form.text)
    saved = editor.post(
        f"/statements/{sid}/edit",
        data={
            "csrf_token": editor.csrf,
            "text": hostile[0]["text"],
            "kind": "direct",
            "official_id": "",
            "new_official_name": "<script>alert('name')</script>",
            "role": '"><img src=x onerror=alert(5)>',
            "region": "",
            "date": "2024-06-03",
            "reason": "<script>alert('reason')</script>",
        },
        follow_redirects=False,
    )
    assert saved.status_code == 303, saved.text
    official_id = editor.get(f"/api/v1/statements/{sid}").json()["official"]["id"]
    pages = [
        "/",
        f"/articles/{article_id}",
        f"/statements/{sid}",
        f"/officials/{official_id}",
        "/officials",
        "/search?q=anggaran",
        "/search?q=" + "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(6)%3E",
        "/search?q=%3Cscript%3Ealert(7)%3C%2Fscript%3E",
        "/review",
        f"/statements/{sid}/edit",
    ]
    for page in pages:
        response = editor.get(page)
        assert response.status_code in (200, 400), page
        _inert(response.text)
    statement_page = editor.get(f"/statements/{sid}").text
    assert "&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;" in statement_page  # shown, as text
    assert "&lt;script&gt;alert(&#39;reason&#39;)&lt;/script&gt;" in statement_page


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE statement; --",
        '" OR 1=1 --',
        "%' OR '%'='",
        "netralitas' UNION SELECT password_hash FROM user--",
        "\\",
        "a_b%c",
        "(((",
        "NEAR(",
        "ASN:*",
        "&|!",
    ],
)
def test_search_with_sql_metacharacters_behaves(anon: TestClient, query: str) -> None:
    for path in ("/search", "/api/v1/search"):
        response = anon.get(path, params={"q": query})
        assert response.status_code in (200, 400), (path, query, response.text[:300])
        assert "argon2" not in response.text
    assert first_statement(anon)  # the table is still there


def test_form_inputs_with_sql_metacharacters_are_stored_as_data(editor: TestClient) -> None:
    s = first_statement(editor)
    reason = "Robert'); DROP TABLE statement;-- \" OR 1=1"
    done = editor.post(
        f"/statements/{s['id']}/hide", data={"csrf_token": editor.csrf, "reason": reason}, follow_redirects=False
    )
    assert done.status_code == 303
    log = editor.get("/api/v1/revisions", params={"entity_id": s["id"]}).json()
    assert log[-1]["reason"] == reason
    page = editor.get("/login")
    assert page.status_code == 200
    with TestClient(editor.app) as other:
        form = other.get("/login").text
        token = form.split('name="csrf_token" value="')[1].split('"')[0]
        sneaky = other.post(
            "/login",
            data={"name": "eddie' OR '1'='1", "password": "' OR '1'='1", "csrf_token": token},
            follow_redirects=False,
        )
        assert sneaky.status_code == 401
    assert editor.get("/api/v1/statements", params={"limit": 1}).status_code == 200
