"""CSRF protection for the error-report form, which readers use without an account: a random
nonce in a cookie, and the form carries the nonce signed with the site's secret key. Another
site can make a browser post the form, but cannot read the token that goes with its cookie."""

from __future__ import annotations

from fastapi import Request, Response

from quotetrack.auth.crypto import new_token, same, sign
from quotetrack.web.auth import cookies_secure

COOKIE = "qt_report"
FIELD = "csrf_token"


def report_token(request: Request) -> tuple[str, str]:
    """(nonce, token) for this browser: its cookie's nonce, or a new one."""
    nonce = request.cookies.get(COOKIE) or new_token("qtr")
    return nonce, sign("report", nonce)


def set_report_cookie(request: Request, response: Response, nonce: str) -> None:
    if request.cookies.get(COOKIE) != nonce:
        response.set_cookie(
            COOKIE, nonce, max_age=24 * 3600, httponly=True, samesite="lax", secure=cookies_secure(request)
        )


def valid_report_token(request: Request, token: str) -> bool:
    nonce = request.cookies.get(COOKIE, "")
    return bool(nonce and token) and same(token, sign("report", nonce))
