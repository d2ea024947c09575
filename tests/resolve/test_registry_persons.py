"""One person per official across articles, and different people of one name kept apart.

All people and villages' office holders are invented; places are real.
"""

from __future__ import annotations

import datetime as dt

import pytest

from quotetrack.resolve import Mention, Resolver, parse_name
from quotetrack.resolve.matching import name_key, name_relation

D1, D2 = dt.date(2024, 5, 2), dt.date(2024, 6, 10)


def _m(name, printed=None, role=None, region=None, date=D1, article="a1", ref=None):
    return Mention(name=name, mention=printed, role=role, region=region, date=date, article=article, local_ref=ref)


def _keys(*mentions: Mention) -> list[str]:
    return [r.official_key for r in Resolver().resolve_all(list(mentions))]


# -- a private person printed by one word -------------------------------------------------------

CAMAT = _m("Darsiman", "Camat Jatinangor Darsiman", "Camat Jatinangor", "Kabupaten Sumedang")


@pytest.mark.parametrize(
    ("why", "mentions"),
    [
        ("a trader quoted as 'kata Darsiman' in another town", (CAMAT, _m("Darsiman", date=D2, article="a2"))),
        ("the bare name first, the camat later", (_m("Darsiman", article="a0"), CAMAT)),
        ("two bare mentions in two stories", (_m("Tugiyem"), _m("Tugiyem", date=D2, article="a2"))),
    ],
)
def test_a_bare_one_word_name_is_no_one_else_of_that_name(why: str, mentions: tuple[Mention, Mention]) -> None:
    first, second = _keys(*mentions)
    assert first != second, why


def test_a_bare_one_word_name_is_queued_for_an_editor() -> None:
    resolver = Resolver()
    camat, bare = resolver.resolve_all([CAMAT, _m("Darsiman", date=D2, article="a2")])
    assert {frozenset((s.a, s.b)) for s in resolver.suggestions()} == {
        frozenset((camat.official_key, bare.official_key))
    }


def test_a_one_word_name_with_its_post_again_is_the_same_official() -> None:
    again = _m("Darsiman", "Darsiman, Camat Jatinangor", "Camat Jatinangor", "Kabupaten Sumedang", D2, "a2")
    first, second = _keys(CAMAT, again)
    assert first == second


# -- the same words in another order ------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Sarwono Legowo", "Legowo Sarwono", "reordered"),
        ("Legowo Sarwono", "Sarwono Legowo Hadi", "reordered"),
        ("Sarwono Legowo", "Sarwono Legowo Hadi", "subset"),
        ("M. Sarwono Legowo", "Muhammad Sarwono Legowo", "exact"),
    ],
)
def test_name_relation_reads_the_order_of_the_words(a: str, b: str, relation: str) -> None:
    assert name_relation(name_key(a), name_key(b))[0] == relation


def test_words_of_a_name_reversed_and_respelled_are_no_spelling_variant() -> None:
    assert name_relation(name_key("Sumarno Sutikno"), name_key("Sutikno Sumarnu"))[0] == "none"
    assert name_relation(name_key("Sumarno Sutikno"), name_key("Sumarnu Sutikno"))[0] == "fuzzy"


def test_two_people_whose_names_are_one_anothers_reversed_stay_apart_and_are_suggested() -> None:
    resolver = Resolver()
    head, member = resolver.resolve_all(
        [
            _m("Sarwono Legowo", "Kepala Dinas Pertanian Kendal Sarwono Legowo", "Kepala Dinas Pertanian", "Kendal"),
            _m(
                "Legowo Sarwono", "Ketua Komisi B DPRD Kendal Legowo Sarwono", "Ketua Komisi B DPRD", "Kendal", D2, "a2"
            ),
        ]
    )
    assert head.official_key != member.official_key
    assert frozenset((head.official_key, member.official_key)) in {
        frozenset((s.a, s.b)) for s in resolver.suggestions()
    }


def test_a_reversed_name_with_nothing_else_known_is_another_person() -> None:
    first, second = _keys(
        _m("Sarwono Legowo", "Kepala Dinas Pertanian Kendal Sarwono Legowo", "Kepala Dinas Pertanian", "Kendal"),
        _m("Legowo Sarwono", date=D2, article="a2"),
    )
    assert first != second


