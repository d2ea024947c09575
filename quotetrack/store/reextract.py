"""Re-extraction: the current rules run again over stored articles; what editors decided stays.

Each article is extracted, tagged and resolved again from its stored text and metadata, and
its statements are brought in line: a statement found again keeps its id (citations stay
valid) and takes the new speaker, post, date and span; a new one is added; one the rules no
longer find is withdrawn (status "withdrawn": its page stays, lists and search leave it).

Editors win. A statement an editor touched (an edit, hide, review, restore or undo in the
correction log) or fact-checked is kept exactly as it is, and no new statement is added over
its span, so a hidden quote never comes back. A statement an editor moved between officials
(a merge or a split) keeps its official. Merged officials are resolved to the one they were
merged into, as at ingest.

Progress is stored: every article is one transaction, which also advances the run's
`last_article_id`; a killed run is continued by the next one. Every article's changes go to
the reextractchange log. With dry_run nothing is written: each article's transaction is
rolled back once its changes are counted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlmodel import Session, col, delete, select

from quotetrack.extract import extract
from quotetrack.extract.model import ExtractedStatement
from quotetrack.kinds import StatementStatus
from quotetrack.models import (
    Article,
    ArticleVersion,
    FactCheck,
    Official,
    ReextractChange,
    ReextractRun,
    Revision,
    Statement,
    StatementTopic,
    Topic,
    utcnow,
)
from quotetrack.resolve.posts import shown_role
from quotetrack.store import writes
from quotetrack.store.corroborate import NewQuote, cluster_new
from quotetrack.store.reextract_tidy import refresh_coverage, remove_unused, rename_to_readings
from quotetrack.store.registry import OfficialRegistry, SpeakerLink, alias_key
from quotetrack.text.clean import unglue, words_seen
from quotetrack.text.meta import ArticleMeta
from quotetrack.text.stem import stem_text
from quotetrack.topics import load_taxonomy, tag_statements

# Statements the current rules no longer find: kept (pages and citations stay) but out of lists.
# A new statement is the old one found again when they share this much of the shorter span.
_SAME_SPAN = 0.5
# The fields re-extraction may change on a statement found again, as the statement row spells them.
_FIELDS = (
    "kind",
    "text",
    "start",
    "end",
    "paragraph",
    "cue",
    "speaker_mention",
    "role",
    "region",
    "date",
    "confidence",
    "official_id",
    "membership_id",
    "stem",
)
_SPEAKER = ("official_id", "membership_id")


@dataclass
class ArticleChange:
    """What re-extraction changed (or, in a dry run, would change) in one article."""

    article_id: int
    title: str | None
    added: int = 0
    removed: int = 0
    changed_speaker: int = 0
    changed: int = 0
    kept_by_editor: int = 0
    details: list[dict] = field(default_factory=list)
    names: list[tuple[int, str]] = field(default_factory=list)  # (official, name the rules read) per statement

    @property
    def any(self) -> bool:
        return bool(self.added or self.removed or self.changed_speaker or self.changed)


@dataclass
class ReextractReport:
    run_id: int | None = None
    resumed_after: int = 0  # a continued run: articles up to this id were done before
    articles: int = 0
    added: int = 0
    removed: int = 0
    changed_speaker: int = 0
    changed: int = 0
    kept_by_editor: int = 0
    officials_removed: int = 0  # officials no statement cites any more, which no editor touched
    officials_renamed: int = 0  # to the fullest name the current rules read
    names: dict[int, Counter[str]] = field(default_factory=dict)
    changes: list[ArticleChange] = field(default_factory=list)  # the articles where something changed
    errors: list[tuple[int, str]] = field(default_factory=list)

    def count(self, change: ArticleChange) -> None:
        self.articles += 1
        self.added += change.added
        self.removed += change.removed
        self.changed_speaker += change.changed_speaker
        self.changed += change.changed
        self.kept_by_editor += change.kept_by_editor
        for official_id, name in change.names:
            self.names.setdefault(official_id, Counter())[name] += 1
        if change.any:
            self.changes.append(change)


@dataclass(frozen=True, slots=True)
class _Editorial:
    """What editors decided, read once per run."""

    frozen: set[int]  # statements kept exactly as they are
    speaker_kept: set[int]  # statements whose official an editor chose (merge, split)
    officials: set[int]  # officials an editor touched: never removed as unused


def _editorial(session: Session) -> _Editorial:
    frozen = set(session.exec(select(Revision.entity_id).where(Revision.entity_type == "statement")))
    frozen |= set(session.exec(select(FactCheck.statement_id)))
    touched = select(col(Statement.id)).where(
        sa.or_(col(Statement.status) == StatementStatus.HIDDEN, col(Statement.corrected_at).is_not(None))
    )
    frozen |= {statement_id for statement_id in session.exec(touched) if statement_id is not None}
    speaker_kept: set[int] = set()
    officials: set[int] = set()
    for entity_id, before, after in session.exec(
        select(Revision.entity_id, Revision.before, Revision.after).where(Revision.entity_type == "official")
    ):
        officials.add(entity_id)
        for image in (before, after):
            if isinstance(image, dict):
                officials |= {int(i) for i in str(image.get("officials", "")).strip("|").split("|") if i}
                rows = image.get("rows") or {}
                speaker_kept |= {int(i) for i in (rows.get("statement") or {})}
    return _Editorial(frozen, speaker_kept, officials)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shared / shorter if shared > 0 and shorter > 0 else 0.0


def _match(new: Sequence[ExtractedStatement], old: Sequence[sa.Row]) -> dict[int, int]:
    """new index -> old index: the same span first, then the largest overlap, one to one."""
    pairs = []
    for i, n in enumerate(new):
        for j, o in enumerate(old):
            share = 2.0 if (n.start, n.end) == (o.start, o.end) else _overlap((n.start, n.end), (o.start, o.end))
            if share >= _SAME_SPAN:
                pairs.append((-share, i, j))
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for _share, i, j in sorted(pairs):
        if i not in matched and j not in taken:
            matched[i] = j
            taken.add(j)
    return matched


def _meta(article: Article) -> ArticleMeta:
    return ArticleMeta(
        title=article.title,
        place=article.place,
        published=article.published,
        author=article.author,
        language=article.language or "id",
    )


def _values(s: ExtractedStatement, stem: str, link: SpeakerLink | None) -> dict:
    return {
        "kind": s.kind,
        "text": s.text,
        "start": s.start,
        "end": s.end,
        "paragraph": s.paragraph,
        "cue": s.cue,
        "speaker_mention": s.speaker_mention,
        "role": shown_role(s.role, s.region),
        "region": s.region,
        "date": s.date,
        "confidence": s.confidence,
        "official_id": link.official_id if link else None,
        "membership_id": link.membership_id if link else None,
        "stem": stem,
    }


def reextract_article(
    *,
    session: Session,
    article: Article,
    registry: OfficialRegistry,
    editorial: _Editorial,
    topic_ids: dict[str, int],
) -> ArticleChange:
    """Bring one article's statements in line with the current rules (the caller commits)."""
    change = ArticleChange(article_id=article.id or 0, title=article.title)
    lang = article.language or "id"
    if _reprepare(session, article, editorial):
        change.details.append({"text": "words run together split again"})
    found = extract(article.text, meta=_meta(article), lang=lang).statements
    old = session.execute(  # rows read by column name
        select(Statement.id, Statement.status, *(getattr(Statement, f) for f in _FIELDS))
        .where(Statement.article_id == article.id, Statement.status != StatementStatus.SUPERSEDED)
        .order_by(col(Statement.id))
    ).all()
    frozen = [o for o in old if o.id in editorial.frozen]
    change.kept_by_editor = len(frozen)
    # An editor's version of a span wins: nothing new is stored over it.
    found = [s for s in found if not any(_overlap((s.start, s.end), (f.start, f.end)) > 0 for f in frozen)]
    free = [o for o in old if o.id not in editorial.frozen]
    matched = _match(found, free)
    links = registry.resolve_article(
        session=session, article_key=article.source_path or f"article:{article.id}", statements=found
    )
    tags = tag_statements(
        [s.text for s in found],
        article_text=article.text,
        spans=[(s.start, s.end) for s in found],
        taxonomy=load_taxonomy(),
    )
    added_rows, added_tags = [], []
    for i, (s, link, slugs) in enumerate(zip(found, links, tags, strict=True)):
        values = _values(s, stem_text(s.text, lang), link)
        topics = [topic_ids[t] for t in slugs if t in topic_ids]
        if i not in matched:
            if link is not None and s.speaker:
                change.names.append((link.official_id, s.speaker))
            added_rows.append({"article_id": article.id, **values})
            added_tags.append(topics)
            continue
        row = free[matched[i]]
        if row.id in editorial.speaker_kept or _same_person(session, row.official_id, values["official_id"]):
            values.update({name: getattr(row, name) for name in _SPEAKER})
        if values["official_id"] is not None and s.speaker:
            change.names.append((values["official_id"], s.speaker))
        moved = [name for name in _FIELDS if getattr(row, name) != values[name]]
        revived = row.status == StatementStatus.WITHDRAWN
        if moved or revived:
            _update(session, row.id, values, topics, status=StatementStatus.PUBLISHED if revived else None)
        if revived:
            change.added += 1
            change.details.append({"statement": row.id, "revived": True})
        elif "official_id" in moved:
            change.changed_speaker += 1
            change.details.append(
                {"statement": row.id, "speaker": [row.official_id, values["official_id"]], "fields": moved}
            )
        elif moved:
            change.changed += 1
            change.details.append({"statement": row.id, "fields": moved})
    gone = [o for j, o in enumerate(free) if j not in matched.values() and o.status == StatementStatus.PUBLISHED]
    if gone:
        # Withdrawn, it cites nobody: an official only the old rules' misreadings named can go.
        session.exec(
            sa.update(Statement)
            .where(col(Statement.id).in_([o.id for o in gone]))
            .values(status=StatementStatus.WITHDRAWN, official_id=None, membership_id=None, updated_at=utcnow())
        )
        change.removed = len(gone)
        change.details += [{"statement": o.id, "withdrawn": True, "speaker": o.official_id} for o in gone]
    if added_rows:
        ids = writes.insert_statements(session=session, rows=added_rows, topics=added_tags)
        change.added += len(ids)
        change.details += [
            {"statement": sid, "added": True, "speaker": r["official_id"]}
            for sid, r in zip(ids, added_rows, strict=True)
        ]
        cluster_new(
            session=session,
            quotes=[
                NewQuote(sid, r["text"], r["official_id"], article.id or 0, r["date"] or article.published)
                for sid, r in zip(ids, added_rows, strict=True)
            ],
        )
    return change


