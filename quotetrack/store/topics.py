"""Topics editors add by hand, beside the shipped taxonomy.

Such a topic has no keywords: editors put statements in it with a correction (its topics
field), and `quotetrack topics retag` leaves it alone. Creating one is logged like every
editor's change, which also moves the data version memoised pages are keyed by.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field
from sqlmodel import Session, select

from quotetrack.errors import Conflict, QueryError
from quotetrack.kinds import RevisionAction
from quotetrack.models import Revision, Topic, TopicPublic

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class TopicCreate(BaseModel):
    slug: str = Field(min_length=2, max_length=100, description="Lowercase words joined by hyphens, e.g. banjir-rob.")
    label_id: str = Field(min_length=2, max_length=200, description="The name shown in Indonesian.")
    label_en: str = Field(min_length=2, max_length=200, description="The name shown in English.")
    parent: str | None = Field(default=None, max_length=100, description="Slug of the broader topic, if any.")
    reason: str = Field(default="new topic", max_length=2000)


def add_topic(*, session: Session, topic: TopicCreate, actor: str) -> TopicPublic:
    """Create a topic; QueryError for a malformed slug, a blank label or an unknown parent,
    Conflict when the slug is taken. The caller commits."""
    slug = topic.slug.strip()
    if not _SLUG.match(slug):
        raise QueryError("slug: lowercase letters and digits, words joined by single hyphens (banjir-rob)")
    label_id, label_en = topic.label_id.strip(), topic.label_en.strip()
    if len(label_id) < 2 or len(label_en) < 2:
        raise QueryError("both labels, Indonesian and English, need at least two characters")
    if session.exec(select(Topic).where(Topic.slug == slug)).first() is not None:
        raise Conflict(f"a topic '{slug}' already exists")
    parent_id = None
    if topic.parent:
        parent = session.exec(select(Topic).where(Topic.slug == topic.parent.strip())).first()
        if parent is None:
            raise QueryError(f"parent: no topic '{topic.parent}'")
        parent_id = parent.id
    row = Topic(slug=slug, parent_id=parent_id, label_id=label_id, label_en=label_en)
    session.add(row)
    session.flush()
    session.add(
        Revision(
            entity_type="topic",
            entity_id=row.id or 0,
            action=RevisionAction.CREATE,
            actor=actor,
            reason=topic.reason.strip() or "new topic",
            after={"slug": slug, "label_id": label_id, "label_en": label_en, "parent": topic.parent or None},
        )
    )
    session.flush()
    return TopicPublic.model_validate(row)
