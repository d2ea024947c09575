"""Write endpoints of the JSON API: corrections, hides, undo/restore, merges, uploads, accounts.

Every route needs an editor: `Authorization: Bearer <token>` (from `quotetrack tokens create`)
or a browser session plus an `X-CSRF-Token` header. Anonymous calls get 401, other roles 403.
The correction log itself is public (GET /api/v1/revisions).
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from quotetrack.auth import create_user
from quotetrack.errors import NotFound, QueryError
from quotetrack.models import OfficialPublic, RevisionPublic, StatementPublic, TopicPublic
from quotetrack.store import actions, reads
from quotetrack.store.corrections import OfficialCorrection, StatementCorrection
from quotetrack.store.topics import TopicCreate
from quotetrack.text.sanitize import web_url
from quotetrack.web import uploads
from quotetrack.web.auth import AdminDep, EditorDep
from quotetrack.web.deps import SessionDep
from quotetrack.web.uploads import UploadJob, submit_upload, upload_queue

router = APIRouter(prefix="/api/v1", tags=["write"])


class Reason(BaseModel):
    reason: str = Field(min_length=3, max_length=2000)


class RestoreRequest(Reason):
    side: Literal["before", "after"] = "before"


class OfficialPatch(OfficialCorrection):
    """Name fields to correct, or `merge_into`: fold this official into another one."""

    merge_into: int | None = None


class UploadResult(BaseModel):
    article_id: int
    statements: int
    duplicate: bool


class UserCreate(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    role: Literal["reader", "editor", "admin"] = "editor"
    password: str = Field(min_length=10, max_length=1024)


class UserCreated(BaseModel):
    id: int
    name: str
    role: str


def _statement(session: SessionDep, statement_id: int) -> StatementPublic:
    found = reads.get_statement(session=session, statement_id=statement_id)
    if found is None:
        raise NotFound.missing("statement", statement_id)
    return StatementPublic.model_validate(found.model_dump(exclude={"corrections", "official_names"}))


@router.post("/topics", response_model=TopicPublic, status_code=201)
def create_topic(session: SessionDep, editor: EditorDep, body: TopicCreate) -> TopicPublic:
    """Add a topic beside the shipped taxonomy; statements join it through a correction's
    `topics`. 409 when the slug is taken, 400 for a malformed slug or an unknown parent."""
    return actions.add_topic(session=session, topic=body, actor=editor.name)


@router.patch("/statements/{statement_id}", response_model=StatementPublic)
def patch_statement(
    session: SessionDep, editor: EditorDep, statement_id: int, change: StatementCorrection
) -> StatementPublic:
    """Correct a statement: span (`text` copied from the article, or `start`/`end`), kind, speaker
    (`official_id`, null for unknown, or `new_official_name`), role, region, date, topics. `reason` is required."""
    actions.edit_statement(session=session, statement_id=statement_id, change=change, actor=editor.name)
    return _statement(session, statement_id)


def _set_hidden(
    session: SessionDep, editor: EditorDep, statement_id: int, hidden: bool, body: Reason
) -> StatementPublic:
    actions.set_hidden(session=session, statement_id=statement_id, hidden=hidden, actor=editor.name, reason=body.reason)
    return _statement(session, statement_id)


@router.post("/statements/{statement_id}/hide", response_model=StatementPublic)
def hide_statement(session: SessionDep, editor: EditorDep, statement_id: int, body: Reason) -> StatementPublic:
    """Hide a statement from lists and search (its page stays, marked hidden)."""
    return _set_hidden(session, editor, statement_id, True, body)


@router.post("/statements/{statement_id}/unhide", response_model=StatementPublic)
def unhide_statement(session: SessionDep, editor: EditorDep, statement_id: int, body: Reason) -> StatementPublic:
    return _set_hidden(session, editor, statement_id, False, body)


# `:int`: "/officials/suggestions" is another resource (GET), so a PATCH there is a 405, not an edit.
@router.patch("/officials/{official_id:int}", response_model=OfficialPublic)
def patch_official(session: SessionDep, editor: EditorDep, official_id: int, change: OfficialPatch) -> OfficialPublic:
    """Correct an official's names, or merge it into `merge_into` (undo with POST /revisions/{id}/undo)."""
    target = official_id
    if change.merge_into is not None:
        actions.merge_officials(
            session=session, keep_id=change.merge_into, merge_id=official_id, actor=editor.name, reason=change.reason
        )
        target = change.merge_into
    else:
        edits = OfficialCorrection.model_validate(change.model_dump(include=change.model_fields_set - {"merge_into"}))
        actions.edit_official(session=session, official_id=official_id, change=edits, actor=editor.name)
    found = reads.get_official(session=session, official_id=target)
    if found is None:
        raise NotFound.missing("official", target)
    return found


class SplitRequest(Reason):
    statement_ids: list[int] = Field(min_length=1, max_length=10_000)
    new_name: str = Field(min_length=1, max_length=200)


