"""The closed sets of values QuoteTrack stores or accepts, each defined once.

Stored sets are StrEnums: a member is the very string kept in the database column (so no
migration), compares equal to it and serialises as it. Sets that are only ever passed around
(sort orders, the interim prefixes of a printed post) are Literal types mypy checks.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal, get_args


class StatementStatus(StrEnum):
    PUBLISHED = "published"
    HIDDEN = "hidden"  # by an editor
    SUPERSEDED = "superseded"  # a newer version of its article replaced it (provenance.record_version)
    WITHDRAWN = "withdrawn"  # re-extraction no longer finds it; its page stays


class StatementKind(StrEnum):
    DIRECT = "direct"  # a quotation, in quotation marks
    INDIRECT = "indirect"  # reported speech


class Appointment(StrEnum):
    """How a stored post (Membership) is held."""

    ELECTED = "elected"
    APPOINTED = "appointed"
    ACTING = "acting"


# How a printed post is held: for good, or in the interim (Pj. acting, Plt. caretaker, Plh. daily,
# Pjs. while the holder is on leave, e.g. to run for office).
Tenure = Literal["definitive", "acting", "caretaker", "daily", "temporary"]
TENURES: tuple[Tenure, ...] = get_args(Tenure)
# How each interim tenure is printed before its post ("Pj. Bupati").
ACTING_PREFIX: dict[Tenure, str] = {"acting": "Pj.", "caretaker": "Plt.", "daily": "Plh.", "temporary": "Pjs."}


class RevisionAction(StrEnum):
    """What a logged change (Revision) did."""

    EDIT = "edit"
    HIDE = "hide"
    UNHIDE = "unhide"
    REVIEW = "review"  # an editor accepted a low-confidence statement as it stands
    RESTORE = "restore"
    UNDO = "undo"
    MERGE = "merge"
    SPLIT = "split"
    CREATE = "create"  # a topic
    RETAG = "retag"  # topics re-assigned by the tagger
    FACT_CHECK = "fact-check"


class SuggestionStatus(StrEnum):
    """Where a merge suggestion stands."""

    OPEN = "open"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class ReportStatus(StrEnum):
    """Where a reader's error report stands."""

    OPEN = "open"
    FIXED = "fixed"
    REJECTED = "rejected"


# Statement search: best match first, newest first, oldest first.
SearchSort = Literal["relevance", "date", "oldest"]
SEARCH_SORTS: tuple[SearchSort, ...] = get_args(SearchSort)

# Officials list: most quoted, by name, most recently quoted, best name match (with a name query).
OfficialSort = Literal["quoted", "name", "recent", "match"]
OFFICIAL_SORTS: tuple[OfficialSort, ...] = get_args(OfficialSort)
