"""Re-tag stored statements after the taxonomy changed (`quotetrack topics retag`).

The store side of topic tagging: it reads every article with its statements, tags them as
ingest would, and writes only the differences. Statements whose topics an editor changed
(a revision whose before/after topics differ) keep the editor's choice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from quotetrack.kinds import RevisionAction
from quotetrack.models import Article, Revision, Statement, StatementTopic
from quotetrack.store import writes
from quotetrack.store.db import select_columns
from quotetrack.topics.tagger import TopicDef, load_taxonomy, tag_statements

_BATCH = 200  # articles per round trip


@dataclass
class RetagReport:
    statements: int = 0
    changed: int = 0
    added: int = 0
    removed: int = 0
    kept_by_editor: int = 0
    per_topic: dict[str, int] = field(default_factory=dict)  # statements per topic after retagging


def _editor_tagged(session: Session) -> set[int]:
    rows = session.exec(
        select(Revision.entity_id, Revision.before, Revision.after).where(Revision.entity_type == "statement")
    )
    return {
        entity_id
        for entity_id, before, after in rows
        if (before or {}).get("topics") != (after or {}).get("topics") and "topics" in (after or {})
    }


def retag_statements(
    *, session: Session, taxonomy: Sequence[TopicDef] | None = None, dry_run: bool = False
) -> RetagReport:
    """Bring every statement's topics in line with `taxonomy` (the shipped one by default)."""
    taxonomy = taxonomy or load_taxonomy()
    topic_ids = writes.ensure_topics(session=session, taxonomy=taxonomy)
    slug_of = {tid: slug for slug, tid in topic_ids.items()}
    managed = {topic_ids[t.slug] for t in taxonomy}
    keep = _editor_tagged(session)
    report = RetagReport()
    counts: dict[str, int] = defaultdict(int)
    article_ids = list(session.exec(select(Article.id).order_by(col(Article.id))))
    for i in range(0, len(article_ids), _BATCH):
        batch = article_ids[i : i + _BATCH]
        texts = dict(session.exec(select(Article.id, Article.text).where(col(Article.id).in_(batch))).all())
        statements: dict[int, list[tuple[int, str, int, int]]] = defaultdict(list)
        for sid, aid, text, start, end in session.exec(
            select_columns(Statement.id, Statement.article_id, Statement.text, Statement.start, Statement.end)
            .where(col(Statement.article_id).in_(batch))
            .order_by(col(Statement.id))
        ):
            statements[aid].append((sid, text, start, end))
        ids = [row[0] for rows in statements.values() for row in rows]
        current: dict[int, set[int]] = defaultdict(set)
        for sid, tid in session.exec(
            select(StatementTopic.statement_id, StatementTopic.topic_id).where(
                col(StatementTopic.statement_id).in_(ids)
            )
        ):
            current[sid].add(tid)
        for aid, rows in statements.items():
            tags = tag_statements(
                [r[1] for r in rows],
                article_text=texts.get(aid, ""),
                spans=[(r[2], r[3]) for r in rows],
                taxonomy=taxonomy,
            )
            for (sid, *_), slugs in zip(rows, tags, strict=True):
                report.statements += 1
                have = current[sid]
                if sid in keep:
                    report.kept_by_editor += 1
                    want = have
                else:
                    # Topics outside the taxonomy (added by hand) are left alone.
                    want = {topic_ids[s] for s in slugs} | (have - managed)
                for tid in want:
                    counts[slug_of.get(tid, str(tid))] += 1
                if want == have:
                    continue
                report.changed += 1
                report.added += len(want - have)
                report.removed += len(have - want)
                if dry_run:
                    continue
                for tid in have - want:
                    link = session.get(StatementTopic, (sid, tid))
                    if link is not None:
                        session.delete(link)
                for tid in want - have:
                    session.add(StatementTopic(statement_id=sid, topic_id=tid))
        session.flush()
    report.per_topic = dict(sorted(counts.items()))
    if report.changed and not dry_run:
        # Logged like an editor's change, which also tells every memoised page and search result
        # (keyed by the data version, see store/cache.py) that topics changed.
        session.add(
            Revision(
                entity_type="topics",
                entity_id=0,
                action=RevisionAction.RETAG,
                actor="quotetrack topics retag",
                reason="taxonomy changed",
                after={"changed": report.changed, "added": report.added, "removed": report.removed},
            )
        )
        session.flush()
    return report
