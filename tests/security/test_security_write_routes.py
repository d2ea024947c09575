"""Every write route of the app, listed from the app itself (so a route added later is checked
too): refused to an anonymous caller, and refused to a logged-in browser that does not send the
CSRF token. The few writes open to everyone say why here. Session cookies carry Secure whenever
the site's public address is https, also behind a proxy that passes the app plain http."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.testclient import TestClient

from quotetrack.config import get_settings
from quotetrack.pipeline import ingest_paths
from quotetrack.store.db import make_engine
from quotetrack.store.migrate import upgrade
from quotetrack.web.app import create_app
from tests.auth.conftest import add_user, csrf_of, login
from tests.ingest.conftest import article_text

# Writes anyone may send, each with what stands in for an account.
PUBLIC_WRITES = {
    ("POST", "/login"): "the login form itself (its own CSRF token, bound to a cookie)",
    ("POST", "/api/v1/claims/match"): "a read: matches a claim against stored statements, stores nothing",
    ("POST", "/alerts/confirm/{token}"): "the unguessable token e-mailed to the subscriber",
    ("POST", "/alerts/unsubscribe/{token}"): "the unguessable token in every alert",
    ("POST", "/follow"): "readers follow without an account; a signed nonce cookie is the CSRF check",
    ("POST", "/statements/{statement_id}/report"): "readers report errors; a signed nonce cookie is the CSRF check",
}
# Writes any logged-in account may send, reader included: its own tokens, sessions and alerts.
OWN_ACCOUNT_WRITES = {
    ("POST", "/account/tokens"),
    ("POST", "/account/tokens/{token_id}/revoke"),
    ("POST", "/logout"),
    ("POST", "/logout/everywhere"),
    ("POST", "/subscriptions/{subscription_id}/remove"),
}
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def write_routes(app: FastAPI) -> list[tuple[str, str]]:
    """(method, path) of every route that writes, from the app's routers (included ones too)."""

    def walk(routes: list) -> Iterator[tuple[str, str]]:
        for route in routes:
            if hasattr(route, "effective_candidates"):  # an included router (FastAPI >= 0.150)
                yield from walk(route.effective_candidates())
            elif hasattr(route, "routes") and not hasattr(route, "methods"):
                yield from walk(route.routes)
            for method in getattr(route, "methods", None) or ():
                if method in WRITE_METHODS:
                    yield method, route.path

    return sorted(set(walk(app.routes)))


def _url(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "1", path)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sa.Engine]:
    root = tmp_path_factory.mktemp("writes")
    (root / "a.txt").write_text(article_text(1, speaker="Wiradharma Pakuan"))
    eng = make_engine(f"sqlite:///{root / 'q.db'}")
    upgrade(eng)
    assert ingest_paths([root / "a.txt"], engine=eng, max_bytes=100_000, jobs=1).articles == 1
    add_user(eng, "sumarlinto", "editor")
    add_user(eng, "hendrawati", "reader")
    yield eng
    eng.dispose()


@pytest.fixture(scope="module")
def routes(engine: sa.Engine) -> list[tuple[str, str]]:
    found = write_routes(create_app(engine))
    assert len(found) >= 30 and ("PATCH", "/api/v1/statements/{statement_id}") in found  # the walk works
    return found


def test_the_public_writes_listed_here_all_exist(routes: list[tuple[str, str]]) -> None:
    assert set(PUBLIC_WRITES) | OWN_ACCOUNT_WRITES <= set(routes)


def test_every_editor_write_refuses_a_reader_with_a_valid_csrf_token(
    engine: sa.Engine, routes: list[tuple[str, str]]
) -> None:
    with TestClient(create_app(engine), raise_server_exceptions=False) as browser:
        csrf = login(browser, "hendrawati")
        allowed = {
            (method, path): status
            for method, path in routes
            if (method, path) not in set(PUBLIC_WRITES) | OWN_ACCOUNT_WRITES
            and (
                status := browser.request(
                    method,
                    _url(path),
                    data={"csrf_token": csrf, "reason": "x", "name": "x"},
                    headers={"X-CSRF-Token": csrf},
                    follow_redirects=False,
                ).status_code
            )
            != 403
        }
    assert allowed == {}


def test_every_write_route_refuses_an_anonymous_caller(engine: sa.Engine, routes: list[tuple[str, str]]) -> None:
    with TestClient(create_app(engine), raise_server_exceptions=False) as anon:
        open_ = {
            (method, path): status
            for method, path in routes
            if (method, path) not in PUBLIC_WRITES
            and (status := anon.request(method, _url(path), data={"reason": "x"}, follow_redirects=False).status_code)
            not in (401, 403)
        }
    assert open_ == {}


def test_every_write_route_refuses_a_logged_in_browser_without_the_csrf_token(
    engine: sa.Engine, routes: list[tuple[str, str]]
) -> None:
    with TestClient(create_app(engine), raise_server_exceptions=False) as browser:
        login(browser, "sumarlinto")
        unguarded = {}
        for method, path in routes:
            if path.startswith(("/alerts/confirm/", "/alerts/unsubscribe/")) or path == "/api/v1/claims/match":
                continue  # the token in the address is the guard; or nothing is written
            form = {"reason": "x", "name": "sumarlinto", "password": "x"}
            status = browser.request(method, _url(path), data=form, follow_redirects=False).status_code
            if status != 403:
                unguarded[(method, path)] = status
    assert unguarded == {}


@pytest.fixture
def https_site(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The site's public address is https; the app itself is reached over plain http (a proxy ends TLS)."""
    get_settings.cache_clear()
    monkeypatch.setenv("QUOTETRACK_BASE_URL", "https://quotes.example.org")
    yield
    get_settings.cache_clear()


def _cookie(response, name: str) -> str:
    return next(v for v in response.headers.get_list("set-cookie") if v.startswith(f"{name}="))


def test_cookies_are_secure_when_the_public_address_is_https_even_over_plain_http_behind_a_proxy(
    engine: sa.Engine, https_site: None
) -> None:
    # The test client, like a browser, keeps a Secure cookie off plain http: sent by hand here,
    # as the browser sends it over https to the proxy.
    with TestClient(create_app(engine), base_url="http://testserver") as http:
        form = http.get("/login")
        nonce = _cookie(form, "qt_login")
        assert "Secure" in nonce
        done = http.post(
            "/login",
            data={"name": "sumarlinto", "password": "correct horse battery staple", "csrf_token": csrf_of(form.text)},
            headers={"Cookie": nonce.split(";")[0]},
            follow_redirects=False,
        )
        session_cookie = _cookie(done, "qt_session")
        assert "Secure" in session_cookie and "HttpOnly" in session_cookie and "SameSite=lax" in session_cookie
        statement = http.get("/api/v1/statements", params={"limit": 1}).json()["items"][0]
        page = http.get(f"/statements/{statement['id']}")
        assert page.status_code == 200 and "Secure" in _cookie(page, "qt_report")


def test_cookies_are_not_secure_on_a_plain_http_site(engine: sa.Engine) -> None:
    # A laptop without TLS must still be able to log in: Secure cookies would never come back.
    with TestClient(create_app(engine), base_url="http://testserver") as http:
        assert "Secure" not in _cookie(http.get("/login"), "qt_login")
