"""Every write refuses anonymous (401) and wrong-role (403) callers; CSRF, logout and revocation hold."""

from __future__ import annotations

import io

import sqlalchemy as sa
from fastapi.testclient import TestClient

from quotetrack.web.app import create_app
from tests.auth.conftest import PASSWORD, add_token, csrf_of, first_statement, login

ARTICLE = 'Kota Contoh, 3 Juni 2024 - Wali Kota Contoh, Budi Santoso, berbicara.\n"Kami siap," kata Budi.\n'

# (method, path, body kind) for every write in the UI and the API; {sid} is a real statement.
EDITOR_WRITES = [
    ("POST", "/statements/{sid}/edit", "form"),
    ("POST", "/statements/{sid}/hide", "form"),
    ("POST", "/statements/{sid}/unhide", "form"),
    ("POST", "/revisions/1/undo", "form"),
    ("POST", "/revisions/1/restore", "form"),
    ("POST", "/review/statements/{sid}/accept", "form"),
    ("POST", "/review/statements/{sid}/reject", "form"),
    ("POST", "/review/merges/1/accept", "form"),
    ("POST", "/review/merges/1/reject", "form"),
    ("POST", "/upload", "file"),
    ("PATCH", "/api/v1/statements/{sid}", "json"),
    ("PATCH", "/api/v1/officials/{oid}", "json"),
    ("POST", "/api/v1/officials/{oid}/split", "json"),
    ("POST", "/api/v1/statements/{sid}/hide", "json"),
    ("POST", "/api/v1/statements/{sid}/unhide", "json"),
    ("POST", "/api/v1/revisions/1/undo", "json"),
    ("POST", "/api/v1/revisions/1/restore", "json"),
    ("POST", "/api/v1/merge-suggestions/1/accept", "json"),
    ("POST", "/api/v1/merge-suggestions/1/reject", "json"),
    ("POST", "/api/v1/articles", "file"),
]
EDITOR_PAGES = ["/statements/{sid}/edit", "/review", "/upload"]
ADMIN_WRITES = [("POST", "/admin/users", "form"), ("POST", "/api/v1/users", "json")]
USER_WRITES = [("POST", "/logout", "form"), ("POST", "/logout/everywhere", "form"), ("POST", "/account/tokens", "form")]


def _send(
    client: TestClient, method: str, path: str, body: str, *, csrf: str | None = None, headers: dict | None = None
) -> int:
    s = first_statement(client)
    url = path.format(sid=s["id"], oid=s["official"]["id"])
    data = {"reason": "a valid reason", "name": "newbie", "password": PASSWORD, "text": s["text"]}
    if csrf is not None:
        data["csrf_token"] = csrf
    headers = dict(headers or {})
    if body == "json":
        if csrf is not None:
            headers["X-CSRF-Token"] = csrf
        return client.request(
            method,
            url,
            json={"reason": "a valid reason", "kind": "indirect", "name": "newbie", "password": PASSWORD},
            headers=headers,
        ).status_code
    if body == "file":
        files = {"file": ("a.txt", io.BytesIO(ARTICLE.encode()), "text/plain")}
        return client.request(method, url, data=data, files=files, headers=headers, follow_redirects=False).status_code
    return client.request(method, url, data=data, headers=headers, follow_redirects=False).status_code


def _statement_unchanged(client: TestClient, before: dict) -> None:
    now = client.get(f"/api/v1/statements/{before['id']}").json()
    assert {k: now[k] for k in ("text", "kind", "official", "status")} == {
        k: before[k] for k in ("text", "kind", "official", "status")
    }
    assert client.get("/api/v1/revisions", params={"entity_id": before["id"]}).json() == []


def test_anonymous_writes_are_refused_with_401(anon: TestClient) -> None:
    before = first_statement(anon)
    for method, path, body in EDITOR_WRITES + ADMIN_WRITES + USER_WRITES:
        assert _send(anon, method, path, body) == 401, (method, path)
    for path in EDITOR_PAGES:
        assert anon.get(path.format(sid=before["id"])).status_code == 401, path
    _statement_unchanged(anon, before)
    page = anon.get("/review")
    assert "Log in" in page.text and 'href="/login"' in page.text
    api = anon.patch(f"/api/v1/statements/{before['id']}", json={"reason": "no token", "kind": "indirect"})
    assert api.headers["www-authenticate"].startswith("Bearer")
    assert api.headers["content-type"] == "application/problem+json"


