"""The body of `quotetrack reextract`: progress bar, per-article log, summary (cli.py stays small)."""

from __future__ import annotations

import os

import sqlalchemy as sa
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from quotetrack.store.reextract import ReextractReport, reextract


def run_reextract(*, engine: sa.Engine, dry_run: bool, verbose: bool, err: Console) -> ReextractReport:
    progress = Progress(
        TextColumn("re-extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=not err.is_terminal and not os.environ.get("QUOTETRACK_PROGRESS"),
    )
    with progress:
        task = progress.add_task("reextract", total=None)
        report = reextract(
            engine=engine,
            dry_run=dry_run,
            on_start=lambda n: progress.update(task, total=n),
            on_item=lambda _id: progress.advance(task),
        )
    would = "would be " if dry_run else ""
    if report.resumed_after:
        typer.echo(f"continuing run #{report.run_id} after article #{report.resumed_after}")
    for c in report.changes:
        typer.echo(
            f"article #{c.article_id} {c.title or ''}: +{c.added} -{c.removed}, "
            f"{c.changed_speaker} speaker changed, {c.changed} otherwise changed"
        )
        if verbose:
            for d in c.details:
                typer.echo(f"    {d}")
    for article_id, reason in report.errors:
        err.print(f"[red]failed[/red] article #{article_id}: {reason}", highlight=False)
    typer.echo(
        f"{report.articles} articles: {report.added} statements {would}added, {report.removed} {would}withdrawn, "
        f"{report.changed_speaker} {would}given another speaker, {report.changed} otherwise {would}changed; "
        f"{report.kept_by_editor} kept as editors left them"
        + (f"; {report.officials_renamed} officials renamed" if report.officials_renamed else "")
        + (f"; {report.officials_removed} officials no statement cites removed" if report.officials_removed else "")
    )
    if dry_run:
        typer.echo("dry run: nothing was written")
    return report
