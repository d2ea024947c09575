"""The ingest path end to end: source -> prepare -> extract -> topics -> resolve -> store.

`process_source` is pure and picklable, so batches run it in worker processes; storing
happens in the parent, a SAVEPOINT per article (with its archived source and version row) in
transactions of a few dozen articles, so a crash never leaves half an article and running the
batch again only adds what is missing.
"""

from __future__ import annotations

import hashlib
import queue
import random
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.errors import IngestError
from quotetrack.extract import extract
from quotetrack.extract.model import ExtractedStatement
from quotetrack.ingest import FetchLimits, Item, Source, TableOptions, plan, read_item, read_source
from quotetrack.ingest.html import normalise_url
from quotetrack.models import Article, utcnow
from quotetrack.resolve import Mention, RegionTable, Resolver, read_groups
from quotetrack.resolve.grouping import Group, speaker_mentions
from quotetrack.resolve.names import parse_name
from quotetrack.resolve.posts import canonical_post, fullest_posts, posts_held, shown_role
from quotetrack.store import officials, provenance, writes
from quotetrack.store.corroborate import NewQuote, cluster_new
from quotetrack.store.regions import region_table
from quotetrack.store.registry import OfficialRegistry, SpeakerLink
from quotetrack.text import prepare
from quotetrack.text.meta import ArticleMeta
from quotetrack.text.stem import stem_text
from quotetrack.topics import load_taxonomy, tag_statements
from quotetrack.workers import parallel_map


@dataclass(frozen=True, slots=True)
class Processed:
    """Everything the pure stages made of one source, ready to store."""

    source: Source
    text: str
    sha256: str
    meta: ArticleMeta
    statements: list[ExtractedStatement]
    topics: list[list[str]]
    stems: list[str]  # each statement's search shadow text (statement.stem), stemmed here, off the store
    # The speakers read and grouped (resolve.read_groups) in the worker, against the store's
    # region table; None: the store reads them itself.
    speakers: list[Group] | None = None


@dataclass(frozen=True, slots=True)
class Unchanged:
    """An input whose original bytes are already archived from the same place: nothing to do."""

    location: str


def process_source(source: Source, *, lang: str | None = None) -> Processed:
    text, meta = prepare(source.raw_text)
    if not text.strip():
        raise IngestError(source.location, "no article text left after cleaning")
    # What the source says about itself (page metadata, export columns, feed entry) beats what
    # the lines of the text suggest; the text's title line, dateline and byline fill the gaps.
    meta = replace(
        meta,
        title=source.title or meta.title,
        author=source.author or meta.author,
        published=source.published or meta.published,
    )
    extraction = extract(text, meta=meta, lang=lang)
    extraction = replace(extraction, statements=_holders_of_short_posts(extraction.statements))
    taxonomy = load_taxonomy()
    return Processed(
        source=source,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        meta=extraction.meta,
        statements=extraction.statements,
        topics=tag_statements(
            [s.text for s in extraction.statements],
            article_text=text,
            spans=[(s.start, s.end) for s in extraction.statements],
            taxonomy=taxonomy,
        ),
        stems=[stem_text(s.text, extraction.meta.language or "id") for s in extraction.statements],
    )


def _holders_of_short_posts(statements: list[ExtractedStatement]) -> list[ExtractedStatement]:
    """'"...," kata Menag' after 'Menteri Agama Nasrullah Umri mengatakan ...': a statement
    whose mention is only a post, printed in a short form extraction does not expand, is the one
    speaker of the article who holds that post as the registry files it."""
    if all(s.speaker or not s.role for s in statements):
        return statements  # (most articles: no post-only mention left unresolved, no posts parsed)
    holders: dict[str, set[tuple[str, int | None]]] = {}
    for s in statements:
        if s.speaker and s.role and s.speaker_kind == "person" and (post := canonical_post(s.role, s.region)):
            holders.setdefault(post.label, set()).add((s.speaker, s.speaker_ref))
    done = []
    for s in statements:
        if not s.speaker and s.role and (post := canonical_post(s.role, s.region)):
            held = holders.get(post.label, set())
            if len({name for name, _ in held}) == 1:
                ((name, ref),) = held
                s = replace(s, speaker=name, speaker_ref=ref)
        done.append(s)
    return done


# The store's region table in a worker process (set by _use_regions when the pool starts it): sent
# once per worker, not with every article.
_regions: RegionTable | None = None


def _use_regions(regions: RegionTable | None) -> None:
    global _regions
    _regions = regions


