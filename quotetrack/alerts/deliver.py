"""The outbox worker: queue new matches, then send what is due, each statement at most once per
subscription, however many processes run it at once.

A round for one subscription: reserve the subscription (move its `not_before` forward, in one
UPDATE that only one process can win), claim its due rows (pending -> sending; on PostgreSQL
under a lock on the subscription's row, so that two claims of one follow never split its rows
into two messages), commit, read the statements as they are now (hidden or no longer matching:
skipped), send, and mark the rows sent. A process that dies between
sending and marking leaves its rows in `sending`; after LEASE they show as `interrupted` and are
not sent again on their own (a duplicate is worse than a gap; `quotetrack alerts requeue` sends
them again on request).

`deliver_pending(engine, settings)` is the hook every ingest path calls after a batch.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import secrets
from dataclasses import dataclass, field
from time import monotonic
from urllib.parse import urlencode

import sqlalchemy as sa
from sqlmodel import Session, col, select

from quotetrack.alerts import messages
from quotetrack.alerts.matching import LOOKBACK_IDS, follow_query, matching_ids, queue_new_matches
from quotetrack.alerts.send import Mailer, SendError, post_webhook
from quotetrack.alerts.subscriptions import unsubscribe_token, webhook_secret
from quotetrack.config import Settings, get_settings
from quotetrack.kinds import StatementStatus
from quotetrack.models import AlertDelivery, Subscription, utcnow
from quotetrack.store import reads
from quotetrack.store.db import is_sqlite

log = logging.getLogger("quotetrack.alerts")

# Rows still `sending` this long after their claim belong to a process that stopped.
LEASE = dt.timedelta(minutes=15)
# Statements in one message at most; the rest follow in the next.
PER_MESSAGE = 200
# Subscriptions reserved per transaction.
BATCH = 200
MAX_BACKOFF = dt.timedelta(days=1)
_DEFAULT_SITE = "http://localhost:8000"


@dataclass
class DeliveryReport:
    """What one delivery run did."""

    queued: int = 0  # outbox rows added for new matching statements
    messages: int = 0  # e-mails and webhook POSTs handed over
    statements: int = 0  # statements in those messages
    skipped: int = 0  # rows dropped: statement hidden, or no longer matching after a correction
    failed: int = 0  # messages that failed (kept for a retry, or given up with their subscription)
    disabled: int = 0  # subscriptions disabled after repeated failures
    interrupted: int = 0  # rows a stopped process left between sending and marking
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.queued} queued, {self.messages} messages with {self.statements} statements sent,"
            f" {self.skipped} skipped, {self.failed} failed, {self.disabled} subscriptions disabled,"
            f" {self.interrupted} interrupted"
        )


def site_address(settings: Settings) -> str:
    """Links in alerts point here: QUOTETRACK_BASE_URL (set it in production)."""
    return settings.base_url or _DEFAULT_SITE


def interval(sub: Subscription, settings: Settings) -> dt.timedelta:
    """How long after one message the next may follow."""
    if sub.frequency == "daily":
        return dt.timedelta(days=1)
    if sub.frequency == "weekly":
        return dt.timedelta(days=7)
    return dt.timedelta(minutes=settings.alert_interval_minutes)


def backoff(attempts: int, settings: Settings) -> dt.timedelta:
    """The wait before retry number `attempts`: the base, doubled each time, at most a day."""
    return min(dt.timedelta(seconds=settings.alert_retry_seconds * 2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def deliver_pending(
    engine: sa.Engine, settings: Settings | None = None, *, now: dt.datetime | None = None
) -> DeliveryReport:
    """Queue the new statements every active follow matches and send every message that is due.

    Safe to call from several processes at once, and after any ingest batch (cheap when there is
    nothing to do). `now` moves the clock (tests, digests sent by a scheduler)."""
    settings = settings or get_settings()
    now = now or utcnow()
    report = DeliveryReport()
    with Session(engine) as session:
        report.queued = queue_new_matches(session, now=now)
        report.interrupted = _mark_interrupted(session, now)
        session.commit()
    after = 0  # subscriptions are walked in id order, each at most once per run
    seen: dict[tuple[str, tuple[int, ...]], _Current] = {}
    started = monotonic()
    with Mailer(settings) as mailer:
        while reserved := _reserve(engine, now, settings, after=after):
            for sub_id in reserved:
                # A claim is stamped with the time it is made: a run of 10,000 follows takes
                # minutes, and rows stamped with its start would look abandoned to another
                # process's lease check while this one was still sending them.
                claimed_at = now + dt.timedelta(seconds=monotonic() - started)
                _round(engine, sub_id, now, claimed_at, settings, mailer, report, seen)
            after = reserved[-1]
    if report.messages or report.failed:
        log.info("alerts: %s", report.summary())
    if report.messages and not settings.base_url:
        log.warning("QUOTETRACK_BASE_URL is not set: the links in alerts point to %s", _DEFAULT_SITE)
    return report


def _mark_interrupted(session: Session, now: dt.datetime) -> int:
    result = session.exec(
        sa.update(AlertDelivery)
        .where(col(AlertDelivery.state) == "sending", col(AlertDelivery.claimed_at) < now - LEASE)
        .values(
            state="interrupted",
            last_error="the sending process stopped before recording the outcome; not sent again automatically",
        )
    )
    return max(result.rowcount or 0, 0)


def _reserve(engine: sa.Engine, now: dt.datetime, settings: Settings, *, after: int) -> list[int]:
    """Subscriptions with due rows, each now this process's for one round (their not_before moved
    to the next allowed message; a concurrent process's UPDATE finds the condition false)."""
    with Session(engine) as session:
        due_rows = (
            select(AlertDelivery.id)
            .where(
                AlertDelivery.subscription_id == Subscription.id,
                AlertDelivery.state == "pending",
                col(AlertDelivery.next_attempt_at) <= now,
            )
            .exists()
        )
        query = (
            select(Subscription)
            .where(col(Subscription.id) > after, Subscription.status == "active", _free(now), due_rows)
            .order_by(col(Subscription.id))
            .limit(BATCH)
        )
        if not is_sqlite(session):
            query = query.with_for_update(skip_locked=True)
        waits: dict[dt.timedelta, list[int]] = {}
        for sub in session.exec(query).all():
            if sub.id is not None:
                waits.setdefault(interval(sub, settings), []).append(sub.id)
        # One UPDATE per interval (immediate, daily, weekly), not one per subscription: 10,000
        # reservations took 11 to 19 s on either database that way (loaded machine).
        reserved: list[int] = []
        for wait, ids in waits.items():
            won = session.execute(
                sa.update(Subscription)
                .where(col(Subscription.id).in_(ids), col(Subscription.status) == "active", _free(now))
                .values(not_before=now + wait)
                .returning(col(Subscription.id))
                .execution_options(synchronize_session=False)
            )
            reserved.extend(won.scalars())
        session.commit()
        return sorted(reserved)


