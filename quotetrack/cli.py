"""The `quotetrack` command line: ingest articles, extract statements, search, serve the web UI."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from quotetrack.cli_alerts import alerts_app
from quotetrack.config import get_settings
from quotetrack.errors import QuotetrackError
from quotetrack.kinds import SEARCH_SORTS, SuggestionStatus
from quotetrack.watch.cli import sources_app, watch

app = typer.Typer(
    help="QuoteTrack: a searchable, citable database of what public officials say.",
    no_args_is_help=True,
    add_completion=False,
)
officials_app = typer.Typer(help="Browse and edit the officials registry.", no_args_is_help=True)
app.add_typer(officials_app, name="officials")
regions_app = typer.Typer(help="The areas (regions) officials hold posts in.", no_args_is_help=True)
app.add_typer(regions_app, name="regions")
topics_app = typer.Typer(help="The topic taxonomy and the topics of stored statements.", no_args_is_help=True)
app.add_typer(topics_app, name="topics")
app.add_typer(sources_app, name="sources")
err = Console(stderr=True)


def _engine():
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


class _ConsoleWarnings(logging.Handler):
    """Ingest's warnings (a date column it cannot read) as lines above the progress bar."""

    def emit(self, record: logging.LogRecord) -> None:
        err.print(f"[yellow]warning[/yellow] {escape(record.getMessage())}", highlight=False)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@app.command()
