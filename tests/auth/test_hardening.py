"""Hardening (issue 17, point 16): no start with the default secret key outside development,
security headers on every response and no inline script for the CSP to allow, private backups,
and a clear message for HTML nested too deeply to parse."""

from __future__ import annotations

import re
import stat
import subprocess
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from quotetrack.config import DEFAULT_SECRET_KEY
from quotetrack.errors import IngestError
from quotetrack.ingest.html import extract_html
from quotetrack.store.backup import backup
from quotetrack.store.db import make_engine
from quotetrack.store.migrate import upgrade
from quotetrack.web.app import create_app
from tests.reliability.conftest import CLI, REPO, Server, cli_env, free_port


def _serve(env: dict[str, str], *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*CLI, "serve", "--port", str(free_port()), *extra],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_serve_refuses_the_default_secret_key_and_says_how_to_set_one(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    env["QUOTETRACK_SECRET_KEY"] = DEFAULT_SECRET_KEY
    env.pop("QUOTETRACK_DEV", None)
    try:
        done = _serve(env)
    except subprocess.TimeoutExpired:
        pytest.fail("the server started (and kept running) with the default secret key")
    assert done.returncode != 0
    message = " ".join(done.stderr.split())
    assert "QUOTETRACK_SECRET_KEY" in message and "--dev" in message
    assert "Traceback" not in done.stderr
    env.pop("QUOTETRACK_SECRET_KEY")  # no key at all is the default key too
    assert _serve(env).returncode != 0


def test_the_dev_flag_and_setting_allow_the_default_key(tmp_path: Path) -> None:
    env = cli_env(tmp_path)
    env["QUOTETRACK_SECRET_KEY"] = DEFAULT_SECRET_KEY
    env["QUOTETRACK_DEV"] = "1"  # what `serve --dev` sets for its workers
    server = Server(env, tmp_path / "serve.log")
    server.stop()
    assert "Makefile" in (REPO / "Makefile").name and "serve --dev" in (REPO / "Makefile").read_text()


def test_create_app_refuses_the_default_key_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from quotetrack.config import get_settings

    engine = make_engine(f"sqlite:///{tmp_path / 'q.db'}")
    monkeypatch.setenv("QUOTETRACK_SECRET_KEY", DEFAULT_SECRET_KEY)
    monkeypatch.delenv("QUOTETRACK_DEV", raising=False)
    get_settings.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="QUOTETRACK_SECRET_KEY"):
            create_app(engine)
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    engine = make_engine(f"sqlite:///{tmp_path / 'q.db'}")
    upgrade(engine)
    with TestClient(create_app(engine)) as c:
        yield c
    engine.dispose()


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/search?q=jalan",
        "/login",
        "/api/v1/statements",
        "/docs",
        "/openapi.json",
        "/static/style.css",
        "/no-such-page",
        "/api/v1/statements/999999",
    ],
)
def test_every_response_carries_the_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    csp = response.headers.get("content-security-policy", "")
    directives = dict((d.strip().split(" ", 1) + [""])[:2] for d in csp.split(";") if d.strip())
    assert directives.get("frame-ancestors") == "'none'", csp
    assert directives.get("default-src") == "'self'", csp
    assert "unsafe-inline" not in directives.get("script-src", directives["default-src"]), csp
    assert directives.get("object-src") == "'none'", csp
    assert response.headers.get("x-frame-options") == "DENY"
    assert response.headers.get("x-content-type-options") == "nosniff"
    assert response.headers.get("referrer-policy") == "strict-origin-when-cross-origin"


_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.DOTALL | re.IGNORECASE)


@pytest.mark.parametrize("path", ["/", "/docs", "/login", "/search?q=jalan"])
def test_pages_have_no_inline_script_the_csp_would_need_to_allow(client: TestClient, path: str) -> None:
    for attrs, body in _SCRIPT.findall(client.get(path).text):
        if "application/ld+json" in attrs:
            continue  # a data block, never executed
        assert "src=" in attrs and not body.strip(), f"inline script on {path}: {body[:80]!r}"
    assert not re.search(r"\son[a-z]+\s*=", client.get(path).text), "an inline event handler"


def test_a_backup_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'live.db'}")
    upgrade(engine)
    dest = backup(engine, tmp_path / "out" / "q.db")
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    # An existing world-readable file of that name is replaced by a private one.
    old = tmp_path / "old.db"
    old.write_bytes(b"")
    old.chmod(0o644)
    assert stat.S_IMODE(backup(engine, old).stat().st_mode) == 0o600
    engine.dispose()


def test_a_postgres_backup_is_readable_by_its_owner_only(tmp_path: Path, pg_engine_session: sa.Engine) -> None:
    import shutil

    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not on PATH")
    dest = backup(pg_engine_session, tmp_path / "q.dump")
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600


_PROSE = "<p>" + "Bupati Contoh Budi Santoso mengatakan bahwa program jalan desa berjalan lancar. " * 4 + "</p>"


@pytest.mark.parametrize("depth", [300, 100_000])
def test_deeply_nested_html_is_reported_as_such(depth: int) -> None:
    html = "<html><head><title>T</title></head><body>" + "<div>" * depth + _PROSE * 3 + "</div>" * depth
    with pytest.raises(IngestError, match="too deeply nested"):
        extract_html(html + "</body></html>", location="deep.html")


def test_shallow_html_without_prose_is_still_no_article() -> None:
    with pytest.raises(IngestError, match="no article"):
        extract_html("<html><body>" + "<div>" * 20 + "<p>Menu</p>" + "</div>" * 20 + "</body></html>", location="x")
