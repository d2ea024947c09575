"""The upload form and API (issue 17, points 3 and 4): URLs checked like every other input,
uploads processed off the request path with a status page, lock waits answered 503."""

from __future__ import annotations

import io

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from quotetrack.models import Article
from tests.auth.conftest import add_token, anon, app_engine, editor  # noqa: F401 - fixtures
from tests.ingest.conftest import article_text


def _file(n: int) -> dict:
    return {"file": (f"berita{n}.txt", io.BytesIO(article_text(n).encode()), "text/plain")}


@pytest.mark.parametrize("url", ["javascript:alert(1)//", " JaVaScRiPt:alert(1)", "data:text/html,x", "/relative"])
def test_upload_refuses_a_url_that_is_not_absolute_http(editor: TestClient, app_engine: sa.Engine,  # noqa: F811
                                                        url: str) -> None:
    form = editor.post("/upload", data={"csrf_token": editor.csrf, "url": url}, files=_file(901))
    assert form.status_code == 422 and "absolute http" in form.text
    _, token = add_token(app_engine, "eddie")
    api = editor.post("/api/v1/articles", headers={"Authorization": f"Bearer {token}"}, data={"url": url},
                      files=_file(902))
    assert api.status_code == 400 and "absolute http" in api.text
    with Session(app_engine) as session:
        assert not [u for u in session.exec(select(Article.url)).all() if u and not u.startswith("http")]


def test_upload_keeps_an_upper_case_https_url_as_a_link(editor: TestClient, app_engine: sa.Engine) -> None:  # noqa: F811
    _, token = add_token(app_engine, "eddie")
    done = editor.post("/api/v1/articles", headers={"Authorization": f"Bearer {token}"},
                       data={"url": "  HTTPS://news.example/up/1 "}, files=_file(903))
    assert done.status_code == 201, done.text
    with Session(app_engine) as session:
        article = session.get(Article, done.json()["article_id"])
        assert article is not None and article.url == "https://news.example/up/1"
