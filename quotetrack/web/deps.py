"""Request dependencies: the database session (taken from the app's engine), row ids, and the
statement filter that the pages, feeds and the JSON API read from the query string."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from pydantic import BeforeValidator, Field
from sqlmodel import Session

from quotetrack.config import get_settings
from quotetrack.store import reads
from quotetrack.store.db import request_session
from quotetrack.store.filters import StatementFilter


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


# An empty parameter is an unset filter, not a malformed date or kind: the search page's form
# sends the fields nobody filled in (`?kind=&date_from=`).
BLANK_IS_NONE = BeforeValidator(lambda value: None if value == "" else value)
# The bounds sit on the int itself: on the Optional they were applied to the None an empty value
# becomes, a TypeError (500) for `?official_id=`.
BlankRowId = Annotated[Annotated[int, Field(ge=1, le=MAX_ROW_ID)] | None, BLANK_IS_NONE, Query()]
Region = Annotated[
    str | None,
    Query(
        max_length=200, description="Area code or name (32, Jawa Barat); a province includes its regencies and cities."
    ),
]


def statement_filter(
    official_id: BlankRowId = None,
    article_id: BlankRowId = None,
    topic: Annotated[
        str | None, Query(max_length=100, description="Topic slug, e.g. elections; its child topics count too.")
    ] = None,
    kind: Annotated[str | None, Query(pattern="^(direct|indirect)?$")] = None,
    region: Region = None,
    province: Annotated[
        str | None, Query(max_length=200, description="Read as a second region (the province facet sets it).")
    ] = None,
    role: Annotated[str | None, Query(max_length=100, description="Part of the post held, e.g. Bupati.")] = None,
    date_from: Annotated[dt.date | None, BLANK_IS_NONE, Query(description="First statement date, YYYY-MM-DD.")] = None,
    date_to: Annotated[dt.date | None, BLANK_IS_NONE, Query(description="Last statement date, YYYY-MM-DD.")] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="The article's outlet, as stored.")] = None,
    language: Annotated[str | None, Query(pattern="^(id|en)?$", description="The article's language.")] = None,
) -> StatementFilter:
    """The filters of every statement list and search, read the same way by the pages, the
    feeds and the JSON API (store.filters.StatementFilter says what each one means)."""
    return StatementFilter(
        official_id=official_id,
        article_id=article_id,
        topic=topic,
        kind=kind,
        region=region,
        province=province,
        role=role,
        date_from=date_from,
        date_to=date_to,
        outlet=outlet,
        language=language,
    )


def known_filter(flt: Annotated[StatementFilter, Depends(statement_filter)], session: SessionDep) -> StatementFilter:
    """The filter once what it names is known to exist: an unknown official, article, topic or
    region is a 404 that says which (an empty list would read as "nobody said it"), and the id
    of an official merged into another reads as that official's, whose statements it now holds."""
    if flt.official_id is not None:
        canonical = reads.canonical_official_id(session=session, official_id=flt.official_id)
        if canonical is not None and canonical != flt.official_id:
            flt = dataclasses.replace(flt, official_id=canonical)
    if (unknown := reads.unknown_in_filter(session=session, flt=flt)) is not None:
        raise unknown
    return flt


FilterDep = Annotated[StatementFilter, Depends(known_filter)]
