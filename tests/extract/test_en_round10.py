"""English copy, tenth round: a post named through its body or place in the possessive
("Swansea Council's leader", "Penang's chief minister", "the Health Ministry's spokesman") is its
holder's, never the body's; the states of Malaysia and the provinces of Pakistan before a post;
Singapore's "Senior Minister of State"; a Malaysian, Indian or Pakistani dateline in capitals
before a colon ("KOTA KINABALU: ..."); "questioned the plan to ..." names a plan, says nothing.
Each row is a small invented article (invented people; real places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotetrack.pipeline import extract_files


def _printed(text: str, tmp_path: Path) -> list[dict[str, object]]:
    """The rows `quotetrack extract` prints for an article of paragraphs `text`."""
    path = tmp_path / "article.txt"
    path.write_text(f"Officials Respond\n\n{text}\n", encoding="utf-8")
    return list(extract_files([str(path)], lang="en", max_bytes=10**6))


def test_a_council_s_leader_is_the_leader_the_article_introduces_later(tmp_path: Path) -> None:
    body = (
        "Swansea Council's leader has defended plans to collect bins every three weeks, saying the city"
        " must recycle more.\n\n"
        "Opposition members said the change would leave streets dirty.\n\n"
        'Councillor Gethin Pryce-Morrow, the Labour leader of the council, said: "We cannot keep paying'
        ' landfill tax."'
    )
    rows = _printed(body, tmp_path)
    assert rows[0]["text"] == "the city must recycle more"
    assert rows[0]["speaker"] == "Gethin Pryce-Morrow"
    assert rows[0]["official_id"] == rows[-1]["official_id"]


def test_a_state_s_chief_minister_is_the_one_named_before(tmp_path: Path) -> None:
    body = (
        "Penang Chief Minister Chee Keong Varadan said the state would buy four new ferries.\n\n"
        "Penang's chief minister also said the ferry fare would not rise before 2028."
    )
    rows = _printed(body, tmp_path)
    assert [(r["speaker"], r["region"]) for r in rows] == [("Chee Keong Varadan", "Penang")] * 2
    assert rows[1]["text"] == "the ferry fare would not rise before 2028"


def test_a_ministry_s_spokesman_is_the_spokesman_named_next(tmp_path: Path) -> None:
    body = (
        "The Health Ministry's spokesman said on Tuesday that no vaccine had expired in storage.\n\n"
        "The spokesman, Ngaire Hollowtree, told reporters that all batches had been checked."
    )
    rows = _printed(body, tmp_path)
    assert [r["speaker"] for r in rows] == ["Ngaire Hollowtree", "Ngaire Hollowtree"]


def test_a_council_s_leader_no_one_holds_here_names_no_speaker(tmp_path: Path) -> None:
    body = (
        "The Mayor of Greater Manchester, Jiaxin Penwarden, said bus fares would not rise this year.\n\n"
        "Bury Council's leader said the town welcomed the decision."
    )
    rows = _printed(body, tmp_path)
    assert [(r["speaker"], r["text"]) for r in rows] == [
        ("Jiaxin Penwarden", "bus fares would not rise this year"),
        (None, "the town welcomed the decision"),
    ]
    assert (rows[1]["role"], rows[1]["region"]) == ("Leader", "Bury")  # the council's town, as "Bury Council leader"


@pytest.mark.parametrize(
    ("lede", "role", "region"),
    [
        ("Penang Chief Minister Chee Keong Varadan", "Chief Minister", "Penang"),
        ("Sabah exco member Awangku Razif Bolkiah-Sim", "exco member", "Sabah"),
        ("Selangor state assemblyman Siti Norhayati Kassimuddin", "State Assembly Member", "Selangor"),
        ("Johor Menteri Besar Lim Boon Tarrant", "Menteri Besar", "Johor"),
        ("Sarawak Premier Lim Boon Tarrant", "Premier", "Sarawak"),
        ("Sindh Education Minister Khalid Rahmatullah Soomro-Baig", "Education Minister", "Sindh"),
    ],
)
def test_a_state_of_malaysia_or_a_province_of_pakistan_is_the_post_s_region(
    lede: str, role: str, region: str, tmp_path: Path
) -> None:
    rows = _printed(f"{lede} said the state would build two new water treatment plants.", tmp_path)
    assert [(r["role"], r["region"]) for r in rows] == [(role, region)]


def test_senior_minister_of_state_keeps_senior(tmp_path: Path) -> None:
    body = "Senior Minister of State for National Development Lim Boon Tarrant said more grants would go to buyers."
    rows = _printed(body, tmp_path)
    assert [r["role"] for r in rows] == ["Senior Minister of State for National Development"]


@pytest.mark.parametrize(
    "lede",
    [
        "KOTA KINABALU: The state government will spend RM300 million on new water plants,"
        " Sabah exco member Awangku Razif Bolkiah-Sim said.",
        "KARACHI: Sindh Education Minister Khalid Rahmatullah Soomro-Baig said on Sunday that the state"
        " government will spend RM300 million on new water plants.",
    ],
)
def test_a_dateline_before_a_colon_is_no_part_of_the_statement_or_the_post(lede: str, tmp_path: Path) -> None:
    rows = _printed(lede, tmp_path)
    assert len(rows) == 1
    assert rows[0]["text"].endswith("will spend RM300 million on new water plants")
    assert ":" not in str(rows[0]["role"]) and ":" not in rows[0]["text"]


def test_lawmakers_questioning_a_plan_say_nothing(tmp_path: Path) -> None:
    body = (
        "Lawmakers questioned the plan to spend $2 billion on a new highway on Wednesday.\n\n"
        "Transport Minister Jiaxin Penwarden pledged to publish the full business case before the vote."
    )
    rows = _printed(body, tmp_path)
    assert [(r["speaker"], r["text"]) for r in rows] == [
        ("Jiaxin Penwarden", "to publish the full business case before the vote")
    ]


@pytest.mark.parametrize(
    ("lede", "role", "region"),
    [
        ("Kano State Commissioner for Education Ifeoma Danjuma-Okeke", "Commissioner for Education", "Kano"),
        ("Akwa Ibom State Governor Ifeoma Danjuma-Okeke", "Governor", "Akwa Ibom"),
        ("Nakuru Governor Cherop Kiplagat-Ouma", "Governor", "Nakuru"),
        ("New South Wales Premier Harriet Quennell", "Premier", "New South Wales"),
    ],
)
def test_a_nigerian_state_a_kenyan_county_or_a_state_of_three_words_is_the_post_s_region(
    lede: str, role: str, region: str, tmp_path: Path
) -> None:
    rows = _printed(f"{lede} said the state would hire 3,000 teachers this year.", tmp_path)
    assert [(r["role"], r["region"]) for r in rows] == [(role, region)]


def test_the_commissioner_keeps_the_portfolio_the_article_gave(tmp_path: Path) -> None:
    body = (
        "The Kano State Commissioner for Education, Ifeoma Danjuma-Okeke, said the state would hire"
        " 3,000 teachers.\n\n"
        "The commissioner added that the teachers would be posted to rural schools first."
    )
    rows = _printed(body, tmp_path)
    assert [(r["speaker"], r["role"]) for r in rows] == [("Ifeoma Danjuma-Okeke", "Commissioner for Education")] * 2


def test_the_state_s_opposition_leader_serves_the_state_the_story_is_about(tmp_path: Path) -> None:
    body = (
        "Queensland Police Minister Rosalind Merriwether said the laws would keep victims safe.\n\n"
        "The state's opposition leader, Tobias Fenwright, said the laws would fill crowded detention centres."
    )
    rows = _printed(body, tmp_path)
    assert [(r["speaker"], r["role"], r["region"]) for r in rows] == [
        ("Rosalind Merriwether", "Police Minister", "Queensland"),
        ("Tobias Fenwright", "Opposition Leader", "Queensland"),
    ]


def test_the_county_s_executive_serves_the_county_and_the_possessive_is_no_part_of_the_post(tmp_path: Path) -> None:
    body = (
        "Mombasa Governor Baraka Tsuma-Mwero said port services must return to the county.\n\n"
        "The county's trade executive, Zawadi Mwakio-Chengo, said traders had lost half their income."
    )
    rows = _printed(body, tmp_path)
    assert [(r["role"], r["region"]) for r in rows] == [("Governor", "Mombasa"), ("trade executive", "Mombasa")]
