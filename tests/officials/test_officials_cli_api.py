"""The officials and regions commands, and the read endpoints for history and suggestions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlmodel import Session, select
from typer.testing import CliRunner

from quotetrack.cli import app
from quotetrack.models import Area, Official
from quotetrack.store.officials import Pair, merge_officials, store_suggestions
from quotetrack.web.app import create_app
from tests.officials.conftest import World, build_world, state


@pytest.fixture
def cli_world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    """The small registry in the database the CLI opens (a SQLite file)."""
    from quotetrack.config import get_settings
    from quotetrack.store.db import default_engine
    from quotetrack.store.migrate import upgrade

    monkeypatch.setenv("QUOTETRACK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    get_settings.cache_clear()
    default_engine.cache_clear()
    try:
        engine = default_engine()
        upgrade(engine)
        yield build_world(engine)
    finally:
        default_engine().dispose()
        get_settings.cache_clear()
        default_engine.cache_clear()


def run(*args: str) -> str:
    result = CliRunner().invoke(app, [*args])
    assert result.exit_code == 0, result.output
    return result.stdout


def _revision(output: str) -> str:
    found = re.search(r"revision #(\d+)", output)
    assert found, output
    return found.group(1)


def test_cli_merge_history_and_undo(cli_world: World) -> None:
    w = cli_world
    with Session(w.engine) as session:
        original = state(session)
    out = run("officials", "merge", str(w.imran), str(w.dr_imran), "--reason", "same person", "--actor", "ana")
    revision = _revision(out)
    with Session(w.engine) as session:
        gone = session.get(Official, w.dr_imran)
        assert gone is not None and gone.merged_into_id == w.imran
    history = run("officials", "history", str(w.dr_imran))
    assert f"#{revision}" in history and "merge" in history and "ana" in history and "same person" in history
    shown = run("officials", "show", str(w.imran))
    assert "Dr. Imran" in shown and "5 statements" in shown
    redirected = run("officials", "show", str(w.dr_imran))
    assert f"#{w.dr_imran} was merged into #{w.imran}" in redirected and "5 statements" in redirected
    run("officials", "undo", revision, "--actor", "ana")
    with Session(w.engine) as session:
        assert state(session) == original
    assert "undone" in run("officials", "history", str(w.imran))


def test_cli_split_prints_the_new_official(cli_world: World) -> None:
    w = cli_world
    ids = f"{w.statements['july']},{w.statements['july-2']}"
    out = run("officials", "split", str(w.dr_imran), "--statements", ids, "--name", "Imran Hakim", "--reason", "x")
    new_id = int(re.search(r"new official #(\d+)", out).group(1))  # type: ignore[union-attr]
    with Session(w.engine) as session:
        assert session.get(Official, new_id).name == "Imran Hakim"  # type: ignore[union-attr]


def test_cli_errors_are_one_line_and_exit_1(cli_world: World) -> None:
    result = CliRunner().invoke(
        app, ["officials", "merge", str(cli_world.imran), str(cli_world.imran), "--reason", "r"]
    )
    assert result.exit_code == 1 and "itself" in " ".join(result.output.split())
    result = CliRunner().invoke(app, ["officials", "undo", "9999"])
    assert result.exit_code == 1 and "no officials revision" in " ".join(result.output.split())
    result = CliRunner().invoke(app, ["officials", "split", "1", "--statements", "a,b", "--name", "X", "--reason", "r"])
    assert result.exit_code == 2


def test_cli_suggestions_accept_and_reject(cli_world: World) -> None:
    w = cli_world
    assert "no open merge suggestions" in run("officials", "suggestions")
    with Session(w.engine) as session:
        store_suggestions(
            session=session,
            pairs=[Pair(w.imran, w.dr_imran, 0.8, "exact+same"), Pair(w.imran, w.aceh_imran, 0.5, "exact+differ")],
        )
        session.commit()
    listed = run("officials", "suggestions").splitlines()
    assert len(listed) == 2 and "0.80" in listed[0] and "exact+same" in listed[0]
    first, second = (line.split()[0].lstrip("#") for line in listed)
    assert "revision #" in run("officials", "accept", first)
    assert "rejected" in run("officials", "reject", second)
    assert "no open merge suggestions" in run("officials", "suggestions")
    assert "exact+differ" in run("officials", "suggestions", "--status", "rejected")


def test_cli_regions_import(cli_world: World, tmp_path: Path) -> None:
    table = tmp_path / "areas.csv"
    table.write_text(
        "code,name,level,parent_code\n32,Jawa Barat,provinsi,\n32.13,Kabupaten Subang,kabupaten,32\n", encoding="utf-8"
    )
    out = run("regions", "import", str(table))
    assert "2 areas: 2 new, 0 updated, 1 areas from article text linked" in out
    with Session(cli_world.engine) as session:
        assert session.exec(select(Area).where(Area.name == "Kabupaten Subang")).one().code == "32.13"
    result = CliRunner().invoke(app, ["regions", "import", str(tmp_path / "none.csv")])
    assert result.exit_code == 1 and "could not read" in " ".join(result.output.split())


def test_every_officials_command_has_help() -> None:
    for command in ("merge", "split", "undo", "history", "suggestions", "accept", "reject"):
        assert "Usage" in run("officials", command, "--help")
    assert "Usage" in run("regions", "import", "--help")


@pytest.fixture
def api(world: World) -> Iterator[TestClient]:
    with TestClient(create_app(world.engine)) as client:
        yield client


def test_api_history_follows_the_merged_id(world: World, api: TestClient) -> None:
    assert api.get(f"/api/v1/officials/{world.imran}/history").json() == []
    with Session(world.engine) as session:
        merge_officials(session=session, keep_id=world.imran, merge_id=world.dr_imran, actor="ana", reason="same")
        session.commit()
    for official_id in (world.imran, world.dr_imran):
        response = api.get(f"/api/v1/officials/{official_id}/history")
        assert response.status_code == 200
        (entry,) = response.json()
        assert (entry["action"], entry["actor"], entry["reason"]) == ("merge", "ana", "same")
        assert entry["after"]["keep_id"] == world.imran
    assert api.get("/api/v1/officials/424242/history").status_code == 404
    page = api.get(f"/api/v1/officials/{world.dr_imran}").json()
    assert page["id"] == world.imran and "Dr. Imran" in page["aliases"]


def test_api_suggestions(world: World, api: TestClient, engine: sa.Engine) -> None:
    assert api.get("/api/v1/officials/suggestions").json() == []
    with Session(engine) as session:
        store_suggestions(session=session, pairs=[Pair(world.aceh_imran, world.imran, 0.55, "exact+differ")])
        session.commit()
    (row,) = api.get("/api/v1/officials/suggestions").json()
    assert {row["a"]["id"], row["b"]["id"]} == {world.imran, world.aceh_imran}
    assert (row["score"], row["status"], row["reason"]) == (0.55, "open", "exact+differ")
    assert api.get("/api/v1/officials/suggestions?status=rejected").json() == []
    assert api.get("/api/v1/officials/suggestions?status=bogus").status_code == 400


def test_cli_list_prints_the_post_as_the_officials_page_does(cli_world: World) -> None:
    listed = run("officials", "list")
    assert "Pj. Bupati Subang" in listed  # the level the post already says is not repeated
    assert "Kabupaten Subang" not in listed
    assert "Anggota DPRD Aceh" in listed
