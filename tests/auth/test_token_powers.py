"""An API token cannot mint API tokens, nor end sessions or manage accounts (issue 17, point 2):
those need an interactive browser session with its CSRF token."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from quotetrack.auth import find_user
from quotetrack.models import ApiToken, UserSession
from quotetrack.web.app import create_app
from tests.auth.conftest import PASSWORD, add_token, csrf_of, login

SESSION_ONLY = [
    ("GET", "/account"),
    ("POST", "/account/tokens"),
    ("POST", "/account/tokens/1/revoke"),
    ("POST", "/logout/everywhere"),
    ("POST", "/admin/users"),
]


def _tokens(engine: sa.Engine) -> int:
    with Session(engine) as session:
        return len(session.exec(select(ApiToken)).all())


def _open_sessions(engine: sa.Engine) -> int:
    with Session(engine) as session:
        return len(session.exec(select(UserSession).where(UserSession.revoked_at == None)).all())  # noqa: E711


@pytest.mark.parametrize("method,path", SESSION_ONLY)
@pytest.mark.parametrize("who,scope", [("eddie", "read-write"), ("ada", "admin")])
def test_a_bearer_token_cannot_use_session_only_routes(
    app_engine: sa.Engine, editor: TestClient, method: str, path: str, who: str, scope: str
) -> None:
    _, secret = add_token(app_engine, who, scope)
    before_tokens, before_sessions = _tokens(app_engine), _open_sessions(app_engine)
    with TestClient(create_app(app_engine)) as script:
        response = script.request(
            method,
            path,
            headers={"Authorization": f"Bearer {secret}"},
            data={"label": "minted", "scope": scope, "name": "newbie", "password": PASSWORD},
            follow_redirects=False,
        )
    assert response.status_code == 403, (path, response.status_code)
    assert "browser session" in response.text
    assert "qtk_" not in response.text  # no secret handed out
    assert _tokens(app_engine) == before_tokens
    assert _open_sessions(app_engine) == before_sessions  # the editor's browser is still logged in


def test_a_token_sent_beside_a_session_cookie_still_cannot_mint(app_engine: sa.Engine, editor: TestClient) -> None:
    _, secret = add_token(app_engine, "eddie")
    before = _tokens(app_engine)
    response = editor.post(
        "/account/tokens", data={"label": "x", "csrf_token": editor.csrf}, headers={"Authorization": f"Bearer {secret}"}
    )
    assert response.status_code == 403
    assert _tokens(app_engine) == before


def test_a_browser_session_with_csrf_still_creates_and_revokes_tokens(
    app_engine: sa.Engine, editor: TestClient
) -> None:
    before = _tokens(app_engine)
    made = editor.post("/account/tokens", data={"label": "laptop", "csrf_token": editor.csrf})
    assert made.status_code == 200 and "qtk_" in made.text
    assert _tokens(app_engine) == before + 1
    assert editor.post("/account/tokens", data={"label": "no csrf"}).status_code == 403
    assert _tokens(app_engine) == before + 1


def test_tokens_made_without_a_live_session_are_listed_for_review(app_engine: sa.Engine) -> None:
    """Before the fix a token could mint tokens; the schema never recorded who made a token, but a
    token made in a browser was made during one of the account's sessions: the others came from
    the command line or from another token, and are listed for an admin to review."""
    from quotetrack.auth.tokens import tokens_made_without_a_session

    with TestClient(create_app(app_engine)) as browser:
        csrf = login(browser, "eddie")
        assert browser.post("/account/tokens", data={"label": "browser", "csrf_token": csrf}).status_code == 200
        assert browser.post("/logout", data={"csrf_token": csrf}, follow_redirects=False).status_code == 303
    add_token(app_engine, "eddie")  # as `quotetrack tokens create` (or a token, before the fix) made it
    with Session(app_engine) as session:
        user = find_user(session=session, name="eddie")
        assert user is not None
        # A token made after every session of the account had ended.
        late = ApiToken(
            user_id=user.id or 0,
            label="late",
            prefix="qtk_late",
            token_hash="f" * 64,
            created_at=session.exec(select(sa.func.max(UserSession.expires_at))).one() + timedelta(hours=1),
        )
        session.add(late)
        session.commit()
        listed = {t.label for t in tokens_made_without_a_session(session=session)}
    assert "late" in listed and "" in listed
    assert "browser" not in listed


def test_csrf_of_the_account_page_is_needed_to_log_out_everywhere(app_engine: sa.Engine, editor: TestClient) -> None:
    assert editor.post("/logout/everywhere", follow_redirects=False).status_code == 403
    page = editor.get("/account")
    assert (
        editor.post("/logout/everywhere", data={"csrf_token": csrf_of(page.text)}, follow_redirects=False).status_code
        == 303
    )


def test_the_cli_lists_tokens_made_without_a_session(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from quotetrack.cli import app
    from quotetrack.config import get_settings
    from quotetrack.store.db import default_engine

    monkeypatch.setenv("QUOTETRACK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    get_settings.cache_clear()
    default_engine.cache_clear()
    try:
        runner = CliRunner()
        assert runner.invoke(app, ["users", "add", "eddie", "--password-stdin"], input=PASSWORD + "\n").exit_code == 0
        assert runner.invoke(app, ["tokens", "create", "eddie", "--label", "nightly"]).exit_code == 0
        listed = runner.invoke(app, ["tokens", "unattended"])
        assert listed.exit_code == 0 and "eddie" in listed.stdout and "nightly" in listed.stdout
    finally:
        default_engine().dispose()
        get_settings.cache_clear()
        default_engine.cache_clear()
