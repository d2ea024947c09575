"""A small invented corpus for the search tests: officials, posts, outlets, dates and topics."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.models import Area, Article, Membership, Official, Statement
from quotetrack.store import writes
from quotetrack.topics import load_taxonomy, tag_text


@dataclass(frozen=True)
class Row:
    text: str
    speaker: str
    outlet: str
    day: dt.date
    kind: str = "direct"
    language: str = "id"


PEOPLE = {
    # name: (role, region, province)
    "Ahmad Fauzi": ("Bupati", "Kabupaten Pemalang", "Jawa Tengah"),
    "Sri Wahyuni": ("Wali Kota", "Kota Bekasi", "Jawa Barat"),
    "Budi Santoso": ("Gubernur", "Jawa Barat", None),
}

ROWS = [
    Row(
        "Seluruh ASN wajib menjaga netralitas selama pilkada berlangsung",
        "Ahmad Fauzi",
        "Kabar Pantura",
        dt.date(2024, 9, 2),
    ),
    Row(
        "Kami minta kenetralan aparatur dijaga sampai pemungutan suara",
        "Sri Wahyuni",
        "Warta Bekasi",
        dt.date(2024, 10, 5),
        kind="indirect",
    ),
    Row(
        "Pegawai yang tidak netral akan kami laporkan ke Bawaslu",
        "Budi Santoso",
        "Harian Priangan",
        dt.date(2024, 11, 1),
    ),
    Row(
        "Warga Pemalang diminta ikut menjaga keamanan dan ketertiban",
        "Ahmad Fauzi",
        "Kabar Pantura",
        dt.date(2023, 3, 14),
    ),
    Row(
        "Harga beras dan cabai di pasar Bekasi naik menjelang lebaran",
        "Sri Wahyuni",
        "Warta Bekasi",
        dt.date(2023, 4, 2),
    ),
    Row("Barang bekas dari gudang akan dilelang", "Budi Santoso", "Harian Priangan", dt.date(2022, 1, 20)),
    Row(
        "Civil servants must stay neutral during the regional elections",
        "Budi Santoso",
        "Jakarta Daily",
        dt.date(2024, 8, 30),
        language="en",
    ),
    Row("Netralitas ASN adalah harga mati", "Sri Wahyuni", "Kabar Pantura", dt.date(2024, 7, 1)),
]

# Words one slip away from others (stunting, anggaran, beras and berat), for spelling suggestions.
SPELLING_DAY = dt.date(2024, 5, 6)
SPELLING_ROWS = [
    Row("Angka stunting di desa kami turun tahun ini", "Ahmad Fauzi", "Kabar Pantura", SPELLING_DAY),
    Row(
        "Anggaran kesehatan untuk stunting kami naikkan",
        "Sri Wahyuni",
        "Warta Bekasi",
        SPELLING_DAY,
        kind="indirect",
    ),
    Row("Anggaran pendidikan tidak boleh dipotong", "Budi Santoso", "Harian Priangan", SPELLING_DAY),
    Row("Kami bahas anggaran bersama dewan", "Ahmad Fauzi", "Kabar Pantura", SPELLING_DAY),
    Row("Harga beras di pasar Bekasi naik lagi", "Sri Wahyuni", "Warta Bekasi", SPELLING_DAY),
    Row("Stok beras aman sampai lebaran", "Budi Santoso", "Harian Priangan", SPELLING_DAY),
    Row("Beban kerja guru terlalu berat", "Ahmad Fauzi", "Kabar Pantura", SPELLING_DAY),
]


def build(engine: sa.Engine, rows: list[Row] = ROWS) -> dict[str, int]:
    """Store `rows` (one article each) and return official name -> id."""
    with Session(engine) as session:
        topic_ids = writes.ensure_topics(session=session, taxonomy=load_taxonomy())
        officials: dict[str, int] = {}
        posts: dict[str, int] = {}
        for name, (role, region, province) in PEOPLE.items():
            official = writes.create_official(session=session, name=name)
            parent = writes.ensure_area(session=session, name=province, level="provinsi") if province else None
            area = writes.ensure_area(session=session, name=region, level="kabupaten" if province else "provinsi")
            if parent is not None:
                area.parent_id = parent.id
            membership = Membership(official_id=official.id, role=role, area_id=area.id)
            session.add(membership)
            session.flush()
            officials[name] = official.id
            posts[name] = membership.id
        for i, row in enumerate(rows):
            article = writes.add_article(
                session=session,
                article=Article(
                    outlet=row.outlet,
                    title=f"Artikel {i}",
                    language=row.language,
                    published=row.day,
                    text=row.text,
                    sha256=hashlib.sha256(f"{i}:{row.text}".encode()).hexdigest(),
                ),
            )
            stmt = Statement(
                article_id=article.id,
                kind=row.kind,
                text=row.text,
                start=0,
                end=len(row.text),
                date=row.day,
                official_id=officials[row.speaker],
                membership_id=posts[row.speaker],
                confidence=0.9,
            )
            writes.add_statements(
                session=session, statements=[stmt], topics=[[topic_ids[t] for t in tag_text(row.text)]]
            )
        session.commit()
        return officials


def add_official(session: Session, name: str) -> Official:
    return writes.create_official(session=session, name=name)


__all__ = ["Area", "PEOPLE", "ROWS", "Row", "SPELLING_DAY", "SPELLING_ROWS", "add_official", "build"]
