"""Browsing without words, sorts, exports and feeds of a search, names in queries, the language
links and the search command: the search page as a fact-checker's working surface (issue 16)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from html import unescape

import pytest
import sqlalchemy as sa
from search_corpus import ROWS, Row, build  # type: ignore[import-not-found]
from sqlmodel import Session

from quotetrack.models import Statement
from quotetrack.store import writes
from quotetrack.store.filters import StatementFilter
from quotetrack.store.name_query import find_name
from quotetrack.store.search import search_statements

# Made-up statements where one official's first name sits inside another official's quote.
NAMED_ROWS = [
    *ROWS,
    Row(
        "Pak Fauzi berjanji anggaran jalan desa naik tahun ini, kami tagih",
        "Budi Santoso",
        "Harian Priangan",
        dt.date(2025, 1, 10),
    ),
    Row("Anggaran jalan desa kami naikkan dua puluh persen", "Ahmad Fauzi", "Kabar Pantura", dt.date(2024, 12, 2)),
    Row('=HYPERLINK("http://x") tidak boleh jadi rumus', "Sri Wahyuni", "Warta Bekasi", dt.date(2022, 5, 5)),
]


@pytest.fixture
def corpus(engine: sa.Engine) -> dict[str, int]:
    ids = build(engine, NAMED_ROWS)
    with Session(engine) as session:
        # A printed variant with a title and an accent, and pointers to the speaker that are no names.
        writes.add_aliases(
            session=session,
            aliases=[
                (ids["Sri Wahyuni"], "Wali Kota Bekasi, Hj. Srí Wahyúni, S.E.", "x"),
                (ids["Ahmad Fauzi"], "Tegasnya", "tegasnya"),
                (ids["Ahmad Fauzi"], "Ia", "ia"),
            ],
        )
        session.commit()
    return ids


@pytest.fixture
def client(engine: sa.Engine, corpus: dict[str, int]) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from quotetrack.web.app import create_app

    with TestClient(create_app(engine)) as c:
        yield c


def _texts(items: list[dict]) -> list[str]:
    return [s["text"] for s in items]


# --- browsing with filters and no words --------------------------------------------------------


def test_filters_without_words_list_statements_newest_first(engine: sa.Engine, corpus: dict[str, int]) -> None:
    with Session(engine) as session:
        flt = StatementFilter(province="Jawa Barat")
        newest = search_statements(session=session, q="", filters=flt, limit=3)
        dates = [h.statement.date for h in newest.hits]
        assert newest.total == 8 and dates == sorted(dates, reverse=True) and len(dates) == 3
        # Every page of the oldest-first walk, each statement once.
        seen, cursor = [], None
        while True:
            page = search_statements(session=session, q="  ", filters=flt, sort="oldest", limit=2, cursor=cursor)
            seen += [h.statement for h in page.hits]
            cursor = page.next_cursor
            if cursor is None:
                break
        assert len(seen) == len({s.id for s in seen}) == 8
        assert [s.date for s in seen] == sorted(s.date for s in seen)
        period = search_statements(
            session=session,
            q="",
            filters=StatementFilter(date_from=dt.date(2024, 9, 1), date_to=dt.date(2024, 12, 31)),
            facets=True,
        )
        assert sorted(h.statement.date.isoformat() for h in period.hits) == [
            "2024-09-02",
            "2024-10-05",
            "2024-11-01",
            "2024-12-02",
        ]
        assert sum(v.count for v in period.facets["official"]) == 4


def test_api_search_without_words(client) -> None:
    listed = client.get("/api/v1/search", params={"q": "", "topic": "asn-neutrality", "facets": "true"})
    assert listed.status_code == 200, listed.text
    body = listed.json()
    assert body["total"] >= 3 and body["facets"]["official"]
    assert [s["date"] for s in body["items"]] == sorted((s["date"] for s in body["items"]), reverse=True)
    nothing = client.get("/api/v1/search", params={"q": ""})
    assert nothing.status_code == 400 and "filter" in nothing.json()["detail"]
    assert client.get("/api/v1/search").status_code == 400
    assert client.get("/api/v1/search", params={"q": "x", "sort": "sideways"}).status_code in (400, 422)


def test_api_search_exports_csv_and_jsonl_with_filters(client) -> None:
    params = {"q": "anggaran OR rumus OR netralitas", "sort": "date", "date_from": "2022-01-01"}
    found = client.get("/api/v1/search", params={**params, "limit": 200}).json()
    rows = list(csv.DictReader(io.StringIO(client.get("/api/v1/search", params={**params, "format": "csv"}).text)))
    assert [int(r["id"]) for r in rows] == [s["id"] for s in found["items"]]
    assert {"role", "region", "title", "permalink"} <= set(rows[0])
    formula = next(r for r in rows if "HYPERLINK" in r["text"])
    assert formula["text"].startswith("'=")  # a spreadsheet shows it, never runs it
    lines = client.get(
        "/api/v1/search", params={**params, "format": "jsonl", "official_id": found["items"][0]["official"]["id"]}
    ).text.splitlines()
    assert lines and {json.loads(line)["speaker"] for line in lines} == {found["items"][0]["official"]["name"]}
    only_words = client.get("/api/v1/search", params={"q": "", "kind": "indirect", "format": "csv"})
    assert only_words.status_code == 200 and only_words.text.count("\n") == 2  # header and one row
    bad = client.get("/api/v1/search", params={"q": '"open', "format": "csv"})
    assert bad.status_code == 400


def test_search_feed_carries_filters(client) -> None:
    feed = client.get("/feeds/search.atom", params={"q": "", "region": "Kota Bekasi"})
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("application/atom+xml")
    assert feed.text.count("<entry>") == 4 and "Sri Wahyuni" in feed.text and "Budi Santoso" not in feed.text
    assert client.get("/feeds/search.atom", params={"q": ""}).status_code == 400


# --- the page ------------------------------------------------------------------------------------


def _links(html: str, pattern: str) -> list[str]:
    return [unescape(h) for h in re.findall(r'href="([^"]+)"', html) if re.search(pattern, unescape(h))]


def test_page_browses_sorts_and_links_exports_with_the_same_filters(client) -> None:
    page = client.get("/search", params={"q": "", "province": "Jawa Barat", "kind": "direct", "lang": "en"})
    assert page.status_code == 200
    assert page.text.count('class="statement ') == 7 and "7 results" in page.text
    for href in _links(page.text, r"format=(csv|jsonl)|search\.atom"):
        assert "province=Jawa+Barat" in href and "kind=direct" in href, href
    assert (
        len(_links(page.text, r"format=csv")) == 1 and len(_links(page.text, r"search\.atom")) == 2
    )  # <head> and page
    oldest = _links(page.text, r"sort=oldest")[0]
    listed = client.get(oldest).text
    dates = re.findall(r'<time datetime="([\d-]+)"', listed)
    assert dates == sorted(dates) and len(dates) == 7
    one = re.sub(r"<[^>]+>", "", client.get("/search", params={"q": "rumus", "lang": "en"}).text)
    assert "1 result for" in one and "1 results" not in one
    welcome = client.get("/search", params={"lang": "en"})
    assert welcome.status_code == 200 and "Browse without a keyword" in welcome.text
    assert 'class="statement ' not in welcome.text


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "The From date (2024-12-31) is after the To date (2024-01-01): swap them."),
        ("id", "Tanggal Dari (2024-12-31) sesudah tanggal Sampai (2024-01-01): tukar keduanya."),
    ],
)
@pytest.mark.parametrize("q", ["netralitas", ""])
def test_a_date_range_backwards_is_said_not_shown_as_no_results(client, lang: str, message: str, q: str) -> None:
    params = {"q": q, "date_from": "2024-12-31", "date_to": "2024-01-01", "lang": lang}
    page = client.get("/search", params=params)
    assert page.status_code == 400
    assert message in unescape(page.text)
    assert 'value="2024-12-31"' in page.text  # the form keeps what was typed, to be corrected
    api = client.get("/api/v1/search", params={k: v for k, v in params.items() if k != "lang"})
    assert api.status_code == 400 and "swap them" in api.text
    backwards = {"date_from": "2024-12-31", "date_to": "2024-01-01"}
    for path in ("/api/v1/statements", "/feeds/statements.atom"):
        listed = client.get(path, params=backwards)
        # in the language the client chose above (its cookie), as every error page is
        assert listed.status_code == 400 and ("swap them" in listed.text or "tukar keduanya" in listed.text), path


def test_filters_left_empty_are_no_filters(client) -> None:
    # What the page's form sends without its script: every field, most of them empty.
    blank = {
        **{"date_from": "", "date_to": "", "role": "", "region": "", "outlet": "", "kind": "", "language": ""},
        **{"official_id": "", "article_id": ""},  # bounded numbers: the bounds never meet the None
    }
    page = client.get("/search", params={"q": "", "topic": "asn-neutrality", **blank})
    assert page.status_code == 200 and page.text.count('class="statement ') >= 3
    assert client.get("/api/v1/search", params={"q": "netralitas", **blank}).json()["total"] == 4
    assert client.get("/search", params={"q": "", **blank}).status_code == 200  # the welcome page
    assert client.get("/api/v1/search", params={"q": "", **blank}).status_code == 400
    assert client.get("/api/v1/search", params={"q": "x", "date_from": "2024-13-01"}).status_code == 400
    assert client.get("/api/v1/statements", params={"official_id": "", "article_id": ""}).status_code == 200
    assert client.get("/api/v1/statements", params={"official_id": "0"}).status_code == 400


def test_page_has_one_search_box(client) -> None:
    page = client.get("/search", params={"q": "netralitas"}).text
    assert page.count('type="search"') == 1
    assert len(re.findall(r'form="search-form"', page)) >= 8  # the filters submit with that box


def test_language_links_keep_path_query_and_filters(client) -> None:
    page = client.get("/search", params={"q": "harga beras", "region": "Kota Bekasi", "lang": "en"}).text
    to_id = next(h for h in _links(page, r"lang=id") if 'hreflang="id"')
    assert to_id.startswith("/search?") and "q=harga+beras" in to_id and "region=Kota+Bekasi" in to_id
    assert to_id.count("lang=") == 1
    indonesian = client.get(to_id).text
    assert "Saringan dan jumlah" in indonesian and 'value="harga beras"' in indonesian
    assert "Langsung ke isi" in indonesian
    officials = client.get("/officials", params={"page": 2, "lang": "id"}).text
    assert any(h.startswith("/officials?") and "page=2" in h for h in _links(officials, r"lang=en"))


# --- names in queries ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "official", "rest"),
    [
        ("fauzi anggaran", "Ahmad Fauzi", "anggaran"),
        ("Pak Fauzi anggaran", "Ahmad Fauzi", "anggaran"),
        ("bupati ahmad fauzi jalan", "Ahmad Fauzi", "jalan"),
        ("wahyuni harga", "Sri Wahyuni", "harga"),
        ("srí wahyúni harga", "Sri Wahyuni", "harga"),  # accents ignored
        ("wahyunni harga", "Sri Wahyuni", "harga"),  # one letter too many
        ("santoso", "Budi Santoso", ""),
        # One letter off beside the right first name: a typo, not another name.
        ("ahmad fauzy anggaran", "Ahmad Fauzi", "anggaran"),
        ("Ahmad Fausi anggaran", "Ahmad Fauzi", "anggaran"),
        ("bupati ahmad fauji", "Ahmad Fauzi", ""),
        ("ahmad fuazi harga", "Ahmad Fauzi", "harga"),
        ("ahmad harga beras", "Ahmad Fauzi", "harga beras"),  # an ordinary word stays a word
    ],
)
def test_query_words_that_name_an_official(
    engine: sa.Engine, corpus: dict[str, int], q: str, official: str, rest: str
) -> None:
    with Session(engine) as session:
        named = find_name(session=session, q=q)
    assert named is not None and named.officials[0].id == corpus[official]
    assert named.rest == rest


@pytest.mark.parametrize(
    "q",
    [
        "netralitas asn",
        "harga beras",
        "tegasnya netral",
        "ia netral",
        '"ahmad fauzi"',
        "harga OR fauzi",
        "imron",
        "anggaran NOT fauzi",  # an excluded name is no filter
        "anggaran - fauzi",
        "imron",  # alone, one letter off is another name
    ],
)
def test_queries_that_name_nobody(engine: sa.Engine, corpus: dict[str, int], q: str) -> None:
    with Session(engine) as session:
        assert find_name(session=session, q=q) is None


def test_first_name_in_another_officials_quote_does_not_win(client, corpus: dict[str, int]) -> None:
    page = client.get("/search", params={"q": "fauzi anggaran", "lang": "en"}).text
    results = re.sub(r"<[^>]+>", "", page.split('class="results"', 1)[1])
    assert "Anggaran jalan desa kami naikkan" in results
    assert "Pak Fauzi berjanji" not in results  # Budi Santoso's words about him
    notice = re.sub(r"<[^>]+>", "", page.split('class="named"', 1)[1].split("</p>", 1)[0])
    assert "Statements by Ahmad Fauzi matching ‘anggaran’" in unescape(notice)
    everyone = _links(page, r"names=off")[0]
    assert "Pak Fauzi berjanji" in re.sub(r"<[^>]+>", "", client.get(everyone).text)


def test_an_excluded_name_leaves_out_what_mentions_it(client) -> None:
    page = client.get("/search", params={"q": "anggaran NOT fauzi", "lang": "en"})
    assert page.status_code == 200
    results = re.sub(r"<[^>]+>", "", page.text.split('class="results"', 1)[1])
    assert "Pak Fauzi berjanji" not in results  # its text names him: left out
    assert "Anggaran jalan desa kami naikkan" in results  # his own words do not name him
    assert 'class="named"' not in page.text


def test_a_name_alone_shows_the_official_first(client, corpus: dict[str, int]) -> None:
    page = client.get("/search", params={"q": "Sri Wahyuni", "lang": "en"}).text
    card = page.split('class="official-card"', 1)[1].split("</article>", 1)[0]
    assert f"/officials/{corpus['Sri Wahyuni']}" in card and "Wali Kota" in card and "4 statements" in card
    assert page.count('class="statement ') == 4
    # No statement by him says "beras": every statement is searched instead, and the page says so.
    fallback = client.get("/search", params={"q": "santoso beras", "lang": "en"}).text
    assert "No statement by Budi Santoso matches ‘beras’" in unescape(fallback)
    assert "Harga <mark>beras</mark> dan cabai" in fallback


def test_an_ordinary_word_that_is_also_a_name_stays_a_word(engine: sa.Engine, client) -> None:
    with Session(engine) as session:
        aman = writes.create_official(session=session, name="Aman Sudrajat")
        article_id = session.execute(sa.text("SELECT min(id) FROM article")).scalar_one()
        said = "Pasar tradisional kami bangun ulang"
        writes.add_statements(
            session=session,
            topics=[[]],
            statements=[
                Statement(
                    article_id=article_id,
                    kind="direct",
                    text=said,
                    start=0,
                    end=len(said),
                    date=dt.date(2024, 1, 1),
                    official_id=aman.id,
                    confidence=0.9,
                )
            ],
        )
        session.commit()
        named = find_name(session=session, q="keamanan aman")
    assert named is not None and named.weak and named.officials[0].name == "Aman Sudrajat"
    # He never said "keamanan": the words are searched as typed, with no notice about him.
    page = client.get("/search", params={"q": "keamanan aman", "lang": "en"}).text
    assert 'class="named"' not in page and "menjaga <mark>keamanan</mark>" in page
    # Typed with a capital it is his name: his statements, and the page says so.
    assert "Statements by Aman Sudrajat" in client.get("/search", params={"q": "Aman"}).text


# --- the search command -----------------------------------------------------------------------


def test_search_command_prints_a_header_dates_and_full_csv_rows(
    engine: sa.Engine, corpus: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from quotetrack import cli

    monkeypatch.setattr(cli, "_engine", lambda: engine)
    table = CliRunner().invoke(cli.app, ["search", "netralitas", "--sort", "date"])
    assert table.exit_code == 0, table.output
    lines = table.stdout.splitlines()
    assert lines[0] == "4 statements match" and lines[1].split()[:5] == ["ID", "DATE", "SPEAKER", "ROLE", "TEXT"]
    # The post as the cards print it: an Indonesian post and its area take no comma between them.
    assert "2024-11-01" in lines[2] and "Gubernur Jawa Barat" in lines[2] and "Gubernur, " not in table.stdout
    rows = list(
        csv.DictReader(io.StringIO(CliRunner().invoke(cli.app, ["search", "netralitas", "--format", "csv"]).stdout))
    )
    assert len(rows) == 4 and all(r["role"] and r["region"] and r["title"].startswith("Artikel") for r in rows)
    browse = CliRunner().invoke(cli.app, ["search", "", "--region", "Kota Bekasi"])
    assert browse.exit_code == 0 and browse.stdout.startswith("4 statements match")
    # "Wali Kota" of "Kota Bekasi" reads "Wali Kota Bekasi", not "Wali Kota, Kota Bekasi".
    assert "Wali Kota Bekasi" in browse.stdout and "Kota, Kota" not in browse.stdout


def test_search_command_suggests_a_spelling_that_finds_something(
    engine: sa.Engine, corpus: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from quotetrack import cli

    monkeypatch.setattr(cli, "_engine", lambda: engine)
    missed = CliRunner().invoke(cli.app, ["search", "netralitsa", "--format", "jsonl"])
    assert missed.exit_code == 0, missed.output
    assert missed.stdout == ""  # the rows only: none
    assert "did you mean: netralitas" in missed.stderr
    found = CliRunner().invoke(cli.app, ["search", "netralitas"])
    assert "did you mean" not in found.stderr


def test_a_name_in_a_curly_quoted_phrase_is_words_not_a_filter(engine: sa.Engine, corpus: dict[str, int]) -> None:
    with Session(engine) as session:
        assert find_name(session=session, q="\u201cahmad fauzi\u201d") is None


def test_a_card_shows_a_quote_without_the_comma_that_led_into_its_cue(client, corpus: dict[str, int]) -> None:
    # As printed: "“Anggaran jalan desa kami naikkan dua puluh persen,” kata Bupati ..."
    with Session(client.app.state.engine) as session:
        session.execute(
            sa.text("UPDATE statement SET text = text || ',' WHERE text LIKE 'Anggaran jalan desa kami naikkan%'")
        )
        session.commit()
    for path, params in (
        (f"/officials/{corpus['Ahmad Fauzi']}", {}),
        ("/search", {"q": "anggaran jalan", "names": "off"}),
    ):
        page = re.sub(r"<[^>]+>", "", client.get(path, params=params).text)
        assert "naikkan dua puluh persen" in page, path
        assert "dua puluh persen," not in page, path


@pytest.mark.parametrize(
    ("q", "lang", "said"),
    [
        ("yang dan di", "id", "Yang dicari hanya kata umum"),
        ("the of", "en", "Only common words were searched"),
    ],
)
def test_a_search_of_common_words_only_says_so(client, q: str, lang: str, said: str) -> None:
    assert said in client.get("/search", params={"q": q, "lang": lang}).text
    assert said not in client.get("/search", params={"q": f"{q} anggaran", "lang": lang}).text
