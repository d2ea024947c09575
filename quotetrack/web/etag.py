"""ETags on read responses of the API and feeds, so clients can revalidate cheaply (304)."""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response

# Streamed exports are never buffered to hash them: they can be a million rows long.
_STREAMED = ("text/csv", "application/x-ndjson")


def _matches(header: str, etag: str) -> bool:
    candidates = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return "*" in candidates or etag.removeprefix("W/") in candidates


async def etag_middleware(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    response = await call_next(request)
    path = request.url.path
    if (
        request.method not in ("GET", "HEAD")
        or response.status_code != 200
        or not (path.startswith("/api/") or path.startswith("/feeds/"))
        or response.headers.get("content-type", "").startswith(_STREAMED)
    ):
        return response
    body = b"".join([chunk async for chunk in response.body_iterator])  # type: ignore[attr-defined]
    etag = 'W/"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
    headers["etag"] = etag
    headers.setdefault("cache-control", "no-cache")
    if _matches(request.headers.get("if-none-match", ""), etag):
        return Response(status_code=304, headers={"etag": etag, "cache-control": headers["cache-control"]})
    return Response(body, status_code=200, headers=headers, media_type=response.media_type)
