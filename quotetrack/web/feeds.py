"""Feeds of statements (latest, a search, an official, a topic, a region), each in Atom (RFC 4287)
at `.atom` and in RSS 2.0 at `.rss`: many readers and newsroom tools take only RSS."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass
from email.utils import format_datetime
from typing import Annotated
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from sqlmodel import Session

from quotetrack.errors import NotFound
from quotetrack.exports.citations import quote_text
from quotetrack.exports.printed_posts import post_in_area, short_form
from quotetrack.kinds import SearchSort, StatementKind
from quotetrack.models import StatementPublic, utcnow
from quotetrack.store import areas, reads
from quotetrack.store.filters import StatementFilter
from quotetrack.store.search import search_statements
from quotetrack.text.sanitize import strip_controls, web_url
from quotetrack.topics import load_taxonomy
from quotetrack.web.deps import FilterDep, RowId, SessionDep, site_url

router = APIRouter(
    prefix="/feeds",
    tags=["feeds"],
    responses={
        200: {
            "description": "An Atom feed (`.atom`) or an RSS 2.0 feed (`.rss`).",
            "content": {
                "application/atom+xml": {"schema": {"type": "string"}},
                "application/rss+xml": {"schema": {"type": "string"}},
            },
        }
    },
)
ATOM = "http://www.w3.org/2005/Atom"
DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"  # RSS's <author> must be an e-mail: dc:creator names
ENTRIES = 50
MEDIA = "application/atom+xml; charset=utf-8"
RSS_MEDIA = "application/rss+xml; charset=utf-8"


def _iso(moment: dt.datetime | dt.date) -> str:
    if isinstance(moment, dt.datetime):
        return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    return f"{moment.isoformat()}T00:00:00Z"


def _rfc822(moment: dt.datetime | dt.date) -> str:
    """A date as RSS 2.0 wants it (RFC 822: "Thu, 30 May 2024 00:00:00 GMT")."""
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time(), dt.UTC)
    return format_datetime(moment.astimezone(dt.UTC), usegmt=True)


def _sub(parent: ET.Element, tag: str, text: str | None = None, ns: str | None = ATOM, **attrs: str) -> ET.Element:
    # ElementTree writes control characters as they are, and one makes the whole feed unreadable.
    name = f"{{{ns}}}{tag}" if ns else tag
    element = ET.SubElement(parent, name, {k: strip_controls(v) for k, v in attrs.items()})
    if text is not None:
        element.text = strip_controls(text)
    return element


# Words of a statement in an entry's title: a feed reader shows a line, and the page the rest.
TITLE_WORDS = 12


def entry_title(s: StatementPublic) -> str:
    """A statement as a feed entry's title: its first words, without the comma that led into the
    speech verb ("... kata X"), a direct quote in quotation marks, a cut marked by an ellipsis
    that no comma or full stop precedes."""
    words = quote_text(s.text).split()
    shown = " ".join(words[:TITLE_WORDS])
    if len(words) > TITLE_WORDS:
        shown = shown.rstrip(",;:.!?-\u2013\u2014") + "\u2026"
    if s.kind == StatementKind.DIRECT:
        shown = f"\u201c{shown}\u201d"
    return f"(denied) {shown}" if s.denied else shown


@dataclass(frozen=True, slots=True)
class FeedItem:
    """What a feed says of one statement, in either format."""

    link: str
    speaker: str
    title: str
    summary: str
    related: str | None  # the publisher's article, when its URL is a web address


def feed_item(s: StatementPublic, base_url: str) -> FeedItem:
    speaker = s.speaker_name or "Unknown speaker"
    role = post_in_area(s.held_role or s.role, s.held_region or s.region)
    source = ", ".join(x for x in (s.article.outlet, s.article.title) if x)
    words = quote_text(s.text)
    said = f"\u201c{words}\u201d" if s.kind == StatementKind.DIRECT else words
    said = f"(denied) {said}" if s.denied else said
    summary = f"{said}\n\n— {speaker}" + (f" ({role})" if role else "") + (f". {source}" if source else "")
    return FeedItem(
        link=f"{base_url}/statements/{s.id}",
        speaker=speaker,
        title=f"{speaker}: {entry_title(s)}",
        summary=summary,
        related=web_url(s.article.url),  # never a javascript: or data: link
    )


def _topic_names() -> dict[str, str]:
    return {t.slug: t.label_en for t in load_taxonomy()}  # feeds carry no language: English


def atom_feed(
    *, title: str, base_url: str, self_path: str, page_path: str, statements: Sequence[StatementPublic]
) -> bytes:
    """A valid Atom document: every entry has an id, title, updated time, author and link."""
    ET.register_namespace("", ATOM)
    topic_names = _topic_names()
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "id", f"{base_url}{self_path}")
    _sub(feed, "title", title)
    _sub(feed, "updated", _iso(max((s.updated_at or utcnow() for s in statements), default=utcnow())))
    _sub(feed, "link", rel="self", href=f"{base_url}{self_path}", type="application/atom+xml")
    _sub(feed, "link", rel="alternate", href=f"{base_url}{page_path}", type="text/html")
    _sub(_sub(feed, "author"), "name", "QuoteTrack")
    _sub(feed, "generator", "QuoteTrack")
    for s in statements:
        item = feed_item(s, base_url)
        entry = _sub(feed, "entry")
        _sub(entry, "id", item.link)
        _sub(entry, "title", item.title)
        _sub(entry, "updated", _iso(s.updated_at or utcnow()))
        if s.date:
            _sub(entry, "published", _iso(s.date))
        _sub(_sub(entry, "author"), "name", item.speaker)
        _sub(entry, "link", rel="alternate", href=item.link, type="text/html")
        if item.related:
            _sub(entry, "link", rel="related", href=item.related)
        _sub(entry, "content", item.summary, type="text")
        for topic in s.topics:
            _sub(entry, "category", term=topic, label=topic_names.get(topic, topic))
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


def rss_feed(
    *, title: str, base_url: str, self_path: str, page_path: str, statements: Sequence[StatementPublic]
) -> bytes:
    """A valid RSS 2.0 document of the same entries as the Atom feed: each item has a title, link,
    permanent guid, description, speaker (dc:creator) and date. The publisher's article is linked
    from the statement's page: RSS's <source> names a channel, not an article."""
    ET.register_namespace("atom", ATOM)
    ET.register_namespace("dc", DUBLIN_CORE)
    topic_names = _topic_names()
    rss = ET.Element("rss", version="2.0")
    channel = _sub(rss, "channel", ns=None)
    _sub(channel, "title", title, ns=None)
    _sub(channel, "link", f"{base_url}{page_path}", ns=None)
    _sub(channel, "description", title, ns=None)
    _sub(channel, "link", rel="self", href=f"{base_url}{self_path}", type="application/rss+xml")
    updated = max((s.updated_at or utcnow() for s in statements), default=utcnow())
    _sub(channel, "lastBuildDate", _rfc822(updated), ns=None)
    _sub(channel, "generator", "QuoteTrack", ns=None)
    for s in statements:
        item = feed_item(s, base_url)
        element = _sub(channel, "item", ns=None)
        _sub(element, "title", item.title, ns=None)
        _sub(element, "link", item.link, ns=None)
        _sub(element, "guid", item.link, ns=None, isPermaLink="true")
        # Readers take an RSS description as HTML: the words escaped as HTML (then ElementTree
        # escapes that as XML), so "<" in a quote is shown, never read as a tag.
        _sub(element, "description", html.escape(item.summary).replace("\n", "<br>"), ns=None)
        _sub(element, "creator", item.speaker, ns=DUBLIN_CORE)
        # A reader orders items by pubDate: the day the words were said, as the Atom entry's
        # <published>; an undated statement by when it was stored.
        _sub(element, "pubDate", _rfc822(s.date or s.updated_at or utcnow()), ns=None)
        for topic in s.topics:
            _sub(element, "category", topic_names.get(topic, topic), ns=None)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(rss, encoding="utf-8")


_KINDS = {"direct": "direct quotes", "indirect": "reported speech"}
_LANGUAGES = {"id": "in Indonesian", "en": "in English"}


def followed(session: Session, flt: StatementFilter, q: str = "") -> str:
    """What a feed of a search or a filtered list follows, as its title says it: the words, then
    each filter by its name ("“banjir” · Rina Sasmita · Health · Jawa Timur"). Every such feed
    was "filtered statements", and a reader following three could not tell them apart."""
    official = reads.get_official(session=session, official_id=flt.official_id) if flt.official_id else None
    article = reads.get_article(session=session, article_id=flt.article_id) if flt.article_id else None
    topics = {t.slug: t.label_en for t in reads.topic_labels(session=session)}
    parts = [
        f"\u201c{q.strip()}\u201d" if q.strip() else None,
        official.name if official else None,
        (article.title or f"article #{article.id}") if article else None,
        topics.get(flt.topic, flt.topic) if flt.topic else None,
        flt.region,
        flt.province,
        flt.role,
        flt.outlet,
        _KINDS.get(flt.kind or ""),
        _LANGUAGES.get(flt.language or ""),
        f"from {flt.date_from.isoformat()}" if flt.date_from else None,
        f"to {flt.date_to.isoformat()}" if flt.date_to else None,
    ]
    return " \u00b7 ".join(p for p in parts if p)


def rss_of(atom: str) -> str:
    """The RSS 2.0 address of an Atom feed's ("/feeds/officials/7.atom" -> ".../7.rss")."""
    path, mark, query = atom.partition("?")
    return path.removesuffix(".atom") + ".rss" + mark + query


