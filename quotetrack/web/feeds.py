"""Atom feeds (RFC 4287) of statements: latest, a search, an official, a topic, a region."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Annotated
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from sqlmodel import Session

from quotetrack.errors import NotFound
from quotetrack.exports.citations import quote_text
from quotetrack.kinds import SearchSort, StatementKind
from quotetrack.models import StatementPublic, utcnow
from quotetrack.store import areas, reads
from quotetrack.store.filters import StatementFilter
from quotetrack.store.search import search_statements
from quotetrack.text.sanitize import strip_controls, web_url
from quotetrack.topics import load_taxonomy
from quotetrack.web.deps import FilterDep, RowId, SessionDep, site_url
from quotetrack.web.present import post_in_area

router = APIRouter(
    prefix="/feeds",
    tags=["feeds"],
    responses={
        200: {"description": "An Atom feed.", "content": {"application/atom+xml": {"schema": {"type": "string"}}}}
    },
)
ATOM = "http://www.w3.org/2005/Atom"
ENTRIES = 50
MEDIA = "application/atom+xml; charset=utf-8"


def _iso(moment: dt.datetime | dt.date) -> str:
    if isinstance(moment, dt.datetime):
        return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    return f"{moment.isoformat()}T00:00:00Z"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    # ElementTree writes control characters as they are, and one makes the whole feed unreadable.
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: strip_controls(v) for k, v in attrs.items()})
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


def atom_feed(
    *, title: str, base_url: str, self_path: str, page_path: str, statements: Sequence[StatementPublic]
) -> bytes:
    """A valid Atom document: every entry has an id, title, updated time, author and link."""
    ET.register_namespace("", ATOM)
    topic_names = {t.slug: t.label_en for t in load_taxonomy()}  # feeds carry no language: English
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "id", f"{base_url}{self_path}")
    _sub(feed, "title", title)
    _sub(feed, "updated", _iso(max((s.updated_at or utcnow() for s in statements), default=utcnow())))
    _sub(feed, "link", rel="self", href=f"{base_url}{self_path}", type="application/atom+xml")
    _sub(feed, "link", rel="alternate", href=f"{base_url}{page_path}", type="text/html")
    _sub(_sub(feed, "author"), "name", "QuoteTrack")
    _sub(feed, "generator", "QuoteTrack")
    for s in statements:
        entry = _sub(feed, "entry")
        speaker = s.speaker_name or "Unknown speaker"
        _sub(entry, "id", f"{base_url}/statements/{s.id}")
        _sub(entry, "title", f"{speaker}: {entry_title(s)}")
        _sub(entry, "updated", _iso(s.updated_at or utcnow()))
        if s.date:
            _sub(entry, "published", _iso(s.date))
        _sub(_sub(entry, "author"), "name", speaker)
        _sub(entry, "link", rel="alternate", href=f"{base_url}/statements/{s.id}", type="text/html")
        if related := web_url(s.article.url):  # never a javascript: or data: link
            _sub(entry, "link", rel="related", href=related)
        role = post_in_area(s.held_role or s.role, s.held_region or s.region)
        source = ", ".join(x for x in (s.article.outlet, s.article.title) if x)
        words = quote_text(s.text)
        said = f"\u201c{words}\u201d" if s.kind == StatementKind.DIRECT else words
        said = f"(denied) {said}" if s.denied else said
        summary = f"{said}\n\n— {speaker}" + (f" ({role})" if role else "") + (f". {source}" if source else "")
        _sub(entry, "content", summary, type="text")
        for topic in s.topics:
            _sub(entry, "category", term=topic, label=topic_names.get(topic, topic))
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


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


def _respond(request: Request, title: str, page_path: str, statements: Sequence[StatementPublic]) -> Response:
    body = atom_feed(
        title=title,
        base_url=site_url(request),
        self_path=request.url.path + (f"?{request.url.query}" if request.url.query else ""),
        page_path=page_path,
        statements=statements,
    )
    return Response(body, media_type=MEDIA)


@router.get("/statements.atom")
def latest_feed(request: Request, session: SessionDep, flt: FilterDep) -> Response:
    """The latest statements, with the same filters as /api/v1/statements."""
    title = f"QuoteTrack: {followed(session, flt) or 'latest statements'}"
    return _respond(request, title, "/", reads.list_statements(session=session, flt=flt, limit=ENTRIES))


@router.get("/search.atom")
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
def official_feed(request: Request, session: SessionDep, official_id: RowId) -> Response:
    canonical = reads.canonical_official_id(session=session, official_id=official_id)
    official = reads.get_official(session=session, official_id=canonical) if canonical else None
    if official is None:
        raise NotFound.missing("official", official_id)
    statements = reads.list_statements(session=session, flt=StatementFilter(official_id=official.id), limit=ENTRIES)
    return _respond(request, f"QuoteTrack: {official.name}", f"/officials/{official.id}", statements)


@router.get("/topics/{slug}.atom")
def topic_feed(request: Request, session: SessionDep, slug: str) -> Response:
    topic = next((t for t in reads.list_topics(session=session) if t.slug == slug), None)
    if topic is None:
        raise NotFound.missing("topic", slug)
    statements = reads.list_statements(session=session, flt=StatementFilter(topic=slug), limit=ENTRIES)
    return _respond(request, f"QuoteTrack: {topic.label_en}", f"/topics/{slug}", statements)


@router.get("/regions/{code}.atom")
def region_feed(request: Request, session: SessionDep, code: str) -> Response:
    area = areas.get_area(session=session, key=code)
    if area is None:
        raise NotFound.missing("region", code)
    statements = reads.list_statements(
        session=session, flt=StatementFilter(region=area.code or area.name), limit=ENTRIES
    )
    return _respond(request, f"QuoteTrack: {area.name}", f"/regions/{code}", statements)
