"""The timeline counts statements (not topic tags), labels its axis with real counts, and shows topics apart."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from quotetrack.store.reads import Month
from quotetrack.web.charts import timeline_svg, topic_shares, y_ticks
from quotetrack.web.i18n import MONTHS


def _svg(months: dict[str, Month], width: int = 720) -> str:
    return str(
        timeline_svg(
            months, title="t", month_names=MONTHS["en"], bar_title=lambda m, d: f"{m} {d.statements}", width=width
        )
    )


def _y_labels(svg: str) -> list[int]:
    return [int(n) for n in re.findall(r'<text x="[\d.]+" y="[\d.]+" text-anchor="end"[^>]*>(\d+)</text>', svg)]


def test_22_statements_with_93_topic_tags_make_an_axis_that_reads_22() -> None:
    svg = _svg({"2024-05": Month(22, {"budget": 22, "elections": 22, "pilkada": 22, "security": 27})})
    assert max(_y_labels(svg)) == 22
    assert ">93<" not in svg and ">22</text>" in svg


@pytest.mark.parametrize(
    ("peak", "ticks"),
    [
        (1, [0, 1]),
        (7, [0, 2, 4, 7]),
        (22, [0, 5, 10, 15, 22]),
        (93, [0, 20, 40, 60, 80, 93]),
        (100, [0, 20, 40, 60, 80, 100]),
    ],
)
def test_axis_runs_from_zero_to_the_tallest_bar(peak: int, ticks: list[int]) -> None:
    assert y_ticks(peak) == ticks


@pytest.mark.parametrize("width", [720, 340])
def test_every_month_has_a_tick_and_the_last_bar_is_labelled(width: int) -> None:
    months = {f"2023-{m:02d}": Month(m, {}) for m in range(1, 13)} | {"2024-01": Month(3, {}), "2024-07": Month(1, {})}
    svg = _svg(months, width)
    assert len(re.findall(r'<line x1="([\d.]+)" y1="[\d.]+" x2="\1"', svg)) == 19  # a tick per month, gaps too
    labels = re.findall(r'text-anchor="middle" fill="#24292f">([A-Z][a-z]{2})</text>', svg)
    assert labels[0] == "Jan" and labels[-1] == "Jul"  # the last month (July 2024) is labelled
    assert "<text" in svg and 'font-size="12"' in svg


def test_topic_shares_count_statements_per_topic() -> None:
    months = {"2024-05": Month(10, {"budget": 6, "elections": 3}), "2024-06": Month(12, {"budget": 5})}
    shares = topic_shares(months, {"budget": "Budget"})
    assert [(s.slug, s.label, s.statements, s.total, s.percent) for s in shares] == [
        ("budget", "Budget", 11, 22, 50),
        ("elections", "elections", 3, 22, 14),
    ]


def test_official_page_axis_equals_the_statement_count(client) -> None:
    items = client.get("/api/v1/statements", params={"limit": 200}).json()["items"]
    oid = Counter(s["official"]["id"] for s in items if s["official"]).most_common(1)[0][0]
    mine = client.get("/api/v1/statements", params={"official_id": oid, "limit": 200}).json()["items"]
    per_month = Counter(s["date"][:7] for s in mine if s["date"])
    tags = sum(len(s["topics"]) for s in mine)
    page = client.get(f"/officials/{oid}").text
    wide = page[page.index('class="timeline timeline-wide"') :]
    wide = wide[: wide.index("</svg>")]
    assert max(_y_labels(wide)) == max(per_month.values())
    assert tags > max(per_month.values())  # the old chart's axis would have read the tag count
    for month, n in per_month.items():
        assert f"<title>{MONTHS['en'][int(month[5:]) - 1]} {month[:4]}: {n} statements</title>" in wide
    assert "timeline-narrow" in page and "topic-shares" in page


def test_an_official_s_undated_statements_are_counted_beside_the_chart(engine, tmp_path) -> None:
    """The chart can only place dated statements: the page says how many it leaves out."""
    from fastapi.testclient import TestClient
    from sqlmodel import Session, select

    from quotetrack.models import Official
    from quotetrack.pipeline import ingest_paths
    from quotetrack.web.app import create_app

    dated = tmp_path / "dated.txt"
    dated.write_text(
        "Jalan desa\n\nBupati Garut Rudy Hartono mengatakan, Senin (3/6/2024), jalan desa akan diperbaiki.\n",
        encoding="utf-8",
    )
    undated = tmp_path / "undated.txt"
    undated.write_text(
        "Pasar\n\nBupati Garut Rudy Hartono mengatakan pasar baru dibuka untuk pedagang kecil.\n\n"
        "Rudy menambahkan, retribusi pasar tidak dinaikkan.\n",
        encoding="utf-8",
    )
    assert ingest_paths([dated, undated], engine=engine, max_bytes=1_000_000).ok
    with Session(engine) as session:
        (official_id,) = session.exec(select(Official.id)).all()
    with TestClient(create_app(engine)) as client:
        page = client.get(f"/officials/{official_id}").text
        page_id = client.get(f"/officials/{official_id}", params={"lang": "id"}).text
    assert "3 statements" in page
    assert "2 statements without a date (their articles print none) are not in the chart." in page
    assert "2 pernyataan tanpa tanggal" in page_id
