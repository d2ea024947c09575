"""English copy about Indonesia, second round: ranks of several words between a post and the name,
a name's initials after a post, royal styles after a post, the home country's possessive before a
post. Each row is a small invented article, read as `quotetrack extract` prints it."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotetrack.pipeline import extract_files


def _rows(body: str, tmp_path: Path) -> list[tuple[str | None, str | None, str | None]]:
    path = tmp_path / "article.txt"
    path.write_text(f"Officials Respond\n\n{body}\n", encoding="utf-8")
    return [(r["speaker"], r["role"], r["region"]) for r in extract_files([str(path)], lang="en", max_bytes=10**6)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "First Adm." (Laksamana Pertama), "Rear Adm." (Laksamana Muda), "Air Chief Marshal"
        # (Marsekal), "First Marshal" (Marsekal Pertama): the officer's rank, neither the post's
        # last word nor the name's first
        (
            "Navy spokesman First Adm. Bambang Sutrisno said the vessel had been intercepted near Natuna.",
            ("Bambang Sutrisno", "Navy Spokesperson", None),
        ),
        (
            "Navy spokesman Rear Adm. Dimas Prakoso said the submarine was in good condition.",
            ("Dimas Prakoso", "Navy Spokesperson", None),
        ),
        (
            "Air Force chief Air Chief Marshal Hadi Prasetyo said the jets would be delivered next year.",
            ("Hadi Prasetyo", "Air Force Chief", None),
        ),
        (
            "Air Force spokesman First Marshal Agung Nugroho said the aircraft crashed during training.",
            ("Agung Nugroho", "Air Force Spokesperson", None),
        ),
    ],
)
def test_a_rank_of_several_words_after_the_post_is_neither_post_nor_name(
    body: str, expected: tuple[str | None, str | None, str | None], tmp_path: Path
) -> None:
    assert _rows(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two bare capitals between a post and a name are the name's initials, as Indonesians print
        # them ("ST", "SK"), not a degree (which follows the name)
        (
            "Attorney General ST Burhanuddin said the prosecutors would appeal the verdict.",
            ("ST Burhanuddin", "Attorney General", None),
        ),
        ("Governor AB Santoso said the flood victims would receive aid.", ("AB Santoso", "Governor", None)),
        (
            "Finance Minister SK Budiardjo said the budget deficit would narrow.",
            ("SK Budiardjo", "Finance Minister", None),
        ),
    ],
)
def test_initials_after_a_post_open_the_name(
    body: str, expected: tuple[str | None, str | None, str | None], tmp_path: Path
) -> None:
    assert _rows(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # after a post, a royal style is no part of the holder's name
        (
            "Saudi Foreign Minister Prince Faisal bin Farhan said the kingdom supported the plan.",
            ("Faisal bin Farhan", "Saudi Foreign Minister", None),
        ),
        (
            "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman said the talks would resume.",
            ("Mohammed bin Abdulrahman", "Qatari Prime Minister", None),
        ),
        # ("Prince Harry" alone: the style is all there is before one name)
        ("Prince Harry said the charity would continue its work.", ("Prince Harry", None, None)),
    ],
)
def test_a_royal_style_after_a_post_is_no_part_of_the_name(
    body: str, expected: tuple[str | None, str | None, str | None], tmp_path: Path
) -> None:
    assert _rows(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "Indonesia's" before a post names the country, no body, as "Britain's" does
        (
            "Indonesia's chief economic minister Airlangga Sutrisno said growth would reach 5 percent.",
            ("Airlangga Sutrisno", "Chief Economic Minister", None),
        ),
        (
            "Indonesia's finance minister Sri Handayani said the deficit would stay below 3 percent.",
            ("Sri Handayani", "Finance Minister", None),
        ),
    ],
)
def test_the_home_country_s_possessive_before_a_post_is_no_body(
    body: str, expected: tuple[str | None, str | None, str | None], tmp_path: Path
) -> None:
    assert _rows(body, tmp_path) == [expected]
