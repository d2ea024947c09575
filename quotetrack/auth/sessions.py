"""Browser sessions: a random cookie token whose sha256 is a UserSession row.

Logging out revokes the row, so a copied cookie dies with it; "log out everywhere" and a
password change revoke every row of the account.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, col, select, update

from quotetrack.auth.crypto import digest, new_token
from quotetrack.auth.principal import Principal
from quotetrack.models import User, UserSession, utcnow

COOKIE = "qt_session"
LIFETIME = timedelta(hours=12)


def start_session(*, session: Session, user: User) -> str:
    """A new session for `user`; returns the cookie value (never stored)."""
    token = new_token("qts")
    session.add(UserSession(user_id=user.id or 0, token_hash=digest(token), expires_at=utcnow() + LIFETIME))
    session.flush()
    return token


def session_principal(*, session: Session, token: str) -> Principal | None:
    """Who holds this cookie, or None when it is unknown, revoked, expired or the account is off."""
    if not token or len(token) > 200:
        return None
    token_hash = digest(token)
    row = session.exec(
        select(UserSession, User)
        .join(User, col(User.id) == UserSession.user_id)
        .where(UserSession.token_hash == token_hash, col(UserSession.revoked_at).is_(None))
    ).first()
    if row is None:
        return None
    user_session, user = row
    if user_session.expires_at <= utcnow() or not user.active:
        return None
    return Principal(user_id=user.id or 0, name=user.name, role=user.role, via="session", session_hash=token_hash)


def end_session(*, session: Session, token: str) -> None:
    session.exec(
        update(UserSession)
        .where(col(UserSession.token_hash) == digest(token), col(UserSession.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )


def end_all_sessions(*, session: Session, user_id: int) -> int:
    """Revoke every open session of a user; returns how many were open."""
    result = session.exec(
        update(UserSession)
        .where(col(UserSession.user_id) == user_id, col(UserSession.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )
    return result.rowcount or 0
