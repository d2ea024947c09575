"""Every page and API route answers with the seed's content; search finds and misses; errors are clean."""

from __future__ import annotations

import html
import re

import pytest

SEED_QUOTE = "Komunikasi bukan berarti intervensi"


def _first_statement(client) -> dict:
    items = client.get("/api/v1/statements", params={"limit": 200}).json()["items"]
    return next(s for s in items if s["text"] == SEED_QUOTE)


def test_home_lists_statements_with_speaker_role_and_date(client) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert SEED_QUOTE in page.text
    assert "Imran" in page.text and "Pj. Bupati" in page.text
    assert "30 May 2024" in page.text


def test_home_in_indonesian_is_remembered(client) -> None:
    page = client.get("/?lang=id")
    assert "Pernyataan terbaru" in page.text and "30 Mei 2024" in page.text
    assert "Pernyataan terbaru" in client.get("/").text  # the cookie keeps the choice


def test_statement_page_shows_context_and_citation(client) -> None:
    s = _first_statement(client)
    page = client.get(f"/statements/{s['id']}")
    assert page.status_code == 200
    assert f"<mark>{SEED_QUOTE}</mark>" in page.text
    cited = "Imran (Pj. Bupati Subang), 30 May 2024: \u201cKomunikasi bukan berarti intervensi\u201d"
    assert cited in page.text


def test_article_page_highlights_every_statement(client) -> None:
    s = _first_statement(client)
    page = client.get(f"/articles/{s['article']['id']}")
    assert page.status_code == 200
    total = client.get("/api/v1/statements", params={"article_id": s["article"]["id"]}).json()["total"]
    assert page.text.count('class="hl ') == total


def test_official_pages(client) -> None:
    s = _first_statement(client)
    listing = client.get("/officials")
    assert listing.status_code == 200 and "Imran" in listing.text
    page = client.get(f"/officials/{s['official']['id']}")
    assert page.status_code == 200 and SEED_QUOTE in page.text and "Pj. Bupati" in page.text


def test_pages_list_an_articles_statements_of_a_day_in_the_order_it_prints_them(client) -> None:
    s = _first_statement(client)
    stored = client.get("/api/v1/statements", params={"article_id": s["article"]["id"], "limit": 100}).json()
    by_id = {x["id"]: x for x in stored["items"]}
    day = s["date"]
    printed = [x["id"] for x in sorted(stored["items"], key=lambda x: x["start"]) if x["date"] == day]
    assert len(printed) > 5
    for path in ("/", f"/officials/{s['official']['id']}", "/topics/pilkada"):
        shown = [int(i) for i in re.findall(r'href="/statements/(\d+)"', client.get(path).text)]
        shown = [i for i in dict.fromkeys(shown) if i in by_id and by_id[i]["date"] == day]
        assert len(shown) > 1 and shown == [i for i in printed if i in shown], path


def test_topic_pages(client) -> None:
    assert client.get("/topics").status_code == 200
    page = client.get("/topics/pilkada")
    assert page.status_code == 200 and "Pilkada" in page.text


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "Page 999 is past the end of this list."), ("id", "Halaman 999 melewati akhir daftar ini.")],
)
def test_a_page_past_the_end_of_a_list_says_so(client, lang: str, said: str) -> None:
    s = _first_statement(client)
    region = re.findall(r'href="(/regions/[^"]+)"', client.get("/regions").text)[0]
    for path in (f"/officials/{s['official']['id']}", "/officials", "/topics/pilkada", region):
        past = client.get(path, params={"page": 999, "lang": lang})
        assert past.status_code == 200 and said in past.text, path
        assert 'page=1"' in past.text, path  # and links back to the first page
        assert 'rel="prev"' not in past.text, path  # not to page 998, as empty
        assert said not in client.get(path, params={"lang": lang}).text, path


