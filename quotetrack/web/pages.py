"""HTML pages: home, search, statement, article, officials, official, topics."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Annotated, Any, cast
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup
from sqlmodel import Session

from quotetrack.errors import NotFound
from quotetrack.exports.citations import STYLES, cite, quote_text
from quotetrack.kinds import OFFICIAL_SORTS, OfficialSort, SearchSort, StatementStatus
from quotetrack.store import areas, cursors, reads
from quotetrack.store.claims import match_claim
from quotetrack.store.corroborate import also_reported
from quotetrack.store.factchecks import VERDICTS, claim_review, list_fact_checks
from quotetrack.store.filters import StatementFilter
from quotetrack.store.official_list import LEVELS, OfficialQuery, Speakers, common_posts, search_officials
from quotetrack.store.provenance import newer_version
from quotetrack.store.reports import CONTACT_MAX, KINDS, MESSAGE_MAX, MESSAGE_MIN, acknowledgements
from quotetrack.web.charts import timeline_svg, topic_shares
from quotetrack.web.deps import FilterDep, RowId, SessionDep, site_url
from quotetrack.web.i18n import COOKIE, LANGUAGES, MONTHS, error_text, request_language, translate
from quotetrack.web.present import article_paragraphs, article_spans, paragraph_context, reading_order
from quotetrack.web.report_token import report_token, set_report_cookie
from quotetrack.web.search import search_page_context
from quotetrack.web.templating import get_templates

router = APIRouter(default_response_class=HTMLResponse)
PAGE = 20


def topic_labeller(request: Request, lang: str) -> Callable[[str], str]:
    """`topic_label(slug)` for templates: the topic's label in the page's language (the slug
    for an unknown one). The labels are read once per page, and only by a page showing topics."""
    names: dict[str, str] | None = None

    def label(slug: str) -> str:
        nonlocal names
        if names is None:
            with Session(request.app.state.engine) as session:
                names = {
                    t.slug: (t.label_id if lang == "id" else t.label_en) for t in reads.topic_labels(session=session)
                }
        return names.get(slug, slug)

    return label


def timeline_charts(months: dict[str, reads.Month], *, lang: str, title: str) -> Markup:
    """The timeline twice: drawn for a wide column and for a phone (CSS shows one), so that its
    text is 12 px at either width instead of a wide chart shrunk to 6 px text on a phone."""

    def bar_title(month: str, data: reads.Month) -> str:
        year, mon = month.split("-")
        key = "chart_bar_one" if data.statements == 1 else "chart_bar"
        return translate(lang, key, month=f"{MONTHS[lang][int(mon) - 1]} {year}", n=data.statements)

    chart = partial(timeline_svg, months, title=title, month_names=MONTHS[lang], bar_title=bar_title)
    return Markup(
        chart(width=720, height=220, css_class="timeline-wide")
        + chart(width=340, height=200, css_class="timeline-narrow")
    )


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
    lang = request_language(request)
    response = get_templates().TemplateResponse(
        request,
        name,
        {
            "lang": lang,
            "t": lambda key, **kw: translate(lang, key, **kw),
            "languages": LANGUAGES,
            "topic_label": topic_labeller(request, lang),
            **context,
        },
        status_code=status_code,
    )
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie(COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return response


@router.get("/")
def home(request: Request, session: SessionDep) -> Response:
    latest = reads.latest_statement_date(session=session)
    # "This month" of the coverage: the 30 days up to the newest statement stored.
    since = latest - dt.timedelta(days=30) if latest else None
    spoken = sorted(
        (t for t in reads.list_topics(session=session) if t.statement_count), key=lambda t: -t.statement_count
    )
    return render(
        request,
        "index.html",
        {
            "statements": reading_order(reads.list_statements(session=session, limit=PAGE)),
            "officials": reads.list_officials(session=session, limit=10, since=since, officials_only=True),
            "topics": spoken[:10],
            "topic_total": len(spoken),
            "since": since,
            "totals": reads.totals(session=session),
        },
    )


@router.get("/search")
def search_page(
    request: Request,
    session: SessionDep,
    flt: FilterDep,
    q: Annotated[str, Query(max_length=2000)] = "",
    sort: SearchSort = "relevance",
    cursor: Annotated[str | None, Query(max_length=cursors.MAX_CHARS)] = None,
) -> Response:
    if (cited := _cited_statement(request, session, q)) is not None:
        return cited
    context = search_page_context(session=session, q=q, flt=flt, sort=sort, cursor=cursor, params=request.query_params)
    if (error := context["query_error"]) is None:
        return render(request, "search.html", context)
    return render(
        request, "search.html", context | {"query_error": error_text(request_language(request), error)}, status_code=400
    )


def _cited_statement(request: Request, session: Session, text: str) -> Response | None:
    """A pasted citation of this site carries its statement's permalink: that statement's page,
    rather than a search for "Source", "archived" and "accessed" that finds nothing."""
    found = re.search(re.escape(site_url(request)) + r"/statements/(\d{1,18})\b", text)
    if found is None or reads.get_statement(session=session, statement_id=int(found.group(1))) is None:
        return None
    return RedirectResponse(f"/statements/{found.group(1)}", status_code=303)


@router.get("/claims")
def claims_page(
    request: Request,
    session: SessionDep,
    claim: Annotated[str, Query(max_length=2000)] = "",
    official_id: Annotated[int | None, Query(ge=1)] = None,
) -> Response:
    """Check a claim: the recorded statements closest to a pasted sentence."""
    if (cited := _cited_statement(request, session, claim)) is not None:
        return cited
    official = reads.get_official(session=session, official_id=official_id) if official_id else None
    if official_id and official is None:
        raise NotFound.missing("official", official_id)  # not "no statement is close" of nobody's words
    matches = match_claim(session=session, claim=claim, official_id=official_id) if claim.strip() else None
    return render(
        request,
        "claims.html",
        {
            "claim": claim,
            "matches": matches,
            "official": official,
            "officials": reads.list_officials(session=session, limit=200),
        },
    )


@router.get("/statements/{statement_id}")
def statement_page(request: Request, session: SessionDep, statement_id: RowId) -> Response:
    return statement_response(request, session, statement_id)


def statement_response(
    request: Request,
    session: Session,
    statement_id: int,
    *,
    report_form: dict[str, str] | None = None,
    report_error: str | None = None,
    status_code: int = 200,
) -> Response:
    """The statement page; after a refused error report, with the reader's text kept and the reason."""
    stmt = reads.get_statement(session=session, statement_id=statement_id)
    article = reads.get_article(session=session, article_id=stmt.article.id) if stmt else None
    if stmt is None or article is None:
        raise NotFound.missing("statement", statement_id)
    before, quote, after = paragraph_context(article.text, stmt.start, stmt.end)
    checks = list_fact_checks(session=session, statement_id=statement_id)
    # JSON inside <script>: "<" escaped so no text can close the element early.
    claim_reviews = json.dumps([claim_review(stmt, c) for c in checks], ensure_ascii=False).replace("<", "\\u003c")
    nonce, token = report_token(request)
    response = render(
        request,
        "statement.html",
        {
            "s": stmt,
            "quote": quote_text(stmt.text),
            "article": article,
            "context": (before, quote, after),
            "citations": [(style, cite(stmt, style, site_url(request), request_language(request))) for style in STYLES],
            "permalink": f"{site_url(request)}/statements/{stmt.id}",
            "fact_checks": checks,
            "claim_reviews_json": Markup(claim_reviews) if checks else None,
            "verdicts": list(VERDICTS),
            "also_reported": also_reported(session=session, statement_id=statement_id),
            "newer_article": newer_version(session=session, article_id=stmt.article.id)
            if stmt.status == StatementStatus.SUPERSEDED
            else None,
            "report": {
                "token": token,
                "kinds": KINDS,
                "form": report_form or {},
                "error": report_error,
                "sent": request.query_params.get("reported") == "1",
                "max": MESSAGE_MAX,
                "min": MESSAGE_MIN,
                "contact_max": CONTACT_MAX,
            },
            "acknowledgements": acknowledgements(session=session, statement_id=statement_id),
        },
        status_code=status_code,
    )
    set_report_cookie(request, response, nonce)
    return response


