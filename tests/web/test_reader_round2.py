"""What a fact-checker and a civic group met on the pages (session 36, round 2): the tab titles,
the words beside every count, a 404 and an empty follow in the reader's language."""

from __future__ import annotations

import re


def _seed_statement(client) -> dict:
    items = client.get("/api/v1/statements", params={"limit": 200}).json()["items"]
    return next(s for s in items if s["text"] == "Komunikasi bukan berarti intervensi")


def _title(html: str) -> str:
    found = re.search(r"<title>(.*?)</title>", html, re.S)
    assert found is not None
    return found.group(1).strip()


def test_the_home_page_title_names_the_site_once(client) -> None:
    assert _title(client.get("/", params={"lang": "en"}).text) == "QuoteTrack"
    assert _title(client.get("/topics", params={"lang": "en"}).text) == "Topics · QuoteTrack"


def test_a_statement_page_title_says_who_said_what(client) -> None:
    seed = _seed_statement(client)
    title = _title(client.get(f"/statements/{seed['id']}", params={"lang": "id"}).text)
    # A tab or bookmark among twenty: the speaker and the words, not "Statement #20".
    assert title.startswith("Imran: ") and "Komunikasi bukan berarti intervensi" in title
    assert "#" not in title


def test_counts_beside_officials_and_topics_say_what_they_count(client) -> None:
    home = client.get("/", params={"lang": "id"}).text
    counts = re.findall(r'<span class="count">([^<]*)</span>', home)
    assert counts and all(re.fullmatch(r"\d+ pernyataan", c) for c in counts)
    topics = client.get("/topics", params={"lang": "en"}).text
    assert re.search(r'<span class="count">\d+ statements?</span>', topics)
    assert not re.search(r'<span class="count">\d+</span>', topics)
    region = client.get("/regions", params={"lang": "en"}).text
    key = re.search(r'href="/regions/([^"]+)"', region)
    assert key is not None
    page = client.get(f"/regions/{key.group(1)}", params={"lang": "en"}).text
    assert re.search(r'<span class="count">\d+ statements?</span>', page)
    assert not re.search(r'<span class="count">\d+</span>', page)


def test_an_unknown_address_is_told_in_indonesian_with_the_address(client) -> None:
    page = client.get("/pejabat/salah-ketik", params={"lang": "id"})
    assert page.status_code == 404
    assert "Not Found" not in page.text and "/pejabat/salah-ketik" in page.text
    # The API keeps its problem document as it was.
    problem = client.get("/api/v1/nothing-here", headers={"Accept": "application/json"}).json()
    assert problem["status"] == 404 and problem["detail"] == "Not Found"


def test_following_nothing_is_told_in_the_readers_language(client) -> None:
    indonesian = client.get("/follow", params={"lang": "id"})
    assert indonesian.status_code == 400
    assert "Tidak ada yang bisa diikuti" in indonesian.text and "Nothing to follow" not in indonesian.text
    english = client.get("/follow", params={"lang": "en"})
    assert "Nothing to follow" in english.text
    # A query the search refuses keeps its own reason, translated.
    unbalanced = client.get("/follow", params={"lang": "id", "q": '"banjir'})
    assert unbalanced.status_code == 400 and "Tanda kutip tidak berpasangan" in unbalanced.text