def test_api_routes(client) -> None:
    s = _first_statement(client)
    one = client.get(f"/api/v1/statements/{s['id']}").json()
    assert one["text"] == SEED_QUOTE and one["official"]["name"] == "Imran" and one["date"] == "2024-05-30"
    article = client.get(f"/api/v1/articles/{s['article']['id']}").json()
    assert article["text"][one["start"] : one["end"]] == SEED_QUOTE
    officials = client.get("/api/v1/officials").json()
    assert officials[0]["name"] == "Imran" and officials[0]["statement_count"] >= 10
    assert any(m["role"] == "Pj. Bupati" for m in officials[0]["memberships"])
    assert client.get(f"/api/v1/officials/{officials[0]['id']}").json()["id"] == officials[0]["id"]
    assert any(t["slug"] == "asn-neutrality" and t["statement_count"] >= 1 for t in client.get("/api/v1/topics").json())
    schema = client.get("/openapi.json").json()
    assert "/api/v1/search" in schema["paths"]
    assert client.get("/docs").status_code == 200


def test_search_finds_a_seed_statement(client) -> None:
    found = client.get("/api/v1/search", params={"q": "netralitas ASN"}).json()
    assert found["total"] >= 1
    assert any("netralitas ASN" in s["text"] for s in found["items"])
    page = client.get("/search", params={"q": "netralitas ASN"})
    assert page.status_code == 200 and "<mark>netralitas</mark>" in page.text


def test_search_phrase_and_prefix(client) -> None:
    assert client.get("/api/v1/search", params={"q": '"bukan berarti intervensi"'}).json()["total"] == 1
    assert client.get("/api/v1/search", params={"q": "interven*"}).json()["total"] >= 1


def test_search_that_finds_nothing(client) -> None:
    found = client.get("/api/v1/search", params={"q": "kapalselam"}).json()
    assert found["total"] == 0 and found["items"] == []
    page = client.get("/search", params={"q": "kapalselam"})
    assert page.status_code == 200 and "No statements match" in page.text


@pytest.mark.parametrize("q", ['"netralitas ASN', "OR", "-pilkada", "a" * 600, "pilkada NOT"])
def test_malformed_search_is_400_not_500(client, q: str) -> None:
    api = client.get("/api/v1/search", params={"q": q})
    assert api.status_code == 400
    assert api.headers["content-type"].startswith("application/problem+json")
    assert api.json()["detail"]
    page = client.get("/search", params={"q": q})
    assert page.status_code == 400 and 'class="query-error"' in page.text
    assert f'value="{q}"' in html.unescape(page.text)  # the search box keeps the query to mend


@pytest.mark.parametrize(
    ("q", "english", "indonesian"),
    [
        ('"netralitas ASN', "Unbalanced quotation mark", "Tanda kutip tidak berpasangan"),
        ("OR pilkada", "OR needs a word on each side", "OR perlu kata di kedua sisinya"),
        ("pilkada NOT", "NOT needs a word after it", "NOT perlu kata sesudahnya"),
        ("pilkada NOT NOT asn", "NOT twice in a row", "NOT dua kali berturut-turut"),
        ("pilkada OR -asn", "OR cannot be followed by an excluded word", "OR tidak boleh diikuti kata"),
        ("-pilkada", "Nothing to search for", "Tidak ada yang dicari"),
        ("a" * 600, "Query too long: 600 characters", "Kueri terlalu panjang: 600 karakter"),
        (" ".join(f"kata{i}" for i in range(40)), "Too many terms", "Terlalu banyak istilah"),
    ],
)
def test_a_malformed_search_is_explained_in_the_reader_s_language(
    client, q: str, english: str, indonesian: str
) -> None:
    """The search page says what is wrong with the query in English or Indonesian, beside the box;
    the API's problem detail stays the English message."""
    en = client.get("/search", params={"q": q, "lang": "en"})
    id_ = client.get("/search", params={"q": q, "lang": "id"})
    assert en.status_code == id_.status_code == 400
    assert english in html.unescape(en.text) and indonesian not in html.unescape(en.text)
    assert indonesian in html.unescape(id_.text) and english not in html.unescape(id_.text)
    detail = client.get("/api/v1/search", params={"q": q}).json()["detail"]
    assert detail and indonesian not in detail


