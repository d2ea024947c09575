"""Accounts, sessions and tokens in the store: nothing secret is recoverable, logins are rate limited."""

from __future__ import annotations

import hashlib

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from quotetrack.auth import (
    TooManyAttempts,
    authenticate,
    create_token,
    create_user,
    end_all_sessions,
    end_session,
    revoke_token,
    set_password,
    start_session,
)
from quotetrack.auth.accounts import ADDRESS_FAILURES, LOCKOUT_FAILURES
from quotetrack.auth.sessions import session_principal
from quotetrack.auth.tokens import token_principal
from quotetrack.errors import Conflict, QueryError
from quotetrack.models import ApiToken, LoginAttempt, User, UserSession

PASSWORD = "a long passphrase 4 tests"


def _dump(engine: sa.Engine, *tables: str) -> str:
    """Every value of the tables as one string, as an attacker with a database copy would see it."""
    with engine.connect() as conn:
        return "\n".join(repr(tuple(row)) for t in tables for row in conn.execute(sa.text(f'SELECT * FROM "{t}"')))


def test_password_is_stored_as_an_argon2_hash_only(engine: sa.Engine) -> None:
    with Session(engine) as session:
        create_user(session=session, name="ada", role="admin", password=PASSWORD)
        session.commit()
        stored = session.exec(select(User)).one().password_hash
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in _dump(engine, "user", "loginattempt")
    with Session(engine) as session:
        assert authenticate(session=session, name="ada", password=PASSWORD) is not None
        assert authenticate(session=session, name="ada", password=PASSWORD + "x") is None
        assert authenticate(session=session, name="nobody", password=PASSWORD) is None


def test_tokens_and_sessions_are_stored_as_sha256_only(engine: sa.Engine) -> None:
    with Session(engine) as session:
        user = create_user(session=session, name="eddie", role="editor", password=PASSWORD)
        row, secret = create_token(session=session, user=user)
        cookie = start_session(session=session, user=user)
        session.commit()
        assert row.token_hash == hashlib.sha256(secret.encode()).hexdigest()
    dump = _dump(engine, "apitoken", "usersession", "user")
    assert secret not in dump and secret[12:] not in dump
    assert cookie not in dump
    assert len(secret) > 40  # 256 random bits, not guessable


def test_revoked_token_and_ended_session_are_dead(engine: sa.Engine) -> None:
    with Session(engine) as session:
        user = create_user(session=session, name="eddie", role="editor", password=PASSWORD)
        row, secret = create_token(session=session, user=user)
        cookie, other = start_session(session=session, user=user), start_session(session=session, user=user)
        session.commit()
        p = token_principal(session=session, secret=secret)
        assert p is not None and p.name == "eddie" and p.can_edit
        assert session.get(ApiToken, row.id).last_used_at is not None
        revoke_token(session=session, token_id=row.id or 0)
        end_session(session=session, token=cookie)
        session.commit()
        assert token_principal(session=session, secret=secret) is None
        assert session_principal(session=session, token=cookie) is None
        assert session_principal(session=session, token=other) is not None
        assert end_all_sessions(session=session, user_id=user.id or 0) == 1
        session.commit()
        assert session_principal(session=session, token=other) is None


def test_new_password_ends_every_session(engine: sa.Engine) -> None:
    with Session(engine) as session:
        user = create_user(session=session, name="eddie", role="editor", password=PASSWORD)
        cookie = start_session(session=session, user=user)
        set_password(session=session, user=user, password="another long password")
        session.commit()
        assert session_principal(session=session, token=cookie) is None
        assert session.exec(select(UserSession)).one().revoked_at is not None


def test_an_account_locks_after_repeated_failures_even_for_the_right_password(engine: sa.Engine) -> None:
    with Session(engine) as session:
        create_user(session=session, name="eddie", role="editor", password=PASSWORD)
        create_user(session=session, name="ada", role="admin", password=PASSWORD)
        for _ in range(LOCKOUT_FAILURES):
            assert authenticate(session=session, name="eddie", password="guess-guess", address="10.0.0.1") is None
        with pytest.raises(TooManyAttempts):
            authenticate(session=session, name="eddie", password=PASSWORD, address="10.0.0.2")
        assert authenticate(session=session, name="ada", password=PASSWORD, address="10.0.0.1") is not None
        session.commit()
        assert session.exec(select(LoginAttempt).where(LoginAttempt.name == "eddie")).all()


def test_a_success_resets_the_lockout_count(engine: sa.Engine) -> None:
    with Session(engine) as session:
        create_user(session=session, name="eddie", role="editor", password=PASSWORD)
        for _ in range(2):
            for _ in range(LOCKOUT_FAILURES - 1):
                authenticate(session=session, name="eddie", password="guess-guess")
            assert authenticate(session=session, name="eddie", password=PASSWORD) is not None


def test_one_address_guessing_many_accounts_is_throttled(engine: sa.Engine) -> None:
    with Session(engine) as session:
        create_user(session=session, name="ada", role="admin", password=PASSWORD)
        for i in range(ADDRESS_FAILURES):
            authenticate(session=session, name=f"user{i}", password="guess-guess", address="192.0.2.7")
        with pytest.raises(TooManyAttempts):
            authenticate(session=session, name="ada", password=PASSWORD, address="192.0.2.7")
        assert authenticate(session=session, name="ada", password=PASSWORD, address="192.0.2.8") is not None


@pytest.mark.parametrize(
    ("name", "role", "password", "error"),
    [
        ("eddie", "editor", "short", QueryError),
        ("eddie", "superuser", PASSWORD, QueryError),
        ("x' OR '1'='1", "editor", PASSWORD, QueryError),
        ("", "editor", PASSWORD, QueryError),
        ("taken", "editor", PASSWORD, Conflict),
    ],
)
def test_bad_accounts_are_refused(
    sqlite_engine: sa.Engine, name: str, role: str, password: str, error: type[Exception]
) -> None:
    with Session(sqlite_engine) as session:
        create_user(session=session, name="taken", role="editor", password=PASSWORD)
        with pytest.raises(error):
            create_user(session=session, name=name, role=role, password=password)


def test_admin_tokens_only_for_admins(sqlite_engine: sa.Engine) -> None:
    with Session(sqlite_engine) as session:
        editor = create_user(session=session, name="eddie", role="editor", password=PASSWORD)
        admin = create_user(session=session, name="ada", role="admin", password=PASSWORD)
        with pytest.raises(QueryError):
            create_token(session=session, user=editor, scope="admin")
        _, secret = create_token(session=session, user=admin, scope="read-write")
        narrowed = token_principal(session=session, secret=secret)
        assert narrowed is not None and narrowed.can_edit and not narrowed.is_admin
        _, secret = create_token(session=session, user=admin, scope="admin")
        full = token_principal(session=session, secret=secret)
        assert full is not None and full.is_admin


def test_old_login_attempts_are_pruned(sqlite_engine: sa.Engine) -> None:
    from datetime import timedelta

    from quotetrack.models import utcnow

    with Session(sqlite_engine) as session:
        create_user(session=session, name="eddie", role="editor", password=PASSWORD)
        session.add(LoginAttempt(name="eddie", address="x", at=utcnow() - timedelta(days=2)))
        session.add(LoginAttempt(name="eddie", address="y", at=utcnow() - timedelta(minutes=5)))
        session.commit()
        authenticate(session=session, name="eddie", password=PASSWORD, address="z")
        session.commit()
        assert sorted(a.address for a in session.exec(select(LoginAttempt))) == ["y", "z"]
