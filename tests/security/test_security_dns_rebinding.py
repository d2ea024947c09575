"""A URL's host is looked up once per request: the addresses judged public are the ones connected
to, so a name answering a public address to the check and 127.0.0.1 to the connection (DNS
rebinding) never reaches the server's own network, redirects included; HTTPS still checks the
certificate against the name.

No outside network: a local server on 127.0.0.1 plays both the "public" site (the test's
connection layer carries the public addresses below to it) and the server's own network (what a
rebound name would reach)."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import urllib3.util.connection

from quotetrack.errors import IngestError
from quotetrack.ingest.fetch import FetchLimits, close_connections, fetch

PUBLIC_SITE = "93.184.216.34"  # where the test's connection layer carries connections to the local server
PUBLIC_UNREACHABLE = "93.184.216.35"  # a public address nothing answers at
LIMITS = FetchLimits(timeout=3, total_timeout=5)


@dataclass
class Local:
    """The local server: what it was asked for (path, Host header) and, over TLS, the SNI names."""

    port: int
    requests: list[tuple[str, str]] = field(default_factory=list)
    sni: list[str | None] = field(default_factory=list)


def _serve(tls: ssl.SSLContext | None = None) -> Iterator[Local]:
    local = Local(port=0)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            local.requests.append((self.path, self.headers.get("Host", "")))
            if self.path == "/hop":
                self.send_response(302)
                self.send_header("Location", f"http://other.example.test:{local.port}/inside")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = b"<html><body><p>the page</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if tls is not None:
        tls.sni_callback = lambda sock, name, ctx: local.sni.append(name)  # type: ignore[assignment,misc,func-returns-value]
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    local.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    close_connections()
    try:
        yield local
    finally:
        close_connections()
        server.shutdown()
        server.server_close()


@pytest.fixture
def local() -> Iterator[Local]:
    yield from _serve()


class Resolver:
    """socket.getaddrinfo for the test's names: each answers its list of address sets in turn
    (the last one from then on); every other name is looked up for real."""

    def __init__(self, answers: dict[str, list[list[str]]]) -> None:
        self.answers = answers
        self.asked: dict[str, int] = dict.fromkeys(answers, 0)
        self._real = socket.getaddrinfo

    def __call__(self, host: object, port: object, *args: object, **kwargs: object) -> list:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name not in self.answers:
            return self._real(host, port, *args, **kwargs)  # type: ignore[arg-type]
        turns = self.answers[name]
        addresses = turns[min(self.asked[name], len(turns) - 1)]
        self.asked[name] += 1
        return [
            (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses
        ]


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch, local: Local) -> Callable[[dict[str, list[list[str]]]], list[str]]:
    """Install a Resolver; returns the list of addresses connections were made to, as the
    connection layer was given them (a name is looked up through the Resolver)."""
    return _install(monkeypatch, local)


def _install(monkeypatch: pytest.MonkeyPatch, local: Local) -> Callable[[dict[str, list[list[str]]]], list[str]]:
    real = urllib3.util.connection.create_connection
    connected: list[str] = []

    def create_connection(address: tuple[str, int], *args: object, **kwargs: object) -> socket.socket:
        host, port = address
        connected.append(host)
        for *_, sockaddr in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
            target = str(sockaddr[0])
            if target == PUBLIC_SITE:
                return real(("127.0.0.1", local.port), *args, **kwargs)  # type: ignore[arg-type]
            if target == "127.0.0.1":
                return real(("127.0.0.1", port), *args, **kwargs)  # type: ignore[arg-type]
        raise ConnectionRefusedError(111, "Connection refused")  # other public addresses: nothing answers

    def install(answers: dict[str, list[list[str]]]) -> list[str]:
        monkeypatch.setattr(socket, "getaddrinfo", Resolver(answers))
        return connected

    monkeypatch.setattr(urllib3.util.connection, "create_connection", create_connection)
    return install


def test_a_name_rebound_to_loopback_after_the_check_never_reaches_the_local_server(local: Local, network) -> None:
    network({"news.example.test": [[PUBLIC_UNREACHABLE], ["127.0.0.1"]]})
    with pytest.raises(IngestError, match="could not fetch"):
        fetch(f"http://news.example.test:{local.port}/secret", limits=LIMITS)
    assert local.requests == []


def test_a_redirect_to_a_rebinding_name_never_reaches_the_local_server(local: Local, network) -> None:
    connected = network(
        {
            "news.example.test": [[PUBLIC_SITE]],
            "other.example.test": [[PUBLIC_UNREACHABLE], ["127.0.0.1"]],
        }
    )
    with pytest.raises(IngestError, match="could not fetch"):
        fetch(f"http://news.example.test:{local.port}/hop", limits=LIMITS)
    assert [path for path, _ in local.requests] == ["/hop"]
    assert connected == [PUBLIC_SITE, PUBLIC_UNREACHABLE]


def test_a_redirect_to_a_name_that_is_private_when_checked_is_refused(local: Local, network) -> None:
    network({"news.example.test": [[PUBLIC_SITE]], "other.example.test": [["127.0.0.1"]]})
    with pytest.raises(IngestError, match=r"other\.example\.test is a private or local address \(127\.0\.0\.1\)"):
        fetch(f"http://news.example.test:{local.port}/hop", limits=LIMITS)
    assert [path for path, _ in local.requests] == ["/hop"]


def test_the_checked_address_is_connected_to_with_the_name_in_the_host_header(local: Local, network) -> None:
    # The first address cannot be reached (an IPv6 address without a route, say): the next checked one is used.
    connected = network({"news.example.test": [["2606:2800:21f:cb07:6820:80da:af6b:8b2c", PUBLIC_SITE]]})
    got = fetch(f"http://news.example.test:{local.port}/page?id=7", limits=LIMITS)
    assert got.data.startswith(b"<html>") and got.final_url == f"http://news.example.test:{local.port}/page?id=7"
    assert local.requests == [("/page?id=7", f"news.example.test:{local.port}")]
    assert connected == ["2606:2800:21f:cb07:6820:80da:af6b:8b2c", PUBLIC_SITE]


def test_a_name_with_a_private_address_among_public_ones_is_refused_before_any_connection(
    local: Local, network
) -> None:
    connected = network({"news.example.test": [[PUBLIC_SITE, "10.0.0.7"]]})
    with pytest.raises(IngestError, match="private or local address"):
        fetch(f"http://news.example.test:{local.port}/page", limits=LIMITS)
    assert connected == [] and local.requests == []


# --- HTTPS: the connection goes to the address, the certificate is checked against the name ---


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def certificates(tmp_path: Path) -> Path:
    """A throwaway CA and a certificate for news.example.test signed by it."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make test certificates")
    subj = "/CN=QuoteTrack test CA"
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", subj,
             "-keyout", "ca.key", "-out", "ca.pem", cwd=tmp_path)  # fmt: skip
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=news.example.test",
             "-keyout", "site.key", "-out", "site.csr", cwd=tmp_path)  # fmt: skip
    (tmp_path / "san.ext").write_text("subjectAltName=DNS:news.example.test\n")
    _openssl("x509", "-req", "-in", "site.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
             "-days", "2", "-extfile", "san.ext", "-out", "site.pem", cwd=tmp_path)  # fmt: skip
    return tmp_path


