"""English copy, ninth round: who said it and in what post. A chamber's commission before the
member's rank ("House of Representatives Commission V deputy chair X"), a commission's numeral
before a name of three words, a definite description that names a post ("the minister", "the
harbour master") taking the post its holder was introduced with, a village head's village and
regency, a regency's post printed bare in a story about one regency, "Robert X Jr." called
"Robert X" later, and a Malaysian form of address or a coast guard's rank before a name. Each row is
a small invented article (invented people and villages; real regencies)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotetrack.pipeline import extract_files


def _printed(text: str, tmp_path: Path) -> list[dict[str, object]]:
    """The rows `quotetrack extract` prints for an article of paragraphs `text`."""
    path = tmp_path / "article.txt"
    path.write_text(f"Officials Respond\n\n{text}\n", encoding="utf-8")
    return list(extract_files([str(path)], lang="en", max_bytes=10**6))


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "House of Representatives Commission V deputy chair Wirabumi Sastrowardoyo said the bridge"
            ' must be rebuilt.\n\n"It is the only road for three villages," Wirabumi said.',
            "Deputy Chair of the House of Representatives Commission V",
        ),
        (
            "House of Representatives Commission IX member Kemalasari Wulandini said the kitchens must be"
            ' inspected.\n\n"Children fell ill," Kemalasari said.',
            "Member of the House of Representatives Commission IX",
        ),
        # (the numeral ends the commission's name: the member's name of three words follows it)
        (
            "Deputy chairman of House Commission V Hasudungan Silalahi Sitompul said the cut would hurt"
            ' regions outside Java.\n\n"Roads in Papua are far behind," Sitompul said.',
            "Deputy Chairman of House Commission V",
        ),
    ],
)
def test_a_commission_member_s_rank_is_the_post_held_there(body: str, role: str, tmp_path: Path) -> None:
    rows = _printed(body, tmp_path)
    assert [r["role"] for r in rows] == [role, role]
    assert len({r["official_id"] for r in rows}) == 1


def test_the_minister_keeps_the_whole_portfolio(tmp_path: Path) -> None:
    body = (
        "Public Works and Housing Minister Teguh Sasmitaputra said ports would come first.\n\n"
        "The minister said the savings would go to irrigation."
    )
    rows = _printed(body, tmp_path)
    held = ("Teguh Sasmitaputra", "Public Works and Housing Minister")
    assert [(r["speaker"], r["role"]) for r in rows] == [held, held]


def test_the_harbour_master_is_the_one_introduced_with_that_post(tmp_path: Path) -> None:
    body = (
        "The harbour master of Bontolebang Port, Rustandi Permana, said no vessel would sail.\n\n"
        '"Safety comes first," the harbour master said.\n\n'
        "The harbour master added that the ban would be reviewed on Thursday."
    )
    rows = _printed(body, tmp_path)
    assert [(r["speaker"], r["role"], r["text"]) for r in rows] == [
        ("Rustandi Permana", "harbour master of Bontolebang Port", "no vessel would sail"),
        ("Rustandi Permana", "harbour master of Bontolebang Port", "Safety comes first,"),
        ("Rustandi Permana", "harbour master of Bontolebang Port", "the ban would be reviewed on Thursday"),
    ]


@pytest.mark.parametrize(
    ("body", "role", "region"),
    [
        (
            "Head of Tanjungrejo village in Sumedang regency, Rustandi Permana, said most families were farmers.",
            "Head of Tanjungrejo village",
            "Kabupaten Sumedang",
        ),
        (
            "Meanwhile, head of Oeleta village in Kupang regency Kornelis Manulangga said the village would build"
            " two reservoirs.",
            "Head of Oeleta village",
            "Kabupaten Kupang",
        ),
        # (the village head printed without the regency: the one regency the story names)
        (
            "Several villages in Kupang regency will build water pipes.\n\n"
            "Oeleta village head Kornelis Manulangga said the village had set aside the money.",
            "Oeleta Village Head",
            "Kabupaten Kupang",
        ),
        # (English puts a regency's compass word first; its name, last and in Indonesian)
        (
            "Head of Tanjungrejo village in East Sumba regency, Rustandi Permana, said the lamps had come.",
            "Head of Tanjungrejo village",
            "Kabupaten Sumba Timur",
        ),
        (
            "Solar lamps reached East Sumba regency on Friday.\n\n"
            "Oeleta village head Kornelis Manulangga said the village was still waiting.",
            "Oeleta Village Head",
            "Kabupaten Sumba Timur",
        ),
        (
            "Acting Sumedang Regent Lestyo Wirawangsa visited the site.\n\n"
            "The regional secretary, Rustandi Permana, said the budget was ready.",
            "Regional Secretary",
            "Kabupaten Sumedang",
        ),
    ],
)
def test_a_village_head_keeps_the_village_and_its_regency(body: str, role: str, region: str, tmp_path: Path) -> None:
    rows = _printed(body, tmp_path)
    assert [(r["role"], r["region"]) for r in rows][-1] == (role, region)


def test_a_regency_s_post_takes_no_region_when_the_story_names_two(tmp_path: Path) -> None:
    body = (
        "Floods hit Garut regency and Sumedang regency on Sunday.\n\n"
        "The regional secretary, Rustandi Permana, said the budget was ready."
    )
    assert [(r["role"], r["region"]) for r in _printed(body, tmp_path)] == [("Regional Secretary", None)]


@pytest.mark.parametrize(
    "body",
    [
        "Senator Arsenio Villadolid Jr. filed a resolution on Wednesday, saying the towns still flood.\n\n"
        "Arsenio Villadolid also said the audit reports must be released.",
        "Agriculture Secretary Arsenio Villadolid Jr. said the rice stocks would last until March.\n\n"
        "Arsenio Villadolid said imports would arrive next week.",
    ],
)
def test_a_name_with_its_generation_then_without_it_is_one_man(body: str, tmp_path: Path) -> None:
    rows = _printed(body, tmp_path)
    assert [r["speaker"] for r in rows] == ["Arsenio Villadolid Jr", "Arsenio Villadolid Jr"]
    assert rows[0]["official_id"] == rows[1]["official_id"]
    assert rows[0]["role"] == rows[1]["role"]


def test_a_father_named_after_his_son_stays_another_man(tmp_path: Path) -> None:
    body = (
        "Mayor Arsenio Villadolid Jr. said the town would rebuild.\n\n"
        "His father, Arsenio Villadolid, said he was proud of the town."
    )
    rows = _printed(body, tmp_path)
    assert rows[0]["official_id"] != rows[1]["official_id"]


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        # (a station ends the body's name: the name after it is the person's)
        (
            "Head of the Kupang Meteorology Station Rustandi Permana said waves could reach five metres.",
            "Rustandi Permana",
            "Head of the Kupang Meteorology Station",
        ),
        (
            "State public works exco member YB Azhar Mustapa said tenders would open in March.",
            "Azhar Mustapa",
            "state public works exco member",
        ),
        (
            "Coast Guard spokesperson Commodore Rolando Tiongco said a search had been launched.",
            "Rolando Tiongco",
            "Coast Guard Spokesperson",
        ),
    ],
)
def test_a_form_of_address_or_a_rank_is_no_part_of_the_name(body: str, speaker: str, role: str, tmp_path: Path) -> None:
    rows = _printed(body, tmp_path)
    assert [(r["speaker"], r["role"]) for r in rows] == [(speaker, role)]
