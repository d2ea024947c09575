"""A mention that begins inside a post's list of fields never gives the statement a post that
opens with the list's conjunction."""

from __future__ import annotations

from quotetrack.extract import extract


def test_a_post_cut_inside_its_list_of_fields_gives_the_post_the_article_prints() -> None:
    """The mention began at a comma inside "Politik, Hukum, dan Keamanan": the statement carries
    the post the article gives the minister, never "dan Keamanan (Menko Polhukam)"."""
    text = (
        "Berita\n\n"
        "JAKARTA - Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam) sekaligus calon "
        "wakil presiden dari poros Partai Maju, Hartono Wijaya mengungkapkan, ia sempat mendapat tawaran "
        "dari dua kubu lain.\n\n"
        "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Hartono Wijaya mengatakan semua tawaran itu "
        "ditolaknya dengan baik.\n"
    )
    roles = {s.role for s in extract(text).statements if s.speaker == "Hartono Wijaya"}
    assert roles and not any(role.casefold().startswith("dan ") for role in roles if role), roles