def _process_item(
    work: tuple[Item, frozenset[str]],
    *,
    max_bytes: int,
    lang: str | None,
    limits: FetchLimits,
    outlet: str | None = None,
) -> Processed | IngestError | Unchanged:
    """Worker entry point for a planned item; `work` carries the sha256s already archived from it."""
    item, known = work
    try:
        source = read_item(item, max_bytes=max_bytes, limits=limits)
        if source.raw_sha256 in known:
            return Unchanged(item.location)
        if outlet:
            source = replace(source, outlet=outlet)
        processed = process_source(source, lang=lang)
        # Parsing names, posts and regions needs no registry: done here, the store only matches.
        speakers = read_groups(speaker_mentions(processed.statements, source.location), _regions)
        return replace(processed, speakers=speakers)
    except IngestError as exc:
        return exc
    except Exception as exc:  # a bug on odd input must still not lose the rest of the batch
        return IngestError(item.location, f"{type(exc).__name__}: {exc}")


def process_items(
    items: Iterable[Item],
    *,
    known: dict[str, set[str]],
    max_bytes: int,
    lang: str | None = None,
    jobs: int = 1,
    limits: FetchLimits = FetchLimits(),
    regions: RegionTable | None = None,
    chunk: int = 1,
    on_wait: Callable[[], None] | None = None,
    outlet: str | None = None,
) -> Iterator[Processed | IngestError | Unchanged]:
    """Read and process planned items in order, in `jobs` worker processes when jobs > 1.

    `regions`: the store's region table, which speakers are read against. `chunk` and `on_wait`:
    see parallel_map. `outlet`: the outlet every article is filed under (a watched source's).
    """
    work = ((item, frozenset(known.get(item.location, ()))) for item in items)
    yield from parallel_map(
        partial(_process_item, max_bytes=max_bytes, lang=lang, limits=limits, outlet=outlet),
        work,
        jobs=jobs,
        on_crash=lambda w: IngestError(w[0].location, "the worker process reading it died"),
        initializer=partial(_use_regions, regions),
        chunk=chunk,
        on_wait=on_wait,
    )


@dataclass
class IngestReport:
    articles: int = 0
    duplicates: int = 0
    statements: int = 0
    officials_created: int = 0
    suggestions: int = 0  # new open merge suggestions for editors
    errors: list[IngestError] = field(default_factory=list)
    retries: int = 0  # transactions stored again after a deadlock between writers (--writers)

    @property
    def ok(self) -> bool:
        return not self.errors


def store_processed(
    *,
    session: Session,
    item: Processed,
    registry: OfficialRegistry,
    topic_ids: dict[str, int],
    links: list[SpeakerLink | None] | None = None,
) -> int:
    """Store one processed article with its statements, archived source and version row.

    Returns the number of statements, or -1 when the same text is already stored (ingest is
    idempotent). The caller commits: everything here is one transaction. `links`: the speakers
    resolved already (registry.resolve_article, committed by one of several writers first).
    """
    meta = item.meta
    values: dict[str, Any] = {  # column -> value, as the driver-level insert takes them
        "url": item.source.url,
        "outlet": item.source.outlet or meta.outlet_tag,
        "title": meta.title,
        "author": meta.author,
        "place": meta.place,
        "language": meta.language,
        "published": meta.published,
        "text": item.text,
        "sha256": item.sha256,
        "source_path": item.source.location,
        "retrieved_at": item.source.retrieved_at,
        "created_at": utcnow(),
    }
    article_id = writes.insert_article(session=session, values=values)
    if article_id is None:
        return -1
    # A plain row goes in; the version chain wants the model (model_construct: no validation, the row is stored).
    article = Article.model_construct(id=article_id, **values)
    _record_provenance(session=session, article=article, source=item.source)
    if links is None:
        links = registry.resolve_article(
            session=session, article_key=item.source.location, statements=item.statements, groups=item.speakers
        )
    rows: list[dict[str, Any]] = [
        {
            "article_id": article_id,
            "kind": s.kind,
            "text": s.text,
            "stem": stem,
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
        }
        for s, stem, link in zip(item.statements, item.stems, links, strict=True)
    ]
    ids = writes.insert_statements(
        session=session,
        rows=rows,
        topics=[[topic_ids[t] for t in tags if t in topic_ids] for tags in item.topics],
    )
    # The same quote in another outlet's article: cluster it now, while its neighbours are few.
    cluster_new(
        session=session,
        quotes=[
            NewQuote(sid, row["text"], row["official_id"], article_id, row["date"] or meta.published)
            for sid, row in zip(ids, rows, strict=True)
        ],
    )
    return len(rows)


def _record_provenance(*, session: Session, article: Article, source: Source) -> None:
    source_id = None
    if source.archive:
        source_id = provenance.archive_source(
            session=session,
            sha256=source.raw_sha256,
            data=source.archive,
            location=source.location,
            url=source.url,
            content_type=source.content_type,
            encoding=source.encoding,
            size=source.raw_size,
            retrieved_at=source.retrieved_at,
        )
    provenance.record_version(
        session=session,
        article=article,
        source_id=source_id,
        url=normalise_url(source.url) if source.url else None,
    )


