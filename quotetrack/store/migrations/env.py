"""Alembic environment: runs against the engine handed in by quotetrack.store.migrate."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import quotetrack.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from quotetrack.store.migrations.env_filters import include_object

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # plain `alembic` command line: fall back to the configured database
    from quotetrack.store.db import default_engine

    engine = default_engine()

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()
