"""Corroboration: one quote reported by several outlets is clustered; the statement shows the others."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from search_corpus import Row, build  # type: ignore[import-not-found]
from sqlmodel import Session, select

from quotetrack.models import Statement
from quotetrack.store.corroborate import also_reported, cluster_statements, quote_similarity, wording_diff

QUOTE = "Seluruh ASN di Pemalang wajib menjaga netralitas selama tahapan pilkada berlangsung"
ROWS = [
    Row(QUOTE, "Ahmad Fauzi", "Kabar Pantura", dt.date(2024, 9, 2)),
    Row(
        "Seluruh ASN di Pemalang wajib menjaga netralitas selama tahapan pilkada",
        "Ahmad Fauzi",
        "Suara Jateng",
        dt.date(2024, 9, 1),
    ),
    Row(
        "ASN di Pemalang wajib menjaga netralitas selama tahapan pilkada berlangsung, tegasnya",
        "Ahmad Fauzi",
        "Warta Pesisir",
        dt.date(2024, 9, 3),
    ),
    Row(QUOTE, "Sri Wahyuni", "Warta Bekasi", dt.date(2024, 9, 2)),  # another speaker: not the same quote
    Row(QUOTE, "Ahmad Fauzi", "Kabar Pantura", dt.date(2024, 12, 2)),  # three months later: said again
    Row(
        "Harga beras di pasar Pemalang naik menjelang lebaran tahun ini",
        "Ahmad Fauzi",
        "Suara Jateng",
        dt.date(2024, 9, 2),
    ),
]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (QUOTE, QUOTE.replace("Seluruh ", ""), True),
        (QUOTE, "Harga beras di pasar Pemalang naik menjelang lebaran tahun ini", False),
        ("Ya, benar.", "Ya, benar.", False),  # too short to tell
        (QUOTE, QUOTE + " " + QUOTE + " dan banyak kalimat lain yang panjang sekali sesudahnya", False),
    ],
)
def test_quote_similarity(a: str, b: str, same: bool) -> None:
    assert (quote_similarity(a, b) >= 85) is same


def test_wording_diff() -> None:
    assert wording_diff("ASN wajib netral selama pilkada", "ASN harus netral selama pilkada") == (["wajib"], ["harus"])


@pytest.fixture
def clustered(engine: sa.Engine) -> Iterator[sa.Engine]:
    build(engine, ROWS)
    with Session(engine) as session:
        ids = list(session.exec(select(Statement.id).order_by(Statement.id)))
        links = cluster_statements(session=session, statement_ids=ids)
        session.commit()
    assert links > 0
    yield engine


def test_reports_of_one_quote_share_a_cluster(clustered: sa.Engine) -> None:
    with Session(clustered) as session:
        clusters = {s.id: s.cluster_id for s in session.exec(select(Statement).order_by(Statement.id))}
    assert clusters[1] == clusters[2] == clusters[3] == 1
    assert clusters[4] is None and clusters[5] is None and clusters[6] is None


def test_statement_lists_the_other_outlets_first_publisher_and_wording(clustered: sa.Engine) -> None:
    with Session(clustered) as session:
        reports = also_reported(session=session, statement_id=1)
        assert also_reported(session=session, statement_id=4) == []
    assert [r.outlet for r in reports] == ["Suara Jateng", "Warta Pesisir"]
    assert reports[0].first and not reports[1].first
    assert reports[0].only_here == ["berlangsung"] and reports[0].only_there == []
    assert reports[1].only_here == ["seluruh"] and reports[1].only_there == ["tegasnya"]


def test_api_and_pages_show_also_reported(clustered: sa.Engine) -> None:
    from fastapi.testclient import TestClient

    from quotetrack.web.app import create_app

    with TestClient(create_app(clustered)) as client:
        reports = client.get("/api/v1/statements/2/also-reported").json()
        assert [(r["outlet"], r["first"]) for r in reports] == [("Kabar Pantura", False), ("Warta Pesisir", False)]
        assert client.get("/api/v1/statements/999/also-reported").status_code == 404
        hits = client.get("/api/v1/search", params={"q": "netralitas", "official_id": 1}).json()["hits"]
        by_id = {h["id"]: h["also_reported_by"] for h in hits}
        assert by_id[1] == ["Suara Jateng", "Warta Pesisir"] and by_id[5] == []
        page = client.get("/statements/1", params={"lang": "en"}).text
        assert "Also reported by" in page and "Suara Jateng" in page and "published first" in page