def test_a_stale_page_link_is_explained_in_indonesian(client) -> None:
    page = client.get("/search", params={"q": "netralitas", "cursor": "q1.bm90LWEtY3Vyc29y", "lang": "id"})
    assert page.status_code == 400
    assert "Tautan halaman ini tidak valid" in page.text and "invalid cursor" not in page.text


def test_unknown_rows_are_404(client) -> None:
    assert client.get("/statements/999999").status_code == 404
    assert client.get("/api/v1/statements/999999").status_code == 404
    assert client.get("/api/v1/officials/999999").json()["status"] == 404
    assert client.get("/articles/abc").status_code == 400


def test_a_missing_page_explains_itself_in_the_reader_s_language(client) -> None:
    """The page says in Indonesian what a 404 means; the record's key stays, as the machine wrote it."""
    page = client.get("/regions/no-such-region", params={"lang": "id"})
    assert page.status_code == 404
    assert "Tidak ditemukan" in page.text and "Tidak ada data di alamat ini" in page.text
    english = client.get("/regions/no-such-region", params={"lang": "en"})
    assert "Nothing is stored at this address" in english.text


def test_api_docs_are_served_without_a_cdn(client) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "cdn" not in docs.text.lower() and "/static/swagger/swagger-ui-bundle.js" in docs.text
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200


DENIAL = (
    "Bupati Bantah Tudingan Soal Dana Desa\n\n"
    "SUBANG - Bupati Subang Ahmad Dahlan membantah jika anggaran dana desa dipangkas untuk kepentingan "
    "kampanye pilkada.\n\n"
    '"Tidak ada pemangkasan, semua sesuai aturan," kata Ahmad Dahlan di Subang, Senin (3/6/2024).\n'
)


def test_reported_words_the_speaker_denied_are_shown_as_a_denial(engine, tmp_path) -> None:
    from fastapi.testclient import TestClient

    from quotetrack.pipeline import ingest_paths
    from quotetrack.web.app import create_app

    (tmp_path / "a.txt").write_text(DENIAL, encoding="utf-8")
    assert ingest_paths([tmp_path / "a.txt"], engine=engine, max_bytes=1_000_000).ok
    with TestClient(create_app(engine)) as client:
        items = client.get("/api/v1/statements").json()["items"]
        denied = next(s for s in items if s["cue"] == "membantah")
        plain = next(s for s in items if s["kind"] == "direct")
        for lang, word in (("en", "denied"), ("id", "membantah")):
            page = client.get(f"/officials/{denied['official']['id']}", params={"lang": lang}).text
            assert f'<strong class="denial">{word}:</strong> jika anggaran dana desa' in page
            assert page.count('class="denial"') == 1  # the direct quote is no denial
            statement = client.get(f"/statements/{denied['id']}", params={"lang": lang}).text
            assert f'<strong class="denial">{word}:</strong>' in statement
        assert 'class="denial"' not in client.get(f"/statements/{plain['id']}").text
        assert (
            "(reported speech, denied) jika anggaran" in client.get(f"/api/v1/statements/{denied['id']}/citation").text
        )
        assert "(denied) jika anggaran dana desa" in client.get("/feeds/statements.atom").text


@pytest.mark.parametrize(
    ("text", "words", "marked"),
    [
        ("Pasien dirawat di rumah sakit", ["di"], ["di"]),  # not "dirawat"
        ("Yang diminta dan yang dijanjikan", ["yang", "dan"], ["Yang", "dan", "yang"]),
        ("Netralitas ASN dijaga", ["netral"], ["Netralitas"]),  # a longer word takes its affixes
        ("An annual plan", ["an"], ["An"]),
    ],
)
def test_a_short_word_is_marked_whole_and_a_longer_one_with_its_continuation(
    text: str, words: list[str], marked: list[str]
) -> None:
    from quotetrack.web.present import highlight

    assert re.findall(r"<mark>(.*?)</mark>", str(highlight(text, words))) == marked