def ingest(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files (.txt, .html, .jsonl, .csv, .rss), folders (searched"
            " recursively) and URLs of article pages.",
            show_default=False,
        ),
    ] = None,
    feed: Annotated[
        list[str] | None,
        typer.Option(
            "--feed", help="RSS/Atom feed (URL or file) whose items are fetched; repeatable.", show_default=False
        ),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            help="Worker processes for reading and extraction (default: the number of cores).",
            show_default=False,
        ),
    ] = 0,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            help="Run reading and extraction on a Dask cluster instead of --jobs: the scheduler's address"
            " (tcp://HOST:8786) or local:N for N worker processes here. Needs the dask extra; see DEPLOYMENT.md.",
            show_default=False,
        ),
    ] = None,
    writers: Annotated[
        int,
        typer.Option(
            "--writers",
            help="Storing threads on PostgreSQL, each with its own connection; they lock the officials' names"
            " they decide about, so no person is created twice (SQLite keeps one writer). See DEPLOYMENT.md.",
        ),
    ] = 1,
    lang: Annotated[str | None, typer.Option(help="Force the language (id or en) instead of detecting it.")] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", help="Read the files given as exports: jsonl or csv (default: by suffix).")
    ] = None,
    text_column: Annotated[str | None, typer.Option(help="Export column with the article text (HTML is fine).")] = None,
    url_column: Annotated[str | None, typer.Option(help="Export column with the article URL.")] = None,
    title_column: Annotated[str | None, typer.Option(help="Export column with the title.")] = None,
    date_column: Annotated[str | None, typer.Option(help="Export column with the publication date.")] = None,
    author_column: Annotated[str | None, typer.Option(help="Export column with the author.")] = None,
    outlet_column: Annotated[str | None, typer.Option(help="Export column with the outlet name.")] = None,
    max_bytes: Annotated[
        int | None,
        typer.Option(
            help="Largest article (file, page or record) in bytes (default: QUOTETRACK_MAX_ARTICLE_BYTES, 20 MiB).",
        ),
    ] = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a server to connect or send data.")] = 15.0,
    max_redirects: Annotated[int, typer.Option(help="Redirects followed per URL.")] = 5,
    allow_private_addresses: Annotated[
        bool,
        typer.Option(
            "--allow-private-addresses",
            help="Fetch URLs on private, loopback and link-local addresses (refused by default).",
        ),
    ] = False,
) -> None:
    """Ingest articles into the database: extract statements, resolve officials, tag topics.

    Takes plain-text and HTML files, folders, URLs, RSS/Atom feeds (--feed) and JSONL/CSV exports
    (columns mapped with --text-column and friends; common names like text/content/url/title are
    found without them). The original bytes of every article are archived; the same text is
    stored once, and a URL whose text changed is kept as a new version. A source that cannot be
    read is reported and the rest goes in; the exit code is 1 when anything failed. Interrupted
    (even killed), the same command run again finishes the batch without duplicates.
    """
    from quotetrack.ingest import FetchLimits, TableOptions, is_url
    from quotetrack.pipeline import ingest_paths
    from quotetrack.store.db import refresh_statistics

    paths, feeds = paths or [], feed or []
    if not paths and not feeds:
        raise _fail("give files, folders or URLs to ingest, or --feed", 2)
    missing = [p for p in paths + [f for f in feeds if not is_url(f)] if not is_url(p) and not Path(p).exists()]
    if missing:
        raise _fail(f"no such file or folder: {', '.join(missing)}", 2)
    if fmt not in (None, "jsonl", "csv"):
        raise _fail("--format must be jsonl or csv", 2)
    if dask is not None:
        from quotetrack.cluster import local_workers
        from quotetrack.errors import ClusterError

        try:
            local_workers(dask)
        except ClusterError as exc:
            raise _fail(str(exc), 2) from None
    if writers < 1:
        raise _fail("--writers must be 1 or more", 2)
    engine = _engine()
    if writers > 1 and engine.dialect.name != "postgresql":
        err.print("SQLite takes one writer at a time: --writers ignored, storing with one", highlight=False)
        writers = 1
    limit = max_bytes or get_settings().max_article_bytes
    tables = TableOptions(
        format=fmt,
        text_column=text_column,
        url_column=url_column,
        title_column=title_column,
        date_column=date_column,
        author_column=author_column,
        outlet_column=outlet_column,
    )
    limits = FetchLimits(
        timeout=timeout,
        total_timeout=max(60.0, timeout * 4),
        max_bytes=limit,
        max_redirects=max_redirects,
        allow_private=allow_private_addresses,
    )
    progress = Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=not err.is_terminal and not os.environ.get("QUOTETRACK_PROGRESS"),
    )
    warnings = _ConsoleWarnings(logging.WARNING)
    logging.getLogger("quotetrack.ingest").addHandler(warnings)
    try:
        with progress:
            task = progress.add_task("ingest", total=None)
            report = ingest_paths(
                paths,
                engine=engine,
                max_bytes=limit,
                jobs=jobs or _cores(),
                lang=lang,
                feeds=feeds,
                tables=tables,
                limits=limits,
                on_start=lambda n: progress.update(task, total=n),
                on_item=lambda _loc: progress.advance(task),
                dask=dask,
                writers=writers,
            )
    except KeyboardInterrupt:
        raise _fail("interrupted; what was stored is complete: run the same command again to finish", 130) from None
    finally:
        logging.getLogger("quotetrack.ingest").removeHandler(warnings)
    if report.articles:
        refresh_statistics(engine)
        _deliver_alerts(engine)
    for e in report.errors:
        err.print(f"[red]failed[/red] {e.source}: {e.reason}", highlight=False)
    typer.echo(
        f"{report.articles} articles, {report.statements} statements, {report.officials_created} new officials"
        f" ({report.duplicates} already stored, {len(report.errors)} failed)"
    )
    if report.suggestions:
        typer.echo(f"{report.suggestions} new merge suggestions: `quotetrack officials suggestions`")
    if not report.ok:
        raise typer.Exit(1)