def _insertions(old: str, new: str) -> list[int] | None:
    """Where each offset of `old` lies in `new` when `new` only adds characters; else None."""
    where, j = [], 0
    for ch in old:
        while j < len(new) and new[j] != ch:
            j += 1
        if j == len(new):
            return None
        where.append(j)
        j += 1
    return where + [len(new)]


def _reprepare(session: Session, article: Article, editorial: _Editorial) -> bool:
    """Split words the stored text still runs together (text.clean.unglue: "PresidenJoko"), with
    every statement's span moved along, so names read as a fresh ingest would read them.

    An article an editor touched keeps its text: the correction log holds spans into it.
    """
    # The words the article prints on their own guide the splits, as in text preparation.
    seen = words_seen(article.text)
    text = "\n".join(unglue(line, *seen) for line in article.text.split("\n"))
    if text == article.text:
        return False
    rows = session.execute(
        select(Statement.id, Statement.start, Statement.end, Statement.status).where(Statement.article_id == article.id)
    ).all()
    if any(r.id in editorial.frozen or r.status == StatementStatus.SUPERSEDED for r in rows):
        return False
    where = _insertions(article.text, text)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if where is None or session.exec(select(Article.id).where(Article.sha256 == sha)).first() is not None:
        return False
    lang = article.language or "id"
    for r in rows:
        start, end = where[r.start], where[r.end - 1] + 1
        session.exec(
            sa.update(Statement)
            .where(col(Statement.id) == r.id)
            .values(start=start, end=end, text=text[start:end], stem=stem_text(text[start:end], lang))
        )
    article.text, article.sha256 = text, sha
    session.add(article)
    session.flush()
    return True


