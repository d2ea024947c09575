"""The role filter on PostgreSQL: the planner knows how many memberships a role holds (migration
0019), so a search does not start from a set it thinks tiny and read every statement in it."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.models import Membership, Official

pytestmark = pytest.mark.postgres

ROLES = ["Bupati", "Wali Kota", "Gubernur", "Ketua DPRD", "Wakil Bupati", "Camat", "Kepala Dinas", "Sekda"]


def test_the_planner_estimates_a_role_from_statistics(engine: sa.Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: SQLite does not estimate LIKE from statistics")
    with Session(engine) as session:
        officials = [Official(name=f"Pejabat {i}") for i in range(800)]
        session.add_all(officials)
        session.flush()
        session.add_all(Membership(official_id=o.id, role=ROLES[i % len(ROLES)]) for i, o in enumerate(officials))
        session.commit()
    with engine.begin() as conn:
        conn.execute(sa.text("ANALYZE membership"))
        like = "FROM membership WHERE lower(role) LIKE '%ketua dprd%'"
        plan = conn.execute(sa.text(f"EXPLAIN (FORMAT JSON) SELECT id {like}")).scalar_one()
        held = conn.execute(sa.text(f"SELECT count(*) {like}")).scalar_one()
    assert held == 100
    # Without statistics on lower(role) the planner takes a LIKE to hold a few rows (1 here).
    assert plan[0]["Plan"]["Plan Rows"] == pytest.approx(held, rel=0.5)
