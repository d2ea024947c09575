"""The per-worker memo: answers valid for one data version, computed once even when requests
for the same new answer arrive together."""

from __future__ import annotations

import threading
import time

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.models import Revision
from quotetrack.store.cache import Memo, newest_statement_id


def test_concurrent_requests_for_one_answer_compute_it_once(sqlite_engine: sa.Engine) -> None:
    memo = Memo(8)
    calls: list[int] = []
    answers: list[int] = []

    def compute() -> int:
        calls.append(1)
        time.sleep(0.2)  # long enough for every other thread to arrive meanwhile
        return 42

    def ask() -> None:
        with Session(sqlite_engine) as session:
            answers.append(memo.get(session, "popular", compute))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert answers == [42] * 8 and len(calls) == 1


def test_a_write_makes_the_next_request_compute_again(sqlite_engine: sa.Engine) -> None:
    memo = Memo(8)
    with Session(sqlite_engine) as session:
        assert memo.get(session, "k", lambda: "old") == "old"
        assert memo.get(session, "k", lambda: "new") == "old"
        session.add(Revision(entity_type="topics", entity_id=0, action="retag", actor="test"))
        session.commit()
        assert memo.get(session, "k", lambda: "new") == "new"


def test_a_failed_computation_is_not_remembered(sqlite_engine: sa.Engine) -> None:
    memo = Memo(8)

    def boom() -> str:
        raise ValueError("no")

    with Session(sqlite_engine) as session:
        with pytest.raises(ValueError):
            memo.get(session, "k", boom)
        assert memo.get(session, "k", lambda: "fine") == "fine"


@pytest.mark.postgres
def test_a_lower_id_committed_after_a_higher_one_still_refreshes_the_answer(pg_engine_session: sa.Engine) -> None:
    """Two writers (two web processes, or the web and an ingest) on PostgreSQL: the max ids alone
    would not move when the slower one commits, and the memo would serve the answer without it."""
    memo = Memo(8)

    def count(session: Session) -> int:
        return session.execute(sa.select(sa.func.count()).select_from(Revision)).scalar_one()

    with Session(pg_engine_session) as slow, Session(pg_engine_session) as fast, Session(pg_engine_session) as reader:
        early = Revision(entity_type="topics", entity_id=0, action="retag", actor="slow")
        slow.add(early)
        slow.flush()  # takes the lower id, not committed yet
        late = Revision(entity_type="topics", entity_id=0, action="retag", actor="fast")
        fast.add(late)
        fast.commit()
        assert (early.id or 0) < (late.id or 0)
        before = memo.get(reader, "revisions", lambda: count(reader))
        slow.commit()
        assert memo.get(reader, "revisions", lambda: count(reader)) == before + 1


def test_a_session_bound_to_a_connection_is_memoised_too(sqlite_engine: sa.Engine) -> None:
    """Sessions joined to an outer transaction are bound to a Connection, which has no `url`."""
    memo = Memo(8)
    with sqlite_engine.connect() as connection, Session(bind=connection) as session:
        assert memo.get(session, "k", lambda: "first") == "first"
        assert memo.get(session, "k", lambda: "second") == "first"


def test_the_newest_statement_inside_an_answer_is_the_one_its_data_version_read(seeded: sa.Engine) -> None:
    """A search computed for the memo takes its snapshot from the version read just before it:
    no second lookup, and the same id a lookup of its own gives."""
    memo, outer = Memo(8), Memo(8)
    sent: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        sent.append(statement)

    with Session(seeded) as session:
        newest = newest_statement_id(session)
        assert newest > 0
        sa.event.listen(seeded, "before_cursor_execute", count)
        try:

            def inner() -> tuple[int, int]:
                before = len(sent)
                return newest_statement_id(session), len(sent) - before

            # Nested answers (facets inside a search) each see their own version, and the
            # outer one's is back once the inner answer is done.
            def both() -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
                return inner(), memo.get(session, "inner", inner), inner()

            assert outer.get(session, "outer", both) == ((newest, 0), (newest, 0), (newest, 0))
            before = len(sent)
            assert newest_statement_id(session) == newest and len(sent) == before + 1  # outside: its own lookup
        finally:
            sa.event.remove(seeded, "before_cursor_execute", count)
