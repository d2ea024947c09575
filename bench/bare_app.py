"""The bare reference for bench/load.py: FastAPI, one full-text query and a Jinja2 page of 20
results over the same database, with none of QuoteTrack's work around it (no query language,
no stems, no filters, no counts, no highlighting, no hydration of officials and articles).

The search API's requests per second are reported against this page's, measured in the same
run: what is left between the two is the cost of what the API does beyond a bare query.

    BARE_DATABASE_URL=sqlite:////tmp/qt1m.db uvicorn bare_app:app --app-dir bench --workers 2
"""

from __future__ import annotations

import os
import re

import jinja2
import sqlalchemy as sa
from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

_URL = os.environ.get("BARE_DATABASE_URL", "sqlite:////tmp/qt1m.db")
_ENGINE = sa.create_engine(_URL, pool_size=8, max_overflow=8)
_WORD = re.compile(r"\w+")
# Every word as printed, newest first: the cheapest order (the index's own); ranking every match
# of two common words by bm25 took seconds, which would flatter any page compared with it.
_SQLITE = sa.text(
    "SELECT s.id, s.text, s.date FROM statement_fts JOIN statement s ON s.id = statement_fts.rowid "
    "WHERE statement_fts MATCH :q ORDER BY statement_fts.rowid DESC LIMIT 20"
)
_POSTGRES = sa.text(
    "SELECT id, text, date FROM statement WHERE tsv @@ to_tsquery('simple', :q) ORDER BY id DESC LIMIT 20"
)
_PAGE = jinja2.Environment(autoescape=True).from_string(
    "<!doctype html><html lang=en><head><meta charset=utf-8><title>{{ q }}</title></head><body>"
    "<h1>{{ q }}</h1><ol>{% for id, text, date in rows %}"
    "<li><a href='/statements/{{ id }}'>{{ text }}</a> <time>{{ date }}</time></li>"
    "{% endfor %}</ol></body></html>"
)

app = FastAPI()


def _query(words: list[str]) -> tuple[sa.TextClause, str]:
    if _ENGINE.dialect.name == "sqlite":
        return _SQLITE, " ".join(f'"{w}"' for w in words)
    return _POSTGRES, " & ".join(words)


@app.get("/search", response_class=HTMLResponse)
def search(q: str = Query(..., max_length=200)) -> str:
    """The 20 newest statements holding every word of `q`, as an HTML list."""
    words = _WORD.findall(q.casefold())
    rows = []
    if words:
        sql, rendered = _query(words)
        with _ENGINE.connect() as conn:
            rows = conn.execute(sql, {"q": rendered}).all()
    return _PAGE.render(q=q, rows=rows)


# --- the same work, written directly ---------------------------------------------------------
# What the search API promises beyond the page above, each as the plain SQL a developer would
# write with the database's own functions and nothing of QuoteTrack's: the count of matches up
# to 1,000, relevance (bm25 or ts_rank) within the newest 500 when there are more, the speaker,
# post and citation (outlet, title, URL) of each result, its highlighted words, and the other
# outlets that reported the same quote. load.py's "same-work page, all distinct" drives it, so
# the search API's requests/s can be read against both pages: this one measures what the
# framework around the same queries costs.
_CAP, _WINDOW = 1_000, 500
_SQLITE_NEWEST = sa.text("SELECT rowid FROM statement_fts WHERE statement_fts MATCH :q ORDER BY rowid DESC LIMIT :cap")
_SQLITE_RANKED = sa.text(
    "SELECT rowid, bm25(statement_fts, 4.0, 1.0) AS score FROM statement_fts "
    "WHERE statement_fts MATCH :q AND rowid >= :start ORDER BY score, rowid DESC LIMIT 20"
)
# The page's statements with their speaker and citation, then the highlighted text.
_ROW_COLUMNS = "s.id, s.text, s.date, s.role, s.region, s.cluster_id, o.name, a.outlet, a.title, a.url"
_ROW_JOINS = "JOIN article a ON a.id = s.article_id LEFT JOIN official o ON o.id = s.official_id"
_SQLITE_ROWS = sa.text(
    f"SELECT {_ROW_COLUMNS}, highlight(statement_fts, 0, char(2), char(3)) FROM statement_fts "
    f"JOIN statement s ON s.id = statement_fts.rowid {_ROW_JOINS} "
    "WHERE statement_fts MATCH :q AND statement_fts.rowid IN :ids"
).bindparams(sa.bindparam("ids", expanding=True))
_POSTGRES_NEWEST = sa.text(
    "SELECT id, ts_rank(tsv, to_tsquery('simple', :q)) FROM statement "
    "WHERE tsv @@ to_tsquery('simple', :q) ORDER BY id DESC LIMIT :cap"
)
_POSTGRES_ROWS = sa.text(
    f"SELECT {_ROW_COLUMNS}, "
    "ts_headline('simple', s.text, to_tsquery('simple', :q), 'StartSel=\x02, StopSel=\x03, HighlightAll=true') "
    f"FROM statement s {_ROW_JOINS} WHERE s.id IN :ids"
).bindparams(sa.bindparam("ids", expanding=True))
_OTHER_OUTLETS = sa.text(
    "SELECT s.cluster_id, a.outlet FROM statement s JOIN article a ON a.id = s.article_id "
    "WHERE s.cluster_id IN :clusters AND s.status = 'published'"
).bindparams(sa.bindparam("clusters", expanding=True))


