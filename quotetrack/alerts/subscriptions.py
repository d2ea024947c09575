"""Subscriptions without an account: create (rate limited), confirm by a one-time link, unsubscribe
by a signed link, and the editors' list. Secrets are never stored: the confirmation token as its
sha256, the unsubscribe token and the webhook's signing secret as HMACs of a random nonce under
the site secret (changing QUOTETRACK_SECRET_KEY therefore changes them)."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Any, Literal, get_args
from urllib.parse import urlsplit

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from quotetrack.auth.crypto import digest, new_token, same, sign
from quotetrack.config import get_settings
from quotetrack.errors import IngestError, NotFound, QueryError, QuotetrackError
from quotetrack.ingest.fetch import refuse_private
from quotetrack.models import AlertDelivery, Subscription, utcnow
from quotetrack.store.filters import PARAMS, StatementFilter
from quotetrack.store.query import ParsedQuery, parse_query

Channel = Literal["email", "webhook"]
CHANNELS: tuple[str, ...] = get_args(Channel)
Frequency = Literal["immediate", "daily", "weekly"]
FREQUENCIES: tuple[str, ...] = get_args(Frequency)
Follow = Literal["official", "topic", "region", "search"]
FOLLOWS: tuple[str, ...] = get_args(Follow)
LANGUAGES = ("en", "id")
# Follows one address may create in an hour, and confirmation e-mails one target may receive in a
# day: enough for a reader, too few to use the form to flood someone's mailbox.
PER_ADDRESS = 10
PER_TARGET = 3
WINDOW = dt.timedelta(hours=1)
TARGET_WINDOW = dt.timedelta(days=1)
# An unconfirmed follow is forgotten after this; its link stops working.
CONFIRM_WITHIN = dt.timedelta(days=7)
# The filters a follow may hold (store.filters.PARAMS): all but an article, which has no new
# statements to wait for. Stored follows keep these names and values (JSON), read back as they are.
FILTER_FIELDS = tuple(name for name in PARAMS if name != "article_id")
_DATES = ("date_from", "date_to")
# Deliberately simple: one @, no spaces, a dotted domain. The confirmation e-mail is the real check.
_EMAIL = re.compile(r"^[^@\s<>\"',;]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})+$")


class TooManyFollows(QuotetrackError):
    status_code = 429


@dataclass(frozen=True, slots=True)
class NewFollow:
    """What a reader asked for on a follow form."""

    channel: str
    target: str
    follow: str
    label: str
    criteria: dict[str, Any]
    frequency: str = "immediate"
    language: str = "en"
    owner_email: str | None = None


@dataclass(frozen=True, slots=True)
class Created:
    subscription: Subscription
    confirm_token: str | None  # to e-mail (None for a webhook without an owner address)


def address_hash(address: str) -> str:
    """A keyed hash of a client address: enough to count its follows, useless to recover it."""
    key = get_settings().secret_key.encode()
    return hmac.new(key, f"follow-address:{address}".encode(), hashlib.sha256).hexdigest()


# --- what a follow matches -------------------------------------------------------------------


def clean_criteria(criteria: dict[str, Any], *, max_chars: int = 500) -> dict[str, Any]:
    """The words and filters of a follow, checked: QueryError for an unknown filter, a malformed
    query, or a follow of nothing (no words and no filter)."""
    cleaned: dict[str, Any] = {}
    for name, value in criteria.items():
        if value in (None, ""):
            continue
        if name != "q" and name not in FILTER_FIELDS:
            raise QueryError(f"unknown filter {name!r}")
        if name == "official_id":
            value = int(value)
        elif name in _DATES:
            value = (value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))).isoformat()
        else:
            value = str(value).strip()
        if value != "":
            cleaned[name] = value
    if "q" in cleaned:
        parse_query(cleaned["q"], max_chars=max_chars)
    if not cleaned:
        raise QueryError("a follow needs words or at least one filter")
    return cleaned


def criteria_query(criteria: dict[str, Any]) -> tuple[ParsedQuery, StatementFilter]:
    """The parsed words and the search filters a stored follow stands for."""
    q = str(criteria.get("q") or "")
    values: dict[str, Any] = {k: v for k, v in criteria.items() if k in FILTER_FIELDS}
    for name in _DATES:
        if name in values:
            values[name] = dt.date.fromisoformat(values[name])
    parsed = parse_query(q, max_chars=10_000) if q.strip() else ParsedQuery(groups=())
    return parsed, StatementFilter(**values)


# --- targets ---------------------------------------------------------------------------------


def check_email(address: str) -> str:
    address = address.strip()
    if len(address) > 254 or not _EMAIL.match(address):
        raise QueryError("give an e-mail address like name@example.org")
    return address


def check_webhook_url(url: str, *, allow_private: bool | None = None) -> str:
    """An absolute http(s) URL on a public address (QueryError otherwise). Delivery checks the
    address again, since a name can resolve elsewhere later."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or len(url) > 2000:
        raise QueryError("the webhook must be an absolute http:// or https:// URL")
    if parts.username or parts.password:
        raise QueryError("the webhook URL must not carry a user name or password")
    if allow_private is None:
        allow_private = get_settings().webhook_allow_private
    if not allow_private:
        try:
            refuse_private(url, url)
        except IngestError as exc:
            raise QueryError(f"the webhook cannot be used: {exc.reason}") from exc
    return url


