"""Random tokens and their stored digests: the database only ever holds sha256 of a secret."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from quotetrack.config import get_settings


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
