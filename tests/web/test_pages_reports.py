"""Anyone can report an error in a statement (CSRF, honeypot, per-address limit, length limits);
editors act on reports from their queue; the outcome is acknowledged on the statement's page.
The /about page shows the measured figures from quality.json, in both languages."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from quotetrack.models import ErrorReport, Statement
from quotetrack.store.reports import PER_ADDRESS, TooManyReports, file_report
from quotetrack.web.app import create_app
from quotetrack.web.pages import quality_figures
from tests.auth.conftest import add_user, login

QUOTE = "Komunikasi bukan berarti intervensi"
MESSAGE = "The speaker is the Sekda, not the Pj. Bupati: see the second paragraph."


@pytest.fixture
def app(seeded: sa.Engine) -> Iterator[tuple[TestClient, sa.Engine, int]]:
    add_user(seeded, "eddie", "editor")
    with TestClient(create_app(seeded)) as client:
        items = client.get("/api/v1/statements", params={"limit": 200}).json()["items"]
        yield client, seeded, next(s["id"] for s in items if s["text"] == QUOTE)


def _token(client: TestClient, sid: int) -> str:
    page = client.get(f"/statements/{sid}").text
    form = page[page.index(f'action="/statements/{sid}/report"') :]
    return re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]


def _reports(engine: sa.Engine) -> list[ErrorReport]:
    with Session(engine) as session:
        return list(session.exec(select(ErrorReport)).all())


def test_a_reader_without_an_account_files_a_report(app) -> None:
    client, engine, sid = app
    page = client.get(f"/statements/{sid}").text
    assert "Extracted automatically" in page and re.search(r"confidence \d+%", page)
    sent = client.post(
        f"/statements/{sid}/report",
        data={
            "csrf_token": _token(client, sid),
            "kind": "speaker",
            "message": MESSAGE,
            "contact": "reader@example.org",
        },
        follow_redirects=False,
    )
    assert sent.status_code == 303 and sent.headers["location"] == f"/statements/{sid}?reported=1#report"
    assert "your report is in the editors" in client.get(sent.headers["location"]).text
    [report] = _reports(engine)
    assert (report.kind, report.message, report.status) == ("speaker", MESSAGE, "open")
    assert "testclient" not in report.address_hash and len(report.address_hash) == 64  # the address is not kept


def test_without_the_form_token_nothing_is_filed(app) -> None:
    client, engine, sid = app
    for token in ("", "forged"):
        answer = client.post(
            f"/statements/{sid}/report", data={"csrf_token": token, "kind": "quote", "message": MESSAGE}
        )
        assert answer.status_code == 403
    assert _reports(engine) == []


def test_the_honeypot_is_answered_like_a_person_and_nothing_is_stored(app) -> None:
    client, engine, sid = app
    answer = client.post(
        f"/statements/{sid}/report",
        follow_redirects=False,
        data={"csrf_token": _token(client, sid), "kind": "quote", "message": MESSAGE, "website": "http://spam.example"},
    )
    assert answer.status_code == 303 and _reports(engine) == []


@pytest.mark.parametrize(
    ("kind", "message", "status"),
    [
        ("quote", "too short", 400),
        ("quote", "x" * 2001, 400),
        ("nonsense", MESSAGE, 400),
    ],
)
def test_bad_reports_are_refused_with_the_text_kept(app, kind: str, message: str, status: int) -> None:
    client, engine, sid = app
    answer = client.post(
        f"/statements/{sid}/report", data={"csrf_token": _token(client, sid), "kind": kind, "message": message}
    )
    assert answer.status_code == status and "The report was not sent" in answer.text
    assert message[:50] in answer.text  # what the reader wrote is still in the form
    assert _reports(engine) == []


def test_one_address_may_file_only_a_few_reports_an_hour(app) -> None:
    client, engine, sid = app
    token = _token(client, sid)
    codes = [
        client.post(
            f"/statements/{sid}/report",
            follow_redirects=False,
            data={"csrf_token": token, "kind": "other", "message": f"{MESSAGE} ({i})"},
        ).status_code
        for i in range(PER_ADDRESS + 2)
    ]
    assert codes == [303] * PER_ADDRESS + [429, 429]
    assert len(_reports(engine)) == PER_ADDRESS


def test_an_editor_acts_on_a_report_and_the_statement_page_acknowledges_it(app) -> None:
    client, engine, sid = app
    client.post(
        f"/statements/{sid}/report",
        data={
            "csrf_token": _token(client, sid),
            "kind": "speaker",
            "message": MESSAGE,
            "contact": "reader@example.org",
        },
    )
    assert client.get("/reports", follow_redirects=False).status_code in (401, 303)  # not for readers
    with TestClient(create_app(engine)) as editor:
        csrf = login(editor, "eddie")
        queue = editor.get("/reports").text
        assert MESSAGE in queue.replace("&#39;", "'") and "reader@example.org" in queue
        [report] = _reports(engine)
        assert (
            editor.post(
                f"/reports/{report.id}", data={"outcome": "fixed", "response": "Speaker corrected."}
            ).status_code
            == 403
        )  # no CSRF token
        done = editor.post(
            f"/reports/{report.id}",
            follow_redirects=False,
            data={"csrf_token": csrf, "outcome": "fixed", "response": "Speaker corrected."},
        )
        assert done.status_code == 303
        assert "No open reports" in editor.get("/reports").text
    page = client.get(f"/statements/{sid}").text
    assert "an editor corrected it on" in page and "Speaker corrected." in page
    assert "reader@example.org" not in page and MESSAGE not in page  # the report itself stays private


def test_the_quote_is_shown_without_its_trailing_comma_and_the_whole_permalink(app) -> None:
    client, _, _ = app
    items = client.get("/api/v1/statements", params={"limit": 200}).json()["items"]
    comma = next(s for s in items if s["text"].rstrip().endswith(","))
    page = client.get(f"/statements/{comma['id']}").text
    shown = re.search(r'<blockquote class="big [a-z]+">([^<]*)</blockquote>', page).group(1)  # type: ignore[union-attr]
    assert not shown.endswith(",")
    permalink = f"http://testserver/statements/{comma['id']}"
    assert f'<a href="{permalink}">{permalink}</a>' in page


def test_about_shows_the_measured_figures_in_both_languages(client) -> None:
    quality = quality_figures()
    assert quality is not None, "quality.json is written by bench/bench_quality.py"
    english, indonesian = client.get("/about?lang=en").text, client.get("/about?lang=id").text
    assert "How articles become statements" in english and "Dari artikel menjadi pernyataan" in indonesian
    for page in (english, indonesian):
        for name, row in quality["sets"].items():
            if "F1" in row["figures"]:
                assert f"{100 * row['figures']['F1']:.1f}%" in page, name
        assert f"{100 * quality['topics']['precision']:.1f}%" in page
        assert 'id="confidence"' in page
    assert '<a href="/about">' in client.get("/").text


def test_quality_json_comes_from_the_bench() -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "quotetrack" / "web" / "data" / "quality.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert "bench/bench_quality.py" in doc["_comment"] and doc["commit"] and doc["sets"]["id-dev"]["scorer_line"]


@pytest.mark.parametrize("engine", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True)
def test_simultaneous_reports_from_one_address_stop_at_the_limit(seeded: sa.Engine) -> None:
    """Several web processes on one PostgreSQL: requests that arrive together, each in its own
    transaction, must not all count the same few earlier reports and all go in."""
    with Session(seeded) as session:
        sid = session.exec(select(Statement.id).where(Statement.text == QUOTE)).one()
    start = threading.Barrier(PER_ADDRESS * 3)
    filed: list[int] = []

    def report(i: int) -> None:
        with Session(seeded) as session:
            start.wait()
            try:
                file_report(
                    session=session,
                    statement_id=sid,
                    kind="other",
                    message=f"{MESSAGE} ({i})",
                    contact=None,
                    address="203.0.113.7",
                )
            except TooManyReports:
                session.rollback()
                return
            session.commit()
            filed.append(i)

    threads = [threading.Thread(target=report, args=(i,)) for i in range(PER_ADDRESS * 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(filed) == PER_ADDRESS
    assert len(_reports(seeded)) == PER_ADDRESS
