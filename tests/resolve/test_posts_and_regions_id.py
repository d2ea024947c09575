"""In what post and region an Indonesian speaker is filed, from the post and the place as
extraction splits them: a police command's area, the government of a post's own region, a body
named with its town, and the word of a post printed as the article prints it. Invented rows; the
places are real regions, the bodies of kinds every province has."""

from __future__ import annotations

import pytest

from quotetrack.resolve.posts import canonical_post, same_post
from quotetrack.resolve.regions import normalize_region


@pytest.mark.parametrize(
    ("role", "region", "label", "area"),
    [
        # A unit of a police command: the command says the level of the area it serves (the
        # regency's Polres; the city's prints "Kota" after the name where both exist).
        ("Kasi Humas Polres", "Bogor", "Kasi Humas Polres", "Kabupaten Bogor"),
        ("Kasi Humas Polres Bogor", None, "Kasi Humas Polres", "Kabupaten Bogor"),
        ("Kanit Reskrim Polsek Cibinong", None, "Kanit Reskrim Polsek", "Kecamatan Cibinong"),
        ("Kasat Lantas Polresta", "Malang Kota", "Kasat Lantas Polresta", "Kota Malang"),
        # a Polresta in a regency no city shares its name with
        ("Kapolresta", "Sidoarjo", "Kapolresta", "Kabupaten Sidoarjo"),
        ("Kapolresta Sidoarjo", None, "Kapolresta", "Kabupaten Sidoarjo"),
        # A territorial command's number and seat printed with a space for the slash
        ("Dandim 0611 Garut", None, "Dandim", "Kabupaten Garut"),
        ("Dandim 1408 Makassar", None, "Dandim", "Kota Makassar"),
        ("Pangdam III Siliwangi", None, "Pangdam Siliwangi", None),
        # Jakarta's units print "Metro" before their area, which is no "Kota Metro"
        ("Kapolsek Metro Tanah Abang", None, "Kapolsek", "Kecamatan Tanah Abang"),
        ("Kapolsek Metro Gambir", None, "Kapolsek", "Kecamatan Gambir"),
        ("Kanit Reskrim Polsek Metro Gambir", None, "Kanit Reskrim Polsek", "Kecamatan Gambir"),
        ("Kapolres Metro Bekasi", None, "Kapolres", "Kabupaten Bekasi"),
        ("Wali Kota", "Metro", "Wali Kota", "Kota Metro"),
        # a port's police serve the port, no regency called "Pelabuhan"
        ("Kapolres Pelabuhan Tanjung Priok", None, "Kapolres Pelabuhan Tanjung Priok", None),
        # The government of the post's own region marks the region, no body the post is of.
        ("Sekda Pemkab", "Cirebon", "Sekretaris Daerah", "Kabupaten Cirebon"),
        ("Sekda Pemkab Cirebon", None, "Sekretaris Daerah", "Kabupaten Cirebon"),
        ("Sekretaris Daerah Pemkot", "Bogor", "Sekretaris Daerah", "Kota Bogor"),
        ("Sekda Pemprov", "Jabar", "Sekretaris Daerah", "Jawa Barat"),
        # ... but a spokesman speaks for the government, which stays his body
        ("Juru Bicara Pemkab", "Garut", "Juru Bicara Pemkab", "Kabupaten Garut"),
        # A campus, a school or a station named with its town: the town completes the body's name
        # and is no region the post serves.
        ("Rektor UIN Sultan Syarif Kasim", "Riau", "Rektor UIN Sultan Syarif Kasim Riau", None),
        ("Dosen Fakultas Ekonomi Universitas", "Airlangga", "Dosen Fakultas Ekonomi Universitas Airlangga", None),
        ("Kepala Sekolah SMAN 2", "Tasikmalaya", "Kepala Sekolah SMAN 2 Tasikmalaya", None),
        ("Kepala SMK Negeri 1", "Sumedang", "Kepala SMK Negeri 1 Sumedang", None),
        ("Kepala Stasiun", "Gambir", "Kepala Stasiun Gambir", None),
        # ... unless the region is printed with its level: the school's regency
        ("Kepala SDN 1", "Kabupaten Garut", "Kepala SDN 1", "Kabupaten Garut"),
        # A commissioner and a leader by the word the article prints.
        ("Komisioner KPU", "Kota Bekasi", "Komisioner KPU", "Kota Bekasi"),
        ("Komisioner Bawaslu", "Provinsi Jawa Tengah", "Komisioner Bawaslu", "Jawa Tengah"),
        ("Pemimpin Redaksi", None, "Pemimpin Redaksi", None),
    ],
)
def test_post_and_region_as_filed(role: str, region: str | None, label: str, area: str | None) -> None:
    post = canonical_post(role, region)
    assert post is not None
    assert (post.label, post.region.name if post.region else None) == (label, area)