def _deliver_alerts(engine) -> None:
    """Send the alerts a batch's new statements trigger; a delivery problem never fails the ingest
    (what was not sent waits in the outbox for `quotetrack alerts deliver`)."""
    from quotetrack.alerts.deliver import deliver_pending

    try:
        sent = deliver_pending(engine)
    except Exception as exc:
        err.print(f"[yellow]alerts not delivered:[/yellow] {type(exc).__name__}: {exc}", highlight=False)
        return
    if sent.queued or sent.messages or sent.failed:
        typer.echo(f"alerts: {sent.summary()}")


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Article text files, or folders of .txt files.")],
    fmt: Annotated[str, typer.Option("--format", help="Output format: jsonl or table.")] = "jsonl",
    lang: Annotated[str | None, typer.Option(help="Force the language (id or en).")] = None,
    published: Annotated[
        list[str] | None,
        typer.Option(
            "--published",
            help="Publication date, YYYY-MM-DD, for every file; or FILE=YYYY-MM-DD for one file"
            " (repeatable). Default: the date the text itself gives.",
        ),
    ] = None,
) -> None:
    """Print the statements found in article files, without touching the database.

    jsonl prints one object per statement with article, kind, text, start, end, speaker,
    speaker_mention, official_id (shared by one person across all files of the run), role,
    region, date, topics, cue and confidence.
    """
    import datetime as dt

    from quotetrack.pipeline import extract_files

    if fmt not in {"jsonl", "table"}:
        raise _fail("--format must be jsonl or table", 2)
    dates: dict[str, dt.date] = {}
    for given in published or []:
        name, _, day = given.rpartition("=")
        try:
            dates[name] = dt.date.fromisoformat(day)
        except ValueError:
            raise _fail(f"--published takes YYYY-MM-DD or FILE=YYYY-MM-DD, not {given!r}", 2) from None
    failed = 0
    limit = get_settings().max_article_bytes
    paths = [str(p) for f in files for p in (sorted(f.rglob("*.txt")) if f.is_dir() else [f])]
    for row in extract_files(paths, lang=lang, max_bytes=limit, published=dates):
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
    official_id: Annotated[int | None, typer.Option(help="Only this official's statements.")] = None,
    role: Annotated[str | None, typer.Option(help="Part of the post held, e.g. Bupati.")] = None,
    region: Annotated[str | None, typer.Option(help="Area code or name (a province takes in its regencies).")] = None,
    province: Annotated[str | None, typer.Option(help="Read as a second region (a province's name or code).")] = None,
    topic: Annotated[str | None, typer.Option(help="Topic slug, e.g. elections; its child topics count too.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="First date, YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Last date, YYYY-MM-DD.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet name as stored.")] = None,
    language: Annotated[str | None, typer.Option(help="id or en.")] = None,
    kind: Annotated[str | None, typer.Option(help="direct or indirect.")] = None,
    sort: Annotated[str, typer.Option(help="relevance, date (newest first) or oldest.")] = "relevance",
    base_url: Annotated[
        str | None, typer.Option(help="Site address used in CSV permalinks (default: QUOTETRACK_BASE_URL).")
    ] = None,
) -> None:
    """Full-text search over statements, with the filters of the web search (an empty QUERY
    with a filter lists what the filters leave, newest first)."""
    import datetime as dt

    from sqlmodel import Session

    from quotetrack.exports.printed_posts import post_in_area
    from quotetrack.exports.rows import csv_lines
    from quotetrack.store.filters import StatementFilter
    from quotetrack.store.search import export_row, search_statements
    from quotetrack.store.suggest import suggest_query

    if fmt not in {"table", "jsonl", "csv"}:
        raise _fail("--format must be table, jsonl or csv", 2)
    try:
        flt = StatementFilter(
            official_id=official_id,
            role=role,
            region=region,
            province=province,
            topic=topic,
            outlet=outlet,
            language=language,
            kind=kind,
            date_from=dt.date.fromisoformat(date_from) if date_from else None,
            date_to=dt.date.fromisoformat(date_to) if date_to else None,
        )
    except ValueError as exc:
        raise _fail(f"dates are YYYY-MM-DD: {exc}", 2) from None
    if sort not in SEARCH_SORTS:
        raise _fail("--sort must be relevance, date or oldest", 2)
    with Session(_engine()) as session:
        result = search_statements(session=session, q=query, filters=flt, sort=sort, limit=limit)
        suggestion = (
            suggest_query(session=session, q=query, filters=flt) if not result.total and query.strip() else None
        )
    if suggestion is not None:
        # on standard error, so that jsonl and csv output stays rows only
        err.print(f"did you mean: {suggestion.text}", highlight=False, markup=False)
    if fmt == "jsonl":
        for s in result.items:
            typer.echo(s.model_dump_json())
    elif fmt == "csv":
        # The columns of `quotetrack export` (role, region, title, url, permalink...), formula-safe.
        base = (base_url or get_settings().base_url or "http://127.0.0.1:8000").rstrip("/")
        for chunk in csv_lines((export_row(s) for s in result.items), base):
            sys.stdout.write(chunk)
    else:
        more = "more than " if result.total_is_lower_bound else ""
        typer.echo(f"{more}{result.total} statement{'' if result.total == 1 else 's'} match")
        typer.echo(f"{'ID':<7} {'DATE':10} {'SPEAKER':20} {'ROLE':40} TEXT")
        for s in result.items:
            # as the cards print it: "Gubernur Jawa Barat", "Mayor, New York"
            role = post_in_area(s.held_role or s.role, s.held_region or s.region)
            typer.echo(
                f"#{s.id:<6} {str(s.date or '-'):10} {(s.official.name if s.official else '?')[:20]:20} "
                f"{_clip(role, 40):40} {s.text[:70]}"
            )


def _clip(text: str, width: int) -> str:
    """`text` in `width` characters, an ellipsis saying where it was cut."""
    return text if len(text) <= width else text[: width - 1] + "\u2026"


@app.command("reextract")
def reextract_cmd(
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Count the changes without writing them.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every statement changed.")] = False,
) -> None:
    """Run extraction and resolution again over the stored articles with the current rules.

    Editors' corrections, hides, merges and splits are kept; what changed is logged per article.
    A killed run is continued by the next one.
    """
    from quotetrack.cli_reextract import run_reextract

    try:
        report = run_reextract(engine=_engine(), dry_run=dry_run, verbose=verbose, err=err)
    except KeyboardInterrupt:
        raise _fail("interrupted; run the same command again to continue where it stopped", 130) from None
    if report.errors:
        raise typer.Exit(1)


@topics_app.command("retag")
def topics_retag(
    taxonomy: Annotated[Path | None, typer.Option(help="A taxonomy JSON file (default: the shipped one).")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Count the changes without writing them.")] = False,
) -> None:
    """Re-tag every stored statement after the taxonomy changed; editors' topic choices are kept."""
    from sqlmodel import Session

    from quotetrack.store.retag import retag_statements
    from quotetrack.topics import load_taxonomy

    try:
        tax = load_taxonomy(taxonomy)
    except (OSError, ValueError, KeyError) as exc:
        raise _fail(f"cannot read the taxonomy: {exc}", 2) from None
    with Session(_engine()) as session:
        report = retag_statements(session=session, taxonomy=tax, dry_run=dry_run)
        if not dry_run:
            session.commit()
    typer.echo(
        f"{report.statements} statements, {report.changed} {'would change' if dry_run else 'changed'}"
        f" (+{report.added} / -{report.removed} topic links), {report.kept_by_editor} kept as editors set them"
    )
    for slug, n in report.per_topic.items():
        typer.echo(f"  {slug:24} {n}")


@officials_app.command("list")
def officials_list(
    limit: Annotated[int, typer.Option(help="Rows to print.")] = 50,
    all_speakers: Annotated[
        bool, typer.Option("--all-speakers", help="Every person quoted, not only officials.")
    ] = False,
) -> None:
    """Officials (people who held a public post), most quoted first."""
    from sqlmodel import Session

    from quotetrack.exports.printed_posts import post_in_area
    from quotetrack.store.reads import list_officials

    with Session(_engine()) as session:
        for o in list_officials(session=session, limit=limit, officials_only=not all_speakers):
            # As the cards print them: "Wali Kota Bogor" (not "Wali Kota Kota Bogor"), "Kepala
            # Perwakilan Ombudsman DKI Jakarta" (no comma), "Mayor, New York".
            roles = "; ".join(post_in_area(m.role, m.area.name if m.area else None) for m in o.memberships)
            typer.echo(f"#{o.id:<6} {o.name:30} {_statements(o.statement_count, 5)}  {roles}")


def _statements(count: int, width: int = 0) -> str:
    """ "1 statement", "6 statements", the count right-aligned to `width`."""
    return f"{count:{width}} statement" + ("" if count == 1 else "s")


@officials_app.command("show")
def officials_show(official_id: int) -> None:
    """One official: names, roles with dates, statement count."""
    from sqlmodel import Session

    from quotetrack.exports.printed_posts import post_in_area
    from quotetrack.store.reads import canonical_official_id, get_official

    with Session(_engine()) as session:
        current = canonical_official_id(session=session, official_id=official_id)
        o = get_official(session=session, official_id=current) if current is not None else None
    if o is None:
        raise _fail(f"no official #{official_id}")
    if o.id != official_id:
        typer.echo(f"#{official_id} was merged into #{o.id}")
    typer.echo(f"#{o.id} {o.honorific_prefix or ''} {o.name} {o.honorific_suffix or ''}".strip())
    if o.aliases:
        typer.echo("also printed as: " + "; ".join(o.aliases))
    for m in o.memberships:
        post = post_in_area(m.role, m.area.name if m.area else None)
        typer.echo(f"  {post} ({m.appointment}) seen in coverage {m.first_seen or '?'} .. {m.last_seen or '?'}")
    typer.echo(_statements(o.statement_count))


def _actor(actor: str | None) -> str:
    import getpass

    return actor or getpass.getuser()


Reason = Annotated[str, typer.Option("--reason", help="Why: kept in the history.")]
Actor = Annotated[str | None, typer.Option("--actor", help="Who, for the history (default: your login).")]


def _edit(change, done: str) -> None:
    """Run one registry edit in a transaction; print its revision or a one-line error."""
    from quotetrack.store.db import session_scope

    try:
        with session_scope(_engine()) as session:
            revision = change(session)
            typer.echo(f"{done} (revision #{revision.id}; `quotetrack officials undo {revision.id}` reverts it)")
    except QuotetrackError as exc:
        raise _fail(str(exc)) from exc


@officials_app.command("merge")
def officials_merge(keep: int, merge: int, reason: Reason, actor: Actor = None) -> None:
    """Merge official MERGE into KEEP: statements, roles and aliases move; MERGE's id redirects to KEEP."""
    from quotetrack.store.officials import merge_officials

    _edit(
        lambda s: merge_officials(session=s, keep_id=keep, merge_id=merge, actor=_actor(actor), reason=reason),
        f"merged #{merge} into #{keep}",
    )


@officials_app.command("split")
def officials_split(
    official_id: int,
    statements: Annotated[str, typer.Option("--statements", help="Statement ids to move, e.g. 1,2,5.")],
    name: Annotated[str, typer.Option("--name", help="Name of the new official.")],
    reason: Reason,
    actor: Actor = None,
) -> None:
    """Move the chosen statements of an official to a new official."""
    from quotetrack.store.officials import split_official

    try:
        ids = [int(part) for part in statements.replace(" ", "").split(",") if part]
    except ValueError as exc:
        raise _fail("--statements takes ids separated by commas, e.g. 1,2,5", 2) from exc

    def change(session):
        revision = split_official(
            session=session,
            official_id=official_id,
            statement_ids=ids,
            new_name=name,
            actor=_actor(actor),
            reason=reason,
        )
        typer.echo(f"new official #{revision.after['new_official_id']} {name}")
        return revision

    _edit(change, f"moved {len(ids)} statement(s) from #{official_id}")


@officials_app.command("undo")
def officials_undo(revision: int, reason: Annotated[str, typer.Option(help="Why.")] = "", actor: Actor = None) -> None:
    """Revert a merge, split or undo exactly as it was recorded."""
    from quotetrack.store.officials import undo

    _edit(
        lambda s: undo(session=s, revision_id=revision, actor=_actor(actor), reason=reason),
        f"undid revision #{revision}",
    )


@officials_app.command("history")
def officials_history(official_id: int, limit: Annotated[int, typer.Option(help="Rows to print.")] = 50) -> None:
    """Merges, splits and undos of an official: who, when, why."""
    from sqlmodel import Session

    from quotetrack.store.officials import history

    with Session(_engine()) as session:
        rows = history(session=session, official_id=official_id, limit=limit)
    if not rows:
        typer.echo(f"no changes recorded for official #{official_id}")
    for r in rows:
        undone = f"  [undone {r.undone_at:%Y-%m-%d %H:%M}]" if r.undone_at else ""
        typer.echo(f"#{r.id:<5} {r.created_at:%Y-%m-%d %H:%M} {r.action:6} by {r.actor}: {r.reason}{undone}")


@officials_app.command("suggestions")
def officials_suggestions(
    status: Annotated[SuggestionStatus, typer.Option(help="open, accepted or rejected.")] = SuggestionStatus.OPEN,
    limit: Annotated[int, typer.Option(help="Rows to print.")] = 50,
) -> None:
    """Pairs of officials that may be one person, most likely first."""
    from sqlmodel import Session

    from quotetrack.store.officials import list_suggestions

    with Session(_engine()) as session:
        rows = list_suggestions(session=session, status=status, limit=limit)
    if not rows:
        typer.echo(f"no {status} merge suggestions")
    for r in rows:
        typer.echo(f"#{r.id:<5} {r.score:.2f}  #{r.a.id} {r.a.name}  ~  #{r.b.id} {r.b.name}  ({r.reason})")


@officials_app.command("accept")
def officials_accept(
    suggestion: int,
    keep: Annotated[int | None, typer.Option(help="Official to keep (default: the one with more statements).")] = None,
    reason: Annotated[str, typer.Option(help="Why.")] = "",
    actor: Actor = None,
) -> None:
    """Accept a merge suggestion: the two officials are merged."""
    from quotetrack.store.officials import accept_suggestion

    _edit(
        lambda s: accept_suggestion(
            session=s, suggestion_id=suggestion, actor=_actor(actor), reason=reason, keep_id=keep
        ),
        f"accepted suggestion #{suggestion}",
    )


@officials_app.command("reject")
def officials_reject(suggestion: int, actor: Actor = None) -> None:
    """Reject a merge suggestion: the two stay apart and are not suggested again."""
    from quotetrack.store.db import session_scope
    from quotetrack.store.officials import reject_suggestion

    try:
        with session_scope(_engine()) as session:
            reject_suggestion(session=session, suggestion_id=suggestion, actor=_actor(actor))
    except QuotetrackError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(f"rejected suggestion #{suggestion}")


@regions_app.command("import")
def regions_import(
    source: Annotated[str, typer.Argument(help="CSV file or http(s) URL: code,name,level,parent_code.")],
    allow_private_addresses: Annotated[
        bool,
        typer.Option(
            "--allow-private-addresses",
            help="Fetch a URL on a private, loopback or link-local address (refused by default).",
        ),
    ] = False,
) -> None:
    """Load an official areas table; ingest then files "Bupati Subang" under its code."""
    from quotetrack.ingest import FetchLimits
    from quotetrack.store.db import session_scope
    from quotetrack.store.regions import import_areas

    try:
        with session_scope(_engine()) as session:
            report = import_areas(
                session=session, source=source, limits=FetchLimits(allow_private=allow_private_addresses)
            )
    except QuotetrackError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(
        f"{report.total} areas: {report.created} new, {report.updated} updated, "
        f"{report.linked} areas from article text linked"
    )


users_app = typer.Typer(help="Editor accounts (reading needs none).", no_args_is_help=True)
app.add_typer(users_app, name="users")
tokens_app = typer.Typer(help="API tokens for scripts that write.", no_args_is_help=True)
app.add_typer(tokens_app, name="tokens")
app.add_typer(alerts_app, name="alerts")


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Option(help="reader, editor or admin.")] = "editor",
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin.")] = False,
) -> None:
    """Create an account; the password comes from stdin or an interactive prompt, never an argument."""
    from sqlmodel import Session

    from quotetrack.auth import create_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    with Session(_engine()) as session:
        user = create_user(session=session, name=name, role=role, password=password)
        session.commit()
        typer.echo(f"user #{user.id} {user.name} ({user.role}) created")


