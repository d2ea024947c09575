"""English copy, eighth round: "telling" whom it told with no "that" before the clause, a
participle after a judging verb's object ("criticised the plan, warning that ..."), and a
council member's short title between a post and the name ("group leader Cllr X"), a report closed
by a spokesperson in apposition after a titled subject, the job of one named in the possessive
("Senator X's spokeswoman, Y"), "who heads the central bank", Malaysian honours of two words ("Tan
Sri", "Datuk Wira") and a federation's state after "Chief Minister of". Each row is a small invented
article (invented people and places)."""

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
    ("body", "speaker", "said"),
    [
        (
            "Finance Minister Tobias Quennell defended the changes on Wednesday, telling a Senate committee"
            " the rules would cut processing times by half.",
            "Tobias Quennell",
            ["the rules would cut processing times by half"],
        ),
        (
            "Mayor Fenella Ashgrove backed the depot, telling reporters it was already paid for.",
            "Fenella Ashgrove",
            ["it was already paid for"],
        ),
        (
            "Housing Minister Tobias Quennell told the chamber the scheme would build homes, telling critics"
            " the money was secure.",
            "Tobias Quennell",
            ["the scheme would build homes", "the money was secure"],
        ),
        # (a "that" clause first, then whom he told and a second clause: two statements)
        (
            "Transport Minister Marten Pridmore insisted that the port expansion would go ahead,"
            " telling reporters the money had been set aside.",
            "Marten Pridmore",
            ["the port expansion would go ahead", "the money had been set aside"],
        ),
    ],
)
def test_telling_whom_then_a_clause_reports_it(body: str, speaker: str, said: list[str], tmp_path: Path) -> None:
    rows = _printed(body, tmp_path)
    assert [(r["speaker"], r["text"]) for r in rows] == [(speaker, text) for text in said]


@pytest.mark.parametrize(
    "body",
    [
        "Treasurer Tobias Quennell criticised the proposal, warning that it would drain the reserve fund.",
        "Treasurer Tobias Quennell condemned the cuts on Monday, saying it would drain the reserve fund.",
    ],
)
def test_after_a_judging_verb_the_participle_says_what(body: str, tmp_path: Path) -> None:
    rows = _printed(body, tmp_path)
    assert [(r["speaker"], r["text"]) for r in rows] == [("Tobias Quennell", "it would drain the reserve fund")]


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Conservative group leader Cllr Fenella Ashgrove said the cuts were unfair.", "Conservative Group Leader"),
        ("Council leader Cllr Fenella Ashgrove said the cuts were unfair.", "Council Leader"),
        # (the title alone is still her post)
        ("Cllr Fenella Ashgrove said the cuts were unfair.", "Councillor"),
    ],
)
def test_a_councillor_s_title_after_a_post_goes_with_the_name(body: str, role: str, tmp_path: Path) -> None:
    rows = _printed(body, tmp_path)
    assert [(r["speaker"], r["role"]) for r in rows] == [("Fenella Ashgrove", role)]


@pytest.mark.parametrize(
    "body",
    [
        "Gov. Lucan Merriwether is expected to sign the bill next week, his spokeswoman, Odile Fanshawe, said.",
        "Dr. Lucan Merriwether will sign the bill next week, his spokeswoman, Odile Fanshawe, said in a statement.",
        # (as before: no title on the subject)
        "The governor is expected to sign the bill next week, his spokeswoman, Odile Fanshawe, said.",
    ],
)
def test_a_spokeswoman_in_apposition_closes_the_report(body: str, tmp_path: Path) -> None:
    rows = _printed(body, tmp_path)
    assert [(r["speaker"], r["text"]) for r in rows] == [("Odile Fanshawe", body.split(", his")[0])]


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Former minister Lucan Merriwether's lawyer, Odile Fanshawe, said the charges were baseless.", "Lawyer"),
        ("Senator Lucan Merriwether's spokeswoman, Odile Fanshawe, said the charges were baseless.", "Spokesperson"),
        ("Lucan Merriwether's lawyer, Odile Fanshawe, said the charges were baseless.", "Lawyer"),
    ],
)
def test_the_job_of_one_named_in_the_possessive_is_the_speaker_s_own(body: str, role: str, tmp_path: Path) -> None:
    rows = _printed(body, tmp_path)
    assert [(r["speaker"], r["role"]) for r in rows] == [("Odile Fanshawe", role)]


def test_a_party_s_possessive_stays_in_the_post(tmp_path: Path) -> None:
    rows = _printed("The Green Party's health spokeswoman, Odile Fanshawe, said the wards were full.", tmp_path)
    assert [(r["speaker"], r["role"]) for r in rows] == [("Odile Fanshawe", "Green Party Health Spokesperson")]


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Crispin Adeyemo, who heads the central bank, said rates would stay on hold.", "Head of the central bank"),
        ("Crispin Adeyemo, who heads the energy regulator, said prices would rise.", "Head of the energy regulator"),
    ],
)
def test_who_heads_a_bank_or_a_regulator_holds_its_post(body: str, role: str, tmp_path: Path) -> None:
    rows = _printed(body, tmp_path)
    assert [(r["speaker"], r["role"]) for r in rows] == [("Crispin Adeyemo", role)]


@pytest.mark.parametrize(
    "body",
    [
        "Tan Sri Rashidah Kamaruddin, the former chief secretary, said the reforms were overdue.",
        "Datuk Wira Rashidah Kamaruddin, the former chief secretary, said the reforms were overdue.",
        "Dato' Sri Rashidah Kamaruddin, the former chief secretary, said the reforms were overdue.",
        # (as before: "Datuk Seri", one word each a title)
        "Datuk Seri Rashidah Kamaruddin, the former chief secretary, said the reforms were overdue.",
    ],
)
def test_a_malaysian_honour_is_no_part_of_the_name(body: str, tmp_path: Path) -> None:
    rows = _printed(body, tmp_path)
    assert [r["speaker"] for r in rows] == ["Rashidah Kamaruddin"]


@pytest.mark.parametrize(
    ("body", "region"),
    [
        ("Baskaran Iyengar, the Chief Minister of Goa, said tourism had recovered.", "Goa"),
        ("Baskaran Iyengar, the Premier of Queensland, said tourism had recovered.", "Queensland"),
        ("Baskaran Iyengar, the Chief Minister of Perlis, said tourism had recovered.", "Perlis"),
    ],
)
def test_a_chief_minister_or_premier_of_a_state_holds_it_there(body: str, region: str, tmp_path: Path) -> None:
    rows = _printed(body, tmp_path)
    assert [(r["speaker"], r["region"]) for r in rows] == [("Baskaran Iyengar", region)]
