"""Claims and reservations of follows. PostgreSQL: a claim of one follow's outbox rows that
meets another claim of the same follow in progress takes nothing, so the follow gets one
message, never two messages of half the rows each.

A claim locks the follow's pending rows one by one as it scans them; another claim arriving
mid-scan used to pass over the locked rows (SKIP LOCKED) and take the rest: a webhook POSTed twice
by two `alerts deliver` processes, under load. (SQLite has no such moment: a claim is one UPDATE
under the database's write lock.)"""

from __future__ import annotations

import datetime as dt
import secrets
import threading
import time
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.alerts import deliver
from quotetrack.alerts.subscriptions import NewFollow, create_subscription
from quotetrack.config import Settings
from quotetrack.kinds import StatementKind
from quotetrack.models import AlertDelivery, Article, Statement, Subscription, utcnow

ROWS = 150  # due rows of one follow, fewer than a message holds
LOCKED_FIRST = 50  # the rows the first claim has locked when the second one comes


@pytest.fixture
def pg(pg_engine_session: sa.Engine) -> Iterator[sa.Engine]:
    from tests.conftest import _empty_pg

    _empty_pg(pg_engine_session)
    yield pg_engine_session


def follow_with_due_rows(engine: sa.Engine, *, rows: int = ROWS, frequency: str = "immediate") -> int:
    """A webhook follow with `rows` statements due in its outbox."""
    with Session(engine) as session:
        article = Article(title="Rapat banjir", outlet="Contoh", text="Teks rekaan.", sha256=secrets.token_hex(32))
        session.add(article)
        session.flush()
        assert article.id is not None
        statements = [
            Statement(article_id=article.id, kind=StatementKind.DIRECT, text=f"Kalimat rekaan {i}.", start=0, end=18)
            for i in range(rows)
        ]
        session.add_all(statements)
        new = NewFollow(
            channel="webhook",
            target="http://127.0.0.1:9/hook",
            follow="search",
            label="banjir",
            criteria={"q": "banjir"},
            frequency=frequency,
        )
        sub = create_subscription(session=session, new=new, address="192.0.2.1").subscription
        session.flush()
        assert sub.id is not None
        now = utcnow()
        session.add_all(
            AlertDelivery(subscription_id=sub.id, statement_id=s.id, next_attempt_at=now) for s in statements if s.id
        )
        session.commit()
        return sub.id


def waiting_for_a_lock(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(
            sa.text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
        ).scalar_one()


def test_a_claim_meeting_another_claim_of_the_same_follow_takes_nothing(
    pg: sa.Engine, alert_settings: Settings
) -> None:
    sub_id = follow_with_due_rows(pg)
    with pg.connect() as first:
        # The first claim, caught mid-scan: the follow's row and its first rows locked, as
        # deliver._claim locks them.
        first.execute(sa.text("SELECT id FROM subscription WHERE id = :s FOR UPDATE"), {"s": sub_id})
        first.execute(
            sa.text(
                "SELECT id FROM alertdelivery WHERE subscription_id = :s AND state = 'pending'"
                " ORDER BY statement_id LIMIT :n FOR UPDATE"
            ),
            {"s": sub_id, "n": LOCKED_FIRST},
        )
        second: list[AlertDelivery] = []

        def claim() -> None:
            with Session(pg) as session:
                second.extend(deliver._claim(session, sub_id, utcnow()))

        worker = threading.Thread(target=claim)
        worker.start()
        deadline = time.monotonic() + 10
        while worker.is_alive() and not waiting_for_a_lock(pg) and time.monotonic() < deadline:
            time.sleep(0.02)
        # The first claim finishes: every row still pending is its own.
        first.execute(
            sa.text(
                "UPDATE alertdelivery SET state = 'sending', claim = 'first'"
                " WHERE subscription_id = :s AND state = 'pending'"
            ),
            {"s": sub_id},
        )
        first.commit()
        worker.join(timeout=30)
        assert not worker.is_alive()
    assert second == []
    with Session(pg) as session:
        claims = session.execute(
            sa.select(AlertDelivery.claim, sa.func.count()).group_by(AlertDelivery.claim)  # type: ignore[arg-type]
        ).all()
    assert dict(claims) == {"first": ROWS}


def test_follows_are_reserved_once_per_interval_in_one_update_each(engine: sa.Engine, alert_settings: Settings) -> None:
    """Both databases: the batched reservation gives each follow to one caller, and moves its next
    message by its own interval."""
    settings = alert_settings.model_copy(update={"alert_interval_minutes": 15})
    ids = {f: follow_with_due_rows(engine, rows=1, frequency=f) for f in ("immediate", "daily", "weekly")}
    now = utcnow()
    assert deliver._reserve(engine, now, settings, after=0) == sorted(ids.values())
    assert deliver._reserve(engine, now, settings, after=0) == []  # a second process finds them taken
    with Session(engine) as session:
        waits = {f: session.get(Subscription, i).not_before - now for f, i in ids.items()}  # type: ignore[union-attr,operator]
    assert waits == {
        "immediate": dt.timedelta(minutes=15),
        "daily": dt.timedelta(days=1),
        "weekly": dt.timedelta(days=7),
    }
    later = now + dt.timedelta(minutes=16)
    assert deliver._reserve(engine, later, settings, after=0) == [ids["immediate"]]
