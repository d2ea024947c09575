"""Search latency at scale: generate N statements, time each kind of query through the search
functions and as raw SQL through the driver, print p50/p95 and the ratio.

    .venv/bin/python bench/bench_search.py --n 1000000                       # SQLite (a temp file)
    .venv/bin/python bench/bench_search.py --n 1000000 --postgres postgresql+psycopg://postgres@127.0.0.1:5432/scratch_search

The PostgreSQL database must be a scratch one: its public schema is dropped and recreated.
Text is Indonesian-like: real roots with real affixes, Zipf-distributed, names and places.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from itertools import accumulate
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quotetrack.store.cache import clear as clear_memo
from quotetrack.store.claims import content_words, match_claim
from quotetrack.store.db import make_engine
from quotetrack.store.facets import facet_counts
from quotetrack.store.filters import StatementFilter
from quotetrack.store.migrate import upgrade
from quotetrack.store.query import parse_query
from quotetrack.store.search import search_statements
from quotetrack.text.stem import stem_word

ROOTS = [
    "jaga",
    "netral",
    "aman",
    "tertib",
    "kondusif",
    "pilih",
    "lapor",
    "awas",
    "tangan",
    "bangun",
    "anggar",
    "biaya",
    "harga",
    "pangan",
    "beras",
    "cabai",
    "minyak",
    "telur",
    "pasar",
    "murah",
    "naik",
    "turun",
    "tambah",
    "kurang",
    "bantu",
    "sehat",
    "sakit",
    "obat",
    "rawat",
    "rumah",
    "jalan",
    "jembatan",
    "air",
    "banjir",
    "longsor",
    "gempa",
    "bencana",
    "cegah",
    "tanggul",
    "korupsi",
    "suap",
    "periksa",
    "sidik",
    "tangkap",
    "hukum",
    "adil",
    "putus",
    "sidang",
    "kerja",
    "pekerja",
    "gaji",
    "upah",
    "didik",
    "sekolah",
    "guru",
    "murid",
    "ajar",
    "latih",
    "desa",
    "kota",
    "daerah",
    "warga",
    "rakyat",
    "layan",
    "tugas",
    "atur",
    "pimpin",
    "kuasa",
    "wenang",
    "rencana",
    "usul",
    "bahas",
    "setuju",
    "tolak",
    "dukung",
    "kritik",
    "minta",
    "harap",
    "imbau",
    "ingat",
    "tegas",
    "jelas",
    "ungkap",
    "sampai",
    "kata",
    "sebut",
    "nilai",
    "ukur",
    "hitung",
    "data",
    "catat",
    "daftar",
    "calon",
    "suara",
    "hasil",
    "kampanye",
    "partai",
    "koalisi",
    "debat",
    "program",
    "janji",
    "capai",
    "target",
    "tahap",
    "waktu",
    "tahun",
    "bulan",
    "minggu",
    "hari",
    "pagi",
    "malam",
    "pusat",
    "provinsi",
    "kabupaten",
    "camat",
    "lurah",
    "kepala",
    "dinas",
    "badan",
    "lembaga",
    "kantor",
    "pegawai",
    "aparatur",
    "sipil",
    "negara",
    "polisi",
    "tentara",
    "adat",
    "agama",
    "budaya",
    "wisata",
    "tani",
    "nelayan",
    "ternak",
    "kebun",
    "hutan",
    "tanah",
    "lahan",
    "sawah",
    "irigasi",
    "tanam",
    "panen",
    "pupuk",
    "bibit",
    "stok",
    "gudang",
    "distribusi",
    "kirim",
    "angkut",
    "kapal",
    "pelabuhan",
    "bandara",
    "listrik",
    "energi",
    "bahan",
    "bakar",
    "subsidi",
    "pajak",
    "retribusi",
    "pendapatan",
    "belanja",
    "hemat",
    "efisien",
    "defisit",
    "utang",
    "modal",
    "usaha",
    "dagang",
    "toko",
    "jual",
    "beli",
    "untung",
    "rugi",
    "ekonomi",
    "tumbuh",
    "inflasi",
    "stabil",
    "krisis",
    "dampak",
    "akibat",
    "sebab",
    "faktor",
    "masalah",
    "solusi",
    "jalan",
    "keluar",
    "upaya",
    "langkah",
    "kebijakan",
    "aturan",
    "regulasi",
    "izin",
    "sanksi",
    "denda",
    "awasi",
    "pantau",
    "evaluasi",
    "kaji",
    "teliti",
    "riset",
    "temu",
    "rapat",
    "koordinasi",
    "sinergi",
    "kolaborasi",
    "komunikasi",
    "informasi",
    "berita",
    "media",
    "sosial",
    "digital",
    "aplikasi",
    "sistem",
    "layanan",
    "publik",
    "transparan",
    "akuntabel",
    "integritas",
    "disiplin",
    "profesional",
    "komitmen",
    "tanggung",
    "jawab",
]
PREFIXES = ["", "", "", "me", "di", "ber", "pe", "ke", "ter", "se"]
SUFFIXES = ["", "", "", "kan", "an", "i", "nya"]
FUNCTION = [
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "untuk",
    "dengan",
    "akan",
    "ini",
    "itu",
    "tidak",
    "kami",
    "kita",
    "juga",
    "sudah",
    "harus",
    "bisa",
    "para",
    "pada",
    "dalam",
    "oleh",
    "karena",
    "agar",
    "supaya",
    "tetapi",
    "namun",
    "bahwa",
    "serta",
    "atau",
    "lebih",
    "masih",
    "telah",
    "sangat",
    "semua",
    "setiap",
]
FIRST = [
    "Ahmad",
    "Budi",
    "Siti",
    "Sri",
    "Agus",
    "Dedi",
    "Eko",
    "Hendra",
    "Indra",
    "Joko",
    "Lukman",
    "Made",
    "Nur",
    "Rina",
    "Slamet",
    "Teguh",
    "Wahyu",
    "Yusuf",
    "Andi",
    "Bambang",
    "Dewi",
    "Fitri",
    "Gita",
    "Hadi",
    "Iwan",
    "Kartika",
    "Lestari",
    "Mulyadi",
    "Nanang",
    "Oki",
    "Putu",
    "Rahmat",
    "Sutrisno",
    "Taufik",
    "Umar",
    "Wayan",
    "Yanti",
    "Zainal",
]
LAST = [
    "Santoso",
    "Wahyuni",
    "Fauzi",
    "Hidayat",
    "Saputra",
    "Pratama",
    "Kusuma",
    "Setiawan",
    "Gunawan",
    "Nugroho",
    "Purnomo",
    "Susanto",
    "Wibowo",
    "Rahman",
    "Hakim",
    "Syahputra",
    "Lubis",
    "Siregar",
    "Nasution",
    "Harahap",
    "Simanjuntak",
    "Sitompul",
    "Tanjung",
    "Daulay",
    "Pane",
    "Rangkuti",
    "Batubara",
]
PLACES = [
    "Pemalang",
    "Bekasi",
    "Subang",
    "Bogor",
    "Garut",
    "Cianjur",
    "Tegal",
    "Brebes",
    "Kendal",
    "Demak",
    "Kudus",
    "Pati",
    "Rembang",
    "Blora",
    "Sragen",
    "Klaten",
    "Boyolali",
    "Magelang",
    "Purworejo",
    "Kebumen",
    "Cilacap",
    "Banyumas",
    "Purbalingga",
    "Banjarnegara",
    "Wonosobo",
    "Temanggung",
    "Semarang",
    "Batang",
    "Pekalongan",
    "Jepara",
    "Grobogan",
    "Karanganyar",
    "Wonogiri",
    "Sukoharjo",
    "Sleman",
    "Bantul",
    "Gunungkidul",
    "Kulonprogo",
    "Malang",
    "Sidoarjo",
    "Gresik",
    "Lamongan",
    "Tuban",
    "Bojonegoro",
    "Ngawi",
    "Madiun",
    "Magetan",
    "Ponorogo",
    "Pacitan",
    "Trenggalek",
    "Tulungagung",
    "Blitar",
    "Kediri",
    "Nganjuk",
    "Jombang",
    "Mojokerto",
    "Pasuruan",
    "Probolinggo",
    "Lumajang",
    "Jember",
    "Bondowoso",
    "Situbondo",
    "Banyuwangi",
]
PROVINCES = ["Jawa Barat", "Jawa Tengah", "Jawa Timur", "DI Yogyakarta", "Banten", "Riau", "Bali", "Aceh"]
ROLES = ["Bupati", "Wali Kota", "Gubernur", "Wakil Bupati", "Kapolres", "Ketua DPRD", "Sekda", "Kepala Dinas"]
OUTLETS = [f"Media {i:02d}" for i in range(40)]
START = dt.date(2015, 1, 1)
# The search's GIN indexes (migration 0017), built after the rows are loaded.
PG_INDEXES = {"ix_statement_words": "ts_filter(tsv, '{a}')", "ix_statement_stems": "ts_filter(tsv, '{b}')"}


def vocabulary(rng: random.Random) -> list[str]:
    forms = {p + r + s for r in ROOTS for p in PREFIXES for s in SUFFIXES}
    words = sorted(forms)
    rng.shuffle(words)
    return FUNCTION + words  # function words first: the most frequent


def statements(n: int, officials: int, rng: random.Random) -> Iterator[tuple]:
    vocab = vocabulary(rng)
    yield from sentences(n, officials, rng, vocab, {w: stem_word(w) for w in vocab}, PLACES)


def sentences(
    n: int, officials: int, rng: random.Random, vocab: list[str], stem_of: dict[str, str], names: list[str]
) -> Iterator[tuple]:
    """`n` statement rows of Zipf-weighted words of `vocab` (most frequent first), stemmed by
    `stem_of` (a word it lacks is its own stem), three in ten with one of `names` inside."""
    cum = list(accumulate(1.0 / (i + 1) ** 1.05 for i in range(len(vocab))))
    for i in range(n):
        length = rng.randint(8, 36)
        words = rng.choices(vocab, cum_weights=cum, k=length)
        stems = [stem_of.get(w, w) for w in words]
        if rng.random() < 0.3:  # a name inside the sentence, kept unstemmed as stem_text does
            name = rng.choice(names)
            at = rng.randint(1, length - 1)
            words.insert(at, name)
            stems.insert(at, name.casefold())
        words[0] = words[0].capitalize()
        day = START + dt.timedelta(days=rng.randrange(3650))
        yield (i + 1, " ".join(words), " ".join(stems), rng.randint(1, officials), day, i // 3 + 1)


# --- loading ----------------------------------------------------------------------------------


def load(engine: sa.Engine, n: int, n_officials: int, seed: int, generate: Callable = statements) -> list[tuple]:
    """Fill a migrated, empty database; returns a sample of generated rows for the queries.
    `generate` yields the statements' rows as `statements` does (bench_suggest's vocabulary)."""
    rng = random.Random(seed)
    sqlite = engine.dialect.name == "sqlite"
    n_articles = n // 3 + 1
    now = dt.datetime.now(dt.UTC)
    sample: list[tuple] = []
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        if sqlite:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=OFF")
            for trig in ("statement_fts_ai", "statement_fts_ad", "statement_fts_au"):
                cur.execute(f"DROP TRIGGER IF EXISTS {trig}")
        else:
            for index in ("ix_statement_tsv", *PG_INDEXES):
                cur.execute(f"DROP INDEX IF EXISTS {index}")
        p = "?" if sqlite else "%s"
        areas = []
        for i, name in enumerate(PROVINCES, 1):
            areas.append((i, name, "provinsi", None))
        for i, name in enumerate(PLACES, len(PROVINCES) + 1):
            areas.append((i, f"Kabupaten {name}", "kabupaten", rng.randint(1, len(PROVINCES))))
        cur.executemany(f"INSERT INTO area (id, name, level, parent_id) VALUES ({p},{p},{p},{p})", areas)
        officials = [
            (i, f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}", f"{i}", now, now) for i in range(1, n_officials + 1)
        ]
        cur.executemany(
            f"INSERT INTO official (id, name, sort_name, created_at, updated_at) VALUES ({p},{p},{p},{p},{p})",
            officials,
        )
        memberships = [
            (i, rng.choice(ROLES), "elected", i, rng.randint(1, len(areas))) for i in range(1, n_officials + 1)
        ]
        cur.executemany(
            f"INSERT INTO membership (id, role, appointment, official_id, area_id) VALUES ({p},{p},{p},{p},{p})",
            memberships,
        )
        batch = []
        for a in range(1, n_articles + 1):
            day = START + dt.timedelta(days=rng.randrange(3650))
            batch.append((a, rng.choice(OUTLETS), "id", day, "", hashlib.sha256(str(a).encode()).hexdigest(), now, now))
            if len(batch) == 20_000 or a == n_articles:
                cur.executemany(
                    f"INSERT INTO article (id, outlet, language, published, text, sha256, retrieved_at, "
                    f"created_at) VALUES ({p},{p},{p},{p},{p},{p},{p},{p})",
                    batch,
                )
                batch = []
        insert = (
            f'INSERT INTO statement (id, kind, text, stem, start, "end", paragraph, date, confidence, status, '
            f"article_id, official_id, membership_id, created_at, updated_at) VALUES "
            f"({p},{p},{p},{p},0,1,0,{p},0.9,'published',{p},{p},{p},{p},{p})"
        )
        rows = []
        for sid, text, stem, official, day, article in generate(n, n_officials, rng):
            rows.append(
                (sid, "direct" if sid % 3 else "indirect", text, stem, day, article, official, official, now, now)
            )
            if sid % max(1, n // 400) == 0:
                sample.append((sid, text, official, day))
            if len(rows) == 20_000:
                cur.executemany(insert, rows)
                rows = []
        if rows:
            cur.executemany(insert, rows)
        raw.commit()
        if sqlite:
            cur.execute("INSERT INTO statement_fts(statement_fts) VALUES ('rebuild')")
            raw.commit()
            cur.execute("ANALYZE")
        else:
            cur.execute("CREATE INDEX ix_statement_tsv ON statement USING gin (tsv)")
            for index, expression in PG_INDEXES.items():  # as migration 0017 makes them
                cur.execute(f"CREATE INDEX {index} ON statement USING gin (({expression}))")
            raw.commit()
            cur.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()
    if sqlite:  # the triggers as migration 0004 made them, so writes after the load stay indexed
        with engine.begin() as conn:
            from quotetrack.store.migrate import alembic_config  # noqa: F401 - same package, for clarity

            conn.exec_driver_sql(
                "CREATE TRIGGER statement_fts_ai AFTER INSERT ON statement BEGIN "
                "INSERT INTO statement_fts(rowid, text, stem) VALUES (new.id, new.text, new.stem); END"
            )
            conn.exec_driver_sql(
                "CREATE TRIGGER statement_fts_ad AFTER DELETE ON statement BEGIN "
                "INSERT INTO statement_fts(statement_fts, rowid, text, stem) "
                "VALUES ('delete', old.id, old.text, old.stem); END"
            )
            conn.exec_driver_sql(
                "CREATE TRIGGER statement_fts_au AFTER UPDATE OF text, stem ON statement BEGIN "
                "INSERT INTO statement_fts(statement_fts, rowid, text, stem) "
                "VALUES ('delete', old.id, old.text, old.stem); "
                "INSERT INTO statement_fts(rowid, text, stem) VALUES (new.id, new.text, new.stem); END"
            )
    return sample


# --- timing ----------------------------------------------------------------------------------


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def timed(fn: Callable[[], object], runs: list[float]) -> None:
    t0 = time.perf_counter()
    fn()
    runs.append((time.perf_counter() - t0) * 1000)


class Capture:
    """Records the SQL the search functions send, so the same statements can be replayed through
    the bare driver: the ratio then measures exactly the Python around them (parsing, hydration
    of the 20 shown statements, highlighting)."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.statements: list[tuple[str, object]] = []
        self.on = False
        sa.event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, conn, cursor, statement, parameters, context, executemany) -> None:
        # Hydration (statement rows, topics) is the function's own work: only the index queries replay.
        # statement_pair, set_config and to_tsquery(CAST: a phrase's pairs, candidates and plan settings.
        marks = (
            "statement_fts",
            "tsv @@",
            "ts_filter(s.tsv",
            "max(id)",
            "statement_pair",
            "set_config",
            "to_tsquery(CAST",
        )
        if self.on and any(mark in statement for mark in marks):
            self.statements.append((statement, parameters))

    def record(self, fn: Callable[[], object]) -> list[tuple[str, object]]:
        self.statements, self.on = [], True
        try:
            fn()
        finally:
            self.on = False
        return self.statements


