"""The invented officials, posts and statements the civic browsing and reading tests share: one
function writes them, so both files build their town the same way."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping

from fastapi.testclient import TestClient
from sqlmodel import Session

from quotetrack.models import Area, Article, Membership, Official, Statement, StatementTopic
from quotetrack.store.writes import ensure_topics
from quotetrack.topics import load_taxonomy

# (text, kind, date or None, topic slug or None)
Said = tuple[str, str, dt.date | None, str | None]
# (name, post, area name, (first seen, last seen), what the person said)
Person = tuple[str, str, str, tuple[dt.date | None, dt.date | None], list[Said]]


def add_people(*, session: Session, article: Article, areas: Mapping[str, Area], people: Iterable[Person]) -> None:
    """Each person as an official holding the post in the named area, with the statements, all
    from `article`; commits."""
    topics = ensure_topics(session=session, taxonomy=load_taxonomy())
    session.add(article)
    session.flush()
    for name, post, area, (first, last), said in people:
        official = Official(name=name, sort_name=name)
        session.add(official)
        session.flush()
        held = Membership(official_id=official.id, role=post, area_id=areas[area].id, start_date=first, end_date=last)
        session.add(held)
        session.flush()
        for text, kind, day, topic in said:
            stmt = Statement(
                article_id=article.id,
                kind=kind,
                text=text,
                start=0,
                end=len(text),
                date=day,
                official_id=official.id,
                membership_id=held.id,
            )
            session.add(stmt)
            session.flush()
            if topic:
                session.add(StatementTopic(statement_id=stmt.id, topic_id=topics[topic]))
    session.commit()


def official_id(client: TestClient, name: str) -> int:
    return next(o["id"] for o in client.get("/api/v1/officials", params={"limit": 100}).json() if o["name"] == name)


def page_text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())