def _ranked_ids(conn: sa.Connection, rendered: str) -> tuple[int, list[tuple[int, float]]]:
    """(matches up to _CAP + 1, the page's 20 (id, score), best first)."""
    if _ENGINE.dialect.name == "sqlite":
        newest = conn.execute(_SQLITE_NEWEST, {"q": rendered, "cap": _CAP + 1}).scalars().all()
        start = newest[_WINDOW - 1] if len(newest) > _WINDOW else 0
        ranked = conn.execute(_SQLITE_RANKED, {"q": rendered, "start": start}).all()
        return len(newest), [(sid, -score) for sid, score in ranked]
    rows = conn.execute(_POSTGRES_NEWEST, {"q": rendered, "cap": _CAP + 1}).all()
    window = rows[:_WINDOW] if len(rows) > _WINDOW else rows
    return len(rows), sorted(((sid, score) for sid, score in window), key=lambda r: (-r[1], -r[0]))[:20]


@app.get("/search-same")
def search_same(q: str = Query(..., max_length=200)) -> dict:
    """The search API's first page of `q` (every word as printed), from the plain SQL above."""
    words = _WORD.findall(q.casefold())
    if not words:
        return {"query": q, "total": 0, "hits": []}
    _, rendered = _query(words)
    with _ENGINE.connect() as conn:
        total, ranked = _ranked_ids(conn, rendered)
        ids = [sid for sid, _ in ranked]
        rows_sql = _SQLITE_ROWS if _ENGINE.dialect.name == "sqlite" else _POSTGRES_ROWS
        rows = {r[0]: r for r in conn.execute(rows_sql, {"q": rendered, "ids": ids})} if ids else {}
        clusters = {r[5] for r in rows.values() if r[5] is not None}
        members = conn.execute(_OTHER_OUTLETS, {"clusters": list(clusters)}).all() if clusters else []
    outlets: dict[int, set[str]] = {}
    for cluster, outlet in members:
        outlets.setdefault(cluster, set()).add(outlet or "?")
    hits = []
    for sid, score in ranked:
        r = rows[sid]
        marked = r[10] or ""
        hits.append(
            {
                "id": sid,
                "score": score,
                "text": r[1],
                "date": str(r[2]) if r[2] else None,
                "speaker": r[6],
                "role": r[3],
                "region": r[4],
                "outlet": r[7],
                "title": r[8],
                "url": r[9],
                "highlighted": re.findall("\x02(.*?)\x03", marked),
                "also_reported_by": sorted(outlets.get(r[5], set()) - {r[7] or "?"}),
            }
        )
    return {"query": q, "total": min(total, _CAP), "total_is_lower_bound": total > _CAP, "hits": hits}