def test_a_reader_account_cannot_write(reader: TestClient) -> None:
    before = first_statement(reader)
    for method, path, body in EDITOR_WRITES + ADMIN_WRITES:
        assert _send(reader, method, path, body, csrf=reader.csrf) == 403, (method, path)
    for path in EDITOR_PAGES:
        assert reader.get(path.format(sid=before["id"])).status_code == 403, path
    _statement_unchanged(reader, before)


def test_an_editor_is_not_an_admin(editor: TestClient, app_engine: sa.Engine) -> None:
    for method, path, body in ADMIN_WRITES:
        assert _send(editor, method, path, body, csrf=editor.csrf) == 403, (method, path)
    _, token = add_token(app_engine, "eddie")
    for method, path, body in ADMIN_WRITES[1:]:
        assert _send(editor, method, path, body, headers={"Authorization": f"Bearer {token}"}) == 403


def test_tokens_carry_role_and_scope(anon: TestClient, app_engine: sa.Engine) -> None:
    s = first_statement(anon)
    _, reader_token = add_token(app_engine, "rita")
    _, admin_rw = add_token(app_engine, "ada", "read-write")
    _, admin_full = add_token(app_engine, "ada", "admin")
    patch = {"reason": "speech was reported", "kind": "indirect"}
    assert (
        anon.patch(
            f"/api/v1/statements/{s['id']}", json=patch, headers={"Authorization": f"Bearer {reader_token}"}
        ).status_code
        == 403
    )
    new_user = {"name": "newbie", "role": "editor", "password": PASSWORD}
    assert anon.post("/api/v1/users", json=new_user, headers={"Authorization": f"Bearer {admin_rw}"}).status_code == 403
    assert (
        anon.post("/api/v1/users", json=new_user, headers={"Authorization": f"Bearer {admin_full}"}).status_code == 201
    )
    assert (
        anon.patch(f"/api/v1/statements/{s['id']}", json=patch, headers={"Authorization": f"Bearer {admin_rw}"}).json()[
            "kind"
        ]
        == "indirect"
    )
    assert (
        anon.patch(
            f"/api/v1/statements/{s['id']}", json=patch, headers={"Authorization": "Bearer qtk_made-up"}
        ).status_code
        == 401
    )


def test_forms_without_a_valid_csrf_token_are_refused(editor: TestClient, app_engine: sa.Engine) -> None:
    s = first_statement(editor)
    hide = f"/statements/{s['id']}/hide"
    assert editor.post(hide, data={"reason": "duplicate"}).status_code == 403
    assert editor.post(hide, data={"reason": "duplicate", "csrf_token": "0" * 64}).status_code == 403
    with TestClient(create_app(app_engine)) as other:  # a token from another session of the same user
        foreign = login(other, "eddie")
    assert foreign != editor.csrf
    assert editor.post(hide, data={"reason": "duplicate", "csrf_token": foreign}).status_code == 403
    # A cookie-authenticated API call needs the token in a header.
    assert (
        editor.patch(f"/api/v1/statements/{s['id']}", json={"reason": "reported", "kind": "indirect"}).status_code
        == 403
    )
    assert editor.get(f"/api/v1/statements/{s['id']}").json()["status"] == "published"
    done = editor.post(hide, data={"reason": "duplicate", "csrf_token": editor.csrf}, follow_redirects=False)
    assert done.status_code == 303
    assert editor.get(f"/api/v1/statements/{s['id']}").json()["status"] == "hidden"
    assert (
        editor.patch(
            f"/api/v1/statements/{s['id']}",
            json={"reason": "reported", "kind": "indirect"},
            headers={"X-CSRF-Token": editor.csrf},
        ).status_code
        == 200
    )


