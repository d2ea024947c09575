"""Read endpoints of the JSON API (public, no authentication)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel

from quotetrack.errors import NotFound
from quotetrack.models import ArticleDetail, OfficialPublic, StatementPublic, TopicPublic
from quotetrack.store import reads
from quotetrack.store.reads import StatementFilter
from quotetrack.store.search import search_statements
from quotetrack.web.deps import SessionDep

router = APIRouter(prefix="/api/v1", tags=["read"])
Limit = Annotated[int, Query(ge=1, le=200, description="Rows to return (at most 200).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]


class StatementPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[StatementPublic]


class SearchPage(StatementPage):
    query: str


@router.get("/statements", response_model=StatementPage)
def statements(
    session: SessionDep,
    limit: Limit = 50,
    offset: Offset = 0,
    official_id: int | None = None,
    article_id: int | None = None,
    topic: Annotated[str | None, Query(max_length=100)] = None,
    kind: Annotated[str | None, Query(pattern="^(direct|indirect)$")] = None,
) -> StatementPage:
    """Statements newest first, filtered by official, article, topic or kind."""
    flt = StatementFilter(official_id=official_id, article_id=article_id, topic=topic, kind=kind)
    return StatementPage(
        total=reads.count_statements(session=session, flt=flt),
        limit=limit,
        offset=offset,
        items=reads.list_statements(session=session, flt=flt, limit=limit, offset=offset),
    )


@router.get("/statements/{statement_id}", response_model=StatementPublic)
def statement(session: SessionDep, statement_id: int) -> StatementPublic:
    found = reads.get_statement(session=session, statement_id=statement_id)
    if found is None:
        raise NotFound(f"no statement #{statement_id}")
    return found


@router.get("/articles/{article_id}", response_model=ArticleDetail)
def article(session: SessionDep, article_id: int) -> ArticleDetail:
    found = reads.get_article(session=session, article_id=article_id)
    if found is None:
        raise NotFound(f"no article #{article_id}")
    return found


@router.get("/officials", response_model=list[OfficialPublic])
def officials(session: SessionDep, limit: Limit = 50, offset: Offset = 0) -> list[OfficialPublic]:
    """Officials with their aliases and memberships, most quoted first."""
    return reads.list_officials(session=session, limit=limit, offset=offset)


@router.get("/officials/{official_id}", response_model=OfficialPublic)
def official(session: SessionDep, official_id: int) -> OfficialPublic:
    canonical = reads.canonical_official_id(session=session, official_id=official_id)
    found = reads.get_official(session=session, official_id=canonical) if canonical else None
    if found is None:
        raise NotFound(f"no official #{official_id}")
    return found


@router.get("/topics", response_model=list[TopicPublic])
def topics(session: SessionDep) -> list[TopicPublic]:
    return reads.list_topics(session=session)


@router.get("/search", response_model=SearchPage)
def search(
    session: SessionDep,
    q: Annotated[str, Query(max_length=2000, description='Words, "phrases", prefix*, OR, -excluded.')],
    limit: Limit = 20,
    offset: Offset = 0,
) -> SearchPage:
    """Full-text search over statement text; a malformed query is a 400 with a message."""
    result = search_statements(session=session, q=q, limit=limit, offset=offset)
    return SearchPage(query=q, total=result.total, limit=limit, offset=offset, items=result.items)
