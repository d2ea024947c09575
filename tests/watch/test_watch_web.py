"""The editors' sources page: listing with last poll, last error and articles per day; add,
disable, enable and remove through CSRF-checked forms; readers and anonymous visitors kept out."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from quotetrack.models import WatchedSource
from tests.watch.conftest import Feed, add_source, make_watcher


def _sources(engine: sa.Engine) -> list[WatchedSource]:
    with Session(engine) as session:
        return list(session.exec(select(WatchedSource).order_by(WatchedSource.id)))


def test_editor_adds_disables_enables_and_removes_a_source(editor: TestClient, app_engine: sa.Engine) -> None:
    page = editor.get("/sources")
    assert page.status_code == 200 and "No sources watched yet." in page.text
    added = editor.post(
        "/sources",
        data={
            "url": "https://news.example/rss",
            "kind": "feed",
            "every": "30m",
            "outlet": "Example",
            "csrf_token": editor.csrf,  # type: ignore[attr-defined]
        },
        follow_redirects=False,
    )
    assert added.status_code == 303 and added.headers["location"] == "/sources"
    [source] = _sources(app_engine)
    assert (source.url, source.every_seconds, source.outlet, source.enabled) == (
        "https://news.example/rss",
        1800,
        "Example",
        True,
    )
    page = editor.get("/sources").text
    assert "https://news.example/rss" in page and "30m" in page and "not polled yet" in page

    for action, enabled in (("disable", False), ("enable", True)):
        done = editor.post(
            f"/sources/{source.id}/{action}",
            data={"csrf_token": editor.csrf},  # type: ignore[attr-defined]
            follow_redirects=False,
        )
        assert done.status_code == 303
        assert _sources(app_engine)[0].enabled is enabled
    gone = editor.post(
        f"/sources/{source.id}/remove",
        data={"csrf_token": editor.csrf},  # type: ignore[attr-defined]
        follow_redirects=False,
    )
    assert gone.status_code == 303 and _sources(app_engine) == []
    missing = editor.post(f"/sources/{source.id}/remove", data={"csrf_token": editor.csrf})  # type: ignore[attr-defined]
    assert missing.status_code == 404


def test_bad_input_is_a_clear_error_and_keeps_what_was_typed(editor: TestClient, app_engine: sa.Engine) -> None:
    csrf = editor.csrf  # type: ignore[attr-defined]
    bad_url = editor.post("/sources", data={"url": "javascript:alert(1)", "every": "15m", "csrf_token": csrf})
    assert bad_url.status_code == 400 and "not an http:// or https:// address" in bad_url.text
    bad_every = editor.post(
        "/sources", data={"url": "https://news.example/rss", "every": "soon", "outlet": "Kept", "csrf_token": csrf}
    )
    assert bad_every.status_code == 400 and "not an interval" in bad_every.text and 'value="Kept"' in bad_every.text
    too_often = editor.post("/sources", data={"url": "https://news.example/rss", "every": "5s", "csrf_token": csrf})
    assert too_often.status_code == 400
    editor.post("/sources", data={"url": "https://news.example/rss", "every": "15m", "csrf_token": csrf})
    twice = editor.post("/sources", data={"url": "https://news.example/rss", "every": "15m", "csrf_token": csrf})
    assert twice.status_code == 409 and "already watched" in twice.text
    unknown = editor.post("/sources/1/explode", data={"csrf_token": csrf})
    assert unknown.status_code == 404
    assert len(_sources(app_engine)) == 1


def test_only_editors_see_or_change_sources(anon: TestClient, reader: TestClient, editor: TestClient) -> None:
    assert anon.get("/sources").status_code == 401
    assert reader.get("/sources").status_code == 403
    assert anon.post("/sources", data={"url": "https://news.example/rss"}).status_code == 401
    no_csrf = editor.post("/sources", data={"url": "https://news.example/rss", "every": "15m"})
    assert no_csrf.status_code == 403
    assert "Sources" in editor.get("/").text and "/sources" in editor.get("/").text


def test_the_page_shows_last_poll_last_error_and_articles_per_day(
    editor: TestClient, app_engine: sa.Engine, feed: Feed
) -> None:
    feed.add(1, 2)
    good = add_source(app_engine, feed.url, outlet="JMI")
    feed.site.page("/broken.xml", "<html>oops", content_type="application/rss+xml")
    broken = add_source(app_engine, feed.site.url("/broken.xml"))
    watcher = make_watcher(app_engine)
    watcher.poll(good)
    watcher.poll(broken)
    page = editor.get("/sources").text
    row = page[page.index(f'id="source-{good}"') :]
    row = row[: row.index("</tr>")]
    assert "fetched" in row and "+2 new" in row and "2.0 a day" in row and "2 in all" in row
    failed = page[page.index(f'id="source-{broken}"') :]
    failed = failed[: failed.index("</tr>")]
    assert "failed" in failed and "not an RSS or Atom feed" in failed and "failed polls in a row: 1" in failed
    in_indonesian = editor.get("/sources?lang=id").text
    assert "Sumber yang dipantau" in in_indonesian and "2.0 per hari" in in_indonesian
