"""The one cursor of every paged list (statement lists and searches): where a page ended, tied
to the list and the query it came from.

A cursor is opaque to clients: "q1." and URL-safe base64 of a small JSON object. It names its
list ("statements", "search") and carries a fingerprint of that list's query (filters, words,
sort), so a cursor pasted into another list or another query is refused with a QueryError (a
400 with a message), as is anything malformed; nothing in it reaches SQL unchecked.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import math
from dataclasses import dataclass
from typing import Any, Literal

from quotetrack.errors import QueryError

ListName = Literal["statements", "search"]
# The version prefix: a change of the JSON's meaning takes a new one, and older cursors are then
# refused with a message instead of being misread.
PREFIX = "q1."
MALFORMED = "invalid cursor: pass next_cursor from the previous page unchanged"
# Longest cursor a request may carry (the query parameter's max_length); a cursor is ~150 characters.
MAX_CHARS = 300


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the previous page ended: the last row's sort key and id (keyset paging, stable
    while rows are added, unlike an offset), and for a search the newest statement id when it
    began (`snapshot`: statements stored since wait for a new search) and where its window of
    ranked matches starts."""

    key: Any  # the last row's sort key: an ISO date or None, a score, or a position in an article
    last_id: int
    snapshot: int | None = None
    window_start: int | None = None

    def date_key(self) -> dt.date | None:
        """The key as a statement date (None: undated); QueryError when it is not one."""
        if self.key is None:
            return None
        try:
            return dt.date.fromisoformat(self.key)
        except (TypeError, ValueError) as exc:
            raise QueryError(MALFORMED, key="bad_cursor") from exc

    def number_key(self) -> float:
        """The key as a number (a score or a position); QueryError when it is not one."""
        if not isinstance(self.key, int | float) or isinstance(self.key, bool) or not math.isfinite(self.key):
            raise QueryError(MALFORMED, key="bad_cursor")
        return float(self.key)


def fingerprint(*parts: object) -> str:
    """A short digest of a list's query: equal queries, equal fingerprints."""
    raw = json.dumps(parts, default=str, sort_keys=True)
    return hashlib.sha256(raw.encode()).hexdigest()[:12]


def encode(cursor: Cursor, *, of: ListName, query: str) -> str:
    """The cursor as next_cursor text, for list `of` and the query whose fingerprint is `query`."""
    data = {
        "l": of,
        "f": query,
        "k": cursor.key,
        "i": cursor.last_id,
        "m": cursor.snapshot,
        "w": cursor.window_start,
    }
    raw = json.dumps(data, separators=(",", ":")).encode()
    return PREFIX + base64.urlsafe_b64encode(raw).decode().rstrip("=")


_INT_MAX = 2**63 - 1  # row ids as the databases store them


def decode(text: str, *, of: ListName, query: str) -> Cursor:
    """The cursor `text` names, checked to come from list `of` and the query `query`; QueryError
    (a 400) for anything else."""
    if not text.startswith(PREFIX):
        raise QueryError(MALFORMED + " (an older or foreign cursor: start again from the first page)", key="bad_cursor")
    try:
        body = text[len(PREFIX) :]
        data = json.loads(base64.urlsafe_b64decode((body + "=" * (-len(body) % 4)).encode("ascii")))
        if not isinstance(data, dict):
            raise TypeError("a cursor is a JSON object")
        found = Cursor(
            key=data["k"],
            last_id=_row_id(data["i"]),
            snapshot=None if data.get("m") is None else _row_id(data["m"]),
            window_start=None if data.get("w") is None else _row_id(data["w"]),
        )
        listed, fp = data["l"], data["f"]
    except (ValueError, KeyError, TypeError, UnicodeError, binascii.Error) as exc:
        raise QueryError(MALFORMED, key="bad_cursor") from exc
    if not isinstance(found.key, str | int | float | None):
        raise QueryError(MALFORMED, key="bad_cursor")
    if listed != of:
        raise QueryError(f"this cursor belongs to another list ({listed!s:.20}): start again from the first page")
    if fp != query:
        what = "search" if of == "search" else "list of statements"
        raise QueryError(f"this cursor belongs to another {what}: start again from the first page")
    return found


def _row_id(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= _INT_MAX:
        raise ValueError("a row id")
    return value
