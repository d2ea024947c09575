"""Engines and sessions for SQLite (the embedded default) and PostgreSQL, and how an unreachable
database is recognised and reported (once per outage)."""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlmodel import Session, SQLModel, create_engine
from sqlmodel.sql.expression import Select

from quotetrack.config import get_settings

log = logging.getLogger("quotetrack.db")


def _sqlite_pragmas(dbapi_conn: DBAPIConnection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    # WAL lets the web server read while an ingest writes; busy_timeout waits out short locks
    # instead of surfacing "database is locked" to a user.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _postgres_settings(dbapi_conn: DBAPIConnection, _record: object) -> None:
    # Plan every search for its own words. psycopg prepares a statement run five times on a
    # connection, and PostgreSQL then tries a generic plan, made without knowing the tsquery:
    # one that reads every match of whatever word comes next. After the first few searches of a
    # connection a rare phrase took 2.8 s instead of 11 ms at a million statements. Planning
    # costs a fraction of a millisecond.
    # No JIT: it pays off on long analytic queries; here it compiled for 90 ms to speed up a
    # 230 ms count, and a web request's queries are meant to take milliseconds.
    cur = dbapi_conn.cursor()
    # Pages cost the same read in any order: a server with a database worth searching keeps it in
    # the OS cache or on SSD, which is what 1.1 (PostgreSQL's default, 4, is a spinning disk)
    # tells the planner. At 4 it walked 29,000 statements newest first to find the newest 1,001
    # matches of a word in 4% of them (5,000 pages), rather than read the 1,100 pages the GIN
    # index points at.
    cur.execute("SET plan_cache_mode = force_custom_plan")
    cur.execute("SET jit = off")
    cur.execute("SET random_page_cost = 1.1")
    cur.close()
    dbapi_conn.commit()


def make_engine(url: str) -> sa.Engine:
    """An engine for any SQLAlchemy URL; creates the SQLite file's folder on first use."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        # A connection per request thread (anyio runs sync endpoints in up to 40): a SQLite
        # connection is a file handle, and waiting for one under load only turns into errors.
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, pool_size=10, max_overflow=30
        )
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        sa.event.listen(engine, "checkout", _outage.connection_ok)
        return engine
    # pre_ping: a restarted PostgreSQL is reconnected to without restarting the app.
    # Up to 40 per web worker, one per request thread; past a few workers put PgBouncer in front
    # (docs/DEPLOYMENT.md).
    engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=30)
    sa.event.listen(engine, "connect", _postgres_settings)
    sa.event.listen(engine, "checkout", _outage.connection_ok)
    return engine


@cache
def default_engine() -> sa.Engine:
    return make_engine(get_settings().sqlalchemy_url)


def select_columns(*columns: Any) -> Select[*tuple[Any, ...]]:
    """`select(a, b, ...)` for any columns, its rows typed as tuples of Any. sqlmodel's `select` has
    signatures for at most four columns, none of them optional (`int | None`, as primary keys are
    typed), so mypy finds none for such a call although it works."""
    return Select(*columns)


def table_of(model: type[SQLModel]) -> sa.Table:
    """The Core table of a table model, which sqlmodel's type hints do not declare."""
    return cast(sa.Table, model.__table__)  # type: ignore[attr-defined]


def is_sqlite(engine_or_session: sa.Engine | Session) -> bool:
    bind = engine_or_session.get_bind() if isinstance(engine_or_session, Session) else engine_or_session
    return bind.dialect.name == "sqlite"


def refresh_statistics(engine: sa.Engine) -> None:
    """Update the planner's statistics after a bulk load. PostgreSQL chooses between walking
    the newest statements and reading a word's whole posting list by how common it thinks the
    word is; before autovacuum's first ANALYZE of a freshly loaded table it guesses a common
    word is rare, and a search then reads 100,000 matches instead of 1,000 (seconds, not
    milliseconds, at a million statements). SQLite's searches go through FTS5, whose plans
    do not depend on statistics: nothing to do there."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")


@contextmanager
def session_scope(engine: sa.Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    with Session(engine) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


# --- an unreachable database -------------------------------------------------------------


def is_unavailable(exc: BaseException | None) -> bool:
    """True when `exc` (or what caused it) says the database cannot be reached, lost the
    connection, or stayed locked: the request was fine and may be retried (HTTP 503)."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, sa.exc.TimeoutError):  # every pooled connection busy
            return True
        if isinstance(exc, sa.exc.DBAPIError):
            if exc.connection_invalidated:
                return True
            orig = exc.orig
            # psycopg's OperationalError: refused, reset, "terminating connection due to
            # administrator command", a server shutting down; InterfaceError: connection closed.
            if type(orig).__module__.startswith("psycopg") and isinstance(
                exc, (sa.exc.OperationalError, sa.exc.InterfaceError)
            ):
                return True
            return isinstance(orig, sqlite3.OperationalError) and ("locked" in str(orig) or "busy" in str(orig))
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def database_address(url: str | None = None) -> str:
    """host:port of a server database, or the file of a SQLite one, for messages."""
    parsed = make_url(url or get_settings().sqlalchemy_url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}"


def first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]