@router.get("/articles/{article_id}")
def article_page(request: Request, session: SessionDep, article_id: RowId) -> Response:
    article = reads.get_article(session=session, article_id=article_id)
    if article is None:
        raise NotFound.missing("article", article_id)
    statements = reads.list_statements(session=session, flt=StatementFilter(article_id=article_id), limit=1000)
    return render(
        request,
        "article.html",
        {
            "article": article,
            "statements": statements,
            "by_id": {s.id: s for s in statements},
            "paragraphs": article_paragraphs(article.text, article_spans(statements)),
        },
    )


@router.get("/officials")
def officials_page(
    request: Request,
    session: SessionDep,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
    q: Annotated[str, Query(max_length=200)] = "",
    role: Annotated[str, Query(max_length=200)] = "",
    region: Annotated[str, Query(max_length=200)] = "",
    level: Annotated[str, Query(pattern=f"^({'|'.join(LEVELS)})?$")] = "",
    sort: Annotated[str, Query(pattern=f"^({'|'.join(OFFICIAL_SORTS)})?$")] = "",
    speakers: Annotated[str, Query(pattern="^(officials|all)?$")] = "",
) -> Response:
    """Officials: find one by name (accents, titles and typos forgiven), filter, sort; every
    speaker (researchers, activists, residents too) with speakers=all."""
    query = OfficialQuery(
        name=q,
        role=role,
        region=region,
        level=level,
        sort=cast(OfficialSort, sort or ("match" if q.strip() else "quoted")),
        speakers=cast(Speakers, speakers or "officials"),
    )
    found = search_officials(session=session, query=query, limit=50, offset=(page - 1) * 50)
    kept = {
        k: v
        for k, v in (
            ("q", q),
            ("role", role),
            ("region", region),
            ("level", level),
            ("sort", sort),
            ("speakers", speakers),
        )
        if v
    }
    return render(
        request,
        "officials.html",
        {
            "officials": found.officials,
            "total": found.total,
            "page": page,
            "has_next": page * 50 < found.total,
            "query": query,
            "form": kept,
            "levels": LEVELS,
            "sorts": [s for s in OFFICIAL_SORTS if s != "match" or q.strip()],
            "params": urlencode(kept) + "&" if kept else "",
            "posts": common_posts(session=session),
            "regions": [a.area.name for a in areas.list_areas(session=session, top_level=True)],
        },
    )


