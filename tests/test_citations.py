"""Citations of a statement in every style: exact strings for a statement shaped like the seed's."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from quotetrack.models import ArticleRef, OfficialRef, StatementPublic
from quotetrack.web.citations import STYLES, cite

BASE = "https://quotes.example"
STMT = StatementPublic(
    id=20, kind="direct", text="Komunikasi bukan berarti intervensi", start=0, end=35, paragraph=11,
    official=OfficialRef(id=1, name="Imran"), held_role="Pj. Bupati", held_region="Kabupaten Subang", acting=True,
    date=dt.date(2024, 5, 30), role="Pj.Bupati", region="Subang",
    article=ArticleRef(id=1, title="Rakor Persiapan Pilkada Serentak 2024", outlet="JMI",
                       url="https://news.example/rakor-pilkada", published=dt.date(2024, 5, 30), author="Agus Hamdan",
                       retrieved_at=dt.datetime(2026, 11, 28, 1, 0, tzinfo=dt.UTC)),
)

GOLDEN = {
    "plain": (
        "Imran (Pj. Bupati, Kabupaten Subang), 30 May 2024: \u201cKomunikasi bukan berarti intervensi\u201d "
        "Source: JMI, \u201cRakor Persiapan Pilkada Serentak 2024\u201d by Agus Hamdan, 30 May 2024, "
        "https://news.example/rakor-pilkada (archived: https://quotes.example/articles/1; accessed 2026-11-28). "
        "Permalink: https://quotes.example/statements/20"
    ),
    "markdown": (
        "> Komunikasi bukan berarti intervensi\n>\n> \u2014 **Imran**, Pj. Bupati, Kabupaten Subang, 30 May 2024. "
        "[Rakor Persiapan Pilkada Serentak 2024](https://news.example/rakor-pilkada), JMI, 30 May 2024 "
        "([archived](https://quotes.example/articles/1), [permalink](https://quotes.example/statements/20))"
    ),
    "apa": (
        "Hamdan, A. (2024, May 30). Rakor Persiapan Pilkada Serentak 2024. JMI. https://news.example/rakor-pilkada "
        "[Statement by Imran (Pj. Bupati, Kabupaten Subang): \u201cKomunikasi bukan berarti intervensi\u201d; "
        "retrieved November 28, 2026]"
    ),
    "chicago": (
        "Imran, Pj. Bupati, Kabupaten Subang, \u201cKomunikasi bukan berarti intervensi,\u201d quoted in Agus Hamdan, "
        "\u201cRakor Persiapan Pilkada Serentak 2024,\u201d JMI, May 30, 2024, https://news.example/rakor-pilkada. "
        "Accessed November 28, 2026."
    ),
    "bibtex": (
        "@misc{quotetrack20,\n"
        "  author = {Imran},\n"
        "  title = {Statement: Komunikasi bukan berarti intervensi},\n"
        "  howpublished = {Quoted in JMI, \u201cRakor Persiapan Pilkada Serentak 2024\u201d by Agus Hamdan},\n"
        "  year = {2024},\n"
        "  month = may,\n"
        "  note = {Pj. Bupati, Kabupaten Subang; said 30 May 2024; archived at https://quotes.example/articles/1},\n"
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
def test_citation_endpoint_on_the_seed(client, style: str) -> None:  # noqa: ANN001
    items = client.get("/api/v1/statements", params={"limit": 200}).json()["items"]
    sid = next(s["id"] for s in items if s["text"] == "Komunikasi bukan berarti intervensi")
    response = client.get(f"/api/v1/statements/{sid}/citation", params={"style": style})
    assert response.status_code == 200
    assert "Imran" in response.text and "JMI" in response.text
    assert "Komunikasi bukan berarti intervensi" in response.text
    assert f"/statements/{sid}" in response.text or style in {"apa", "chicago", "csl-json", "bibtex"}


def test_citation_endpoint_refuses_unknown_style(client) -> None:  # noqa: ANN001
    assert client.get("/api/v1/statements/1/citation", params={"style": "mla"}).status_code == 400
