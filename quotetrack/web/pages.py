"""HTML pages: home, search, statement, article, officials, official, topics."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from quotetrack.errors import NotFound
from quotetrack.store import reads
from quotetrack.store.reads import StatementFilter
from quotetrack.store.search import search_statements
from quotetrack.web.deps import SessionDep
from quotetrack.web.i18n import COOKIE, LANGUAGES, request_language, translate
from quotetrack.web.present import article_paragraphs, article_spans, citation_plain, paragraph_context
from quotetrack.web.templating import get_templates

router = APIRouter(default_response_class=HTMLResponse)
PAGE = 20


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
    lang = request_language(request)
    response = get_templates().TemplateResponse(
        request,
        name,
        {
            "lang": lang,
            "t": lambda key, **kw: translate(lang, key, **kw),
            "languages": LANGUAGES,
            **context,
        },
        status_code=status_code,
    )
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie(COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return response


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


@router.get("/")
def home(request: Request, session: SessionDep) -> Response:
    return render(
        request,
        "index.html",
        {
            "statements": reads.list_statements(session=session, limit=PAGE),
            "officials": reads.list_officials(session=session, limit=10),
            "totals": reads.totals(session=session),
        },
    )


@router.get("/search")
def search_page(
    request: Request,
    session: SessionDep,
    q: Annotated[str, Query(max_length=2000)] = "",
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> Response:
    if not q.strip():
        return render(request, "search.html", {"q": "", "result": None, "page": 1})
    result = search_statements(session=session, q=q, limit=PAGE, offset=(page - 1) * PAGE)
    return render(
        request,
        "search.html",
        {"q": q, "result": result, "page": page, "has_next": page * PAGE < result.total, "words": result.query.words},
    )


@router.get("/statements/{statement_id}")
def statement_page(request: Request, session: SessionDep, statement_id: int) -> Response:
    stmt = reads.get_statement(session=session, statement_id=statement_id)
    article = reads.get_article(session=session, article_id=stmt.article.id) if stmt else None
    if stmt is None or article is None:
        raise NotFound(f"no statement #{statement_id}")
    before, quote, after = paragraph_context(article.text, stmt.start, stmt.end)
    return render(
        request,
        "statement.html",
        {
            "s": stmt,
            "article": article,
            "context": (before, quote, after),
            "citation": citation_plain(stmt, base_url(request)),
        },
    )


@router.get("/articles/{article_id}")
def article_page(request: Request, session: SessionDep, article_id: int) -> Response:
    article = reads.get_article(session=session, article_id=article_id)
    if article is None:
        raise NotFound(f"no article #{article_id}")
    statements = reads.list_statements(session=session, flt=StatementFilter(article_id=article_id), limit=1000)
    return render(
        request,
        "article.html",
        {
            "article": article,
            "statements": statements,
            "paragraphs": article_paragraphs(article.text, article_spans(statements)),
        },
    )


@router.get("/officials")
def officials_page(
    request: Request, session: SessionDep, page: Annotated[int, Query(ge=1, le=10_000)] = 1
) -> Response:
    officials = reads.list_officials(session=session, limit=50, offset=(page - 1) * 50)
    return render(request, "officials.html", {"officials": officials, "page": page, "has_next": len(officials) == 50})


@router.get("/officials/{official_id}")
def official_page(
    request: Request, session: SessionDep, official_id: int, page: Annotated[int, Query(ge=1, le=10_000)] = 1
) -> Response:
    canonical = reads.canonical_official_id(session=session, official_id=official_id)
    if canonical is None:
        raise NotFound(f"no official #{official_id}")
    if canonical != official_id:
        return RedirectResponse(request.url_for("official_page", official_id=canonical), status_code=301)
    official = reads.get_official(session=session, official_id=official_id)
    assert official is not None
    statements = reads.list_statements(
        session=session, flt=StatementFilter(official_id=official_id), limit=PAGE, offset=(page - 1) * PAGE
    )
    return render(
        request,
        "official.html",
        {"o": official, "statements": statements, "page": page, "has_next": page * PAGE < official.statement_count},
    )


@router.get("/topics")
def topics_page(request: Request, session: SessionDep) -> Response:
    return render(request, "topics.html", {"topics": reads.list_topics(session=session)})


@router.get("/topics/{slug}")
def topic_page(
    request: Request, session: SessionDep, slug: str, page: Annotated[int, Query(ge=1, le=10_000)] = 1
) -> Response:
    topic = next((t for t in reads.list_topics(session=session) if t.slug == slug), None)
    if topic is None:
        raise NotFound(f"no topic {slug!r}")
    statements = reads.list_statements(
        session=session, flt=StatementFilter(topic=slug), limit=PAGE, offset=(page - 1) * PAGE
    )
    return render(
        request,
        "topic.html",
        {"topic": topic, "statements": statements, "page": page, "has_next": page * PAGE < topic.statement_count},
    )
