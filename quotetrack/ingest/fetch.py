"""Fetch a URL politely and defensively: timeouts, a size limit, few redirects, an honest User-Agent,
and no private, loopback or link-local addresses unless asked for (a URL typed into the web form
must not reach the server's own network).

A host name is looked up once per request; the addresses judged are the ones connected to, so a
name that answers a public address to the check and 127.0.0.1 to the connection (DNS rebinding)
cannot reach the server's own network. The certificate is still checked against the name."""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from urllib.parse import SplitResult, urljoin, urlsplit

import urllib3
from urllib3.util import parse_url

from quotetrack import __version__
from quotetrack.errors import AddressRefused, HttpStatusError, IngestError
from quotetrack.models import utcnow

USER_AGENT = f"QuoteTrack/{__version__} (+statement tracker)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class FetchLimits:
    timeout: float = 15.0  # seconds to connect, and between two reads
    total_timeout: float = 60.0  # seconds for the whole response, so a trickling server ends too
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 5
    # Hosts resolving to private, loopback, link-local or otherwise non-public addresses are refused
    # unless this is set (the CLI's --allow-private-addresses; tests serving pages on 127.0.0.1).
    allow_private: bool = False


@dataclass(frozen=True, slots=True)
class Validators:
    """What a server said identifies the version it sent (ETag, Last-Modified), sent back on the
    next request so an unchanged resource costs a 304 and no body."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        sent = {}
        if self.etag:
            sent["If-None-Match"] = self.etag
        if self.last_modified:
            sent["If-Modified-Since"] = self.last_modified
        return sent


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    content_type: str  # media type only, lower case, e.g. "text/html"
    charset: str | None
    data: bytes
    retrieved_at: datetime = field(default_factory=utcnow)
    status: int = 200  # 304: not modified since the validators sent; `data` is empty
    validators: Validators = Validators()  # as the server gave them with this response

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def is_url(value: str) -> bool:
    return urlsplit(value).scheme in ("http", "https")


@cache
def _pool() -> urllib3.PoolManager:  # one per process: worker processes each build their own
    return urllib3.PoolManager(num_pools=20, retries=False)


def close_connections() -> None:
    """Close kept-alive connections now (tests; a long-lived process between batches)."""
    _pool().clear()


def _content_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "application/octet-stream", None
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media.strip().lower(), charset


def fetch(
    url: str,
    *,
    limits: FetchLimits = FetchLimits(),
    accept: str = "text/html,*/*;q=0.8",
    validators: Validators | None = None,
) -> Fetched:
    """GET `url`; IngestError (with the URL) on timeouts, errors, too many redirects or too much data.

    With `validators` the request is conditional (If-None-Match / If-Modified-Since): an unchanged
    resource comes back as a Fetched with status 304 and no data. HTTP error statuses raise
    HttpStatusError, which carries the status.
    """
    headers = {"User-Agent": USER_AGENT, "Accept": accept, **(validators.headers() if validators else {})}
    if not is_url(url):
        raise IngestError(url, "only http:// and https:// URLs can be fetched")
    deadline = time.monotonic() + limits.total_timeout
    timeout = urllib3.Timeout(connect=limits.timeout, read=limits.timeout)
    current, seen = url, [url]
    try:
        while True:
            addresses = _resolve(url, current)
            if not limits.allow_private:
                _refuse_addresses(url, current, addresses)
            response = _request(current, addresses, headers=headers, timeout=timeout)
            if response.status in _REDIRECTS:
                location = response.headers.get("Location")
                response.drain_conn()
                response.release_conn()
                if not location:
                    raise IngestError(url, f"HTTP {response.status} redirect without a Location header")
                current = urljoin(current, location)
                if current in seen:
                    raise IngestError(url, f"redirect loop after {len(seen) - 1} redirects: back to {current}")
                seen.append(current)
                if len(seen) - 1 > limits.max_redirects:
                    raise IngestError(url, f"too many redirects (more than {limits.max_redirects})")
                if not is_url(current):
                    raise IngestError(url, f"redirected to a non-HTTP address: {current}")
                continue
            try:
                return _read(response, url, current, limits, deadline)
            except BaseException:
                response.close()  # a half-read connection cannot go back to the pool
                raise
            finally:
                response.release_conn()
    except IngestError:
        raise
    except urllib3.exceptions.NewConnectionError as exc:  # urllib3 makes a refusal a kind of timeout
        raise IngestError(url, f"could not fetch: {str(exc).partition(': ')[2] or exc}") from exc
    except (urllib3.exceptions.ConnectTimeoutError, urllib3.exceptions.ReadTimeoutError, TimeoutError) as exc:
        raise IngestError(url, f"timed out (no answer within {limits.timeout:g} s)") from exc
    except urllib3.exceptions.HTTPError as exc:
        reason = getattr(exc, "reason", None) or exc
        raise IngestError(url, f"could not fetch: {reason}") from exc


def _port(parts: SplitResult) -> int:
    return parts.port or (443 if parts.scheme == "https" else 80)


def _resolve(url: str, current: str) -> list[str]:
    """The addresses `current`'s host resolves to, in the resolver's order, each once (IPv6 zone dropped)."""
    parts = urlsplit(current)
    host = parts.hostname or ""
    try:
        infos = socket.getaddrinfo(host, _port(parts), type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError) as exc:
        raise IngestError(url, f"could not fetch: cannot resolve {host or current!r}") from exc
    addresses = list(dict.fromkeys(str(sockaddr[0]).partition("%")[0] for *_, sockaddr in infos))
    if not addresses:
        raise IngestError(url, f"could not fetch: cannot resolve {host or current!r}")
    return addresses


def _literal_url(current: str, address: str) -> str:
    parts = urlsplit(current)
    literal = f"[{address}]" if ":" in address else address
    return f"{parts.scheme}://{literal}:{_port(parts)}/"


def _request(
    current: str, addresses: list[str], *, headers: dict[str, str], timeout: urllib3.Timeout
) -> urllib3.BaseHTTPResponse:
    """GET `current` from the first of `addresses` that accepts a connection, never from a fresh lookup.

    The Host header and, over HTTPS, SNI and the certificate check all use the URL's name.
    """
    parts = urlsplit(current)
    # urllib3's reading of the URL, as its PoolManager sent it before: the path percent-encoded
    # where it is not ASCII, the host in IDNA (the name certificates carry).
    target = parse_url(current)
    host = (target.host or "").strip("[]")
    tls = {"server_hostname": host, "assert_hostname": host} if parts.scheme == "https" else None
    path = target.request_uri
    sent = {**headers, "Host": target.netloc or host}

    def get(address: str) -> urllib3.BaseHTTPResponse:
        pool = _pool().connection_from_host(address, port=_port(parts), scheme=parts.scheme, pool_kwargs=tls)
        return pool.urlopen(
            "GET",
            path,
            headers=sent,
            redirect=False,
            retries=False,
            assert_same_host=False,
            preload_content=False,
            timeout=timeout,
        )

    for address in addresses[:-1]:
        try:
            return get(address)
        except (urllib3.exceptions.NewConnectionError, urllib3.exceptions.ConnectTimeoutError):
            continue  # like a browser, the next address when one cannot be reached (IPv6 without a route)
    return get(addresses[-1])


def _refuse_addresses(url: str, current: str, addresses: list[str]) -> None:
    """refuse_private over each address `current` will be fetched from, as a literal: no second lookup."""
    for address in addresses:
        try:
            refuse_private(url, _literal_url(current, address))
        except AddressRefused as exc:
            host = urlsplit(current).hostname
            raise AddressRefused(
                url, f"refused: {host} is a private or local address ({address}); allow private addresses to fetch it"
            ) from exc


def refuse_private(url: str, current: str) -> None:
    """AddressRefused unless every address `current`'s host resolves to is public.

    fetch calls it with each address it will connect to, written as a literal URL, so what is
    judged is what is connected to.
    """
    host = urlsplit(current).hostname or ""
    for found in _resolve(url, current):
        address: ipaddress.IPv4Address | ipaddress.IPv6Address
        address = ipaddress.ip_address(found)
        if isinstance(address, ipaddress.IPv6Address):
            address = embedded_ipv4(address) or address
        if not address.is_global or address.is_multicast:
            raise AddressRefused(
                url, f"refused: {host} is a private or local address ({address}); allow private addresses to fetch it"
            )


# IPv6 prefixes whose last 32 bits are an IPv4 address a gateway or the host's own stack may
# reach: NAT64 (RFC 6052, RFC 8215), IPv4-translated (RFC 2765) and IPv4-compatible (RFC 4291).
_LOW32_PREFIXES = tuple(
    ipaddress.IPv6Network(n) for n in ("64:ff9b::/96", "64:ff9b:1::/48", "::ffff:0:0:0/96", "::/96")
)


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 transition form carries, which is where a connection really goes.

    `[::127.0.0.1]`, `[64:ff9b::7f00:1]`, `[::ffff:0:7f00:1]` and `[2002:7f00:1::]` all lead to
    127.0.0.1 on some hosts, yet Python calls them global; judged by the IPv4 inside, they are not.
    """
    if address.ipv4_mapped:
        return address.ipv4_mapped
    if address.sixtofour:
        return address.sixtofour
    if address.teredo:
        return address.teredo[1]  # the client, the address traffic is relayed to
    if int(address) <= 1:  # "::" and "::1" are IPv6's own unspecified and loopback addresses
        return None
    if any(address in net for net in _LOW32_PREFIXES):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def _read(response: urllib3.BaseHTTPResponse, url: str, final: str, limits: FetchLimits, deadline: float) -> Fetched:
    if response.status >= 400:
        reason = f"HTTP {response.status} {response.reason or ''}".rstrip()
        raise HttpStatusError(url, response.status, reason, retry_after=_header(response, "Retry-After", 100))
    validators = Validators(etag=_header(response, "ETag", 500), last_modified=_header(response, "Last-Modified", 100))
    if response.status == 304:
        media, charset = _content_type(response.headers.get("Content-Type"))
        response.drain_conn()
        return Fetched(url, final, media, charset, b"", status=304, validators=validators)
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > limits.max_bytes:
        raise IngestError(url, f"response is {int(declared):,} bytes, over the limit of {limits.max_bytes:,}")
    chunks, size = [], 0
    # read1 returns what the socket has, so the deadline is checked even against a trickle.
    while chunk := response.read1(_CHUNK, decode_content=True):
        size += len(chunk)
        if size > limits.max_bytes:
            raise IngestError(url, f"response is over the limit of {limits.max_bytes:,} bytes")
        if time.monotonic() > deadline:
            raise IngestError(url, f"timed out (the response took over {limits.total_timeout:g} s)")
        chunks.append(chunk)
    media, charset = _content_type(response.headers.get("Content-Type"))
    return Fetched(
        url=url,
        final_url=final,
        content_type=media,
        charset=charset,
        data=b"".join(chunks),
        status=response.status,
        validators=validators,
    )


def _header(response: urllib3.BaseHTTPResponse, name: str, longest: int) -> str | None:
    """A header kept to send back later: a server's absurdly long value is not stored, just dropped."""
    value = (response.headers.get(name) or "").strip()
    return value if value and len(value) <= longest and value.isprintable() else None
