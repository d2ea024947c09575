"""Editor pages: log in and out, correct and hide statements, undo and restore, review queue, upload.

Every page here needs an editor (anonymous: 401, other roles: 403) except the login form, and
every POST checks the CSRF token (see quotetrack.web.auth). Forms post and redirect (303), so
a reload never repeats a change.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from quotetrack.auth import TooManyAttempts, authenticate, end_all_sessions, end_session, start_session
from quotetrack.auth.crypto import new_token, same
from quotetrack.auth.sessions import COOKIE, LIFETIME
from quotetrack.config import get_settings
from quotetrack.errors import Conflict, IngestError, NotFound, PermissionDenied, QueryError
from quotetrack.models import Revision
from quotetrack.store import actions, corrections, officials, reads
from quotetrack.store.corrections import StatementCorrection
from quotetrack.store.topics import TopicCreate
from quotetrack.web import uploads
from quotetrack.web.auth import LOGIN_COOKIE, EditorDep, SessionUserDep, UserDep, cookies_secure, login_csrf_token
from quotetrack.web.deps import SessionDep
from quotetrack.web.pages import render
from quotetrack.web.uploads import UploadJob, submit_upload, upload_queue

router = APIRouter(default_response_class=HTMLResponse)


def safe_next(target: str | None, default: str = "/") -> str:
    """Only same-site paths: never another host ("//evil", "/\\evil", "https://...")."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target


