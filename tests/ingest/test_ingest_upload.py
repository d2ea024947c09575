"""The upload form and API (issue 17, points 3 and 4): URLs checked like every other input,
uploads processed off the request path with a status page, lock waits answered 503."""

from __future__ import annotations

import io
import sqlite3
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from quotetrack.models import Article
from tests.auth.conftest import add_token
from tests.ingest.conftest import article_text


def _file(n: int) -> dict:
    return {"file": (f"berita{n}.txt", io.BytesIO(article_text(n).encode()), "text/plain")}


@pytest.mark.parametrize("url", ["javascript:alert(1)//", " JaVaScRiPt:alert(1)", "data:text/html,x", "/relative"])
def test_upload_refuses_a_url_that_is_not_absolute_http(
    editor: TestClient,
    app_engine: sa.Engine,
    url: str,
) -> None:
    form = editor.post("/upload", data={"csrf_token": editor.csrf, "url": url}, files=_file(901))
    assert form.status_code == 422 and "absolute http" in form.text
    _, token = add_token(app_engine, "eddie")
    api = editor.post(
        "/api/v1/articles", headers={"Authorization": f"Bearer {token}"}, data={"url": url}, files=_file(902)
    )
    assert api.status_code == 400 and "absolute http" in api.text
    with Session(app_engine) as session:
        assert not [u for u in session.exec(select(Article.url)).all() if u and not u.startswith("http")]


def test_upload_keeps_an_upper_case_https_url_as_a_link(editor: TestClient, app_engine: sa.Engine) -> None:
    _, token = add_token(app_engine, "eddie")
    done = editor.post(
        "/api/v1/articles",
        headers={"Authorization": f"Bearer {token}"},
        data={"url": "  HTTPS://news.example/up/1 "},
        files=_file(903),
    )
    assert done.status_code == 201, done.text
    with Session(app_engine) as session:
        article = session.get(Article, done.json()["article_id"])
        assert article is not None and article.url == "https://news.example/up/1"


# --- point 4: off the request path, status page, 503 instead of 500 ----------------------------


def _hide(client: TestClient, token: str, statement_id: int) -> int:
    return client.post(
        f"/api/v1/statements/{statement_id}/hide",
        headers={"Authorization": f"Bearer {token}"},
        json={"reason": "checking the lock"},
    ).status_code


def test_a_large_upload_is_processed_off_the_request_while_others_write(
    editor: TestClient,
    app_engine: sa.Engine,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bench.bench_big_article import SHORT
    from quotetrack.web import uploads

    monkeypatch.setattr(uploads, "WAIT_SECONDS", 0.0)  # answer at once, whatever the article's size
    big = ("Judul: Jalan Desa Subang\n\n" + SHORT * 400).encode()
    sent = editor.post(
        "/upload",
        data={"csrf_token": editor.csrf},
        files={"file": ("big.txt", io.BytesIO(big), "text/plain")},
        follow_redirects=False,
    )
    assert sent.status_code == 200 and sent.headers.get("Refresh"), sent.text[:300]
    listed = editor.get("/api/v1/statements").json()  # reads go on meanwhile
    assert listed["total"] > 0
    _, token = add_token(app_engine, "eddie")
    assert _hide(editor, token, listed["items"][0]["id"]) in (200, 503)  # a second writer: never a 500
    status_path = next(part.split('"')[0] for part in sent.text.split('href="') if part.startswith("/upload/"))
    deadline = time.monotonic() + 600  # a hang guard, not a timing assertion
    while (status := editor.get(status_path, follow_redirects=False)).status_code == 200:
        assert time.monotonic() < deadline, "the upload never finished"
        time.sleep(0.5)
    assert status.status_code == 303, status.text[:300]
    article = editor.get(status.headers["location"])
    assert article.status_code == 200 and "Jalan ini harus selesai sebelum musim hujan" in article.text
    api = editor.get(f"/api/v1/uploads/{status_path.rsplit('/', 1)[1]}", headers={"Authorization": f"Bearer {token}"})
    assert api.status_code == 200 and api.json()["state"] == "done" and api.json()["statements"] >= 400


def test_the_api_answers_202_with_a_status_url_and_503_when_the_queue_is_full(
    editor: TestClient,
    app_engine: sa.Engine,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from quotetrack.web import uploads

    release = threading.Event()
    real = uploads.store_upload
    monkeypatch.setattr(uploads, "store_upload", lambda **kw: (release.wait(60), real(**kw))[1])
    monkeypatch.setattr(uploads, "WAIT_SECONDS", 0.2)
    _, token = add_token(app_engine, "eddie")
    auth = {"Authorization": f"Bearer {token}"}
    first = editor.post("/api/v1/articles", headers=auth, files=_file(904))
    assert first.status_code == 202 and first.json()["state"] in ("queued", "processing")
    time.sleep(0.5)  # the worker takes the first upload off the queue
    queued = [editor.post("/api/v1/articles", headers=auth, files=_file(905 + n)) for n in range(uploads.MAX_WAITING)]
    assert [r.status_code for r in queued] == [202] * uploads.MAX_WAITING
    full = editor.post("/api/v1/articles", headers=auth, files=_file(990))
    assert full.status_code == 503 and full.headers["Retry-After"]
    release.set()
    for answer in (first, *queued):
        url = answer.json()["status_url"]
        deadline = time.monotonic() + 300  # a hang guard
        while (state := editor.get(url, headers=auth).json())["state"] not in ("done", "failed"):
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert state["state"] == "done" and state["article_id"], state


def test_a_write_that_waits_out_the_sqlite_lock_is_503_with_retry_after(
    tmp_path: Path, sqlite_engine: sa.Engine
) -> None:
    from quotetrack.pipeline import ingest_paths
    from quotetrack.web.app import create_app
    from tests.auth.conftest import add_user

    (tmp_path / "a.txt").write_text(article_text(1), encoding="utf-8")
    assert ingest_paths([tmp_path / "a.txt"], engine=sqlite_engine, max_bytes=10**7).ok
    add_user(sqlite_engine, "eddie")
    _, token = add_token(sqlite_engine, "eddie")
    with TestClient(create_app(sqlite_engine), raise_server_exceptions=False) as client:
        statement_id = client.get("/api/v1/statements").json()["items"][0]["id"]
        holder = sqlite3.connect(str(sqlite_engine.url.database), timeout=1)
        holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock past busy_timeout
        try:
            response = client.post(
                f"/api/v1/statements/{statement_id}/hide",
                headers={"Authorization": f"Bearer {token}"},
                json={"reason": "lock test"},
            )
        finally:
            holder.rollback()
            holder.close()
        assert response.status_code == 503 and response.headers["Retry-After"], response.text
        assert _hide(client, token, statement_id) == 200  # the lock gone, the same write goes through
