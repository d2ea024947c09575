"""How alerts leave: e-mail over SMTP (one connection per delivery run, STARTTLS and login when
configured) and webhooks as signed JSON POSTs (no redirects, timeouts, public addresses only, the
host resolved once and the connection made to the address that was checked).

Webhook signature, as in docs/ALERTS.md: `X-QuoteTrack-Signature: t=<unix seconds>,v1=<hex>`,
where v1 is HMAC-SHA256 under the subscription's secret of `<t>.` followed by the raw body. A
receiver recomputes it, compares in constant time, and rejects a t far from its clock (replay).
"""

from __future__ import annotations

import hashlib
import hmac
import smtplib
import socket
import ssl
import time
from email.message import EmailMessage
from functools import cache
from urllib.parse import urlsplit

import urllib3

from quotetrack import __version__
from quotetrack.config import Settings
from quotetrack.errors import IngestError, QuotetrackError
from quotetrack.ingest.fetch import refuse_private

SIGNATURE_HEADER = "X-QuoteTrack-Signature"
DELIVERY_HEADER = "X-QuoteTrack-Delivery"
USER_AGENT = f"QuoteTrack-Alerts/{__version__}"
WEBHOOK_TIMEOUT = 10.0  # seconds to connect, and to answer


class SendError(QuotetrackError):
    """A message could not be handed over; the outbox keeps it for a retry. `ours` when the
    fault is this site's (its mail server is down): that never counts against a subscriber."""

    def __init__(self, message: str, *, ours: bool = False) -> None:
        super().__init__(message)
        self.ours = ours


def signature(secret: str, timestamp: int, body: bytes) -> str:
    return hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def signature_header(secret: str, body: bytes, *, timestamp: int | None = None) -> str:
    t = int(time.time()) if timestamp is None else timestamp
    return f"t={t},v1={signature(secret, t, body)}"


def verify_signature(secret: str, header: str, body: bytes, *, tolerance: int = 300, now: int | None = None) -> bool:
    """What a receiver does (the tests' receiver uses it): a valid v1 and a fresh t."""
    fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    try:
        t = int(fields["t"])
    except (KeyError, ValueError):
        return False
    current = int(time.time()) if now is None else now
    expected = signature(secret, t, body)
    return abs(current - t) <= tolerance and hmac.compare_digest(expected, fields.get("v1", ""))


@cache
def _pool() -> urllib3.PoolManager:
    return urllib3.PoolManager(num_pools=50, retries=False)


def resolve_once(url: str, *, allow_private: bool) -> str:
    """The address a webhook POST goes to: its host looked up once, every address the name has
    judged by ingest.fetch.refuse_private (unless private addresses are allowed: the tests'
    receiver), and the first one used. The connection then goes to that address, so a name that
    answers a public address to the check and a private one to the connection (DNS rebinding)
    cannot reach the server's own network. SendError when the name does not resolve or is refused."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError) as exc:
        raise SendError(f"could not reach the webhook: cannot resolve {host or url!r}") from exc
    addresses = list(dict.fromkeys(str(info[4][0]).partition("%")[0] for info in infos))
    if not addresses:
        raise SendError(f"could not reach the webhook: cannot resolve {host!r}")
    if not allow_private:
        for address in addresses:
            literal = f"[{address}]" if ":" in address else address
            try:
                # The same judgment as every fetch, over the literal address: no second lookup.
                refuse_private(url, f"{parts.scheme}://{literal}:{port}/")
            except IngestError as exc:
                raise SendError(f"{exc.reason} (the webhook's host {host})") from exc
    return addresses[0]


def post_webhook(url: str, body: bytes, *, secret: str, delivery_key: str, allow_private: bool) -> int:
    """POST the body to the address resolve_once chose; the HTTP status of a 2xx answer, SendError
    for anything else."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SendError(f"not a webhook address: {url}")
    address = resolve_once(url, allow_private=allow_private)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    headers = {
        # The name as written, for the receiver's virtual host; the connection goes to `address`.
        "Host": parts.netloc.rpartition("@")[2],
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": USER_AGENT,
        SIGNATURE_HEADER: signature_header(secret, body),
        DELIVERY_HEADER: delivery_key,
    }
    # HTTPS: the certificate is checked against the name (and SNI sends it), not the address.
    tls = {"server_hostname": parts.hostname, "assert_hostname": parts.hostname} if parts.scheme == "https" else None
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        pool = _pool().connection_from_host(address, port=port, scheme=parts.scheme, pool_kwargs=tls)
        response = pool.urlopen(
            "POST",
            path,
            body=body,
            headers=headers,
            redirect=False,
            retries=False,
            assert_same_host=False,
            timeout=urllib3.Timeout(connect=WEBHOOK_TIMEOUT, read=WEBHOOK_TIMEOUT),
            preload_content=False,
        )
        response.read(64 * 1024)  # a little of the answer, so the connection can be reused
        response.release_conn()
    except urllib3.exceptions.HTTPError as exc:
        raise SendError(f"could not reach the webhook: {getattr(exc, 'reason', None) or exc}") from exc
    if not 200 <= response.status < 300:
        raise SendError(f"the webhook answered HTTP {response.status}")
    return response.status


class Mailer:
    """An SMTP session opened on the first message and kept for the run (a context manager)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._smtp: smtplib.SMTP | None = None
        # Why the server could not be reached: the rest of the run does not try again (ten
        # thousand messages must not each wait out a connection timeout).
        self._down: str | None = None

    def __enter__(self) -> Mailer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def available(self) -> bool:
        return bool(self._settings.smtp_host)

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                self._smtp.close()
            self._smtp = None

    def _connect(self) -> smtplib.SMTP:
        s = self._settings
        if not s.smtp_host:
            raise SendError("no SMTP server is configured (QUOTETRACK_SMTP_HOST)")
        smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout)
        try:
            if s.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
            if s.smtp_user:
                smtp.login(s.smtp_user, s.smtp_password or "")
        except BaseException:
            smtp.close()
            raise
        return smtp

    def send(self, message: EmailMessage) -> None:
        """Hand the message to the server; SendError when it cannot be. A server that cannot be
        reached or refuses our login is our fault (`ours`); the next message of the run then
        fails at once. A recipient the server refuses is the subscriber's."""
        if self._down:
            raise SendError(self._down, ours=True)
        if self._smtp is None:
            try:
                self._smtp = self._connect()
            except (smtplib.SMTPException, OSError, ssl.SSLError) as exc:
                self._down = f"the mail server could not be reached: {exc}"
                raise SendError(self._down, ours=True) from exc
        try:
            refused = self._smtp.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            raise SendError(f"the mail server refused {', '.join(exc.recipients)}") from exc
        except (smtplib.SMTPException, OSError, ssl.SSLError) as exc:
            self.close()
            raise SendError(f"the mail server did not take the message: {exc}", ours=True) from exc
        if refused:
            raise SendError(f"the mail server refused {', '.join(refused)}")
