"""One filter, one cursor (issue 18): a topic takes in its child topics and a region (a province
with its regencies and cities) means the same on the statement list, the search, their counts,
the pages, the feeds and a stored follow; every paged list walks its rows once on both
databases, and a cursor from another list, another query or nowhere is a 400, never a 500."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from search_corpus import ROWS, build  # type: ignore[import-not-found]
from sqlmodel import Session

from quotetrack.alerts.matching import follow_query, matching_ids
from quotetrack.errors import QueryError
from quotetrack.models import Article, Statement
from quotetrack.store import cache, cursors, reads, writes
from quotetrack.store.filters import PARAMS, StatementFilter
from quotetrack.store.search import search_statements
from quotetrack.topics import load_taxonomy

# Invented statements of one article: the first is tagged with a child topic alone (as an editor
# may tag it), which only a topic filter that takes in child topics finds under "elections".
CHILD_ONLY = "Calon yang curang akan kami diskualifikasi"
ARTICLE_ROWS = [CHILD_ONLY, "Rapat dimulai pukul sembilan pagi", "Semua peserta sudah hadir tepat waktu"]


@pytest.fixture
def corpus(engine: sa.Engine) -> dict[str, int]:
    """The search corpus, plus one article of three statements by the Wali Kota of Kota Bekasi
    (a regency of Jawa Barat), the first tagged election-integrity (a child of elections) only."""
    ids = build(engine)
    with Session(engine) as session:
        topic_ids = writes.ensure_topics(session=session, taxonomy=load_taxonomy())
        membership = session.execute(
            sa.text("SELECT id FROM membership WHERE official_id = :o"), {"o": ids["Sri Wahyuni"]}
        ).scalar_one()
        text = " ".join(ARTICLE_ROWS)
        article = writes.add_article(
            session=session,
            article=Article(
                outlet="Warta Bekasi",
                title="Rapat pleno",
                language="id",
                published=dt.date(2024, 6, 1),
                text=text,
                sha256=hashlib.sha256(text.encode()).hexdigest(),
            ),
        )
        statements = []
        for sentence in ARTICLE_ROWS:
            start = text.index(sentence)
            statements.append(
                Statement(
                    article_id=article.id,
                    kind="direct",
                    text=sentence,
                    start=start,
                    end=start + len(sentence),
                    date=dt.date(2024, 6, 1),
                    official_id=ids["Sri Wahyuni"],
                    membership_id=membership,
                    confidence=0.9,
                )
            )
        writes.add_statements(
            session=session, statements=statements, topics=[[topic_ids["election-integrity"]], [], []]
        )
        session.commit()
        ids["article"] = article.id
    cache.clear()
    return ids


@pytest.fixture
def client(engine: sa.Engine, corpus: dict[str, int]) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from quotetrack.web.app import create_app

    with TestClient(create_app(engine)) as c:
        yield c


def expected_ids(engine: sa.Engine, *, topic: str | None = None, region: str | None = None) -> set[int]:
    """The spec, computed apart from both renderings: a statement is under a topic when tagged with
    it or with one of its children; in a region when its post's area, or that area's parent, is
    the region named (by code or name, case-insensitive; a bare name names the city and the
    regency of that name)."""
    parent_of = {t.slug: t.parent for t in load_taxonomy()}
    with engine.connect() as conn:
        statements = conn.execute(sa.text("SELECT id FROM statement WHERE status = 'published'")).scalars().all()
        tags = conn.execute(
            sa.text("SELECT st.statement_id, t.slug FROM statementtopic st JOIN topic t ON t.id = st.topic_id")
        ).all()
        places = conn.execute(
            sa.text(
                "SELECT s.id, ar.code, ar.name, pr.code, pr.name FROM statement s "
                "JOIN membership mb ON mb.id = s.membership_id JOIN area ar ON ar.id = mb.area_id "
                "LEFT JOIN area pr ON pr.id = ar.parent_id"
            )
        ).all()
    found = set(statements)
    if topic is not None:
        found &= {sid for sid, slug in tags if topic in (slug, parent_of.get(slug))}
    if region is not None:
        named = {region.casefold(), f"kota {region.casefold()}", f"kabupaten {region.casefold()}"}
        found &= {
            sid
            for sid, code, name, parent_code, parent_name in places
            if region in (code, parent_code) or named & {(name or "").casefold(), (parent_name or "").casefold()}
        }
    return found


def walk(client, path: str, params: dict[str, str], limit: int = 2) -> list[int]:
    """Every id of a paged JSON list, following next_cursor."""
    seen: list[int] = []
    page = client.get(path, params={**params, "limit": limit})
    for _ in range(100):
        assert page.status_code == 200, page.text
        body = page.json()
        seen += [s["id"] for s in body["items"]]
        if not body["next_cursor"]:
            return seen
        page = client.get(path, params={**params, "limit": limit, "cursor": body["next_cursor"]})
    raise AssertionError("the cursor never ended")


def linked_statements(html: str) -> set[int]:
    return {int(n) for n in re.findall(r'href="/statements/(\d+)"', html)}


# --- one meaning ---------------------------------------------------------------------------


FILTERS = [
    pytest.param({"topic": "elections"}, id="topic with its child topics"),
    pytest.param({"topic": "election-integrity"}, id="child topic"),
    pytest.param({"region": "Jawa Barat"}, id="province with its regency"),
    pytest.param({"region": "jawa barat "}, id="region case and spaces"),
    pytest.param({"region": "Kota Bekasi"}, id="regency"),
    pytest.param({"region": "Bekasi"}, id="a city by its bare name"),
    pytest.param({"region": "pemalang"}, id="a regency by its bare name, lower case"),
    pytest.param({"province": "Jawa Barat"}, id="province parameter"),
    pytest.param({"region": "Jawa Barat", "topic": "elections"}, id="region and topic"),
]


@pytest.mark.parametrize("params", FILTERS)
def test_a_filter_means_the_same_on_the_list_the_search_and_their_counts(
    engine: sa.Engine, client, params: dict[str, str]
) -> None:
    region = params.get("region") or params.get("province")
    expected = expected_ids(engine, topic=params.get("topic"), region=region.strip() if region else None)
    assert expected, params

    listed = walk(client, "/api/v1/statements", params)
    searched = walk(client, "/api/v1/search", {"q": "", **params})
    assert sorted(listed) == sorted(set(listed)) and set(listed) == expected
    assert sorted(searched) == sorted(set(searched)) and set(searched) == expected
    assert client.get("/api/v1/statements", params=params).json()["total"] == len(expected)
    assert client.get("/api/v1/search", params={"q": "", **params}).json()["total"] == len(expected)

    page = client.get("/search", params={"q": "", **params})
    assert page.status_code == 200 and linked_statements(page.text) == expected
    feed = client.get("/feeds/statements.atom", params=params).text
    assert {int(n) for n in re.findall(r"/statements/(\d+)</id>", feed)} == expected


def test_child_topics_count_on_the_topic_page_its_feed_and_an_officials_page(
    engine: sa.Engine, client, corpus: dict[str, int]
) -> None:
    elections = expected_ids(engine, topic="elections")
    with Session(engine) as session:
        child_only = session.execute(sa.text("SELECT id FROM statement WHERE text = :t"), {"t": CHILD_ONLY}).scalar()
    assert child_only in elections  # the spec itself: the child-only statement is about elections

    page = client.get("/topics/elections")
    assert page.status_code == 200 and linked_statements(page.text) == elections
    assert f"<p>{len(elections)} " in page.text  # the count shown is the list's
    feed = client.get("/feeds/topics/elections.atom").text
    assert {int(n) for n in re.findall(r"/statements/(\d+)</id>", feed)} == elections
    official = client.get(f"/officials/{corpus['Sri Wahyuni']}", params={"topic": "elections"})
    assert child_only in linked_statements(official.text)


def test_a_province_page_lists_its_regencies(engine: sa.Engine, client) -> None:
    with engine.connect() as conn:
        province = conn.execute(sa.text("SELECT id, code FROM area WHERE name = 'Jawa Barat'")).one()
    key = province.code or f"a{province.id}"
    expected = expected_ids(engine, region="Jawa Barat")
    page = client.get(f"/regions/{key}")
    assert page.status_code == 200 and linked_statements(page.text) == expected
    feed = client.get(f"/feeds/regions/{key}.atom").text
    assert {int(n) for n in re.findall(r"/statements/(\d+)</id>", feed)} == expected


def test_both_renderings_agree_on_every_filter(engine: sa.Engine, corpus: dict[str, int]) -> None:
    """reads (lists, counts) and match (search, follows) take in the same statements for each
    field, alone: the list of PARAMS is the dataclass's."""
    assert tuple(f for f in StatementFilter.__dataclass_fields__ if f != "include_hidden") == PARAMS
    values = {
        "official_id": corpus["Ahmad Fauzi"],
        "article_id": corpus["article"],
        "topic": "elections",
        "kind": "indirect",
        "region": "Kota Bekasi",
        "province": "Jawa Barat",
        "role": "wali",
        "date_from": dt.date(2024, 7, 1),
        "date_to": dt.date(2023, 12, 31),
        "outlet": "Kabar Pantura",
        "language": "en",
    }
    with Session(engine) as session:
        for name in PARAMS:
            flt = StatementFilter(**{name: values[name]})
            listed = {s.id for s in reads.list_statements(session=session, flt=flt, limit=500)}
            searched = {s.id for s in search_statements(session=session, q="", filters=flt, limit=200).items}
            followed = set(matching_ids(session, search_statements(session=session, q="", filters=flt).query, flt))
            assert listed and listed == searched == followed, name
            assert reads.count_statements(session=session, flt=flt) == len(listed), name