# Articles stored per transaction, each in a SAVEPOINT of its own: a commit costs far more than a
# savepoint (a WAL write on SQLite, a round trip and a flush on PostgreSQL). A batch still commits
# in at least GROUP_STEPS steps, so a small one goes in article by article as before; and a group
# commits after GROUP_SECONDS, and whenever the parent would wait for a worker, so readers see new
# articles soon, a kill loses little (the next run redoes it) and no write lock is held while idle.
GROUP_ARTICLES = 32
GROUP_STEPS = 16
GROUP_SECONDS = 0.2


@dataclass(frozen=True, slots=True)
class _Outcome:
    """How storing one article went, counted into the report once its transaction commits."""

    statements: int = -1  # -1: the same text is stored already
    officials_created: int = 0
    error: IngestError | None = None


@dataclass(frozen=True, slots=True)
class _Plan:
    """An article's speakers as the deciding transaction of store_group resolved them."""

    links: list[SpeakerLink | None] | None = None  # None: the text is stored already, nothing decided
    created: int = 0  # officials created for it
    error: IngestError | None = None


# A group rolled back by a deadlock with another writer is stored again up to this many times.
DEADLOCK_TRIES = 5


def _retryable(exc: BaseException) -> bool:
    """A deadlock or serialization failure: nothing wrong with the article, the transaction lost a race."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            break
        if getattr(seen, "sqlstate", None) in ("40P01", "40001"):
            return True
        seen = getattr(seen, "orig", None) or seen.__cause__
    return False


def _speaker_groups(items: Iterable[Processed], regions: RegionTable | None) -> list[Group]:
    groups: list[Group] = []
    for item in items:
        if item.speakers is None:  # not read in a worker: read here
            groups += read_groups(speaker_mentions(item.statements, item.source.location), regions)
        else:
            groups += item.speakers
    return groups


class _GroupStore:
    """Stores processed articles up to `size` to a transaction, each in a SAVEPOINT.

    An article that fails rolls back alone (its savepoint, and what the registry learnt since);
    the report and on_item hear of an article once its transaction has committed. Should the
    commit fail, or a savepoint not roll back, the group is stored again one article per
    transaction.
    """

    def __init__(
        self,
        *,
        session: Session,
        registry: OfficialRegistry,
        topic_ids: dict[str, int],
        report: IngestReport,
        on_item: Callable[[str], None] | None,
        size: int,
    ) -> None:
        self._session, self._registry, self._topic_ids = session, registry, topic_ids
        self._report, self._on_item, self._size = report, on_item, size
        self._group: list[Processed] = []
        self._outcomes: list[_Outcome] = []
        self._began = 0.0
        self._suggested: dict[tuple[int, int], float] = {}  # pairs stored this run, with their score

    def add(self, result: Processed | IngestError | Unchanged) -> None:
        if isinstance(result, Unchanged):
            self._report.duplicates += 1
            self._done(result.location)
        elif isinstance(result, IngestError):
            self._report.errors.append(result)
            self._done(result.source)
        else:
            if not self._group:
                self._begin()
            self._group.append(result)
            try:
                self._outcomes.append(self._store(result, alone=False))
            except Exception:  # the savepoint did not roll back: the transaction is not to be trusted
                self._store_alone()
        if len(self._group) >= self._size or time.monotonic() - self._began >= GROUP_SECONDS:
            self.commit()

    def store_group(self, items: list[Processed]) -> None:
        """One of several writers (ingest --writers): store a group of articles in two transactions.

        The first decides who the speakers are: it locks the names they may be
        (OfficialRegistry.lock_names), resolves every article's speakers, writes the officials,
        printed names and posts that creates, and commits, which frees the names for the other
        writers. The second stores the articles with their statements and sources, each whole
        in a savepoint, as a single writer does, but holding no name lock: the long part of
        storing runs beside the other writers. A crash between the two leaves people the re-run
        finds again, not half articles. A deadlock rolls back the transaction it hit and runs it
        again after a short random pause; after DEADLOCK_TRIES the articles go in one per
        transaction (deciding and storing together).
        """
        plans = self._decide(items)
        if plans is not None:
            for attempt in range(DEADLOCK_TRIES):
                try:
                    self._begin()
                    self._group = list(items)
                    self._outcomes = [
                        self._store(item, alone=False, plan=plan) for item, plan in zip(items, plans, strict=True)
                    ]
                    self.commit()
                    return
                except Exception as exc:
                    if not _retryable(exc):
                        raise
                    self._session.rollback()
                    self._group, self._outcomes = [], []
                    self._report.retries += 1
                    time.sleep(random.uniform(0.0, 0.02 * 2**attempt))
        self._group = list(items)
        self._store_alone()

    def _decide(self, items: list[Processed]) -> list[_Plan] | None:
        """The first transaction of store_group; None when deadlocks kept rolling it back."""
        session, registry = self._session, self._registry
        for attempt in range(DEADLOCK_TRIES):
            try:
                self._begin()
                self._lock(items)
                # Articles stored already are not resolved again (a single writer never gets that far with them).
                stored = writes.stored_texts(session=session, sha256s=[item.sha256 for item in items])
                plans = [_Plan() if item.sha256 in stored else self._resolve(item) for item in items]
                suggested = self._queue_suggestions()
                session.commit()
                registry.commit()
                self._note_suggestions(suggested)
                return plans
            except Exception as exc:
                if not _retryable(exc):
                    raise
                session.rollback()
                registry.forget_uncommitted()
                self._report.retries += 1
                time.sleep(random.uniform(0.0, 0.02 * 2**attempt))
        return None

    def _resolve(self, item: Processed) -> _Plan:
        """One article's speakers resolved in a savepoint of the deciding transaction."""
        session, registry = self._session, self._registry
        mark, created_before = registry.savepoint(), registry.created
        savepoint = session.begin_nested()
        try:
            links = registry.resolve_article(
                session=session, article_key=item.source.location, statements=item.statements, groups=item.speakers
            )
            savepoint.commit()
        except Exception as exc:
            if _retryable(exc):
                raise
            savepoint.rollback()
            registry.rollback_to(mark)
            return _Plan(error=self._failed(item, exc).error)
        return _Plan(links, registry.created - created_before)

    def _lock(self, items: list[Processed]) -> None:
        """Open a transaction of one of several writers: lock what the items' speakers may be."""
        registry = self._registry
        if registry.sharing:
            groups = _speaker_groups(items, registry.regions)
            registry.lock_names(session=self._session, groups=groups, areas=self._areas(items))

    def _areas(self, items: list[Processed]) -> set[str]:
        """The areas the items' posts may create, as lock keys (two writers must not both add one)."""
        regions = self._registry.regions
        keys = set()
        for item in items:
            for s in item.statements:
                post = canonical_post(s.role, s.region, regions) if s.speaker and s.region else None
                if post is not None and post.region is not None:
                    keys.add(post.region.code or post.region.name.casefold())
        return keys

    def commit(self) -> None:
        """Commit the open group (if any) and report its articles."""
        if not self._group:
            return
        stored = self._queue_suggestions()
        try:
            self._session.commit()
        except Exception:
            self._store_alone()
            return
        self._registry.commit()
        self._settle()
        self._note_suggestions(stored)

    def _queue_suggestions(self) -> tuple[list[officials.Pair], int]:
        """Store the merge suggestions the group gave, in its transaction: a kill after the commit
        keeps them (the rerun skips these articles, so it could not suggest them again)."""
        pairs = [
            p
            for p in self._registry.merge_suggestions()
            if self._suggested.get((min(p.a, p.b), max(p.a, p.b)), -1.0) < p.score
        ]
        if not pairs:
            return [], 0
        savepoint = self._session.begin_nested()
        try:
            added = officials.store_suggestions(session=self._session, pairs=pairs)
            savepoint.commit()
        except Exception:  # the end of the batch stores them again; the articles matter more
            savepoint.rollback()
            return [], 0
        return pairs, added

    def _note_suggestions(self, stored: tuple[list[officials.Pair], int]) -> None:
        pairs, added = stored
        self._report.suggestions += added
        self._suggested.update(((min(p.a, p.b), max(p.a, p.b)), p.score) for p in pairs)

    def _begin(self) -> None:
        self._began = time.monotonic()
        connection = self._session.connection()
        # pysqlite opens its transaction lazily, at the first INSERT: a SAVEPOINT before that would
        # open it instead, and releasing the savepoint would commit the article on its own.
        dbapi: Any = connection.connection.dbapi_connection  # sqlite3's, with its in_transaction
        if connection.dialect.name == "sqlite" and not dbapi.in_transaction:
            connection.exec_driver_sql("BEGIN")

    def _store(self, item: Processed, *, alone: bool, plan: _Plan | None = None) -> _Outcome:
        """Store one article in a SAVEPOINT of the open group, or (alone) in a transaction of its own.

        `plan`: its speakers as store_group's deciding transaction resolved them."""
        if plan is not None and plan.error is not None:
            return _Outcome(error=plan.error)
        session, registry = self._session, self._registry
        mark, created_before = registry.savepoint(), registry.created
        savepoint = None if alone else session.begin_nested()
        try:
            if alone:
                self._lock([item])
            n = store_processed(
                session=session,
                item=item,
                registry=registry,
                topic_ids=self._topic_ids,
                links=plan.links if plan is not None else None,
            )
            if savepoint is None:
                session.commit()
            else:
                savepoint.commit()
        except Exception as exc:
            if _retryable(exc) and registry.sharing:
                if alone:
                    session.rollback()
                    registry.forget_uncommitted()
                raise  # store_group (or _store_alone) starts the transaction again
            if savepoint is None:
                session.rollback()
                registry.forget_uncommitted()
            else:
                savepoint.rollback()  # when this fails, the caller stores the group again
                registry.rollback_to(mark)
            return self._failed(item, exc)
        if savepoint is None:
            registry.commit()
        if plan is not None:
            return _Outcome(n, plan.created if n >= 0 else 0)
        return _Outcome(n, registry.created - created_before)

    def _failed(self, item: Processed, exc: Exception) -> _Outcome:
        location = item.source.location
        if not isinstance(exc, sa.exc.IntegrityError):
            return _Outcome(error=IngestError(location, f"could not store: {type(exc).__name__}: {exc}"))
        # Another ingest stored the same text between our check and our insert.
        if writes.find_article_by_sha(session=self._session, sha256=item.sha256) is not None:
            return _Outcome()
        return _Outcome(error=IngestError(location, f"could not store: {exc.orig}"))

    def _store_alone(self) -> None:
        """The group's transaction is lost: store its articles again, one per transaction."""
        self._session.rollback()
        self._registry.forget_uncommitted()
        self._outcomes = [self._store_retrying(item) for item in self._group]
        self._settle()

    def _store_retrying(self, item: Processed) -> _Outcome:
        """One article in a transaction of its own; a deadlock with another writer is tried again."""
        for attempt in range(DEADLOCK_TRIES):
            try:
                return self._store(item, alone=True)
            except Exception as exc:
                if not _retryable(exc):
                    raise
                self._report.retries += 1
                time.sleep(random.uniform(0.0, 0.02 * 2**attempt))
        return _Outcome(error=IngestError(item.source.location, "could not store: deadlocked with other writers"))

    def _settle(self) -> None:
        report = self._report
        for item, outcome in zip(self._group, self._outcomes, strict=True):
            if outcome.error is not None:
                report.errors.append(outcome.error)
            elif outcome.statements < 0:
                report.duplicates += 1
            else:
                report.articles += 1
                report.statements += outcome.statements
                report.officials_created += outcome.officials_created
            self._done(item.source.location)
        self._group, self._outcomes = [], []

    def _done(self, location: str) -> None:
        if self._on_item:
            self._on_item(location)


