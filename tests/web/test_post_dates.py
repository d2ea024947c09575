"""Post dates are the span a post was seen in coverage, never shown or exported as a term of office."""

from __future__ import annotations

import re

from sqlmodel import Session, select
from typer.testing import CliRunner

from quotetrack.models import Official


def _imran(seeded) -> int:
    with Session(seeded) as session:
        official = session.exec(select(Official).where(Official.name == "Imran")).one()
        assert official.id is not None
        return official.id


def test_the_official_page_says_seen_in_coverage(client, seeded) -> None:
    official_id = _imran(seeded)
    en = client.get(f"/officials/{official_id}?lang=en").text
    roles = en[en.index('class="roles"') : en.index("</ul>", en.index('class="roles"'))]
    assert re.search(r'class="dates">seen in coverage 30 May 2024<', roles), roles
    idn = client.get(f"/officials/{official_id}?lang=id").text
    assert "terlihat dalam pemberitaan 30 Mei 2024" in idn


def test_the_api_names_the_dates_first_and_last_seen(client, seeded) -> None:
    official = client.get(f"/api/v1/officials/{_imran(seeded)}").json()
    post = next(m for m in official["memberships"] if m["role"] == "Pj. Bupati")
    assert (post["first_seen"], post["last_seen"]) == ("2024-05-30", "2024-05-30")
    assert "start_date" not in post and "end_date" not in post
    schema = client.get("/openapi.json").json()["components"]["schemas"]["MembershipPublic"]
    assert {"first_seen", "last_seen"} <= set(schema["properties"]) and "start_date" not in schema["properties"]


def test_the_cli_says_seen_in_coverage(seeded, monkeypatch) -> None:
    from quotetrack import cli

    monkeypatch.setattr(cli, "_engine", lambda: seeded)
    result = CliRunner().invoke(cli.app, ["officials", "show", str(_imran(seeded))])
    assert result.exit_code == 0, result.output
    assert "Pj. Bupati Subang (acting) seen in coverage 2024-05-30 .. 2024-05-30" in result.stdout
