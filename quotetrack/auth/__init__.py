"""Editors: accounts with argon2 passwords, browser sessions, CSRF tokens and API tokens.

Reading stays public; every write goes through `require_editor` / `require_admin` (deps.py).
"""

from quotetrack.auth.accounts import ROLES, authenticate, create_user, find_user, set_active, set_password, set_role
from quotetrack.auth.errors import NotAuthenticated, TooManyAttempts
from quotetrack.auth.principal import Principal
from quotetrack.auth.sessions import end_all_sessions, end_session, start_session
from quotetrack.auth.tokens import SCOPES, create_token, list_tokens, revoke_token

__all__ = [
    "ROLES",
    "SCOPES",
    "NotAuthenticated",
    "Principal",
    "TooManyAttempts",
    "authenticate",
    "create_token",
    "create_user",
    "end_all_sessions",
    "end_session",
    "find_user",
    "list_tokens",
    "revoke_token",
    "set_active",
    "set_password",
    "set_role",
    "start_session",
]
