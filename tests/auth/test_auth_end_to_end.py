"""Done when: an editor fixes a wrong attribution in the browser and a reader sees the correction."""

from __future__ import annotations

import importlib
import io
import re

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from quotetrack.web.app import create_app
from tests.auth.conftest import PASSWORD, add_token, csrf_of, first_statement


def _form_values(html: str) -> dict:
    """The edit form as the browser would post it untouched: inputs, textarea, selected options, checked boxes."""
    form = html.split('<form method="post" action="/statements/')[1].split("</form>")[0]
    values: dict[str, object] = {
        name: value
        for name, value in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', form)
        if name != "topics"
    }
    values["text"] = re.search(r'<textarea id="edit-text" name="text"[^>]*>([^<]*)</textarea>', form).group(1)
    values["kind"] = re.search(r'<option value="(\w+)" selected>', form).group(1)
    values["topics"] = re.findall(r'name="topics" value="([^"]+)" checked', form)
    return values


def test_an_editor_fixes_a_wrong_attribution_and_a_reader_sees_it(app_engine: sa.Engine) -> None:
    with TestClient(create_app(app_engine)) as browser:
        s = first_statement(browser)
        assert s["official"]["name"] == "Imran"
        # 1. The editor opens the statement and follows "log in".
        assert 'href="/login"' in browser.get(f"/statements/{s['id']}").text
        login_page = browser.get(f"/login?next=/statements/{s['id']}")
        # 2. Logs in; back on the statement page, with the editor tools.
        done = browser.post(
            "/login",
            data={
                "name": "eddie",
                "password": PASSWORD,
                "next": f"/statements/{s['id']}",
                "csrf_token": csrf_of(login_page.text),
            },
        )
        assert done.url.path == f"/statements/{s['id']}"
        assert f'href="/statements/{s["id"]}/edit"' in done.text
        # 3. Opens the edit form, names the real speaker, says why, saves.
        form = browser.get(f"/statements/{s['id']}/edit")
        fields = _form_values(form.text)
        assert fields["text"] == s["text"] and fields["csrf_token"]
        fields.update(
            official_id="",
            new_official_name="Dedi Sutisna",
            role="Sekretaris Daerah",
            region="Subang",
            reason="The article quotes the regional secretary here, not the regent",
        )
        saved = browser.post(f"/statements/{s['id']}/edit", data=fields)
        assert saved.status_code == 200 and saved.url.path == f"/statements/{s['id']}"
        assert "Dedi Sutisna" in saved.text
    # 4. A reader, not logged in, sees the new speaker and the public correction.
    with TestClient(create_app(app_engine)) as reader:
        page = reader.get(f"/statements/{s['id']}").text
        facts = page.split('class="facts"')[1].split("</dl>")[0]
        assert "Dedi Sutisna" in facts and "Imran" not in facts
        corrections = page.split('id="corrections"')[1]
        assert "Edited" in corrections and "eddie" in corrections
        assert "The article quotes the regional secretary here, not the regent" in corrections
        assert "<del>Imran</del>" in corrections and "Dedi Sutisna</a></ins>" in corrections
        assert "Corrected on" in page and "/edit" not in page  # no editor tools for readers
        api = reader.get(f"/api/v1/statements/{s['id']}").json()
        assert api["official"]["name"] == "Dedi Sutisna" and api["corrected_at"]
        assert api["text"] == s["text"] and api["topics"] == s["topics"] and api["date"] == s["date"]
        log = reader.get("/api/v1/revisions", params={"entity_id": s["id"]}).json()
        assert log[0]["actor"] == "eddie" and log[0]["before"]["official_id"] == s["official"]["id"]


def test_an_editor_undoes_a_correction_from_the_statement_page(editor: TestClient) -> None:
    s = first_statement(editor)
    editor.post(f"/statements/{s['id']}/hide", data={"csrf_token": editor.csrf, "reason": "duplicate"})
    page = editor.get(f"/statements/{s['id']}").text
    assert "Editors hid this statement" in page
    revision = re.search(r'action="/revisions/(\d+)/undo"', page).group(1)
    editor.post(f"/revisions/{revision}/undo", data={"csrf_token": editor.csrf})
    after = editor.get(f"/api/v1/statements/{s['id']}").json()
    assert after["status"] == "published"
    actions = [r["action"] for r in editor.get("/api/v1/revisions", params={"entity_id": s["id"]}).json()]
    assert actions == ["hide", "undo"]