@pytest.fixture
def tls_site(certificates: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Local]:
    monkeypatch.setenv("SSL_CERT_FILE", str(certificates / "ca.pem"))  # the test CA is the trusted one
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificates / "site.pem", certificates / "site.key")
    yield from _serve(context)


def test_https_to_the_pinned_address_sends_and_checks_the_name(tls_site: Local, monkeypatch) -> None:
    connected = _install(monkeypatch, tls_site)({"news.example.test": [[PUBLIC_SITE], ["127.0.0.1"]]})
    got = fetch(f"https://news.example.test:{tls_site.port}/page", limits=LIMITS)
    assert got.data.startswith(b"<html>")
    assert connected == [PUBLIC_SITE] and tls_site.sni == ["news.example.test"]
    assert tls_site.requests == [("/page", f"news.example.test:{tls_site.port}")]


def test_https_with_a_certificate_for_another_name_is_refused(tls_site: Local, monkeypatch) -> None:
    _install(monkeypatch, tls_site)({"wrong.example.test": [[PUBLIC_SITE]]})
    with pytest.raises(IngestError, match="(?i)hostname|certificate"):
        fetch(f"https://wrong.example.test:{tls_site.port}/page", limits=LIMITS)
    assert tls_site.requests == []


def test_a_path_with_spaces_and_letters_outside_ascii_is_sent_percent_encoded(local: Local, network) -> None:
    network({"news.example.test": [[PUBLIC_SITE]]})
    fetch(f"http://news.example.test:{local.port}/berita/jalan desa?kata=jembatan ç", limits=LIMITS)
    assert local.requests == [("/berita/jalan%20desa?kata=jembatan%20%C3%A7", f"news.example.test:{local.port}")]
