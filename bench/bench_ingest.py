"""Benchmark: end-to-end ingest of generated articles into SQLite and PostgreSQL, 1 and 2 jobs.

usage: python bench/bench_ingest.py [--articles 2000] [--jobs 1 2] [--postgres URL] [--kind mix] [--profile N]
Articles are generated in the shapes of ../shared/corpus (title line, dateline, Indonesian dates,
direct quotes and reported speech by officials, bylines) from word pools in this file; no corpus
text is copied. Each run starts from an empty database. Prints articles/s, and the CPU time per
article of the parent process (which stores; with 1 job it also reads and extracts) and of the
worker processes; it does not assert.
--profile N runs each ingest under cProfile and prints the parent's N costliest functions
(cumulative CPU time, not wall time, which a shared machine makes noisy; workers are not
profiled), to see what the storing side spends its time on.
PostgreSQL runs when --postgres (or QUOTETRACK_BENCH_POSTGRES_URL) names a scratch database:
its public schema is dropped and recreated.
"""

from __future__ import annotations

import argparse
import cProfile
import html
import json
import os
import pstats
import random
import resource
import tempfile
import time
from pathlib import Path

FIRST = [
    "Abdul",
    "Budi",
    "Siti",
    "Rudi",
    "Dewi",
    "Agus",
    "Hendra",
    "Rina",
    "Yusuf",
    "Lalu",
    "Made",
    "Nur",
    "Dedi",
    "Fajar",
    "Wahyu",
    "Ratna",
    "Bambang",
    "Sri",
    "Imam",
    "Teguh",
    "Andi",
    "Maria",
    "Joko",
    "Eko",
]
LAST = [
    "Wahid",
    "Santoso",
    "Rahayu",
    "Hidayat",
    "Saputra",
    "Mulyadi",
    "Iqbal",
    "Gunawan",
    "Siregar",
    "Nasution",
    "Pratama",
    "Kusuma",
    "Harahap",
    "Lubis",
    "Setiawan",
    "Wijaya",
    "Purnomo",
    "Halim",
]
PLACES = [
    "Subang",
    "Pekanbaru",
    "Mataram",
    "Solo",
    "Bandung",
    "Medan",
    "Makassar",
    "Padang",
    "Kupang",
    "Banyuwangi",
    "Bogor",
    "Serang",
    "Jambi",
    "Ambon",
    "Palu",
    "Kendari",
]
ROLES = [
    ("Bupati", "{place}"),
    ("Wali Kota", "{place}"),
    ("Gubernur", "{province}"),
    ("Wakil Bupati", "{place}"),
    ("Ketua DPRD", "{place}"),
    ("Kepala Dinas Kesehatan", "{place}"),
    ("Sekda", "{place}"),
]
PROVINCES = ["Riau", "Jawa Barat", "NTB", "Jawa Tengah", "Sumatera Utara", "Sulawesi Selatan", "Banten"]
OUTLETS = ["JMI", "KOMPAS", "ANTARA", "detikcom", "Tribun", "Radar"]
CUES = ["kata", "ujar", "ucapnya", "tegasnya", "jelas", "tutur"]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
SUBJECTS = [
    "harga cabai dan beras",
    "perbaikan jalan desa",
    "penanganan banjir",
    "anggaran pendidikan",
    "target pajak daerah",
    "pelayanan puskesmas",
    "distribusi pupuk",
    "pengangkatan guru honorer",
    "inflasi pangan",
    "pembangunan pasar rakyat",
    "air bersih",
    "pengelolaan sampah",
]
CLAIMS = [
    "harus selesai sebelum akhir tahun",
    "akan kami awasi setiap minggu",
    "tidak boleh ada pungutan liar",
    "sudah dianggarkan dalam APBD perubahan",
    "menjadi prioritas pemerintah daerah",
    "membutuhkan dukungan semua pihak",
    "akan dievaluasi bersama DPRD",
    "tidak akan ditunda lagi",
]
FILLER = [
    "Kegiatan tersebut dihadiri unsur Forkopimda, camat, dan kepala desa se-kabupaten.",
    "Sejumlah warga mengaku menunggu realisasi program itu sejak tahun lalu.",
    "Rapat berlangsung hingga sore hari dan ditutup dengan penandatanganan komitmen bersama.",
    "Data dinas terkait menunjukkan angka yang meningkat dibandingkan periode yang sama tahun lalu.",
    "Warga berharap program tersebut tidak berhenti di tengah jalan.",
]


def _person(rng: random.Random) -> tuple[str, str, str]:
    place = rng.choice(PLACES)
    role, where = rng.choice(ROLES)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return name, role, where.format(place=place, province=rng.choice(PROVINCES))