def _see_other(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


# --- login and logout ----------------------------------------------------------------------


def _login_page(
    request: Request, *, next_path: str, error: str | None = None, status: int = 200, name: str = ""
) -> Response:
    nonce = request.cookies.get(LOGIN_COOKIE) or new_token("qtl")
    response = render(
        request,
        "login.html",
        {"csrf": login_csrf_token(nonce), "next": next_path, "error": error, "name": name},
        status_code=status,
    )
    secure = cookies_secure(request)
    response.set_cookie(LOGIN_COOKIE, nonce, max_age=3600, httponly=True, samesite="lax", secure=secure)
    return response


@router.get("/login")
def login_form(request: Request, next: str = "/") -> Response:
    return _login_page(request, next_path=safe_next(next))


@router.post("/login")
def login(
    request: Request,
    session: SessionDep,
    name: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=1024)],
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    nonce = request.cookies.get(LOGIN_COOKIE, "")
    if not nonce or not same(csrf_token, login_csrf_token(nonce)):
        raise PermissionDenied("missing or invalid CSRF token; reload the login page and try again")
    address = request.client.host if request.client else ""
    try:
        user = authenticate(session=session, name=name, password=password, address=address)
    except TooManyAttempts as exc:
        session.commit()
        response = _login_page(request, next_path=safe_next(next), error=exc.key, status=429, name=name)
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    if user is None:
        session.commit()  # the failed attempt counts towards the lockout
        return _login_page(request, next_path=safe_next(next), error="login_failed", status=401, name=name)
    old = request.cookies.get(COOKIE)
    if old:
        end_session(session=session, token=old)
    token = start_session(session=session, user=user)
    session.commit()
    response = _see_other(safe_next(next))
    response.set_cookie(
        COOKIE,
        token,
        max_age=int(LIFETIME.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=cookies_secure(request),
        path="/",
    )
    response.delete_cookie(LOGIN_COOKIE)
    return response


def _logged_out() -> RedirectResponse:
    response = _see_other("/")
    response.delete_cookie(COOKIE, path="/")
    return response


@router.post("/logout")
def logout(request: Request, session: SessionDep, user: UserDep) -> Response:
    end_session(session=session, token=request.cookies.get(COOKIE, ""))
    session.commit()
    return _logged_out()


@router.post("/logout/everywhere")
def logout_everywhere(session: SessionDep, user: SessionUserDep) -> Response:
    """End every session of this account, on every device (e.g. after losing a laptop)."""
    end_all_sessions(session=session, user_id=user.user_id)
    session.commit()
    return _logged_out()


# --- statement corrections -----------------------------------------------------------------


def _edit_context(session: SessionDep, statement_id: int) -> dict[str, Any]:
    stmt = reads.get_statement(session=session, statement_id=statement_id)
    article = reads.get_article(session=session, article_id=stmt.article.id) if stmt else None
    if stmt is None or article is None:
        raise NotFound.missing("statement", statement_id)
    officials = reads.list_officials(session=session, limit=200)
    if stmt.official and all(o.id != stmt.official.id for o in officials):
        current = reads.get_official(session=session, official_id=stmt.official.id)
        officials = [current, *officials] if current else officials
    lo = article.text.rfind("\n", 0, stmt.start) + 1
    hi = article.text.find("\n", stmt.end)
    return {
        "s": stmt,
        "article": article,
        "paragraph": article.text[lo : len(article.text) if hi < 0 else hi],
        "officials": sorted(officials, key=lambda o: o.name.casefold()),
        "topics": reads.topic_labels(session=session),
    }


@router.get("/statements/{statement_id}/edit")
def edit_form(request: Request, session: SessionDep, editor: EditorDep, statement_id: int, next: str = "") -> Response:
    context = _edit_context(session, statement_id)
    return render(request, "edit_statement.html", {**context, "next": safe_next(next, "")})


def _correction_from(form: FormData) -> StatementCorrection:
    """The edit form's fields; every field is posted, so every field is set."""

    def text(name: str) -> str:
        value = form.get(name, "")
        return value if isinstance(value, str) else ""

    official = text("official_id").strip()
    date = text("date").strip()
    try:
        return StatementCorrection(
            text=text("text"),
            kind=text("kind") or None,
            official_id=int(official) if official else None,
            new_official_name=text("new_official_name").strip() or None,
            role=text("role"),
            region=text("region"),
            date=dt.date.fromisoformat(date) if date else None,
            topics=[t for t in form.getlist("topics") if isinstance(t, str)],
            reason=text("reason").strip(),
        )
    except ValueError as exc:  # pydantic's ValidationError is a ValueError too
        raise QueryError(_first_error(exc)) from exc


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        return f"{'.'.join(str(p) for p in first.get('loc', ()))}: {first.get('msg', '')}"
    return str(exc)


async def posted_form(request: Request) -> FormData:
    return await request.form()


@router.post("/statements/{statement_id}/edit")
def edit_statement(
    request: Request,
    session: SessionDep,
    editor: EditorDep,
    statement_id: int,
    form: Annotated[FormData, Depends(posted_form)],
) -> Response:
    try:
        change = _correction_from(form)
        actions.edit_statement(session=session, statement_id=statement_id, change=change, actor=editor.name)
    except (QueryError, Conflict) as exc:
        session.rollback()
        context = _edit_context(session, statement_id)
        return render(
            request,
            "edit_statement.html",
            {**context, "error": str(exc), "form": form, "next": safe_next(str(form.get("next", "")), "")},
            status_code=exc.status_code,
        )
    return _see_other(safe_next(str(form.get("next", "")), f"/statements/{statement_id}"))


def _hide(
    session: SessionDep, editor: EditorDep, statement_id: int, hidden: bool, reason: str, next_path: str
) -> Response:
    actions.set_hidden(session=session, statement_id=statement_id, hidden=hidden, actor=editor.name, reason=reason)
    return _see_other(safe_next(next_path, f"/statements/{statement_id}"))


@router.post("/statements/{statement_id}/hide")
def hide(
    session: SessionDep,
    editor: EditorDep,
    statement_id: int,
    reason: Annotated[str, Form(max_length=2000)] = "",
    next: Annotated[str, Form()] = "",
) -> Response:
    return _hide(session, editor, statement_id, True, reason, next)


@router.post("/statements/{statement_id}/unhide")
def unhide(
    session: SessionDep,
    editor: EditorDep,
    statement_id: int,
    reason: Annotated[str, Form(max_length=2000)] = "",
    next: Annotated[str, Form()] = "",
) -> Response:
    return _hide(session, editor, statement_id, False, reason, next)


@router.post("/topics")
def create_topic(
    request: Request, session: SessionDep, editor: EditorDep, form: Annotated[FormData, Depends(posted_form)]
) -> Response:
    fields = {name: str(form.get(name, "")).strip() for name in ("slug", "label_id", "label_en", "parent")}
    try:
        topic = TopicCreate(**{**fields, "parent": fields["parent"] or None})
        actions.add_topic(session=session, topic=topic, actor=editor.name)
    except (QueryError, Conflict) as exc:
        return _topics_again(request, session, fields, str(exc), exc.status_code)
    except ValueError as exc:  # the form's fields as the model checks them
        return _topics_again(request, session, fields, _first_error(exc), 400)
    return _see_other(f"/topics/{topic.slug}")


def _topics_again(request: Request, session: SessionDep, fields: dict[str, str], error: str, status: int) -> Response:
    session.rollback()
    return render(
        request,
        "topics.html",
        {"topics": reads.list_topics(session=session), "form": fields, "error": error},
        status_code=status,
    )


def _entity_path(revision: Revision) -> str:
    kind = "statements" if revision.entity_type == "statement" else "officials"
    return f"/{kind}/{revision.entity_id}"


@router.post("/revisions/{revision_id}/undo")
def undo(
    session: SessionDep, editor: EditorDep, revision_id: int, reason: Annotated[str, Form(max_length=2000)] = ""
) -> Response:
    original = session.get(Revision, revision_id)
    if original is None:
        raise NotFound(f"no change #{revision_id}")
    path = _entity_path(original)
    actions.undo(
        session=session, revision_id=revision_id, actor=editor.name, reason=reason or f"undo change #{revision_id}"
    )
    return _see_other(path)


@router.post("/revisions/{revision_id}/restore")
def restore(
    session: SessionDep,
    editor: EditorDep,
    revision_id: int,
    side: Annotated[Literal["before", "after"], Form()] = "before",
    reason: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    original = session.get(Revision, revision_id)
    if original is None:
        raise NotFound(f"no change #{revision_id}")
    path = _entity_path(original)
    actions.restore(
        session=session,
        revision_id=revision_id,
        side=side,
        actor=editor.name,
        reason=reason or f"restore the version {side} change #{revision_id}",
    )
    return _see_other(path)


# --- review queue --------------------------------------------------------------------------


@router.get("/review")
def review(request: Request, session: SessionDep, editor: EditorDep) -> Response:
    ids = corrections.review_statement_ids(session=session, limit=50)
    open_pairs = officials.list_suggestions(session=session, limit=200)
    suggestions = sorted(open_pairs, key=lambda s: (s.created_at, s.id))[:50]  # oldest first
    return render(
        request,
        "review.html",
        {
            "statements": reads.statements_by_ids(session=session, ids=ids),
            "suggestions": suggestions,
        },
    )


@router.post("/review/statements/{statement_id}/accept")
def review_accept(session: SessionDep, editor: EditorDep, statement_id: int) -> Response:
    actions.mark_reviewed(
        session=session, statement_id=statement_id, actor=editor.name, reason="checked in review: correct as extracted"
    )
    return _see_other("/review")


@router.post("/review/statements/{statement_id}/reject")
def review_reject(
    session: SessionDep, editor: EditorDep, statement_id: int, reason: Annotated[str, Form(max_length=2000)] = ""
) -> Response:
    why = f"rejected in review: {reason.strip() or 'not a statement by an official'}"
    return _hide(session, editor, statement_id, True, why, "/review")


@router.post("/review/merges/{suggestion_id}/{decision}")
def review_merge(
    session: SessionDep,
    editor: EditorDep,
    suggestion_id: int,
    decision: str,
    reason: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    if decision not in {"accept", "reject"}:
        raise NotFound("no such review action")
    actions.decide_suggestion(
        session=session,
        suggestion_id=suggestion_id,
        decision=decision,  # type: ignore[arg-type]
        actor=editor.name,
        reason=reason.strip(),
    )
    return _see_other("/review")


# --- upload --------------------------------------------------------------------------------


@router.get("/upload")
def upload_form(request: Request, editor: EditorDep) -> Response:
    return render(request, "upload.html", {"max_bytes": get_settings().max_article_bytes})


@router.post("/upload")
def upload(
    request: Request,
    editor: EditorDep,
    file: Annotated[UploadFile | None, File()] = None,
    url: Annotated[str, Form(max_length=2000)] = "",
    outlet: Annotated[str, Form(max_length=200)] = "",
    lang: Annotated[str, Form(pattern="^(|id|en)$")] = "",
) -> Response:
    """Queue the article (see web/uploads.py); a short one is done before the answer, which is
    then the article page, a long one continues on its status page."""
    try:
        job = submit_upload(request, editor.name, file=file, url=url, outlet=outlet, lang=lang)
    except IngestError as exc:
        return _upload_again(request, str(exc))
    job.done.wait(uploads.WAIT_SECONDS)
    return _upload_outcome(request, job)


@router.get("/upload/{job_id}")
def upload_status(request: Request, editor: EditorDep, job_id: Annotated[str, PathParam(max_length=64)]) -> Response:
    job = upload_queue(request.app).get(job_id)
    if job is None:
        raise NotFound("no such upload (the server may have restarted since)")
    return _upload_outcome(request, job)


def _upload_again(request: Request, error: str) -> Response:
    return render(
        request, "upload.html", {"max_bytes": get_settings().max_article_bytes, "error": error}, status_code=422
    )


def _upload_outcome(request: Request, job: UploadJob) -> Response:
    if job.state == "done":
        return _see_other(f"/articles/{job.article_id}")
    if job.state == "failed":
        return _upload_again(request, job.error or "the upload failed")
    response = render(request, "upload_status.html", {"job": job})
    response.headers["Refresh"] = "3"  # the page asks again until the article is stored
    return response
