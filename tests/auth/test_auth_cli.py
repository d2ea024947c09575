"""`quotetrack users add` and `quotetrack tokens create/list/revoke`: the token is printed once, stored hashed."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select
from typer.testing import CliRunner

from quotetrack.auth.tokens import token_principal
from quotetrack.cli import app
from quotetrack.config import get_settings
from quotetrack.models import ApiToken, User
from quotetrack.store.db import default_engine


@pytest.fixture
def cli_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[sa.Engine]:
    monkeypatch.setenv("QUOTETRACK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    get_settings.cache_clear()
    default_engine.cache_clear()
    try:
        yield default_engine()
    finally:
        default_engine().dispose()
        get_settings.cache_clear()
        default_engine.cache_clear()


def test_users_add_reads_the_password_from_stdin_and_tokens_are_shown_once(cli_db: sa.Engine) -> None:
    runner = CliRunner()
    added = runner.invoke(
        app, ["users", "add", "eddie", "--role", "editor", "--password-stdin"], input="a password from stdin\n"
    )
    assert added.exit_code == 0, added.output
    with Session(cli_db) as session:
        user = session.exec(select(User)).one()
        assert user.role == "editor" and "a password from stdin" not in user.password_hash
    assert runner.invoke(app, ["users", "add", "eddie", "--password-stdin"], input="another password\n").exit_code == 1
    assert runner.invoke(app, ["users", "add", "rita", "--password-stdin"], input="short\n").exit_code == 1

    created = runner.invoke(app, ["tokens", "create", "eddie", "--label", "nightly import"])
    assert created.exit_code == 0, created.output
    secret = created.stdout.strip().splitlines()[-1]
    assert secret.startswith("qtk_")
    with Session(cli_db) as session:
        row = session.exec(select(ApiToken)).one()
        token_id = row.id
        assert row.token_hash == hashlib.sha256(secret.encode()).hexdigest() and secret not in repr(row)
        assert token_principal(session=session, secret=secret) is not None
        session.commit()
    listed = runner.invoke(app, ["tokens", "list", "eddie"])
    assert "nightly import" in listed.stdout and secret not in listed.stdout and "active" in listed.stdout
    assert runner.invoke(app, ["tokens", "revoke", str(token_id)]).exit_code == 0
    with Session(cli_db) as session:
        assert token_principal(session=session, secret=secret) is None
    assert "revoked" in runner.invoke(app, ["tokens", "list", "eddie"]).stdout
    assert runner.invoke(app, ["tokens", "create", "nobody"]).exit_code == 1
    assert runner.invoke(app, ["tokens", "create", "eddie", "--scope", "admin"]).exit_code == 1


def test_users_set_changes_role_disables_and_resets_the_password(cli_db: sa.Engine) -> None:
    from quotetrack.auth import authenticate, start_session
    from quotetrack.auth.sessions import session_principal

    runner = CliRunner()
    assert runner.invoke(app, ["users", "add", "eddie", "--password-stdin"], input="first password\n").exit_code == 0
    secret = runner.invoke(app, ["tokens", "create", "eddie"]).stdout.strip().splitlines()[-1]
    with Session(cli_db) as session:
        user = session.exec(select(User)).one()
        cookie = start_session(session=session, user=user)
        session.commit()
    out = runner.invoke(app, ["users", "set", "eddie", "--role", "reader", "--disabled"])
    assert out.exit_code == 0 and "reader, disabled" in out.stdout
    with Session(cli_db) as session:
        assert session_principal(session=session, token=cookie) is None
        assert token_principal(session=session, secret=secret) is None
        assert authenticate(session=session, name="eddie", password="first password") is None
    assert (
        runner.invoke(
            app, ["users", "set", "eddie", "--active", "--password-stdin"], input="second password\n"
        ).exit_code
        == 0
    )
    with Session(cli_db) as session:
        assert authenticate(session=session, name="eddie", password="second password") is not None
        assert token_principal(session=session, secret=secret) is not None  # tokens only pause while disabled
    assert runner.invoke(app, ["users", "set", "eddie", "--role", "boss"]).exit_code == 1