def article(i: int, rng: random.Random) -> tuple[str, dict]:
    """One generated article file (title line, blank line, body) and its metadata."""
    speaker, role, region = _person(rng)
    other, other_role, other_region = _person(rng)
    place, outlet = rng.choice(PLACES), rng.choice(OUTLETS)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2023, 2024, 2025])
    subject = rng.choice(SUBJECTS)
    title = f"{role} {region} Soroti {subject.title()} ({i})"
    paragraphs = [
        f"{place}, {outlet} - {role} {region} {speaker} meninjau {subject} di {place}, "
        f"{rng.choice(WEEKDAYS)} ({day}/{month}/{year}). Kunjungan itu dilakukan bersama jajaran dinas terkait.",
        f'"Soal {subject}, ini {rng.choice(CLAIMS)}. Kami minta semua pihak bekerja keras," '
        f"{rng.choice(CUES)} {speaker}.",
        rng.choice(FILLER),
        f"Menurut {speaker}, {subject} {rng.choice(CLAIMS)} dan laporan perkembangannya dibuka untuk publik.",
        f"Sementara itu, {other_role} {other_region} {other} mengatakan pihaknya {rng.choice(CLAIMS)}.",
        f'"Kami tidak ingin warga menunggu terlalu lama. Nomor pengaduan {rng.randint(100, 999)} sudah aktif," '
        f"{rng.choice(CUES)} {other.split()[0]}.",
        rng.choice(FILLER),
        f"Pewarta: {rng.choice(FIRST)} {rng.choice(LAST)}",
    ]
    meta = {
        "title": title,
        "published": f"{year}-{month:02d}-{day:02d}",
        "outlet": outlet,
        "url": f"https://news.example/{place.lower()}/{i}",
    }
    return f"{title}\n\n" + "\n".join(paragraphs) + "\n", meta


def as_html(text: str, meta: dict) -> str:
    title, _, body = text.partition("\n\n")
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in body.strip().split("\n"))
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<meta property="og:site_name" content="{meta["outlet"]}"><link rel="canonical" href="{meta["url"]}">'
        f'<meta property="article:published_time" content="{meta["published"]}T08:00:00+07:00"></head><body>'
        f'<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav><article><h1>{html.escape(title)}</h1>'
        f"{paras}</article><footer>Hak cipta redaksi</footer></body></html>"
    )


def generate(folder: Path, n: int, *, kind: str = "txt", seed: int = 7) -> int:
    """Write n articles under folder: .txt files, .html pages, one .jsonl export, or a mix. Returns n."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(n):
        text, meta = article(i, rng)
        shape = kind if kind != "mix" else ("txt", "txt", "txt", "html", "jsonl")[i % 5]
        if shape == "txt":
            (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        elif shape == "html":
            (folder / f"{i:05d}.html").write_text(as_html(text, meta), encoding="utf-8")
        else:
            rows.append({**meta, "text": text.partition("\n\n")[2]})
    if rows:
        with (folder / "export.jsonl").open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return n


def _fresh(url: str):
    import sqlalchemy as sa

    from quotetrack.store.db import make_engine
    from quotetrack.store.migrate import upgrade

    engine = make_engine(url)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(sa.text("CREATE SCHEMA public"))
    upgrade(engine)
    return engine


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # worker processes, once the pool has ended
    return usage.ru_utime + usage.ru_stime


def run(folder: Path, url: str, jobs: int, profile: int = 0) -> tuple[float, float, float, object]:
    """(wall s, parent CPU s, workers' CPU s, report) of one ingest into a fresh database.

    profile > 0: the parent runs under cProfile and its `profile` costliest functions are printed
    (the profiler's own overhead is in the figures then).
    """
    from quotetrack.pipeline import ingest_paths

    engine = _fresh(url)
    profiler = cProfile.Profile(time.process_time) if profile else None
    began, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    if profiler is not None:
        profiler.enable()
    report = ingest_paths([folder], engine=engine, max_bytes=20_000_000, jobs=jobs)
    elapsed = time.perf_counter() - began
    cpu, children = time.process_time() - cpu, _children_cpu() - children
    if profiler is not None:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(profile)
    engine.dispose()
    return elapsed, cpu, children, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--kind", choices=["txt", "html", "jsonl", "mix"], default="mix")
    parser.add_argument(
        "--postgres",
        default=os.environ.get("QUOTETRACK_BENCH_POSTGRES_URL"),
        help="scratch PostgreSQL URL (its public schema is dropped)",
    )
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="profile the parent process and print its N costliest functions",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qt-bench-") as tmp:
        folder = Path(tmp) / "articles"
        generate(folder, args.articles, kind=args.kind)
        targets = [("sqlite", f"sqlite:///{Path(tmp) / 'bench.db'}")]
        if args.postgres:
            targets.append(("postgresql", args.postgres))
        print(f"{args.articles} generated articles ({args.kind}), {os.cpu_count()} cores")
        for name, url in targets:
            for jobs in args.jobs:
                if name == "sqlite":
                    for suffix in ("", "-wal", "-shm"):
                        Path(tmp, "bench.db" + suffix).unlink(missing_ok=True)
                elapsed, cpu, children, report = run(folder, url, jobs, args.profile)
                n = max(report.articles, 1)  # type: ignore[attr-defined]
                print(
                    f"{name:10} jobs={jobs}  {report.articles / elapsed:7.1f} articles/s  "  # type: ignore[attr-defined]
                    f"{report.articles} articles, {report.statements} statements, "  # type: ignore[attr-defined]
                    f"{len(report.errors)} failed, {elapsed:.1f} s; CPU per article: "  # type: ignore[attr-defined]
                    f"{cpu / n * 1000:.1f} ms parent, {children / n * 1000:.1f} ms workers"
                )


if __name__ == "__main__":
    main()