def _free(now: dt.datetime) -> sa.ColumnElement[bool]:
    return sa.or_(col(Subscription.not_before).is_(None), col(Subscription.not_before) <= now)


def _claim(
    session: Session, sub_id: int, now: dt.datetime, claimed_at: dt.datetime | None = None
) -> list[AlertDelivery]:
    """The subscription's due rows (due by `now`), moved from pending to sending under a claim of
    our own, stamped `claimed_at` (default `now`)."""
    claim = secrets.token_hex(16)
    if not is_sqlite(session):
        # One claim per subscription at a time. Without this, two processes claiming one follow's
        # rows at the same moment each locked part of them (SKIP LOCKED passes over the other's
        # rows mid-scan) and the follow got two messages, each with half the statements: seen
        # once in 30 claims of 150 rows (tests/alerts/test_alerts_claims.py), and as a webhook
        # POSTed twice by two `alerts deliver` processes. A second claim now waits for the first
        # to commit, and its UPDATE, a new statement, finds the rows no longer pending. (SQLite:
        # the UPDATE below is one statement under the database's write lock.)
        session.execute(sa.select(col(Subscription.id)).where(col(Subscription.id) == sub_id).with_for_update())
    due = (
        select(AlertDelivery.id)
        .where(
            AlertDelivery.subscription_id == sub_id,
            AlertDelivery.state == "pending",
            col(AlertDelivery.next_attempt_at) <= now,
        )
        .order_by(col(AlertDelivery.statement_id))
        .limit(PER_MESSAGE)
    )
    if not is_sqlite(session):
        due = due.with_for_update(skip_locked=True)
    session.execute(
        sa.update(AlertDelivery)
        # The state is tested in the subquery only: testing it again out here made SQLite walk
        # every pending row by the state index.
        .where(col(AlertDelivery.id).in_(due.scalar_subquery()))
        .values(state="sending", claim=claim, claimed_at=claimed_at or now, attempts=AlertDelivery.attempts + 1)
        .execution_options(synchronize_session=False)
    )
    session.commit()
    # By subscription and state first: the claim column has no index of its own (a scan of the
    # whole outbox per message, 1.6 s at 160,000 rows).
    rows = session.exec(
        select(AlertDelivery)
        .where(
            AlertDelivery.subscription_id == sub_id,
            col(AlertDelivery.state) == "sending",
            AlertDelivery.claim == claim,
        )
        .order_by(col(AlertDelivery.statement_id))
    ).all()
    return list(rows)


