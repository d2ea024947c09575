"""Request dependencies: the database session (taken from the app's engine), row ids, and the
statement and search filters that the pages and the JSON API read from the query string."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from pydantic import BeforeValidator
from sqlmodel import Session

from quotetrack.config import get_settings
from quotetrack.store.db import request_session
from quotetrack.store.reads import StatementFilter
from quotetrack.store.search import SearchFilters


def get_session(request: Request) -> Iterator[Session]:
    yield from request_session(request.app.state.engine)


SessionDep = Annotated[Session, Depends(get_session)]


def site_url(request: Request) -> str:
    """The site's address for permalinks, citations and feed ids, without a trailing slash:
    QUOTETRACK_BASE_URL when set; else the address the client used (production mode refuses
    Hosts outside QUOTETRACK_ALLOWED_HOSTS before any page is built, see web/app.py)."""
    configured = get_settings().base_url
    if configured:
        return configured
    return str(request.base_url).rstrip("/")


# Row ids as the databases store them (signed 64-bit): a larger number cannot name a row,
# and would overflow the driver, so it is refused as a bad request up front.
MAX_ROW_ID = 2**63 - 1
RowId = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="Row id.")]
RowIdQuery = Annotated[int | None, Query(ge=1, le=MAX_ROW_ID)]


def statement_filter(
    official_id: RowIdQuery = None,
    article_id: RowIdQuery = None,
    topic: Annotated[str | None, Query(max_length=100, description="Topic slug, e.g. asn-neutrality.")] = None,
    kind: Annotated[str | None, Query(pattern="^(direct|indirect)$")] = None,
    region: Annotated[
        str | None, Query(max_length=200, description="Area code or name; a province includes its regencies.")
    ] = None,
    role: Annotated[str | None, Query(max_length=100, description="Part of the post held, e.g. Bupati.")] = None,
    date_from: Annotated[dt.date | None, Query(description="First statement date, YYYY-MM-DD.")] = None,
    date_to: Annotated[dt.date | None, Query(description="Last statement date, YYYY-MM-DD.")] = None,
) -> StatementFilter:
    """The filters every statement list shares, in the UI and the API alike."""
    return StatementFilter(
        official_id=official_id,
        article_id=article_id,
        topic=topic,
        kind=kind,
        region=region,
        role=role,
        date_from=date_from,
        date_to=date_to,
    )


FilterDep = Annotated[StatementFilter, Depends(statement_filter)]


# An empty parameter is an unset filter, not a malformed date or kind.
BLANK_IS_NONE = BeforeValidator(lambda value: None if value == "" else value)


def search_filters(
    official_id: RowIdQuery = None,
    role: Annotated[str | None, Query(max_length=100, description="Part of the post held, e.g. Bupati.")] = None,
    region: Annotated[
        str | None, Query(max_length=200, description="Area code or name; a province includes its regencies.")
    ] = None,
    province: Annotated[str | None, Query(max_length=200, description="Province of the speaker's area.")] = None,
    topic: Annotated[str | None, Query(max_length=100, description="Topic slug; child topics count too.")] = None,
    date_from: Annotated[dt.date | None, BLANK_IS_NONE, Query(description="First statement date, YYYY-MM-DD.")] = None,
    date_to: Annotated[dt.date | None, BLANK_IS_NONE, Query(description="Last statement date, YYYY-MM-DD.")] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    language: Annotated[str | None, Query(pattern="^(id|en)?$")] = None,
    kind: Annotated[str | None, Query(pattern="^(direct|indirect)?$")] = None,
) -> SearchFilters:
    """The search filters, shared by the search page and the JSON API. A filter left empty
    (`?kind=&date_from=`, as the page's form sends the fields nobody filled in) is no filter."""
    return SearchFilters(
        official_id=official_id,
        role=role or None,
        region=region or None,
        province=province or None,
        topic=topic or None,
        date_from=date_from,
        date_to=date_to,
        outlet=outlet or None,
        language=language or None,
        kind=kind or None,
    )


SearchFilterDep = Annotated[SearchFilters, Depends(search_filters)]
