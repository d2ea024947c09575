"""Indonesian names after local posts and ranks, twelfth round: the regional names of local heads
("Panewu", "Lurah Kalurahan", "Geuchik", "Kepala Distrik") take their place out of the name as
"Camat" does; a district of two words, named after its town ("Camat Medan X") or ending with a word
places end with ("Hilir", "Kota", "Utara"), stays in the post; two or three capitals after an
officer's rank are the name's initials; an association's name ending with its place speaks as the
body, no person. Every row is an invented sentence (invented people, real places)."""

from __future__ import annotations

import pytest

from tests.extract.ingested import statements

_SAID = " mengatakan pihaknya sudah meminta semua warga untuk tetap waspada karena hujan deras sejak pekan lalu."


def _speaker(opening: str) -> tuple[str | None, str | None]:
    """(speaker, post) of the one statement of a sentence opened by the mention."""
    found = statements(opening + _SAID, "id")
    assert len(found) == 1
    return found[0].speaker, found[0].role


@pytest.mark.parametrize(
    ("opening", "speaker", "post"),
    [
        ("Panewu Playen Wirasto Hadimulyo", "Wirasto Hadimulyo", "Panewu Playen"),
        ("Lurah Kalurahan Bleberan Sutrisnadi Harjo", "Sutrisnadi Harjo", "Lurah Kalurahan Bleberan"),
        ("Geuchik Lampaseh Zulfahmirin Ahmad", "Zulfahmirin Ahmad", "Geuchik Lampaseh"),
        ("Kepala Distrik Abepura Semuel Korwamine", "Semuel Korwamine", "Kepala Distrik Abepura"),
        ("Kepala Distrik Wamena Kota Yonatan Kogoyari", "Yonatan Kogoyari", None),
        ("Camat Batang Hari Hilir Ardiyansahrin", "Ardiyansahrin", None),
        ("Lurah Kalurahan Ngawis Parjiyantoro", "Parjiyantoro", "Lurah Kalurahan Ngawis"),
    ],
)
def test_a_local_head_s_place_stays_out_of_the_name(opening: str, speaker: str, post: str | None) -> None:
    got, role = _speaker(opening)
    assert got == speaker
    if post is not None:
        assert role == post


def test_a_district_named_after_its_town_stays_in_the_post() -> None:
    got, role = _speaker("Camat Medan Johor Rizkiandi Lubis")
    assert (got, role) == ("Rizkiandi Lubis", "Camat Medan Johor")


def test_a_town_s_name_alone_after_a_local_head_leaves_a_name_of_two_words_whole() -> None:
    assert _speaker("Camat Medan Rizkiandi Lubis")[0] == "Rizkiandi Lubis"


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Kapolda Irjen HK Sapta Wiratmojo", "HK Sapta Wiratmojo"),
        ("Kolonel (Czi) IBK Suparwoto", "IBK Suparwoto"),
        ("Brigjen TB Hasanudinsyah", "TB Hasanudinsyah"),
        ("Kombes Pol AR Wicaksonoputro", "AR Wicaksonoputro"),
    ],
)
def test_initials_after_a_rank_open_the_name(opening: str, speaker: str) -> None:
    assert _speaker(opening)[0] == speaker


@pytest.mark.parametrize(
    "opening", ["Kepala Penerangan Kodam Kolonel (Czi) IBK Suparwoto", "Kepala Penerangan Kodam Kolonel IBK Suparwoto"]
)
def test_initials_after_a_rank_stay_out_of_the_post_before_it(opening: str) -> None:
    assert _speaker(opening) == ("IBK Suparwoto", "Kepala Penerangan Kodam")


@pytest.mark.parametrize("opening", ["Letkol CPM Haryosudiro Wibowo", "Brigjen TNI Haryosudiro Wibowo"])
def test_a_corps_after_a_rank_is_no_initials(opening: str) -> None:
    assert _speaker(opening)[0] == "Haryosudiro Wibowo"


def test_an_association_named_with_its_place_speaks_as_the_body() -> None:
    got, role = _speaker("Gabungan Pengusaha Sawit Labuhanbatu")
    assert (got, role) == ("Gabungan Pengusaha Sawit Labuhanbatu", None)
