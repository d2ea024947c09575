"""Backups of a live database and their restore: SQLite's online backup API, pg_dump/pg_restore.

Both sides work while the web server and ingests keep running: the SQLite backup API copies a
consistent snapshot page by page, and pg_dump reads inside one repeatable-read transaction.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL

from quotetrack.errors import QuotetrackError
from quotetrack.store.db import refresh_statistics


class BackupError(QuotetrackError):
    """A backup or restore could not be made; nothing was replaced."""


def _sqlite_path(engine: sa.Engine) -> Path:
    database = engine.url.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        raise BackupError(f"cannot back up the SQLite database {database or ':memory:'!r}: not a plain file")
    return Path(database)


def _check_sqlite(conn: sqlite3.Connection, what: Path) -> None:
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        versioned = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{what} is not a readable SQLite database: {exc}") from exc
    if rows != ["ok"]:
        raise BackupError(f"{what} fails PRAGMA integrity_check: {'; '.join(map(str, rows[:5]))}")
    if versioned is None:
        raise BackupError(f"{what} is not a QuoteTrack database (no alembic_version table)")


def _libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq connection URI for pg_dump/pg_restore; the password goes in the environment, not argv."""
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} is not on PATH (Debian: apt-get install postgresql-client)")
    return path


def _run(argv: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BackupError(f"{Path(argv[0]).name} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")


def backup(engine: sa.Engine, dest: Path) -> Path:
    """Write a consistent copy of the database to `dest` (replaced only once complete) and return it.

    SQLite: a self-contained database file. PostgreSQL: a pg_dump custom-format archive.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    # A backup holds password, session and token hashes: readable by its owner only. Created
    # 0600 before anything is written (sqlite3 and pg_dump keep the mode of a file they open).
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        if engine.dialect.name == "sqlite":
            source = _sqlite_path(engine)
            if not source.exists():
                raise BackupError(f"no database at {source}")
            src = sqlite3.connect(source, timeout=30)
            dst = sqlite3.connect(partial)
            try:
                # One step: in WAL mode the read snapshot does not block writers, while copying
                # in small steps would restart from scratch after every write of a busy ingest.
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
                _check_sqlite(dst, source)
            finally:
                dst.close()
                src.close()
        else:
            uri, env = _libpq(engine.url)
            _run([_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={partial}", f"--dbname={uri}"], env)
        partial.chmod(0o600)  # whatever the umask or the tool did
        partial.replace(dest)
    finally:
        partial.unlink(missing_ok=True)
    return dest


def restore(engine: sa.Engine, src: Path) -> None:
    """Replace the database's contents with a backup made by `backup` (checked before anything is touched).

    SQLite: the backup API copies the file into the live database under its write lock, so
    readers never see half of it and the -wal file stays consistent. PostgreSQL: pg_restore
    --clean in one transaction; a failure leaves the database as it was.
    """
    src = Path(src)
    if not src.is_file():
        raise BackupError(f"no backup at {src}")
    engine.dispose()  # pooled connections would keep the old schema's statements cached
    if engine.dialect.name == "sqlite":
        target = _sqlite_path(engine)
        target.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"file:{src.resolve()}?mode=ro", uri=True)
        try:
            _check_sqlite(source, src)
            live = sqlite3.connect(target, timeout=30)
            try:
                source.backup(live)
                rows = [r[0] for r in live.execute("PRAGMA quick_check")]
                if rows != ["ok"]:
                    raise BackupError(f"{target} fails PRAGMA quick_check after the restore: {rows[:5]}")
            finally:
                live.close()
        finally:
            source.close()
        return
    uri, env = _libpq(engine.url)
    _run(
        [
            _tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={uri}",
            str(src),
        ],
        env,
    )
    refresh_statistics(engine)  # pg_restore leaves the tables unanalysed