@users_app.command("list")
def users_list() -> None:
    """Accounts with their roles."""
    from sqlmodel import Session, select

    from quotetrack.models import User

    with Session(_engine()) as session:
        for user in session.exec(select(User).order_by(User.name)):
            typer.echo(f"#{user.id:<4} {user.name:24} {user.role:8} {'active' if user.active else 'inactive'}")


@users_app.command("logout")
def users_logout(name: Annotated[str, typer.Argument(help="Login name.")]) -> None:
    """End every browser session of an account."""
    from sqlmodel import Session

    from quotetrack.auth import end_all_sessions, find_user

    with Session(_engine()) as session:
        user = find_user(session=session, name=name)
        if user is None:
            raise _fail(f"no user {name!r}")
        ended = end_all_sessions(session=session, user_id=user.id or 0)
        session.commit()
    typer.echo(f"{ended} sessions ended")


@users_app.command("set")
def users_set(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str | None, typer.Option(help="reader, editor or admin.")] = None,
    active: Annotated[bool | None, typer.Option("--active/--disabled", help="Switch the account on or off.")] = None,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read a new password from stdin.")] = False,
) -> None:
    """Change an account's role, switch it off (sessions end, tokens stop) or on, or set a new password."""
    from sqlmodel import Session

    from quotetrack.auth import find_user, set_active, set_password, set_role

    with Session(_engine()) as session:
        user = find_user(session=session, name=name)
        if user is None:
            raise _fail(f"no user {name!r}")
        if role is not None:
            set_role(session=session, user=user, role=role)
        if active is not None:
            set_active(session=session, user=user, active=active)
        if password_stdin:
            set_password(session=session, user=user, password=sys.stdin.readline().rstrip("\r\n"))
        session.commit()
        typer.echo(f"user #{user.id} {user.name} ({user.role}, {'active' if user.active else 'disabled'})")


