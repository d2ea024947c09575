"""Fixtures for the editor tests: accounts, logged-in clients, and helpers to read CSRF tokens."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlmodel import Session

from quotetrack.auth import create_token, create_user
from quotetrack.web.app import create_app

PASSWORD = "correct horse battery staple"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def add_user(engine: sa.Engine, name: str, role: str = "editor", password: str = PASSWORD) -> int:
    with Session(engine) as session:
        user = create_user(session=session, name=name, role=role, password=password)
        session.commit()
        return user.id or 0


def add_token(engine: sa.Engine, name: str, scope: str = "read-write") -> tuple[int, str]:
    from quotetrack.auth import find_user

    with Session(engine) as session:
        user = find_user(session=session, name=name)
        assert user is not None
        row, secret = create_token(session=session, user=user, scope=scope)
        session.commit()
        return row.id or 0, secret


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "no CSRF token on the page"
    return found.group(1)


def login(client: TestClient, name: str, password: str = PASSWORD, next_path: str = "/") -> str:
    """Log in through the form like a browser; returns the CSRF token of the new session."""
    form = client.get("/login")
    assert form.status_code == 200
    done = client.post(
        "/login",
        data={"name": name, "password": password, "csrf_token": csrf_of(form.text), "next": next_path},
        follow_redirects=False,
    )
    assert done.status_code == 303, done.text
    return csrf_of(client.get("/account").text)


@pytest.fixture
def app_engine(seeded: sa.Engine) -> sa.Engine:
    """The seeded database (SQLite and PostgreSQL) with an admin, an editor and a reader."""
    add_user(seeded, "ada", "admin")
    add_user(seeded, "eddie", "editor")
    add_user(seeded, "rita", "reader")
    return seeded


def _client(engine: sa.Engine) -> Iterator[TestClient]:
    with TestClient(create_app(engine)) as c:
        yield c


@pytest.fixture
def anon(app_engine: sa.Engine) -> Iterator[TestClient]:
    yield from _client(app_engine)


@pytest.fixture
def editor(app_engine: sa.Engine) -> Iterator[TestClient]:
    """A browser logged in as the editor; its CSRF token is `editor.csrf`."""
    for c in _client(app_engine):
        c.csrf = login(c, "eddie")  # type: ignore[attr-defined]
        yield c


@pytest.fixture
def reader(app_engine: sa.Engine) -> Iterator[TestClient]:
    for c in _client(app_engine):
        c.csrf = login(c, "rita")  # type: ignore[attr-defined]
        yield c


def first_statement(client: TestClient, text: str = "Komunikasi bukan berarti intervensi") -> dict:
    items = client.get("/api/v1/statements", params={"limit": 200}).json()["items"]
    return next(s for s in items if s["text"] == text)