def test_a_script_fixes_an_attribution_with_a_token(anon: TestClient, app_engine: sa.Engine) -> None:
    s = first_statement(anon)
    _, token = add_token(app_engine, "eddie")
    auth = {"Authorization": f"Bearer {token}"}
    fixed = anon.patch(
        f"/api/v1/statements/{s['id']}",
        headers=auth,
        json={"official_id": None, "new_official_name": "Dedi Sutisna", "reason": "wrong speaker"},
    )
    assert fixed.status_code == 200 and fixed.json()["official"]["name"] == "Dedi Sutisna"
    bad = anon.patch(
        f"/api/v1/statements/{s['id']}", headers=auth, json={"text": "not in the article", "reason": "x y"}
    )
    assert bad.status_code == 400
    official = fixed.json()["official"]["id"]
    renamed = anon.patch(
        f"/api/v1/officials/{official}", headers=auth, json={"name": "Dedi Sutisna Putra", "reason": "full name"}
    )
    assert renamed.status_code == 200 and renamed.json()["name"] == "Dedi Sutisna Putra"
    log = anon.get("/api/v1/revisions", params={"entity_type": "official", "entity_id": official}).json()
    undone = anon.post(f"/api/v1/revisions/{log[-1]['id']}/undo", headers=auth, json={"reason": "keep it short"})
    assert undone.status_code == 200 and undone.json()["action"] == "undo"
    assert anon.get(f"/api/v1/officials/{official}").json()["name"] == "Dedi Sutisna"


def test_upload_an_article_from_the_browser_and_the_api(editor: TestClient, app_engine: sa.Engine) -> None:
    text = (
        "Kota Contoh, 3 Juni 2024 - Wali Kota Contoh, Budi Santoso, menanggapi isu banjir.\n"
        '"Kami sudah menyiapkan pompa air di setiap kecamatan," kata Budi Santoso kepada wartawan.\n'
    )
    page = editor.get("/upload")
    assert page.status_code == 200 and 'enctype="multipart/form-data"' in page.text
    done = editor.post(
        "/upload",
        data={"csrf_token": csrf_of(page.text), "outlet": "Contoh News"},
        files={"file": ("banjir.txt", io.BytesIO(text.encode()), "text/plain")},
    )
    assert done.status_code == 200 and "/articles/" in str(done.url)
    assert "Kami sudah menyiapkan pompa air di setiap kecamatan" in done.text
    _, token = add_token(app_engine, "eddie")
    again = editor.post(
        "/api/v1/articles",
        headers={"Authorization": f"Bearer {token}"},
        files={"file": ("same.txt", io.BytesIO(text.encode()), "text/plain")},
    )
    assert again.status_code == 201 and again.json()["duplicate"] is True
    assert str(again.json()["article_id"]) in str(done.url)
    empty = editor.post(
        "/api/v1/articles",
        headers={"Authorization": f"Bearer {token}"},
        files={"file": ("empty.txt", io.BytesIO(b"   "), "text/plain")},
    )
    assert empty.status_code == 422


def test_review_queue_accept_fix_reject(editor: TestClient, app_engine: sa.Engine) -> None:
    with app_engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE statement SET confidence = 0.3 WHERE id IN (SELECT id FROM statement ORDER BY id LIMIT 3)")
        )
    page = editor.get("/review")
    ids = re.findall(r'action="/review/statements/(\d+)/accept"', page.text)
    assert len(ids) == 3 and ids == sorted(ids, key=int)
    assert f'href="/statements/{ids[1]}/edit?next=/review"' in page.text
    editor.post(f"/review/statements/{ids[0]}/accept", data={"csrf_token": editor.csrf})
    editor.post(f"/review/statements/{ids[2]}/reject", data={"csrf_token": editor.csrf, "reason": "a headline"})
    left = re.findall(r'action="/review/statements/(\d+)/accept"', editor.get("/review").text)
    assert left == [ids[1]]
    assert editor.get(f"/api/v1/statements/{ids[2]}").json()["status"] == "hidden"
    log = editor.get("/api/v1/revisions", params={"entity_id": ids[2]}).json()
    assert log[-1]["reason"] == "rejected in review: a headline"


