"""Fact-check annotations on statements, and their schema.org ClaimReview form."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from quotetrack.errors import NotFound, QueryError
from quotetrack.kinds import RevisionAction
from quotetrack.models import FactCheck, FactCheckBase, FactCheckPublic, Revision, Statement, StatementPublic

# Verdicts and the 1..5 rating ClaimReview carries for them (unverifiable has none).
VERDICTS: dict[str, int | None] = {
    "true": 5,
    "mostly-true": 4,
    "mixed": 3,
    "mostly-false": 2,
    "false": 1,
    "unverifiable": None,
}


def add_fact_check(*, session: Session, statement_id: int, data: FactCheckBase, actor: str) -> FactCheckPublic:
    """Attach a verdict to a statement; the correction log records who added it."""
    if session.get(Statement, statement_id) is None:
        raise NotFound.missing("statement", statement_id)
    if data.verdict not in VERDICTS:
        raise QueryError(f"unknown verdict {data.verdict!r}; use one of {', '.join(VERDICTS)}")
    if not data.review_url.startswith(("https://", "http://")):
        raise QueryError("review_url must be an http(s) address")
    check = FactCheck.model_validate(data, update={"statement_id": statement_id, "created_by": actor})
    check.reviewed_on = check.reviewed_on or dt.date.today()
    session.add(check)
    session.flush()
    session.add(
        Revision(
            entity_type="statement",
            entity_id=statement_id,
            action=RevisionAction.FACT_CHECK,
            actor=actor,
            reason=f"{data.verdict}: {data.review_url}",
            before=None,
            after=check.model_dump(mode="json", exclude={"created_at"}),
        )
    )
    session.flush()
    return FactCheckPublic.model_validate(check)


def list_fact_checks(*, session: Session, statement_id: int) -> list[FactCheckPublic]:
    rows = session.exec(
        select(FactCheck).where(FactCheck.statement_id == statement_id).order_by(col(FactCheck.created_at))
    )
    return [FactCheckPublic.model_validate(r) for r in rows]


def claim_review(stmt: StatementPublic, check: FactCheckPublic) -> dict:
    """The schema.org ClaimReview of one fact check, as search engines and fact-check tools read it."""
    speaker: dict = {"@type": "Person", "name": stmt.official.name if stmt.official else "Unknown"}
    role = ", ".join(x for x in (stmt.held_role or stmt.role, stmt.held_region or stmt.region) if x)
    if role:
        speaker["jobTitle"] = role
    appearance: dict = {"@type": "NewsArticle", "headline": stmt.article.title or ""}
    if stmt.article.url:
        appearance["url"] = stmt.article.url
    if stmt.article.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": stmt.article.outlet}
    if stmt.article.published:
        appearance["datePublished"] = stmt.article.published.isoformat()
    claim: dict = {"@type": "Claim", "author": speaker, "appearance": appearance}
    if stmt.date:
        claim["datePublished"] = stmt.date.isoformat()
    rating: dict = {"@type": "Rating", "alternateName": check.verdict}
    value = VERDICTS.get(check.verdict)
    if value is not None:
        rating |= {"ratingValue": value, "bestRating": 5, "worstRating": 1}
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": check.review_url,
        "datePublished": (check.reviewed_on or check.created_at.date()).isoformat(),
        "author": {"@type": "Organization", "name": check.reviewer},
        "claimReviewed": stmt.text,
        "itemReviewed": claim,
        "reviewRating": rating,
    }