def _respond(request: Request, title: str, page_path: str, statements: Sequence[StatementPublic]) -> Response:
    """The feed in the format its path asks for: `.rss` is RSS 2.0, `.atom` Atom."""
    rss = request.url.path.endswith(".rss")
    body = (rss_feed if rss else atom_feed)(
        title=title,
        base_url=site_url(request),
        self_path=request.url.path + (f"?{request.url.query}" if request.url.query else ""),
        page_path=page_path,
        statements=statements,
    )
    return Response(body, media_type=RSS_MEDIA if rss else MEDIA)


@router.get("/statements.atom")
@router.get("/statements.rss")
def latest_feed(request: Request, session: SessionDep, flt: FilterDep) -> Response:
    """The latest statements, with the same filters as /api/v1/statements."""
    title = f"QuoteTrack: {followed(session, flt) or 'latest statements'}"
    return _respond(request, title, "/", reads.list_statements(session=session, flt=flt, limit=ENTRIES))


@router.get("/search.atom")
@router.get("/search.rss")
def search_feed(
    request: Request,
    session: SessionDep,
    flt: FilterDep,
    q: Annotated[str, Query(max_length=2000)] = "",
    sort: SearchSort = "relevance",
) -> Response:
    """Statements matching a search and its filters (the search page's feed link): follow a word,
    a phrase, or a filter alone (empty q), in the order of the page."""
    result = search_statements(session=session, q=q, filters=flt, sort=sort, limit=ENTRIES)
    title = f"QuoteTrack: {followed(session, flt, q) or 'latest statements'}"
    return _respond(request, title, f"/search?{request.url.query}", result.items)