class _Writers:
    """Storing in `count` writer threads on PostgreSQL (ingest --writers): the results are cut into
    groups of up to `size` articles here, and each group is stored whole by one writer, with a
    session, a database connection and an officials registry of its own (_GroupStore.store_group).

    The writers decide about people one name at a time across each other (and across other
    ingest processes that share the database this way) through the registry's locks. At most
    `count` groups wait for a writer: a slow database holds the workers back instead of filling
    memory. Threads are enough: a writer spends half its time waiting for PostgreSQL, and the
    other half (matching, building rows) under the GIL, so two writers overlap one's waits with
    the other's work.
    """

    def __init__(
        self,
        *,
        engine: sa.Engine,
        count: int,
        topic_ids: dict[str, int],
        report: IngestReport,
        on_item: Callable[[str], None] | None,
        size: int,
    ) -> None:
        self._report, self._size = report, size
        self._lock = threading.Lock()  # the report, on_item and the writers' reports
        self._on_item = on_item
        self._groups: queue.Queue[list[Processed] | None] = queue.Queue(maxsize=count)
        self._pending: list[Processed] = []
        self._began = 0.0
        self._failure: BaseException | None = None
        self._reports: list[IngestReport] = []
        self._threads = [
            threading.Thread(target=self._write, args=(engine, topic_ids), name=f"writer-{n}", daemon=True)
            for n in range(count)
        ]
        for thread in self._threads:
            thread.start()

    def add(self, result: Processed | IngestError | Unchanged) -> None:
        if isinstance(result, Unchanged):
            with self._lock:
                self._report.duplicates += 1
            self._done(result.location)
        elif isinstance(result, IngestError):
            with self._lock:
                self._report.errors.append(result)
            self._done(result.source)
        else:
            if not self._pending:
                self._began = time.monotonic()
            self._pending.append(result)
            if len(self._pending) >= self._size or time.monotonic() - self._began >= GROUP_SECONDS:
                self.commit()

    def commit(self) -> None:
        """Hand the open group to a writer (it is stored and reported once that writer commits it)."""
        if not self._pending:
            return
        group, self._pending = self._pending, []
        while True:
            self._check()
            try:
                self._groups.put(group, timeout=0.5)
                return
            except queue.Full:
                continue

    def close(self) -> None:
        """Hand over the last group, wait for every writer to finish, and add up their reports."""
        try:
            self.commit()
        finally:
            for _ in self._threads:
                self._groups.put(None)
            for thread in self._threads:
                thread.join()
        self._check()
        for part in self._reports:
            self._report.articles += part.articles
            self._report.duplicates += part.duplicates
            self._report.statements += part.statements
            self._report.officials_created += part.officials_created
            self._report.suggestions += part.suggestions
            self._report.retries += part.retries
            self._report.errors += part.errors

    def _check(self) -> None:
        if self._failure is not None:
            raise self._failure

    def _done(self, location: str) -> None:
        if self._on_item:
            with self._lock:
                self._on_item(location)

    def _write(self, engine: sa.Engine, topic_ids: dict[str, int]) -> None:
        report = IngestReport()
        try:
            with Session(engine) as session:
                registry = OfficialRegistry.load(session=session)
                registry.start_sharing(session=session)
                session.commit()
                store = _GroupStore(
                    session=session,
                    registry=registry,
                    topic_ids=topic_ids,
                    report=report,
                    on_item=self._done,
                    size=self._size,
                )
                while (group := self._groups.get()) is not None:
                    if self._failure is None:  # after another writer failed, only drain the queue
                        store.store_group(group)
                # What was not stored with its group (see ingest_paths).
                for attempt in range(DEADLOCK_TRIES):
                    try:
                        report.suggestions += officials.store_suggestions(
                            session=session, pairs=registry.merge_suggestions()
                        )
                        session.commit()
                        break
                    except sa.exc.IntegrityError:  # another writer stored the same pair meanwhile
                        session.rollback()
                    except Exception as exc:
                        if not _retryable(exc) or attempt == DEADLOCK_TRIES - 1:
                            raise
                        session.rollback()
        except BaseException as exc:
            self._failure = self._failure or exc
            while self._groups.get() is not None:  # let the producer finish handing over
                pass
        finally:
            with self._lock:
                self._reports.append(report)


