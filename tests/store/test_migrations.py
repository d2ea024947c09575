"""Migrations: one head, up and down on both databases, and the models match the migrated schema."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from quotetrack.store.migrate import alembic_config, current_revision, downgrade, head_revision, upgrade
from quotetrack.store.migrations.env_filters import include_object


def test_one_head(sqlite_engine: sa.Engine) -> None:
    heads = ScriptDirectory.from_config(alembic_config(sqlite_engine)).get_heads()
    assert len(heads) == 1, f"several migration heads: {heads}; chain the newest onto the others"


def test_down_to_base_and_up_again(engine: sa.Engine) -> None:
    assert current_revision(engine) == head_revision(engine)
    downgrade(engine, "base")
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)


def test_models_match_the_migrated_schema(engine: sa.Engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == [], f"models and migrations disagree; write a migration for: {diff}"