def buffers(engine: sa.Engine, fn: Callable[[], object]) -> tuple[int, list[tuple[int, str]]]:
    """Shared buffers (hit + read) of every SELECT `fn` sends, each replayed under EXPLAIN (ANALYZE,
    BUFFERS): the sum, and each statement's count with its plan. Load does not change them."""
    sent: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            sent.append((statement, parameters))

    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        clear_memo()
        fn()
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        plans = []
        for sql, params in sent:
            cur.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql, params)
            top = cur.fetchone()[0][0]
            cur.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
            text = "\n".join(row[0] for row in cur.fetchall())
            plan = top["Plan"]
            plans.append((plan["Shared Hit Blocks"] + plan["Shared Read Blocks"], text))
        raw.rollback()
    finally:
        raw.close()
    return sum(n for n, _ in plans), plans


def bench(
    engine: sa.Engine,
    sample: list[tuple],
    runs: int,
    seed: int,
    only: str | None = None,
    plans: str | None = None,
    order: str = "alternate",
) -> None:
    rng = random.Random(seed + 1)
    vocab = vocabulary(random.Random(seed))
    mid = [w for w in vocab[60:2500] if len(w) > 4]
    common = [w for w in vocab[:400] if len(w) > 4 and w not in FUNCTION][:40]
    picks = [rng.choice(sample) for _ in range(runs)]
    kinds: dict[str, list[tuple[Callable, Callable | None]]] = {}
    capture = Capture(engine)
    raw = engine.raw_connection()
    cur = raw.cursor()

    with Session(engine) as session:

        def search_case(q: str, **kw) -> tuple[Callable, Callable]:
            flt = StatementFilter(official_id=kw.get("official"), date_from=kw.get("date_from"))

            def ours() -> object:
                clear_memo()  # every run pays the index: answers are memoised per data version
                return search_statements(session=session, q=q, filters=flt, sort=kw.get("sort", "relevance"))

            sent = capture.record(ours)

            def replay() -> None:
                for sql, params in sent:
                    cur.execute(sql, params)
                    cur.fetchall()

            return ours, replay

        def want(name: str) -> bool:
            return only is None or only in name

        if want("one word"):
            kinds["one word"] = [search_case(rng.choice(mid)) for _ in range(runs)]
        if want("two words"):
            kinds["two words"] = [search_case(f"{rng.choice(mid)} {rng.choice(mid)}") for _ in range(runs)]
        if want("phrase"):
            phrases = []
            for _sid, text, _, _ in picks:
                words = text.split()
                at = rng.randrange(len(words) - 1)
                phrases.append(search_case(f'"{words[at]} {words[at + 1]}"'))
            kinds["phrase"] = phrases
        if want("word+official+date, by date"):
            kinds["word+official+date, by date"] = [
                search_case(
                    rng.choice(text.split()[1:]).strip(),
                    official=official,
                    date_from=day - dt.timedelta(days=730),
                    sort="date",
                )
                for _, text, official, day in picks
            ]
        if want("facet counts, common word"):
            kinds["facet counts, common word"] = [
                (lambda w=w: facet_counts(session=session, parsed=parse_query(w)), None)
                for w in (rng.choice(common) for _ in range(runs))
            ]
        if want("claim matching"):
            claims = []
            for _, text, _, _ in picks:
                words = text.split()
                kept = [w for w in words if rng.random() > 0.3] or words
                rng.shuffle(kept)
                claim = " ".join(kept[:16])
                if not content_words(claim):  # only function words left: not a claim anyone checks
                    claim = text
                claims.append((lambda c=claim: match_claim(session=session, claim=c), None))
            kinds["claim matching"] = claims

        if plans is not None:  # --buffers: count pages instead of timing
            print(f"{'query':32} {'median':>8} {'p95':>8} {'max':>8} {'sum':>10}  (shared buffers hit + read per call)")
            with open(plans, "w") as out:
                for name, cases in kinds.items():
                    counts = []
                    for i, (fn, _) in enumerate(cases):
                        total, each = buffers(engine, fn)
                        counts.append(total)
                        out.write(f"=== {name} #{i}: {total} buffers\n")
                        for n, text in each:
                            out.write(f"--- {n} buffers\n{text}\n")
                    print(
                        f"{name:32} {pct(counts, 0.5):8d} {pct(counts, 0.95):8d} {max(counts):8d} {sum(counts):10,d}",
                        flush=True,
                    )
            raw.close()
            return
        print(f"{'query':32} {'p50 ms':>8} {'p95 ms':>8} {'raw p50':>8} {'raw p95':>8} {'p95 ratio':>9}")
        for name, cases in kinds.items():
            for fn, raw_fn in cases[:5]:  # warm caches
                fn()
                if raw_fn:
                    raw_fn()
            ours: list[float] = []
            bare: list[float] = []
            for k, (fn, raw_fn) in enumerate(cases):
                # Whichever runs second finds the pages the first read in shared_buffers
                # (128 MB against a 910 MB table at a million statements): 3-4 ms of a two-word search.
                # Alternating which goes first charges both sides the same share of those reads.
                raw_first = order == "raw-first" or (order == "alternate" and k % 2 == 1)
                if raw_fn and raw_first:
                    timed(raw_fn, bare)
                timed(fn, ours)
                if raw_fn and not raw_first:
                    timed(raw_fn, bare)
            line = f"{name:32} {pct(ours, 0.5):8.1f} {pct(ours, 0.95):8.1f}"
            if bare:
                line += (
                    f" {pct(bare, 0.5):8.1f} {pct(bare, 0.95):8.1f} {pct(ours, 0.95) / max(pct(bare, 0.95), 1e-9):9.2f}"
                )
            print(line, flush=True)
    raw.close()


