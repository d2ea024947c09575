"""The follow pages through the web app, with e-mail going to a real SMTP server: the Follow
control on official, topic, region and search pages (EN and ID), the form's CSRF token, honeypot
and limits, confirmation by the e-mailed link, unsubscribe by the link (page button and RFC 8058
one-click), and the editors' list (addresses shown to editors only)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from quotetrack.alerts.deliver import deliver_pending
from quotetrack.alerts.subscriptions import PER_ADDRESS
from quotetrack.config import Settings
from quotetrack.models import Subscription
from quotetrack.web.app import create_app
from tests.alerts.conftest import FLOODS, IMRAN_AGAIN, Mailbox, ingest_text
from tests.alerts.test_alerts_delivery import official_id
from tests.auth.conftest import add_user, csrf_of, login

READER = "pembaca@example.org"
_LINK = re.compile(r"http://quotes\.test(/alerts/(?:confirm|unsubscribe)/[^\s<>\"]+)")


@pytest.fixture
def web(engine: sa.Engine, alert_settings: Settings, tmp_path: Path) -> Iterator[TestClient]:
    ingest_text(engine, tmp_path, "floods.txt", FLOODS)
    with TestClient(create_app(engine), base_url="http://quotes.test") as client:
        yield client


def follow_form(client: TestClient, path: str) -> tuple[str, str]:
    page = client.get(path)
    assert page.status_code == 200, page.text
    action = re.search(r'<form method="post" action="([^"]+)" class="stack follow-form"', page.text)
    assert action
    return action.group(1).replace("&amp;", "&"), csrf_of(page.text)


def link_in(message: object, kind: str) -> str:
    text = message.get_body(("plain",)).get_content()  # type: ignore[attr-defined]
    found = [m for m in _LINK.findall(text) if f"/{kind}/" in m]
    assert found, text
    return found[0]


def test_follow_official_confirm_receive_unsubscribe(
    web: TestClient, engine: sa.Engine, smtp_server: tuple[Mailbox, int], tmp_path: Path
) -> None:
    mailbox, _ = smtp_server
    imran = official_id(engine, "Imran")
    official = web.get(f"/officials/{imran}")
    assert f'href="/follow?follow=official&amp;official_id={imran}"' in official.text
    action, token = follow_form(web, f"/follow?follow=official&official_id={imran}&lang=id")
    done = web.post(action, data={"csrf_token": token, "channel": "email", "email": READER, "language": "id"})
    assert done.status_code == 200 and "Periksa surel Anda" in done.text
    assert READER not in done.text
    [confirmation] = mailbox.to(READER)
    assert confirmation["Subject"] == "QuoteTrack: konfirmasi langganan Imran"
    confirm_path = link_in(confirmation, "confirm")

    # Nothing goes to the address before it is confirmed.
    ingest_text(engine, tmp_path, "again.txt", IMRAN_AGAIN)
    assert deliver_pending(engine).messages == 0
    page = web.get(confirm_path)
    assert page.status_code == 200 and 'action="' + confirm_path + '"' in page.text
    assert web.post(confirm_path).status_code == 200
    assert web.post(confirm_path).status_code == 404  # one use

    ingest_text(engine, tmp_path, "floods-2.txt", FLOODS.replace("Senin (3/6/2024)", "Kamis (6/6/2024)"))
    assert deliver_pending(engine).messages == 1
    alert = mailbox.to(READER)[-1]
    assert alert["Subject"].startswith("QuoteTrack: 3 pernyataan baru: Imran")
    assert "Berhenti berlangganan" in alert.get_body(("plain",)).get_content()
    unsubscribe = link_in(alert, "unsubscribe")
    page = web.get(unsubscribe)
    assert page.status_code == 200 and "<button" in page.text
    assert "p•••@example.org" in page.text and READER not in page.text  # the address, masked
    assert web.post(unsubscribe).status_code == 200
    with Session(engine) as session:
        [sub] = session.exec(select(Subscription)).all()
        assert sub.status == "unsubscribed" and sub.target == ""  # the address is erased
    ingest_text(engine, tmp_path, "again-2.txt", IMRAN_AGAIN.replace("Rabu", "Sabtu"))
    assert deliver_pending(engine).messages == 0


def test_one_click_unsubscribe_rfc8058(
    web: TestClient, engine: sa.Engine, smtp_server: tuple[Mailbox, int], tmp_path: Path
) -> None:
    mailbox, _ = smtp_server
    action, token = follow_form(web, f"/follow?follow=official&official_id={official_id(engine, 'Imran')}")
    web.post(action, data={"csrf_token": token, "channel": "email", "email": READER})
    web.post(link_in(mailbox.to(READER)[0], "confirm"))
    ingest_text(engine, tmp_path, "again.txt", IMRAN_AGAIN)
    deliver_pending(engine)
    alert = mailbox.to(READER)[-1]
    url = alert["List-Unsubscribe"].strip("<>")
    # What a mail provider sends: a POST with this body, no cookie, no CSRF token.
    with TestClient(web.app, base_url="http://quotes.test") as provider:
        answer = provider.post(url, content=b"List-Unsubscribe=One-Click")
    assert answer.status_code == 200
    with Session(engine) as session:
        assert session.exec(select(Subscription.status)).one() == "unsubscribed"
    assert web.post(url.replace("-", "-0", 1)).status_code == 404  # a forged token does nothing


@pytest.mark.parametrize("lang,word", [("en", "Follow"), ("id", "Ikuti")])
def test_follow_control_on_topic_region_and_search_pages(web: TestClient, lang: str, word: str) -> None:
    slug = re.search(r'href="/topics/([a-z0-9-]+)"', web.get("/topics").text)
    assert slug
    topic = web.get(f"/topics/{slug.group(1)}?lang={lang}")
    assert f'href="/follow?follow=topic&amp;topic={slug.group(1)}">{word}</a>' in topic.text
    search = web.get(f"/search?q=banjir&lang={lang}")
    assert 'href="/feeds/search.atom?q=banjir"' in search.text  # the search links its Atom feed
    assert f'href="/follow?follow=search&amp;q=banjir" class="follow-link">{word}</a>' in search.text
    regions = web.get("/regions")
    key = re.search(r'href="/regions/([^"./]+)"', regions.text)
    assert key
    region = web.get(f"/regions/{key.group(1)}?lang={lang}")
    assert f'class="follow-link" href="/follow?follow=region&amp;region={key.group(1)}">{word}</a>' in region.text
    form = web.get(f"/follow?follow=search&q=banjir&lang={lang}")
    assert form.status_code == 200 and "banjir" in form.text and 'href="/feeds/search.atom?q=banjir"' in form.text


def test_form_needs_its_token_and_bots_get_nothing(
    web: TestClient, engine: sa.Engine, smtp_server: tuple[Mailbox, int]
) -> None:
    mailbox, _ = smtp_server
    action, token = follow_form(web, "/follow?follow=search&q=banjir")
    assert web.post(action, data={"csrf_token": "forged", "channel": "email", "email": READER}).status_code == 403
    bot = web.post(action, data={"csrf_token": token, "channel": "email", "email": READER, "website": "spam"})
    assert bot.status_code == 200
    with Session(engine) as session:
        assert session.exec(select(Subscription)).all() == []
    assert mailbox.messages == []


@pytest.mark.parametrize(
    "data,message",
    [
        ({"channel": "email", "email": "not-an-address"}, "e-mail address like"),
        ({"channel": "webhook", "webhook": "ftp://example.org/x"}, "absolute http"),
        ({"channel": "email", "email": READER, "frequency": "hourly"}, "frequency must be"),
    ],
)
def test_bad_form_is_400_with_the_reason(web: TestClient, data: dict[str, str], message: str) -> None:
    action, token = follow_form(web, "/follow?follow=search&q=banjir")
    answer = web.post(action, data={"csrf_token": token, **data})
    assert answer.status_code == 400 and message in answer.text


def test_webhook_on_a_private_address_is_refused(
    web: TestClient, monkeypatch: pytest.MonkeyPatch, alert_settings: Settings
) -> None:
    from quotetrack.config import get_settings

    monkeypatch.setenv("QUOTETRACK_WEBHOOK_ALLOW_PRIVATE", "0")
    get_settings.cache_clear()
    action, token = follow_form(web, "/follow?follow=search&q=banjir")
    for url in ("http://127.0.0.1:9/hook", "http://[::1]/hook", "http://169.254.169.254/latest"):
        answer = web.post(action, data={"csrf_token": token, "channel": "webhook", "webhook": url})
        assert answer.status_code == 400 and "private or local address" in answer.text


def test_too_many_follows_from_one_address_is_429(web: TestClient, smtp_server: tuple[Mailbox, int]) -> None:
    action, token = follow_form(web, "/follow?follow=search&q=banjir")
    for i in range(PER_ADDRESS):
        answer = web.post(action, data={"csrf_token": token, "channel": "email", "email": f"r{i}@example.org"})
        assert answer.status_code == 200
    answer = web.post(action, data={"csrf_token": token, "channel": "email", "email": "late@example.org"})
    assert answer.status_code == 429 and answer.headers["Retry-After"] == "3600"


def test_editors_list_and_remove_subscriptions(
    web: TestClient, engine: sa.Engine, smtp_server: tuple[Mailbox, int]
) -> None:
    action, token = follow_form(web, "/follow?follow=search&q=banjir")
    web.post(action, data={"csrf_token": token, "channel": "email", "email": READER})
    with TestClient(web.app, base_url="http://quotes.test") as stranger:
        assert stranger.get("/subscriptions", follow_redirects=False).status_code in (303, 401)
        for page in ("/follow?follow=search&q=banjir", "/search?q=banjir"):
            assert READER not in stranger.get(page).text
    add_user(engine, "eddie", "editor")
    with TestClient(web.app, base_url="http://quotes.test") as editor:
        csrf = login(editor, "eddie")
        listing = editor.get("/subscriptions")
        assert listing.status_code == 200 and READER in listing.text and "awaiting confirmation" in listing.text
        with Session(engine) as session:
            sub_id = session.exec(select(Subscription.id)).one()
        assert editor.post(f"/subscriptions/{sub_id}/remove", data={"csrf_token": "forged"}).status_code == 403
        done = editor.post(f"/subscriptions/{sub_id}/remove", data={"csrf_token": csrf}, follow_redirects=False)
        assert done.status_code == 303
        assert READER not in editor.get("/subscriptions").text
    with Session(engine) as session:
        assert session.exec(select(Subscription.status)).one() == "unsubscribed"
