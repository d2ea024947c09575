"""Memoised aggregate reads (counts per topic, area, official) that stay correct after writes.

Every write that changes what the public sees adds statements, areas or officials (a new max
id) or writes a Revision (edits, hides, merges, fact checks), so the max ids of those tables —
primary-key lookups — make a version that changes whenever a cached answer may have.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from sqlmodel import Session, func, select

from quotetrack.models import Area, Official, Revision, Statement

T = TypeVar("T")
_MAX_ENTRIES = 256
_lock = threading.Lock()
_entries: OrderedDict[Hashable, tuple[tuple, object]] = OrderedDict()


def data_version(session: Session) -> tuple:
    # Areas and officials too: a region import relinks posts to new areas without new statements.
    return tuple(
        session.exec(select(func.max(column))).one() for column in (Statement.id, Revision.id, Area.id, Official.id)
    )


def cached(session: Session, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()` once per data version and key, per database."""
    bind = session.get_bind()
    full_key = (str(bind.url), key)
    version = data_version(session)
    with _lock:
        hit = _entries.get(full_key)
        if hit is not None and hit[0] == version:
            _entries.move_to_end(full_key)
            return hit[1]  # type: ignore[return-value]
    value = compute()
    with _lock:
        _entries[full_key] = (version, value)
        _entries.move_to_end(full_key)
        while len(_entries) > _MAX_ENTRIES:
            _entries.popitem(last=False)
    return value


def clear() -> None:
    with _lock:
        _entries.clear()
