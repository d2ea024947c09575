"""Claim matching: scoring, the API and page, and paraphrase quality on the shared gold statements."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from gold_corpus import load_gold  # type: ignore[import-not-found]
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from search_corpus import build  # type: ignore[import-not-found]
from sqlmodel import Session

from quotetrack.errors import QueryError
from quotetrack.store.claims import content_words, expand, match_claim, rank_of, similarity

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO.parent / "shared" / "eval"
CLAIMS = REPO / "tests" / "data" / "claims_id_dev.json"


def test_content_words_drop_function_words_and_english_finds_indonesian() -> None:
    words = content_words("Bupati mengatakan bahwa ASN harus netral, kata dia")
    assert words[0] == "bupati" and {"asn", "netral"} <= set(words)
    assert not {"mengatakan", "bahwa", "kata", "dia"} & set(words)
    assert "netral" in expand(["neutral"]) and "pengungsi" in expand(["refugees"])


def test_similarity_prefers_the_source_over_a_statement_sharing_one_word() -> None:
    claim = "pegawai yang tidak netral dilaporkan ke Bawaslu"
    source = similarity(claim, "Pegawai yang tidak netral akan kami laporkan ke Bawaslu")
    other = similarity(claim, "Bawaslu menerima berkas pendaftaran")
    assert source.score > other.score
    assert set(source.shared) == {"Pegawai", "netral", "laporkan", "Bawaslu"}
    assert 0.0 <= other.score <= source.score <= 1.0


@pytest.fixture
def api(engine: sa.Engine) -> Iterator[tuple[object, dict[str, int]]]:
    from fastapi.testclient import TestClient

    from quotetrack.web.app import create_app

    ids = build(engine)
    with TestClient(create_app(engine)) as c:
        yield c, ids


def test_claims_api_ranks_the_source_first_with_shared_terms(api) -> None:
    client, ids = api
    claim = "gubernur bilang pegawai tak netral dilaporkan ke Bawaslu"
    body = client.post("/api/v1/claims/match", json={"claim": claim})
    assert body.status_code == 200, body.text
    top = body.json()["matches"][0]
    assert top["statement"]["text"].startswith("Pegawai yang tidak netral")
    assert "Bawaslu" in top["shared_terms"] and 0 < top["score"] <= 1
    english = client.post("/api/v1/claims/match", json={"claim": "civil servants must stay neutral in the election"})
    assert english.json()["matches"][0]["statement"]["text"].startswith("Civil servants")
    scoped = client.post(
        "/api/v1/claims/match", json={"claim": "menjaga netralitas", "official_id": ids["Sri Wahyuni"]}
    ).json()
    assert scoped["matches"] and {m["statement"]["official"]["name"] for m in scoped["matches"]} == {"Sri Wahyuni"}
    for bad in ({"claim": ""}, {"claim": "yang dan di"}, {"claim": "x" * 2001}, {"claim": "ok", "limit": 0}):
        response = client.post("/api/v1/claims/match", json=bad)
        assert response.status_code == 400 and response.json()["detail"], bad


def test_check_a_claim_page(api) -> None:
    client, _ = api
    empty = client.get("/claims", params={"lang": "id"})
    assert empty.status_code == 200 and "Periksa klaim" in empty.text
    page = client.get("/claims", params={"claim": "harga beras dan cabai naik jelang lebaran", "lang": "en"})
    assert page.status_code == 200
    assert "Closest statements" in page.text and "<mark>beras</mark>" in page.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(claim=st.text(max_size=200))
def test_any_claim_is_matches_or_a_400(api, claim: str) -> None:
    client, _ = api
    response = client.post("/api/v1/claims/match", json={"claim": claim})
    assert response.status_code in (200, 400), response.text


def test_match_claim_raises_query_error_without_content(sqlite_engine: sa.Engine) -> None:
    with Session(sqlite_engine) as session, pytest.raises(QueryError, match="no words"):
        match_claim(session=session, claim="... ,,, !!!")


@pytest.mark.slow
@pytest.mark.skipif(not EVAL.is_dir(), reason="../shared/eval is not beside this checkout")
def test_paraphrased_claims_find_their_source(engine: sa.Engine, capsys: pytest.CaptureFixture[str]) -> None:
    ids = load_gold(engine, EVAL)
    claims = json.loads(CLAIMS.read_text(encoding="utf-8"))["claims"]
    assert len(claims) >= 40
    first = top5 = 0
    started = time.perf_counter()
    with Session(engine) as session:
        for item in claims:
            gold = json.loads((EVAL / item["article"].replace(".txt", ".gold.json")).read_text(encoding="utf-8"))
            source_text = gold["statements"][item["index"]]["text"]
            assert hashlib.sha1(source_text.encode()).hexdigest()[:10] == item["sha1"], item
            assert item["claim"].casefold() != source_text.casefold()  # a paraphrase, not a copy
            rank = rank_of(match_claim(session=session, claim=item["claim"]), ids[(item["article"], item["index"])])
            first += rank == 1
            top5 += rank is not None and rank <= 5
    elapsed = (time.perf_counter() - started) / len(claims)
    with capsys.disabled():
        print(
            f"\nclaim matching ({engine.dialect.name}) over {len(ids)} gold statements, "
            f"{len(claims)} paraphrased claims: "
            f"source first {first / len(claims):.1%}, in top 5 {top5 / len(claims):.1%}, "
            f"{elapsed * 1000:.0f} ms/claim"
        )
    assert first / len(claims) >= 0.80
    assert top5 / len(claims) >= 0.95


def test_a_claim_that_names_its_speaker_finds_the_speakers_statement(
    engine: sa.Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    """The paraphrased claims again, each opened by its speaker's surname as a fact-checker
    pastes them ("Sutarja said ...", "Menurut Sutarja, ..."): the name is who spoke, and a
    statement that only mentions it must not win by it."""
    ids = load_gold(engine, EVAL)
    claims = json.loads(CLAIMS.read_text(encoding="utf-8"))["claims"]
    first = top5 = named = 0
    with Session(engine) as session:
        for item in claims:
            gold = json.loads((EVAL / item["article"].replace(".txt", ".gold.json")).read_text(encoding="utf-8"))
            speaker = (gold["statements"][item["index"]].get("speaker") or "").split()
            if not speaker:
                continue
            named += 1
            surname = speaker[-1]
            claim = f"{surname} said {item['claim']}" if item["lang"] == "en" else f"Menurut {surname}, {item['claim']}"
            rank = rank_of(match_claim(session=session, claim=claim), ids[(item["article"], item["index"])])
            first += rank == 1
            top5 += rank is not None and rank <= 5
    with capsys.disabled():
        print(
            f"\nclaims naming their speaker ({engine.dialect.name}), {named} of them: "
            f"source first {first / named:.1%}, in top 5 {top5 / named:.1%}"
        )
    assert named >= 30
    assert first / named >= 0.95
    assert top5 / named >= 0.97


def test_a_named_speaker_wins_over_a_statement_that_only_mentions_the_name(engine: sa.Engine) -> None:
    import hashlib as _h

    from quotetrack.models import Article, Statement
    from quotetrack.store import writes

    said = {
        "Charles Whitmore": ["Identity cards are a means to a more secure society"],
        "Charles Pennock": ["Mr Whitmore was reported to be less keen on identity cards than his predecessors"],
        "Ruth Kelly": ["Schools will get more money for teachers next year"],
    }
    with Session(engine) as session:
        article = writes.add_article(
            session=session, article=Article(language="en", text="(made up)", sha256=_h.sha256(b"cards").hexdigest())
        )
        for name, texts in said.items():
            official = writes.create_official(session=session, name=name)
            rows = [
                Statement(
                    article_id=article.id or 0, kind="direct", text=t, start=0, end=len(t), official_id=official.id
                )
                for t in texts
            ]
            writes.add_statements(session=session, statements=rows, topics=[[] for _ in rows])
        session.commit()
        top = match_claim(session=session, claim="Whitmore said identity cards would make Britain safer")[0]
        assert top.statement.official is not None and top.statement.official.name == "Charles Whitmore"
        # Without the name the words decide, as before.
        unnamed = match_claim(session=session, claim="identity cards were reported to be less popular")[0]
        assert unnamed.statement.official is not None and unnamed.statement.official.name == "Charles Pennock"
