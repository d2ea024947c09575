"""ETags on read responses of the API and feeds, so clients can revalidate cheaply (304).

Plain ASGI (no BaseHTTPMiddleware): the response passes through untouched unless it is a 200
to a GET or HEAD under /api/ or /feeds/, whose body is then held, hashed and sent once.
"""

from __future__ import annotations

import hashlib

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Streamed exports are never buffered to hash them: they can be a million rows long.
_STREAMED = ("text/csv", "application/x-ndjson")


def _matches(header: str, etag: str) -> bool:
    candidates = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return "*" in candidates or etag.removeprefix("W/") in candidates


class ETagMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if scope.get("method") not in ("GET", "HEAD") or not path.startswith(("/api/", "/feeds/")):
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def hold(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                content_type = Headers(raw=message.get("headers", [])).get("content-type", "")
                if message["status"] == 200 and not content_type.startswith(_STREAMED):
                    start = message
                    return
            elif message["type"] == "http.response.body" and start is not None:
                chunks.append(message.get("body", b""))
                if message.get("more_body", False):
                    return
                await _send_tagged(start, b"".join(chunks))
                return
            await send(message)

        async def _send_tagged(begin: Message, body: bytes) -> None:
            etag = 'W/"' + hashlib.sha256(body).hexdigest()[:32] + '"'
            headers = MutableHeaders(raw=list(begin.get("headers", [])))
            headers["etag"] = etag
            headers.setdefault("cache-control", "no-cache")
            if _matches(Headers(scope=scope).get("if-none-match", ""), etag):
                kept = [(k, v) for k, v in headers.raw if k in (b"etag", b"cache-control")]
                await send({"type": "http.response.start", "status": 304, "headers": kept})
                await send({"type": "http.response.body", "body": b""})
                return
            headers["content-length"] = str(len(body))
            await send({**begin, "headers": headers.raw})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, hold)