def _committing_before_urls(
    items: Iterable[Item], store: _GroupStore | _Writers, before_read: Callable[[Item], bool] | None
) -> Iterator[Item]:
    """The items, the open group committed before each URL is fetched (jobs <= 1: read on demand);
    `before_read` returning False ends them there."""
    for item in items:
        if item.kind == "url":
            store.commit()
        if before_read is not None and not before_read(item):
            return
        yield item


def _planned(
    paths: Iterable[str | Path],
    *,
    report: IngestReport,
    feeds: Iterable[str],
    tables: TableOptions,
    limits: FetchLimits,
    max_bytes: int,
) -> Iterator[Item]:
    """The batch's items as planned; inputs that cannot be planned go to the report's errors."""
    for planned in plan(paths, feeds=feeds, tables=tables, limits=limits, max_bytes=max_bytes):
        if isinstance(planned, IngestError):
            report.errors.append(planned)
        else:
            yield planned


def ingest_paths(
    paths: Iterable[str | Path],
    *,
    engine: sa.Engine,
    max_bytes: int,
    jobs: int = 1,
    lang: str | None = None,
    on_item: Callable[[str], None] | None = None,
    feeds: Iterable[str] = (),
    tables: TableOptions = TableOptions(),
    limits: FetchLimits = FetchLimits(),
    on_start: Callable[[int], None] | None = None,
    dask: str | None = None,
    writers: int = 1,
) -> IngestReport:
    """Ingest files, folders, URLs, feeds and exports; every article is stored whole or not at all.

    Inputs that cannot be read are reported in `errors` and the rest goes in. `on_start` gets
    the number of articles planned, `on_item` each one's location as it is done (for an article:
    once it is committed). `dask`: the pure stages run on a Dask cluster (a scheduler address, or
    local:N) instead of `jobs` processes; the items are then planned as the cluster takes them, not
    counted first, so `on_start` is not called. `writers`: storing threads on PostgreSQL (see
    _Writers); SQLite has one writer at a time whatever is asked, so it keeps one.
    """
    report = IngestReport()
    planned = _planned(paths, report=report, feeds=feeds, tables=tables, limits=limits, max_bytes=max_bytes)
    sharing = writers > 1 and engine.dialect.name == "postgresql"
    with Session(engine) as session:
        topic_ids = writes.ensure_topics(session=session, taxonomy=load_taxonomy())
        session.commit()
        # Several writers load a registry each; this process needs only the region table then.
        registry = None if sharing else OfficialRegistry.load(session=session)
        regions = registry.regions if registry is not None else region_table(session=session)
        session.commit()
        items: list[Item] | None = None
        if dask is None:
            items = list(planned)
            if on_start:
                on_start(len(items))
        size = GROUP_ARTICLES if items is None else max(1, min(GROUP_ARTICLES, len(items) // GROUP_STEPS))
        store: _GroupStore | _Writers
        if registry is None:
            store = _Writers(
                engine=engine, count=writers, topic_ids=topic_ids, report=report, on_item=on_item, size=size
            )
        else:
            store = _GroupStore(
                session=session, registry=registry, topic_ids=topic_ids, report=report, on_item=on_item, size=size
            )
        try:
            if items is None:
                assert dask is not None
                results = _dask_results(
                    planned,
                    address=dask,
                    session=session,
                    store=store,
                    max_bytes=max_bytes,
                    lang=lang,
                    limits=limits,
                    regions=regions,
                )
            else:
                results = _pool_results(
                    items,
                    session=session,
                    store=store,
                    jobs=jobs,
                    max_bytes=max_bytes,
                    lang=lang,
                    limits=limits,
                    regions=regions,
                )
            _store_all(store, results)
        finally:
            if isinstance(store, _Writers):
                store.close()
        if registry is not None:
            # Pairs the resolver would not merge on its own wait for an editor (most were stored with
            # their group already; this stores those of articles stored one by one).
            report.suggestions += officials.store_suggestions(session=session, pairs=registry.merge_suggestions())
            session.commit()
    return report


def ingest_items(
    items: list[Item],
    *,
    engine: sa.Engine,
    max_bytes: int,
    lang: str | None = None,
    on_item: Callable[[str], None] | None = None,
    limits: FetchLimits = FetchLimits(),
    outlet: str | None = None,
    before_read: Callable[[Item], bool] | None = None,
) -> IngestReport:
    """Read, process and store planned items one by one, in this process (a watched source's new
    addresses), as ingest_paths stores them.

    `outlet`: the outlet every article is filed under. `before_read` is called with each item
    before it is read, in order; returning False ends the batch there, everything before it
    stored (a watcher's per-host spacing and stop requests).
    """
    report = IngestReport()
    with Session(engine) as session:
        topic_ids = writes.ensure_topics(session=session, taxonomy=load_taxonomy())
        session.commit()
        registry = OfficialRegistry.load(session=session)
        store = _GroupStore(
            session=session,
            registry=registry,
            topic_ids=topic_ids,
            report=report,
            on_item=on_item,
            size=max(1, min(GROUP_ARTICLES, len(items) // GROUP_STEPS)),
        )
        results = _pool_results(
            items,
            session=session,
            store=store,
            jobs=1,
            max_bytes=max_bytes,
            lang=lang,
            limits=limits,
            regions=registry.regions,
            outlet=outlet,
            before_read=before_read,
        )
        _store_all(store, results)
        report.suggestions += officials.store_suggestions(session=session, pairs=registry.merge_suggestions())
        session.commit()
    return report


def ingest_source(source: Source, *, engine: sa.Engine, lang: str | None = None) -> tuple[int, int]:
    """Store one article already read (an editor's upload) as ingest_paths stores each article:
    the same stages, transaction, provenance and merge suggestions.

    Returns (article id, statements); statements is -1 when the same text was stored before (the
    existing article's id is returned). IngestError when the article could not be stored.
    """
    item = process_source(source, lang=lang)  # the long part, before any write lock is taken
    report = IngestReport()
    with Session(engine) as session:
        topic_ids = writes.ensure_topics(session=session, taxonomy=load_taxonomy())
        session.commit()
        registry = OfficialRegistry.load(session=session)
        store = _GroupStore(
            session=session, registry=registry, topic_ids=topic_ids, report=report, on_item=None, size=1
        )
        _store_all(store, [item])
        officials.store_suggestions(session=session, pairs=registry.merge_suggestions())  # as ingest_items
        session.commit()
        if report.errors:
            raise report.errors[0]
        article = writes.find_article_by_sha(session=session, sha256=item.sha256)
        assert article is not None and article.id is not None
        return article.id, report.statements if report.articles else -1


def _store_all(store: _GroupStore | _Writers, results: Iterable[Processed | IngestError | Unchanged]) -> None:
    for result in results:
        store.add(result)
    store.commit()


def _pool_results(
    items: list[Item],
    *,
    session: Session,
    store: _GroupStore | _Writers,
    jobs: int,
    max_bytes: int,
    lang: str | None,
    limits: FetchLimits,
    regions: RegionTable | None,
    outlet: str | None = None,
    before_read: Callable[[Item], bool] | None = None,
) -> Iterator[Processed | IngestError | Unchanged]:
    """The items through the pure stages in `jobs` processes of this machine (workers.parallel_map).

    `outlet`, `before_read`: see ingest_items (before_read only with jobs <= 1).
    """
    known = provenance.known_sources(session=session, locations=[i.location for i in items])
    jobs = min(jobs, len(items))  # a pool for one article costs more than it saves
    # Chunks of up to 8 items a submit, but small batches still spread over every worker.
    chunk = max(1, min(8, len(items) // (max(jobs, 1) * 8)))
    # With one job items are read here, on demand: no write lock is held while a URL is fetched.
    queued = _committing_before_urls(items, store, before_read) if jobs <= 1 else items
    return process_items(
        queued,
        known=known,
        max_bytes=max_bytes,
        lang=lang,
        jobs=jobs,
        limits=limits,
        regions=regions,
        chunk=chunk,
        on_wait=store.commit,
        outlet=outlet,
    )


# Articles per Dask task: enough that a task's overhead on the scheduler (a few ms) is small
# beside the work (about 10 ms an article), few enough that a killed worker costs little to redo.
DASK_PARTITION = 16


def _dask_results(
    items: Iterable[Item],
    *,
    address: str,
    session: Session,
    store: _GroupStore | _Writers,
    max_bytes: int,
    lang: str | None,
    limits: FetchLimits,
    regions: RegionTable | None,
) -> Iterator[Processed | IngestError | Unchanged]:
    """The items through the pure stages as tasks on a Dask cluster (cluster.dask_map), in order.

    What is archived already is looked up per partition as it is sent, not for the whole batch
    first; the region table goes to each worker once.
    """
    from quotetrack import cluster

    with cluster.connect(address) as client:
        yield from cluster.dask_map(
            partial(_process_partition, max_bytes=max_bytes, lang=lang, limits=limits),
            _with_known(items, session=session, size=DASK_PARTITION),
            client=client,
            on_crash=lambda w: IngestError(w[0].location, "the worker processing it died"),
            partition=DASK_PARTITION,
            extra=(regions,),
            on_wait=store.commit,
        )


def _with_known(items: Iterable[Item], *, session: Session, size: int) -> Iterator[tuple[Item, frozenset[str]]]:
    """Each item with the sha256s already archived from its location, looked up `size` items at a time."""
    iterator = iter(items)
    while part := list(islice(iterator, size)):
        known = provenance.known_sources(session=session, locations=[i.location for i in part])
        yield from ((item, frozenset(known.get(item.location, ()))) for item in part)


def _process_partition(
    work: list[tuple[Item, frozenset[str]]],
    regions: RegionTable | None,
    *,
    max_bytes: int,
    lang: str | None,
    limits: FetchLimits,
) -> list[Processed | IngestError | Unchanged]:
    """Dask task: the pure stages over one partition of items, against the store's region table."""
    _use_regions(regions)
    return [_process_item(w, max_bytes=max_bytes, lang=lang, limits=limits) for w in work]


def extract_files(
    paths: Iterable[str], *, lang: str | None = None, max_bytes: int, published: Mapping[str, date] | None = None
) -> Iterator[dict]:
    """The `extract` command's rows: statements of every file, officials resolved across the run.

    Nothing is written; official ids are keys of an in-memory registry, shared by one person's
    statements across all files. A file that cannot be read yields one {"article", "error"} row.
    `published`: publication dates by path or file name ("" for every file), over the text's own.
    """
    resolver = Resolver()
    published = published or {}
    for path in paths:
        day = published.get(path) or published.get(Path(path).name) or published.get("")
        try:
            rows = list(_extract_rows(path, resolver, lang=lang, max_bytes=max_bytes, published=day))
        except IngestError as exc:
            rows = [{"article": path, "error": exc.reason}]
        except Exception as exc:  # one odd file must not end the run
            rows = [{"article": path, "error": f"{type(exc).__name__}: {exc}"}]
        yield from rows


def _filed_name(speaker: str | None) -> str | None:
    """A well-known nickname ("Jokowi") as the name the registry files its person under."""
    if not speaker:
        return speaker
    parsed = parse_name(speaker)
    return parsed.name if speaker in parsed.aliases else speaker


def _extract_rows(
    path: str, resolver: Resolver, *, lang: str | None, max_bytes: int, published: date | None
) -> Iterator[dict]:
    source = read_source(Path(path), max_bytes=max_bytes)
    item = process_source(replace(source, published=published) if published else source, lang=lang)
    spoken = [s for s in item.statements if s.speaker]
    keys = iter(
        r.official_key
        for r in resolver.resolve_all(
            [
                Mention(
                    name=s.speaker or "",
                    mention=s.speaker_mention,
                    role=s.role,
                    region=s.region,
                    date=s.date,
                    article=path,
                    local_ref=s.speaker_ref,
                )
                for s in spoken
            ]
        )
    )
    official_ids = [next(keys) if s.speaker else None for s in item.statements]
    # As the registry files them: a short post is the fuller one the article gives the same person.
    posts = fullest_posts(
        [(o or None, canonical_post(s.role, s.region)) for s, o in zip(item.statements, official_ids, strict=True)]
    )
    # A statement printing no post cites the one its speaker holds in the article, as the registry
    # files it (the post held that day); a body is filed nowhere, and the spokeswoman it spoke
    # through once is no post of its other statements.
    filed = [o if s.speaker_kind == "person" else None for s, o in zip(item.statements, official_ids, strict=True)]
    posts = posts_held(list(zip(filed, posts, strict=True)))
    for s, topics, official_id, post in zip(item.statements, item.topics, official_ids, posts, strict=True):
        yield {
            "article": path,
            "kind": s.kind,
            "text": s.text,
            "start": s.start,
            "end": s.end,
            "speaker": _filed_name(s.speaker),
            "speaker_mention": s.speaker_mention,
            "official_id": official_id,
            # The role as the database stores it and pages show it (see store's use of shown_role):
            # a post as the registry files it; else a past post ("Mantan Plt Kadis Kesehatan"), a
            # private person's description ("pemilik warung kopi"), a rank or a body as printed.
            "role": post.label if post else shown_role(s.role, s.region),
            "region": post.region.name if post and post.region else s.region,
            "date": s.date.isoformat() if s.date else None,
            "topics": topics,
            "cue": s.cue,
            "confidence": round(s.confidence, 3),
        }
