"""Citations of a statement in every style: exact strings for a statement shaped like the seed's."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from quotetrack.exports.citations import STYLES, cite
from quotetrack.models import ArticleRef, OfficialRef, StatementPublic

BASE = "https://quotes.example"
STMT = StatementPublic(
    id=20,
    kind="direct",
    text="Komunikasi bukan berarti intervensi",
    start=0,
    end=35,
    paragraph=11,
    official=OfficialRef(id=1, name="Imran"),
    held_role="Pj. Bupati",
    held_region="Kabupaten Subang",
    acting=True,
    date=dt.date(2024, 5, 30),
    role="Pj.Bupati",
    region="Subang",
    article=ArticleRef(
        id=1,
        title="Rakor Persiapan Pilkada Serentak 2024",
        outlet="JMI",
        url="https://news.example/rakor-pilkada",
        published=dt.date(2024, 5, 30),
        author="Agus Hamdan",
        retrieved_at=dt.datetime(2026, 11, 28, 1, 0, tzinfo=dt.UTC),
    ),
)

GOLDEN = {
    "plain": (
        "Imran (Pj. Bupati Subang), 30 May 2024: \u201cKomunikasi bukan berarti intervensi\u201d. "
        "Source: JMI, \u201cRakor Persiapan Pilkada Serentak 2024\u201d by Agus Hamdan, 30 May 2024, "
        "https://news.example/rakor-pilkada (archived: https://quotes.example/articles/1; accessed 2026-11-28). "
        "Permalink: https://quotes.example/statements/20"
    ),
    "markdown": (
        "> Komunikasi bukan berarti intervensi\n>\n> \u2014 **Imran**, Pj. Bupati Subang, 30 May 2024. "
        "[Rakor Persiapan Pilkada Serentak 2024](https://news.example/rakor-pilkada), JMI, 30 May 2024 "
        "([archived](https://quotes.example/articles/1), [permalink](https://quotes.example/statements/20))"
    ),
    "apa": (
        "Hamdan, A. (2024, May 30). Rakor Persiapan Pilkada Serentak 2024. JMI. https://news.example/rakor-pilkada "
        "[Statement by Imran (Pj. Bupati Subang): \u201cKomunikasi bukan berarti intervensi\u201d; "
        "statement page https://quotes.example/statements/20; retrieved November 28, 2026]"
    ),
    "chicago": (
        "Imran, Pj. Bupati Subang, \u201cKomunikasi bukan berarti intervensi,\u201d quoted in Agus Hamdan, "
        "\u201cRakor Persiapan Pilkada Serentak 2024,\u201d JMI, May 30, 2024, https://news.example/rakor-pilkada. "
        "Accessed November 28, 2026. Statement page: https://quotes.example/statements/20."
    ),
    "bibtex": (
        "@misc{quotetrack20,\n"
        "  author = {Imran},\n"
        "  title = {Statement: Komunikasi bukan berarti intervensi},\n"
        "  howpublished = {Quoted in JMI, \u201cRakor Persiapan Pilkada Serentak 2024\u201d by Agus Hamdan},\n"
        "  year = {2024},\n"
        "  month = may,\n"
        "  note = {Pj. Bupati Subang; said 30 May 2024; archived at https://quotes.example/articles/1; "
        "statement page https://quotes.example/statements/20},\n"
        "  url = {https://news.example/rakor-pilkada},\n"
        "  urldate = {2026-11-28}\n"
        "}"
    ),
}


@pytest.mark.parametrize("style", sorted(GOLDEN))
def test_golden_citations(style: str) -> None:
    assert cite(STMT, style, BASE) == GOLDEN[style]


def test_csl_json_is_valid_csl() -> None:
    [item] = json.loads(cite(STMT, "csl-json", BASE))
    assert item["type"] == "article-newspaper"
    assert item["author"] == [{"family": "Hamdan", "given": "Agus"}]
    assert item["issued"] == {"date-parts": [[2024, 5, 30]]}
    assert item["accessed"] == {"date-parts": [[2026, 11, 28]]}
    assert item["container-title"] == "JMI" and item["URL"] == "https://news.example/rakor-pilkada"
    assert "Komunikasi bukan berarti intervensi" in item["note"]
    assert "https://quotes.example/statements/20" in item["note"]


def test_reported_speech_is_not_put_in_quotation_marks() -> None:
    reported = STMT.model_copy(update={"kind": "indirect"})
    assert "\u201c" not in cite(reported, "plain", BASE).split("Source:")[0]
    assert "(reported speech)" in cite(reported, "plain", BASE)


def test_bibtex_escapes_special_characters() -> None:
    odd = STMT.model_copy(update={"text": "50% of {budget} & more_things"})
    assert r"50\% of \{budget\} \& more\_things" in cite(odd, "bibtex", BASE)


def test_unknown_style_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown citation style"):
        cite(STMT, "mla", BASE)


@pytest.mark.parametrize("style", STYLES)
def test_citation_endpoint_on_the_seed(client, style: str) -> None:
    items = client.get("/api/v1/statements", params={"limit": 200}).json()["items"]
    sid = next(s["id"] for s in items if s["text"] == "Komunikasi bukan berarti intervensi")
    response = client.get(f"/api/v1/statements/{sid}/citation", params={"style": style})
    assert response.status_code == 200
    assert "Imran" in response.text and "JMI" in response.text
    assert "Komunikasi bukan berarti intervensi" in response.text
    # Every style leads back to the statement itself, not only to the article it came from.
    assert f"/statements/{sid}" in response.text


def test_citation_endpoint_refuses_unknown_style(client) -> None:
    assert client.get("/api/v1/statements/1/citation", params={"style": "mla"}).status_code == 400


UNTITLED = STMT.model_copy(update={"article": STMT.article.model_copy(update={"title": None})})


@pytest.mark.parametrize("style", STYLES)
def test_an_untitled_article_gets_no_invented_title(style: str) -> None:
    text = cite(UNTITLED, style, BASE)
    assert "Article of" not in text and "Rakor" not in text
    assert "JMI" in text and "2024" in text  # outlet and date stand in for the title


def test_apa_names_the_outlet_once_when_it_stands_for_the_author() -> None:
    unsigned = STMT.model_copy(update={"article": STMT.article.model_copy(update={"author": None})})
    assert cite(unsigned, "apa", BASE).startswith(
        "JMI. (2024, May 30). Rakor Persiapan Pilkada Serentak 2024. https://news.example/rakor-pilkada ["
    )


def test_untitled_is_said_where_a_style_needs_a_title() -> None:
    assert "[Untitled article]." in cite(UNTITLED, "apa", BASE)
    assert json.loads(cite(UNTITLED, "csl-json", BASE))[0]["title"] == "Untitled"
    plain = cite(UNTITLED, "plain", BASE)
    assert "Source: JMI by Agus Hamdan, 30 May 2024, https://news.example/rakor-pilkada" in plain
    assert "[JMI, 30 May 2024](https://news.example/rakor-pilkada)" in cite(UNTITLED, "markdown", BASE)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Kami siap menjaga keamanan,", "\u201cKami siap menjaga keamanan\u201d. Source:"),
        ("Semua harus netral!", "\u201cSemua harus netral!\u201d Source:"),
    ],
)
def test_plain_closes_the_quote_before_the_source(text: str, shown: str) -> None:
    assert shown in cite(STMT.model_copy(update={"text": text}), "plain", BASE)


HOSTILE = STMT.model_copy(
    update={
        "text": "[klik](javascript:alert(1)) dan **tebal** <b>x</b>\n# judul",
        "official": OfficialRef(id=1, name="Imran_*x*"),
        "held_role": "[Bupati](http://evil.example)",
        "article": STMT.article.model_copy(
            update={"outlet": "JMI **bold**", "url": "https://news.example/a_(b))[x](javascript:alert(1)"}
        ),
    }
)


def test_markdown_escapes_every_field_and_the_url_cannot_close_the_link() -> None:
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(cite(HOSTILE, "markdown", BASE))
    assert "<strong>tebal</strong>" not in html and "<b>" not in html and "<h1>" not in html
    hrefs = re.findall(r'href="([^"]*)"', html)  # markdown-it-py comes with rich (typer)
    assert len(hrefs) == 3 and all(h.startswith("https://") for h in hrefs)
    assert hrefs[0] == "https://news.example/a_%28b%29%29%5Bx%5D%28javascript:alert%281%29"
    assert "**bold**" in html and "[klik](javascript:alert(1))" in html  # shown as written


def test_bibtex_url_is_the_url_itself() -> None:
    url = "https://news.example/berita_2024/a%20b?id=5&x=1#frag"
    stmt = STMT.model_copy(update={"article": STMT.article.model_copy(update={"url": url + "}"})})
    text = cite(stmt, "bibtex", BASE)
    assert f"  url = {{{url}%7D}}," in text
    assert text.count("{") == text.count("}")


def test_only_web_addresses_are_cited_as_links() -> None:
    stmt = STMT.model_copy(update={"article": STMT.article.model_copy(update={"url": " JaVaScRiPt:alert(1)"})})
    for style in STYLES:
        assert "javascript" not in cite(stmt, style, BASE).lower()


def test_without_the_publishers_url_the_archived_copy_is_named_once() -> None:
    stmt = STMT.model_copy(update={"article": STMT.article.model_copy(update={"url": None})})
    for style in ("plain", "markdown"):
        assert cite(stmt, style, BASE).count("https://quotes.example/articles/1") == 1, style


def test_a_denial_is_cited_as_one_in_every_style() -> None:
    # "Howard was forced to deny the shadow cabinet was split": the words are what he denied.
    denied = STMT.model_copy(update={"kind": "indirect", "cue": "deny", "text": "the shadow cabinet was split"})
    assert "(reported speech, denied) the shadow cabinet was split." in cite(denied, "plain", BASE)
    assert "*(reported speech, denied)* the shadow cabinet was split" in cite(denied, "markdown", BASE)
    assert "(reported speech, denied) the shadow cabinet was split;" in cite(denied, "apa", BASE)
    assert "(reported, denied) the shadow cabinet was split," in cite(denied, "chicago", BASE)
    assert "title = {Denial: the shadow cabinet was split}" in cite(denied, "bibtex", BASE)
    assert json.loads(cite(denied, "csl-json", BASE))[0]["note"].startswith("Denied by Imran (")
    # Not denying is conceding ("tak membantah"), and a plain cue is a plain report.
    for cue in ("tak membantah", "said"):
        conceded = denied.model_copy(update={"cue": cue})
        assert "denied" not in cite(conceded, "plain", BASE).casefold()
        assert "(reported speech) the shadow cabinet was split." in cite(conceded, "plain", BASE)


def test_an_alert_prints_a_denial_as_one() -> None:
    from quotetrack.alerts.messages import Links, alert_email, alert_item
    from quotetrack.models import Subscription

    denied = STMT.model_copy(update={"kind": "indirect", "cue": "membantah", "text": "jika dana desa dipangkas"})
    items = [alert_item(denied, BASE), alert_item(STMT, BASE)]
    assert [i.denied for i in items] == [True, False]
    sub = Subscription(
        channel="email", target="a@example.org", follow="official", label="Imran", language="id", key_nonce="n"
    )
    links = Links(site=BASE, unsubscribe=f"{BASE}/u", follow_page=f"{BASE}/officials/1")
    msg = alert_email(sub, items, links, sender="q@example.org", delivery_key="k")
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "membantah: jika dana desa dipangkas" in text and text.count("membantah") == 1
    assert "<strong>membantah:</strong> jika dana desa dipangkas" in html


# --- the plain style in Indonesian, for the Indonesian pages (invented official and outlet) ---

SUKAMAJU = StatementPublic(
    id=7,
    kind="indirect",
    text="pasar desa akan dibuka kembali pekan depan",
    start=0,
    end=42,
    paragraph=2,
    official=OfficialRef(id=3, name="Rudi Hartawan"),
    held_role="Bupati",
    held_region="Kabupaten Sukamaju",
    date=dt.date(2025, 8, 4),
    article=ArticleRef(
        id=5,
        title="Bupati Sukamaju Tinjau Pasar Desa",
        outlet="Warta Sukamaju",
        url="https://warta.example/pasar-desa",
        published=dt.date(2025, 8, 5),
        author="Dewi Lestari",
        retrieved_at=dt.datetime(2026, 1, 9, 3, 0, tzinfo=dt.UTC),
    ),
)


@pytest.mark.parametrize(
    ("statement", "lang", "expected"),
    [
        (
            SUKAMAJU,
            "id",
            "Rudi Hartawan (Bupati Sukamaju), 4 Agustus 2025: (kutipan tidak langsung) pasar desa akan "
            "dibuka kembali pekan depan. Sumber: Warta Sukamaju, \u201cBupati Sukamaju Tinjau Pasar Desa\u201d oleh "
            "Dewi Lestari, 5 Agustus 2025, https://warta.example/pasar-desa (arsip: https://quotes.example/articles/5; "
            "diakses 2026-01-09). Tautan tetap: https://quotes.example/statements/7",
        ),
        (
            SUKAMAJU.model_copy(update={"date": None, "article": SUKAMAJU.article.model_copy(update={"url": None})}),
            "id",
            "Rudi Hartawan (Bupati Sukamaju), tanpa tanggal: (kutipan tidak langsung) pasar desa akan "
            "dibuka kembali pekan depan. Sumber: Warta Sukamaju, \u201cBupati Sukamaju Tinjau Pasar Desa\u201d oleh "
            "Dewi Lestari, 5 Agustus 2025, arsip di https://quotes.example/articles/5 (diakses 2026-01-09). "
            "Tautan tetap: https://quotes.example/statements/7",
        ),
        (
            SUKAMAJU,
            "en",
            "Rudi Hartawan (Bupati Sukamaju), 4 August 2025: (reported speech) pasar desa akan "
            "dibuka kembali pekan depan. Source: Warta Sukamaju, \u201cBupati Sukamaju Tinjau Pasar Desa\u201d by "
            "Dewi Lestari, 5 August 2025, https://warta.example/pasar-desa "
            "(archived: https://quotes.example/articles/5; accessed 2026-01-09). Permalink: https://quotes.example/statements/7",
        ),
    ],
)
def test_the_plain_citation_in_the_reader_s_language(statement: StatementPublic, lang: str, expected: str) -> None:
    assert cite(statement, "plain", BASE, lang) == expected


def test_the_indonesian_pages_and_api_give_the_plain_citation_in_indonesian(client) -> None:
    sid = client.get("/api/v1/statements", params={"limit": 1}).json()["items"][0]["id"]
    page = client.get(f"/statements/{sid}", params={"lang": "id"}).text
    plain = page.split('id="citation-plain"', 1)[1].split("</textarea>", 1)[0]
    assert "Sumber:" in plain and "Tautan tetap:" in plain and "Source:" not in plain
    assert "citation?style=plain&amp;lang=id" in page
    api = client.get(f"/api/v1/statements/{sid}/citation", params={"style": "plain", "lang": "id"}).text
    assert "Sumber:" in api and "diakses" in api
    english = client.get(f"/api/v1/statements/{sid}/citation", params={"style": "plain"}).text
    assert "Source:" in english
    assert client.get(f"/api/v1/statements/{sid}/citation", params={"lang": "fr"}).status_code == 400


@pytest.mark.parametrize(("lang", "said"), [("id", "(Bupati Sukamaju (penjabat))"), ("en", "(acting)")])
def test_an_acting_post_is_said_so_in_the_citation_s_language(lang: str, said: str) -> None:
    acting = SUKAMAJU.model_copy(update={"acting": True})
    assert said in cite(acting, "plain", BASE, lang)
    assert "(acting)" not in cite(acting, "plain", BASE, "id")


@pytest.mark.parametrize(
    ("held_role", "role", "shown"),
    [
        # the post as the registry files it, or as the article printed it: its acting word said once
        (
            "Plt. Kepala Dinas Kesehatan",
            "Pelaksana Tugas Kepala Dinas Kesehatan",
            "(Plt. Kepala Dinas Kesehatan Kabupaten Sukamaju)",
        ),
        (None, "Pelaksana Tugas Kepala Dinas Kesehatan", "(Pelaksana Tugas Kepala Dinas Kesehatan Kabupaten Sukamaju)"),
        (None, "Pj.Bupati", "(Pj.Bupati Sukamaju)"),
        ("Acting Chief Executive", "acting chief executive", "(Acting Chief Executive, Kabupaten Sukamaju)"),
    ],
)
def test_a_post_that_says_it_is_acting_is_not_said_acting_again(held_role: str | None, role: str, shown: str) -> None:
    acting = SUKAMAJU.model_copy(update={"acting": True, "held_role": held_role, "role": role})
    cited = cite(acting, "plain", BASE, "en")
    assert shown in cited
    assert "(acting)" not in cited


def test_a_post_held_acting_that_does_not_say_so_is_said_acting() -> None:
    acting = SUKAMAJU.model_copy(update={"acting": True, "held_role": "Kepala Pelaksana BPBD"})
    assert "Kepala Pelaksana BPBD Kabupaten Sukamaju (acting)" in cite(acting, "plain", BASE, "en")


def test_bibtex_of_a_speaker_without_a_post_still_notes_the_day_and_the_statement_page() -> None:
    unposted = STMT.model_copy(update={"role": None, "held_role": None})
    text = cite(unposted, "bibtex", BASE)
    assert "  note = {said 30 May 2024; archived at https://quotes.example/articles/1; " in text
    assert "statement page https://quotes.example/statements/20}" in text
