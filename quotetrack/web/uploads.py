"""Uploaded articles processed off the request path: a small queue per app, one worker thread.

A large upload used to be extracted and stored inside the request, for minutes, holding
SQLite's write lock while logins and edits failed. Now the form and the API only check what is
cheap (size, URL), queue the article and wait a few seconds for it; what takes longer goes on
in the worker and is followed on a status page (/upload/JOB, /api/v1/uploads/JOB). One worker:
uploads never extract in parallel with each other, and at most MAX_WAITING wait their turn
(the rest are refused with 503 and Retry-After). Jobs live in memory; a restart forgets them.
"""

from __future__ import annotations

import datetime as dt
import logging
import queue
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from typing import Literal

import sqlalchemy as sa
from fastapi import Request, UploadFile
from starlette.applications import Starlette

from quotetrack.config import get_settings
from quotetrack.errors import IngestError
from quotetrack.models import utcnow
from quotetrack.text.sanitize import web_url

log = logging.getLogger(__name__)

MAX_WAITING = 4  # queued uploads beyond the one being processed
KEPT = 200  # finished jobs remembered for their status pages
WAIT_SECONDS = 5.0  # how long a request waits for its upload before pointing to the status page

State = Literal["queued", "processing", "done", "failed"]


class QueueFull(Exception):
    """More uploads are waiting than the server takes at once."""


@dataclass(frozen=True, slots=True)
class UploadRequest:
    """What an editor sent: bytes or a URL to fetch, and the form's other fields."""

    data: bytes | None
    filename: str
    url: str | None
    outlet: str | None
    lang: str | None
    actor: str


@dataclass
class UploadJob:
    id: str
    filename: str
    actor: str
    state: State = "queued"
    article_id: int | None = None
    statements: int = 0
    duplicate: bool = False
    error: str | None = None
    failure: IngestError | None = field(default=None, repr=False)
    created_at: dt.datetime = field(default_factory=utcnow)
    finished_at: dt.datetime | None = None
    done: threading.Event = field(default_factory=threading.Event, repr=False)

    def public(self) -> dict[str, object]:
        return {
            "id": self.id,
            "state": self.state,
            "filename": self.filename,
            "article_id": self.article_id,
            "statements": self.statements,
            "duplicate": self.duplicate,
            "error": self.error,
            "created_at": self.created_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
        }


class UploadQueue:
    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine
        self._waiting: queue.Queue[tuple[UploadJob, UploadRequest] | None] = queue.Queue(maxsize=MAX_WAITING)
        self._jobs: OrderedDict[str, UploadJob] = OrderedDict()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def submit(self, request: UploadRequest) -> UploadJob:
        """Queue an upload; QueueFull when MAX_WAITING are waiting already."""
        job = UploadJob(id=secrets.token_urlsafe(16), filename=request.filename, actor=request.actor)
        with self._lock:
            self._start()
            try:
                self._waiting.put_nowait((job, request))
            except queue.Full:
                raise QueueFull from None
            self._jobs[job.id] = job
            while len(self._jobs) > KEPT + MAX_WAITING + 1:
                self._jobs.popitem(last=False)
        return job

    def get(self, job_id: str) -> UploadJob | None:
        with self._lock:
            return self._jobs.get(job_id)

    def close(self) -> None:
        """Stop the worker after the job in hand (the app is shutting down)."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._waiting.put(None)
            thread.join(30)

    def _start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._work, name="quotetrack-uploads", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        while (got := self._waiting.get()) is not None:
            job, request = got
            job.state = "processing"
            stored = 0
            try:
                job.article_id, stored = store_upload(engine=self._engine, request=request)
                job.statements, job.duplicate, job.state = max(stored, 0), stored < 0, "done"
            except IngestError as exc:
                job.error, job.failure, job.state = str(exc), exc, "failed"
            except Exception as exc:  # the worker must survive any one article
                log.exception("upload %s failed", job.id)
                job.error, job.state = f"could not store the article ({type(exc).__name__})", "failed"
                job.failure = IngestError(f"upload:{job.filename}", job.error)
            job.finished_at = utcnow()
            job.done.set()
            if stored > 0:  # after the job is reported done: its uploader need not wait for the alerts
                self._deliver_alerts()

    def _deliver_alerts(self) -> None:
        """The alerts the new statements trigger; a failure here is logged, never the upload's."""
        from quotetrack.alerts.deliver import deliver_pending

        try:
            deliver_pending(self._engine)
        except Exception:
            log.exception("alerts after an upload could not be delivered; they wait in the outbox")


def store_upload(*, engine: sa.Engine, request: UploadRequest) -> tuple[int, int]:
    """Store one article through the pipeline's ingest path, as `quotetrack ingest` would: the
    uploaded bytes (text or HTML), or else the page at its URL. Returns (article id, statements);
    statements is -1 when the same text was stored before (the existing article's id is returned)."""
    from quotetrack.ingest.sources import fetch_source, source_from_bytes
    from quotetrack.pipeline import ingest_source

    max_bytes = get_settings().max_article_bytes
    if request.data is not None:
        source = source_from_bytes(
            request.data, location=f"upload:{request.filename}", max_bytes=max_bytes, url=request.url
        )
    elif request.url:
        source = fetch_source(request.url, max_bytes=max_bytes)
    else:
        raise IngestError("upload", "choose an article file or give its URL")
    if request.outlet:
        source = replace(source, outlet=request.outlet)
    return ingest_source(source, engine=engine, lang=request.lang)


def read_upload(file: UploadFile | None) -> bytes | None:
    """The uploaded bytes, or None when no file was chosen."""
    if file is None or (not file.filename and file.size == 0):
        return None
    limit = get_settings().max_article_bytes
    data = file.file.read(limit + 1)
    if len(data) > limit:
        raise IngestError(file.filename or "upload", f"file is over the limit of {limit:,} bytes")
    return data


def submit_upload(
    request: Request, actor: str, *, file: UploadFile | None, url: str, outlet: str, lang: str
) -> UploadJob:
    """Check what is cheap to check and queue the upload; IngestError for a bad file or URL,
    QueueFull (503) when too many wait."""
    if url.strip() and web_url(url) is None:
        raise IngestError(url.strip()[:200], "the article URL must be an absolute http:// or https:// URL")
    data = read_upload(file)
    if data is None and not url.strip():
        raise IngestError("upload", "choose an article file or give its URL")
    return upload_queue(request.app).submit(
        UploadRequest(
            data=data,
            filename=((file.filename if file else None) or "article.txt")[:200],
            url=web_url(url),
            outlet=outlet.strip() or None,
            lang=lang or None,
            actor=actor,
        )
    )


def upload_queue(app: Starlette) -> UploadQueue:
    """The app's queue, made on first use (app.state.engine is the database it stores into)."""
    state = app.state
    found = getattr(state, "uploads", None)
    if found is None:
        with _create_lock:
            found = getattr(state, "uploads", None)
            if found is None:
                found = state.uploads = UploadQueue(state.engine)
    return found


_create_lock = threading.Lock()
