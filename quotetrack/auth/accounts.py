"""Accounts: create users, hash and check passwords (argon2id), log in with rate limiting.

A login is refused with TooManyAttempts when an account name had LOCKOUT_FAILURES failed
tries since its last success within LOCKOUT_WINDOW (the account is locked, even for the right
password), or when one address failed ADDRESS_FAILURES times within that window. A try is
recorded (as a failure) before its password is checked, in the same step as the limits are
read, so simultaneous tries cannot all slip under a limit; and only MAX_VERIFYING checks run
at once.
"""

from __future__ import annotations

import hashlib
import re
import threading
from datetime import timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlmodel import Session, col, delete, func, select, update

from quotetrack.auth.errors import LoginsBusy, TooManyAttempts
from quotetrack.auth.sessions import end_all_sessions
from quotetrack.errors import Conflict, QueryError
from quotetrack.models import LoginAttempt, User, utcnow

ROLES = ("reader", "editor", "admin")
LOCKOUT_FAILURES = 5
ADDRESS_FAILURES = 20
LOCKOUT_WINDOW = timedelta(minutes=15)
KEEP_ATTEMPTS = timedelta(days=1)
MIN_PASSWORD = 10
MAX_PASSWORD = 1024
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$")
_hasher = PasswordHasher()
# Password checks running at once in this process. Each argon2id check takes 64 MiB and some
# 50 ms of a core: 30 simultaneous logins took the server from 127 MiB to 1.9 GiB. More than
# this many wait up to VERIFY_WAIT seconds for a turn, then get 503 with Retry-After.
MAX_VERIFYING = 4
VERIFY_WAIT = 2.0
_verifying = threading.BoundedSemaphore(MAX_VERIFYING)
# Checked against when the account does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _check_password(password: str) -> None:
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise QueryError(f"a password needs {MIN_PASSWORD} to {MAX_PASSWORD} characters")


def find_user(*, session: Session, name: str) -> User | None:
    return session.exec(select(User).where(User.name == name)).first()


def create_user(*, session: Session, name: str, role: str, password: str) -> User:
    """A new account; raises QueryError for a bad name, role or password, Conflict if taken."""
    if not _NAME.match(name):
        raise QueryError("a user name is 1-100 letters, digits, '.', '_', '@' or '-'")
    if role not in ROLES:
        raise QueryError(f"role must be one of {', '.join(ROLES)}")
    _check_password(password)
    if find_user(session=session, name=name) is not None:
        raise Conflict(f"user {name!r} exists")
    user = User(name=name, role=role, password_hash=hash_password(password))
    session.add(user)
    session.flush()
    return user


def set_password(*, session: Session, user: User, password: str) -> None:
    """A new password ends every session of the account."""
    _check_password(password)
    user.password_hash = hash_password(password)
    session.add(user)
    end_all_sessions(session=session, user_id=user.id or 0)
    session.flush()


def _failures(session: Session, *, name: str | None = None, address: str | None = None) -> int:
    since = utcnow() - LOCKOUT_WINDOW
    query = (
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.at >= since, col(LoginAttempt.succeeded).is_(False))
    )
    if name is not None:
        last_success = (
            select(func.max(LoginAttempt.at))
            .where(LoginAttempt.name == name, col(LoginAttempt.succeeded).is_(True))
            .scalar_subquery()
        )
        query = query.where(LoginAttempt.name == name, sa.or_(last_success.is_(None), LoginAttempt.at > last_success))
    if address is not None:
        query = query.where(LoginAttempt.address == address)
    return session.exec(query).one()


def _lock_key(kind: str, value: str) -> int:
    return int.from_bytes(hashlib.blake2b(f"{kind}:{value}".encode(), digest_size=8).digest(), "big", signed=True)


def _reserve(session: Session, *, name: str, address: str) -> int:
    """Record the attempt as a failure before the password is checked, atomically with the limit
    check; returns the attempt's id, or raises TooManyAttempts (nothing recorded).

    Counting and recording must be one step, or simultaneous tries all read the same count and
    all go on to be checked (30 at once were, with a limit of 5). PostgreSQL: transaction-scoped
    advisory locks on the name and the address serialise the tries that share either. SQLite:
    the INSERT comes first and takes the database's write lock, so the count after it sees
    every earlier try and no other try can record until this one commits.
    """
    session.commit()  # start from a fresh transaction, so the write comes first in it
    if session.get_bind().dialect.name == "postgresql":
        for key in sorted({_lock_key("login-name", name), _lock_key("login-address", address)}):
            session.exec(select(func.pg_advisory_xact_lock(key)))
    attempt = LoginAttempt(name=name, address=address, succeeded=False)
    session.add(attempt)
    session.flush()
    # The reservation is among the failures counted: more than the limit means it is one too many.
    if _failures(session, address=address) > ADDRESS_FAILURES:
        session.rollback()
        raise TooManyAttempts(
            "too many failed logins from this address; try again in 15 minutes",
            "login_throttled",
            retry_after=int(LOCKOUT_WINDOW.total_seconds()),
        )
    if _failures(session, name=name) > LOCKOUT_FAILURES:
        session.rollback()
        raise TooManyAttempts(
            "this account is locked after repeated failed logins; try again in 15 minutes",
            "login_locked",
            retry_after=int(LOCKOUT_WINDOW.total_seconds()),
        )
    session.commit()
    return attempt.id or 0


def authenticate(*, session: Session, name: str, password: str, address: str = "") -> User | None:
    """The active account for name and password, or None; every checked try is recorded, and the
    session is committed (the try must count for the others before the slow check).

    Raises TooManyAttempts while the account is locked or the address is throttled, and
    LoginsBusy when MAX_VERIFYING checks are already running.
    """
    name = name.strip()[:100]
    address = address[:64]
    if not _verifying.acquire(timeout=VERIFY_WAIT):
        raise LoginsBusy("too many logins at once: try again in a moment", retry_after=2)
    try:
        attempt_id = _reserve(session, name=name, address=address)
        user = find_user(session=session, name=name) if name else None
        ok = verify_password(user.password_hash if user else _DUMMY_HASH, password[:MAX_PASSWORD])
    finally:
        _verifying.release()
    ok = ok and user is not None and user.active
    if ok:
        session.exec(update(LoginAttempt).where(col(LoginAttempt.id) == attempt_id).values(succeeded=True))
    # Only the lockout window matters; older attempts would only grow the table.
    session.exec(delete(LoginAttempt).where(col(LoginAttempt.at) < utcnow() - KEEP_ATTEMPTS))
    if ok and user is not None and _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    session.commit()
    return user if ok else None


def set_active(*, session: Session, user: User, active: bool) -> None:
    """Switch an account off (its sessions end, its tokens stop working) or on again."""
    user.active = active
    session.add(user)
    if not active:
        end_all_sessions(session=session, user_id=user.id or 0)
    session.flush()


def set_role(*, session: Session, user: User, role: str) -> None:
    if role not in ROLES:
        raise QueryError(f"role must be one of {', '.join(ROLES)}")
    user.role = role
    session.add(user)
    session.flush()
