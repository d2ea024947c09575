"""What an alert says: the e-mail (plain text and HTML, in the subscriber's language), the
webhook's JSON, and the confirmation and disabled-webhook notes. Pure: values in, messages out."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from functools import cache
from typing import Any

import jinja2

from quotetrack.models import StatementPublic, Subscription
from quotetrack.web.i18n import format_date, translate
from quotetrack.web.templating import templates_dir


@dataclass(frozen=True, slots=True)
class AlertItem:
    """One statement as an alert shows it."""

    id: int
    text: str
    kind: str
    denied: bool  # reported words the speaker denied
    speaker: str | None
    official_id: int | None
    post: str | None
    date: dt.date | None
    outlet: str | None
    article_title: str | None
    article_url: str | None
    permalink: str
    corrected: bool


@dataclass(frozen=True, slots=True)
class Links:
    site: str  # the site's address, no trailing slash
    unsubscribe: str
    follow_page: str  # the followed page (or search) on the site


def alert_item(statement: StatementPublic, site: str) -> AlertItem:
    speaker = statement.speaker_name or statement.speaker_mention
    role = statement.held_role or statement.role
    region = statement.held_region or statement.region
    post = " ".join(p for p in (role, region) if p) or None
    return AlertItem(
        id=statement.id,
        text=statement.text,
        kind=statement.kind,
        denied=statement.denied,
        speaker=speaker,
        official_id=statement.official.id if statement.official else None,
        post=post,
        date=statement.date or statement.article.published,
        outlet=statement.article.outlet,
        article_title=statement.article.title,
        article_url=statement.article.url,
        permalink=f"{site}/statements/{statement.id}",
        corrected=statement.corrected_at is not None,
    )


@cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir() / "email")),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["date_in"] = format_date
    return env


def _render(name: str, lang: str, **context: Any) -> str:
    return _env().get_template(name).render(lang=lang, t=lambda key, **kw: translate(lang, key, **kw), **context)


def _message(*, sender: str, to: str, subject: str, text: str, html: str, lang: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].strip("> ") or "quotetrack")
    msg["Content-Language"] = lang
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg


def alert_email(
    sub: Subscription, items: list[AlertItem], links: Links, *, sender: str, delivery_key: str
) -> EmailMessage:
    """The alert e-mail, with RFC 8058 one-click unsubscribe headers."""
    lang = sub.language
    count = translate(lang, "alert_count_one") if len(items) == 1 else translate(lang, "alert_count", n=len(items))
    subject = translate(lang, "alert_subject", count=count, label=sub.label)
    context = {"sub": sub, "items": items, "links": links, "count": count}
    msg = _message(
        sender=sender,
        to=sub.target,
        subject=subject,
        text=_render("alert.txt", lang, **context),
        html=_render("alert.html", lang, **context),
        lang=lang,
    )
    msg["List-Unsubscribe"] = f"<{links.unsubscribe}>"
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["X-QuoteTrack-Delivery"] = delivery_key
    return msg


def confirm_email(sub: Subscription, confirm_url: str, *, sender: str, to: str, site: str) -> EmailMessage:
    """The double opt-in e-mail: nothing else is sent to the address until its link is used."""
    lang = sub.language
    context = {"sub": sub, "confirm_url": confirm_url, "site": site}
    return _message(
        sender=sender,
        to=to,
        subject=translate(lang, "confirm_subject", label=sub.label),
        text=_render("confirm.txt", lang, **context),
        html=_render("confirm.html", lang, **context),
        lang=lang,
    )


def disabled_email(sub: Subscription, *, sender: str, reason: str, site: str) -> EmailMessage:
    """The note to a webhook's owner when repeated failures disabled it."""
    lang = sub.language
    context = {"sub": sub, "reason": reason, "site": site}
    return _message(
        sender=sender,
        to=sub.owner_email or "",
        subject=translate(lang, "disabled_subject", label=sub.label),
        text=_render("disabled.txt", lang, **context),
        html=_render("disabled.html", lang, **context),
        lang=lang,
    )


def webhook_body(sub: Subscription, items: list[AlertItem], links: Links, *, delivery_key: str) -> bytes:
    """The JSON a webhook receives (documented in docs/ALERTS.md)."""
    payload = {
        "type": "quotetrack.statements",
        "delivery": delivery_key,
        "subscription": {"id": sub.id, "follow": sub.follow, "label": sub.label, "criteria": sub.criteria},
        "statements": [
            {**asdict(item), "date": item.date.isoformat() if item.date else None, "url": item.permalink}
            for item in items
        ],
        "links": {"follow": links.follow_page, "unsubscribe": links.unsubscribe},
    }
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
