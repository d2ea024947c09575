"""Request dependencies: the database session, taken from the app's engine."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from sqlmodel import Session

from quotetrack.config import get_settings
from quotetrack.store.db import request_session


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
