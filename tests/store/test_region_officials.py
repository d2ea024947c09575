"""A region's page lists the officials who held posts in it, each with those posts and the words
said in them: not a later national post, nor what was said in it."""

from __future__ import annotations

import datetime as dt
import re

import sqlalchemy as sa
from search_corpus import build  # type: ignore[import-not-found]
from sqlmodel import Session, select

from quotetrack.models import Area, Article, Membership, Statement
from quotetrack.store import writes
from quotetrack.store.areas import area_key, officials_in_area


def _make_her_a_minister(engine: sa.Engine, official_id: int) -> None:
    """Sri Wahyuni (Wali Kota, Kota Bekasi in the corpus) later becomes a minister and speaks twice."""
    with Session(engine) as session:
        minister = Membership(
            official_id=official_id, role="Menteri Koperasi", start_date=dt.date(2025, 3, 1), area_id=None
        )
        session.add(minister)
        session.flush()
        for i in range(2):
            text = f"Koperasi desa kami perkuat tahap {i + 1}"
            article = writes.add_article(
                session=session,
                article=Article(
                    outlet="Warta Nasional",
                    title=f"Koperasi {i}",
                    language="id",
                    published=dt.date(2025, 4, 1 + i),
                    text=text,
                    sha256=f"koperasi-{i}".ljust(64, "0"),
                ),
            )
            said = Statement(
                article_id=article.id,
                kind="direct",
                text=text,
                start=0,
                end=len(text),
                date=dt.date(2025, 4, 1 + i),
                official_id=official_id,
                membership_id=minister.id,
                confidence=0.9,
            )
            writes.add_statements(session=session, statements=[said], topics=[[]])
        session.commit()


def test_an_official_is_listed_with_the_post_held_in_the_region_and_its_words(engine: sa.Engine) -> None:
    ids = build(engine)
    _make_her_a_minister(engine, ids["Sri Wahyuni"])
    with Session(engine) as session:
        province = session.exec(select(Area).where(Area.name == "Jawa Barat")).one()
        said_as_mayor = session.execute(
            sa.text("SELECT count(*) FROM statement WHERE official_id = :o AND date < '2025-01-01'"),
            {"o": ids["Sri Wahyuni"]},
        ).scalar_one()
        listed = {o.name: o for o in officials_in_area(session=session, area_id=province.id)}
        key = area_key(province)
    her = listed["Sri Wahyuni"]
    assert [(p.role, p.area_name) for p in her.posts] == [("Wali Kota", "Kota Bekasi")]
    assert her.statement_count == said_as_mayor  # not the two said as minister

    from fastapi.testclient import TestClient

    from quotetrack.web.app import create_app

    with TestClient(create_app(engine)) as client:
        page = client.get(f"/regions/{key}", params={"lang": "id"}).text
    officials = page.split('<ul class="officials">', 1)[1].split("</ul>", 1)[0]
    line = re.sub(r"<[^>]+>", "", next(li for li in officials.split("<li>") if "Sri Wahyuni" in li))
    assert "Wali Kota Bekasi" in line and "Menteri" not in line
    assert line.strip().endswith(f"{said_as_mayor} pernyataan")  # (the count with its word, on an Indonesian page)
