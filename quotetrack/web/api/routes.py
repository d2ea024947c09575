"""Read endpoints of the JSON API (public, no authentication)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import PlainTextResponse, Response, StreamingResponse
from pydantic import BaseModel, Field
from sqlmodel import Session

from quotetrack.config import get_settings
from quotetrack.errors import NotFound
from quotetrack.exports.citations import cite
from quotetrack.exports.popolo import popolo_document
from quotetrack.exports.rows import csv_lines, jsonl_lines
from quotetrack.kinds import SearchSort, SuggestionStatus
from quotetrack.models import ArticleDetail, OfficialPublic, RevisionPublic, StatementPublic, TopicPublic
from quotetrack.store import cursors, reads
from quotetrack.store import officials as officials_store
from quotetrack.store.cache import memo
from quotetrack.store.claims import match_claim
from quotetrack.store.corroborate import also_reported, outlets_by_cluster
from quotetrack.store.filters import StatementFilter
from quotetrack.store.name_query import NameInQuery, find_name
from quotetrack.store.officials import SuggestionPublic
from quotetrack.store.search import SearchResult, iter_search_rows, search_statements
from quotetrack.store.suggest import Suggestion, suggest_query
from quotetrack.web.deps import FilterDep, RowId, SessionDep, site_url

router = APIRouter(prefix="/api/v1", tags=["read"])
Limit = Annotated[int, Query(ge=1, le=200, description="Rows to return (at most 200).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
# One cursor format for every paged list (store.cursors): opaque, tied to its list and query.
Cursor = Annotated[
    str | None, Query(max_length=cursors.MAX_CHARS, description="next_cursor of the previous page, unchanged.")
]


class StatementPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[StatementPublic]
    next_cursor: str | None = None


class SearchPage(StatementPage):
    query: str


def stream_export(request: Request, flt: StatementFilter, fmt: str, filename: str) -> StreamingResponse:
    """All matching statements as CSV or JSONL, streamed in constant memory."""
    engine = request.app.state.engine
    base = site_url(request)

    def body() -> Iterator[str]:
        # Its own session: the request's session may be closed before streaming ends.
        with Session(engine) as session:
            statements = reads.iter_export_rows(session=session, flt=flt)
            yield from (csv_lines if fmt == "csv" else jsonl_lines)(statements, base)

    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson"
    return StreamingResponse(
        body(), media_type=media, headers={"Content-Disposition": f'attachment; filename="{filename}.{fmt}"'}
    )


EXPORT_RESPONSES: dict = {
    200: {
        "description": "A page of statements (json), or every matching row (csv, jsonl).",
        "content": {"text/csv": {"schema": {"type": "string"}}, "application/x-ndjson": {"schema": {"type": "string"}}},
    }
}


@router.get("/statements", response_model=StatementPage, responses=EXPORT_RESPONSES)
def statements(
    request: Request,
    session: SessionDep,
    flt: FilterDep,
    limit: Limit = 50,
    offset: Offset = 0,
    cursor: Cursor = None,
    format: Annotated[
        str, Query(pattern="^(json|csv|jsonl)$", description="json (paged) or csv/jsonl (every row, streamed).")
    ] = "json",
) -> StatementPage | StreamingResponse:
    """Statements newest first (an article's in reading order), with the search's filters: official,
    article, topic (child topics count too), kind, region (a province includes its regencies and
    cities), role, dates, outlet and language. Page with `next_cursor`; a cursor of another list
    or query is a 400.

    Example, every 2024 statement on ASN neutrality by a Bupati in Jawa Barat (area code 32), as CSV:
    `?topic=asn-neutrality&region=32&role=Bupati&date_from=2024-01-01&date_to=2024-12-31&format=csv`
    """
    if format != "json":
        return stream_export(request, flt, format, "statements")
    items = reads.list_statements(session=session, flt=flt, limit=limit, offset=offset, cursor=cursor)
    return StatementPage(
        total=reads.count_statements(session=session, flt=flt),
        limit=limit,
        offset=offset,
        items=items,
        next_cursor=reads.next_cursor(flt, items) if len(items) == limit else None,
    )


def statement_or_404(*, session: Session, statement_id: int) -> StatementPublic:
    """The statement, or NotFound (a 404) for routes that need it."""
    found = reads.get_statement(session=session, statement_id=statement_id)
    if found is None:
        raise NotFound.missing("statement", statement_id)
    return found


@router.get("/statements/{statement_id}", response_model=StatementPublic)
def statement(session: SessionDep, statement_id: RowId) -> StatementPublic:
    return statement_or_404(session=session, statement_id=statement_id)


@router.get(
    "/statements/{statement_id}/citation",
    response_class=PlainTextResponse,
    responses={200: {"content": {"application/vnd.citationstyles.csl+json": {"schema": {"type": "array"}}}}},
)
def citation(
    request: Request,
    session: SessionDep,
    statement_id: RowId,
    style: Annotated[str, Query(pattern="^(plain|markdown|apa|chicago|bibtex|csl-json)$")] = "plain",
    lang: Annotated[Literal["en", "id"], Query(description="Language of the plain style.")] = "en",
) -> PlainTextResponse:
    """The statement's citation in one style, ready to paste."""
    found = statement_or_404(session=session, statement_id=statement_id)
    media = "application/vnd.citationstyles.csl+json" if style == "csl-json" else "text/plain; charset=utf-8"
    return PlainTextResponse(cite(found, style, site_url(request), lang), media_type=media)


@router.get("/articles/{article_id}", response_model=ArticleDetail)
def article(session: SessionDep, article_id: RowId) -> ArticleDetail:
    found = reads.get_article(session=session, article_id=article_id)
    if found is None:
        raise NotFound.missing("article", article_id)
    return found


@router.get("/officials", response_model=list[OfficialPublic])
def officials(
    session: SessionDep,
    limit: Limit = 50,
    offset: Offset = 0,
    speakers: Annotated[
        Literal["officials", "all"],
        Query(description="officials: people who held a public post; all: every person quoted"),
    ] = "officials",
) -> list[OfficialPublic]:
    """Officials with their aliases and memberships, most quoted first."""
    return reads.list_officials(session=session, limit=limit, offset=offset, officials_only=speakers == "officials")


@router.get("/officials/suggestions", response_model=list[SuggestionPublic])
def official_suggestions(
    session: SessionDep,
    limit: Limit = 50,
    offset: Offset = 0,
    status: SuggestionStatus = SuggestionStatus.OPEN,
) -> list[SuggestionPublic]:
    """Pairs of officials that may be one person, most likely first (the editors' review queue)."""
    return officials_store.list_suggestions(session=session, status=status, limit=limit, offset=offset)


@router.get("/officials/{official_id}/history", response_model=list[RevisionPublic])
def official_history(session: SessionDep, official_id: RowId, limit: Limit = 50) -> list[RevisionPublic]:
    """Merges, splits and undos of an official (and of officials merged into it), newest first."""
    canonical = reads.canonical_official_id(session=session, official_id=official_id)
    if canonical is None:
        raise NotFound.missing("official", official_id)
    return officials_store.history(session=session, official_id=canonical, limit=limit)


@router.get("/officials/{official_id}", response_model=OfficialPublic)
def official(session: SessionDep, official_id: RowId) -> OfficialPublic:
    canonical = reads.canonical_official_id(session=session, official_id=official_id)
    found = reads.get_official(session=session, official_id=canonical) if canonical else None
    if found is None:
        raise NotFound.missing("official", official_id)
    return found


@router.get("/popolo")
def popolo(session: SessionDep) -> dict:
    """The officials registry as Popolo JSON: persons, organizations, posts, memberships, areas."""
    return popolo_document(session=session)


@router.get("/topics", response_model=list[TopicPublic])
def topics(session: SessionDep) -> list[TopicPublic]:
    return reads.list_topics(session=session)


class SearchHitPublic(BaseModel):
    id: int
    score: float
    highlights: list[tuple[int, int]]  # [start, end) offsets of matched words in the statement text
    matched_words: list[str]
    also_reported_by: list[str] = []  # other outlets that reported the same quote


class FacetValuePublic(BaseModel):
    value: str
    label: str
    count: int


class NamedOfficialPublic(BaseModel):
    id: int
    name: str


class SearchResultPage(SearchPage):
    # With names=true: the official the query's words named, and the words then searched.
    named_official: NamedOfficialPublic | None = None
    searched: str | None = None
    total_is_lower_bound: bool = False  # counting stops at 1,000 matches
    hits: list[SearchHitPublic] = []  # one per item, same order
    facets: dict[str, list[FacetValuePublic]] = {}
    facets_sampled: bool = False  # facets counted over the newest 3,000 matches only
    ranked_newest: int | None = None  # relevance ranked only the newest this many matches (sort=date for all)
    # When nothing matched: the query with its misspelled words replaced by the closest words the
    # index holds, which finds at least one statement under the same filters ("stuntng" -> "stunting").
    suggestion: str | None = None


# A search export stops after this many rows; /api/v1/statements?format=csv exports a whole list.
SEARCH_EXPORT_MAX = 10_000
# One number for the schema's maxLength and the parser's check (the schema said 2,000 while 500 held).
MAX_QUERY_CHARS = get_settings().max_query_chars


@router.get("/search", response_model=SearchResultPage, responses=EXPORT_RESPONSES)
def search(
    request: Request,
    session: SessionDep,
    flt: FilterDep,
    q: Annotated[
        str,
        Query(max_length=MAX_QUERY_CHARS, description='Words, "phrases", prefix*, OR, -excluded; empty with a filter.'),
    ] = "",
    limit: Limit = 20,
    offset: Offset = 0,
    sort: Annotated[SearchSort, Query(description="Best match, newest or oldest first.")] = "relevance",
    cursor: Cursor = None,
    facets: Annotated[bool, Query(description="Also count matches per official, role, region, topic…")] = False,
    format: Annotated[
        str,
        Query(
            pattern="^(json|csv|jsonl)$",
            description=f"json (paged) or csv/jsonl (the matches in order, at most {SEARCH_EXPORT_MAX:,}).",
        ),
    ] = "json",
    names: Annotated[
        bool,
        Query(
            description="Read words that name an official as the search page does: 'imran asn' searches "
            "'asn' in Imran's statements (named_official, searched); everyone's when he has none."
        ),
    ] = False,
) -> Response:
    """Full-text search over statement text, with filters, facets and cursors.

    Words match across Indonesian affixes and English endings (netralitas finds kenetralan);
    a capitalised word is a name and matches as printed. An empty `q` with filters lists the
    statements they leave, newest first (`?q=&topic=budget&region=Jawa Barat`); an empty `q`
    without a filter, or a malformed query, is a 400 with a message. When nothing matches,
    `suggestion` may hold the query spelled as the index spells its words (`stuntng` ->
    `stunting`), checked to find at least one statement with the same filters.
    """
    if format != "json":
        # Checked before streaming starts, so a bad query is a 400 and not a broken download.
        search_statements(session=session, q=q, filters=flt, sort=sort, limit=1, max_chars=MAX_QUERY_CHARS)
        return stream_search_export(request, q, flt, sort, format)
    # The JSON of a search is memoised per data version: a popular query is served from memory
    # until the next write (measured: ~7 ms of a worker's time per request otherwise, most of it
    # building and serialising the twenty statements).
    key = ("api search", q, flt, limit, offset, sort, cursor, facets, names)
    body = _search_json.get(
        session, key, lambda: _search_page(session, q, flt, limit, offset, sort, cursor, facets, names)
    )
    return Response(body, media_type="application/json")


def stream_search_export(
    request: Request, q: str, flt: StatementFilter, sort: SearchSort, fmt: str
) -> StreamingResponse:
    """The matches of a search as CSV or JSONL, in the order of the results, streamed."""
    engine = request.app.state.engine
    base = site_url(request)

    def body() -> Iterator[str]:
        with Session(engine) as session:
            rows = iter_search_rows(session=session, q=q, filters=flt, sort=sort, at_most=SEARCH_EXPORT_MAX)
            yield from (csv_lines if fmt == "csv" else jsonl_lines)(rows, base)

    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson"
    return StreamingResponse(
        body(), media_type=media, headers={"Content-Disposition": f'attachment; filename="search.{fmt}"'}
    )


_search_json = memo(512)


def _search_page(
    session: Session,
    q: str,
    flt: StatementFilter,
    limit: int,
    offset: int,
    sort: SearchSort,
    cursor: str | None,
    facets: bool,
    names: bool = False,
) -> bytes:
    def run(text: str, filters: StatementFilter) -> SearchResult:
        return search_statements(
            session=session,
            q=text,
            filters=filters,
            sort=sort,
            limit=limit,
            offset=offset,
            cursor=cursor,
            facets=facets,
            max_chars=MAX_QUERY_CHARS,
            # The JSON is memoised (search above): keeping the result too would cost a second
            # version check per request and hold each answer twice.
            memoise=False,
        )

    named = find_name(session=session, q=q) if names and q.strip() and flt.official_id is None else None
    if named is not None and named.weak:
        named = None  # every word of the name is also an ordinary word: the query as typed
    named_first = named
    result = run(named.rest, replace(flt, official_id=named.officials[0].id)) if named is not None else run(q, flt)
    if named is not None and result.total == 0 and named.rest:
        named, result = None, run(q, flt)  # the official said none of it: everyone's statements
    suggestion = _suggestion(session, q, flt, named_first) if result.total == 0 else None
    clusters = {h.statement.id: h.cluster_id for h in result.hits if h.cluster_id is not None}
    outlets = outlets_by_cluster(session=session, clusters=clusters)
    page = SearchResultPage(
        query=q,
        named_official=(
            NamedOfficialPublic(id=named.officials[0].id, name=named.officials[0].name) if named is not None else None
        ),
        searched=(named.rest if named is not None else q) if names else None,
        total=result.total,
        total_is_lower_bound=result.total_is_lower_bound,
        limit=limit,
        offset=offset,
        items=result.items,
        next_cursor=result.next_cursor,
        hits=[
            SearchHitPublic(
                id=h.statement.id,
                score=h.score,
                highlights=h.highlights,
                matched_words=h.matched_words,
                also_reported_by=outlets.get(h.statement.id, []),
            )
            for h in result.hits
        ],
        facets={
            name: [FacetValuePublic(value=v.value, label=v.label, count=v.count) for v in values]
            for name, values in result.facets.items()
        },
        facets_sampled=result.facets_sampled,
        ranked_newest=result.ranked_newest,
        suggestion=suggestion.text if suggestion is not None else None,
    )
    return page.model_dump_json().encode()


def _suggestion(session: Session, q: str, flt: StatementFilter, named: NameInQuery | None) -> Suggestion | None:
    """The suggestion for a search that found nothing, checked as _search_page would run it: with a
    name, the rest of the words in that official's statements, then (as the search falls back to
    it) the query as typed in everyone's."""
    if named is not None and named.rest:
        within = replace(flt, official_id=named.officials[0].id)
        suggestion = suggest_query(session=session, q=q, filters=within, searched=named.rest)
        if suggestion is not None:
            return suggestion
    return suggest_query(session=session, q=q, filters=flt) if q.strip() else None


class ClaimRequest(BaseModel):
    claim: str = Field(min_length=1, max_length=2000, description="The sentence to check, Indonesian or English.")
    official_id: int | None = Field(default=None, description="Only this official's statements.")
    limit: int = Field(default=10, ge=1, le=50)


class ClaimMatchPublic(BaseModel):
    statement: StatementPublic
    score: float  # 0..1, higher is closer (0.15 more when the claim names the statement's speaker)
    coverage: float  # share of the claim's content words the statement has (rarer words weigh more)
    fuzzy: float  # rapidfuzz token-set similarity of the stemmed texts, 0..1
    shared_terms: list[str]  # the statement's words the claim shares, as printed


class ClaimMatches(BaseModel):
    claim: str
    matches: list[ClaimMatchPublic]


@router.post("/claims/match", response_model=ClaimMatches)
def claims_match(session: SessionDep, body: ClaimRequest) -> ClaimMatches:
    """The recorded statements closest to a claim, with a similarity score and the shared words.

    Candidates come from the full-text index (every content word ORed, across affixes; English
    words also by their usual Indonesian renderings), reranked with rapidfuzz.
    """
    found = match_claim(session=session, claim=body.claim, official_id=body.official_id, limit=body.limit)
    return ClaimMatches(
        claim=body.claim,
        matches=[
            ClaimMatchPublic(
                statement=m.statement, score=m.score, coverage=m.coverage, fuzzy=m.fuzzy, shared_terms=m.shared_terms
            )
            for m in found
        ],
    )


class ReportPublic(BaseModel):
    statement_id: int
    article_id: int
    outlet: str | None
    title: str | None
    url: str | None
    published: dt.date | None
    first: bool  # this outlet published the quote first
    similarity: float  # 0..100
    only_here: list[str]  # words of the asked statement this report lacks
    only_there: list[str]  # words this report has that the asked statement lacks


@router.get("/statements/{statement_id}/also-reported", response_model=list[ReportPublic])
def statement_also_reported(session: SessionDep, statement_id: int) -> list[ReportPublic]:
    """Other outlets' reports of the same quote (same official, close dates, near-identical words)."""
    if reads.get_statement(session=session, statement_id=statement_id) is None:
        raise NotFound.missing("statement", statement_id)
    return [
        ReportPublic.model_validate(r, from_attributes=True)
        for r in also_reported(session=session, statement_id=statement_id)
    ]
