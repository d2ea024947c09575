"""The area a police command serves, by the police's own organisation (text/data/police_commands.tsv):
some regencies' commands are Polresta while the city of the same name keeps a Polres printed
with "Kota" after its name; Polrestabes serve cities; Barelang is Batam's command. Invented rows."""

from __future__ import annotations

import pytest

from quotetrack.extract import extract
from quotetrack.resolve.posts import canonical_post
from quotetrack.text.clean import prepare


@pytest.mark.parametrize(
    ("role", "region", "label", "area"),
    [
        # the head's own post names the command as the unit's does
        ("Kapolresta Bandung", None, "Kapolresta", "Kabupaten Bandung"),
        ("Kapolresta", "Bandung", "Kapolresta", "Kabupaten Bandung"),
        ("Kapolrestabes", "Bandung", "Kapolrestabes", "Kota Bandung"),
        ("Kapolresta", "Deli Serdang", "Kapolresta", "Kabupaten Deli Serdang"),
        ("Kasat Reskrim Polresta", "Magelang", "Kasat Reskrim", "Kabupaten Magelang"),
        ("Kapolresta Barelang", None, "Kapolresta", "Kota Batam"),
        ("Kapolresta", "Barelang", "Kapolresta", "Kota Batam"),
        # a command printed with "Kota" after its name is the city's
        ("Kapolresta Malang Kota", None, "Kapolresta", "Kota Malang"),
        ("Kapolres Cirebon Kota", None, "Kapolres", "Kota Cirebon"),
        ("Kapolres Tasikmalaya Kota", None, "Kapolres", "Kota Tasikmalaya"),
        ("Kasat Lantas Polres Cirebon Kota", None, "Kasat Lantas Polres", "Kota Cirebon"),
        # Jakarta's commands print "Metro" before their area; Lampung's city is called Metro
        ("Kapolres Metro Jakarta Selatan", None, "Kapolres", "Kota Administrasi Jakarta Selatan"),
        ("Kapolres Metro Bekasi Kota", None, "Kapolres", "Kota Bekasi"),
        ("Kapolres Metro", None, "Kapolres", "Kota Metro"),
    ],
)
def test_the_area_a_police_command_serves(role: str, region: str | None, label: str, area: str) -> None:
    post = canonical_post(role, region)
    assert post is not None
    assert (post.label, post.region.name if post.region else None) == (label, area)


def test_a_head_printed_bare_serves_the_command_the_story_names() -> None:
    raw = (
        "Jalur mudik\n\nSOREANG - Polresta Bandung menutup jalur alternatif selama libur panjang."
        ' "Kami alihkan kendaraan ke jalan tol," kata Kapolresta Kombes Iwan Hermawanto, Jumat.'
    )
    text, meta = prepare(raw)
    statements = extract(text, meta=meta, lang="id").statements
    posts = [canonical_post(s.role, s.region) for s in statements]
    assert [
        (s.speaker, p.label if p else None, p.region.name if p and p.region else None)
        for s, p in zip(statements, posts, strict=True)
    ] == [("Iwan Hermawanto", "Kapolresta", "Kabupaten Bandung")]
