"""What an article's own text says about it, read by text preparation and used by every stage after."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What the text itself says about the article (title line, dateline, date, byline)."""

    title: str | None = None
    place: str | None = None
    outlet_tag: str | None = None
    published: date | None = None
    author: str | None = None
    language: str = "id"
