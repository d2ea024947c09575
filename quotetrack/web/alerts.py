"""Follow pages: the follow form (an official, topic, region or search), the confirmation and
unsubscribe pages, and the editors' list of subscriptions.

Readers need no account. The form carries the CSRF token and honeypot of the error-report form
and the same per-address limit; the confirmation and unsubscribe links carry their own secret,
so their POSTs need no CSRF token (a mail client's RFC 8058 one-click POST has none).
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session

from quotetrack.alerts.deliver import send_confirmation
from quotetrack.alerts.send import SendError
from quotetrack.alerts.subscriptions import (
    FILTER_FIELDS,
    FOLLOWS,
    FREQUENCIES,
    NewFollow,
    TooManyFollows,
    by_confirm_token,
    by_unsubscribe_token,
    clean_criteria,
    confirm,
    create_subscription,
    end,
    list_subscriptions,
    mask,
    outbox_counts,
    remove,
    webhook_secret,
)
from quotetrack.config import get_settings
from quotetrack.errors import NotFound, PermissionDenied, QueryError
from quotetrack.store import areas, reads
from quotetrack.web.auth import EditorDep
from quotetrack.web.deps import RowId, SessionDep, site_url
from quotetrack.web.feeds import rss_of
from quotetrack.web.i18n import LANGUAGES, request_language, translate
from quotetrack.web.pages import render
from quotetrack.web.report_token import report_token, set_report_cookie, valid_report_token

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)
_CRITERIA_FIELDS = ("q", *FILTER_FIELDS)


def _criteria(request: Request) -> dict[str, Any]:
    """The follow's words and filters from the query string or form (other fields ignored)."""
    return {name: request.query_params.get(name) for name in _CRITERIA_FIELDS if request.query_params.get(name)}


def describe(session: Session, follow: str, criteria: dict[str, Any], lang: str) -> tuple[str, str | None]:
    """(label, Atom feed) of what a follow is about; NotFound for an unknown official, topic or region."""
    if follow == "official":
        official = reads.get_official(session=session, official_id=int(criteria.get("official_id") or 0))
        if official is None:
            raise NotFound("no such official")
        return official.name, f"/feeds/officials/{official.id}.atom"
    if follow == "topic":
        slug = str(criteria.get("topic") or "")
        topic = next((t for t in reads.topic_labels(session=session) if t.slug == slug), None)
        if topic is None:
            raise NotFound.missing("topic", slug)
        return (topic.label_id if lang == "id" else topic.label_en), f"/feeds/topics/{slug}.atom"
    if follow == "region":
        key = str(criteria.get("region") or "")
        area = areas.get_area(session=session, key=key)
        if area is None:
            raise NotFound.missing("region", key)
        return area.name, f"/feeds/regions/{key}.atom"
    words = str(criteria.get("q") or "")
    filters = [f"{k}={v}" for k, v in criteria.items() if k != "q"]
    return " · ".join(p for p in (f"\u201c{words}\u201d" if words else "", *filters) if p), None


def _stored_criteria(session: Session, follow: str, criteria: dict[str, Any]) -> dict[str, Any]:
    """What the follow matches: a region is kept by code (or name), as the search filter reads it."""
    if follow == "region":
        area = areas.get_area(session=session, key=str(criteria.get("region") or ""))
        return {"region": area.code or area.name} if area else {}
    if follow == "official":
        return {"official_id": criteria.get("official_id")}
    if follow == "topic":
        return {"topic": criteria.get("topic")}
    return criteria