def scratch_engine(postgres: str | None, sqlite: str | None, *, reuse: bool, name: str) -> sa.Engine:
    """The benchmark's database: PostgreSQL at `postgres` with its public schema dropped, or the
    SQLite file `sqlite` (a new temporary one by default) removed first; kept as left with `reuse`."""
    if postgres:
        engine = make_engine(postgres)
        if not reuse:
            with engine.begin() as conn:
                conn.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
                conn.exec_driver_sql("CREATE SCHEMA public")
        return engine
    path = sqlite or str(Path(tempfile.mkdtemp()) / name)
    if not reuse:
        Path(path).unlink(missing_ok=True)
    return make_engine(f"sqlite:///{path}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=1_000_000, help="statements to generate")
    ap.add_argument("--officials", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=200, help="queries of each kind")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--postgres", help="URL of a scratch PostgreSQL database (its public schema is dropped)")
    ap.add_argument("--sqlite", help="SQLite file (default: a new temporary file)")
    ap.add_argument("--reuse", action="store_true", help="query the database as a previous run left it")
    ap.add_argument("--only", help="run only the query kinds whose name contains this text")
    ap.add_argument(
        "--buffers",
        metavar="PLANS_FILE",
        help="PostgreSQL: instead of timing, count the shared buffers of each query's SQL under "
        "EXPLAIN (ANALYZE, BUFFERS) and write every plan to this file",
    )
    ap.add_argument(
        "--order",
        choices=("alternate", "ours-first", "raw-first"),
        default="alternate",
        help="which of our function and its SQL replayed raw runs first for each query: the first reads "
        "the pages the previous queries evicted, the second finds them in memory. alternate (default) "
        "takes turns, so the ratio measures the work around the SQL; ours-first was the only order "
        "before 2026-12-05",
    )
    ap.add_argument("--raw-first", action="store_const", const="raw-first", dest="order", help="--order raw-first")
    args = ap.parse_args()
    engine = scratch_engine(args.postgres, args.sqlite, reuse=args.reuse, name="bench_search.db")
    t0 = time.perf_counter()
    if args.reuse:
        with engine.connect() as conn:
            n = conn.exec_driver_sql("SELECT count(*) FROM statement").scalar_one()
            step = max(1, n // 400)
            sample = [
                tuple(r)
                for r in conn.execute(
                    # In id order: a sequential scan of a large table may start anywhere (synchronized
                    # scans), and the sample picks the phrases, claims and officials of every run.
                    sa.text("SELECT id, text, official_id, date FROM statement WHERE id % :step = 0 ORDER BY id"),
                    {"step": step},
                )
            ]
        sample = [(i, t, o, d if isinstance(d, dt.date) else dt.date.fromisoformat(d)) for i, t, o, d in sample]
        print(
            f"{engine.dialect.name}: {n:,} statements (as a previous run left them); {args.runs} queries of each kind"
        )
    else:
        upgrade(engine)
        sample = load(engine, args.n, args.officials, args.seed)
        print(
            f"{engine.dialect.name}: {args.n:,} statements, {args.officials:,} officials, 10 years, "
            f"loaded and indexed in {time.perf_counter() - t0:.0f} s; {args.runs} queries of each kind"
        )
    print(f"order: {args.order}")
    bench(engine, sample, args.runs, args.seed, only=args.only, plans=args.buffers, order=args.order)


if __name__ == "__main__":
    main()
