"""A small registry built row by row: two records of one Pj. Bupati, a namesake elsewhere."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
import sqlalchemy as sa
from sqlmodel import Session, SQLModel, select

from quotetrack.extract.model import ExtractedStatement
from quotetrack.models import (
    Area,
    Article,
    Membership,
    MergeSuggestion,
    Official,
    OfficialAlias,
    Revision,
    Statement,
)
from quotetrack.store import writes
from quotetrack.store.registry import OfficialRegistry, SpeakerLink

# Every column a registry edit may change; timestamps are left out on purpose.
_STATE_TABLES: tuple[type[SQLModel], ...] = (Official, OfficialAlias, Membership, Statement, MergeSuggestion, Area)
_SKIP = {"created_at", "updated_at", "stem"}


def state(session: Session) -> dict[str, list[tuple]]:
    """The whole registry as plain tuples, to compare before and after a round trip."""
    session.expire_all()
    out = {}
    for model in _STATE_TABLES:
        columns = [c.name for c in model.__table__.columns if c.name not in _SKIP]  # type: ignore[attr-defined]
        rows = session.exec(select(model).order_by(model.id)).all()  # type: ignore[attr-defined]
        out[model.__tablename__] = [tuple(getattr(r, c) for c in columns) for r in rows]  # type: ignore[attr-defined]
    return out


@dataclass(frozen=True)
class World:
    engine: sa.Engine
    imran: int  # "Imran", Pj. Bupati Subang in May-June 2024, three statements
    dr_imran: int  # "Dr. Imran", the same person printed another way, two statements in July
    aceh_imran: int  # another Imran, Anggota DPRD in Aceh, one statement
    statements: dict[str, int]


def _statement(
    session: Session, article: Article, text: str, official: int, membership: int | None, on: dt.date, mention: str
) -> int:
    stmt = Statement(
        article_id=article.id,
        kind="direct",
        text=text,
        start=0,
        end=len(text),
        date=on,
        official_id=official,
        membership_id=membership,
        speaker_mention=mention,
    )
    writes.add_statements(session=session, statements=[stmt], topics=[[]])
    assert stmt.id is not None
    return stmt.id


@pytest.fixture
def world(engine: sa.Engine) -> World:
    return build_world(engine)


def build_world(engine: sa.Engine) -> World:
    with Session(engine) as session:
        article = writes.add_article(session=session, article=Article(text="(invented)", sha256="0" * 64))
        subang = writes.ensure_area(session=session, name="Kabupaten Subang", level="kabupaten")
        aceh = writes.ensure_area(session=session, name="Aceh", level="provinsi")
        ids = {}
        for name, prefix in (("Imran", None), ("Imran", "Dr."), ("Imran", "H.")):
            o = writes.create_official(session=session, name=name, honorific_prefix=prefix)
            ids[len(ids)] = o.id
        imran, dr_imran, aceh_imran = ids[0], ids[1], ids[2]
        for oid, alias in (
            (imran, "Imran"),
            (imran, "Pj. Bupati Subang Imran"),
            (dr_imran, "Dr. Imran"),
            (dr_imran, "Imran"),
            (aceh_imran, "H. Imran"),
        ):
            writes.add_alias(session=session, official_id=oid, name=alias, key=alias.casefold())

        def post(oid: int, role: str, area: Area, on: dt.date, appointment: str) -> int:
            m = writes.record_membership(
                session=session, official_id=oid, role=role, area_id=area.id, appointment=appointment, on=on
            )
            assert m.id is not None
            return m.id

        may, june, july = dt.date(2024, 5, 30), dt.date(2024, 6, 10), dt.date(2024, 7, 2)
        m1 = post(imran, "Pj. Bupati", subang, may, "acting")
        post(imran, "Pj. Bupati", subang, june, "acting")
        m2 = post(dr_imran, "Pj. Bupati", subang, july, "acting")
        m3 = post(aceh_imran, "Anggota DPRD", aceh, dt.date(2019, 3, 1), "elected")
        statements = {
            "may": _statement(
                session, article, "Jalan desa harus segera diperbaiki.", imran, m1, may, "Pj. Bupati Subang Imran"
            ),
            "june": _statement(session, article, "Stok beras aman.", imran, m1, june, "Imran"),
            "june-bare": _statement(session, article, "Pasar akan ditata.", imran, None, june, "Imran"),
            "july": _statement(session, article, "Anggaran sudah siap.", dr_imran, m2, july, "Dr. Imran"),
            "july-2": _statement(session, article, "Camat wajib hadir.", dr_imran, m2, july, "Dr. Imran"),
            "aceh": _statement(
                session, article, "Dana desa perlu diawasi.", aceh_imran, m3, dt.date(2019, 3, 1), "H. Imran"
            ),
        }
        session.commit()
    return World(engine, imran, dr_imran, aceh_imran, statements)


def revisions(session: Session) -> list[Revision]:
    return list(session.exec(select(Revision).order_by(Revision.id)).all())


def said(
    speaker: str,
    on: dt.date,
    role: str | None = None,
    region: str | None = None,
    mention: str | None = None,
    ref: int | None = None,
) -> ExtractedStatement:
    return ExtractedStatement(
        kind="direct",
        text="(invented words)",
        start=0,
        end=16,
        paragraph=0,
        speaker=speaker,
        speaker_mention=mention or speaker,
        role=role,
        region=region,
        date=on,
        speaker_ref=ref,
    )


def store(session: Session, key: str, statements: list[ExtractedStatement]) -> list[SpeakerLink | None]:
    """What ingest does for one article, through a registry loaded from the database."""
    links = store_with(session, OfficialRegistry.load(session=session), key, statements)
    session.commit()
    return links


def store_with(
    session: Session, registry: OfficialRegistry, key: str, statements: list[ExtractedStatement]
) -> list[SpeakerLink | None]:
    """One article's statements through `registry`, uncommitted."""
    article = writes.add_article(session=session, article=Article(text=key, sha256=key.ljust(64, "0")))
    links = registry.resolve_article(session=session, article_key=key, statements=statements)
    rows = [
        Statement(
            article_id=article.id,
            kind=s.kind,
            text=s.text,
            start=s.start,
            end=s.end,
            date=s.date,
            official_id=link.official_id if link else None,
            membership_id=link.membership_id if link else None,
        )
        for s, link in zip(statements, links, strict=True)
    ]
    writes.add_statements(session=session, statements=rows, topics=[[] for _ in rows])
    return links