def test_a_reversed_name_in_the_same_post_and_region_is_one_official() -> None:
    first, second = _keys(
        _m("Sarwono Legowo", "Kepala Dinas Pertanian Kendal Sarwono Legowo", "Kepala Dinas Pertanian", "Kendal"),
        _m(
            "Legowo Sarwono",
            "Kepala Dinas Pertanian Kendal Legowo Sarwono",
            "Kepala Dinas Pertanian",
            "Kendal",
            D2,
            "a2",
        ),
    )
    assert first == second


# -- a post only an epithet gives ---------------------------------------------------------------


def test_a_post_printed_as_an_epithet_is_one_of_the_officials_posts() -> None:
    resolver = Resolver()
    (said,) = resolver.resolve_all(
        [_m("Nurcahyani Pratiwi", "Ketua Umum PP Muslimat NU itu", "Gubernur", "Provinsi Jambi")]
    )
    official = resolver.official(said.official_key)
    assert official is not None
    assert {(m.post, m.org) for m in official.memberships} == {("Gubernur", None), ("Ketua Umum", "PP Muslimat NU")}


def test_a_later_article_printing_only_the_epithets_post_finds_the_official() -> None:
    first, later = _keys(
        _m("Nurcahyani Pratiwi", "Ketua Umum PP Muslimat NU itu", "Gubernur", "Provinsi Jambi"),
        _m(
            "Nurcahyani Pratiwi",
            "Ketua Umum PP Muslimat NU Nurcahyani Pratiwi",
            "Ketua Umum PP Muslimat NU",
            None,
            D2,
            "a2",
        ),
    )
    assert first == later


def test_a_description_or_a_past_post_is_no_epithet_post() -> None:
    resolver = Resolver()
    described, former = resolver.resolve_all(
        [
            _m("Nurcahyani Pratiwi", "politikus PDI-P itu", "Gubernur", "Provinsi Jambi"),
            _m("Nurcahyani Pratiwi", "mantan Kapolda Jambi itu", "Gubernur", "Provinsi Jambi", D2, "a2"),
        ]
    )
    official = resolver.official(described.official_key)
    assert official is not None and former.official_key == described.official_key
    assert [m.post for m in official.memberships] == ["Gubernur"]


# -- honorifics of religious scholars -----------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "name", "prefix"),
    [
        ("Kiai Harjito Wibisono", "Harjito Wibisono", "Kiai"),
        ("Buya Harjito", "Harjito", "Buya"),
        ("TGH Harjito Wibisono", "Harjito Wibisono", "TGH"),
        ("Tuan Guru Haji Harjito", "Harjito", "Tuan Guru Haji"),
    ],
)
def test_a_scholars_title_is_no_part_of_the_name(printed: str, name: str, prefix: str) -> None:
    parsed = parse_name(printed)
    assert (parsed.name, parsed.prefix) == (name, prefix)


def test_an_epithet_of_another_province_is_no_post_of_the_person() -> None:
    resolver = Resolver()
    (said,) = resolver.resolve_all(
        [_m("Yusron Mahendra", "Ketua DPW Partai Demokrat Bengkulu itu", "Kepala Dinas Perhubungan", "Kota Bogor")]
    )
    official = resolver.official(said.official_key)
    assert official is not None and [m.org for m in official.memberships] == ["Perhubungan"]


@pytest.mark.parametrize(
    "printed",
    [
        "adik ipar Presiden Wiryo Santoso itu",  # a relation of the president, not the president
        "Maklumat Kapolri itu",  # a document
        "Wali Kota Kendari dua periode ini",  # an elected seat beside a minister's post: held before
        "dokter di Puskesmas Kecamatan Palmerah ini",  # an occupation
        "Peneliti pada Lembaga Kajian Hukum Sulteng Nurcahyani",  # a name the parse missed
    ],
)
def test_a_phrase_that_is_no_epithet_of_a_post_files_nothing(printed: str) -> None:
    resolver = Resolver()
    (said,) = resolver.resolve_all([_m("Nurcahyani Pratiwi", printed, "Menteri Sosial", None)])
    official = resolver.official(said.official_key)
    assert official is not None and [m.post for m in official.memberships] == ["Menteri Sosial"]