def test_empty_and_padded_values_are_one_filter() -> None:
    assert StatementFilter(region="", topic="  ", outlet=None) == StatementFilter()
    assert not StatementFilter(region=" ").any()
    assert StatementFilter(region=" Jawa Barat ") == StatementFilter(region="Jawa Barat")
    assert StatementFilter(topic="elections", date_from=dt.date(2024, 1, 2)).params() == {
        "topic": "elections",
        "date_from": "2024-01-02",
    }


def test_a_follow_stored_before_still_reads_and_matches_its_search(engine: sa.Engine, corpus: dict[str, int]) -> None:
    """Criteria as follows stored them (JSON, the search's parameter names): read back unchanged."""
    stored = {"q": "netral", "province": "Jawa Barat", "topic": "elections", "date_from": "2024-01-01"}
    with Session(engine) as session:
        parsed, flt = follow_query(session, json.loads(json.dumps(stored)))
        assert flt == StatementFilter(province="Jawa Barat", topic="elections", date_from=dt.date(2024, 1, 1))
        shown = {s.id for s in search_statements(session=session, q="netral", filters=flt).items}
        assert shown and set(matching_ids(session, parsed, flt)) == shown


# --- one cursor ------------------------------------------------------------------------------


def test_pages_walk_every_statement_once_while_rows_arrive(engine: sa.Engine, client, corpus: dict[str, int]) -> None:
    """The statement list and the search, two at a time, with statements stored mid-walk (newer
    and older than the page reached): every statement there at the start is seen exactly once."""
    for path, params in (("/api/v1/statements", {}), ("/api/v1/search", {"q": "", "region": "Jawa Barat"})):
        before = set(walk(client, path, params, limit=50))
        first = client.get(path, params={**params, "limit": 2}).json()
        seen = [s["id"] for s in first["items"]]
        with Session(engine) as session:
            for day in (dt.date(2030, 1, 1), dt.date(2001, 1, 1)):
                session.add(
                    Statement(
                        article_id=corpus["article"],
                        kind="direct",
                        text=f"Pernyataan baru {day.year}",
                        start=0,
                        end=5,
                        date=day,
                        official_id=corpus["Budi Santoso"],
                        membership_id=None,
                        confidence=0.9,
                    )
                )
            session.commit()
        cursor = first["next_cursor"]
        while cursor:
            page = client.get(path, params={**params, "limit": 2, "cursor": cursor}).json()
            seen += [s["id"] for s in page["items"]]
            cursor = page["next_cursor"]
        assert len(seen) == len(set(seen)), path
        assert before <= set(seen), path


