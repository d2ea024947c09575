"""Engines and sessions for SQLite (the embedded default) and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlmodel import Session, create_engine

from quotetrack.config import get_settings


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    cur = dbapi_conn.cursor()  # type: ignore[attr-defined]
    # WAL lets the web server read while an ingest writes; busy_timeout waits out short locks
    # instead of surfacing "database is locked" to a user.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _postgres_settings(dbapi_conn: object, _record: object) -> None:
    # Plan every search for its own words. psycopg prepares a statement run five times on a
    # connection, and PostgreSQL then tries a generic plan, made without knowing the tsquery:
    # one that reads every match of whatever word comes next. After the first few searches of a
    # connection a rare phrase took 2.8 s instead of 11 ms at a million statements. Planning
    # costs a fraction of a millisecond.
    # No JIT: it pays off on long analytic queries; here it compiled for 90 ms to speed up a
    # 230 ms count, and a web request's queries are meant to take milliseconds.
    cur = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cur.execute("SET plan_cache_mode = force_custom_plan")
    cur.execute("SET jit = off")
    cur.close()
    dbapi_conn.commit()  # type: ignore[attr-defined]


def make_engine(url: str) -> sa.Engine:
    """An engine for any SQLAlchemy URL; creates the SQLite file's folder on first use."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        # A connection per request thread (anyio runs sync endpoints in up to 40): a SQLite
        # connection is a file handle, and waiting for one under load only turns into errors.
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               pool_size=10, max_overflow=30)
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # pre_ping: a restarted PostgreSQL is reconnected to without restarting the app.
    # Up to 40 per web worker, one per request thread; past a few workers put PgBouncer in front
    # (docs/DEPLOYMENT.md).
    engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=30)
    sa.event.listen(engine, "connect", _postgres_settings)
    return engine


@cache
def default_engine() -> sa.Engine:
    return make_engine(get_settings().sqlalchemy_url)


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
