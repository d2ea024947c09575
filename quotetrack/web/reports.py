"""Readers' error reports: the public form's target, and the editors' queue of reports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from quotetrack.errors import PermissionDenied, QueryError
from quotetrack.store import reads
from quotetrack.store.reports import (
    CONTACT_MAX,
    MESSAGE_MAX,
    OUTCOMES,
    RESPONSE_MAX,
    TooManyReports,
    file_report,
    open_reports,
    resolve_report,
)
from quotetrack.web.auth import EditorDep
from quotetrack.web.deps import RowId, SessionDep
from quotetrack.web.i18n import request_language, translate
from quotetrack.web.pages import render, statement_response
from quotetrack.web.report_token import valid_report_token

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)


@router.post("/statements/{statement_id}/report")
def report_error(
    request: Request,
    session: SessionDep,
    statement_id: RowId,
    kind: Annotated[str, Form(max_length=16)] = "",
    message: Annotated[str, Form(max_length=MESSAGE_MAX + 1000)] = "",
    contact: Annotated[str, Form(max_length=CONTACT_MAX + 100)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    website: Annotated[str, Form(max_length=2000)] = "",  # the honeypot: hidden from people, filled by bots
) -> Response:
    """File a reader's report in the editors' queue (no account: CSRF token, honeypot, per-address limit)."""
    if not valid_report_token(request, csrf_token):
        raise PermissionDenied("the form has expired; reload the page and send it again")
    done = RedirectResponse(f"/statements/{statement_id}?reported=1#report", status_code=303)
    if website:
        return done  # a bot: answered like a person, and nothing stored
    form = {"kind": kind, "message": message, "contact": contact}
    lang = request_language(request)
    try:
        file_report(
            session=session,
            statement_id=statement_id,
            kind=kind,
            message=message,
            contact=contact,
            address=request.client.host if request.client else "",
        )
    except QueryError as exc:
        return statement_response(
            request,
            session,
            statement_id,
            report_form=form,
            status_code=400,
            report_error=translate(lang, "report_invalid", detail=str(exc)),
        )
    except TooManyReports as exc:
        response = statement_response(
            request,
            session,
            statement_id,
            report_form=form,
            status_code=429,
            report_error=translate(lang, "report_too_many", detail=str(exc)),
        )
        response.headers["Retry-After"] = "3600"
        return response
    session.commit()
    return done


@router.get("/reports")
def reports_queue(request: Request, session: SessionDep, editor: EditorDep) -> Response:
    """Open error reports, oldest first, each beside the statement it is about."""
    reports = open_reports(session=session)
    ids = list(dict.fromkeys(r.statement_id for r in reports))
    statements = {s.id: s for s in reads.statements_by_ids(session=session, ids=ids)}
    return render(
        request,
        "reports.html",
        {"reports": reports, "statements": statements, "outcomes": OUTCOMES, "response_max": RESPONSE_MAX},
    )


@router.post("/reports/{report_id}")
def resolve(
    request: Request,
    session: SessionDep,
    editor: EditorDep,
    report_id: RowId,
    outcome: Annotated[str, Form(max_length=16)],
    response: Annotated[str, Form(max_length=RESPONSE_MAX + 100)],
) -> Response:
    resolve_report(session=session, report_id=report_id, outcome=outcome, response=response, actor=editor.name)
    session.commit()
    return RedirectResponse("/reports", status_code=303)
