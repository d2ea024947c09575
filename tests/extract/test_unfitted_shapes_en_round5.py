"""English copy about Indonesia, fifth round: a post named by where its holder is sent ("said
Indonesia's ambassador to Japan, X"), a trade in a relative clause ("X, who runs a noodle
shop"), a regency's name that is also a short post ("Karo Regent"), a portfolio in lower case
and a body printed in lower case ("the head of the regional planning agency"), a country printed
either way round a post. Each row is a small invented article (invented people), read as
`quotetrack extract` prints it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.ingested import as_printed

_TO_JAPAN = "Ambassador to Japan"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the post's "to" names where it is held, not whom the words were said to
        ('"We are ready," said Indonesia\'s ambassador to Japan, Sinta Maharani.', ("Sinta Maharani", _TO_JAPAN)),
        ('"We are ready," said Indonesian Ambassador to Japan Sinta Maharani.', ("Sinta Maharani", _TO_JAPAN)),
        (
            '"We are ready," said the country\'s envoy to the United Nations, Sinta Maharani.',
            ("Sinta Maharani", "Envoy to the United Nations"),
        ),
        (
            '"We are ready," said an adviser to the president, Ayu Lestiani.',
            ("Ayu Lestiani", "Adviser to the president"),
        ),
        # ("to reporters" after a name is whom it was said to)
        ('"We are ready," said Galih Saputra to reporters.', ("Galih Saputra", None)),
    ],
)
def test_a_post_held_to_a_country_after_the_verb(body: str, expected: tuple[str, str | None], tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a trade or a shop is no body: its owner holds no post
        ("Wulan Sari, who runs a noodle shop near the station, said customers had stayed away.", "Wulan Sari"),
        ("Wulan Sari, who runs the family bakery, said flour prices had doubled.", "Wulan Sari"),
    ],
)
def test_who_runs_a_shop_holds_no_post(body: str, expected: str, tmp_path: Path) -> None:
    rows = as_printed(body, tmp_path)
    assert [row[0] for row in rows] == [expected]
    assert all(row[1] is None or "Head" not in row[1] for row in rows)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Galih Saputra, who heads the regional disaster management agency, said the river had burst its banks.",
            ("Galih Saputra", "Head of the regional disaster management agency", None),
        ),
        (
            "Dodi Permana, the head of the regional planning agency, said irrigation came first.",
            ("Dodi Permana", "Head of the regional planning agency", None),
        ),
        # a regency's name that is also a short post ("Karo": Kepala Biro) before an English post
        (
            "Karo Regent Benny Sembiring said the evacuation routes had been reopened.",
            ("Benny Sembiring", "Regent", "Kabupaten Karo"),
        ),
        (
            "Rahmat Wibisono, the energy and mineral resources minister, said fuel prices would not rise.",
            ("Rahmat Wibisono", "Energy and Mineral Resources Minister", None),
        ),
        (
            "Yanti Kusuma, the law and human rights minister, said the bill would be revised.",
            ("Yanti Kusuma", "Law and Human Rights Minister", None),
        ),
    ],
)
def test_english_post_readings(body: str, expected: tuple[str, str, str | None], tmp_path: Path) -> None:
    assert as_printed(body, tmp_path) == [expected]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Australian Prime Minister Colin Ashworth", "Prime Minister of Australia Colin Ashworth"),
        ("Philippine President Rosa Dimaculangan", "President of the Philippines Rosa Dimaculangan"),
        ("Indonesian President Hadi Kurniawan", "President Hadi Kurniawan"),
    ],
)
def test_a_country_either_way_round_the_post(one: str, other: str, tmp_path: Path) -> None:
    first = as_printed(f"{one} said the talks would resume.", tmp_path)
    second = as_printed(f"{other} said the talks would resume.", tmp_path)
    assert first == second and first[0][1] is not None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an Indonesian police rank as English copy prints it, between the post and the name, is
        # the person's rank and no part of the post
        (
            '"The inquiry goes on," said police spokesman Senior Commissioner Yudi Hartanto.',
            ("Yudi Hartanto", "Police Spokesperson"),
        ),
        (
            '"The inquiry goes on," said Mekarsari Police spokesman Sr. Comr. Yudi Hartanto.',
            ("Yudi Hartanto", "Mekarsari Police Spokesperson"),
        ),
        (
            "Police spokesman Adjunct Commissioner Yudi Hartanto said the suspect had fled.",
            ("Yudi Hartanto", "Police Spokesperson"),
        ),
    ],
)
def test_a_police_rank_spelt_out_after_the_post(body: str, expected: tuple[str, str], tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


def test_a_rank_is_no_post_of_the_next_statement(tmp_path: Path) -> None:
    """ "..., adding that ...": the rank the name carries is no post; the spokesman's is cited."""
    body = '"The inquiry goes on," said police spokesman Senior Commissioner Yudi Hartanto, adding that two had fled.'
    assert [row[:2] for row in as_printed(body, tmp_path)] == [("Yudi Hartanto", "Police Spokesperson")] * 2


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a body's initials in brackets after its long name, before the name's comma
        (
            "The chairman of the General Elections Commission (KPU), Yogi Pramono, said the list was final.",
            ("Yogi Pramono", "Chairman of the General Elections Commission"),
        ),
        (
            '"The list is final," said the head of the National Disaster Agency (NDA), Yogi Pramono.',
            ("Yogi Pramono", "Head of the National Disaster Agency"),
        ),
    ],
)
def test_a_body_s_initials_before_the_name(body: str, expected: tuple[str, str], tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "official" names no post: the job in lower case, the body kept
        (
            "Health Ministry official Sekar Ayuningtyas said dengue cases had fallen.",
            ("Sekar Ayuningtyas", "official of the Health Ministry"),
        ),
        (
            "A senior Finance Ministry official, Joko Santiko, said the audit was over.",
            ("Joko Santiko", "senior official of the Finance Ministry"),
        ),
    ],
)
def test_an_official_of_a_body(body: str, expected: tuple[str, str], tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # "the <party> politician" refers back to the member the paragraph named
        "Lawmaker Hendra Wiratama of the Golkar Party met reporters on Tuesday. "
        "The Golkar politician said the allocation for village roads was far too small.",
        "Lawmaker Hendra Wiratama met reporters on Tuesday. "
        "The politician said the allocation for village roads was far too small.",
    ],
)
def test_the_party_politician_is_the_member_named_before(body: str, tmp_path: Path) -> None:
    assert [row[:2] for row in as_printed(body, tmp_path)] == [("Hendra Wiratama", "Lawmaker")]