class _Outage:
    """Logs one line when the database becomes unreachable and one when it answers again, instead
    of a traceback per request (a 10 s outage under 4 clients logged 524 of them)."""

    # A connection handed out this soon after a failure does not end the outage: when the server
    # goes, some pooled connections still pass their ping for a moment.
    SETTLE = 1.0

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.failures = 0
        self.last_failure = 0.0

    def failed(self, exc: BaseException) -> None:
        with self._lock:
            self.failures += 1
            self.last_failure = time.monotonic()
            first = self.failures == 1
        if first:
            log.warning(
                "database unavailable at %s (%s): answering 503 until it is back", database_address(), first_line(exc)
            )

    def connection_ok(self, *_args: object) -> None:
        # A pool checkout that passed pre_ping: the database answers. A plain int read when healthy.
        if not self.failures or time.monotonic() - self.last_failure < self.SETTLE:
            return
        with self._lock:
            failures, self.failures = self.failures, 0
        if failures:
            log.warning("database reachable again after %d failed requests", failures)


_outage = _Outage()
report_unavailable = _outage.failed


def request_session(engine: sa.Engine) -> Iterator[Session]:
    """The session of one web request. Closing it rolls back on its connection; when the database
    went away meanwhile that fails, after the answer was decided: the dead connection is dropped
    quietly instead of turning a finished request into an error (or a cut connection)."""
    session = Session(engine)
    try:
        yield session
    finally:
        try:
            session.close()
        except Exception as exc:
            if not is_unavailable(exc):
                raise
            report_unavailable(exc)


def lock_keys(session: Session, *keys: tuple[str, str]) -> None:
    """PostgreSQL: wait for, then hold to the end of the transaction, an advisory lock on each
    (kind, value) key, in a fixed order so two holders of the same keys cannot deadlock. Taken
    before a count that decides a write (the limit on error reports per address), it makes count
    and write one step across every process on the database, as auth/accounts.py does for login
    limits. A no-op on SQLite, whose writers take turns on one lock anyway."""
    if session.get_bind().dialect.name != "postgresql":
        return
    numbers = sorted(
        {
            int.from_bytes(hashlib.blake2b(f"{kind}:{value}".encode(), digest_size=8).digest(), "big", signed=True)
            for kind, value in keys
        }
    )
    if len(numbers) == 1:
        session.execute(sa.select(sa.func.pg_advisory_xact_lock(numbers[0])))
    elif numbers:
        # One round trip for many keys (a storing writer locks a hundred names per group): unnest
        # hands the sorted keys to the aggregate one by one, so they are still taken in order.
        session.execute(_LOCK_ALL, {"keys": numbers})


_LOCK_ALL = sa.text("SELECT count(pg_advisory_xact_lock(k)) FROM unnest(CAST(:keys AS bigint[])) AS k")