@tokens_app.command("create")
def tokens_create(
    name: Annotated[str, typer.Argument(help="The account the token acts as.")],
    scope: Annotated[str, typer.Option(help="read-write, or admin (admin accounts only).")] = "read-write",
    label: Annotated[str, typer.Option(help="What the token is for.")] = "",
) -> None:
    """Create an API token and print it once; only its hash is stored."""
    from sqlmodel import Session

    from quotetrack.auth import create_token, find_user

    with Session(_engine()) as session:
        user = find_user(session=session, name=name)
        if user is None:
            raise _fail(f"no user {name!r}")
        row, secret = create_token(session=session, user=user, scope=scope, label=label)
        session.commit()
        err.print(f"token #{row.id} ({scope}) for {name}; it is shown only now:", highlight=False)
    typer.echo(secret)


@tokens_app.command("list")
def tokens_list(name: Annotated[str, typer.Argument(help="Login name.")]) -> None:
    """An account's tokens: id, prefix, scope, last use, revoked."""
    from sqlmodel import Session

    from quotetrack.auth import find_user, list_tokens

    with Session(_engine()) as session:
        user = find_user(session=session, name=name)
        if user is None:
            raise _fail(f"no user {name!r}")
        for tok in list_tokens(session=session, user_id=user.id or 0):
            used = tok.last_used_at.isoformat(timespec="seconds") if tok.last_used_at else "never"
            state = "revoked" if tok.revoked_at else "active"
            typer.echo(f"#{tok.id:<4} {tok.prefix}… {tok.scope:10} last used {used:25} {state} {tok.label}")