def _form_page(
    request: Request,
    session: Session,
    follow: str,
    criteria: dict[str, Any],
    *,
    form: dict[str, str] | None = None,
    error: str | None = None,
    status_code: int = 200,
) -> Response:
    if follow not in FOLLOWS:
        raise QueryError(f"follow must be one of {', '.join(FOLLOWS)}")
    lang = request_language(request)
    label, feed = describe(session, follow, criteria, lang)
    if follow == "search":
        feed = "/feeds/search.atom?" + urlencode(criteria)
    nonce, token = report_token(request)
    response = render(
        request,
        "follow.html",
        {
            "follow": follow,
            "criteria": criteria,
            "label": label,
            "what": translate(lang, f"follow_what_{follow}", label=label),
            "feed": feed,
            "rss": rss_of(feed) if feed else None,
            "token": token,
            "action": "/follow?" + urlencode({"follow": follow, **criteria}),
            "form": form or {"channel": "email" if get_settings().smtp_host else "webhook", "language": lang},
            "error": error,
            "email_available": bool(get_settings().smtp_host),
            "frequencies": FREQUENCIES,
            "interval": get_settings().alert_interval_minutes,
        },
        status_code=status_code,
    )
    set_report_cookie(request, response, nonce)
    return response


@router.get("/follow")
def follow_page(
    request: Request, session: SessionDep, follow: Annotated[str, Query(max_length=16)] = "search"
) -> Response:
    """The follow form for the page the reader came from (its words and filters in the query)."""
    criteria = _criteria(request)
    try:
        clean_criteria(criteria, max_chars=get_settings().max_query_chars)
    except (QueryError, ValueError) as exc:
        # A query the search refuses says why in the reader's language (its own key); an empty
        # follow, which only a follow refuses, has its own message.
        told = exc if isinstance(exc, QueryError) and exc.key else None
        raise QueryError(
            f"nothing to follow: {exc}",
            key=told.key if told else "nothing_to_follow",
            **(told.values if told else {}),
        ) from exc
    return _form_page(request, session, follow, criteria)


@router.post("/follow")
def follow_submit(
    request: Request,
    session: SessionDep,
    follow: Annotated[str, Query(max_length=16)] = "search",
    channel: Annotated[str, Form(max_length=16)] = "email",
    email: Annotated[str, Form(max_length=400)] = "",
    webhook: Annotated[str, Form(max_length=2100)] = "",
    owner_email: Annotated[str, Form(max_length=400)] = "",
    frequency: Annotated[str, Form(max_length=16)] = "immediate",
    language: Annotated[str, Form(max_length=8)] = "en",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    website: Annotated[str, Form(max_length=2000)] = "",  # the honeypot: hidden from people, filled by bots
) -> Response:
    """Store a follow; e-mail the confirmation link, or show a webhook's secret once."""
    if not valid_report_token(request, csrf_token):
        raise PermissionDenied("the form has expired; reload the page and send it again")
    criteria = _criteria(request)
    lang = request_language(request)
    form = {"channel": channel, "email": email, "webhook": webhook, "owner_email": owner_email}
    form |= {"frequency": frequency, "language": language}
    if website:  # a bot: answered like a person, and nothing stored
        return render(
            request, "follow_done.html", {"kind": "email", "label": describe(session, follow, criteria, lang)[0]}
        )
    label = describe(session, follow, criteria, lang)[0] if follow in FOLLOWS else ""
    new = NewFollow(
        channel=channel,
        target=email if channel == "email" else webhook,
        follow=follow,
        label=label,
        criteria=_stored_criteria(session, follow, criteria),
        frequency=frequency,
        language=language if language in LANGUAGES else lang,
        owner_email=owner_email or None,
    )
    address = request.client.host if request.client else ""
    try:
        created = create_subscription(session=session, new=new, address=address)
        if created.confirm_token:
            send_confirmation(created.subscription, created.confirm_token, site=site_url(request))
    except QueryError as exc:
        error = translate(lang, "follow_invalid", detail=str(exc))
        return _form_page(request, session, follow, criteria, form=form, error=error, status_code=400)
    except TooManyFollows as exc:
        error = translate(lang, "follow_too_many", detail=str(exc))
        response = _form_page(request, session, follow, criteria, form=form, error=error, status_code=429)
        response.headers["Retry-After"] = "3600"
        return response
    except SendError as exc:
        session.rollback()  # no confirmation went out: the follow is not kept
        error = translate(lang, "follow_invalid", detail=str(exc))
        return _form_page(request, session, follow, criteria, form=form, error=error, status_code=503)
    session.commit()
    sub = created.subscription
    what = translate(lang, f"follow_what_{sub.follow}", label=label)
    context = {"kind": sub.channel, "label": what, "owner": bool(sub.owner_email)}
    if sub.channel == "webhook":
        context["secret"] = webhook_secret(sub)
    return render(request, "follow_done.html", context)