@pytest.mark.parametrize(
    ("printed", "area"),
    [
        ("Polresta Sidoarjo", "Kabupaten Sidoarjo"),
        ("Polresta Malang Kota", "Kota Malang"),
        ("Polres Bogor", "Kabupaten Bogor"),
        ("Polres Metro Bekasi", "Kabupaten Bekasi"),
        ("Polres Metro Bekasi Kota", "Kota Bekasi"),
        ("Polres Tangerang Selatan", "Kota Tangerang Selatan"),
        ("Polrestabes Medan", "Kota Medan"),
        ("Polda Metro Jaya", "Daerah Khusus Ibukota Jakarta"),
    ],
)
def test_a_police_command_s_area(printed: str, area: str) -> None:
    region = normalize_region(printed)
    assert region is not None
    assert region.name == area


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Komisioner KPU", "Anggota KPU"),
        ("Komisioner Komisi Pemilihan Umum", "Anggota KPU"),
        ("Pemimpin Redaksi", "Pimpinan Redaksi"),
    ],
)
def test_one_seat_by_either_word(a: str, b: str) -> None:
    assert same_post(a, b)


@pytest.mark.parametrize(
    ("role", "label"),
    [
        # A body's fields listed with no comma before "dan", as Indonesian prints most lists: the
        # post holds them all, not the first field alone.
        (
            "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB",
            "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB",
        ),
        (
            "Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana",
            "Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana",
        ),
        ("Sekretaris Dinas Koperasi, Usaha Kecil dan Menengah", "Sekretaris Dinas Koperasi, Usaha Kecil dan Menengah"),
        ("Menteri Desa, Pembangunan Daerah Tertinggal dan Transmigrasi", "Menteri Desa PDTT"),
        # a clause before the post, and the places after it, stay apart
        ("Sebelumnya, Menteri Pertanian", "Menteri Pertanian"),
        ("Kepala Desa Sukasari, Kecamatan Pameungpeuk, Kabupaten Garut", "Kepala Desa"),
    ],
)
def test_fields_listed_without_a_comma_before_dan(role: str, label: str) -> None:
    post = canonical_post(role, None)
    assert post is not None
    assert post.label == label


@pytest.mark.parametrize(
    ("role", "region", "label", "area"),
    [
        # A district's and a ward's secretary: the post with its level, not a bare "Sekretaris".
        ("Sekretaris Kecamatan Pameungpeuk", None, "Sekretaris Kecamatan", "Kecamatan Pameungpeuk"),
        ("Sekcam", "Cibatu", "Sekcam", "Kecamatan Cibatu"),
        ("Sekretaris Kelurahan Cigadung", None, "Sekretaris Kelurahan", "Kelurahan Cigadung"),
        # A body's short form after "Desa" is the field's body, no village called so.
        ("Kabid Pemerintahan Desa DPMD", "Kabupaten Garut", "Kabid Pemerintahan Desa DPMD", "Kabupaten Garut"),
        ("Kepala Desa Sukamaju", None, "Kepala Desa", "Desa Sukamaju"),
    ],
)
def test_local_posts(role: str, region: str | None, label: str, area: str | None) -> None:
    post = canonical_post(role, region)
    assert post is not None
    assert (post.label, post.region.name if post.region else None) == (label, area)


def test_a_district_secretary_printed_short_is_one_post() -> None:
    assert same_post("Sekcam", "Sekretaris Kecamatan")


@pytest.mark.parametrize(
    ("role", "region", "area"),
    [
        # A regency whose Polres became a Polresta while the city of its name kept a Polres: the
        # bare "Polresta Cirebon" is the regency's, "Polres Cirebon Kota" the city's.
        ("Kapolresta", "Cirebon", "Kabupaten Cirebon"),
        ("Kapolresta", "Bandung", "Kabupaten Bandung"),
        ("Kasat Reskrim Polresta", "Tangerang", "Kabupaten Tangerang"),
        ("Kapolres", "Cirebon Kota", "Kota Cirebon"),
        ("Kapolresta", "Bogor Kota", "Kota Bogor"),
        ("Kapolrestabes", "Bandung", "Kota Bandung"),
        # a city's Polresta where no regency shares its name
        ("Kapolresta", "Mataram", "Kota Mataram"),
    ],
)
def test_a_polresta_s_area(role: str, region: str, area: str) -> None:
    post = canonical_post(role, region)
    assert post is not None
    assert post.region is not None
    assert post.region.name == area