def test_upload_by_url_fetches_the_page(editor: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import http.server
    import threading

    from quotetrack.ingest.fetch import _pool

    fetch = importlib.import_module("quotetrack.ingest.fetch")  # the module: the package re-exports fetch()

    page = (
        b"<html><head><title>Banjir di Kota Contoh</title></head><body><article>"
        b"<p>Kota Contoh, 3 Juni 2024 - Wali Kota Contoh, Budi Santoso, menanggapi isu banjir.</p>"
        b'<p>"Pompa air sudah kami siapkan di setiap kelurahan sejak pekan lalu," kata Budi Santoso.</p>'
        b"<p>Menurut Budi, petugas kelurahan juga diminta memeriksa saluran air setiap pagi selama musim "
        b"hujan agar warga tidak perlu mengungsi seperti tahun sebelumnya.</p>"
        b"</article></body></html>"
    )

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/berita/banjir"
        # A URL typed into the form must not reach the server's own network...
        local = editor.post("/upload", data={"csrf_token": editor.csrf, "url": url})
        assert local.status_code == 422 and "private or local address" in local.text, local.text[:500]
        # ...so the page is fetched as if it lived on a public host.
        monkeypatch.setattr(fetch, "refuse_private", lambda url, current: None)
        done = editor.post("/upload", data={"csrf_token": editor.csrf, "url": url})
    finally:
        server.shutdown()
        server.server_close()
        _pool().clear()  # close the kept-alive connection now, not whenever the collector gets to it
    assert done.status_code == 200 and "/articles/" in str(done.url), done.text[:500]
    assert "Pompa air sudah kami siapkan di setiap kelurahan sejak pekan lalu" in done.text
    refused = editor.post("/upload", data={"csrf_token": editor.csrf, "url": "http://127.0.0.1:9/nothing"})
    assert refused.status_code == 422 and "http://127.0.0.1:9/nothing" in refused.text
    neither = editor.post("/upload", data={"csrf_token": editor.csrf})
    assert neither.status_code == 422 and "choose an article file" in neither.text


def test_a_script_merges_splits_and_undoes_with_a_token(anon: TestClient, app_engine: sa.Engine) -> None:
    s = first_statement(anon)
    _, token = add_token(app_engine, "eddie")
    auth = {"Authorization": f"Bearer {token}"}
    imran = s["official"]["id"]
    split = anon.post(
        f"/api/v1/officials/{imran}/split",
        headers=auth,
        json={"statement_ids": [s["id"]], "new_name": "Dedi Sutisna", "reason": "another speaker"},
    )
    assert split.status_code == 201 and split.json()["name"] == "Dedi Sutisna"
    dedi = split.json()["id"]
    assert anon.get(f"/api/v1/statements/{s['id']}").json()["official"]["id"] == dedi
    merged = anon.patch(f"/api/v1/officials/{dedi}", headers=auth, json={"merge_into": imran, "reason": "same man"})
    assert merged.status_code == 200 and merged.json()["id"] == imran
    assert anon.get(f"/api/v1/statements/{s['id']}").json()["official"]["id"] == imran
    log = anon.get("/api/v1/revisions", params={"entity_type": "official"}).json()
    assert [(r["action"], r["actor"]) for r in log[-2:]] == [("split", "eddie"), ("merge", "eddie")]
    assert log[-1]["reason"] == "same man"
    undone = anon.post(f"/api/v1/revisions/{log[-1]['id']}/undo", headers=auth, json={"reason": "not the same"})
    assert undone.status_code == 200
    assert anon.get(f"/api/v1/statements/{s['id']}").json()["official"]["id"] == dedi
    assert (
        anon.post(
            f"/api/v1/officials/{imran}/split", json={"statement_ids": [1], "new_name": "X", "reason": "no token"}
        ).status_code
        == 401
    )
