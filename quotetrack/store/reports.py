"""Readers' error reports: filed by anyone (limited per address), resolved by editors, and
acknowledged in public on the statement's page once an editor has acted on them."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass
from typing import Literal, get_args

from sqlmodel import Session, col, func, select

from quotetrack.config import get_settings
from quotetrack.errors import NotFound, QueryError, QuotetrackError
from quotetrack.kinds import ReportStatus
from quotetrack.models import ErrorReport, Statement, utcnow
from quotetrack.store.db import lock_keys

Kind = Literal["speaker", "role", "quote", "date", "other"]
KINDS: tuple[str, ...] = get_args(Kind)
Outcome = Literal[ReportStatus.FIXED, ReportStatus.REJECTED]
OUTCOMES: tuple[str, ...] = get_args(Outcome)
MESSAGE_MIN, MESSAGE_MAX = 10, 2000
CONTACT_MAX = 200
RESPONSE_MAX = 1000
# Reports one address may file in a window: enough for a careful reader, too few to flood the queue.
PER_ADDRESS = 5
WINDOW = dt.timedelta(hours=1)


class TooManyReports(QuotetrackError):
    status_code = 429


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    """What the public sees of a report an editor acted on."""

    kind: str
    reported_on: dt.date
    status: str
    resolved_on: dt.date | None
    response: str


def address_hash(address: str) -> str:
    """A keyed hash of a client address: enough to count its reports, useless to recover it."""
    key = get_settings().secret_key.encode()
    return hmac.new(key, f"report-address:{address}".encode(), hashlib.sha256).hexdigest()


def file_report(
    *, session: Session, statement_id: int, kind: str, message: str, contact: str | None, address: str
) -> ErrorReport:
    """Queue a report for the editors. Raises QueryError for a bad form, NotFound for an unknown
    statement, TooManyReports past PER_ADDRESS reports from one address within WINDOW."""
    message = message.strip()
    contact = (contact or "").strip() or None
    if kind not in KINDS:
        raise QueryError(f"kind must be one of {', '.join(KINDS)}")
    if not MESSAGE_MIN <= len(message) <= MESSAGE_MAX:
        raise QueryError(f"say what is wrong in {MESSAGE_MIN} to {MESSAGE_MAX} characters")
    if contact and len(contact) > CONTACT_MAX:
        raise QueryError(f"the contact may be at most {CONTACT_MAX} characters")
    if session.get(Statement, statement_id) is None:
        raise NotFound.missing("statement", statement_id)
    hashed = address_hash(address)
    # Count and insert as one step for this address, in whichever web process the requests land.
    lock_keys(session, ("report-address", hashed))
    recent = session.exec(
        select(func.count())
        .select_from(ErrorReport)
        .where(ErrorReport.address_hash == hashed, col(ErrorReport.created_at) >= utcnow() - WINDOW)
    ).one()
    if recent >= PER_ADDRESS:
        raise TooManyReports(f"at most {PER_ADDRESS} reports an hour from one address; please try again later")
    report = ErrorReport(statement_id=statement_id, kind=kind, message=message, contact=contact, address_hash=hashed)
    session.add(report)
    session.flush()
    return report


def open_reports(*, session: Session, limit: int = 100) -> list[ErrorReport]:
    """The editors' queue: open reports, oldest first."""
    return list(
        session.exec(
            select(ErrorReport)
            .where(ErrorReport.status == ReportStatus.OPEN)
            .order_by(col(ErrorReport.id))
            .limit(limit)
        ).all()
    )


def resolve_report(*, session: Session, report_id: int, outcome: str, response: str, actor: str) -> ErrorReport:
    """An editor's decision on a report, with the response shown to the public."""
    report = session.get(ErrorReport, report_id)
    if report is None:
        raise NotFound(f"no report #{report_id}")
    if outcome not in OUTCOMES:
        raise QueryError(f"outcome must be one of {', '.join(OUTCOMES)}")
    response = response.strip()
    if not response or len(response) > RESPONSE_MAX:
        raise QueryError(f"write a public response of 1 to {RESPONSE_MAX} characters")
    report.status, report.response, report.resolved_by, report.resolved_at = outcome, response, actor, utcnow()
    session.add(report)
    session.flush()
    return report


def acknowledgements(*, session: Session, statement_id: int) -> list[Acknowledgement]:
    """Reports on a statement that an editor acted on, newest first (open ones are not shown)."""
    rows = session.exec(
        select(ErrorReport)
        .where(ErrorReport.statement_id == statement_id, ErrorReport.status != ReportStatus.OPEN)
        .order_by(col(ErrorReport.resolved_at).desc())
    ).all()
    return [
        Acknowledgement(
            r.kind, r.created_at.date(), r.status, r.resolved_at.date() if r.resolved_at else None, r.response
        )
        for r in rows
    ]
