"""Posts and regions, round 4: a regency or city no table knows files under one area however it is
printed; a regional body's name with and without "Daerah" or its level word is one post; glued
governors' posts, deputy police chiefs of cities, regional heads of districts and villages; a
district's name of several words after a camat. Invented people and places; real provinces."""

from __future__ import annotations

import pytest

from quotetrack.extract.pipeline import extract
from quotetrack.resolve.posts import canonical_post, same_post
from quotetrack.resolve.regions import normalize_region
from quotetrack.text.clean import prepare


@pytest.mark.parametrize(
    ("role", "region", "label", "area"),
    [
        # a head of a regency's or a city's government: the place no table knows takes the level
        # the post names, as "Kabupaten Lerengwangi" printed in full does
        ("Bupati", "Lerengwangi", "Bupati", "Kabupaten Lerengwangi"),
        ("Bupati", "Kabupaten Lerengwangi", "Bupati", "Kabupaten Lerengwangi"),
        ("Wakil Bupati", "Lerengwangi", "Wakil Bupati", "Kabupaten Lerengwangi"),
        ("Wali Kota", "Pagerbumi", "Wali Kota", "Kota Pagerbumi"),
        ("Wakil Wali Kota", "Kota Pagerbumi", "Wakil Wali Kota", "Kota Pagerbumi"),
        # a police command's level is a hint only: a port's police is no regency
        ("Kapolres", "Lerengwangi", "Kapolres", "Lerengwangi"),
        # known places keep their reading
        ("Bupati", "Garut", "Bupati", "Kabupaten Garut"),
        ("Wali Kota", "Bogor", "Wali Kota", "Kota Bogor"),
        # a governor's post glued to the province's short form
        ("Gubsu", None, "Gubernur", "Sumatera Utara"),
        ("Wagubsu", None, "Wakil Gubernur", "Sumatera Utara"),
        ("Gubri", None, "Gubernur", "Riau"),
        # a city's deputy police chiefs
        ("Wakapolresta", "Sidoarjo", "Wakapolresta", "Kabupaten Sidoarjo"),
        ("Wakapolrestabes", "Medan", "Wakapolrestabes", "Kota Medan"),
        # district and village heads under their regional names, each at its level
        ("Panewu", "Playen", "Panewu", "Kecamatan Playen"),
        ("Kepala Distrik", "Abepura", "Kepala Distrik", "Kecamatan Abepura"),
        ("Kepala Distrik Abepura", None, "Kepala Distrik", "Kecamatan Abepura"),
        ("Damang", "Sindangsari", "Damang", "Kecamatan Sindangsari"),
        ("Lurah Kalurahan", "Wangunreja", "Lurah", "Kelurahan Wangunreja"),
        ("Lurah", "Kalurahan Wangunreja", "Lurah", "Kelurahan Wangunreja"),
        ("Perbekel", "Banyuasri", "Perbekel", "Desa Banyuasri"),
        ("Bendesa Adat", "Banyuasri", "Bendesa Adat", "Desa Banyuasri"),
        ("Keuchik", "Sukaraden", "Geuchik", "Desa Sukaraden"),
        ("Kepala Kampung", "Sukaraden", "Kepala Kampung", "Desa Sukaraden"),
        ("Wali Nagari", "Lubuk Pandan", "Wali Nagari", "Desa Lubuk Pandan"),
        # a district's name of several words, its first word read into the post
        ("Camat Tanete", "Riattang Timur", "Camat", "Kecamatan Tanete Riattang Timur"),
        ("Camat Kemuning", "Raya", "Camat", "Kecamatan Kemuning Raya"),
        # a district named "Kota X": a camat heads no city
        ("Camat Kota Sarang", None, "Camat", "Kecamatan Kota Sarang"),
        ("Camat", "Kota Sarang", "Camat", "Kecamatan Kota Sarang"),
        # the regency after the camat's district stays the regency's reading
        ("Camat Cikajang", "Kabupaten Garut", "Camat", "Kabupaten Garut"),
    ],
)
def test_posts_and_areas(role: str, region: str | None, label: str, area: str | None) -> None:
    post = canonical_post(role, region)
    assert post is not None
    assert (post.label, post.region.name if post.region else None) == (label, area)


def test_unknown_regency_files_under_one_area_however_printed() -> None:
    bare, full = canonical_post("Bupati", "Lerengwangi"), canonical_post("Bupati", "Kabupaten Lerengwangi")
    assert bare is not None and full is not None
    assert bare.region == full.region


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kepala Badan Kepegawaian Daerah", "Kepala Badan Kepegawaian"),
        ("Kepala Badan Kepegawaian", "Kepala BKD"),
        ("Kepala Badan Pendapatan Daerah Provinsi", "Kepala Badan Pendapatan"),
        ("Kepala Badan Penanggulangan Bencana", "Kepala BPBD"),
        ("Kepala Badan Kesatuan Bangsa dan Politik Daerah", "Kepala Badan Kesatuan Bangsa dan Politik"),
        ("Kepala Dinas Pendidikan Kabupaten", "Kepala Dinas Pendidikan"),
        ("Ketua DPRD Kota", "Ketua DPRD"),
    ],
)
def test_a_regional_body_with_and_without_its_region_words_is_one_post(a: str, b: str) -> None:
    assert same_post(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sekretaris Daerah", "Sekretaris"),  # the secretary of the region is no body's
        ("Wali Kota", "Wali"),
        ("Kepala Badan Kepegawaian Daerah", "Kepala Badan Pendapatan Daerah"),
        ("Kepala Badan Kepegawaian Negara", "Kepala Badan Kepegawaian Daerah"),
    ],
)
def test_other_posts_stay_apart(a: str, b: str) -> None:
    assert not same_post(a, b)


