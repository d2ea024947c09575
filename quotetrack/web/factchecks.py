"""The statement page's fact-check form (editors), posting to the same store function as the API."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Form
from fastapi.responses import RedirectResponse

from quotetrack.models import FactCheckBase
from quotetrack.store import actions
from quotetrack.web.auth import EditorDep
from quotetrack.web.deps import RowId, SessionDep

router = APIRouter(include_in_schema=False)


@router.post("/statements/{statement_id}/factchecks")
def post_fact_check(
    session: SessionDep,
    editor: EditorDep,
    statement_id: RowId,
    verdict: Annotated[str, Form(max_length=20)],
    review_url: Annotated[str, Form(max_length=2000)],
    reviewer: Annotated[str, Form(min_length=1, max_length=200)],
    summary: Annotated[str, Form(max_length=5000)] = "",
    reviewed_on: Annotated[dt.date | None, Form()] = None,
) -> RedirectResponse:
    data = FactCheckBase(
        verdict=verdict, review_url=review_url, reviewer=reviewer, summary=summary, reviewed_on=reviewed_on
    )
    actions.add_fact_check(session=session, statement_id=statement_id, data=data, actor=editor.name)
    return RedirectResponse(f"/statements/{statement_id}#factchecks", status_code=303)