def _round(
    engine: sa.Engine,
    sub_id: int,
    now: dt.datetime,
    claimed_at: dt.datetime,
    settings: Settings,
    mailer: Mailer,
    report: DeliveryReport,
    seen: dict[tuple[str, tuple[int, ...]], _Current],
) -> None:
    with Session(engine, expire_on_commit=False) as session:
        rows = _claim(session, sub_id, now, claimed_at)
        sub = session.get(Subscription, sub_id)
        if not rows or sub is None:
            return
        key = (json.dumps(sub.criteria, sort_keys=True), tuple(r.statement_id for r in rows))
        if key not in seen:
            seen[key] = _current(session, sub.criteria, list(key[1]), settings)
        items, dropped = seen[key]
        for row in rows:
            if row.statement_id in dropped:
                row.state, row.last_error, row.claim = "skipped", dropped[row.statement_id], None
                session.add(row)
        report.skipped += len(dropped)
        kept = [r for r in rows if r.state == "sending"]
        if not kept:
            sub.not_before = now  # nothing went out: the next statement need not wait
            session.add(sub)
            session.commit()
            return
        session.commit()
        delivery_key = f"{sub.id}-{kept[0].id}"
        try:
            _send(sub, items, delivery_key, settings, mailer)
        except SendError as exc:
            _failed(session, sub, kept, exc, now, settings, mailer, report)
            return
        _mark_sent(session, sub, kept, now)
        report.messages += 1
        report.statements += len(kept)


# A claim's statements as they are now: the alert items to send, and why the others are dropped
# (by statement id). Followers of the same thing since the same moment share one reading per run.
_Current = tuple[list[messages.AlertItem], dict[int, str]]


def _current(session: Session, criteria: dict, ids: list[int], settings: Settings) -> _Current:
    """The claimed statements as they are now: an editor may have hidden one, or corrected it so
    that it no longer matches, since it was queued."""
    parsed, filters = follow_query(session, criteria)
    still = set(matching_ids(session, parsed, filters, among=ids))
    statements = {s.id: s for s in reads.statements_by_ids(session=session, ids=ids)}
    site = site_address(settings)
    items, dropped = [], {}
    for sid in ids:
        statement = statements.get(sid)
        if statement is None or statement.status != StatementStatus.PUBLISHED:
            dropped[sid] = "hidden by an editor before delivery"
        elif sid not in still:
            dropped[sid] = "no longer matches the follow after a correction"
        else:
            items.append(messages.alert_item(statement, site))
    return items, dropped


def follow_page(sub: Subscription, site: str) -> str:
    """The page a follow was made on, for the message's "see everything" link."""
    criteria = sub.criteria
    if sub.follow == "official" and "official_id" in criteria:
        return f"{site}/officials/{criteria['official_id']}"
    if sub.follow == "topic" and "topic" in criteria:
        return f"{site}/topics/{criteria['topic']}"
    return f"{site}/search?{urlencode({k: v for k, v in criteria.items()})}"


def _links(sub: Subscription, settings: Settings) -> messages.Links:
    site = site_address(settings)
    return messages.Links(
        site=site, unsubscribe=f"{site}/alerts/unsubscribe/{unsubscribe_token(sub)}", follow_page=follow_page(sub, site)
    )


def _send(
    sub: Subscription, items: list[messages.AlertItem], delivery_key: str, settings: Settings, mailer: Mailer
) -> None:
    links = _links(sub, settings)
    if sub.channel == "email":
        mailer.send(messages.alert_email(sub, items, links, sender=settings.smtp_from, delivery_key=delivery_key))
        return
    body = messages.webhook_body(sub, items, links, delivery_key=delivery_key)
    post_webhook(
        sub.target,
        body,
        secret=webhook_secret(sub),
        delivery_key=delivery_key,
        allow_private=settings.webhook_allow_private,
    )


def _mark_sent(session: Session, sub: Subscription, rows: list[AlertDelivery], now: dt.datetime) -> None:
    """Record the handover. Until this commits, the rows say `sending`."""
    delivered = utcnow()
    for row in rows:
        row.state, row.delivered_at, row.last_error, row.claim = "sent", delivered, None, None
        session.add(row)
    sub.failures, sub.last_sent_at = 0, delivered
    session.add(sub)
    session.commit()