@tokens_app.command("revoke")
def tokens_revoke(token_id: Annotated[int, typer.Argument(help="The token's id (see `tokens list`).")]) -> None:
    """Revoke a token: it stops working at once."""
    from sqlmodel import Session

    from quotetrack.auth import revoke_token

    with Session(_engine()) as session:
        if revoke_token(session=session, token_id=token_id) is None:
            raise _fail(f"no token #{token_id}")
        session.commit()
    typer.echo(f"token #{token_id} revoked")


@tokens_app.command("unattended")
def tokens_unattended() -> None:
    """Active tokens made while their account had no browser session: by `tokens create`, or,
    before token creation needed a browser, by another API token. Review them after upgrading."""
    from sqlmodel import Session

    from quotetrack.auth.tokens import tokens_made_without_a_session
    from quotetrack.models import User

    with Session(_engine()) as session:
        for tok in tokens_made_without_a_session(session=session):
            owner = session.get(User, tok.user_id)
            typer.echo(
                f"#{tok.id:<4} {tok.prefix}… {owner.name if owner else '?':20} {tok.scope:10} "
                f"created {tok.created_at.isoformat(timespec='seconds')} {tok.label}"
            )


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="csv or jsonl (statements), or popolo (officials).")] = "csv",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    base_url: Annotated[
        str | None, typer.Option(help="Site address used in permalinks (default: QUOTETRACK_BASE_URL).")
    ] = None,
) -> None:
    """Export the whole database: statements as CSV or JSONL (streamed), officials as Popolo JSON."""
    from sqlmodel import Session

    from quotetrack.exports.popolo import popolo_document
    from quotetrack.exports.rows import csv_lines, jsonl_lines
    from quotetrack.store.reads import iter_export_rows

    if fmt not in {"csv", "jsonl", "popolo"}:
        raise _fail("--format must be csv, jsonl or popolo", 2)
    out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        with Session(_engine()) as session:
            if fmt == "popolo":
                json.dump(popolo_document(session=session), out, ensure_ascii=False, indent=1)
                out.write("\n")
            else:
                base = (base_url or get_settings().base_url or "http://127.0.0.1:8000").rstrip("/")
                lines = (csv_lines if fmt == "csv" else jsonl_lines)(iter_export_rows(session=session), base)
                out.writelines(lines)
    finally:
        if output:
            out.close()


