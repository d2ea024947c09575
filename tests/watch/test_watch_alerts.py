"""A poll that stores articles sends the alerts they trigger: one signed webhook POST for a
follower of the official who spoke, nothing more when the next poll finds nothing new."""

from __future__ import annotations

import threading
from pathlib import Path

import sqlalchemy as sa

from quotetrack.alerts.deliver import deliver_pending
from quotetrack.alerts.send import SIGNATURE_HEADER, verify_signature
from quotetrack.alerts.subscriptions import webhook_secret
from quotetrack.config import Settings
from quotetrack.watch.poll import Watcher
from tests.alerts.conftest import (  # noqa: F401
    FLOODS,
    IMRAN_AGAIN,
    Receiver,
    alert_settings,
    ingest_text,
    smtp_server,
    webhook_receiver,
)
from tests.alerts.test_alerts_delivery import follow_official, official_id
from tests.watch.conftest import OPTIONS, Feed, add_source


def test_a_poll_that_stores_a_followed_officials_statement_sends_one_alert(
    engine: sa.Engine,
    feed: Feed,
    webhook_receiver: Receiver,  # noqa: F811
    alert_settings: Settings,  # noqa: F811
    tmp_path: Path,
) -> None:
    ingest_text(engine, tmp_path, "floods.txt", FLOODS)
    created = follow_official(engine, official_id(engine, "Imran"), channel="webhook", target=webhook_receiver.url)
    feed.add(1, body=IMRAN_AGAIN)
    source_id = add_source(engine, feed.url)
    watcher = Watcher(engine=engine, options=OPTIONS, stop=threading.Event(), after_store=deliver_pending)

    report = watcher.poll(source_id)
    assert report is not None and report.outcome.new_articles == 1
    [post] = webhook_receiver.requests
    assert verify_signature(webhook_secret(created.subscription), post.headers[SIGNATURE_HEADER], post.body)
    assert any("Pedagang kami pindahkan" in s["text"] for s in post.json()["statements"])

    again = watcher.poll(source_id)
    assert again is not None and again.outcome.status == "not-modified"
    assert len(webhook_receiver.requests) == 1
