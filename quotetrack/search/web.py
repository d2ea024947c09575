"""What the search page shows: results, facet links, active filters and the next-page link."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from sqlmodel import Session

from quotetrack.store import reads
from quotetrack.store.search import SearchFilters, search_statements

PAGE = 20
# Facet -> the query parameter a click on one of its values sets.
FACET_PARAMS = {
    "official": "official_id",
    "role": "role",
    "region": "region",
    "province": "province",
    "topic": "topic",
    "outlet": "outlet",
    "language": "language",
    "kind": "kind",
}


@dataclass(frozen=True, slots=True)
class Link:
    label: str
    href: str
    count: int = 0
    active: bool = False


def _href(params: Mapping[str, str], **changes: str | None) -> str:
    merged = {k: v for k, v in params.items() if k not in ("cursor", "lang")}
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return "/search?" + urlencode({k: v for k, v in merged.items() if v not in ("", None)})


def search_page_context(
    *, session: Session, q: str, flt: SearchFilters, sort: str, cursor: str | None, params: Mapping[str, str]
) -> dict[str, Any]:
    """Template context of /search; QueryError (a 400 page) for a malformed query or cursor."""
    params = dict(params)
    official = reads.get_official(session=session, official_id=flt.official_id) if flt.official_id else None
    active = [
        Link(label=f"{field.name}: {official.name if field.name == 'official_id' and official else value}",
             href=_href(params, **{field.name: None}), active=True)
        for field in dataclasses.fields(flt)
        if (value := getattr(flt, field.name)) not in (None, "")
    ]
    context: dict[str, Any] = {
        "q": q, "sort": sort, "flt": flt, "official": official, "active": active, "result": None,
        "facets": {}, "next_url": None, "first_url": None, "topics": reads.topic_labels(session=session),
    }
    if not q.strip():
        return context
    result = search_statements(session=session, q=q, filters=flt, sort=sort, cursor=cursor, limit=PAGE,  # type: ignore[arg-type]
                               facets=True)
    context["result"] = result
    context["words"] = result.query.words
    context["facets"] = {
        name: [
            Link(label=v.label, href=_href(params, **{FACET_PARAMS[name]: v.value if name == "official" else v.label}),
                 count=v.count, active=str(getattr(flt, FACET_PARAMS[name]) or "") in (v.value, v.label))
            for v in values
        ]
        for name, values in result.facets.items()
        if values
    }
    if result.next_cursor:
        context["next_url"] = _href(params, cursor=None) + "&" + urlencode({"cursor": result.next_cursor})
    if cursor:
        context["first_url"] = _href(params)
    context["sort_links"] = [Link(label=s, href=_href(params, sort=s), active=s == sort) for s in ("relevance", "date")]
    return context
