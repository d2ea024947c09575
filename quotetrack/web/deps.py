"""Request dependencies: the database session, taken from the app's engine."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from sqlmodel import Session


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def site_url(request: Request) -> str:
    """The site's address as the client reached it, without a trailing slash (for permalinks)."""
    return str(request.base_url).rstrip("/")

# Row ids as the databases store them (signed 64-bit): a larger number cannot name a row,
# and would overflow the driver, so it is refused as a bad request up front.
MAX_ROW_ID = 2**63 - 1
RowId = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="Row id.")]
RowIdQuery = Annotated[int | None, Query(ge=1, le=MAX_ROW_ID)]
