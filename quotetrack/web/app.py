"""The FastAPI application factory: pages, the JSON API, static files and error handlers."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from swagger_ui_bundle import swagger_ui_path

from quotetrack import __version__
from quotetrack.auth.crypto import secret_key_problem
from quotetrack.auth.errors import NotAuthenticated
from quotetrack.config import get_settings
from quotetrack.errors import QueryError, QuotetrackError
from quotetrack.store.db import default_engine, is_unavailable, report_unavailable
from quotetrack.web.account import router as account_router
from quotetrack.web.alerts import router as alerts_router
from quotetrack.web.api.factchecks import router as factcheck_api_router
from quotetrack.web.api.routes import router as api_router
from quotetrack.web.api.write import router as api_write_router
from quotetrack.web.auth import ViewerMiddleware
from quotetrack.web.editor import router as editor_router
from quotetrack.web.etag import ETagMiddleware
from quotetrack.web.factchecks import router as factcheck_pages_router
from quotetrack.web.feeds import router as feeds_router
from quotetrack.web.i18n import error_text, request_language
from quotetrack.web.pages import render
from quotetrack.web.pages import router as pages_router
from quotetrack.web.reports import router as reports_router
from quotetrack.web.sources import router as sources_router
from quotetrack.web.uploads import QueueFull

log = logging.getLogger("quotetrack.web")

_TITLES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    409: "conflict",
    413: "too_large",
    422: "bad_request",
    429: "too_many_requests",
    500: "server_error",
    503: "server_busy",
}


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _problem(request: Request, status: int, detail: str, *, shown: str | None = None) -> Response:
    """RFC 9457 problem+json for the API, a friendly page in the site layout otherwise (saying
    `shown`, the detail in the reader's language, when there is one)."""
    if _wants_json(request):
        return JSONResponse(
            {
                "type": "about:blank",
                "title": _TITLES.get(status, "error").replace("_", " "),
                "status": status,
                "detail": detail,
            },
            status_code=status,
            media_type="application/problem+json",
        )
    return render(
        request,
        "error.html",
        {"status": status, "title_key": _TITLES.get(status, "bad_request"), "detail": shown or detail},
        status_code=status,
    )


def warm_up() -> None:
    """Load the stemmers' dictionaries, stopwords, glossary and taxonomy before the first request:
    loaded lazily, the first burst of concurrent requests all built them at once (seconds each)."""
    from quotetrack.store.claims import content_words, expand
    from quotetrack.text.stem import stem_word
    from quotetrack.topics import load_taxonomy

    stem_word("kenetralan", "id")
    stem_word("neutrality", "en")
    expand(content_words("the regent said civil servants must stay neutral"))
    load_taxonomy()


class Problem(BaseModel):
    """RFC 9457 problem details, the body of every API error."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str


_PROBLEM_RESPONSE: dict[str, Any] = {
    "model": Problem,
    "description": "An error, as RFC 9457 problem details.",
    "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
}


class BodyLimitMiddleware:
    """Refuses a declared Content-Length above the largest article upload before reading it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = get_settings().max_article_bytes + 64 * 1024
        length = Headers(scope=scope).get("content-length", "")
        if length.isdigit() and int(length) > limit:
            response = _problem(Request(scope, receive), 413, "request body too large")
            await response(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            # A chunked body has no Content-Length to check up front: counted as it arrives, and the
            # HTTPException becomes the same 413 (problem+json for the API) in http_error.
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                raise StarletteHTTPException(413, "request body too large")
            return message

        await self.app(scope, counted, send)


class NulParameterMiddleware:
    """A NUL character in a query parameter is a 400 that names the parameter, for every route
    and on both databases: PostgreSQL cannot hold one in text (it was a DataError there, "out of
    range"), while SQLite matched nothing (an empty list, 200)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        query = scope.get("query_string", b"") if scope["type"] == "http" else b""
        if b"%00" not in query and b"\x00" not in query:
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        name = next((k for k, v in request.query_params.multi_items() if "\x00" in k or "\x00" in v), None)
        if name is None:
            await self.app(scope, receive, send)
            return
        shown = "".join(ch for ch in name if ch.isprintable())[:40] or "?"
        error = QueryError(f"the parameter {shown} contains a NUL character", key="nul_in_parameter", name=shown)
        response = _problem(request, 400, str(error), shown=error_text(request_language(request), error))
        await response(scope, receive, send)


_BODY_FORMS = ("application/x-www-form-urlencoded", "application/json")


def _nul_field(content_type: str, body: bytes) -> str | None:
    """The name of the first form or JSON field whose name or value holds a NUL, or None. JSON
    escapes it as \\u0000, so only a body that mentions one is parsed twice; a body that does not
    parse is left for the route to refuse."""
    if content_type == "application/json" or content_type.endswith("+json"):
        if b"\\u0000" not in body:
            return None
        try:
            data = json.loads(body)
        except ValueError:
            return None
        return _nul_in_json(data, "")
    if b"%00" not in body and b"\x00" not in body:
        return None
    pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
    return next((k for k, v in pairs if "\x00" in k or "\x00" in v), None)


def _nul_in_json(data: object, path: str) -> str | None:
    if isinstance(data, str):
        return path or "?" if "\x00" in data else None
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, value in items:
        here = f"{path}.{key}" if path else str(key)
        if "\x00" in str(key):
            return here
        if (found := _nul_in_json(value, here)) is not None:
            return found
    return None


class NulBodyMiddleware:
    """A NUL in a form or JSON body is a 400 that names the field, on both databases: PostgreSQL
    refused it only when it reached a write (a DataError), and SQLite stored it as sent. Uploaded
    files (multipart) are not read here: the upload removes stray NULs and says so."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        kind = Headers(scope=scope).get("content-type", "").split(";")[0].strip().lower()
        if not (kind in _BODY_FORMS or kind.endswith("+json")):
            await self.app(scope, receive, send)
            return
        chunks, more = [], True
        try:
            while more:
                message = await receive()
                if message["type"] != "http.request":
                    break
                chunks.append(message.get("body", b""))
                more = message.get("more_body", False)
        except StarletteHTTPException as exc:  # the body limit, outside, counts a chunked body as it comes
            await _problem(Request(scope), exc.status_code, exc.detail)(scope, receive, send)
            return
        body = b"".join(chunks)
        name = _nul_field(kind, body)
        if name is not None:
            request = Request(scope)
            shown = "".join(ch for ch in name if ch.isprintable())[:40] or "?"
            error = QueryError(f"the field {shown} contains a NUL character", key="nul_in_field", name=shown)
            response = _problem(request, 400, str(error), shown=error_text(request_language(request), error))
            await response(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


class DatabaseUnavailableMiddleware:
    """Turns a database that cannot be reached (or a SQLite lock that outlasted its wait) into 503
    + Retry-After wherever it surfaces: a route, a dependency, the viewer lookup. Outside the app's
    handlers, so nothing becomes a 500 or a dropped connection; logged once per outage."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception as exc:
            if started or not is_unavailable(exc):
                raise
            report_unavailable(exc)
            response = _problem(Request(scope, receive), 503, "the database is unavailable: try again in a moment")
            response.headers["Retry-After"] = "5"
            await response(scope, receive, send)


# No inline script or style anywhere (app.js and the Swagger UI set-up are files), so the policy
# needs no 'unsafe-inline'; Swagger UI draws its icons from data: URIs.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-frame-options", b"DENY"),  # frame-ancestors for browsers that predate CSP 2
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
]


class TrailingSlashMiddleware:
    """'/search/?q=x' -> '/search?q=x', a path of this site. Starlette's own redirect (turned off
    in create_app) names the Host header's host and the scheme the app sees: another site for a
    request with a forged Host, plain http behind a proxy that ends TLS."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or len(path) < 2 or not path.endswith("/"):
            await self.app(scope, receive, send)
            return
        target = "/" + path.strip("/")  # never '//host/': a browser reads that as another site
        query = scope.get("query_string", b"").decode("latin-1")
        await RedirectResponse(f"{target}?{query}" if query else target, status_code=307)(scope, receive, send)


class SecurityHeadersMiddleware:
    """Adds the security headers to every response, errors and static files included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)


API_DESCRIPTION = """
Read access is public and needs no key. Statements, officials (with aliases and dated
memberships), articles, topics, regions, full-text search, citations and exports.

- Lists are newest first; follow `next_cursor` for stable pages.
- `format=csv` or `format=jsonl` on `/api/v1/statements` streams every matching row.
- Errors are RFC 9457 `application/problem+json` documents with a `detail` message.
- Writes need an editor's API token: `Authorization: Bearer <token>`.
"""


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def _allowed_methods(request: Request) -> str:
    """Every method some route of this path answers: Starlette names only the first route's, and
    a path can have several (GET and PATCH /api/v1/statements/{id} are two routes)."""
    routes = request.app.router.routes
    allowed = [
        method
        for method in _METHODS
        if any(route.matches({**request.scope, "method": method})[0] is Match.FULL for route in routes)
    ]
    return ", ".join(allowed)


def _schema_with_400(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """The OpenAPI schema, saying what the API does: a request that fails validation is a 400
    problem document (validation_error below), never FastAPI's 422 HTTPValidationError."""
    build = app.openapi

    def schema() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = build()
            for operations in spec.get("paths", {}).values():
                for operation in operations.values():
                    responses = operation.get("responses", {})
                    if responses.pop("422", None) is not None:
                        responses["400"] = {
                            "description": "The request is malformed (a parameter or the body fails validation).",
                            "content": _PROBLEM_RESPONSE["content"],
                        }
            schemas = spec.get("components", {}).get("schemas", {})
            for unused in ("HTTPValidationError", "ValidationError"):
                schemas.pop(unused, None)
            app.openapi_schema = spec
        return app.openapi_schema

    return schema


def _docs_page() -> HTMLResponse:
    # Swagger UI's own page starts it with an inline script; this one loads swagger-init.js, so
    # the Content-Security-Policy holds here too.
    return HTMLResponse(
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>QuoteTrack API</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="stylesheet" href="/static/swagger/swagger-ui.css">'
        '<link rel="icon" href="/static/swagger/favicon-32x32.png"></head>'
        '<body><div id="swagger-ui" data-openapi-url="/openapi.json"></div>'
        '<script src="/static/swagger/swagger-ui-bundle.js"></script>'
        '<script src="/static/swagger-init.js"></script></body></html>\n'
    )


def create_app(engine: sa.Engine | None = None) -> FastAPI:
    problem = secret_key_problem()
    if problem:
        raise RuntimeError(problem)
    app = FastAPI(
        title="QuoteTrack",
        version=__version__,
        summary="Statements by public officials, extracted from news articles, with their sources.",
        description=API_DESCRIPTION,
        docs_url=None,  # served below from the packaged Swagger UI: no CDN, works offline
        redirect_slashes=False,  # TrailingSlashMiddleware's, without the Host header
        # No max_body_size: FastAPI's answers a declared oversize body in text/plain, ahead of any
        # handler; BodyLimitMiddleware checks both the declared and the streamed size instead.
    )
    app.state.engine = engine if engine is not None else default_engine()
    warm_up()
    app.mount("/static/swagger", StaticFiles(directory=str(swagger_ui_path)), name="swagger")

    @app.get("/docs", include_in_schema=False)
    async def api_docs() -> Response:
        return _docs_page()

    @app.exception_handler(QuotetrackError)
    async def quotetrack_error(request: Request, exc: QuotetrackError) -> Response:
        shown = error_text(request_language(request), exc)
        response = _problem(request, exc.status_code, str(exc), shown=shown)
        retry_after = getattr(exc, "retry_after", None)  # 429 and 503 say when to come back
        if retry_after:
            response.headers["Retry-After"] = str(retry_after)
        return response

    @app.exception_handler(NotAuthenticated)
    async def not_authenticated(request: Request, exc: NotAuthenticated) -> Response:
        response = _problem(request, 401, str(exc))
        if _wants_json(request):  # RFC 9110: a 401 names the scheme that would work
            response.headers["WWW-Authenticate"] = 'Bearer realm="quotetrack"'
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        detail = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}" for e in exc.errors())
        return _problem(request, 400, detail or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        detail = str(exc.detail)
        # No route here: Starlette's "Not Found" is English whatever the page's language; the page
        # shows the address that was not found instead (the JSON keeps the detail).
        shown = request.url.path if exc.status_code == 404 and detail == "Not Found" else None
        response = _problem(request, exc.status_code, detail, shown=shown)
        response.headers.update(exc.headers or {})
        if exc.status_code == 405:  # RFC 9110: a 405 lists the methods the resource has
            response.headers["Allow"] = _allowed_methods(request)
        return response

    @app.exception_handler(sa.exc.TimeoutError)
    async def overloaded(request: Request, exc: Exception) -> Response:
        # Every database connection is busy: the caller may retry, nothing is wrong with the request.
        response = _problem(request, 503, "the server is busy: try again in a moment")
        response.headers["Retry-After"] = "2"
        return response

    @app.exception_handler(QueueFull)
    @app.exception_handler(sa.exc.OperationalError)
    async def database_busy(request: Request, exc: Exception) -> Response:
        # SQLite's write lock held past busy_timeout (a long ingest), or too many uploads queued:
        # the request is fine and may be retried, so 503, never 500. Other operational errors are bugs.
        locked = isinstance(exc, sa.exc.OperationalError) and "locked" in str(exc.orig)
        if not locked and is_unavailable(exc):
            # PostgreSQL away (refused, reset, terminated): one log line per outage, not per request.
            report_unavailable(exc)
            response = _problem(request, 503, "the database is unavailable: try again in a moment")
            response.headers["Retry-After"] = "5"
            return response
        if not (locked or isinstance(exc, QueueFull)):
            log.error("database error on %s: %s", request.url.path, exc)
            return _problem(request, 500, "internal error")
        log.warning("busy on %s: %s", request.url.path, "database locked" if locked else "upload queue full")
        response = _problem(request, 503, "the server is busy: try again in a moment")
        response.headers["Retry-After"] = "5"
        return response

    @app.exception_handler(OverflowError)
    @app.exception_handler(sa.exc.DataError)
    async def out_of_range(request: Request, exc: Exception) -> Response:
        # A number or string the database cannot hold is the caller's mistake, not ours.
        if "NUL" in str(getattr(exc, "orig", "")):  # PostgreSQL's text cannot hold one; SQLite's can
            return _problem(request, 400, "a value in the request contains a NUL character")
        return _problem(request, 400, "a value in the request is out of range")

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return _problem(request, 500, "internal error")

    app.add_middleware(ETagMiddleware)
    app.add_middleware(TrailingSlashMiddleware)
    settings = get_settings()
    if settings.production and not settings.base_url:
        # Permalinks then come from the Host header: answer only the hosts the operator listed.
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_host_list)
    app.add_middleware(NulBodyMiddleware)  # inside the body limit: it reads the whole body
    app.add_middleware(BodyLimitMiddleware)
    app.add_middleware(NulParameterMiddleware)
    # Who is logged in, for every page (templates show editor tools and the CSRF token from it).
    app.add_middleware(ViewerMiddleware)
    app.add_middleware(DatabaseUnavailableMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)
    app.mount("/static", StaticFiles(directory=Path(__file__).with_name("static")), name="static")
    # Every error of the JSON API is a problem document (see _problem), and its schema says so.
    problems: dict[int | str, dict[str, Any]] = {"4XX": _PROBLEM_RESPONSE, "5XX": _PROBLEM_RESPONSE}
    app.include_router(api_router, responses=problems)
    app.include_router(api_write_router, responses=problems)
    # Pages and feeds answer HTML (or Atom) and HTML error pages: /openapi.json describes the API only.
    app.include_router(editor_router, include_in_schema=False)
    app.include_router(account_router, include_in_schema=False)
    app.include_router(feeds_router, include_in_schema=False)
    app.include_router(factcheck_api_router, responses=problems)
    app.include_router(factcheck_pages_router, include_in_schema=False)
    app.include_router(reports_router, include_in_schema=False)
    app.include_router(alerts_router, include_in_schema=False)
    app.include_router(sources_router, include_in_schema=False)
    app.include_router(pages_router, include_in_schema=False)
    app.openapi = _schema_with_400(app)  # type: ignore[method-assign]  # FastAPI's documented way to amend the schema
    return app