def test_an_articles_statements_page_in_reading_order(client, corpus: dict[str, int]) -> None:
    seen = walk(client, "/api/v1/statements", {"article_id": str(corpus["article"])}, limit=1)
    texts = [client.get(f"/api/v1/statements/{sid}").json()["text"] for sid in seen]
    assert texts == ARTICLE_ROWS


def test_a_cursor_from_another_list_or_query_is_a_400(client) -> None:
    listing = client.get("/api/v1/statements", params={"limit": 2}).json()["next_cursor"]
    search = client.get("/api/v1/search", params={"q": "", "region": "Jawa Barat", "limit": 2}).json()["next_cursor"]
    assert listing and search and listing.startswith(cursors.PREFIX) and search.startswith(cursors.PREFIX)
    refused = [
        ("/api/v1/search", {"q": "", "region": "Jawa Barat", "cursor": listing}, "another list"),
        ("/api/v1/statements", {"cursor": search}, "another list"),
        ("/api/v1/statements", {"topic": "elections", "cursor": listing}, "another list of statements"),
        ("/api/v1/search", {"q": "", "region": "Kota Bekasi", "cursor": search}, "another search"),
        ("/api/v1/search", {"q": "", "region": "Jawa Barat", "sort": "oldest", "cursor": search}, "another search"),
    ]
    for path, params, message in refused:
        response = client.get(path, params=params)
        assert response.status_code == 400, (path, params)
        assert response.headers["content-type"].startswith("application/problem+json")
        assert message in response.json()["detail"], response.json()
    page = client.get("/search", params={"q": "", "region": "Kota Bekasi", "cursor": listing})
    assert page.status_code == 400


