"""Provenance writes: archive an article's original bytes, and chain versions of one URL.

Every stored article gets an ArticleVersion row naming the SourceDocument it was read from;
when its URL was stored before with other text, the row points at that article and says
what changed, so both versions stay citable.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from quotetrack.kinds import StatementStatus
from quotetrack.models import Article, ArticleVersion, SourceDocument, Statement, utcnow
from quotetrack.store import writes

_MAX_PARAGRAPHS = 50
_MAX_PARAGRAPH_CHARS = 1000
_MAX_DIFF_CHARS = 20_000
_COMPARED_FIELDS = ("title", "author", "published", "outlet", "place")
# Built once, run on the driver's cursor (writes.DriverStatement): the ingest runs them for every article.
_INSERT_SOURCE = writes.driver_insert(SourceDocument, returning=True, skip_on=["sha256"])
_SOURCE_ID = writes.DriverStatement(
    lambda _dialect: select(SourceDocument.id).where(SourceDocument.sha256 == sa.bindparam("sha256"))
)
_LATEST_VERSION = writes.DriverStatement(
    lambda _dialect: (
        select(ArticleVersion.version, ArticleVersion.article_id)
        .where(ArticleVersion.url == sa.bindparam("url"))
        .order_by(col(ArticleVersion.version).desc())
        .limit(1)
    )
)
_INSERT_VERSION = writes.driver_insert(ArticleVersion)


def archive_source(
    *,
    session: Session,
    sha256: str,
    data: bytes,
    location: str,
    url: str | None,
    content_type: str,
    encoding: str | None,
    size: int,
    retrieved_at: datetime,
) -> int:
    """The id of the archived source with these original bytes, stored now when it is new (zlib data)."""
    new_id = _INSERT_SOURCE.scalar(
        session,
        {
            "sha256": sha256,
            "location": location[:2000],
            "url": url[:2000] if url else None,
            "content_type": content_type[:100],
            "encoding": encoding,
            "size": size,
            "compression": "zlib",
            "data": data,
            "retrieved_at": retrieved_at,
        },
    )
    if new_id is not None:
        return new_id
    found = _SOURCE_ID.scalar(session, {"sha256": sha256})
    if found is None:
        raise sa.exc.NoResultFound(f"no archived source with sha256 {sha256} (and inserting it was skipped)")
    return found


def known_sources(*, session: Session, locations: Sequence[str]) -> dict[str, set[str]]:
    """location -> sha256s of the original bytes already archived from there (to skip unchanged input)."""
    known: dict[str, set[str]] = {}
    for i in range(0, len(locations), 500):
        rows = session.exec(
            select(SourceDocument.location, SourceDocument.sha256).where(
                col(SourceDocument.location).in_(locations[i : i + 500])
            )
        )
        for location, sha in rows:
            known.setdefault(location, set()).add(sha)
    return known


def describe_changes(before: Article, after: Article) -> dict:
    """What changed between two versions of an article: metadata fields, paragraphs, a diff."""
    fields = {
        name: {"before": _plain(getattr(before, name)), "after": _plain(getattr(after, name))}
        for name in _COMPARED_FIELDS
        if getattr(before, name) != getattr(after, name)
    }
    old, new = before.text.split("\n"), after.text.split("\n")
    added, removed = [], []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag in ("replace", "delete"):
            removed.extend(old[i1:i2])
        if tag in ("replace", "insert"):
            added.extend(new[j1:j2])
    diff = "\n".join(difflib.unified_diff(old, new, "before", "after", n=1, lineterm=""))
    return {
        "fields": fields,
        "paragraphs_added": [p[:_MAX_PARAGRAPH_CHARS] for p in added[:_MAX_PARAGRAPHS]],
        "paragraphs_removed": [p[:_MAX_PARAGRAPH_CHARS] for p in removed[:_MAX_PARAGRAPHS]],
        "diff": diff[:_MAX_DIFF_CHARS],
    }


def _plain(value: object) -> object:
    return value.isoformat() if hasattr(value, "isoformat") else value


# Statements of an article that a newer version of the same URL replaced: kept (their pages and
# citations stay valid, and say a newer version exists) but out of lists, counts and search.
_SUPERSEDE = (
    sa.update(Statement)
    .where(col(Statement.article_id) == sa.bindparam("replaced"), col(Statement.status) == StatementStatus.PUBLISHED)
    .values(status=StatementStatus.SUPERSEDED, updated_at=sa.bindparam("superseded_at"))
)


def record_version(*, session: Session, article: Article, source_id: int | None, url: str | None) -> None:
    """Link a just-stored article to its source; a URL seen before makes it the next version,
    and the statements of the version it replaces leave the public lists and search."""
    previous = _LATEST_VERSION.first(session, {"url": url}) if url else None  # (version, article_id)
    changes = None
    if previous is not None:
        before = session.get(Article, previous[1])
        changes = describe_changes(before, article) if before is not None else None
    _INSERT_VERSION.many(
        session,
        [
            {
                "article_id": article.id,
                "source_id": source_id,
                "url": url,
                "version": previous[0] + 1 if previous else 1,
                "previous_article_id": previous[1] if previous else None,
                "changes": changes,
                "created_at": utcnow(),
            }
        ],
    )
    if previous is not None:
        session.connection().execute(_SUPERSEDE, {"replaced": previous[1], "superseded_at": utcnow()})


def newer_version(*, session: Session, article_id: int) -> int | None:
    """The id of the article that replaced `article_id` (the next version of its URL), if any."""
    return session.exec(
        select(ArticleVersion.article_id).where(ArticleVersion.previous_article_id == article_id)
    ).first()


def versions_of(*, session: Session, url: str) -> list[ArticleVersion]:
    """Every stored version of the article at `url`, oldest first."""
    return list(
        session.exec(select(ArticleVersion).where(ArticleVersion.url == url).order_by(col(ArticleVersion.version)))
    )