def mask(target: str) -> str:
    """A target as the public may glimpse it: 'a•••@example.org', 'https://example.org/…'."""
    if "@" in target and "://" not in target:
        local, _, domain = target.rpartition("@")
        return f"{local[:1]}•••@{domain}"
    parts = urlsplit(target)
    return f"{parts.scheme}://{parts.hostname}/…" if parts.hostname else "•••"


# --- tokens ----------------------------------------------------------------------------------


def unsubscribe_token(sub: Subscription) -> str:
    return f"{sub.id}-{sign('unsubscribe', f'{sub.id}:{sub.key_nonce}')}"


def webhook_secret(sub: Subscription) -> str:
    return "whsec_" + sign("webhook", f"{sub.id}:{sub.key_nonce}")


def by_unsubscribe_token(*, session: Session, token: str) -> Subscription | None:
    """The subscription an unsubscribe link names, or None for a forged or mangled link."""
    sub_id, _, _ = token.partition("-")
    if not sub_id.isdigit() or len(sub_id) > 18:
        return None
    sub = session.get(Subscription, int(sub_id))
    if sub is None or not same(token, unsubscribe_token(sub)):
        return None
    return sub


def by_confirm_token(*, session: Session, token: str) -> Subscription | None:
    if not token or len(token) > 200:
        return None
    sub = session.exec(select(Subscription).where(Subscription.confirm_hash == digest(token))).first()
    if sub is None or sub.created_at < utcnow() - CONFIRM_WITHIN:
        return None
    return sub


# --- life of a subscription ------------------------------------------------------------------


def create_subscription(*, session: Session, new: NewFollow, address: str) -> Created:
    """Store a follow, pending its confirmation (e-mail) or active at once (webhook).

    Raises QueryError for a bad form, TooManyFollows past PER_ADDRESS follows an hour from one
    client address or PER_TARGET confirmation e-mails a day to one address."""
    if new.channel not in CHANNELS:
        raise QueryError(f"channel must be one of {', '.join(CHANNELS)}")
    if new.frequency not in FREQUENCIES:
        raise QueryError(f"frequency must be one of {', '.join(FREQUENCIES)}")
    if new.follow not in FOLLOWS:
        raise QueryError(f"follow must be one of {', '.join(FOLLOWS)}")
    language = new.language if new.language in LANGUAGES else "en"
    criteria = clean_criteria(new.criteria)
    if new.channel == "email":
        if not get_settings().smtp_host:
            raise QueryError("e-mail alerts are not available on this site; follow by webhook or Atom feed")
        target, owner = check_email(new.target), None
    else:
        target = check_webhook_url(new.target)
        owner = check_email(new.owner_email) if new.owner_email and new.owner_email.strip() else None
    if owner and not get_settings().smtp_host:
        raise QueryError("e-mail is not available on this site; leave the owner address empty")
    hashed = address_hash(address)
    _check_limits(session, hashed, owner or (target if new.channel == "email" else None))
    token = new_token("qtf") if new.channel == "email" or owner else None
    sub = Subscription(
        channel=new.channel,
        target=target,
        owner_email=owner,
        language=language,
        frequency=new.frequency,
        follow=new.follow,
        label=new.label.strip()[:500] or new.follow,
        criteria=criteria,
        status="pending" if new.channel == "email" else "active",
        confirm_hash=digest(token) if token else None,
        key_nonce=secrets.token_hex(16),
        address_hash=hashed,
    )
    if sub.status == "active":
        _start(session, sub)
    session.add(sub)
    session.flush()
    return Created(sub, token)


