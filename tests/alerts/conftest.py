"""Real receivers for alerts: an SMTP server (aiosmtpd) and an HTTP server for webhooks, both on
127.0.0.1, and the settings that point QuoteTrack at them."""

from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import sqlalchemy as sa
from aiosmtpd.controller import Controller

# ruff: noqa: E501  (the test articles keep their paragraphs on one line, as outlets print them)
from quotetrack.config import Settings, get_settings

# Articles written for these tests: a regent of Subang on floods (official "Imran"), then a
# governor on a toll road (official "Rizal Kamarullah").
FLOODS = """Subang - Penjabat Bupati Subang Imran meminta warga waspada banjir menjelang musim hujan.

"Kami sudah menyiapkan posko banjir di setiap kecamatan agar warga cepat tertolong," kata Imran di Subang, Senin (3/6/2024).

Imran menambahkan bahwa pemerintah kabupaten akan memperbaiki tanggul sungai Cipunagara tahun ini.
"""
TOLL_ROAD = """Bandung - Gubernur Jawa Barat Rizal Kamarullah meresmikan jalan tol baru, Selasa (4/6/2024).

"Jalan ini akan memangkas waktu tempuh ke pelabuhan hingga dua jam," ujar Rizal Kamarullah di Bandung.
"""
IMRAN_AGAIN = """Subang - Penjabat Bupati Subang Imran meninjau pasar induk yang baru selesai dibangun, Rabu (5/6/2024).

"Pedagang kami pindahkan ke gedung baru paling lambat akhir bulan ini," kata Imran kepada wartawan.
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Mailbox:
    """What the SMTP server received, parsed."""

    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)  # type: ignore[attr-defined]
        with self.lock:
            self.messages.append(message)  # type: ignore[arg-type]
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))  # type: ignore[attr-defined]
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        with self.lock:
            return [m for m in self.messages if m["To"] == address]


@pytest.fixture
def smtp_server() -> Iterator[tuple[Mailbox, int]]:
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield mailbox, port
    controller.stop()


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> dict:
        return json.loads(self.body)


@dataclass
class Receiver:
    """A webhook endpoint: records every POST, answers `status` (settable while running)."""

    url: str
    requests: list[Received] = field(default_factory=list)
    status: int = 200
    delay: float = 0.0  # seconds before answering, so that concurrent senders overlap


@pytest.fixture
def webhook_receiver() -> Iterator[Receiver]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    receiver = Receiver(url=f"http://127.0.0.1:{server.server_address[1]}/hook")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            receiver.requests.append(Received(self.path, {k: v for k, v in self.headers.items()}, body))
            time.sleep(receiver.delay)
            self.send_response(receiver.status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *_args: object) -> None:
            pass

    server.RequestHandlerClass = Handler
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield receiver
    server.shutdown()
    server.server_close()


@pytest.fixture
def alert_settings(monkeypatch: pytest.MonkeyPatch, smtp_server: tuple[Mailbox, int]) -> Iterator[Settings]:
    """Settings pointing at the test SMTP server, sending at once, webhooks on 127.0.0.1 allowed."""
    _, port = smtp_server
    for name, value in {
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(port),
        "SMTP_STARTTLS": "0",
        "SMTP_FROM": "QuoteTrack <alerts@quotes.test>",
        "BASE_URL": "http://quotes.test",
        "ALERT_INTERVAL_MINUTES": "0",
        "ALERT_RETRY_SECONDS": "0",
        "WEBHOOK_ALLOW_PRIVATE": "1",
        "WEBHOOK_MAX_FAILURES": "3",
    }.items():
        monkeypatch.setenv(f"QUOTETRACK_{name}", value)
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()


def ingest_text(engine: sa.Engine, folder: Path, name: str, text: str) -> None:
    """Store one article through the normal batch ingest."""
    from quotetrack.pipeline import ingest_paths

    path = folder / name
    path.write_text(text, encoding="utf-8")
    report = ingest_paths([path], engine=engine, max_bytes=1_000_000)
    assert report.ok and report.articles == 1, report.errors
