"""Schemathesis over the read API's OpenAPI spec: generated requests never get a 500 and
responses match their documented schemas (a bounded number of examples per operation)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from quotetrack.pipeline import ingest_paths
from quotetrack.store.db import make_engine
from quotetrack.store.migrate import upgrade
from quotetrack.web.app import create_app
from tests.conftest import SEEDS


def _seeded_app():  # noqa: ANN202
    # Built at import: schemathesis collects one test per operation from this app's schema.
    folder = Path(tempfile.mkdtemp(prefix="quotetrack-schemathesis-"))
    engine = make_engine(f"sqlite:///{folder / 'api.db'}")
    upgrade(engine)
    ingest_paths([SEEDS], engine=engine, max_bytes=10_000_000)
    return create_app(engine)


schema = schemathesis.openapi.from_asgi("/openapi.json", _seeded_app()).include(method="GET")


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_read_api_never_fails(case) -> None:  # noqa: ANN001
    case.call_and_validate(checks=[not_a_server_error, response_schema_conformance, content_type_conformance])
