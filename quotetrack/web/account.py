"""The account page: API tokens (created, shown once, revoked), log out everywhere, and for
admins the list of accounts and a form to add one. Every route here takes a browser session,
never an API token (scripts create accounts through POST /api/v1/users)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import col, select

from quotetrack.auth import ROLES, SCOPES, create_token, create_user, list_tokens, revoke_token
from quotetrack.errors import NotFound
from quotetrack.models import User
from quotetrack.web.auth import SessionAdminDep, SessionUserDep
from quotetrack.web.deps import SessionDep
from quotetrack.web.pages import render

router = APIRouter(default_response_class=HTMLResponse)


def _page(request: Request, session: SessionDep, user: SessionUserDep, **extra: object) -> Response:
    users = session.exec(select(User).order_by(col(User.name))).all() if user.is_admin else []
    return render(
        request,
        "account.html",
        {
            "tokens": list_tokens(session=session, user_id=user.user_id),
            "scopes": SCOPES if user.role == "admin" else SCOPES[:1],
            "users": users,
            "roles": ROLES,
            **extra,
        },
    )


@router.get("/account")
def account(request: Request, session: SessionDep, user: SessionUserDep) -> Response:
    return _page(request, session, user)


@router.post("/account/tokens")
def new_token(
    request: Request,
    session: SessionDep,
    user: SessionUserDep,
    label: Annotated[str, Form(max_length=200)] = "",
    scope: Annotated[str, Form(max_length=16)] = "read-write",
) -> Response:
    """The secret appears on this one response only; the database keeps its sha256."""
    owner = session.get(User, user.user_id)
    assert owner is not None
    row, secret = create_token(session=session, user=owner, scope=scope, label=label.strip())
    session.commit()
    response = _page(request, session, user, new_secret=secret, new_token_id=row.id)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.post("/account/tokens/{token_id}/revoke")
def revoke(session: SessionDep, user: SessionUserDep, token_id: int) -> Response:
    if revoke_token(session=session, token_id=token_id, user_id=user.user_id) is None:
        raise NotFound(f"no token #{token_id} of yours")
    session.commit()
    return RedirectResponse("/account", status_code=303)


@router.post("/admin/users")
def add_user(
    session: SessionDep,
    admin: SessionAdminDep,
    name: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=1024)],
    role: Annotated[str, Form(max_length=16)] = "editor",
) -> Response:
    create_user(session=session, name=name.strip(), role=role, password=password)
    session.commit()
    return RedirectResponse("/account", status_code=303)
