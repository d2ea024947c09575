"""Schemathesis over the API's OpenAPI spec: generated requests never get a 500 and responses
match their documented schemas (a bounded number of examples per operation). Write operations
run twice: with an admin's token (anything the schema allows, never a 500) and without one
(always refused)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)
from sqlmodel import Session

from quotetrack.auth import create_token, create_user
from quotetrack.pipeline import ingest_paths
from quotetrack.store.db import make_engine
from quotetrack.store.migrate import upgrade
from quotetrack.web.app import create_app
from tests.conftest import SEEDS


def _seeded_app():
    # Built at import: schemathesis collects one test per operation from this app's schema.
    folder = Path(tempfile.mkdtemp(prefix="quotetrack-schemathesis-"))
    engine = make_engine(f"sqlite:///{folder / 'api.db'}")
    upgrade(engine)
    ingest_paths([SEEDS], engine=engine, max_bytes=10_000_000)
    with Session(engine) as session:
        admin = create_user(session=session, name="schema-admin", role="admin", password="x" * 16)
        _, secret = create_token(session=session, user=admin, scope="admin")
        session.commit()
    return create_app(engine), secret


APP, ADMIN_TOKEN = _seeded_app()
schema = schemathesis.openapi.from_asgi("/openapi.json", APP).include(method="GET")
writes = schemathesis.openapi.from_asgi("/openapi.json", APP).include(
    method=["POST", "PATCH", "PUT", "DELETE"], path_regex="^/api/"
)


@schemathesis.check
def refused(ctx, response, case) -> None:
    """A write without credentials never succeeds (claim matching is a read sent as POST)."""
    if response.status_code < 400 and not case.path.endswith("/claims/match"):
        raise AssertionError(f"{case.method} {case.path} answered {response.status_code} without a token")


@schemathesis.check
def errors_are_problems(ctx, response, case) -> None:
    """Every error of the API is application/problem+json, and a validation error is a 400, never
    FastAPI's 422 (the schema documents 400). Only an article that cannot be read is a 422."""
    if response.status_code == 422 and not (case.method == "POST" and case.path == "/api/v1/articles"):
        raise AssertionError(f"{case.method} {case.path} answered 422; validation errors are 400")
    media = response.headers.get("content-type", [""])[0]
    if response.status_code >= 400 and not media.startswith("application/problem+json"):
        raise AssertionError(f"{case.method} {case.path} answered {response.status_code} as {media}")


CONTRACT = [
    not_a_server_error,
    response_schema_conformance,
    content_type_conformance,
    status_code_conformance,
    errors_are_problems,
    unsupported_method,
]


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_read_api_never_fails(case) -> None:
    case.call_and_validate(checks=CONTRACT)


@pytest.mark.slow
@writes.parametrize()
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
def test_write_api_with_a_token_never_fails(case) -> None:
    case.call_and_validate(
        headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
        checks=[
            not_a_server_error,
            content_type_conformance,
            status_code_conformance,
            errors_are_problems,
            unsupported_method,
        ],
    )


@writes.parametrize()
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
def test_write_api_without_a_token_refuses(case) -> None:
    case.call_and_validate(checks=[not_a_server_error, refused, errors_are_problems])
