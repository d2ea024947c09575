"""Statement lists by region, role and topic: the same newest-first page whether the few matches
are read through their indexes and sorted, or found by walking the date index."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from search_corpus import ROWS, build  # type: ignore[import-not-found]
from sqlmodel import Session

from quotetrack.store import cache, reads
from quotetrack.store.reads import StatementFilter


@pytest.mark.parametrize(
    ("flt", "speakers"),
    [
        (StatementFilter(region="Kota Bekasi"), {"Sri Wahyuni"}),
        (StatementFilter(region="Jawa Barat"), {"Sri Wahyuni", "Budi Santoso"}),  # the province and below it
        (StatementFilter(role="bupati"), {"Ahmad Fauzi"}),
        (StatementFilter(topic="pilkada"), None),
    ],
)
def test_lists_by_set_and_by_walk_agree(
    engine: sa.Engine, monkeypatch: pytest.MonkeyPatch, flt: StatementFilter, speakers: set[str] | None
) -> None:
    build(engine)
    pages = []
    for sort_at_most in (reads.SORT_AT_MOST, 0):
        monkeypatch.setattr(reads, "SORT_AT_MOST", sort_at_most)
        cache.clear()
        with Session(engine) as session:
            pages.append(reads.list_statements(session=session, flt=flt, limit=50))
            assert reads.count_statements(session=session, flt=flt) == len(pages[-1])
    by_set, by_walk = pages
    assert [s.id for s in by_set] == [s.id for s in by_walk]
    assert by_set, flt
    assert [(s.date, s.id) for s in by_set] == sorted(((s.date, s.id) for s in by_set), reverse=True)
    if speakers is not None:
        expected = [r for r in ROWS if r.speaker in speakers]
        assert {s.text for s in by_set} == {r.text for r in expected}


def test_topic_counts_leave_out_statements_not_published(engine: sa.Engine) -> None:
    build(engine)
    with Session(engine) as session:
        before = {t.slug: t.statement_count for t in reads.list_topics(session=session)}
        tagged = session.execute(
            sa.text("SELECT st.statement_id, t.slug FROM statementtopic st JOIN topic t ON t.id = st.topic_id")
        ).all()
        assert tagged, "the corpus tags some statements"
        hidden = tagged[0][0]
        slugs = {slug for sid, slug in tagged if sid == hidden}
        session.execute(sa.text("UPDATE statement SET status = 'hidden' WHERE id = :id"), {"id": hidden})
        session.commit()
        cache.clear()
        after = {t.slug: t.statement_count for t in reads.list_topics(session=session)}
    assert after == {slug: n - (slug in slugs) for slug, n in before.items()}
    assert all(n >= 0 for n in after.values())
