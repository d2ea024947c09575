"""A synthetic QuoteTrack database of any size, for benchmarks (never for tests of quality).

Indonesian-like statements over a fixed vocabulary, officials with posts in real-looking
regions, articles from a handful of outlets, ten years of dates, topic links. Rows go in with
bulk Core inserts, so a million statements take minutes, not hours.

    python bench/synth.py sqlite:////tmp/qt100k.db --statements 100000
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
import time
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quotetrack.models import (
    Area,
    Article,
    Membership,
    Official,
    OfficialAlias,
    Statement,
    StatementTopic,
    Topic,
    utcnow,
)
from quotetrack.store.db import make_engine, refresh_statistics
from quotetrack.store.migrate import upgrade
from quotetrack.text.stem import stem_word
from quotetrack.topics import load_taxonomy

WORDS = [
    "kita",
    "akan",
    "terus",
    "menjaga",
    "netralitas",
    "aparatur",
    "sipil",
    "negara",
    "selama",
    "pelaksanaan",
    "pilkada",
    "serentak",
    "tahun",
    "ini",
    "pemerintah",
    "daerah",
    "berkomitmen",
    "memastikan",
    "keamanan",
    "dan",
    "ketertiban",
    "masyarakat",
    "tetap",
    "kondusif",
    "anggaran",
    "pembangunan",
    "jalan",
    "dan",
    "jembatan",
    "harus",
    "tepat",
    "sasaran",
    "harga",
    "bahan",
    "pokok",
    "seperti",
    "beras",
    "cabai",
    "dan",
    "minyak",
    "goreng",
    "mulai",
    "stabil",
    "koordinasi",
    "dengan",
    "kepolisian",
    "kejaksaan",
    "dan",
    "tni",
    "berjalan",
    "baik",
    "penyelenggara",
    "pemilu",
    "diminta",
    "bekerja",
    "profesional",
    "dan",
    "berintegritas",
    "bantuan",
    "bencana",
    "banjir",
    "sudah",
    "disalurkan",
    "kepada",
    "warga",
    "terdampak",
    "layanan",
    "kesehatan",
    "di",
    "puskesmas",
    "akan",
    "ditingkatkan",
    "korupsi",
    "tidak",
    "boleh",
    "ditoleransi",
    "sedikit",
    "pun",
    "dana",
    "transfer",
    "ke",
    "daerah",
    "dipangkas",
    "sehingga",
    "pendapatan",
    "asli",
    "daerah",
    "harus",
    "dinaikkan",
    "inflasi",
    "daerah",
    "terkendali",
    "berkat",
    "pasar",
    "murah",
]
GIVEN = [
    "Ahmad",
    "Budi",
    "Citra",
    "Dedi",
    "Eka",
    "Fajar",
    "Gita",
    "Hadi",
    "Indra",
    "Joko",
    "Kartika",
    "Lukman",
    "Maya",
    "Nanda",
    "Oki",
    "Putri",
    "Rudi",
    "Sri",
    "Tono",
    "Wati",
]
FAMILY = [
    "Santoso",
    "Wijaya",
    "Pratama",
    "Saputra",
    "Hidayat",
    "Nugroho",
    "Siregar",
    "Lubis",
    "Harahap",
    "Purba",
    "Kurniawan",
    "Setiawan",
    "Rahman",
]
POSTS = [
    ("Bupati", "kabupaten"),
    ("Wakil Bupati", "kabupaten"),
    ("Wali Kota", "kota"),
    ("Gubernur", "provinsi"),
    ("Pj. Bupati", "kabupaten"),
    ("Ketua DPRD", "kabupaten"),
    ("Kapolres", "kabupaten"),
    ("Sekda", "kabupaten"),
]
OUTLETS = ["Warta Daerah", "Kabar Nusantara", "Suara Rakyat", "Harian Kota", "Berita Satu Pulau", "Portal Jabar"]


def _chunks(rows: list[dict], size: int = 20_000):
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def build(url: str, *, statements: int, officials: int | None = None, seed: int = 7) -> sa.Engine:
    """Create (or fill) the database at `url` with `statements` synthetic statements."""
    rng = random.Random(seed)
    officials = officials or max(10, statements // 20)
    engine = make_engine(url)
    upgrade(engine)
    stems = {w: stem_word(w) for w in WORDS}
    taxonomy = load_taxonomy()
    now = utcnow()
    started = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(
            sa.insert(Topic.__table__),
            [{"slug": t.slug, "label_id": t.label_id, "label_en": t.label_en} for t in taxonomy],
        )
        topic_ids = [r[0] for r in conn.execute(sa.select(Topic.__table__.c.id))]
        provinces = [{"code": f"{p:02d}", "name": f"Provinsi {p:02d}", "level": "provinsi"} for p in range(11, 49)]
        conn.execute(sa.insert(Area.__table__), provinces)
        province_ids = [r[0] for r in conn.execute(sa.select(Area.__table__.c.id))]
        regencies = [
            {
                "code": f"{11 + i // 14:02d}.{i % 14 + 1:02d}",
                "name": f"Kabupaten Contoh {i}",
                "level": "kabupaten",
                "parent_id": province_ids[min(i // 14, len(province_ids) - 1)],
            }
            for i in range(514)
        ]
        conn.execute(sa.insert(Area.__table__), regencies)
        area_ids = [
            r[0] for r in conn.execute(sa.select(Area.__table__.c.id).where(Area.__table__.c.level == "kabupaten"))
        ]

        people = []
        for i in range(officials):
            name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {i}"
            people.append({"name": name, "sort_name": name, "created_at": now, "updated_at": now})
        for chunk in _chunks(people):
            conn.execute(sa.insert(Official.__table__), chunk)
        official_ids = [r[0] for r in conn.execute(sa.select(Official.__table__.c.id))]
        conn.execute(
            sa.insert(OfficialAlias.__table__),
            [
                {"official_id": oid, "name": p["name"], "key": p["name"].casefold()}
                for oid, p in zip(official_ids, people, strict=False)
            ],
        )
        memberships = []
        for oid in official_ids:
            post, _level = rng.choice(POSTS)
            memberships.append(
                {
                    "official_id": oid,
                    "role": post,
                    "area_id": rng.choice(area_ids),
                    "appointment": "acting" if post.startswith("Pj") else "elected",
                    "start_date": dt.date(2016, 1, 1),
                    "end_date": dt.date(2025, 12, 31),
                }
            )
        for chunk in _chunks(memberships):
            conn.execute(sa.insert(Membership.__table__), chunk)
        membership_of = {
            r[0]: r[1] for r in conn.execute(sa.select(Membership.__table__.c.official_id, Membership.__table__.c.id))
        }

        n_articles = max(1, statements // 8)
        articles = []
        for i in range(n_articles):
            day = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3650))
            body = " ".join(rng.choice(WORDS) for _ in range(60))
            articles.append(
                {
                    "title": f"Berita {i}: {' '.join(rng.sample(WORDS, 6))}",
                    "outlet": rng.choice(OUTLETS),
                    "language": "id",
                    "published": day,
                    "text": body,
                    "url": f"https://news.example/{i}",
                    "sha256": hashlib.sha256(f"{seed}-{i}".encode()).hexdigest(),
                    "retrieved_at": now,
                    "created_at": now,
                }
            )
        for chunk in _chunks(articles, 10_000):
            conn.execute(sa.insert(Article.__table__), chunk)
        article_rows = list(conn.execute(sa.select(Article.__table__.c.id, Article.__table__.c.published)))

        links = []
        next_id = (conn.execute(sa.select(sa.func.max(Statement.__table__.c.id))).scalar() or 0) + 1
        batch: list[dict] = []
        for n in range(statements):
            aid, day = article_rows[n % len(article_rows)]
            oid = official_ids[rng.randrange(len(official_ids))]
            words = [rng.choice(WORDS) for _ in range(rng.randint(12, 30))]
            text = " ".join(words)
            batch.append(
                {
                    "id": next_id + n,
                    "article_id": aid,
                    "official_id": oid,
                    "membership_id": membership_of[oid],
                    "kind": rng.choice(("direct", "indirect")),
                    "text": text,
                    "stem": " ".join(stems[w] for w in words),
                    "start": 0,
                    "end": len(text),
                    "paragraph": 0,
                    "date": day,
                    "confidence": round(rng.uniform(0.3, 0.95), 2),
                    "status": "published",
                    "created_at": now,
                    "updated_at": now,
                }
            )
            links.append({"statement_id": next_id + n, "topic_id": rng.choice(topic_ids)})
            if len(batch) == 20_000:
                conn.execute(sa.insert(Statement.__table__), batch)
                conn.execute(sa.insert(StatementTopic.__table__), links)
                batch, links = [], []
        if batch:
            conn.execute(sa.insert(Statement.__table__), batch)
            conn.execute(sa.insert(StatementTopic.__table__), links)
    refresh_statistics(engine)
    print(
        f"built {statements:,} statements, {officials:,} officials, {n_articles:,} articles "
        f"in {time.perf_counter() - started:.1f} s at {url}",
        file=sys.stderr,
    )
    return engine


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("url")
    ap.add_argument("--statements", type=int, default=100_000)
    ap.add_argument("--officials", type=int, default=None)
    args = ap.parse_args()
    build(args.url, statements=args.statements, officials=args.officials)


if __name__ == "__main__":
    main()