def _same_person(session: Session, old_id: int | None, new_id: int | None) -> bool:
    """A new official under the very name of the statement's current one: the same person (the
    resolver did not find the stored record), so the statement stays with the record it has."""
    if old_id is None or new_id is None or old_id == new_id:
        return False
    old, new = session.get(Official, old_id), session.get(Official, new_id)
    return (
        old is not None
        and new is not None
        and old.merged_into_id is None
        and alias_key(old.name) == alias_key(new.name)
    )


def _update(session: Session, statement_id: int, values: dict, topic_ids: list[int], *, status: str | None) -> None:
    now = utcnow()
    extra = {"status": status} if status else {}
    session.exec(
        sa.update(Statement).where(col(Statement.id) == statement_id).values(**values, **extra, updated_at=now)
    )
    session.exec(delete(StatementTopic).where(col(StatementTopic.statement_id) == statement_id))
    for tid in sorted(set(topic_ids)):
        session.add(StatementTopic(statement_id=statement_id, topic_id=tid))
    session.flush()


def _open_run(session: Session, *, dry_run: bool) -> tuple[ReextractRun | None, int]:
    """The unfinished run to continue, or a new one (none in a dry run); and where to start."""
    run = session.exec(
        select(ReextractRun).where(col(ReextractRun.finished_at).is_(None)).order_by(col(ReextractRun.id).desc())
    ).first()
    if run is not None:
        return run, run.last_article_id
    if dry_run:
        return None, 0
    run = ReextractRun()
    session.add(run)
    session.commit()
    return run, 0


