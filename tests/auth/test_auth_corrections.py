"""The correction log: edits, hides and merges are logged with actor and reason; undo and restore are exact."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from sqlmodel import Session, col, select

from quotetrack.errors import Conflict, QueryError
from quotetrack.models import Article, Official, Revision, Statement, Topic
from quotetrack.store import corrections, reads
from quotetrack.store.corrections import OfficialCorrection, StatementCorrection, statement_state
from quotetrack.store.reads import StatementFilter

QUOTE = "Komunikasi bukan berarti intervensi"


def _row(session: Session, statement_id: int) -> dict:
    """Everything stored about a statement that an editor can change."""
    stmt = session.get(Statement, statement_id)
    assert stmt is not None
    return statement_state(session=session, stmt=stmt)


def _quote(session: Session) -> Statement:
    return session.exec(select(Statement).where(Statement.text == QUOTE)).one()


def test_an_edit_is_logged_and_undo_restores_the_exact_state(seeded: sa.Engine) -> None:
    with Session(seeded) as session:
        stmt = _quote(session)
        sid = stmt.id or 0
        original = _row(session, sid)
        slugs = sorted(session.exec(select(Topic.slug)).all())
        topics = [slugs[0]] if slugs[0] not in original["topics"] else [slugs[1]]
        corrections.edit_statement(
            session=session,
            statement_id=sid,
            actor="eddie",
            change=StatementCorrection(
                official_id=None,
                new_official_name="Dedi Sutisna",
                kind="indirect",
                date=dt.date(2024, 5, 29),
                topics=topics,
                role="Sekda",
                region=None,
                reason="the quote is the regional secretary's",
            ),
        )
        session.commit()
        edited = _row(session, sid)
        assert edited["kind"] == "indirect" and edited["topics"] == topics and edited["date"] == "2024-05-29"
        assert edited["official_id"] != original["official_id"] and edited["role"] == "Sekda"
        assert session.get(Official, edited["official_id"]).name == "Dedi Sutisna"
        assert session.get(Statement, sid).corrected_at is not None

        log = reads.list_revisions(session=session, entity_type="statement", entity_id=sid)
        assert [(r.action, r.actor, r.reason) for r in log] == [
            ("edit", "eddie", "the quote is the regional secretary's")
        ]
        assert log[0].before == original and log[0].after == edited

        corrections.undo_revision(session=session, revision_id=log[0].id, actor="ada", reason="the first was right")
        session.commit()
        assert _row(session, sid) == original
        log = reads.list_revisions(session=session, entity_type="statement", entity_id=sid)
        assert log[0].undone_at is not None and (log[1].action, log[1].actor) == ("undo", "ada")
        with pytest.raises(Conflict):
            corrections.undo_revision(session=session, revision_id=log[0].id, actor="ada", reason="twice")


def test_a_hide_is_logged_hides_everywhere_and_undo_shows_it_again(seeded: sa.Engine) -> None:
    with Session(seeded) as session:
        sid = _quote(session).id or 0
        before = reads.count_statements(session=session)
        corrections.set_hidden(session=session, statement_id=sid, hidden=True, actor="eddie", reason="false positive")
        session.commit()
        assert reads.count_statements(session=session) == before - 1
        assert sid not in {s.id for s in reads.list_statements(session=session, limit=500)}
        hide = reads.list_revisions(session=session, entity_type="statement", entity_id=sid)[-1]
        assert (hide.action, hide.actor, hide.reason) == ("hide", "eddie", "false positive")
        with pytest.raises(QueryError):  # a hide needs a reason
            corrections.set_hidden(session=session, statement_id=sid, hidden=False, actor="eddie", reason=" ")
        corrections.undo_revision(session=session, revision_id=hide.id, actor="eddie", reason="it is a statement")
        session.commit()
        assert reads.count_statements(session=session) == before
        assert session.get(Statement, sid).status == "published"


def test_the_span_is_reselected_in_the_article(seeded: sa.Engine) -> None:
    with Session(seeded) as session:
        stmt = _quote(session)
        article = session.get(Article, stmt.article_id)
        shorter = "bukan berarti intervensi"
        corrections.edit_statement(
            session=session,
            statement_id=stmt.id or 0,
            actor="eddie",
            change=StatementCorrection(text=shorter, reason="trim the quote"),
        )
        assert (stmt.text, article.text[stmt.start : stmt.end]) == (shorter, shorter)
        corrections.edit_statement(
            session=session,
            statement_id=stmt.id or 0,
            actor="eddie",
            change=StatementCorrection(start=stmt.start - 11, end=stmt.end, reason="widen"),
        )
        assert stmt.text == QUOTE == article.text[stmt.start : stmt.end]
        with pytest.raises(QueryError):
            corrections.edit_statement(
                session=session,
                statement_id=stmt.id or 0,
                actor="eddie",
                change=StatementCorrection(text="words nobody printed", reason="invented"),
            )
        with pytest.raises(QueryError):
            corrections.edit_statement(
                session=session,
                statement_id=stmt.id or 0,
                actor="eddie",
                change=StatementCorrection(start=0, end=len(article.text), reason="all"),
            )
        with pytest.raises(QueryError):
            corrections.edit_statement(
                session=session,
                statement_id=stmt.id or 0,
                actor="eddie",
                change=StatementCorrection(topics=["no-such-topic"], reason="tag"),
            )
        with pytest.raises(Conflict):
            corrections.edit_statement(
                session=session,
                statement_id=stmt.id or 0,
                actor="eddie",
                change=StatementCorrection(kind=stmt.kind, reason="same"),
            )


def test_any_version_can_be_restored_and_a_stale_undo_is_refused(seeded: sa.Engine) -> None:
    with Session(seeded) as session:
        sid = _quote(session).id or 0
        v0 = _row(session, sid)
        first = corrections.edit_statement(
            session=session,
            statement_id=sid,
            actor="eddie",
            change=StatementCorrection(kind="indirect", reason="reported"),
        )
        assert first is not None
        v1 = _row(session, sid)
        corrections.edit_statement(
            session=session,
            statement_id=sid,
            actor="eddie",
            change=StatementCorrection(date=None, reason="date unknown"),
        )
        session.commit()
        log = reads.list_revisions(session=session, entity_type="statement", entity_id=sid)
        with pytest.raises(Conflict):  # the first edit is no longer the current state
            corrections.undo_revision(session=session, revision_id=log[0].id, actor="eddie", reason="undo first")
        corrections.restore_version(
            session=session, revision_id=log[0].id, side="after", actor="ada", reason="back to version 1"
        )
        session.commit()
        assert _row(session, sid) == v1
        corrections.restore_version(
            session=session, revision_id=log[0].id, side="before", actor="ada", reason="back to the original"
        )
        session.commit()
        assert _row(session, sid) == v0
        actions = [r.action for r in reads.list_revisions(session=session, entity_type="statement", entity_id=sid)]
        assert actions == ["edit", "edit", "restore", "restore"]


def test_an_official_edit_is_logged_and_undone(seeded: sa.Engine) -> None:
    with Session(seeded) as session:
        official = session.exec(select(Official).where(Official.name == "Imran")).one()
        before = corrections.official_state(official)
        corrections.edit_official(
            session=session,
            official_id=official.id or 0,
            actor="eddie",
            change=OfficialCorrection(
                name="Imran Saleh", honorific_prefix="Dr.", reason="full name from the regency site"
            ),
        )
        session.commit()
        assert official.name == "Imran Saleh" and official.sort_name == before["sort_name"]
        log = reads.list_revisions(session=session, entity_type="official", entity_id=official.id)
        assert (log[-1].action, log[-1].actor, log[-1].reason) == ("edit", "eddie", "full name from the regency site")
        corrections.undo_revision(session=session, revision_id=log[-1].id, actor="eddie", reason="wrong person")
        session.commit()
        assert corrections.official_state(official) == before


def test_a_merge_is_logged_and_undone(seeded: sa.Engine) -> None:
    officials = pytest.importorskip("quotetrack.store.officials")
    from quotetrack.store import writes

    with Session(seeded) as session:
        keep = session.exec(select(Official).where(Official.name == "Imran")).one()
        dupe = writes.create_official(session=session, name="Dr. Imran")
        sid = _quote(session).id or 0
        corrections.edit_statement(
            session=session,
            statement_id=sid,
            actor="eddie",
            change=StatementCorrection(official_id=dupe.id, reason="test set-up"),
        )
        session.commit()
        revision = officials.merge_officials(
            session=session, keep_id=keep.id, merge_id=dupe.id, actor="ada", reason="same person"
        )
        session.commit()
        assert session.get(Statement, sid).official_id == keep.id
        log = reads.list_revisions(session=session, entity_type="official", entity_id=keep.id)
        assert (log[-1].action, log[-1].actor, log[-1].reason) == ("merge", "ada", "same person")
        corrections.undo_revision(session=session, revision_id=revision.id, actor="ada", reason="two people")
        session.commit()
        assert session.get(Statement, sid).official_id == dupe.id
        assert session.get(Official, dupe.id).merged_into_id is None


def test_review_queue_oldest_first_and_accept_takes_a_statement_out(seeded: sa.Engine) -> None:
    with Session(seeded) as session:
        stmts = session.exec(select(Statement).order_by(col(Statement.id))).all()
        for s in stmts[:3]:
            s.confidence = 0.2
        session.commit()
        queue = corrections.review_statement_ids(session=session)
        assert queue == [s.id for s in stmts[:3]]
        accepted = corrections.mark_reviewed(session=session, statement_id=queue[0], actor="eddie")
        corrections.set_hidden(
            session=session, statement_id=queue[1], hidden=True, actor="eddie", reason="rejected in review"
        )
        session.commit()
        assert accepted is not None
        assert corrections.review_statement_ids(session=session) == [queue[2]]
        review = session.exec(select(Revision).where(Revision.action == "review")).one()
        corrections.undo_revision(session=session, revision_id=review.id or 0, actor="eddie", reason="look again")
        session.commit()
        assert corrections.review_statement_ids(session=session) == [queue[0], queue[2]]
        hidden = reads.list_statements(session=session, flt=StatementFilter(include_hidden=True), limit=500)
        assert queue[1] in {s.id for s in hidden}
