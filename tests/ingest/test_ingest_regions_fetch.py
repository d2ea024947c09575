"""Issue 17, point 13: `regions import URL` fetches through the one ingest fetcher, so loopback
and private addresses are refused like any other URL, and its size limit holds."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, func, select
from typer.testing import CliRunner

from quotetrack.cli import app
from quotetrack.errors import IngestError
from quotetrack.ingest.fetch import FetchLimits
from quotetrack.models import Area
from quotetrack.store.regions import import_areas
from tests.ingest.conftest import Site

TABLE = "code,name,level,parent_code\n32,Jawa Barat,provinsi,\n32.13,Kabupaten Subang,kabupaten,32\n"


def test_a_loopback_url_is_refused_before_any_request(sqlite_engine: sa.Engine, site: Site) -> None:
    url = site.page("/areas.csv", TABLE, content_type="text/csv")
    with Session(sqlite_engine) as session, pytest.raises(IngestError, match="private or local address"):
        import_areas(session=session, source=url)
    assert site.requests == []


def test_allowing_private_addresses_imports_through_the_fetcher(sqlite_engine: sa.Engine, site: Site) -> None:
    url = site.page("/areas.csv", TABLE.encode("utf-16"), content_type="text/csv")  # BOM-marked UTF-16 too
    with Session(sqlite_engine) as session:
        report = import_areas(session=session, source=url, limits=FetchLimits(allow_private=True))
        assert report.created == 2
        assert session.exec(select(func.count()).select_from(Area)).one() == 2
    assert site.requests[0][1]["User-Agent"].startswith("QuoteTrack/")  # the fetcher's honest agent


def test_the_cli_refuses_a_loopback_url(
    tmp_path: Path, site: Site, monkeypatch: pytest.MonkeyPatch, settings_from_env: None
) -> None:
    monkeypatch.setenv("QUOTETRACK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    url = site.page("/areas.csv", TABLE, content_type="text/csv")
    result = CliRunner().invoke(app, ["regions", "import", url])
    assert result.exit_code == 1 and "private or local address" in result.output, result.output
    assert site.requests == []
    allowed = CliRunner().invoke(app, ["regions", "import", "--allow-private-addresses", url])
    assert allowed.exit_code == 0 and "2 areas" in allowed.output, allowed.output