def reextract(
    *,
    engine: sa.Engine,
    dry_run: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_item: Callable[[int], None] | None = None,
) -> ReextractReport:
    """Re-extract every stored article (see the module docstring); continues an unfinished run.

    `on_start` gets the number of articles to do, `on_item` each article's id once it is done.
    """
    report = ReextractReport()
    with Session(engine) as session:
        run, after = _open_run(session, dry_run=dry_run)
        report.run_id, report.resumed_after = (run.id if run else None), after
        if dry_run:
            topic_ids = {slug: tid for slug, tid in session.exec(select(Topic.slug, Topic.id)) if tid is not None}
        else:
            topic_ids = writes.ensure_topics(session=session, taxonomy=load_taxonomy())
            session.commit()
        replaced = select(ArticleVersion.previous_article_id).where(
            col(ArticleVersion.previous_article_id).is_not(None)
        )
        todo = list(
            session.exec(
                select(Article.id)
                .where(col(Article.id) > after, col(Article.id).not_in(replaced))
                .order_by(col(Article.id))
            )
        )
        if on_start:
            on_start(len(todo))
        registry = OfficialRegistry.load(session=session)
        editorial = _editorial(session)
        for article_id in todo:
            assert article_id is not None
            _one(session, article_id, run, registry, editorial, topic_ids, report, dry_run=dry_run)
            if on_item:
                on_item(article_id)
        if not dry_run and run is not None:
            refresh_coverage(session)
            report.officials_renamed = rename_to_readings(session, report.names, editorial.officials)
            report.officials_removed = remove_unused(session, editorial.officials)
            run.finished_at = utcnow()
            session.add(run)
            session.commit()
    return report


def _one(
    session: Session,
    article_id: int,
    run: ReextractRun | None,
    registry: OfficialRegistry,
    editorial: _Editorial,
    topic_ids: dict[str, int],
    report: ReextractReport,
    *,
    dry_run: bool,
) -> None:
    """One article in one transaction, with the run's progress (rolled back in a dry run)."""
    try:
        article = session.get(Article, article_id)
        assert article is not None
        change = reextract_article(
            session=session, article=article, registry=registry, editorial=editorial, topic_ids=topic_ids
        )
        if dry_run or run is None:
            session.rollback()
            registry.forget_uncommitted()
        else:
            if change.any or change.kept_by_editor:
                session.add(
                    ReextractChange(
                        run_id=run.id or 0,
                        article_id=article_id,
                        added=change.added,
                        removed=change.removed,
                        changed_speaker=change.changed_speaker,
                        changed=change.changed,
                        kept_by_editor=change.kept_by_editor,
                        details=_plain(change.details),
                    )
                )
            run.last_article_id = article_id
            session.add(run)
            session.commit()
            registry.commit()
    except Exception as exc:  # one article the rules trip on must not stop the run
        session.rollback()
        registry.forget_uncommitted()
        report.errors.append((article_id, f"{type(exc).__name__}: {exc}"))
        return
    report.count(change)


def _plain(details: list[dict]) -> list[dict]:
    """JSON-ready: dates as ISO strings."""
    return [{k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in d.items()} for d in details]