def _failed(
    session: Session,
    sub: Subscription,
    rows: list[AlertDelivery],
    exc: SendError,
    now: dt.datetime,
    settings: Settings,
    mailer: Mailer,
    report: DeliveryReport,
) -> None:
    """Keep the rows for a retry after a backoff, or give up on the subscription after
    webhook_max_failures failures in a row that were the receiver's (and tell a webhook's
    confirmed owner). Our own mail server being down never counts against a subscriber."""
    error = str(exc)
    report.failed += 1
    report.errors.append(f"subscription #{sub.id}: {error}")
    if not exc.ours:
        sub.failures += 1
    give_up = sub.failures >= settings.webhook_max_failures
    retry_at = now + backoff(max(sub.failures, rows[0].attempts), settings)
    for row in rows:
        row.state = "failed" if give_up else "pending"
        row.next_attempt_at, row.last_error, row.claim = retry_at, error[:1000], None
        session.add(row)
    if give_up:
        sub.status = "disabled"
        sub.disabled_reason = f"disabled after {sub.failures} failed deliveries in a row; last: {error}"[:1000]
        report.disabled += 1
    else:
        sub.not_before = retry_at
    session.add(sub)
    session.commit()
    log.warning("alerts: delivery to subscription #%s failed (%s in a row): %s", sub.id, sub.failures, error)
    if give_up:
        _tell_owner(sub, settings, mailer, report)


def _tell_owner(sub: Subscription, settings: Settings, mailer: Mailer, report: DeliveryReport) -> None:
    if sub.channel != "webhook" or not sub.owner_email or sub.owner_confirmed_at is None or not mailer.available:
        return
    note = messages.disabled_email(
        sub, sender=settings.smtp_from, reason=sub.disabled_reason or "", site=site_address(settings)
    )
    try:
        mailer.send(note)
    except SendError as exc:
        report.errors.append(f"subscription #{sub.id}: the owner could not be told: {exc}")


def requeue_interrupted(*, session: Session, subscription_id: int | None = None) -> int:
    """Send interrupted rows again (an operator's decision: the receiver may have them already)."""
    query = sa.update(AlertDelivery).where(col(AlertDelivery.state) == "interrupted")
    if subscription_id is not None:
        query = query.where(col(AlertDelivery.subscription_id) == subscription_id)
    result = session.exec(query.values(state="pending", next_attempt_at=utcnow(), claim=None))
    return max(result.rowcount or 0, 0)


# Outbox rows whose story is over: handed over, or dropped because the statement was hidden or no
# longer matched. Pending, sending, interrupted and failed rows were never delivered: never pruned.
PRUNABLE = ("sent", "skipped")
_PRUNE_CHUNK = 5_000  # rows per DELETE, each in a transaction of its own


def prune_outbox(*, engine: sa.Engine, older_than: dt.timedelta, now: dt.datetime | None = None) -> int:
    """Delete sent and skipped outbox rows older than `older_than`; returns how many went.

    A row is also what keeps its statement from being queued again: each look of a follow goes
    LOOKBACK_IDS statement ids back (see alerts.matching), so an active follow's row stays while
    its statement is within that reach, however old; an ended follow never looks again."""
    cutoff = (now or utcnow()) - older_than
    done = sa.func.coalesce(AlertDelivery.delivered_at, AlertDelivery.claimed_at, AlertDelivery.created_at)
    out_of_reach = (
        select(Subscription.id)
        .where(
            Subscription.id == AlertDelivery.subscription_id,
            sa.or_(
                col(Subscription.status) != "active",
                col(AlertDelivery.statement_id) <= col(Subscription.matched_through) - LOOKBACK_IDS,
            ),
        )
        .exists()
    )
    prunable = (
        select(AlertDelivery.id)
        .where(col(AlertDelivery.state).in_(PRUNABLE), done < cutoff, out_of_reach)
        .limit(_PRUNE_CHUNK)
    )
    removed = 0
    while True:
        with Session(engine) as session:
            result = session.exec(
                sa.delete(AlertDelivery)
                .where(col(AlertDelivery.id).in_(prunable.scalar_subquery()))
                .execution_options(synchronize_session=False)
            )
            session.commit()
        count = max(result.rowcount or 0, 0)
        removed += count
        if count < _PRUNE_CHUNK:
            return removed


def send_confirmation(sub: Subscription, token: str, *, site: str, settings: Settings | None = None) -> None:
    """E-mail the double opt-in link (to the follower, or a webhook's owner). SendError when the
    mail server does not take it; the follow then stays unconfirmed and nothing is sent."""
    settings = settings or get_settings()
    to = sub.target if sub.channel == "email" else sub.owner_email
    if not to:
        return
    message = messages.confirm_email(sub, f"{site}/alerts/confirm/{token}", sender=settings.smtp_from, to=to, site=site)
    with Mailer(settings) as mailer:
        mailer.send(message)