@app.command("backup")
def backup_cmd(dest: Annotated[Path, typer.Argument(help="File to write (replaced only once complete).")]) -> None:
    """Back up the database while it is in use: a SQLite file, or a pg_dump custom-format archive."""
    from quotetrack.store.backup import backup

    written = backup(_engine(), dest)
    typer.echo(f"backup written: {written} ({written.stat().st_size} bytes)")


@app.command("restore")
def restore_cmd(
    src: Annotated[Path, typer.Argument(help="A file made by `quotetrack backup`.")],
    yes: Annotated[bool, typer.Option("--yes", help="Confirm: the current contents are replaced.")] = False,
) -> None:
    """Replace the database's contents with a backup, then bring it to the current schema."""
    from quotetrack.store.backup import restore
    from quotetrack.store.db import default_engine
    from quotetrack.store.migrate import upgrade

    if not yes:
        raise _fail("restore replaces everything in the database: add --yes to go ahead", 2)
    engine = default_engine()
    restore(engine, src)
    upgrade(engine)
    typer.echo(f"restored {src} into {get_settings().sqlalchemy_url}")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="uvicorn worker processes.")] = 1,
    access_log: Annotated[
        bool, typer.Option(help="Log every request (turn off behind a reverse proxy that logs them).")
    ] = True,
    dev: Annotated[
        bool,
        typer.Option("--dev", help="A development machine: allow the default secret key (same as QUOTETRACK_DEV=1)."),
    ] = False,
) -> None:
    """Serve the web UI and the JSON API (http://127.0.0.1:8000 by default).

    Needs QUOTETRACK_SECRET_KEY set to a random value, unless --dev is given.
    """
    import uvicorn

    from quotetrack.auth.crypto import secret_key_problem

    if dev:
        os.environ["QUOTETRACK_DEV"] = "1"  # the workers read their settings from the environment
        get_settings.cache_clear()
    problem = secret_key_problem()
    if problem:
        raise _fail(problem, 2)
    _engine()
    uvicorn.run(
        "quotetrack.web.app:create_app", factory=True, host=host, port=port, workers=workers, access_log=access_log
    )


app.command()(watch)


def main() -> None:
    try:
        app()
    except QuotetrackError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(1)
    except Exception as exc:
        from quotetrack.store.db import database_address, first_line, is_unavailable

        if not is_unavailable(exc):
            raise
        # One line, not SQLAlchemy's and psycopg's tracebacks (470 lines of them).
        err.print(
            f"[red]error:[/red] cannot reach the database at {database_address()}: {first_line(exc)}",
            highlight=False,
            soft_wrap=True,
        )
        sys.exit(1)


if __name__ == "__main__":
    main()