@router.get("/officials/{official_id}")
def official_page(
    request: Request,
    session: SessionDep,
    official_id: RowId,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
    topic: Annotated[str, Query(max_length=100)] = "",
) -> Response:
    canonical = reads.canonical_official_id(session=session, official_id=official_id)
    if canonical is None:
        raise NotFound.missing("official", official_id)
    if canonical != official_id:
        # A path of this site (url_for would take the host from the request's Host header), with the
        # page's filters; temporary, since an editor can undo the merge and browsers keep a 301.
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(f"/officials/{canonical}{query}", status_code=307)
    official = reads.get_official(session=session, official_id=official_id)
    assert official is not None
    topics = {t.slug: t for t in reads.topic_labels(session=session)}
    if topic and topic not in topics:
        raise NotFound.missing("topic", topic)
    flt = StatementFilter(official_id=official_id, topic=topic or None)
    statements = reading_order(reads.list_statements(session=session, flt=flt, limit=PAGE, offset=(page - 1) * PAGE))
    shown = reads.count_statements(session=session, flt=flt)
    lang = request_language(request)
    months = reads.statement_months(session=session, flt=StatementFilter(official_id=official_id))
    labels = {slug: (t.label_id if lang == "id" else t.label_en) for slug, t in topics.items()}
    spoken = {slug for month in months.values() for slug in month.topics}
    charted = sum(m.statements for m in months.values())
    plotted, title = months, translate(lang, "chart_title", name=official.name)
    if topic and months:
        # The plot follows the topic chosen, over the months of all the official's words: when
        # they spoke of it, against when they spoke at all. The shares below stay those of all.
        of_topic = reads.statement_months(session=session, flt=flt)
        plotted = {m: of_topic.get(m, reads.Month(0, {})) for m in (min(months), max(months))} | of_topic
        title = translate(lang, "chart_title_topic", name=official.name, topic=labels.get(topic, topic))
    return render(
        request,
        "official.html",
        {
            "o": official,
            "described": [] if official.memberships else reads.described_as(session=session, official_id=official_id),
            "statements": statements,
            "page": page,
            "has_next": page * PAGE < shown,
            "chart": timeline_charts(plotted, lang=lang, title=title),
            "topic": topic,
            "shown": shown,
            "shares": topic_shares(months, labels),
            "charted": charted,
            "undated": shown - sum(m.statements for m in plotted.values()),
            "topic_name": labels.get(topic, topic) if topic else "",
            # In the alphabet of the reader's language, as the topics page lists them (the slugs'
            # order is English: "Kesehatan" came before "Infrastruktur" in Indonesian).
            "topic_choices": sorted(
                ((slug, labels[slug]) for slug in spoken if slug in labels), key=lambda c: c[1].casefold()
            ),
            "params": f"topic={topic}&" if topic else "",
        },
    )


