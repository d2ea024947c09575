"""One post however an article cases its words: "Menteri Koordinator Bidang Politik ..." and
"Menteri Koordinator bidang Politik ..." are one membership of one official. Both databases."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, select

from quotetrack.models import Membership, Official
from quotetrack.pipeline import ingest_paths

ARTICLES = {
    "a.txt": (
        "Keamanan Pemilu Terjamin\n\n"
        "JAKARTA, Senin (6/11/2023) - Pemerintah menjamin keamanan pemilu.\n"
        '"Aparat sudah siap di semua daerah," kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan '
        "Budi Hartono.\n"
    ),
    "b.txt": (
        "Aparat Siaga Jelang Pencoblosan\n\n"
        "JAKARTA, Selasa (7/11/2023) - Aparat bersiaga menjelang pencoblosan.\n"
        '"Kami pastikan tidak ada gangguan di tempat pemungutan suara," kata Menteri Koordinator bidang Politik, '
        "Hukum, dan Keamanan Budi Hartono.\n"
    ),
}


def test_a_post_cased_two_ways_is_one_membership(engine: sa.Engine, tmp_path: Path) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    for name in ARTICLES:  # one ingest each: the second finds the first's membership in the database
        report = ingest_paths([tmp_path / name], engine=engine, max_bytes=1_000_000)
        assert report.ok, report.errors
    with Session(engine) as session:
        (official,) = session.exec(select(Official).where(Official.name == "Budi Hartono")).all()
        roles = session.exec(select(Membership.role).where(Membership.official_id == official.id)).all()
    assert len(roles) == 1 and roles[0].casefold().startswith("menteri koordinator bidang politik")
