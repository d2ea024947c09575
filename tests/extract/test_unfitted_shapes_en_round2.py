"""English copy about Indonesia, second round: ranks of several words between a post and the name,
a name's initials after a post, royal styles after a post, the home country's possessive before a
post. Each row is a small invented article, read as `quotetrack extract` prints it."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotetrack.pipeline import extract_files
from tests.extract.ingested import as_printed


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
    assert as_printed(body, tmp_path) == [expected]


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
    assert as_printed(body, tmp_path) == [expected]


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
    assert as_printed(body, tmp_path) == [expected]


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
    assert as_printed(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "who is also the X", "who also serves as the X": a second post the clause gives, no "Also"
        (
            "Budi Santoso, who is also the chairman of the Indonesian Chamber of Commerce, said the tariff would hurt"
            " exporters.",
            ("Budi Santoso", "Chairman of the Indonesian Chamber of Commerce", None),
        ),
        (
            "Hendra Gunawan, who is also the deputy chairman of the Golkar Party, said the coalition was solid.",
            ("Hendra Gunawan", "Deputy Chairman of the Golkar Party", None),
        ),
        (
            "Yusuf Rahman, who also serves as the regional secretary, said the salaries would be paid on time.",
            ("Yusuf Rahman", "Regional Secretary", None),
        ),
    ],
)
def test_a_second_post_in_a_who_also_clause(
    body: str, expected: tuple[str | None, str | None, str | None], tmp_path: Path
) -> None:
    assert as_printed(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a seat in a chamber English copy names by its own word ("Representatives", "Assembly")
        (
            "Dewi Lestari, a member of the House of Representatives, said the budget was too small.",
            ("Dewi Lestari", "Member of the House of Representatives", None),
        ),
        (
            "Rudi Hartono, a member of the People's Consultative Assembly, said the amendment was not on the agenda.",
            ("Rudi Hartono", "Member of the People's Consultative Assembly", None),
        ),
        (
            "House of Representatives Deputy Speaker Adies Kadir said the hearing would be open.",
            ("Adies Kadir", "Deputy House Speaker", None),
        ),
    ],
)
def test_a_seat_in_the_house_of_representatives(
    body: str, expected: tuple[str | None, str | None, str | None], tmp_path: Path
) -> None:
    assert as_printed(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "and" between two fields of one ministry's portfolio joins no two people
        (
            "Environment and Forestry Minister Siti Nurbaya said the fires had been contained.",
            ("Siti Nurbaya", "Environment and Forestry Minister", None),
        ),
        (
            "Law and Human Rights Minister Yosafati Lase said the inmates would be released.",
            ("Yosafati Lase", "Law and Human Rights Minister", None),
        ),
        (
            "Coordinating Maritime and Investment Affairs Minister Luhut Pandjaitan said the nickel ban would stay.",
            ("Luhut Pandjaitan", "Coordinating Maritime and Investment Affairs Minister", None),
        ),
        # (a person before "and": the post is the second's alone)
        (
            "Putin and Foreign Minister Sergei Lavrov met the delegation, and Lavrov said the talks were useful.",
            None,
        ),
    ],
)
def test_two_fields_of_one_portfolio_joined_by_and(
    body: str, expected: tuple[str | None, str | None, str | None] | None, tmp_path: Path
) -> None:
    rows = as_printed(body, tmp_path)
    if expected is not None:
        assert rows == [expected]
    else:
        assert all(role is None or "Putin" not in role for _, role, _ in rows)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a word of bodies' names ("Metro Jaya", "PT Bumi Putra") ending a person's name after a post
        (
            "Acting Bali Governor Sang Made Mahendra Jaya said the levy would be collected at the airport.",
            ("Sang Made Mahendra Jaya", "Acting Governor", "Bali"),
        ),
        ("Regent Dharma Putra said the market would be relocated.", ("Dharma Putra", "Regent", None)),
        ("Deputy Regent Wira Bakti said the bridge would be finished in June.", ("Wira Bakti", "Deputy Regent", None)),
    ],
)
def test_a_name_ending_in_a_word_of_bodies_names(
    body: str, expected: tuple[str | None, str | None, str | None], tmp_path: Path
) -> None:
    assert as_printed(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # "Hajj", "Hajja": the pilgrim's title as English copy spells it ("Haji", "Hajjah"), no name
        ("Lampung Governor Hajj Rahmat Mirzani Djausal said the roads would be repaired.", "Rahmat Mirzani Djausal"),
        ("Mayor Hajja Siti Aminah said the market would reopen.", "Siti Aminah"),
        ("The regent, Hajj Zainal Arifin, said the bridge was safe.", "Zainal Arifin"),
    ],
)
def test_the_hajj_title_in_english_copy_is_no_part_of_the_name(body: str, name: str, tmp_path: Path) -> None:
    assert [speaker for speaker, _, _ in as_printed(body, tmp_path)] == [name]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "outgoing", "incumbent": the post is still held; no word of its name
        (
            "Outgoing Trade Minister Zulkifli Hasan said the ban would be lifted.",
            ("Zulkifli Hasan", "Trade Minister", None),
        ),
        ("Incumbent Governor Ridwan Saputra said the campaign was unfair.", ("Ridwan Saputra", "Governor", None)),
    ],
)
def test_outgoing_and_incumbent_qualify_a_post_held(
    body: str, expected: tuple[str | None, str | None, str | None], tmp_path: Path
) -> None:
    assert as_printed(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "the ministry" when the article named no ministry: the ministry of the minister it named
        (
            "Agriculture Minister Andi Amran Sulaiman visited flood victims in Demak on Monday. The ministry said"
            " 200 tons of rice had been distributed.",
            "Agriculture Ministry",
        ),
        (
            "Deputy Foreign Minister Arrmanatha Nasir flew to Cairo on Sunday. The ministry said 12 Indonesians had"
            " been evacuated.",
            "Foreign Ministry",
        ),
        # (a prime minister heads no ministry of a portfolio)
        (
            "Prime Minister Anwar Ibrahim arrived in Jakarta on Monday. The ministry said the talks would cover trade.",
            None,
        ),
    ],
)
def test_the_ministry_of_the_minister_named_before(body: str, speaker: str | None, tmp_path: Path) -> None:
    assert [name for name, _, _ in as_printed(body, tmp_path)] == [speaker]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an interview of one exchange, its labels printed once each: the answer is the one it labels
        (
            "Transport Minister Dudy Purwagandhi spoke to The Jakarta Post about the holiday season.\n\n"
            "The Jakarta Post: What is your priority this year?\n\n"
            "Dudy Purwagandhi: Safety is our first priority. We will audit every ferry operator.",
            [("Dudy Purwagandhi", "Safety is our first priority. We will audit every ferry operator.")],
        ),
        (
            "We spoke with Health Minister Budi Sunardi Salikin.\n\n"
            "Tempo: Is the vaccine stock sufficient?\n\n"
            "Budi Sunardi Salikin: Yes, we have 20 million doses in our warehouses right now.",
            [("Budi Sunardi Salikin", "Yes, we have 20 million doses in our warehouses right now.")],
        ),
    ],
)
def test_an_interview_of_one_exchange_under_name_labels(
    body: str, expected: list[tuple[str, str]], tmp_path: Path
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f"Officials Respond\n\n{body}\n", encoding="utf-8")
    rows = extract_files([str(path)], lang="en", max_bytes=10**6)
    assert [(r["speaker"], r["text"]) for r in rows] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the head of the police's criminal investigation department (Kabareskrim) is its "chief
        # detective" in English copy; a police rank of two words opening the mention is no post
        (
            "Rudi Setiawan, the chief detective, said the suspects had confessed.",
            ("Rudi Setiawan", "Chief Detective", None),
        ),
        (
            "Comr. Gen. Wahyu Widada, the chief detective, said the suspects had confessed.",
            ("Wahyu Widada", "Chief Detective", None),
        ),
    ],
)
def test_the_chief_detective(body: str, expected: tuple[str | None, str | None, str | None], tmp_path: Path) -> None:
    assert as_printed(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a minister serves no region: a place's word after the post opens the minister's name
        (
            "Deputy Minister of Home Affairs Raka Satria Wiratmoko said the heads would be sworn in.",
            "Raka Satria Wiratmoko",
        ),
        ("Deputy Home Affairs Minister Raka Satria Wiratmoko said the budget would be cut.", "Raka Satria Wiratmoko"),
        ("Deputy Minister of Trade Banjar Wibowo said the ban would be lifted.", "Banjar Wibowo"),
    ],
)
def test_a_place_word_after_a_minister_s_post_opens_the_name(body: str, name: str, tmp_path: Path) -> None:
    assert [speaker for speaker, _, _ in as_printed(body, tmp_path)] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        # more speech verbs of Indonesia's English-language wire copy
        "Trade Minister Agus Hartono conveyed that exports would keep growing.",
        "Trade Minister Agus Hartono elaborated that the tariffs were temporary.",
        "Trade Minister Agus Hartono expounded that the tariffs were temporary.",
        '"Exports will keep growing," Trade Minister Agus Hartono highlighted.',
    ],
)
def test_conveyed_elaborated_and_highlighted_report_speech(sentence: str, tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(sentence, tmp_path)] == [("Agus Hartono", "Trade Minister")]


def test_conveying_condolences_is_no_statement(tmp_path: Path) -> None:
    assert as_printed("The governor conveyed his condolences to the families of the victims.", tmp_path) == []
