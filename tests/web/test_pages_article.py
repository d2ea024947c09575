"""The article page says whom each highlighted statement is attributed to; the home page links to every topic."""

from __future__ import annotations

import re

from quotetrack.web.present import article_paragraphs


def test_a_quote_over_two_paragraphs_is_attributed_once_at_its_end() -> None:
    text = 'Awal. "Satu\nDua," kata Budi.'
    start, end = text.index("Satu"), text.index(",")
    paragraphs = article_paragraphs(text, [(start, end, 7, "direct")])
    pieces = [seg for para in paragraphs for seg in para if seg.statement_id == 7]
    assert [(p.text, p.ends) for p in pieces] == [("Satu", False), ("Dua", True)]


def test_every_highlight_names_its_speaker_and_post_and_links_to_the_statement(client) -> None:
    items = client.get("/api/v1/statements", params={"limit": 200}).json()["items"]
    article_id = next(s["article"]["id"] for s in items if s["official"] and s["held_role"])
    mine = client.get("/api/v1/statements", params={"article_id": article_id, "limit": 200}).json()["items"]
    page = client.get(f"/articles/{article_id}").text
    chips = re.findall(r'<a class="attribution" href="/statements/(\d+)"[^>]*>(.*?)</a>', page)
    assert len(chips) == len(mine)
    for s in mine:
        chip = dict(chips)[str(s["id"])]
        assert (s["official"]["name"] if s["official"] else "unknown speaker") in chip
        role = s["held_role"] or s["role"]
        if role:
            assert role in chip


def test_home_links_to_all_topics(client) -> None:
    page = client.get("/").text
    assert '<a href="/topics">All topics' in page
    assert '<a href="/topics">Semua topik' in client.get("/?lang=id").text


def test_a_statement_with_no_date_says_so_and_leaves_no_empty_separator(engine, tmp_path) -> None:
    from fastapi.testclient import TestClient

    from quotetrack.pipeline import ingest_paths
    from quotetrack.web.app import create_app

    article = tmp_path / "undated.txt"
    article.write_text(
        "Budget row\n\nChancellor Gordon Brown said the plans would cut waiting lists across the country.\n",
        encoding="utf-8",
    )
    assert ingest_paths([article], engine=engine, max_bytes=1_000_000).ok
    with TestClient(create_app(engine)) as client:
        item = client.get("/api/v1/statements").json()["items"][0]
        assert item["date"] is None
        listing = client.get(f"/officials/{item['official']['id']}").text
        meta = re.search(r'<p class="meta">(.*?)</p>', listing, re.S)
        assert meta is not None and not re.search(r"·\s*·", meta.group(1))
        assert "<dd>Undated</dd>" in client.get(f"/statements/{item['id']}").text
        assert "<dd>Tanpa tanggal</dd>" in client.get(f"/statements/{item['id']}?lang=id").text


def test_a_dated_card_keeps_a_space_before_each_separator(client) -> None:
    official = client.get("/api/v1/statements").json()["items"][0]["official"]["id"]
    for meta in re.findall(r'<p class="meta">(.*?)</p>', client.get(f"/officials/{official}").text, re.S):
        words = re.sub(r"<[^>]+>", "", meta)
        assert "·" in words and not re.search(r"\S·", words), words
