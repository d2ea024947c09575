"""Benchmark: one very large article (repeated copies of a short one, as a hostile upload would be)
ingested into an empty database and into one holding other reports of the same quotes.

usage: python bench/bench_big_article.py [--mib 2] [--articles 500]
Prints wall time of the ingest, the time spent clustering corroborating reports
(store.corroborate.cluster_new) and the statements stored; it does not assert. The short
article is invented; `--articles` generated articles (bench_ingest.generate) plus the short
article itself (another outlet's report of the same quotes) fill the second database.

Measured on the shared 2-core machine, --mib 2 --articles 500 (5,309 copies, 15,927 statements),
December 2026 (issue 17, point 4):
  before: empty database 565.4 s (17.9 s clustering; most of the rest topics.sentence_around
          scanning from the top of the article for every statement); 501 articles: not done
          after the remaining ~15 minutes of a 25-minute limit.
  after:  empty database 19.8 s (0.96 s clustering); 501 articles 41.5 s (0.73 s clustering).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

SHORT = (
    "Subang, Warta - Bupati Subang Budi Santoso meninjau perbaikan jalan desa di Kecamatan Pagaden, "
    "Kamis (30/5/2024).\n\n"
    '"Jalan ini harus selesai sebelum musim hujan, kami akan awasi setiap minggu," kata Budi Santoso.\n\n'
    "Menurut Budi Santoso, anggaran perbaikan sudah disiapkan dalam APBD perubahan tahun ini.\n\n"
    '"Warga tidak perlu khawatir, dinas pekerjaan umum sudah menyiapkan alat berat," ujar Budi.\n\n'
)


def _timed_clustering() -> list[float]:
    """Wrap cluster_new where the pipeline calls it; returns the list its durations go into."""
    import quotetrack.pipeline as pipeline

    spent: list[float] = []
    inner = pipeline.cluster_new

    def timed(**kwargs):
        began = time.perf_counter()
        try:
            return inner(**kwargs)
        finally:
            spent.append(time.perf_counter() - began)

    pipeline.cluster_new = timed  # type: ignore[assignment]
    return spent


def main() -> None:
    from bench.bench_ingest import _fresh, generate
    from quotetrack.pipeline import ingest_paths

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mib", type=float, default=2.0)
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    spent = _timed_clustering()
    with tempfile.TemporaryDirectory(prefix="qt-bench-big-") as tmp:
        big = Path(tmp) / "big.txt"
        copies = int(args.mib * 1024 * 1024 / len(SHORT.encode()))
        big.write_text("Judul: Jalan Desa Subang\n\n" + SHORT * copies, encoding="utf-8")
        others = Path(tmp) / "others"
        generate(others, args.articles, kind="txt")
        (others / "short.txt").write_text("Jalan Desa Subang Diperbaiki\n\n" + SHORT, encoding="utf-8")
        print(f"one article of {big.stat().st_size / 2**20:.1f} MiB ({copies} copies of a short one)")
        for label, prefill in (("empty database", None), (f"{args.articles + 1} articles", others)):
            engine = _fresh(f"sqlite:///{Path(tmp) / (label.split()[0] + '.db')}")
            if prefill is not None:
                ingest_paths([prefill], engine=engine, max_bytes=20_000_000, jobs=1)
            spent.clear()
            began = time.perf_counter()
            report = ingest_paths([big], engine=engine, max_bytes=20_000_000, jobs=1)
            elapsed = time.perf_counter() - began
            print(
                f"into {label:16} {elapsed:7.1f} s ({sum(spent):6.2f} s clustering), "
                f"{report.statements} statements, {len(report.errors)} failed"
            )
            engine.dispose()


if __name__ == "__main__":
    main()
