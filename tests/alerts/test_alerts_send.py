"""Webhook POSTs go to the address that was checked: the host is looked up once, every address
judged like any fetch, and the connection made to that address, so a name that answers a public
address first and 127.0.0.1 next (DNS rebinding) never reaches the local receiver. Over HTTPS the
certificate is still checked against the name."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import urllib3

from quotetrack.alerts import send
from quotetrack.alerts.send import SendError, post_webhook, resolve_once
from tests.alerts.conftest import Receiver

NAME = "hooks.rebind.test"
PUBLIC = "1.1.1.1"  # judged public; nothing of ours listens there


class Resolver:
    """socket.getaddrinfo for NAME answering `answers` in turn (the last one from then on); any
    other host through the real resolver."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.lookups = 0
        self._real = socket.getaddrinfo

    def __call__(self, host: str, port: object, *args: object, **kwargs: object) -> list:
        if host != NAME:
            return self._real(host, port, *args, **kwargs)  # type: ignore[arg-type]
        self.lookups += 1
        address = self.answers[min(self.lookups, len(self.answers)) - 1]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, int(str(port))))]


@pytest.fixture
def hook(webhook_receiver: Receiver) -> Iterator[str]:
    """The receiver's URL under NAME instead of 127.0.0.1."""
    port = urlsplit(webhook_receiver.url).port
    yield f"http://{NAME}:{port}/hook"


def test_a_name_that_rebinds_to_a_private_address_is_not_reached(
    hook: str, webhook_receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    resolver = Resolver(PUBLIC, "127.0.0.1")
    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    monkeypatch.setattr(send, "WEBHOOK_TIMEOUT", 2.0)
    with pytest.raises(SendError, match="could not reach the webhook"):
        post_webhook(hook, b"{}", secret="s", delivery_key="1-1", allow_private=False)
    assert webhook_receiver.requests == []
    assert resolver.lookups == 1


def test_a_name_resolving_to_a_private_address_is_refused_before_connecting(
    hook: str, webhook_receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", Resolver("127.0.0.1"))
    with pytest.raises(SendError, match="private or local address"):
        post_webhook(hook, b"{}", secret="s", delivery_key="1-1", allow_private=False)
    assert webhook_receiver.requests == []


def test_the_pinned_connection_names_the_host_and_reaches_the_receiver(
    hook: str, webhook_receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    resolver = Resolver("127.0.0.1", PUBLIC)
    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    assert post_webhook(f"{hook}/7?x=1", b"{}", secret="s", delivery_key="1-1", allow_private=True) == 200
    [received] = webhook_receiver.requests
    assert received.path == "/hook/7?x=1"
    assert received.headers["Host"] == urlsplit(hook).netloc
    assert resolver.lookups == 1  # a second lookup would have answered PUBLIC
    assert resolve_once(hook, allow_private=True) == PUBLIC


def test_a_name_that_does_not_resolve_fails_as_the_receivers_fault(monkeypatch: pytest.MonkeyPatch) -> None:
    def unknown(*_args: object, **_kwargs: object) -> list:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", unknown)
    with pytest.raises(SendError, match="cannot resolve") as raised:
        post_webhook(f"http://{NAME}/hook", b"{}", secret="s", delivery_key="1-1", allow_private=False)
    assert not raised.value.ours


def _certificate(folder: Path, name: str) -> Path:
    """A self-signed certificate (and its key, in the same file) for `name`."""
    pem = folder / f"{name}.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", f"/CN={name}",
         "-addext", f"subjectAltName=DNS:{name}", "-keyout", str(pem), "-out", str(pem)],
        check=True, capture_output=True,
    )  # fmt: skip
    return pem


@pytest.fixture
def tls_receiver(tmp_path: Path) -> Iterator[tuple[ThreadingHTTPServer, Callable[[str], Path]]]:
    """An HTTPS receiver on 127.0.0.1; call the second item with a name to serve a certificate
    for that name (returned, for the client to trust)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a certificate")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)

    def serve(name: str) -> Path:
        pem = _certificate(tmp_path, name)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(pem)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return pem

    yield server, serve
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(("served", "reached"), [(NAME, True), ("other.example", False)])
def test_https_checks_the_certificate_against_the_name_not_the_address(
    tls_receiver: tuple[ThreadingHTTPServer, Callable[[str], Path]],
    monkeypatch: pytest.MonkeyPatch,
    served: str,
    reached: bool,
) -> None:
    server, serve = tls_receiver
    pem = serve(served)
    monkeypatch.setattr(socket, "getaddrinfo", Resolver("127.0.0.1"))
    monkeypatch.setattr(send, "_pool", lambda: urllib3.PoolManager(retries=False, ca_certs=str(pem)))
    url = f"https://{NAME}:{server.server_address[1]}/hook"
    if reached:
        assert post_webhook(url, b"{}", secret="s", delivery_key="1-1", allow_private=True) == 204
    else:
        with pytest.raises(SendError, match=f"hostname '{NAME}' doesn't match"):
            post_webhook(url, b"{}", secret="s", delivery_key="1-1", allow_private=True)
