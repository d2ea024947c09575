"""The data model round-trips on SQLite and PostgreSQL, timestamps stay timezone-aware."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from quotetrack.models import (
    Area,
    Article,
    Membership,
    Official,
    OfficialAlias,
    Statement,
    StatementTopic,
    Topic,
)


def test_round_trip_every_table(engine: sa.Engine) -> None:
    retrieved = dt.datetime(2024, 5, 30, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    with Session(engine) as session:
        province = Area(code="32", name="Jawa Barat", level="provinsi")
        session.add(province)
        session.flush()
        regency = Area(code="32.13", name="Kabupaten Subang", level="kabupaten", parent_id=province.id)
        official = Official(name="Imran", sort_name="Imran", honorific_prefix="Dr. Drs.", honorific_suffix="MA.Cd")
        session.add_all([regency, official])
        session.flush()
        session.add(OfficialAlias(official_id=official.id, name="Dr. Imran", key="dr. imran"))
        membership = Membership(
            official_id=official.id,
            role="Pj. Bupati",
            area_id=regency.id,
            appointment="acting",
            start_date=dt.date(2024, 5, 30),
        )
        article = Article(
            title="Rakor Pilkada",
            text="Teks artikel.",
            sha256="a" * 64,
            retrieved_at=retrieved,
            published=dt.date(2024, 5, 30),
        )
        topic = Topic(slug="pilkada", label_id="Pilkada", label_en="Regional elections")
        session.add_all([membership, article, topic])
        session.flush()
        stmt = Statement(
            article_id=article.id,
            kind="direct",
            text="Teks",
            start=0,
            end=4,
            official_id=official.id,
            membership_id=membership.id,
            date=dt.date(2024, 5, 30),
            confidence=0.9,
        )
        session.add(stmt)
        session.flush()
        session.add(StatementTopic(statement_id=stmt.id, topic_id=topic.id))
        session.commit()
        ids = (article.id, stmt.id, official.id)

    with Session(engine) as session:
        article = session.get(Article, ids[0])
        assert article is not None
        assert article.retrieved_at == retrieved
        assert article.retrieved_at.tzinfo is not None
        assert article.created_at.tzinfo is not None
        stmt = session.get(Statement, ids[1])
        assert stmt is not None and stmt.text == article.text[stmt.start : stmt.end]
        assert stmt.date == dt.date(2024, 5, 30)
        official = session.get(Official, ids[2])
        assert official is not None and official.honorific_suffix == "MA.Cd"
        assert session.exec(select(Membership.appointment)).one() == "acting"
        regency = session.exec(select(Area).where(Area.code == "32.13")).one()
        assert session.get(Area, regency.parent_id).name == "Jawa Barat"
        assert session.exec(select(StatementTopic)).one().statement_id == stmt.id


def test_naive_timestamps_are_refused(engine: sa.Engine) -> None:
    with Session(engine) as session:
        session.add(Article(text="x", sha256="b" * 64, retrieved_at=dt.datetime(2024, 1, 1)))
        with pytest.raises(sa.exc.StatementError, match="naive datetime"):
            session.flush()


def test_same_text_hash_is_unique(engine: sa.Engine) -> None:
    with Session(engine) as session:
        session.add(Article(text="x", sha256="c" * 64))
        session.commit()
        session.add(Article(text="x", sha256="c" * 64))
        with pytest.raises(sa.exc.IntegrityError):
            session.commit()
