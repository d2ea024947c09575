"""Alerts from the command line and from several processes: `quotetrack ingest` sends the alerts
its batch triggers; two `quotetrack alerts deliver` processes started together send each
statement once per subscription; digests and the per-subscription interval hold messages back."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from quotetrack.alerts.deliver import deliver_pending
from quotetrack.alerts.send import SIGNATURE_HEADER, verify_signature
from quotetrack.alerts.subscriptions import NewFollow, create_subscription, webhook_secret
from quotetrack.config import Settings
from quotetrack.models import AlertDelivery, Subscription, utcnow
from tests.alerts.conftest import FLOODS, IMRAN_AGAIN, TOLL_ROAD, Mailbox, Receiver, ingest_text
from tests.alerts.test_alerts_delivery import confirm_token, follow_official, official_id, outbox


def cli(engine: sa.Engine, *args: str) -> subprocess.Popen[str]:
    """`quotetrack ARGS` in a process of its own, on the test's database (settings inherited)."""
    env = {**os.environ, "QUOTETRACK_DATABASE_URL": engine.url.render_as_string(hide_password=False)}
    return subprocess.Popen(
        [sys.executable, "-m", "quotetrack.cli", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str]) -> str:
    out, errors = process.communicate(timeout=300)
    assert process.returncode == 0, errors
    return out


@pytest.mark.slow
def test_cli_ingest_sends_the_alerts_of_its_batch(
    engine: sa.Engine, webhook_receiver: Receiver, alert_settings: Settings, tmp_path: Path
) -> None:
    ingest_text(engine, tmp_path, "floods.txt", FLOODS)
    sub = follow_official(engine, official_id(engine, "Imran"), channel="webhook", target=webhook_receiver.url)
    (tmp_path / "batch").mkdir()
    (tmp_path / "batch" / "again.txt").write_text(IMRAN_AGAIN, encoding="utf-8")
    (tmp_path / "batch" / "toll.txt").write_text(TOLL_ROAD, encoding="utf-8")
    out = finish(cli(engine, "ingest", str(tmp_path / "batch"), "--jobs", "1"))
    assert "alerts: 1 queued, 1 messages with 1 statements sent" in out
    [post] = webhook_receiver.requests
    assert verify_signature(webhook_secret(sub.subscription), post.headers[SIGNATURE_HEADER], post.body)
    assert [s["speaker"] for s in json.loads(post.body)["statements"]] == ["Imran"]


@pytest.mark.slow
def test_two_delivery_processes_at_once_send_each_statement_once(
    engine: sa.Engine, webhook_receiver: Receiver, alert_settings: Settings, tmp_path: Path
) -> None:
    ingest_text(engine, tmp_path, "floods.txt", FLOODS)
    imran = official_id(engine, "Imran")
    with Session(engine) as session:
        for i in range(40):
            create_subscription(
                session=session,
                new=NewFollow(
                    channel="webhook",
                    target=f"{webhook_receiver.url}/{i}",
                    follow="official",
                    label="Imran",
                    criteria={"official_id": imran},
                ),
                address=f"192.0.2.{i}",
            )
        session.commit()
    ingest_text(engine, tmp_path, "again.txt", IMRAN_AGAIN)
    ingest_text(engine, tmp_path, "floods-2.txt", FLOODS.replace("Senin", "Jumat"))
    webhook_receiver.delay = 0.02  # each POST takes a moment, so the two workers overlap
    workers = [cli(engine, "alerts", "deliver") for _ in range(2)]
    outputs = [finish(w) for w in workers]
    per_hook = Counter(r.path for r in webhook_receiver.requests)
    assert len(per_hook) == 40 and set(per_hook.values()) == {1}, per_hook
    delivered = Counter((r.path, s["id"]) for r in webhook_receiver.requests for s in json.loads(r.body)["statements"])
    assert set(delivered.values()) == {1} and len(delivered) == 40 * 4
    rows = outbox(engine)
    assert len(rows) == 40 * 4 and {r.state for r in rows} == {"sent"}
    assert sum(int(o.split(" messages")[0].rsplit(", ", 1)[-1]) for o in outputs) == 40, outputs


def test_daily_digest_waits_a_day_and_holds_everything(
    engine: sa.Engine, smtp_server: tuple[Mailbox, int], alert_settings: Settings, tmp_path: Path
) -> None:
    mailbox, _ = smtp_server
    ingest_text(engine, tmp_path, "floods.txt", FLOODS)
    created = follow_official(engine, official_id(engine, "Imran"), frequency="daily")
    confirm_token(engine, created.confirm_token or "")
    ingest_text(engine, tmp_path, "again.txt", IMRAN_AGAIN)
    start = utcnow()
    assert deliver_pending(engine, now=start).messages == 1  # the first digest: what has come so far
    ingest_text(engine, tmp_path, "floods-2.txt", FLOODS.replace("Senin", "Jumat"))
    assert deliver_pending(engine, now=start + dt.timedelta(hours=23)).messages == 0
    assert {r.state for r in outbox(engine)} == {"sent", "pending"}
    report = deliver_pending(engine, now=start + dt.timedelta(days=1, minutes=1))
    assert report.messages == 1 and report.statements == 3
    assert len(mailbox.messages) == 2 and {r.state for r in outbox(engine)} == {"sent"}


def test_immediate_follow_gets_at_most_one_message_per_interval(
    engine: sa.Engine, webhook_receiver: Receiver, alert_settings: Settings, tmp_path: Path
) -> None:
    settings = alert_settings.model_copy(update={"alert_interval_minutes": 15})
    ingest_text(engine, tmp_path, "floods.txt", FLOODS)
    follow_official(engine, official_id(engine, "Imran"), channel="webhook", target=webhook_receiver.url)
    start = utcnow()
    ingest_text(engine, tmp_path, "again.txt", IMRAN_AGAIN)
    assert deliver_pending(engine, settings, now=start).messages == 1
    ingest_text(engine, tmp_path, "floods-2.txt", FLOODS.replace("Senin", "Jumat"))
    assert deliver_pending(engine, settings, now=start + dt.timedelta(minutes=5)).messages == 0
    assert deliver_pending(engine, settings, now=start + dt.timedelta(minutes=16)).messages == 1
    assert [len(json.loads(r.body)["statements"]) for r in webhook_receiver.requests] == [1, 3]
    with Session(engine) as session:
        assert session.exec(select(Subscription.failures)).one() == 0
        assert session.exec(select(AlertDelivery.state).distinct()).all() == ["sent"]
