"""Permalinks, citations, exports and feed ids come from QUOTETRACK_BASE_URL, never the Host header."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree import ElementTree as ET

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from quotetrack.config import Settings, get_settings
from quotetrack.web.app import create_app

EVIL = {"host": "evil.example"}
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def settings_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """Environment changes that the (cached) settings see, undone after the test."""
    get_settings.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()


def _app_client(engine: sa.Engine) -> TestClient:
    return TestClient(create_app(engine))


def _statement_id(client: TestClient) -> int:
    return client.get("/api/v1/statements", params={"limit": 1}).json()["items"][0]["id"]


def test_the_base_url_builds_every_link_whatever_the_host(seeded: sa.Engine, settings_env) -> None:
    settings_env.setenv("QUOTETRACK_BASE_URL", "https://quotes.example/")
    with _app_client(seeded) as client:
        sid = _statement_id(client)
        page = client.get(f"/statements/{sid}", headers=EVIL).text
        assert "evil.example" not in page
        assert f"https://quotes.example/statements/{sid}" in page
        cited = client.get(f"/api/v1/statements/{sid}/citation", params={"style": "plain"}, headers=EVIL).text
        assert cited.endswith(f"Permalink: https://quotes.example/statements/{sid}")
        feed = ET.fromstring(client.get("/feeds/statements.atom", headers=EVIL).content)
        ids = [e.text or "" for e in feed.iter(f"{ATOM}id")]
        assert ids and all(i.startswith("https://quotes.example/") for i in ids)
        exported = client.get("/api/v1/statements", params={"format": "csv"}, headers=EVIL).text
        assert "evil.example" not in exported and "https://quotes.example/statements/" in exported


def test_production_without_a_base_url_refuses_unknown_hosts(seeded: sa.Engine, settings_env) -> None:
    settings_env.setenv("QUOTETRACK_PRODUCTION", "1")
    settings_env.setenv("QUOTETRACK_ALLOWED_HOSTS", "quotes.example,localhost")
    settings_env.delenv("QUOTETRACK_BASE_URL", raising=False)
    with _app_client(seeded) as client:
        assert client.get("/feeds/statements.atom", headers=EVIL).status_code == 400
        ok = client.get("/feeds/statements.atom", headers={"host": "quotes.example"})
        assert ok.status_code == 200 and b"http://quotes.example/statements/" in ok.content


def test_development_keeps_answering_any_host(seeded: sa.Engine, settings_env) -> None:
    settings_env.delenv("QUOTETRACK_PRODUCTION", raising=False)
    settings_env.delenv("QUOTETRACK_BASE_URL", raising=False)
    with _app_client(seeded) as client:
        assert client.get("/", headers={"host": "192.0.2.7:8000"}).status_code == 200


@pytest.mark.parametrize("bad", ["quotes.example", "ftp://quotes.example", "https://quotes.example/?x=1"])
def test_a_base_url_must_be_a_web_address(bad: str) -> None:
    with pytest.raises(ValueError, match="QUOTETRACK_BASE_URL"):
        Settings(base_url=bad)


def test_search_feed_links_encode_the_query(client) -> None:
    feed = ET.fromstring(client.get("/feeds/search.atom", params={"q": "netral&lang=id #x"}).content)
    alternate = next(link for link in feed.iter(f"{ATOM}link") if link.get("rel") == "alternate")
    assert alternate.get("href", "").endswith("/search?q=netral%26lang%3Did+%23x")


def test_cli_export_uses_the_base_url_setting(seeded: sa.Engine, settings_env) -> None:
    from typer.testing import CliRunner

    from quotetrack import cli

    settings_env.setenv("QUOTETRACK_BASE_URL", "https://quotes.example")
    settings_env.setattr(cli, "_engine", lambda: seeded)
    result = CliRunner().invoke(cli.app, ["export", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert '"permalink": "https://quotes.example/statements/' in result.output
