"""`quotetrack alerts`: send what the outbox holds (run it from a timer for digests), list and
remove follows, and look at or requeue outbox rows."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

alerts_app = typer.Typer(help="Follows (saved searches) and the alerts they receive.", no_args_is_help=True)


def _engine():
    from quotetrack.cli import _engine as migrated_engine

    return migrated_engine()


@alerts_app.command("deliver")
def alerts_deliver() -> None:
    """Queue the new statements every follow matches and send what is due: immediate alerts, and
    daily or weekly digests whose time has come. Safe to run from several processes at once;
    run it every few minutes from a timer so that digests go out without an ingest."""
    from quotetrack.alerts.deliver import deliver_pending

    report = deliver_pending(_engine())
    for error in report.errors:
        typer.echo(f"failed {error}", err=True)
    typer.echo(report.summary())


@alerts_app.command("list")
def alerts_list(
    all_: Annotated[bool, typer.Option("--all", help="Include unsubscribed and removed follows.")] = False,
) -> None:
    """Follows with their addresses (this is an operator's view), state and outbox counts."""
    from sqlmodel import Session

    from quotetrack.alerts.subscriptions import list_subscriptions, outbox_counts

    with Session(_engine()) as session:
        subs = list_subscriptions(session=session, include_ended=all_)
        counts = outbox_counts(session=session, subscription_ids=[s.id for s in subs if s.id is not None])
        for s in subs:
            outbox = ", ".join(f"{state} {n}" for state, n in sorted(counts.get(s.id or 0, {}).items())) or "empty"
            typer.echo(
                f"#{s.id}\t{s.status}\t{s.channel}\t{s.target or '-'}\t{s.frequency}\t{s.follow}: {s.label}\t{outbox}"
            )


@alerts_app.command("remove")
def alerts_remove(
    subscription_id: Annotated[int, typer.Argument(help="The follow's id (see `alerts list`).")],
    actor: Annotated[str, typer.Option(help="Who removes it (kept as the reason).")] = "operator",
) -> None:
    """Stop a follow and erase its address."""
    from sqlmodel import Session

    from quotetrack.alerts.subscriptions import remove
    from quotetrack.cli import _fail
    from quotetrack.errors import NotFound

    with Session(_engine()) as session:
        try:
            remove(session=session, subscription_id=subscription_id, actor=actor)
        except NotFound as exc:
            raise _fail(str(exc)) from None
        session.commit()
    typer.echo(f"removed follow #{subscription_id}")


@alerts_app.command("outbox")
def alerts_outbox(
    state: Annotated[str | None, typer.Option(help="Only rows in this state (pending, sending, sent, ...).")] = None,
    limit: Annotated[int, typer.Option(help="Rows to print, newest first.")] = 50,
) -> None:
    """Outbox rows: subscription, statement, state, attempts, next attempt, delivered, last error."""
    from sqlmodel import Session, col, select

    from quotetrack.models import AlertDelivery

    with Session(_engine()) as session:
        query = select(AlertDelivery).order_by(col(AlertDelivery.id).desc()).limit(limit)
        if state:
            query = query.where(AlertDelivery.state == state)
        for row in session.exec(query).all():
            typer.echo(
                f"#{row.subscription_id}\tstatement {row.statement_id}\t{row.state}\t{row.attempts} attempts"
                f"\tnext {row.next_attempt_at:%Y-%m-%d %H:%M}\tdelivered {row.delivered_at or '-'}"
                f"\t{row.last_error or ''}"
            )


@alerts_app.command("requeue")
def alerts_requeue(
    subscription_id: Annotated[int | None, typer.Option(help="Only this follow's rows.")] = None,
) -> None:
    """Send `interrupted` rows again: a process stopped between sending them and recording it, so
    the receiver may have them already; requeue when you know it has not."""
    from sqlmodel import Session

    from quotetrack.alerts.deliver import requeue_interrupted

    with Session(_engine()) as session:
        n = requeue_interrupted(session=session, subscription_id=subscription_id)
        session.commit()
    typer.echo(f"{n} rows queued again")


@alerts_app.command("prune")
def alerts_prune(
    older_than: Annotated[str, typer.Option(help="Age of the rows to delete: 90d, 12h, ...")] = "90d",
) -> None:
    """Delete outbox rows sent or skipped longer ago than --older-than. Rows not delivered
    (pending, sending, interrupted, failed) are kept, and so are an active follow's recent
    statements, which keep it from being sent them again. Run it from the delivery timer."""
    from quotetrack.alerts.deliver import prune_outbox
    from quotetrack.cli import _fail
    from quotetrack.errors import QueryError
    from quotetrack.store.watched import parse_every

    try:
        seconds = parse_every(older_than)
    except QueryError as exc:
        raise _fail(str(exc)) from None
    n = prune_outbox(engine=_engine(), older_than=dt.timedelta(seconds=seconds))
    typer.echo(f"{n} outbox rows deleted (sent or skipped more than {older_than} ago)")
