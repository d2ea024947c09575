"""Fact-check annotations: public to read (also as ClaimReview JSON-LD), editors add them."""

from __future__ import annotations

from fastapi import APIRouter

from quotetrack.models import FactCheckBase, FactCheckPublic
from quotetrack.store import actions
from quotetrack.store.factchecks import claim_review, list_fact_checks
from quotetrack.web.api.routes import statement_or_404
from quotetrack.web.auth import EditorDep
from quotetrack.web.deps import RowId, SessionDep

router = APIRouter(prefix="/api/v1/statements", tags=["fact checks"])


@router.get("/{statement_id}/factchecks", response_model=list[FactCheckPublic])
def fact_checks(session: SessionDep, statement_id: RowId) -> list[FactCheckPublic]:
    return list_fact_checks(session=session, statement_id=statement_id)


@router.get("/{statement_id}/claimreview")
def claim_reviews(session: SessionDep, statement_id: RowId) -> list[dict]:
    """The statement's fact checks as schema.org ClaimReview objects."""
    stmt = statement_or_404(session=session, statement_id=statement_id)
    return [claim_review(stmt, c) for c in list_fact_checks(session=session, statement_id=statement_id)]


@router.post("/{statement_id}/factchecks", response_model=FactCheckPublic, status_code=201)
def create_fact_check(
    session: SessionDep, editor: EditorDep, statement_id: RowId, body: FactCheckBase
) -> FactCheckPublic:
    """Attach a verdict and the fact check's URL to a statement (editors only)."""
    return actions.add_fact_check(session=session, statement_id=statement_id, data=body, actor=editor.name)
