"""API tokens for scripts: shown once, stored as sha256, scoped, revocable, with last use."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session, col, select

from quotetrack.auth.crypto import digest, new_token
from quotetrack.auth.principal import Principal
from quotetrack.errors import QueryError
from quotetrack.models import ApiToken, ApiTokenPublic, User, UserSession, utcnow

SCOPES = ("read-write", "admin")


def create_token(*, session: Session, user: User, scope: str = "read-write", label: str = "") -> tuple[ApiToken, str]:
    """A new token for `user`; returns the row and the secret, which is never shown again."""
    if scope not in SCOPES:
        raise QueryError(f"scope must be one of {', '.join(SCOPES)}")
    if scope == "admin" and user.role != "admin":
        raise QueryError("only an admin account can hold an admin token")
    secret = new_token("qtk")
    row = ApiToken(user_id=user.id or 0, label=label[:200], prefix=secret[:12], token_hash=digest(secret), scope=scope)
    session.add(row)
    session.flush()
    return row, secret


def list_tokens(*, session: Session, user_id: int) -> list[ApiTokenPublic]:
    rows = session.exec(select(ApiToken).where(ApiToken.user_id == user_id).order_by(col(ApiToken.id)))
    return [ApiTokenPublic.model_validate(r) for r in rows]


def revoke_token(*, session: Session, token_id: int, user_id: int | None = None) -> ApiToken | None:
    """Revoke one token (only the user's own when `user_id` is given); None when not found."""
    row = session.get(ApiToken, token_id)
    if row is None or (user_id is not None and row.user_id != user_id):
        return None
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        session.add(row)
        session.flush()
    return row


def token_principal(*, session: Session, secret: str) -> Principal | None:
    """Who holds this Bearer token (and note its use), or None when unknown or revoked."""
    if not secret or len(secret) > 200:
        return None
    row = session.exec(
        select(ApiToken, User)
        .join(User, col(User.id) == ApiToken.user_id)
        .where(ApiToken.token_hash == digest(secret), col(ApiToken.revoked_at).is_(None))
    ).first()
    if row is None:
        return None
    token, user = row
    if not user.active:
        return None
    token.last_used_at = utcnow()
    session.add(token)
    session.flush()
    return Principal(user_id=user.id or 0, name=user.name, role=user.role, via="token", scope=token.scope)


def tokens_made_without_a_session(*, session: Session) -> list[ApiToken]:
    """Active tokens created while their account had no live browser session.

    Until token creation was limited to browser sessions, an API token could mint tokens, and the
    schema never recorded which credential made a token. A token made in the browser was made
    during one of the account's sessions; the ones listed here came from `quotetrack tokens
    create` or from another token, and are worth reviewing (and revoking when unknown) after
    upgrading from a release that allowed it.
    """
    live = (
        select(UserSession.id)
        .where(
            UserSession.user_id == ApiToken.user_id,
            col(UserSession.created_at) <= ApiToken.created_at,
            col(UserSession.expires_at) > ApiToken.created_at,
            sa.or_(col(UserSession.revoked_at).is_(None), col(UserSession.revoked_at) > ApiToken.created_at),
        )
        .exists()
    )
    query = select(ApiToken).where(col(ApiToken.revoked_at).is_(None), ~live).order_by(col(ApiToken.id))
    return list(session.exec(query))
