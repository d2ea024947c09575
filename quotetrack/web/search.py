"""What the search page shows: results, the official a query names, facet links, active
filters, sort, export and feed links, and the next-page link."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from sqlmodel import Session

from quotetrack.errors import QueryError
from quotetrack.kinds import SEARCH_SORTS, SearchSort
from quotetrack.store import reads
from quotetrack.store.filters import StatementFilter
from quotetrack.store.name_query import NameInQuery, find_name
from quotetrack.store.search import SearchResult, search_statements
from quotetrack.store.suggest import suggest_query
from quotetrack.text.lexicon import word_set

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
# A filter's name on its chip (an i18n key).
FILTER_KEYS = {
    "official_id": "sr_facet_official",
    "article_id": "article",
    "role": "sr_facet_role",
    "region": "sr_facet_region",
    "province": "sr_facet_province",
    "topic": "sr_facet_topic",
    "date_from": "sr_from",
    "date_to": "sr_to",
    "outlet": "sr_facet_outlet",
    "language": "sr_facet_language",
    "kind": "sr_facet_kind",
}
# ?names=off searches the words as typed, without looking for an official's name in them.
NAMES_OFF = "off"
# Parameters that belong to one page of one view, not to the search itself.
_PAGE_ONLY = ("cursor", "lang")


@dataclass(frozen=True, slots=True)
class Link:
    label: str
    href: str
    count: int = 0
    active: bool = False
    value: str = ""


def _query(params: Mapping[str, str], **changes: str | None) -> str:
    merged = {k: v for k, v in params.items() if k not in _PAGE_ONLY}
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return urlencode({k: v for k, v in merged.items() if v not in ("", None)})


def _href(params: Mapping[str, str], **changes: str | None) -> str:
    return "/search?" + _query(params, **changes)


def search_params(q: str, flt: StatementFilter, sort: str) -> dict[str, str]:
    """The query string of a search: its words, every filter set, and the sort."""
    params = {"q": q, **flt.params()}
    if sort != "relevance":
        params["sort"] = sort
    return params


def export_links(q: str, flt: StatementFilter, sort: str) -> dict[str, str]:
    """CSV, JSONL, Atom and RSS links that carry the words, filters and sort of the results shown."""
    params = search_params(q, flt, sort)
    api = "/api/v1/search?" + urlencode(params)
    return {
        "csv": api + "&format=csv",
        "jsonl": api + "&format=jsonl",
        "atom": "/feeds/search.atom?" + urlencode(params),
        "rss": "/feeds/search.rss?" + urlencode(params),
        "follow": "/follow?" + urlencode({"follow": "search", **params}),
        "json": api,
    }


def _run(session: Session, q: str, flt: StatementFilter, sort: SearchSort, cursor: str | None) -> SearchResult:
    return search_statements(session=session, q=q, filters=flt, sort=sort, cursor=cursor, limit=PAGE, facets=True)


def search_page_context(
    *, session: Session, q: str, flt: StatementFilter, sort: SearchSort, cursor: str | None, params: Mapping[str, str]
) -> dict[str, Any]:
    """Template context of /search. A malformed query or cursor leaves the search box as typed
    and the page's help beside it, with the QueryError under "query_error" (a 400).

    Words that name an official (store.name_query) become the official filter, and the page
    says so with a link to search every statement for the words as typed; when none of that
    official's statements match, every statement is searched instead, and the page says that.
    When nothing matches, the page suggests the query with its misspelled words corrected
    (store.suggest), linked with the same filters and sort.
    """
    params = dict(params)
    context: dict[str, Any] = {
        "q": q,
        "sort": sort,
        "flt": flt,
        "official": None,
        "active": [],
        "result": None,
        "facets": {},
        "next_url": None,
        "first_url": None,
        "topics": reads.topic_labels(session=session),
        "named": None,
        "named_fallback": False,
        "all_url": None,
        "exports": None,
        "sort_links": [],
        "words": [],
        "filter_keys": FILTER_KEYS,
        "topic_names": {},
        "named_cards_only": False,
        "suggestion": None,
        "suggestion_url": None,
        "query_error": None,
        "only_common": False,
    }
    if not q.strip() and not flt.any():
        return context  # nothing asked yet: the page invites a search or a browse
    found = dict(context)
    try:
        _search_into(found, session=session, q=q, flt=flt, sort=sort, cursor=cursor, params=params)
    except QueryError as exc:
        return context | {"query_error": exc}
    return found


def _search_into(
    context: dict[str, Any],
    *,
    session: Session,
    q: str,
    flt: StatementFilter,
    sort: SearchSort,
    cursor: str | None,
    params: dict[str, str],
) -> None:
    shown_q, shown_flt = q, flt
    named: NameInQuery | None = None
    if q.strip() and flt.official_id is None and params.get("names") != NAMES_OFF:
        named = find_name(session=session, q=q)
    if named is not None:
        shown_q = named.rest
        shown_flt = dataclasses.replace(flt, official_id=named.officials[0].id)
        context["named"] = named
        context["all_url"] = _href(params, names=NAMES_OFF)
    result = _run(session, shown_q, shown_flt, sort, cursor)
    if named is not None and result.total == 0 and named.rest:
        if named.weak:  # "rahmat" was most likely the word, not the name: the query as typed
            shown_q, context["named"] = q, None
        else:  # none of the official's statements has the other words: everyone's, and say so
            shown_q, context["named_fallback"] = named.rest, True
        shown_flt = flt
        result = _run(session, shown_q, shown_flt, sort, cursor)
    elif named is not None and named.weak and not named.rest:
        # A lone ordinary word that is also a name: its cards lead to the officials, the
        # results stay those of the word.
        shown_q, shown_flt = q, flt
        result = _run(session, q, flt, sort, cursor)
        context["named_cards_only"] = True

    official_id = shown_flt.official_id
    official = reads.get_official(session=session, official_id=official_id) if official_id else None
    labels = {t.slug: (t.label_id, t.label_en) for t in context["topics"]}
    context.update(
        official=official,
        result=result,
        words=result.query.words,
        exports=export_links(shown_q, shown_flt, sort),
        active=[
            Link(
                label=_filter_label(name, value, official), href=_href(params, **{name: None}), active=True, value=name
            )
            for name, value in flt.params().items()
        ],
        facets={
            name: [
                Link(
                    label=v.label,
                    href=_href(params, **{FACET_PARAMS[name]: v.value if name == "official" else v.label}),
                    count=v.count,
                    active=str(getattr(flt, FACET_PARAMS[name]) or "") in (v.value, v.label),
                    value=v.value,
                )
                for v in values
            ]
            for name, values in result.facets.items()
            if values
        },
        topic_names=labels,
        sort_links=[
            Link(label=s, href=_href(params, sort=s), active=s == _shown_sort(shown_q, sort))
            for s in SEARCH_SORTS
            if s != "relevance" or shown_q.strip()
        ],
    )
    context["only_common"] = only_common_words(result.query.words)
    if result.total == 0 and shown_q.strip() and cursor is None:
        suggestion = suggest_query(session=session, q=q, filters=shown_flt, searched=shown_q)
        if suggestion is not None:
            context.update(suggestion=suggestion, suggestion_url=_href(params, q=suggestion.text))
    if result.next_cursor:
        context["next_url"] = _href(params) + "&" + urlencode({"cursor": result.next_cursor})
    if cursor:
        context["first_url"] = _href(params)


def only_common_words(words: list[str]) -> bool:
    """Whether every word searched is a function word ("yang dan di", "the of"): the results are
    then every statement that uses them, which answers no question, and the page says so."""
    common = word_set("quotetrack.text", "stopwords_id.txt") | word_set("quotetrack.text", "stopwords_en.txt")
    return bool(words) and all(word in common for word in words)


def _shown_sort(q: str, sort: str) -> str:
    # Without words there is nothing to rank: the list is newest first unless asked otherwise.
    return "date" if not q.strip() and sort == "relevance" else sort


def _filter_label(name: str, value: object, official: Any) -> str:
    if name == "official_id" and official is not None:
        return official.name
    return str(value)
