"""Regional posts as Indonesian regional news prints them, and the region each serves: the region
in brackets or after "se-" (all of), a court or a graded office named by its town, the head of a
ministry's office in a regency ("Kakan Kemenag"). Invented rows; real places."""

from __future__ import annotations

import pytest

from quotetrack.resolve.posts import canonical_post


@pytest.mark.parametrize(
    ("role", "region", "label", "area"),
    [
        # the post's region in brackets
        ("Ketua KPU (Kota Bandung)", None, "Ketua KPU", "Kota Bandung"),
        ("Kepala BPBD (Kabupaten Garut)", None, "Kepala BPBD", "Kabupaten Garut"),
        ("Kapolres (Garut)", None, "Kapolres", "Kabupaten Garut"),
        ("Bupati Garut (Jawa Barat)", None, "Bupati", "Kabupaten Garut"),
        # "se-" before a region: the post of every body of the region
        ("Ketua Bawaslu se-Jawa Barat", None, "Ketua Bawaslu", "Jawa Barat"),
        ("Ketua PGRI se-Kabupaten Garut", None, "Ketua PGRI", "Kabupaten Garut"),
        ("Ketua Forum Kades se-Kecamatan Cikajang", None, "Ketua Forum Kades", "Kecamatan Cikajang"),
        # a court named by its town
        ("Ketua Pengadilan Negeri Garut", None, "Ketua Pengadilan Negeri", "Kabupaten Garut"),
        ("Ketua PN Garut", None, "Ketua PN", "Kabupaten Garut"),
        ("Ketua Pengadilan Agama Garut", None, "Ketua Pengadilan Agama", "Kabupaten Garut"),
        # a graded office named by its town; a prison named otherwise keeps its name
        ("Kalapas Kelas IIA Garut", None, "Kalapas Kelas IIA", "Kabupaten Garut"),
        ("Kepala Lapas Kelas IIB Cianjur", None, "Kepala Lapas Kelas IIB", "Kabupaten Cianjur"),
        ("Kalapas Sukamiskin", None, "Kalapas Sukamiskin", None),
        # the head of the ministry of religion's office in a regency or a city
        ("Kakan Kemenag Garut", None, "Kepala Kantor Kemenag", "Kabupaten Garut"),
        ("Kakan Kemenag Kota Depok", None, "Kepala Kantor Kemenag", "Kota Depok"),
        ("Kakan Kemenag", "Kabupaten Kuningan", "Kepala Kantor Kemenag", "Kabupaten Kuningan"),
    ],
)
def test_regional_posts_as_filed(role: str, region: str | None, label: str, area: str | None) -> None:
    post = canonical_post(role, region)
    assert post is not None
    assert (post.label, post.region.name if post.region else None) == (label, area)
