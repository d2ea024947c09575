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