@router.get("/topics")
def topics_page(request: Request, session: SessionDep) -> Response:
    return render(request, "topics.html", {"topics": reads.list_topics(session=session), "form": {}})


@router.get("/topics/{slug}")
def topic_page(
    request: Request, session: SessionDep, slug: str, page: Annotated[int, Query(ge=1, le=10_000)] = 1
) -> Response:
    topic = next((t for t in reads.list_topics(session=session) if t.slug == slug), None)
    if topic is None:
        raise NotFound.missing("topic", slug)
    flt = StatementFilter(topic=slug)  # its child topics' statements too
    statements = reading_order(reads.list_statements(session=session, flt=flt, limit=PAGE, offset=(page - 1) * PAGE))
    # The count of the list shown (list_topics counts each topic's own tags).
    topic = topic.model_copy(update={"statement_count": reads.count_statements(session=session, flt=flt)})
    has_next = page * PAGE < topic.statement_count
    return render(request, "topic.html", {"topic": topic, "statements": statements, "page": page, "has_next": has_next})


def quality_figures() -> dict[str, Any] | None:
    """The figures bench/bench_quality.py measured on the annotated sets (None before any run)."""
    path = Path(__file__).with_name("data") / "quality.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


@router.get("/about")
def about_page(request: Request) -> Response:
    """How statements are made, what is automatic, the measured quality, what confidence means."""
    return render(request, "about.html", {"quality": quality_figures(), "pct": _percent})


@router.get("/regions")
def regions_page(request: Request, session: SessionDep) -> Response:
    """Provinces (and areas known only from text) with their statement counts."""
    return render(request, "regions.html", {"areas": areas.list_areas(session=session, top_level=True)})


@router.get("/regions/{key}")
def region_page(
    request: Request, session: SessionDep, key: str, page: Annotated[int, Query(ge=1, le=10_000)] = 1
) -> Response:
    area = areas.get_area(session=session, key=key)
    if area is None:
        raise NotFound.missing("region", key)
    flt = StatementFilter(region=area.code or area.name)
    parent = areas.get_area(session=session, key=f"a{area.parent_id}") if area.parent_id else None
    return render(
        request,
        "region.html",
        {
            "area": area,
            "key": key,
            "parent": parent,
            "parent_key": areas.area_key(parent) if parent else None,
            "children": areas.list_areas(session=session, parent_id=area.id),
            "officials": areas.officials_in_area(session=session, area_id=area.id),
            "statements": reading_order(
                reads.list_statements(session=session, flt=flt, limit=PAGE, offset=(page - 1) * PAGE)
            ),
            "page": page,
            "has_next": page * PAGE < reads.count_statements(session=session, flt=flt),
        },
    )
