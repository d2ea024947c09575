"""Where the site sends a browser: never to a host taken from the request, never for good when
the reason for the redirect can be undone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlmodel import Session

from quotetrack.config import get_settings
from quotetrack.store import corrections, officials, writes
from quotetrack.web.app import create_app

EVIL = {"host": "evil.example"}


@pytest.fixture
def settings_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    get_settings.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()


def _merged_pair(engine: sa.Engine) -> tuple[int, int, int]:
    """Two officials, the second merged into the first; returns (kept, merged, merge revision)."""
    with Session(engine) as session:
        keep = writes.create_official(session=session, name="Wirasena Tanuwijoyo")
        dupe = writes.create_official(session=session, name="Wirasena Tanuwijaya")
        session.commit()
        keep_id, dupe_id = keep.id or 0, dupe.id or 0
        revision = officials.merge_officials(
            session=session, keep_id=keep_id, merge_id=dupe_id, actor="ada", reason="same person"
        )
        session.commit()
        return keep_id, dupe_id, revision.id or 0


def test_a_merged_officials_page_redirects_on_this_site_keeping_its_filters(
    seeded: sa.Engine, settings_env: pytest.MonkeyPatch
) -> None:
    settings_env.setenv("QUOTETRACK_BASE_URL", "https://quotes.example")
    keep_id, dupe_id, _ = _merged_pair(seeded)
    with TestClient(create_app(seeded)) as client:
        moved = client.get(f"/officials/{dupe_id}?page=2&topic=anggaran", headers=EVIL, follow_redirects=False)
    location = moved.headers["location"]
    assert "evil.example" not in location
    assert location in (
        f"/officials/{keep_id}?page=2&topic=anggaran",
        f"https://quotes.example/officials/{keep_id}?page=2&topic=anggaran",
    )


def test_the_redirect_of_a_merge_is_not_cached_for_good_since_the_merge_can_be_undone(seeded: sa.Engine) -> None:
    keep_id, dupe_id, revision_id = _merged_pair(seeded)
    with TestClient(create_app(seeded)) as client:
        moved = client.get(f"/officials/{dupe_id}", follow_redirects=False)
        assert moved.status_code in (302, 303, 307)
        with Session(seeded) as session:
            corrections.undo_revision(session=session, revision_id=revision_id, actor="ada", reason="two people")
            session.commit()
        assert client.get(f"/officials/{dupe_id}", follow_redirects=False).status_code == 200


@pytest.mark.parametrize(
    ("asked", "sent_to"),
    [
        ("/search/?q=banjir&page=2", "/search?q=banjir&page=2"),
        ("/officials/", "/officials"),
        ("/api/v1/statements/?limit=5", "/api/v1/statements?limit=5"),
        ("/feeds/statements.atom/", "/feeds/statements.atom"),
        ("/%2Fevil.example/", "/evil.example"),  # the path //evil.example/
    ],
)
def test_a_trailing_slash_is_dropped_by_a_path_of_this_site_whatever_the_host(
    seeded: sa.Engine, settings_env: pytest.MonkeyPatch, asked: str, sent_to: str
) -> None:
    settings_env.setenv("QUOTETRACK_BASE_URL", "https://quotes.example")
    with TestClient(create_app(seeded)) as client:
        moved = client.get(asked, headers=EVIL, follow_redirects=False)
        assert moved.status_code == 307
        assert moved.headers["location"] == sent_to
        if "evil" not in asked:
            assert client.get(asked).status_code == 200
