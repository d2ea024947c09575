"""Merge, split and undo on both databases: history says who, when and why; undo restores exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import Session, select

from quotetrack.errors import Conflict, NotFound
from quotetrack.models import Membership, Official, OfficialAlias, Statement
from quotetrack.store import reads
from quotetrack.store.officials import history, merge_officials, split_official, undo
from tests.officials.conftest import World, revisions, state


def _merge(w: World, session: Session, keep: int | None = None, gone: int | None = None) -> int:
    revision = merge_officials(
        session=session,
        keep_id=keep or w.imran,
        merge_id=gone or w.dr_imran,
        actor="editor@example.org",
        reason="same Pj. Bupati, printed with his title",
    )
    session.commit()
    assert revision.id is not None
    return revision.id


def test_merge_moves_statements_roles_and_aliases_and_keeps_the_old_id(world: World) -> None:
    w = world
    with Session(w.engine) as session:
        _merge(w, session)
        gone = session.get(Official, w.dr_imran)
        assert gone is not None and gone.merged_into_id == w.imran
        assert reads.canonical_official_id(session=session, official_id=w.dr_imran) == w.imran
        moved = session.exec(select(Statement).where(Statement.official_id == w.imran)).all()
        assert {s.id for s in moved} == {w.statements[k] for k in ("may", "june", "june-bare", "july", "july-2")}
        page = reads.get_official(session=session, official_id=w.imran)
        assert page is not None and page.statement_count == 5
        assert "Dr. Imran" in page.aliases and "Pj. Bupati Subang Imran" in page.aliases
        # One Pj. Bupati Subang post, spanning both records' dates, cited by every moved statement.
        assert len(page.memberships) == 1
        post = page.memberships[0]
        assert (post.role, post.first_seen, post.last_seen) == ("Pj. Bupati", dt.date(2024, 5, 30), dt.date(2024, 7, 2))
        july = session.get(Statement, w.statements["july"])
        assert july is not None and july.membership_id == post.id
        assert page.honorific_prefix == "Dr."  # the kept record had none
        listed = {o.id for o in reads.list_officials(session=session)}
        assert w.dr_imran not in listed and w.imran in listed


def test_history_records_who_when_and_why_for_both_ids(world: World) -> None:
    w = world
    with Session(w.engine) as session:
        revision_id = _merge(w, session)
        for official_id in (w.imran, w.dr_imran):
            rows = history(session=session, official_id=official_id)
            assert [r.id for r in rows] == [revision_id]
        entry = history(session=session, official_id=w.imran)[0]
        assert entry.action == "merge" and entry.actor == "editor@example.org"
        assert entry.reason == "same Pj. Bupati, printed with his title"
        assert entry.created_at.tzinfo is not None
        assert abs((dt.datetime.now(dt.UTC) - entry.created_at).total_seconds()) < 120
        assert history(session=session, official_id=w.aceh_imran) == []


def test_merge_then_undo_restores_the_exact_state(world: World) -> None:
    w = world
    with Session(w.engine) as session:
        original = state(session)
        revision_id = _merge(w, session)
        assert state(session) != original
        undo(session=session, revision_id=revision_id, actor="editor@example.org", reason="two people after all")
        session.commit()
        assert state(session) == original
        first, second = revisions(session)
        assert first.undone_at is not None
        assert (second.action, second.actor, second.reason) == ("undo", "editor@example.org", "two people after all")
        with pytest.raises(Conflict):
            undo(session=session, revision_id=revision_id, actor="editor@example.org")


def test_undoing_an_undo_merges_again(world: World) -> None:
    w = world
    with Session(w.engine) as session:
        revision_id = _merge(w, session)
        merged = state(session)
        redo = undo(session=session, revision_id=revision_id, actor="a")
        session.commit()
        undo(session=session, revision_id=redo.id, actor="a")  # type: ignore[arg-type]
        session.commit()
        assert state(session) == merged


def test_split_moves_chosen_statements_with_their_roles(world: World) -> None:
    w = world
    with Session(w.engine) as session:
        chosen = [w.statements["june"], w.statements["june-bare"]]
        revision = split_official(
            session=session,
            official_id=w.imran,
            statement_ids=chosen,
            new_name="Drs. Imran Hakim",
            actor="editor",
            reason="a second Imran in June",
        )
        session.commit()
        new_id = revision.after["new_official_id"]  # type: ignore[index]
        person = session.get(Official, new_id)
        assert person is not None and person.name == "Imran Hakim" and person.honorific_prefix == "Drs."
        assert {s.id for s in session.exec(select(Statement).where(Statement.official_id == new_id))} == set(chosen)
        # The May statement keeps the post, narrowed to its own date; June's got a copy.
        kept = session.exec(select(Membership).where(Membership.official_id == w.imran)).one()
        copy = session.exec(select(Membership).where(Membership.official_id == new_id)).one()
        assert (kept.start_date, kept.end_date) == (dt.date(2024, 5, 30), dt.date(2024, 5, 30))
        assert (copy.role, copy.area_id, copy.start_date) == ("Pj. Bupati", kept.area_id, dt.date(2024, 6, 10))
        june = session.get(Statement, w.statements["june"])
        bare = session.get(Statement, w.statements["june-bare"])
        assert june is not None and june.membership_id == copy.id
        assert bare is not None and bare.membership_id is None
        names = set(session.exec(select(OfficialAlias.name).where(OfficialAlias.official_id == new_id)))
        assert "Drs. Imran Hakim" in names and "Imran" in names
        assert [r.action for r in history(session=session, official_id=new_id)] == ["split"]
        assert [r.action for r in history(session=session, official_id=w.imran)] == ["split"]


def test_split_then_undo_restores_the_exact_state(world: World) -> None:
    w = world
    with Session(w.engine) as session:
        original = state(session)
        revision = split_official(
            session=session,
            official_id=w.imran,
            statement_ids=[w.statements["may"]],
            new_name="Imran",
            actor="editor",
            reason="namesake",
        )
        session.commit()
        new_id = revision.after["new_official_id"]  # type: ignore[index]
        undo(session=session, revision_id=revision.id, actor="editor")  # type: ignore[arg-type]
        session.commit()
        assert state(session) == original
        assert session.get(Official, new_id) is None


def test_split_of_every_statement_moves_the_post_itself(world: World) -> None:
    w = world
    with Session(w.engine) as session:
        original = state(session)
        chosen = [w.statements["july"], w.statements["july-2"]]
        revision = split_official(
            session=session, official_id=w.dr_imran, statement_ids=chosen, new_name="Imran", actor="e", reason="r"
        )
        session.commit()
        new_id = revision.after["new_official_id"]  # type: ignore[index]
        assert session.exec(select(Membership).where(Membership.official_id == w.dr_imran)).all() == []
        assert len(session.exec(select(Membership).where(Membership.official_id == new_id)).all()) == 1
        undo(session=session, revision_id=revision.id, actor="e")  # type: ignore[arg-type]
        session.commit()
        assert state(session) == original


def test_undo_refuses_when_later_changes_touch_the_same_rows(world: World) -> None:
    w = world
    with Session(w.engine) as session:
        original = state(session)
        merge_id = _merge(w, session)
        split = split_official(
            session=session,
            official_id=w.imran,
            statement_ids=[w.statements["july"]],
            new_name="Imran",
            actor="e",
            reason="r",
        )
        session.commit()
        before_refusal = state(session)
        with pytest.raises(Conflict):
            undo(session=session, revision_id=merge_id, actor="e")
        session.rollback()
        assert state(session) == before_refusal
        undo(session=session, revision_id=split.id, actor="e")  # type: ignore[arg-type]
        undo(session=session, revision_id=merge_id, actor="e")
        session.commit()
        assert state(session) == original


def test_undo_of_a_split_refuses_when_the_new_official_gained_statements(world: World) -> None:
    w = world
    with Session(w.engine) as session:
        revision = split_official(
            session=session,
            official_id=w.imran,
            statement_ids=[w.statements["may"]],
            new_name="Imran",
            actor="e",
            reason="r",
        )
        session.commit()
        aceh = session.get(Statement, w.statements["aceh"])
        assert aceh is not None
        aceh.official_id = revision.after["new_official_id"]  # type: ignore[index]
        session.commit()
        with pytest.raises(Conflict):
            undo(session=session, revision_id=revision.id, actor="e")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("keep", "gone", "error"),
    [("imran", "imran", Conflict), ("imran", "missing", NotFound), ("missing", "imran", NotFound)],
)
def test_merge_refuses_nonsense(world: World, keep: str, gone: str, error: type[Exception]) -> None:
    ids = {"imran": world.imran, "missing": 999_999}
    with Session(world.engine) as session, pytest.raises(error):
        merge_officials(session=session, keep_id=ids[keep], merge_id=ids[gone], actor="e", reason="r")


def test_a_merged_official_cannot_be_merged_or_split_again(world: World) -> None:
    w = world
    with Session(w.engine) as session:
        _merge(w, session)
        with pytest.raises(Conflict):
            merge_officials(session=session, keep_id=w.aceh_imran, merge_id=w.dr_imran, actor="e", reason="r")
        with pytest.raises(Conflict):
            split_official(
                session=session,
                official_id=w.dr_imran,
                statement_ids=[w.statements["july"]],
                new_name="X",
                actor="e",
                reason="r",
            )


def test_split_refuses_statements_of_someone_else(world: World) -> None:
    w = world
    with Session(w.engine) as session:
        with pytest.raises(Conflict):
            split_official(
                session=session,
                official_id=w.imran,
                statement_ids=[w.statements["aceh"]],
                new_name="X",
                actor="e",
                reason="r",
            )
        with pytest.raises(NotFound):
            split_official(
                session=session, official_id=w.imran, statement_ids=[999_999], new_name="X", actor="e", reason="r"
            )
        with pytest.raises(Conflict):
            split_official(session=session, official_id=w.imran, statement_ids=[], new_name="X", actor="e", reason="r")


def test_undo_of_unknown_revision_is_not_found(world: World) -> None:
    with Session(world.engine) as session, pytest.raises(NotFound):
        undo(session=session, revision_id=424242, actor="e")
