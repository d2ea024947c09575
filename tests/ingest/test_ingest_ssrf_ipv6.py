"""Issue 17, point 12: IPv6 forms that embed an IPv4 address are judged by that IPv4 address, and
refused at once (no connection attempt, so no wait for a timeout)."""

from __future__ import annotations

import ipaddress
import time

import pytest

from quotetrack.errors import IngestError
from quotetrack.ingest.fetch import FetchLimits, embedded_ipv4, fetch


@pytest.mark.parametrize(
    "url",
    [
        "http://[::127.0.0.1]/a",  # IPv4-compatible
        "http://[64:ff9b::7f00:1]/a",  # NAT64 well-known prefix
        "http://[64:ff9b:1::7f00:1]/a",  # NAT64 local-use prefix
        "http://[::ffff:0:7f00:1]/a",  # IPv4-translated (SIIT)
        "http://[2002:7f00:1::]/a",  # 6to4
        "http://[2002:a00:1::]/a",  # 6to4 of 10.0.0.1
        "http://[::ffff:a9fe:a9fe]/latest/meta-data",  # IPv4-mapped 169.254.169.254
        "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/a",  # Teredo, client 127.0.0.1
        "HTTP://[::127.0.0.1]/a",
    ],
)
def test_ipv6_forms_embedding_a_private_ipv4_are_refused_immediately(url: str) -> None:
    began = time.monotonic()
    with pytest.raises(IngestError, match="private or local address") as caught:
        fetch(url, limits=FetchLimits(timeout=15, total_timeout=60))
    assert caught.value.source == url
    assert time.monotonic() - began < 2, "refused without trying to connect"


@pytest.mark.parametrize(
    ("address", "embedded"),
    [
        ("::127.0.0.1", "127.0.0.1"),
        ("64:ff9b::808:808", "8.8.8.8"),
        ("::ffff:0:7f00:1", "127.0.0.1"),
        ("2002:7f00:1::", "127.0.0.1"),
        ("::ffff:10.0.0.1", "10.0.0.1"),
        ("2606:4700::1111", None),
        ("::1", None),
        ("::", None),
    ],
)
def test_embedded_ipv4_reads_each_transition_form(address: str, embedded: str | None) -> None:
    found = embedded_ipv4(ipaddress.IPv6Address(address))
    assert (str(found) if found else None) == embedded
