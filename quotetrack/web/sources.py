"""The editors' page of watched sources: each feed or listing page with its last poll, last error
and articles per day, and forms to add, disable, enable and remove one (editors only, CSRF-checked,
post and redirect like every editor form)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from quotetrack.errors import Conflict, NotFound, QueryError
from quotetrack.store import watched
from quotetrack.store.watched import parse_every
from quotetrack.web.auth import EditorDep
from quotetrack.web.deps import RowId, SessionDep
from quotetrack.web.pages import render

router = APIRouter(default_response_class=HTMLResponse)


def _page(
    request: Request, session: SessionDep, *, form: dict[str, str] | None = None, error: str = "", status: int = 200
) -> Response:
    return render(
        request,
        "sources.html",
        {
            "sources": watched.list_sources(session=session),
            "form": form or {"kind": "feed", "every": "15m"},
            "error": error,
        },
        status_code=status,
    )


@router.get("/sources")
def sources_page(request: Request, session: SessionDep, editor: EditorDep) -> Response:
    return _page(request, session)


@router.post("/sources")
def source_add(
    request: Request,
    session: SessionDep,
    editor: EditorDep,
    url: Annotated[str, Form(max_length=2000)] = "",
    kind: Annotated[str, Form(max_length=8)] = "feed",
    every: Annotated[str, Form(max_length=20)] = "15m",
    outlet: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    fields = {"url": url, "kind": kind, "every": every, "outlet": outlet}
    try:
        watched.add_source(
            session=session, url=url, kind=kind, every_seconds=parse_every(every), outlet=outlet.strip() or None
        )
    except (QueryError, Conflict) as exc:
        session.rollback()
        return _page(request, session, form=fields, error=str(exc), status=exc.status_code)
    session.commit()
    return RedirectResponse("/sources", status_code=303)


@router.post("/sources/{source_id}/{action}")
def source_change(session: SessionDep, editor: EditorDep, source_id: RowId, action: str) -> Response:
    if action == "remove":
        found = watched.remove_source(session=session, source_id=source_id)
    elif action in ("enable", "disable"):
        found = watched.set_enabled(session=session, source_id=source_id, enabled=action == "enable") is not None
    else:
        raise NotFound(f"no such action on a source: {action[:40]}")
    if not found:
        raise NotFound(f"no watched source #{source_id}")
    session.commit()
    return RedirectResponse("/sources", status_code=303)
