"""Shared fixtures: a migrated SQLite database always, a real PostgreSQL when reachable."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

# The tests run like production: a secret key of their own, not the shipped one (which a server
# refuses without --dev). Set before quotetrack reads its settings; servers started by tests inherit it.
os.environ.setdefault("QUOTETRACK_SECRET_KEY", f"tests-{uuid.uuid4().hex}")
# The default database of a test that names none is a file of this run, never the checkout's
# data/quotetrack.db (which `make run` serves) nor whatever QUOTETRACK_DATABASE_URL the shell holds.
os.environ["QUOTETRACK_DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='quotetrack-tests-')}/default.db"

import quotetrack.models  # noqa: F401  (registers every table)
from quotetrack.store import cache
from quotetrack.store.db import make_engine
from quotetrack.store.migrate import upgrade

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
PG_URL = os.environ.get("QUOTETRACK_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
# Every run works in databases of its own on the configured server, named with this suffix and
# dropped at the end, so two runs at once (two checkouts, a test run beside a benchmark) never
# share a schema.
RUN_ID = f"{os.getpid()}_{uuid.uuid4().hex[:8]}"


def run_database_name(name: str) -> str:
    """A database name private to this test run."""
    return f"{name}_{RUN_ID}"


def create_run_database(name: str) -> tuple[sa.Engine, str]:
    """Create this run's database NAME; return the server's admin engine and the database's URL."""
    admin_url = sa.engine.make_url(PG_URL).set(database="postgres")
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    return admin, admin_url.set(database=name).render_as_string(hide_password=False)


def drop_run_database(admin: sa.Engine, name: str) -> None:
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _postgres_reachable() -> bool:
    try:
        engine = make_engine(PG_URL)
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def pg_engine_session() -> Iterator[sa.Engine]:
    if not _postgres_reachable():
        if os.environ.get("QUOTETRACK_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL required but not reachable at {PG_URL}")
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}")
    name = run_database_name("quotetrack_test")
    admin, url = create_run_database(name)
    engine = make_engine(url)
    upgrade(engine)
    yield engine
    engine.dispose()
    drop_run_database(admin, name)


def _empty_pg(engine: sa.Engine) -> None:
    tables = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(sa.text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    """An empty, migrated database: SQLite, and PostgreSQL when reachable."""
    if request.param == "sqlite":
        eng = make_engine(f"sqlite:///{tmp_path / 'test.db'}")
        upgrade(eng)
        yield eng
        eng.dispose()
    else:
        eng = request.getfixturevalue("pg_engine_session")
        _empty_pg(eng)
        # Ids restart after TRUNCATE, so memoised reads of an earlier test could look current.
        cache.clear()
        yield eng


@pytest.fixture
def settings_from_env() -> Iterator[None]:
    """For a test that sets QUOTETRACK_* variables and runs the CLI: settings and the default
    engine are read again from the environment it sets, and forgotten after it."""
    from quotetrack.config import get_settings
    from quotetrack.store.db import default_engine

    get_settings.cache_clear()
    default_engine.cache_clear()
    yield
    get_settings.cache_clear()
    default_engine.cache_clear()


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[sa.Engine]:
    eng = make_engine(f"sqlite:///{tmp_path / 'test.db'}")
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def seeded(engine: sa.Engine) -> sa.Engine:
    """A database with the seed articles ingested."""
    from quotetrack.pipeline import ingest_paths

    report = ingest_paths([SEEDS], engine=engine, max_bytes=10_000_000)
    assert report.ok, report.errors
    assert report.statements > 0
    return engine


@pytest.fixture
def client(seeded: sa.Engine) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from quotetrack.web.app import create_app

    with TestClient(create_app(seeded)) as c:
        yield c