@router.get("/officials/{official_id}.atom")
@router.get("/officials/{official_id}.rss")
def official_feed(request: Request, session: SessionDep, official_id: RowId) -> Response:
    canonical = reads.canonical_official_id(session=session, official_id=official_id)
    official = reads.get_official(session=session, official_id=canonical) if canonical else None
    if official is None:
        raise NotFound.missing("official", official_id)
    statements = reads.list_statements(session=session, flt=StatementFilter(official_id=official.id), limit=ENTRIES)
    return _respond(request, f"QuoteTrack: {official.name}", f"/officials/{official.id}", statements)


@router.get("/topics/{slug}.atom")
@router.get("/topics/{slug}.rss")
def topic_feed(request: Request, session: SessionDep, slug: str) -> Response:
    topic = next((t for t in reads.list_topics(session=session) if t.slug == slug), None)
    if topic is None:
        raise NotFound.missing("topic", slug)
    statements = reads.list_statements(session=session, flt=StatementFilter(topic=slug), limit=ENTRIES)
    return _respond(request, f"QuoteTrack: {topic.label_en}", f"/topics/{slug}", statements)


@router.get("/regions/{code}.atom")
@router.get("/regions/{code}.rss")
def region_feed(request: Request, session: SessionDep, code: str) -> Response:
    area = areas.get_area(session=session, key=code)
    if area is None:
        raise NotFound.missing("region", code)
    statements = reads.list_statements(
        session=session, flt=StatementFilter(region=area.code or area.name), limit=ENTRIES
    )
    return _respond(request, f"QuoteTrack: {short_form(area.name)}", f"/regions/{code}", statements)