def test_login_form_needs_its_csrf_token(anon: TestClient) -> None:
    refused = anon.post("/login", data={"name": "eddie", "password": PASSWORD}, follow_redirects=False)
    assert refused.status_code == 403 and "qt_session" not in refused.headers.get("set-cookie", "")
    page = anon.get("/login")
    wrong = anon.post(
        "/login",
        data={"name": "eddie", "password": "not the password", "csrf_token": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert wrong.status_code == 401 and "Wrong user name or password" in wrong.text


def test_session_cookie_flags(app_engine: sa.Engine) -> None:
    with TestClient(create_app(app_engine)) as http:
        page = http.get("/login")
        done = http.post(
            "/login",
            data={"name": "eddie", "password": PASSWORD, "csrf_token": csrf_of(page.text)},
            follow_redirects=False,
        )
        cookie = next(v for v in done.headers.get_list("set-cookie") if v.startswith("qt_session="))
        assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" not in cookie
    with TestClient(create_app(app_engine), base_url="https://testserver") as https:
        page = https.get("/login")
        done = https.post(
            "/login",
            data={"name": "eddie", "password": PASSWORD, "csrf_token": csrf_of(page.text)},
            follow_redirects=False,
        )
        cookie = next(v for v in done.headers.get_list("set-cookie") if v.startswith("qt_session="))
        assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" in cookie


def test_a_logged_out_session_cookie_is_dead(editor: TestClient, app_engine: sa.Engine) -> None:
    stolen = editor.cookies.get("qt_session")
    assert stolen and editor.get("/review").status_code == 200
    assert editor.post("/logout", data={"csrf_token": editor.csrf}, follow_redirects=False).status_code == 303
    with TestClient(create_app(app_engine), cookies={"qt_session": stolen}) as replay:
        assert replay.get("/review").status_code == 401
        assert 'href="/login"' in replay.get("/").text
        s = first_statement(replay)
        assert (
            replay.post(f"/statements/{s['id']}/hide", data={"reason": "x" * 5, "csrf_token": editor.csrf}).status_code
            == 401
        )


def test_log_out_everywhere_ends_other_devices(editor: TestClient, app_engine: sa.Engine) -> None:
    with TestClient(create_app(app_engine)) as laptop:
        login(laptop, "eddie")
        assert laptop.get("/review").status_code == 200
        editor.post("/logout/everywhere", data={"csrf_token": editor.csrf})
        assert laptop.get("/review").status_code == 401
    assert editor.get("/review").status_code == 401


def test_a_revoked_api_token_is_dead(editor: TestClient, app_engine: sa.Engine) -> None:
    s = first_statement(editor)
    created = editor.post("/account/tokens", data={"csrf_token": editor.csrf, "label": "script"})
    assert "it is not shown again" in created.text
    secret = created.text.split('<code id="new-token">')[1].split("</code>")[0]
    assert secret.startswith("qtk_") and secret not in editor.get("/account").text  # shown once
    auth = {"Authorization": f"Bearer {secret}"}
    assert (
        editor.post(f"/api/v1/statements/{s['id']}/hide", json={"reason": "duplicate"}, headers=auth).status_code == 200
    )
    page = editor.get("/account")
    assert "UTC" in page.text  # last used time is shown
    token_id = page.text.split('action="/account/tokens/')[1].split("/revoke")[0]
    assert (
        editor.post(
            f"/account/tokens/{token_id}/revoke", data={"csrf_token": editor.csrf}, follow_redirects=False
        ).status_code
        == 303
    )
    assert (
        editor.post(f"/api/v1/statements/{s['id']}/unhide", json={"reason": "mistake"}, headers=auth).status_code == 401
    )
    assert editor.get(f"/api/v1/statements/{s['id']}").json()["status"] == "hidden"


def test_login_lockout_shows_a_clear_message(anon: TestClient) -> None:
    for _ in range(5):
        page = anon.get("/login")
        anon.post("/login", data={"name": "eddie", "password": "wrong wrong", "csrf_token": csrf_of(page.text)})
    page = anon.get("/login")
    locked = anon.post(
        "/login", data={"name": "eddie", "password": PASSWORD, "csrf_token": csrf_of(page.text)}, follow_redirects=False
    )
    assert locked.status_code == 429 and "locked" in locked.text
    assert "qt_session" not in locked.headers.get("set-cookie", "")


def test_login_redirects_only_to_this_site(anon: TestClient) -> None:
    for target, expected in [
        ("/review", "/review"),
        ("//evil.example/", "/"),
        ("https://evil.example/", "/"),
        ("/\\evil.example", "/"),
    ]:
        with TestClient(anon.app) as c:
            page = c.get("/login")
            done = c.post(
                "/login",
                data={"name": "eddie", "password": PASSWORD, "csrf_token": csrf_of(page.text), "next": target},
                follow_redirects=False,
            )
            assert done.headers["location"] == expected


def test_oversized_bodies_are_refused(editor: TestClient) -> None:
    from quotetrack.config import get_settings

    huge = b"x" * (get_settings().max_article_bytes + 128 * 1024)
    response = editor.post("/upload", data={"csrf_token": editor.csrf}, files={"file": ("big.txt", huge)})
    assert response.status_code == 413
