"""Fact-check annotations: editors add them (API and form), readers see them, ClaimReview is valid."""

from __future__ import annotations

import json
import re

from tests.auth.conftest import add_token, first_statement

CHECK = {
    "verdict": "mostly-true",
    "review_url": "https://factcheck.example/netralitas",
    "reviewer": "Cek Bersama",
    "summary": "The regent did ask civil servants to stay neutral.",
}


def test_anonymous_and_readers_cannot_add_fact_checks(anon, reader) -> None:
    sid = first_statement(anon)["id"]
    assert anon.post(f"/api/v1/statements/{sid}/factchecks", json=CHECK).status_code == 401
    denied = reader.post(f"/api/v1/statements/{sid}/factchecks", json=CHECK, headers={"X-CSRF-Token": reader.csrf})
    assert denied.status_code == 403
    assert anon.get(f"/api/v1/statements/{sid}/factchecks").json() == []


def test_editor_token_adds_a_fact_check_published_as_claimreview(anon, app_engine) -> None:
    _, secret = add_token(app_engine, "eddie")
    sid = first_statement(anon)["id"]
    bad = anon.post(
        f"/api/v1/statements/{sid}/factchecks",
        json={**CHECK, "verdict": "pants-on-fire"},
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert bad.status_code == 400 and "unknown verdict" in bad.json()["detail"]
    made = anon.post(f"/api/v1/statements/{sid}/factchecks", json=CHECK, headers={"Authorization": f"Bearer {secret}"})
    assert made.status_code == 201 and made.json()["created_by"] == "eddie"

    [review] = anon.get(f"/api/v1/statements/{sid}/claimreview").json()
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "Komunikasi bukan berarti intervensi"
    assert review["url"] == CHECK["review_url"] and review["author"]["name"] == "Cek Bersama"
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "mostly-true",
        "ratingValue": 4,
        "bestRating": 5,
        "worstRating": 1,
    }
    claim = review["itemReviewed"]
    assert claim["author"]["name"] == "Imran" and "Pj. Bupati" in claim["author"]["jobTitle"]
    assert claim["datePublished"] == "2024-05-30"

    page = anon.get(f"/statements/{sid}").text
    assert "Mostly true" in page and "Cek Bersama" in page
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert ld and json.loads(ld.group(1))[0]["@type"] == "ClaimReview"
    log = anon.get("/api/v1/revisions", params={"entity_type": "statement", "entity_id": sid}).json()
    assert any(r["action"] == "fact-check" and r["actor"] == "eddie" for r in log)


def test_editor_adds_a_fact_check_through_the_form(editor) -> None:
    sid = first_statement(editor)["id"]
    page = editor.get(f"/statements/{sid}").text
    assert 'action="/statements/' in page and "Add a fact check" in page
    no_csrf = editor.post(f"/statements/{sid}/factchecks", data=CHECK, follow_redirects=False)
    assert no_csrf.status_code in (400, 403)
    done = editor.post(
        f"/statements/{sid}/factchecks", data={**CHECK, "csrf_token": editor.csrf}, follow_redirects=False
    )
    assert done.status_code == 303
    assert "Cek Bersama" in editor.get(f"/statements/{sid}").text


def test_claimreview_json_cannot_break_out_of_its_script(anon, app_engine) -> None:
    _, secret = add_token(app_engine, "eddie")
    sid = first_statement(anon)["id"]
    hostile = {**CHECK, "reviewer": "</script><script>alert(1)</script>"}
    assert (
        anon.post(
            f"/api/v1/statements/{sid}/factchecks", json=hostile, headers={"Authorization": f"Bearer {secret}"}
        ).status_code
        == 201
    )
    page = anon.get(f"/statements/{sid}").text
    assert "<script>alert(1)</script>" not in page


def test_exports_carry_corrected_at(anon, app_engine) -> None:
    import csv
    import io

    _, secret = add_token(app_engine, "eddie")
    sid = first_statement(anon)["id"]
    hidden = anon.post(
        f"/api/v1/statements/{sid}/hide",
        json={"reason": "checking the export column"},
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert hidden.status_code == 200, hidden.text
    unhidden = anon.post(
        f"/api/v1/statements/{sid}/unhide", json={"reason": "checked"}, headers={"Authorization": f"Bearer {secret}"}
    )
    assert unhidden.status_code == 200
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(anon.get("/api/v1/statements?format=csv").text))}
    assert rows[str(sid)]["corrected_at"].startswith("20")
    assert any(r["corrected_at"] == "" for r in rows.values())
