"""Who is asking, and may they write: the viewer middleware and the FastAPI dependencies.

A browser is identified by its session cookie, a script by `Authorization: Bearer <token>`.
Cookie-authenticated writes (anything but GET/HEAD/OPTIONS) must also carry the CSRF token,
as a `csrf_token` form field or an `X-CSRF-Token` header; Bearer requests need none, since a
browser never attaches a Bearer token on its own. Creating tokens, logging out everywhere and
managing accounts in the UI take a browser session only (SessionUserDep): a token never mints
another token.
"""

from __future__ import annotations

from typing import Annotated

import sqlalchemy as sa
from fastapi import Depends, Request
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from quotetrack.auth.crypto import same, sign
from quotetrack.auth.errors import NotAuthenticated
from quotetrack.auth.principal import Principal
from quotetrack.auth.sessions import COOKIE, session_principal
from quotetrack.auth.tokens import token_principal
from quotetrack.config import get_settings
from quotetrack.errors import PermissionDenied
from quotetrack.web.deps import SessionDep

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
LOGIN_COOKIE = "qt_login"  # a random value the login form's CSRF token is bound to
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def cookies_secure(request: Request) -> bool:
    """Whether a cookie gets the Secure flag: over HTTPS, and whenever the site's public address
    (QUOTETRACK_BASE_URL) is https, since a proxy that ends TLS passes the app plain http and the
    session cookie must still never travel unencrypted."""
    return request.url.scheme == "https" or (get_settings().base_url or "").startswith("https://")


def csrf_token(principal: Principal) -> str:
    return sign("csrf", principal.session_hash or "")


def login_csrf_token(nonce: str) -> str:
    return sign("login", nonce)


def _lookup_viewer(engine: sa.Engine, token: str) -> Principal | None:
    with Session(engine) as session:
        return session_principal(session=session, token=token)


class ViewerMiddleware:
    """Puts the logged-in user (or None) and their CSRF token on `request.state` for every page."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            request = Request(scope)
            token = request.cookies.get(COOKIE)
            viewer = await run_in_threadpool(_lookup_viewer, request.app.state.engine, token) if token else None
            request.state.viewer = viewer
            request.state.csrf = csrf_token(viewer) if viewer else None
        await self.app(scope, receive, send)


def viewer_of(request: Request) -> Principal | None:
    return getattr(request.state, "viewer", None)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


def current_principal(request: Request, session: SessionDep) -> Principal | None:
    """The caller: Bearer token first, else the session cookie; None when anonymous.

    A Bearer token that is unknown or revoked is refused outright rather than treated as anonymous.
    """
    secret = _bearer(request)
    if secret is not None:
        principal = token_principal(session=session, secret=secret)
        if principal is None:
            raise NotAuthenticated("unknown or revoked API token")
        session.commit()  # keep last_used_at even if the request itself fails
        return principal
    viewer = viewer_of(request)
    if viewer is None and request.cookies.get(COOKIE):
        viewer = session_principal(session=session, token=request.cookies[COOKIE])
    return viewer


PrincipalDep = Annotated[Principal | None, Depends(current_principal)]


async def _check_csrf(request: Request, principal: Principal) -> None:
    if principal.via != "session" or request.method in SAFE_METHODS:
        return
    sent = request.headers.get(CSRF_HEADER, "")
    if not sent and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        value = (await request.form()).get(CSRF_FIELD, "")
        sent = value if isinstance(value, str) else ""
    if not sent or not same(sent, csrf_token(principal)):
        raise PermissionDenied("missing or invalid CSRF token; reload the page and try again")


async def require_user(request: Request, principal: PrincipalDep) -> Principal:
    if principal is None:
        raise NotAuthenticated("log in to do this")
    await _check_csrf(request, principal)
    return principal


async def require_editor(request: Request, principal: PrincipalDep) -> Principal:
    """An editor or admin (session, or a read-write/admin token); 401 when anonymous, 403 otherwise."""
    principal = await require_user(request, principal)
    if not principal.can_edit:
        raise PermissionDenied(f"{principal.name} may not edit (role {principal.role})")
    return principal


async def require_admin(request: Request, principal: PrincipalDep) -> Principal:
    """An admin (session, or an admin-scoped token)."""
    principal = await require_user(request, principal)
    if not principal.is_admin:
        raise PermissionDenied(f"{principal.name} is not an admin (or the token is not admin-scoped)")
    return principal


def _interactive(principal: Principal) -> Principal:
    # A leaked script token must not outlive its revocation by minting successors, nor lock the
    # owner out (log out everywhere) or manage accounts: those need the browser and its CSRF token.
    if principal.via != "session":
        raise PermissionDenied("an API token cannot do this: use a logged-in browser session")
    return principal


async def require_session_user(request: Request, principal: PrincipalDep) -> Principal:
    """A logged-in browser session (with CSRF on writes), never a Bearer token: token creation,
    logging out everywhere, account management."""
    return _interactive(await require_user(request, principal))


async def require_session_admin(request: Request, principal: PrincipalDep) -> Principal:
    principal = await require_session_user(request, principal)
    if not principal.is_admin:
        raise PermissionDenied(f"{principal.name} is not an admin")
    return principal


UserDep = Annotated[Principal, Depends(require_user)]
EditorDep = Annotated[Principal, Depends(require_editor)]
AdminDep = Annotated[Principal, Depends(require_admin)]
SessionUserDep = Annotated[Principal, Depends(require_session_user)]
SessionAdminDep = Annotated[Principal, Depends(require_session_admin)]
