"""Delivery end to end against a real SMTP server and a real webhook receiver: follow, confirm,
ingest a matching article, exactly one message with the right statement; nothing to unconfirmed
addresses; hidden statements never go out; nothing twice, even after a crash between sending and
recording; a failing receiver is retried and then disabled."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from quotetrack.alerts import deliver as deliver_module
from quotetrack.alerts.deliver import deliver_pending, send_confirmation
from quotetrack.alerts.send import SIGNATURE_HEADER, verify_signature
from quotetrack.alerts.subscriptions import NewFollow, confirm, create_subscription, webhook_secret
from quotetrack.config import Settings
from quotetrack.models import AlertDelivery, Official, Statement, Subscription, utcnow
from tests.alerts.conftest import FLOODS, IMRAN_AGAIN, TOLL_ROAD, Mailbox, Receiver, ingest_text

READER = "reader@example.org"


def official_id(engine: sa.Engine, name: str) -> int:
    with Session(engine) as session:
        found = session.exec(select(Official).where(Official.name == name)).one()
        assert found.id is not None
        return found.id


def follow_official(engine: sa.Engine, oid: int, *, channel: str = "email", target: str = READER, **kw: object):
    with Session(engine, expire_on_commit=False) as session:
        created = create_subscription(
            session=session,
            new=NewFollow(
                channel=channel, target=target, follow="official", label="Imran", criteria={"official_id": oid}, **kw
            ),
            address="192.0.2.10",
        )
        session.commit()
        return created


def confirm_token(engine: sa.Engine, token: str) -> Subscription:
    with Session(engine, expire_on_commit=False) as session:
        sub = confirm(session=session, token=token)
        session.commit()
        return sub


def outbox(engine: sa.Engine) -> list[AlertDelivery]:
    with Session(engine) as session:
        return list(session.exec(select(AlertDelivery).order_by(AlertDelivery.id)).all())


def statement_texts(engine: sa.Engine, oid: int) -> dict[int, str]:
    with Session(engine) as session:
        return {s.id: s.text for s in session.exec(select(Statement).where(Statement.official_id == oid)).all()}


def test_follow_confirm_ingest_sends_one_email(
    engine: sa.Engine, smtp_server: tuple[Mailbox, int], alert_settings: Settings, tmp_path: Path
) -> None:
    mailbox, _ = smtp_server
    ingest_text(engine, tmp_path, "floods.txt", FLOODS)
    imran = official_id(engine, "Imran")
    created = follow_official(engine, imran)
    assert created.confirm_token and created.subscription.status == "pending"
    send_confirmation(created.subscription, created.confirm_token, site="http://quotes.test")
    [confirmation] = mailbox.to(READER)
    assert (
        f"http://quotes.test/alerts/confirm/{created.confirm_token}" in confirmation.get_body(("plain",)).get_content()
    )

    # Unconfirmed: a matching article is stored, nothing is sent.
    ingest_text(engine, tmp_path, "again.txt", IMRAN_AGAIN)
    report = deliver_pending(engine)
    assert report.messages == 0 and len(mailbox.to(READER)) == 1

    confirm_token(engine, created.confirm_token)
    before = set(statement_texts(engine, imran))
    ingest_text(engine, tmp_path, "toll.txt", TOLL_ROAD)
    ingest_text(engine, tmp_path, "floods-2.txt", FLOODS.replace("Senin (3/6/2024)", "Kamis (6/6/2024)"))
    new = {sid: text for sid, text in statement_texts(engine, imran).items() if sid not in before}
    assert new

    report = deliver_pending(engine)
    assert report.messages == 1 and report.statements == len(new)
    alerts = mailbox.to(READER)[1:]
    assert len(alerts) == 1
    [alert] = alerts
    plain = alert.get_body(("plain",)).get_content()
    html = alert.get_body(("html",)).get_content()
    for sid, text in new.items():
        assert f"http://quotes.test/statements/{sid}" in plain and f"http://quotes.test/statements/{sid}" in html
        assert text.strip(",") in plain
    assert "Ridwan" not in plain and "tol" not in plain.lower().split()
    assert "Imran" in plain and "Bupati" in plain
    unsubscribe = alert["List-Unsubscribe"].strip("<>")
    assert unsubscribe.startswith("http://quotes.test/alerts/unsubscribe/")
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe in plain

    # Delivered once: another run, or another batch without matches, sends nothing more.
    assert deliver_pending(engine).messages == 0
    ingest_text(engine, tmp_path, "toll-2.txt", TOLL_ROAD.replace("Selasa", "Rabu"))
    assert deliver_pending(engine).messages == 0
    assert len(mailbox.to(READER)) == 2
    assert {row.state for row in outbox(engine)} == {"sent"}


def test_unconfirmed_address_gets_nothing(
    engine: sa.Engine, smtp_server: tuple[Mailbox, int], alert_settings: Settings, tmp_path: Path
) -> None:
    mailbox, _ = smtp_server
    ingest_text(engine, tmp_path, "floods.txt", FLOODS)
    follow_official(engine, official_id(engine, "Imran"))
    ingest_text(engine, tmp_path, "again.txt", IMRAN_AGAIN)
    report = deliver_pending(engine)
    assert report.queued == 0 and report.messages == 0
    assert mailbox.messages == [] and outbox(engine) == []


def test_statement_hidden_or_corrected_before_delivery_goes_out_as_it_is_now(
    engine: sa.Engine, smtp_server: tuple[Mailbox, int], alert_settings: Settings, tmp_path: Path
) -> None:
    from quotetrack.store.corrections import StatementCorrection, edit_statement, set_hidden

    mailbox, _ = smtp_server
    ingest_text(engine, tmp_path, "toll.txt", TOLL_ROAD)
    ingest_text(engine, tmp_path, "again.txt", IMRAN_AGAIN)
    imran = official_id(engine, "Imran")
    sub = confirm_token(engine, follow_official(engine, imran).confirm_token or "")
    ingest_text(engine, tmp_path, "floods.txt", FLOODS)
    new = statement_texts(engine, imran)
    queued = sorted(sid for sid in new if sid > sub.since_statement_id)
    assert len(queued) == 3
    # The mail server is down: the statements are queued, and wait for a retry.
    down = alert_settings.model_copy(update={"smtp_port": 1})
    report = deliver_pending(engine, down)
    assert report.queued == 3 and report.failed == 1 and report.messages == 0
    assert {row.state for row in outbox(engine)} == {"pending"}

    hidden, moved, edited = queued
    ridwan = official_id(engine, "Rizal Kamarullah")
    with Session(engine) as session:
        set_hidden(session=session, statement_id=hidden, hidden=True, actor="editor", reason="not a statement")
        edit_statement(
            session=session,
            statement_id=moved,
            change=StatementCorrection(official_id=ridwan, reason="wrong speaker"),
            actor="editor",
        )
        edit_statement(
            session=session,
            statement_id=edited,
            change=StatementCorrection(text="memperbaiki tanggul sungai Cipunagara", reason="shorter span"),
            actor="editor",
        )
        session.commit()
    report = deliver_pending(engine)
    assert report.messages == 1 and report.statements == 1 and report.skipped == 2
    [alert] = mailbox.to(READER)
    plain = alert.get_body(("plain",)).get_content()
    assert f"/statements/{edited}" in plain and "memperbaiki tanggul sungai Cipunagara" in plain
    assert "corrected by an editor" in plain
    assert f"/statements/{hidden}" not in plain and f"/statements/{moved}" not in plain
    states = {row.statement_id: (row.state, row.last_error) for row in outbox(engine)}
    assert states[hidden] == ("skipped", "hidden by an editor before delivery")
    assert states[moved] == ("skipped", "no longer matches the follow after a correction")
    assert states[edited][0] == "sent"


def test_webhook_gets_one_signed_post(
    engine: sa.Engine, webhook_receiver: Receiver, alert_settings: Settings, tmp_path: Path
) -> None:
    ingest_text(engine, tmp_path, "floods.txt", FLOODS)
    imran = official_id(engine, "Imran")
    created = follow_official(engine, imran, channel="webhook", target=webhook_receiver.url)
    assert created.subscription.status == "active" and created.confirm_token is None
    secret = webhook_secret(created.subscription)
    before = set(statement_texts(engine, imran))
    ingest_text(engine, tmp_path, "again.txt", IMRAN_AGAIN)
    ingest_text(engine, tmp_path, "toll.txt", TOLL_ROAD)
    report = deliver_pending(engine)
    assert report.messages == 1
    [post] = webhook_receiver.requests
    assert verify_signature(secret, post.headers[SIGNATURE_HEADER], post.body)
    assert not verify_signature("whsec_wrong", post.headers[SIGNATURE_HEADER], post.body)
    assert not verify_signature(secret, post.headers[SIGNATURE_HEADER], post.body + b" ")
    payload = post.json()
    new = {sid: text for sid, text in statement_texts(engine, imran).items() if sid not in before}
    assert [s["id"] for s in payload["statements"]] == sorted(new)
    [item] = payload["statements"]
    assert item["text"] == new[item["id"]] and item["speaker"] == "Imran"
    assert item["url"] == f"http://quotes.test/statements/{item['id']}" and item["date"] == "2024-06-05"
    assert payload["links"]["unsubscribe"].startswith("http://quotes.test/alerts/unsubscribe/")
    assert deliver_pending(engine).messages == 0 and len(webhook_receiver.requests) == 1


def test_failing_webhook_is_retried_then_disabled_and_owner_told(
    engine: sa.Engine,
    webhook_receiver: Receiver,
    smtp_server: tuple[Mailbox, int],
    alert_settings: Settings,
    tmp_path: Path,
) -> None:
    mailbox, _ = smtp_server
    ingest_text(engine, tmp_path, "floods.txt", FLOODS)
    imran = official_id(engine, "Imran")
    owner = "owner@example.org"
    created = follow_official(engine, imran, channel="webhook", target=webhook_receiver.url, owner_email=owner)
    confirm_token(engine, created.confirm_token or "")  # the owner confirmed the address
    ingest_text(engine, tmp_path, "again.txt", IMRAN_AGAIN)
    webhook_receiver.status = 500
    reports = [deliver_pending(engine) for _ in range(alert_settings.webhook_max_failures)]
    assert [r.failed for r in reports] == [1] * alert_settings.webhook_max_failures
    assert reports[-1].disabled == 1
    assert len(webhook_receiver.requests) == alert_settings.webhook_max_failures  # tried each time
    with Session(engine) as session:
        sub = session.get(Subscription, created.subscription.id)
        assert sub is not None and sub.status == "disabled" and "HTTP 500" in (sub.disabled_reason or "")
    [row] = outbox(engine)
    assert row.state == "failed" and row.attempts == alert_settings.webhook_max_failures
    [note] = mailbox.to(owner)
    assert "switched off" in note["Subject"] and "HTTP 500" in note.get_body(("plain",)).get_content()
    # Disabled: the receiver works again, but nothing more is sent until the reader follows again.
    webhook_receiver.status = 200
    ingest_text(engine, tmp_path, "floods-2.txt", FLOODS.replace("Senin", "Jumat"))
    assert deliver_pending(engine).messages == 0
    assert len(webhook_receiver.requests) == alert_settings.webhook_max_failures


def test_retry_after_a_failure_delivers_once(
    engine: sa.Engine, webhook_receiver: Receiver, alert_settings: Settings, tmp_path: Path
) -> None:
    ingest_text(engine, tmp_path, "floods.txt", FLOODS)
    created = follow_official(engine, official_id(engine, "Imran"), channel="webhook", target=webhook_receiver.url)
    ingest_text(engine, tmp_path, "again.txt", IMRAN_AGAIN)
    webhook_receiver.status = 503
    assert deliver_pending(engine).failed == 1
    webhook_receiver.status = 200
    assert deliver_pending(engine).messages == 1
    assert deliver_pending(engine).messages == 0
    assert [r.state for r in outbox(engine)] == ["sent"]
    assert [r.attempts for r in outbox(engine)] == [2]
    ok = webhook_receiver.requests[-1]
    assert verify_signature(webhook_secret(created.subscription), ok.headers[SIGNATURE_HEADER], ok.body)


class Crash(BaseException):
    """The process dying at a chosen point (BaseException: nothing in the worker catches it)."""


def test_crash_between_sending_and_recording_does_not_send_twice(
    engine: sa.Engine,
    smtp_server: tuple[Mailbox, int],
    alert_settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mailbox, _ = smtp_server
    ingest_text(engine, tmp_path, "floods.txt", FLOODS)
    created = follow_official(engine, official_id(engine, "Imran"))
    confirm_token(engine, created.confirm_token or "")
    ingest_text(engine, tmp_path, "again.txt", IMRAN_AGAIN)

    def crash(*_args: object) -> None:
        raise Crash

    with monkeypatch.context() as patched:
        patched.setattr(deliver_module, "_mark_sent", crash)
        with pytest.raises(Crash):
            deliver_pending(engine)
    assert len(mailbox.to(READER)) == 1  # handed over to the mail server, not recorded
    [row] = outbox(engine)
    assert row.state == "sending" and row.delivered_at is None

    # The next runs, soon and much later, do not send it again; later it shows as interrupted.
    assert deliver_pending(engine).messages == 0
    later = utcnow() + deliver_module.LEASE + dt.timedelta(minutes=1)
    report = deliver_pending(engine, now=later)
    assert report.interrupted == 1 and report.messages == 0
    [row] = outbox(engine)
    assert row.state == "interrupted" and "not sent again" in (row.last_error or "")
    assert len(mailbox.to(READER)) == 1


def test_a_claim_late_in_a_long_run_is_not_taken_for_an_abandoned_one(
    engine: sa.Engine,
    smtp_server: tuple[Mailbox, int],
    alert_settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A run reaching a follow 20 minutes after it began (thousands of follows before it) stamps
    the claim with that moment, so another process's lease check 16 minutes after the run began
    does not call rows interrupted that are only now being sent."""
    ingest_text(engine, tmp_path, "floods.txt", FLOODS)
    created = follow_official(engine, official_id(engine, "Imran"))
    confirm_token(engine, created.confirm_token or "")
    ingest_text(engine, tmp_path, "again.txt", IMRAN_AGAIN)
    ticks = iter([0.0])  # the run's start; every later reading is 20 minutes on

    def crash(*_args: object) -> None:
        raise Crash

    start = utcnow()
    with monkeypatch.context() as patched:
        patched.setattr(deliver_module, "monotonic", lambda: next(ticks, 20 * 60.0))
        patched.setattr(deliver_module, "_mark_sent", crash)
        with pytest.raises(Crash):
            deliver_pending(engine, now=start)
    [row] = outbox(engine)
    assert row.state == "sending" and row.claimed_at == start + dt.timedelta(minutes=20)
    assert deliver_pending(engine, now=start + dt.timedelta(minutes=16)).interrupted == 0
    assert deliver_pending(engine, now=start + dt.timedelta(minutes=36)).interrupted == 1
