"""The `quotetrack` command line: ingest articles, extract statements, search, serve the web UI."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from quotetrack.config import get_settings
from quotetrack.errors import QuotetrackError

app = typer.Typer(
    help="QuoteTrack: a searchable, citable database of what public officials say.",
    no_args_is_help=True,
    add_completion=False,
)
officials_app = typer.Typer(help="Browse the officials registry.", no_args_is_help=True)
app.add_typer(officials_app, name="officials")
err = Console(stderr=True)


def _engine():  # noqa: ANN202 - imported lazily so `extract` never opens a database
    from quotetrack.store.db import default_engine
    from quotetrack.store.migrate import upgrade

    engine = default_engine()
    upgrade(engine)
    return engine


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code)


@app.command()
def init() -> None:
    """Create the database (or bring it to the current schema) and print where it is."""
    _engine()
    typer.echo(f"database ready: {get_settings().sqlalchemy_url}")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (searched recursively).")],
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes for extraction.")] = 1,
    lang: Annotated[str | None, typer.Option(help="Force the language (id or en) instead of detecting it.")] = None,
) -> None:
    """Ingest article files into the database: extract statements, resolve officials, tag topics.

    The same text ingested twice is stored once. A file that cannot be read is reported and
    the rest of the batch goes in; the exit code is 1 when anything failed.
    """
    from quotetrack.ingest import discover
    from quotetrack.pipeline import ingest_paths

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise _fail(f"no such file or folder: {', '.join(missing)}", 2)
    engine = _engine()
    total = sum(1 for _ in discover(paths))
    progress = Progress(
        TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=err, disable=not err.is_terminal and not os.environ.get("QUOTETRACK_PROGRESS"),
    )
    with progress:
        task = progress.add_task("ingest", total=total)
        report = ingest_paths(
            paths, engine=engine, max_bytes=get_settings().max_article_bytes, jobs=jobs, lang=lang,
            on_item=lambda _loc: progress.advance(task),
        )
    for e in report.errors:
        err.print(f"[red]failed[/red] {e.source}: {e.reason}", highlight=False)
    typer.echo(
        f"{report.articles} articles, {report.statements} statements, {report.officials_created} new officials"
        f" ({report.duplicates} already stored, {len(report.errors)} failed)"
    )
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Article text files.")],
    fmt: Annotated[str, typer.Option("--format", help="Output format: jsonl or table.")] = "jsonl",
    lang: Annotated[str | None, typer.Option(help="Force the language (id or en).")] = None,
) -> None:
    """Print the statements found in article files, without touching the database.

    jsonl prints one object per statement with article, kind, text, start, end, speaker,
    speaker_mention, official_id (shared by one person across all files of the run), role,
    region, date, topics, cue and confidence.
    """
    from quotetrack.pipeline import extract_files

    if fmt not in {"jsonl", "table"}:
        raise _fail("--format must be jsonl or table", 2)
    failed = 0
    for row in extract_files([str(f) for f in files], lang=lang, max_bytes=get_settings().max_article_bytes):
        if "error" in row:
            failed += 1
            err.print(f"[red]failed[/red] {row['article']}: {row['error']}", highlight=False)
        elif fmt == "jsonl":
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            typer.echo(f"{row['kind']:8} {row['speaker'] or '?':24} {row['text'][:90]}")
    if failed:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words, "phrases", prefix*, OR, -excluded.')],
    limit: Annotated[int, typer.Option(help="Rows to print.")] = 20,
    fmt: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
) -> None:
    """Full-text search over statements."""
    import csv

    from sqlmodel import Session

    from quotetrack.store.search import search_statements

    with Session(_engine()) as session:
        result = search_statements(session=session, q=query, limit=limit)
    if fmt == "jsonl":
        for s in result.items:
            typer.echo(s.model_dump_json())
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(["id", "date", "speaker", "kind", "text", "outlet", "url"])
        for s in result.items:
            writer.writerow([s.id, s.date, s.official.name if s.official else "", s.kind, s.text,
                             s.article.outlet or "", s.article.url or ""])
    else:
        typer.echo(f"{result.total} statements match")
        for s in result.items:
            typer.echo(f"#{s.id:<6} {s.date or '':10} {(s.official.name if s.official else '?'):20} {s.text[:80]}")


@officials_app.command("list")
def officials_list(limit: Annotated[int, typer.Option(help="Rows to print.")] = 50) -> None:
    """Officials, most quoted first."""
    from sqlmodel import Session

    from quotetrack.store.reads import list_officials

    with Session(_engine()) as session:
        for o in list_officials(session=session, limit=limit):
            roles = "; ".join(m.role + (f" {m.area.name}" if m.area else "") for m in o.memberships)
            typer.echo(f"#{o.id:<6} {o.name:30} {o.statement_count:5} statements  {roles}")


@officials_app.command("show")
def officials_show(official_id: int) -> None:
    """One official: names, roles with dates, statement count."""
    from sqlmodel import Session

    from quotetrack.store.reads import get_official

    with Session(_engine()) as session:
        o = get_official(session=session, official_id=official_id)
    if o is None:
        raise _fail(f"no official #{official_id}")
    typer.echo(f"#{o.id} {o.honorific_prefix or ''} {o.name} {o.honorific_suffix or ''}".strip())
    if o.aliases:
        typer.echo("also printed as: " + "; ".join(o.aliases))
    for m in o.memberships:
        area = f", {m.area.name}" if m.area else ""
        typer.echo(f"  {m.role}{area} ({m.appointment}) {m.start_date or '?'} .. {m.end_date or '?'}")
    typer.echo(f"{o.statement_count} statements")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="uvicorn worker processes.")] = 1,
) -> None:
    """Serve the web UI and the JSON API (http://127.0.0.1:8000 by default)."""
    import uvicorn

    _engine()
    uvicorn.run("quotetrack.web.app:create_app", factory=True, host=host, port=port, workers=workers)


def main() -> None:
    try:
        app()
    except QuotetrackError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(1)


if __name__ == "__main__":
    main()