def _forged(data: object) -> str:
    return cursors.PREFIX + base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


GOOD = {"l": "statements", "f": "", "k": "2024-01-01", "i": 5, "m": None, "w": None}
MALFORMED = [
    "nonsense",
    "2024-05-01_17",  # the statement list's old cursor
    "eyJmIjoiIiwiayI6MSwiaSI6MiwibSI6M30",  # the search's old cursor
    cursors.PREFIX,
    cursors.PREFIX + "!!!!",
    cursors.PREFIX + "w6k",  # not JSON
    _forged([1, 2]),
    _forged({**GOOD, "i": 2**64}),
    _forged({**GOOD, "i": -1}),
    _forged({**GOOD, "i": "5"}),
    _forged({**GOOD, "i": True}),
    _forged({**GOOD, "k": "not a date"}),
    _forged({**GOOD, "k": {"a": 1}}),
    _forged({**GOOD, "k": 1e308}),
    _forged({**GOOD, "m": 2**70}),
    _forged({k: v for k, v in GOOD.items() if k != "i"}),
]


@pytest.mark.parametrize("cursor", MALFORMED)
def test_a_malformed_cursor_is_a_400_on_every_list(client, cursor: str) -> None:
    """Whatever the fingerprint, a broken cursor is refused before it could reach SQL."""
    for path, params in (
        ("/api/v1/statements", {}),
        ("/api/v1/statements", {"article_id": "1"}),
        ("/api/v1/search", {"q": "netral"}),
        ("/api/v1/search", {"q": "netral", "sort": "date"}),
    ):
        response = client.get(path, params={**params, "cursor": cursor})
        assert response.status_code == 400, (path, cursor, response.text)
        assert "cursor" in response.json()["detail"]


def test_a_forged_cursor_with_the_right_fingerprint_but_a_bad_key_is_a_400(engine: sa.Engine) -> None:
    """The key is checked for the list's own order: a date for newest first, a number for an
    article's reading order and for relevance."""
    flt = StatementFilter()
    fp = cursors.fingerprint("statements", flt.params(), flt.include_hidden)
    with Session(engine) as session:
        for key in ("yesterday", 3, [1]):
            forged = cursors.encode(cursors.Cursor(key=key, last_id=1), of="statements", query=fp)
            with pytest.raises(QueryError, match="invalid cursor"):
                reads.list_statements(session=session, flt=flt, cursor=forged)
        in_article = StatementFilter(article_id=1)
        fp = cursors.fingerprint("statements", in_article.params(), False)
        for key in ("2024-01-01", -1, 2**40):
            forged = cursors.encode(cursors.Cursor(key=key, last_id=1), of="statements", query=fp)
            with pytest.raises(QueryError, match="invalid cursor"):
                reads.list_statements(session=session, flt=in_article, cursor=forged)


def test_the_corpus_rows_are_what_the_specs_count(engine: sa.Engine, corpus: dict[str, int]) -> None:
    """A guard on the fixture: the filters above are tested on rows that tell the meanings apart."""
    with Session(engine) as session:
        assert reads.count_statements(session=session) == len(ROWS) + len(ARTICLE_ROWS)
    by_region = expected_ids(engine, region="Jawa Barat")
    assert by_region > expected_ids(engine, region="Kota Bekasi")  # the province has more than its regency
    assert expected_ids(engine, topic="elections") > expected_ids(engine, topic="election-integrity")


@pytest.mark.parametrize("typed", ["Warta Bekasi", "warta bekasi", "WARTA BEKASI "])
def test_an_outlet_is_matched_whatever_its_case(engine: sa.Engine, client, typed: str) -> None:
    with engine.connect() as conn:
        expected = set(
            conn.execute(
                sa.text(
                    "SELECT s.id FROM statement s JOIN article a ON a.id = s.article_id "
                    "WHERE a.outlet = 'Warta Bekasi' AND s.status = 'published'"
                )
            ).scalars()
        )
    assert expected
    params = {"outlet": typed}
    assert set(walk(client, "/api/v1/statements", params)) == expected
    assert set(walk(client, "/api/v1/search", {"q": "", **params})) == expected
    assert client.get("/api/v1/search", params={"q": "", **params}).json()["total"] == len(expected)