@router.post("/officials/{official_id}/split", response_model=OfficialPublic, status_code=201)
def split_official(session: SessionDep, editor: EditorDep, official_id: int, body: SplitRequest) -> OfficialPublic:
    """Move the chosen statements to a new official called `new_name`; returns the new official."""
    new_id = actions.split_official(
        session=session,
        official_id=official_id,
        statement_ids=body.statement_ids,
        new_name=body.new_name,
        actor=editor.name,
        reason=body.reason,
    )
    found = reads.get_official(session=session, official_id=new_id)
    assert found is not None
    return found


@router.get("/revisions", response_model=list[RevisionPublic], tags=["read"])
def revisions(
    session: SessionDep,
    entity_type: Annotated[
        str,
        Query(
            pattern="^(statement|official|topic|topics)$",
            description="topic: topics editors added; topics: retag runs.",
        ),
    ] = "statement",
    entity_id: int | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> list[RevisionPublic]:
    """The public correction log: who changed what, when and why, with the state before and after."""
    return reads.list_revisions(
        session=session, entity_type=entity_type, entity_id=entity_id, limit=limit, offset=offset
    )


@router.post("/revisions/{revision_id}/undo", response_model=RevisionPublic)
def undo_revision(session: SessionDep, editor: EditorDep, revision_id: int, body: Reason) -> RevisionPublic:
    """Revert one change (it must still be the current state); returns the new "undo" revision."""
    revision = actions.undo(session=session, revision_id=revision_id, actor=editor.name, reason=body.reason)
    return RevisionPublic.model_validate(revision)


@router.post("/revisions/{revision_id}/restore", response_model=RevisionPublic)
def restore_revision(session: SessionDep, editor: EditorDep, revision_id: int, body: RestoreRequest) -> RevisionPublic:
    """Bring the statement or official back to its state before (or after) a logged change."""
    revision = actions.restore(
        session=session, revision_id=revision_id, side=body.side, actor=editor.name, reason=body.reason
    )
    return RevisionPublic.model_validate(revision)


@router.post("/merge-suggestions/{suggestion_id}/{decision}", response_model=dict)
def decide_suggestion(
    session: SessionDep, editor: EditorDep, suggestion_id: int, decision: Literal["accept", "reject"]
) -> dict:
    """Accept (merge the two officials) or reject (keep them apart) a merge suggestion."""
    decided = actions.decide_suggestion(
        session=session, suggestion_id=suggestion_id, decision=decision, actor=editor.name
    )
    if decision == "accept":
        return {"status": "accepted", "revision_id": decided.id}
    return {"status": "rejected"}


class UploadStatus(BaseModel):
    """An upload still being processed (202), or the state of one (GET /uploads/{id})."""

    id: str
    state: Literal["queued", "processing", "done", "failed"]
    filename: str
    article_id: int | None
    statements: int
    duplicate: bool
    error: str | None
    created_at: str
    finished_at: str | None
    status_url: str


def _status(job: UploadJob) -> UploadStatus:
    return UploadStatus.model_validate({**job.public(), "status_url": f"/api/v1/uploads/{job.id}"})


@router.post(
    "/articles",
    response_model=UploadResult,
    status_code=201,
    responses={202: {"model": UploadStatus, "description": "Accepted; still being processed: follow status_url."}},
)
def upload_article(
    request: Request,
    editor: EditorDep,
    file: Annotated[UploadFile | None, File(description="The article: a text or HTML file.")] = None,
    url: Annotated[str, Form(max_length=2000, description="The article's URL; fetched when no file is sent.")] = "",
    outlet: Annotated[str, Form(max_length=200)] = "",
    lang: Annotated[str, Form(pattern="^(|id|en)$")] = "",
) -> UploadResult | JSONResponse:
    """Ingest one article (a file, or the page at `url`): statements extracted, officials resolved,
    topics tagged. Processed off the request: 201 when done within a few seconds, else 202 with a
    `status_url` to follow; 503 with Retry-After when too many uploads wait."""
    if url.strip() and web_url(url) is None:
        raise QueryError("url must be an absolute http:// or https:// URL")
    job = submit_upload(request, editor.name, file=file, url=url, outlet=outlet, lang=lang)
    job.done.wait(uploads.WAIT_SECONDS)
    if job.state == "failed" and job.failure is not None:
        raise job.failure
    if job.state != "done" or job.article_id is None:
        return JSONResponse(_status(job).model_dump(), status_code=202)
    return UploadResult(article_id=job.article_id, statements=job.statements, duplicate=job.duplicate)


@router.get("/uploads/{job_id}", response_model=UploadStatus)
def upload_status(request: Request, editor: EditorDep, job_id: Annotated[str, Path(max_length=64)]) -> UploadStatus:
    """The state of an upload; `article_id` once it is done, `error` when it failed."""
    job = upload_queue(request.app).get(job_id)
    if job is None:
        raise NotFound("no such upload (the server may have restarted since)")
    return _status(job)


@router.post("/users", response_model=UserCreated, status_code=201, tags=["admin"])
def add_user(session: SessionDep, admin: AdminDep, body: UserCreate) -> UserCreated:
    """Create an account (admins only)."""
    user = create_user(session=session, name=body.name, role=body.role, password=body.password)
    session.commit()
    return UserCreated(id=user.id or 0, name=user.name, role=user.role)
