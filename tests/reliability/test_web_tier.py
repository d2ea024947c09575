"""A web tier of two `quotetrack serve` processes on one PostgreSQL, as behind a load balancer that
sends each request to either: what one process writes or remembers, the other honours at once."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from sqlmodel import Session

from quotetrack.auth import create_user
from quotetrack.auth.accounts import LOCKOUT_FAILURES
from quotetrack.pipeline import ingest_paths
from quotetrack.store.db import make_engine
from quotetrack.store.migrate import upgrade
from tests.conftest import SEEDS
from tests.reliability.conftest import Server, cli_env, own_pg_database

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

PASSWORD = "two processes, one database"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture(scope="module")
def tier(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Server]]:
    """The seed articles and two editors on a PostgreSQL database; two servers in front of it."""
    tmp = tmp_path_factory.mktemp("tier")
    database = own_pg_database("web_tier")
    url = next(database)
    engine = make_engine(url)
    upgrade(engine)
    assert ingest_paths([SEEDS], engine=engine, max_bytes=10**7).ok
    with Session(engine) as session:
        create_user(session=session, name="eddie", role="editor", password=PASSWORD)
        create_user(session=session, name="locked", role="editor", password=PASSWORD)
        session.commit()
    engine.dispose()
    env = cli_env(tmp, url)
    one = Server(env, tmp / "one.log")
    try:
        two = Server(env, tmp / "two.log")
    except BaseException:
        one.stop()
        raise
    try:
        yield one, two
    finally:
        two.stop()
        one.stop()
        database.close()


def _csrf(page: httpx.Response) -> str:
    found = _CSRF.search(page.text)
    assert found, f"no CSRF token on {page.url}"
    return found.group(1)


def _login(browser: httpx.Client, form_from: Server, post_to: Server, name: str, password: str) -> httpx.Response:
    """The login form from one server, posted to the other (both on 127.0.0.1: one cookie jar)."""
    form = browser.get(form_from.url + "/login")
    return browser.post(
        post_to.url + "/login",
        data={"name": name, "password": password, "csrf_token": _csrf(form)},
        follow_redirects=False,
    )


def test_a_session_made_on_one_process_works_on_the_other_and_its_edit_shows_there_at_once(
    tier: tuple[Server, Server],
) -> None:
    one, two = tier
    with httpx.Client(timeout=60) as browser:
        assert _login(browser, one, two, "eddie", PASSWORD).status_code == 303
        account = browser.get(one.url + "/account")
        assert account.status_code == 200 and "eddie" in account.text
        csrf = _csrf(account)
        listed = browser.get(two.url + "/api/v1/statements", params={"limit": 200}).json()
        victim = listed["items"][0]
        word = max(victim["text"].split(), key=len).strip('",.')
        found = browser.get(two.url + "/api/v1/search", params={"q": word}).json()
        assert victim["id"] in [s["id"] for s in found["items"]]  # now memoised in process two

        hidden = browser.post(
            one.url + f"/statements/{victim['id']}/hide",
            data={"csrf_token": csrf, "reason": "a duplicate"},
            follow_redirects=False,
        )
        assert hidden.status_code == 303, hidden.text

        after = browser.get(two.url + "/api/v1/statements", params={"limit": 200}).json()
        assert after["total"] == listed["total"] - 1
        assert victim["id"] not in [s["id"] for s in after["items"]]
        again = browser.get(two.url + "/api/v1/search", params={"q": word}).json()
        assert victim["id"] not in [s["id"] for s in again["items"]]
        assert browser.get(two.url + f"/api/v1/statements/{victim['id']}").json()["status"] == "hidden"

        assert browser.post(one.url + "/logout", data={"csrf_token": csrf}, follow_redirects=False).status_code == 303
        assert "eddie" not in browser.get(two.url + "/account", follow_redirects=False).text


def test_failed_logins_on_both_processes_count_towards_one_lockout(tier: tuple[Server, Server]) -> None:
    one, two = tier
    with httpx.Client(timeout=60) as browser:
        for attempt in range(LOCKOUT_FAILURES):
            to = (one, two)[attempt % 2]  # spread over both: neither process alone saw enough to lock
            assert _login(browser, one, to, "locked", "wrong").status_code == 401
        refused = _login(browser, two, one, "locked", PASSWORD)
        assert refused.status_code == 429 and "Retry-After" in refused.headers
        assert "locked after repeated failed logins" in refused.text
        assert _login(browser, one, two, "locked", PASSWORD).status_code == 429
