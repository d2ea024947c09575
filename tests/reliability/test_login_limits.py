"""Login limits hold under concurrency (issue 17, point 1): simultaneous wrong passwords at a real
server never get more password checks than the limits allow, and the excess is refused with 429
or 503 and a Retry-After, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.auth import create_user
from quotetrack.auth.accounts import ADDRESS_FAILURES, LOCKOUT_FAILURES
from quotetrack.store.db import make_engine
from quotetrack.store.migrate import upgrade
from tests.reliability.conftest import Server, cli_env, own_pg_database

PASSWORD = "the right password, at last"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Server, sa.Engine]]:
    if request.param == "sqlite":
        url, pg = None, None
        engine = make_engine(f"sqlite:///{tmp_path / 'data' / 'quotetrack.db'}")
    else:
        pg = own_pg_database("reliability_login")
        url = next(pg)
        engine = make_engine(url)
    upgrade(engine)
    with Session(engine) as session:
        create_user(session=session, name="eddie", role="editor", password=PASSWORD)
        session.commit()
    srv = Server(cli_env(tmp_path, url), tmp_path / "serve.log")
    try:
        yield srv, engine
    finally:
        srv.stop()
        engine.dispose()
        if pg is not None:
            pg.close()


def _fire(srv: Server, names: list[str], password: str) -> list[httpx.Response]:
    """One POST /login per name, all released at once (each from its own connection)."""
    with httpx.Client(base_url=srv.url, timeout=120) as client:
        form = client.get("/login")
        cookies, csrf = dict(client.cookies), _CSRF.search(form.text).group(1)  # type: ignore[union-attr]
    start = threading.Barrier(len(names))
    answers: list[httpx.Response] = []

    def one(name: str) -> None:
        with httpx.Client(base_url=srv.url, timeout=120, cookies=cookies) as client:
            start.wait()
            answers.append(
                client.post(
                    "/login", data={"name": name, "password": password, "csrf_token": csrf}, follow_redirects=False
                )
            )

    threads = [threading.Thread(target=one, args=(n,)) for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return answers


def _checked(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.text("SELECT COUNT(*) FROM loginattempt")).scalar_one()


def _refusals_say_when_to_retry(answers: list[httpx.Response]) -> None:
    for a in answers:
        assert a.status_code in (401, 429, 503), a.status_code
        if a.status_code in (429, 503):
            assert int(a.headers["retry-after"]) > 0


def test_simultaneous_wrong_passwords_for_one_account_stop_at_the_lockout(
    server: tuple[Server, sa.Engine],
) -> None:
    srv, engine = server
    answers = _fire(srv, ["eddie"] * 30, "not the password at all")
    statuses = Counter(a.status_code for a in answers)
    print(f"{len(answers)} simultaneous wrong passwords: {dict(statuses)}")
    _refusals_say_when_to_retry(answers)
    assert statuses[401] <= LOCKOUT_FAILURES, statuses
    assert _checked(engine) == statuses[401]  # every attempt that was checked, and only those, recorded
    # The account is locked now: even the right password is refused until the window passes.
    assert _fire(srv, ["eddie"], PASSWORD)[0].status_code == 429


def test_simultaneous_failures_from_one_address_stop_at_the_address_limit(
    server: tuple[Server, sa.Engine],
) -> None:
    srv, engine = server
    answers = _fire(srv, [f"nobody{i}" for i in range(32)], "not the password at all")
    statuses = Counter(a.status_code for a in answers)
    print(f"{len(answers)} simultaneous wrong passwords: {dict(statuses)}")
    _refusals_say_when_to_retry(answers)
    assert statuses[401] <= ADDRESS_FAILURES, statuses
    assert _checked(engine) == statuses[401]
    # Sequential attempts fill the rest of the budget and no more.
    more = Counter(_fire(srv, [f"later{i}"], "wrong password")[0].status_code for i in range(ADDRESS_FAILURES))
    assert statuses[401] + more[401] == ADDRESS_FAILURES, (statuses, more)