@router.get("/alerts/confirm/{token}")
def confirm_page(request: Request, session: SessionDep, token: str) -> Response:
    """A button, not the confirmation itself: mail scanners open links, people press buttons."""
    sub = by_confirm_token(session=session, token=token)
    if sub is None:
        return render(request, "alert_message.html", {"title": "confirm_title", "text": "confirm_unknown"}, 404)
    masked = mask(sub.target if sub.channel == "email" else sub.owner_email or sub.target)
    return render(request, "alert_confirm.html", {"sub": sub, "token": token, "masked": masked})


@router.post("/alerts/confirm/{token}")
def confirm_submit(request: Request, session: SessionDep, token: str) -> Response:
    try:
        sub = confirm(session=session, token=token)
    except NotFound:
        return render(request, "alert_message.html", {"title": "confirm_title", "text": "confirm_unknown"}, 404)
    session.commit()
    text = "confirmed" if sub.channel == "email" else "confirmed_owner"
    return render(
        request,
        "alert_message.html",
        {"title": "confirmed_title", "text": text, "label": sub.label, "follow": sub.follow},
    )


@router.get("/alerts/unsubscribe/{token}")
def unsubscribe_page(request: Request, session: SessionDep, token: str) -> Response:
    sub = by_unsubscribe_token(session=session, token=token)
    if sub is None:
        return render(request, "alert_message.html", {"title": "unsubscribe_title", "text": "unsubscribe_unknown"}, 404)
    if sub.status == "unsubscribed":
        return render(
            request,
            "alert_message.html",
            {"title": "unsubscribed_title", "text": "unsubscribed", "label": sub.label, "follow": sub.follow},
        )
    return render(request, "alert_unsubscribe.html", {"sub": sub, "token": token, "masked": mask(sub.target)})


@router.post("/alerts/unsubscribe/{token}")
def unsubscribe_submit(request: Request, session: SessionDep, token: str) -> Response:
    """The page's button and RFC 8058 one-click unsubscribe (body List-Unsubscribe=One-Click) alike."""
    sub = by_unsubscribe_token(session=session, token=token)
    if sub is None:
        return render(request, "alert_message.html", {"title": "unsubscribe_title", "text": "unsubscribe_unknown"}, 404)
    end(session=session, sub=sub, reason="unsubscribed by the reader")
    session.commit()
    return render(
        request,
        "alert_message.html",
        {"title": "unsubscribed_title", "text": "unsubscribed", "label": sub.label, "follow": sub.follow},
    )


@router.get("/subscriptions")
def subscriptions_page(request: Request, session: SessionDep, editor: EditorDep) -> Response:
    """Every follow with its address (editors only), state and outbox counts."""
    subs = list_subscriptions(session=session, include_ended=request.query_params.get("all") == "1")
    counts = outbox_counts(session=session, subscription_ids=[s.id for s in subs if s.id is not None])
    return render(request, "subscriptions.html", {"subs": subs, "counts": counts})


@router.post("/subscriptions/{subscription_id}/remove")
def subscription_remove(request: Request, session: SessionDep, editor: EditorDep, subscription_id: RowId) -> Response:
    remove(session=session, subscription_id=subscription_id, actor=editor.name)
    session.commit()
    return RedirectResponse("/subscriptions", status_code=303)
