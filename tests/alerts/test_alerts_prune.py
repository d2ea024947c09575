"""`quotetrack alerts prune`: old sent and skipped outbox rows go; rows never delivered stay, and
so do an active follow's rows its next look could reach, which keep it from being sent a
statement again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, col, select
from typer.testing import CliRunner

from quotetrack.alerts.deliver import deliver_pending, prune_outbox
from quotetrack.alerts.matching import LOOKBACK_IDS
from quotetrack.config import Settings, get_settings
from quotetrack.models import AlertDelivery, Subscription, utcnow
from quotetrack.store.db import default_engine
from tests.alerts.conftest import FLOODS, IMRAN_AGAIN, Receiver, ingest_text
from tests.alerts.test_alerts_delivery import follow_official, official_id, outbox

STATES = ("pending", "sending", "sent", "skipped", "failed", "interrupted")
LONG_AGO = utcnow() - dt.timedelta(days=400)


def delivered_follow(engine: sa.Engine, receiver: Receiver, tmp_path: Path) -> int:
    """A webhook follow of Imran with one statement sent to it."""
    ingest_text(engine, tmp_path, "floods.txt", FLOODS)
    sub = follow_official(engine, official_id(engine, "Imran"), channel="webhook", target=receiver.url).subscription
    ingest_text(engine, tmp_path, "again.txt", IMRAN_AGAIN)
    assert deliver_pending(engine).messages == 1
    assert sub.id is not None
    return sub.id


def age_rows(engine: sa.Engine, **values: object) -> None:
    with Session(engine) as session:
        session.execute(sa.update(AlertDelivery).values(**values))
        session.commit()


def test_an_active_follows_recent_statements_are_kept_so_nothing_is_sent_again(
    engine: sa.Engine, webhook_receiver: Receiver, alert_settings: Settings, tmp_path: Path
) -> None:
    delivered_follow(engine, webhook_receiver, tmp_path)
    [sent] = outbox(engine)
    age_rows(engine, delivered_at=LONG_AGO, claimed_at=LONG_AGO, created_at=LONG_AGO)
    assert prune_outbox(engine=engine, older_than=dt.timedelta(days=90)) == 0
    # The next batch makes the follow look again, as far back as the statement it was sent.
    ingest_text(engine, tmp_path, "floods-2.txt", FLOODS.replace("Senin", "Jumat"))
    assert deliver_pending(engine).messages == 1
    sent_ids = [[s["id"] for s in r.json()["statements"]] for r in webhook_receiver.requests]
    assert sent.statement_id in sent_ids[0] and all(sent.statement_id not in ids for ids in sent_ids[1:])


def test_old_sent_and_skipped_rows_go_and_undelivered_rows_stay(
    engine: sa.Engine, webhook_receiver: Receiver, alert_settings: Settings, tmp_path: Path
) -> None:
    sub_id = delivered_follow(engine, webhook_receiver, tmp_path)
    [sent] = outbox(engine)
    with Session(engine) as session:
        # Every state, for the statement that went out, under follows that ended long ago (their
        # own rows), plus the delivered one now far below its active follow's reach.
        for state in STATES:
            ended = Subscription(
                channel="webhook", target="", follow="official", label="x", status="unsubscribed", key_nonce="n"
            )
            session.add(ended)
            session.flush()
            assert ended.id is not None
            session.add(AlertDelivery(subscription_id=ended.id, statement_id=sent.statement_id, state=state))
        follow = session.get(Subscription, sub_id)
        assert follow is not None
        follow.matched_through = sent.statement_id + LOOKBACK_IDS
        session.add(follow)
        session.commit()
    age_rows(engine, delivered_at=LONG_AGO, claimed_at=LONG_AGO, created_at=LONG_AGO)
    with Session(engine) as session:
        # A recent sent row of an ended follow: younger than the limit, kept.
        recent = Subscription(
            channel="webhook", target="", follow="official", label="y", status="disabled", key_nonce="m"
        )
        session.add(recent)
        session.flush()
        assert recent.id is not None
        session.add(AlertDelivery(subscription_id=recent.id, statement_id=sent.statement_id, state="sent"))
        session.commit()
        recent_id = recent.id

    assert prune_outbox(engine=engine, older_than=dt.timedelta(days=90)) == 3  # two ended, one out of reach
    left = sorted(r.state for r in outbox(engine))
    assert left == sorted(["pending", "sending", "failed", "interrupted", "sent"])
    with Session(engine) as session:
        assert session.exec(select(AlertDelivery.subscription_id).where(col(AlertDelivery.state) == "sent")).all() == [
            recent_id
        ]


def test_prune_from_the_command_line(
    engine: sa.Engine,
    webhook_receiver: Receiver,
    alert_settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from quotetrack.cli import app

    sub_id = delivered_follow(engine, webhook_receiver, tmp_path)
    with Session(engine) as session:
        session.execute(sa.update(Subscription).values(status="unsubscribed"))
        session.commit()
    monkeypatch.setenv("QUOTETRACK_DATABASE_URL", engine.url.render_as_string(hide_password=False))
    get_settings.cache_clear()
    default_engine.cache_clear()
    age_rows(engine, delivered_at=utcnow() - dt.timedelta(days=10))
    try:
        kept = CliRunner().invoke(app, ["alerts", "prune", "--older-than", "30d"])
        gone = CliRunner().invoke(app, ["alerts", "prune", "--older-than", "7d"])
    finally:
        default_engine().dispose()
        default_engine.cache_clear()
    assert kept.exit_code == 0 and "0 outbox rows deleted" in kept.output
    assert gone.exit_code == 0 and "1 outbox rows deleted" in gone.output, gone.output
    assert outbox(engine) == [] and sub_id
    bad = CliRunner().invoke(app, ["alerts", "prune", "--older-than", "soon"])
    assert bad.exit_code == 1 and "not an interval" in bad.output