def test_a_village_named_kota_is_no_city() -> None:
    region = normalize_region("Kota Sarang", "kecamatan")
    assert region is not None and (region.name, region.level) == ("Kecamatan Kota Sarang", "kecamatan")
    city = normalize_region("Kota Bogor", None)
    assert city is not None and city.name == "Kota Bogor"


def _placed(text: str) -> list[tuple[str | None, str | None, str | None]]:
    body, meta = prepare(f"Judul berita\n\n{text}\n")
    return [(s.speaker, s.role, s.region) for s in extract(body, meta=meta, lang="id").statements]


@pytest.mark.parametrize(
    ("text", "speaker", "role", "region"),
    [
        (
            "SEMARANG - Polda Jawa Tengah menggelar apel. Kapolda Irjen Hendrawan Sulistyo mengatakan "
            "5.000 personel dikerahkan untuk pengamanan.",
            "Hendrawan Sulistyo",
            "Kapolda",
            "Provinsi Jawa Tengah",
        ),
        (
            "SURABAYA - Kapolda Irjen Hendrawan Sulistyo mengatakan pengamanan Natal diperketat.",
            "Hendrawan Sulistyo",
            "Kapolda",
            "Provinsi Jawa Timur",
        ),
        (
            "MAKASSAR - Kakanwil Hendrawan Sulistyo mengatakan 300 narapidana menerima remisi.",
            "Hendrawan Sulistyo",
            "Kakanwil",
            "Provinsi Sulawesi Selatan",
        ),
        (
            "Kejati Sumatera Barat menahan dua tersangka. Kajati Hendrawan Sulistyo mengatakan kerugian "
            "negara mencapai Rp2 miliar.",
            "Hendrawan Sulistyo",
            "Kajati",
            "Provinsi Sumatera Barat",
        ),
        (
            "MEDAN - Pangdam Mayjen Hendrawan Sulistyo mengatakan prajurit siap membantu warga.",
            "Hendrawan Sulistyo",
            "Pangdam",
            "Provinsi Sumatera Utara",
        ),
    ],
)
def test_a_provincial_post_printed_bare_serves_the_story_s_one_province(
    text: str, speaker: str, role: str, region: str
) -> None:
    assert (speaker, role, region) in _placed(text)


@pytest.mark.parametrize(
    "text",
    [
        # two provinces named: no guess
        "SEMARANG - Polda Jawa Tengah dan Polda Jawa Timur menggelar operasi bersama. Kapolda Irjen "
        "Hendrawan Sulistyo mengatakan 5.000 personel dikerahkan.",
        # a town that seats no province's government names none
        "CIANJUR - Kapolda Irjen Hendrawan Sulistyo mengatakan pengamanan Natal diperketat.",
        # Jakarta's dateline heads the national news
        "JAKARTA - Kapolda Irjen Hendrawan Sulistyo mengatakan pengamanan Natal diperketat.",
    ],
)
def test_no_province_guessed_without_one_named(text: str) -> None:
    assert [region for _, role, region in _placed(text) if role == "Kapolda"] == [None]


_REGENCY_STORY = (
    "Pemerintah Kabupaten Lerengwangi membangun pasar baru di pusat kota. Sekda Lerengwangi Purnomo "
    "Adisaputro mengatakan pasar dibuka bulan Juni.\n\nKapolres Lerengwangi AKBP Hendrawan Sulistyo "
    "mengatakan pengamanan pembukaan pasar sudah disiapkan.\n\nKetua DPRD Lerengwangi Lestari "
    "Wahyuningrum mengatakan anggaran pasar sudah disetujui dewan.\n\nCamat Lerengwangi Gunawan "
    "Prasetyanto mengatakan pedagang lama didahulukan."
)


def _areas(story: str) -> dict[str | None, str | None]:
    """Each speaker's area as the registry files it (the extracted post and place, resolved)."""
    posts = {speaker: canonical_post(role, region) for speaker, role, region in _placed(story)}
    return {speaker: post.region.name if post and post.region else None for speaker, post in posts.items()}


def test_a_place_no_table_knows_takes_the_level_the_story_prints_with_it() -> None:
    placed = _areas(_REGENCY_STORY)
    assert placed == {
        "Purnomo Adisaputro": "Kabupaten Lerengwangi",
        "Hendrawan Sulistyo": "Kabupaten Lerengwangi",
        "Lestari Wahyuningrum": "Kabupaten Lerengwangi",
        # the district that shares the regency's name is the camat's
        "Gunawan Prasetyanto": "Kecamatan Lerengwangi",
    }


@pytest.mark.parametrize(
    "story",
    [
        # both levels printed: no guess
        _REGENCY_STORY.replace(
            "Pemerintah Kabupaten Lerengwangi", "Pemerintah Kabupaten Lerengwangi dan Pemerintah Kota Lerengwangi"
        ),
        # no level printed
        _REGENCY_STORY.replace("Pemerintah Kabupaten Lerengwangi", "Pemerintah setempat"),
    ],
)
def test_no_level_given_to_an_unknown_place_without_one_printed(story: str) -> None:
    assert _areas(story)["Hendrawan Sulistyo"] == "Lerengwangi"