def _check_limits(session: Session, hashed: str, mailbox: str | None) -> None:
    now = utcnow()
    recent = session.exec(
        select(func.count())
        .select_from(Subscription)
        .where(Subscription.address_hash == hashed, col(Subscription.created_at) >= now - WINDOW)
    ).one()
    if recent >= PER_ADDRESS:
        raise TooManyFollows(f"at most {PER_ADDRESS} follows an hour from one address; please try again later")
    if mailbox is None:
        return
    mailed = session.exec(
        select(func.count())
        .select_from(Subscription)
        .where(
            sa.or_(col(Subscription.target) == mailbox, col(Subscription.owner_email) == mailbox),
            col(Subscription.created_at) >= now - TARGET_WINDOW,
        )
    ).one()
    if mailed >= PER_TARGET:
        raise TooManyFollows(f"at most {PER_TARGET} confirmation e-mails a day to one address")


def _start(session: Session, sub: Subscription) -> None:
    """From now on: statements stored after this moment are new to the subscription."""
    newest = session.execute(sa.text("SELECT coalesce(max(id), 0) FROM statement")).scalar_one()
    sub.since_statement_id = sub.matched_through = int(newest)
    sub.confirmed_at = utcnow()


def confirm(*, session: Session, token: str) -> Subscription:
    """Confirm the e-mail address (or a webhook owner's address) the token was sent to.
    NotFound for an unknown, used or expired token."""
    sub = by_confirm_token(session=session, token=token)
    if sub is None:
        raise NotFound("this confirmation link is unknown, used already or expired")
    if sub.channel == "email":
        sub.status = "active"
        _start(session, sub)
    else:
        sub.owner_confirmed_at = utcnow()
    sub.confirm_hash = None  # one use
    session.add(sub)
    session.flush()
    return sub


def end(*, session: Session, sub: Subscription, reason: str) -> Subscription:
    """Unsubscribe: nothing more is sent, what waits in the outbox is dropped, and the address
    itself is erased (the row stays for the outbox's history)."""
    if sub.status == "unsubscribed":
        return sub
    sub.status, sub.ended_at, sub.disabled_reason = "unsubscribed", utcnow(), reason[:1000]
    sub.target, sub.owner_email, sub.confirm_hash = "", None, None
    session.add(sub)
    session.execute(
        sa.update(AlertDelivery)
        .where(col(AlertDelivery.subscription_id) == sub.id, col(AlertDelivery.state) == "pending")
        .values(state="skipped", last_error=reason[:1000])
    )
    session.flush()
    return sub


def remove(*, session: Session, subscription_id: int, actor: str) -> Subscription:
    """An editor's removal of a subscription. NotFound for an unknown id."""
    sub = session.get(Subscription, subscription_id)
    if sub is None:
        raise NotFound(f"no subscription #{subscription_id}")
    return end(session=session, sub=sub, reason=f"removed by {actor}")


def list_subscriptions(*, session: Session, include_ended: bool = False, limit: int = 500) -> list[Subscription]:
    """Newest first; ended subscriptions only when asked for."""
    query = select(Subscription).order_by(col(Subscription.id).desc()).limit(limit)
    if not include_ended:
        query = query.where(Subscription.status != "unsubscribed")
    return list(session.exec(query).all())


def outbox_counts(*, session: Session, subscription_ids: list[int]) -> dict[int, dict[str, int]]:
    """{subscription id: {state: rows}} for the editors' list."""
    if not subscription_ids:
        return {}
    rows = session.execute(
        select(AlertDelivery.subscription_id, AlertDelivery.state, func.count())
        .where(col(AlertDelivery.subscription_id).in_(subscription_ids))
        .group_by(col(AlertDelivery.subscription_id), col(AlertDelivery.state))
    ).all()
    counts: dict[int, dict[str, int]] = {}
    for sub_id, state, n in rows:
        counts.setdefault(sub_id, {})[state] = n
    return counts
