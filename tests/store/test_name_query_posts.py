"""A post typed before a name in a search ("Kapolda Tarmuji", "Sekda Sukarni", "Wali Kota Kendal
Gunadi"): the short forms the press uses pick the official who held that post, however the post
was stored ("Kepala Kepolisian Daerah", "Sekretaris Daerah"), and the post's place is no name."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.models import Article, Membership, Statement
from quotetrack.store import writes
from quotetrack.store.name_query import find_name

# Two invented officials share each first name; the other one is quoted more, so a query that
# ignores the typed post picks them first.
PAIRS = {
    # first name: (holder's name, post as stored, area), (the other's name, post, area)
    "Tarmuji": (("Tarmuji Wiradikusumo", "Kepala Kepolisian Daerah", "Jawa Tengah"),
                ("Tarmuji Hadisoebroto", "Bupati", "Kabupaten Kendal")),
    "Sukarni": (("Sukarni Prawiranegara", "Sekretaris Daerah", "Kabupaten Garut"),
                ("Sukarni Widyaningtias", "Kepala Desa", "Desa Sukamaju")),
    "Gunadi": (("Gunadi Tjokrosuwarno", "Wakil Bupati", "Kabupaten Klaten"),
               ("Gunadi Marsudiharjo", "Bupati", "Kabupaten Boyolali")),
    "Darsono": (("Darsono Wiryosuwarno", "Kepala Dinas Pendidikan", "Kota Semarang"),
                ("Darsono Handayaningrat", "Kepala Dinas Kesehatan", "Kota Semarang")),
}  # fmt: skip


@pytest.fixture
def officials(engine: sa.Engine) -> dict[str, int]:
    ids: dict[str, int] = {}
    n = 0
    with Session(engine) as session:
        for holder, other in PAIRS.values():
            for (name, role, area_name), quoted in ((holder, 1), (other, 3)):
                official = writes.create_official(session=session, name=name)
                area = writes.ensure_area(session=session, name=area_name, level="kabupaten")
                post = Membership(official_id=official.id, role=role, area_id=area.id)
                session.add(post)
                session.flush()
                ids[name] = official.id
                for _ in range(quoted):
                    n += 1
                    text = f"Laporan warga nomor {n} kami periksa"
                    article = writes.add_article(
                        session=session,
                        article=Article(
                            outlet="Warta Jateng",
                            title=f"Artikel {n}",
                            language="id",
                            published=dt.date(2025, 3, 1),
                            text=text,
                            sha256=hashlib.sha256(f"{n}:{text}".encode()).hexdigest(),
                        ),
                    )
                    stmt = Statement(
                        article_id=article.id,
                        kind="direct",
                        text=text,
                        start=0,
                        end=len(text),
                        date=dt.date(2025, 3, 1),
                        official_id=official.id,
                        membership_id=post.id,
                        confidence=0.9,
                    )
                    writes.add_statements(session=session, statements=[stmt], topics=[[]])
        session.commit()
    return ids


@pytest.mark.parametrize(
    ("query", "holder", "rest"),
    [
        ("Kapolda Tarmuji", "Tarmuji Wiradikusumo", ""),  # stored spelled out
        ("kapolda tarmuji banjir", "Tarmuji Wiradikusumo", "banjir"),
        ("Kapolda Jateng Tarmuji", "Tarmuji Wiradikusumo", ""),  # the post's place between
        ("Kapolda Jawa Tengah Tarmuji", "Tarmuji Wiradikusumo", ""),
        ("Bupati Tarmuji", "Tarmuji Hadisoebroto", ""),
        ("Sekda Sukarni", "Sukarni Prawiranegara", ""),
        ("Kades Sukarni", "Sukarni Widyaningtias", ""),
        ("Wabup Gunadi", "Gunadi Tjokrosuwarno", ""),
        ("Wakil Bupati Gunadi", "Gunadi Tjokrosuwarno", ""),
        # A deputy is not the head: "Bupati Gunadi" is the Bupati, not the Wakil Bupati.
        ("Bupati Gunadi", "Gunadi Marsudiharjo", ""),
        ("Bupati Boyolali Gunadi", "Gunadi Marsudiharjo", ""),
        # The office's field between the post and the name: "Kadis Pendidikan" is one post.
        ("Kadis Pendidikan Darsono", "Darsono Wiryosuwarno", ""),
        ("Kepala Dinas Pendidikan Darsono sekolah", "Darsono Wiryosuwarno", "sekolah"),
        ("Kadis Kesehatan Darsono", "Darsono Handayaningrat", ""),
    ],
)
def test_a_short_post_before_a_name_picks_who_held_it(
    engine: sa.Engine, officials: dict[str, int], query: str, holder: str, rest: str
) -> None:
    with Session(engine) as session:
        named = find_name(session=session, q=query)
    assert named is not None
    assert [o.name for o in named.officials] == [holder]
    assert named.rest == rest


def test_the_search_page_shows_the_post_holder_for_a_short_form(engine: sa.Engine, officials: dict[str, int]) -> None:
    from fastapi.testclient import TestClient

    from quotetrack.web.app import create_app

    with TestClient(create_app(engine)) as client:
        page = client.get("/search", params={"q": "Kapolda Tarmuji", "lang": "en"}).text
    assert "Statements by Tarmuji Wiradikusumo" in page
    assert "Statements by Tarmuji Hadisoebroto" not in page


@pytest.mark.parametrize(
    ("typed", "holder"),
    [
        ("Kapolda", "Tarmuji Wiradikusumo"),
        ("kapolda", "Tarmuji Wiradikusumo"),
        ("Kepala Kepolisian Daerah", "Tarmuji Wiradikusumo"),
        ("Sekda", "Sukarni Prawiranegara"),
        ("Wabup", "Gunadi Tjokrosuwarno"),
        ("Kades", "Sukarni Widyaningtias"),
    ],
)
def test_the_post_filters_read_a_short_form_as_the_stored_post(
    engine: sa.Engine, officials: dict[str, int], typed: str, holder: str
) -> None:
    from quotetrack.store.filters import StatementFilter
    from quotetrack.store.official_list import OfficialQuery, search_officials
    from quotetrack.store.search import search_statements

    with Session(engine) as session:
        found = search_statements(session=session, q="", filters=StatementFilter(role=typed), limit=10)
        listed = search_officials(session=session, query=OfficialQuery(role=typed))
        worded = search_statements(session=session, q="laporan", filters=StatementFilter(role=typed), limit=10)
    assert {h.statement.official.id for h in found.hits if h.statement.official} == {officials[holder]}
    assert {h.statement.official.id for h in worded.hits if h.statement.official} == {officials[holder]}
    assert [o.name for o in listed.officials] == [holder]
