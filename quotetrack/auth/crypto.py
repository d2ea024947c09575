"""Random tokens and their stored digests: the database only ever holds sha256 of a secret."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from quotetrack.config import DEFAULT_SECRET_KEY, get_settings


def new_token(prefix: str) -> str:
    # 32 random bytes (256 bits): a sha256 digest of it cannot be reversed or guessed.
    return f"{prefix}_{secrets.token_urlsafe(32)}"


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def sign(purpose: str, value: str) -> str:
    """HMAC of `value` under the site secret, for one purpose (CSRF tokens)."""
    key = get_settings().secret_key.encode("utf-8")
    return hmac.new(key, f"{purpose}|{value}".encode(), hashlib.sha256).hexdigest()


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def secret_key_problem() -> str | None:
    """Why the server must not start with the configured secret key, or None when it may.

    The shipped key is public, so with it anyone could forge CSRF tokens; it is allowed only on a
    development machine (QUOTETRACK_DEV=1, which `quotetrack serve --dev` and `make run` set).
    """
    settings = get_settings()
    if settings.dev or settings.secret_key.strip() not in ("", DEFAULT_SECRET_KEY):
        return None
    return (
        "refusing to start with the default secret key: set QUOTETRACK_SECRET_KEY to a long random value"
        " (e.g. the output of `python -c 'import secrets; print(secrets.token_urlsafe(32))'`) in the"
        " environment or .env, or pass --dev (QUOTETRACK_DEV=1) on a development machine"
    )
