"""The one filter of statements: what a listing, a count, a search and its facets, a claim check,
a feed or a follow takes in, with one meaning per field on the pages, the JSON API and the CLI.

Two renderings speak it: `reads._apply_filter` (SQLAlchemy, for the newest-first lists, counts,
timelines and exports) and `match.where_clauses` (bound SQL text, for search, facets, claims and
follows). tests/store/test_filters.py holds both to the meanings documented here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from quotetrack.errors import QueryError

# The filters a query string may set, by their public names (/api/v1/statements, /api/v1/search,
# the pages, feeds and stored follows): existing links must keep working, so never rename one.
PARAMS: tuple[str, ...] = (
    "official_id",
    "article_id",
    "topic",
    "kind",
    "region",
    "province",
    "role",
    "date_from",
    "date_to",
    "outlet",
    "language",
)


@dataclass(frozen=True, slots=True)
class StatementFilter:
    """Statements to take in; a field left None (or empty) does not filter. Published statements
    only, unless `include_hidden` (editors) or an article's own list (superseded ones too)."""

    official_id: int | None = None
    # One article's statements, in reading order (superseded ones included: a newer version of
    # the article replaced them, and its page still shows them).
    article_id: int | None = None
    # A topic slug; statements tagged with one of its child topics count too ("elections" takes
    # in "pilkada"). The tagger gives each statement its topics' parents, but an editor may tag a
    # child alone, and a reader asking for elections expects the Pilkada statements.
    topic: str | None = None
    kind: str | None = None  # direct | indirect
    # An area code ("32", "32.13") or name, case-insensitive ("Bekasi" names Kota Bekasi and
    # Kabupaten Bekasi, see region_names); a province includes its regencies and cities (the
    # areas directly below the one named). Matched on the post held that day.
    region: str | None = None
    # Read as a second region (both must hold): the name the search's province facet and older
    # links and follows set. Named by a province, it means what it always meant.
    province: str | None = None
    # Part of the post held that day, case-insensitive: "Bupati" matches "Pj. Bupati".
    role: str | None = None
    date_from: dt.date | None = None  # statement date, inclusive
    date_to: dt.date | None = None
    outlet: str | None = None  # the article's outlet, case-insensitive ("warta bekasi" is Warta Bekasi)
    language: str | None = None  # the article's language: id | en
    include_hidden: bool = False  # hidden, pending and superseded statements too (editors only)

    def __post_init__(self) -> None:
        # One spelling of "no filter" and of each value, whoever built the filter (query string,
        # stored follow, CLI): "" is unset and " Jawa Barat " is "Jawa Barat", so equal filters
        # are equal keys for the memoised counts and the cursors' fingerprints.
        for name in PARAMS:
            value = getattr(self, name)
            if isinstance(value, str):
                value = value.strip() or None
                object.__setattr__(self, name, value)

    def any(self) -> bool:
        """Whether any filter is set: a search without words needs one."""
        return any(getattr(self, name) is not None for name in PARAMS)

    def params(self) -> dict[str, str]:
        """The filters set, as query-string values under their public names."""
        return {name: str(value) for name in PARAMS if (value := getattr(self, name)) is not None}


def check_date_range(flt: StatementFilter) -> None:
    """QueryError (HTTP 400) for a From date after the To date: such a range holds no statement,
    and "0 results" would read as "nobody said it" to a fact-checker who swapped the two."""
    if flt.date_from is not None and flt.date_to is not None and flt.date_from > flt.date_to:
        raise QueryError(
            f"the From date ({flt.date_from}) is after the To date ({flt.date_to}): swap them",
            key="dates_backwards",
            start=flt.date_from.isoformat(),
            end=flt.date_to.isoformat(),
        )


def region_names(region: str) -> tuple[str, str, str]:
    """The folded area names a region filter stands for: the name as typed, and the city and the
    regency of that name. Areas are stored as the press prints them in full ("Kota Bekasi",
    "Kabupaten Malang") and a reader types "Bekasi": it found nothing, as if nobody spoke there."""
    named = region.casefold()
    return (named, f"kota {named}", f"kabupaten {named}")
