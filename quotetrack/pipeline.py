"""The ingest path end to end: source -> prepare -> extract -> topics -> resolve -> store.

`process_source` is pure and picklable, so batches run it in worker processes; storing
happens in the parent, one transaction per article, so a crash never leaves half an article.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.errors import IngestError
from quotetrack.extract import extract
from quotetrack.extract.model import ArticleMeta, Statement
from quotetrack.ingest import Source, discover, read_source
from quotetrack.models import Article
from quotetrack.models import Statement as StatementRow
from quotetrack.resolve import Mention, Resolver
from quotetrack.store import officials, writes
from quotetrack.store.registry import OfficialRegistry, canonical_post
from quotetrack.text import prepare
from quotetrack.topics import load_taxonomy, tag_text


@dataclass(frozen=True, slots=True)
class Processed:
    """Everything the pure stages made of one source, ready to store."""

    source: Source
    text: str
    sha256: str
    meta: ArticleMeta
    statements: list[Statement]
    topics: list[list[str]]


def process_source(source: Source, *, lang: str | None = None) -> Processed:
    text, meta = prepare(source.raw_text)
    if not text.strip():
        raise IngestError(source.location, "no article text left after cleaning")
    extraction = extract(text, meta=meta, lang=lang)
    taxonomy = load_taxonomy()
    return Processed(
        source=source,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        meta=extraction.meta,
        statements=extraction.statements,
        topics=[tag_text(s.text, taxonomy) for s in extraction.statements],
    )


def _process_path(path: str, max_bytes: int, lang: str | None) -> Processed | IngestError:
    """Worker entry point: errors come back as values so one bad file never stops a batch."""
    try:
        return process_source(read_source(Path(path), max_bytes=max_bytes), lang=lang)
    except IngestError as exc:
        return exc
    except Exception as exc:  # a bug on odd input must still not lose the rest of the batch
        return IngestError(path, f"{type(exc).__name__}: {exc}")


def process_paths(
    paths: Iterable[str], *, max_bytes: int, lang: str | None = None, jobs: int = 1
) -> Iterator[Processed | IngestError]:
    """Process files in order, in `jobs` worker processes when jobs > 1."""
    if jobs <= 1:
        for p in paths:
            yield _process_path(p, max_bytes, lang)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        paths = list(paths)
        yield from pool.map(_process_path, paths, [max_bytes] * len(paths), [lang] * len(paths), chunksize=4)


@dataclass
class IngestReport:
    articles: int = 0
    duplicates: int = 0
    statements: int = 0
    officials_created: int = 0
    suggestions: int = 0  # new open merge suggestions for editors
    errors: list[IngestError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def store_processed(*, session: Session, item: Processed, registry: OfficialRegistry, topic_ids: dict[str, int]) -> int:
    """Store one processed article with its statements; returns the number of statements.

    Returns -1 when the same text is already stored (ingest is idempotent).
    """
    if writes.find_article_by_sha(session=session, sha256=item.sha256) is not None:
        return -1
    meta = item.meta
    article = writes.add_article(
        session=session,
        article=Article(
            url=item.source.url,
            outlet=item.source.outlet or meta.outlet_tag,
            title=meta.title,
            author=meta.author,
            place=meta.place,
            language=meta.language,
            published=meta.published,
            text=item.text,
            sha256=item.sha256,
            source_path=item.source.location,
            retrieved_at=item.source.retrieved_at,
        ),
    )
    links = registry.resolve_article(session=session, article_key=item.source.location, statements=item.statements)
    rows = [
        StatementRow(
            article_id=article.id,
            kind=s.kind,
            text=s.text,
            start=s.start,
            end=s.end,
            paragraph=s.paragraph,
            cue=s.cue,
            speaker_mention=s.speaker_mention,
            role=s.role,
            region=s.region,
            date=s.date,
            confidence=s.confidence,
            official_id=link.official_id if link else None,
            membership_id=link.membership_id if link else None,
        )
        for s, link in zip(item.statements, links, strict=True)
    ]
    writes.add_statements(
        session=session,
        statements=rows,
        topics=[[topic_ids[t] for t in tags if t in topic_ids] for tags in item.topics],
    )
    return len(rows)


def ingest_paths(
    paths: Iterable[str | Path],
    *,
    engine: sa.Engine,
    max_bytes: int,
    jobs: int = 1,
    lang: str | None = None,
    on_item: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest article files; every article commits on its own, errors are collected."""
    report = IngestReport()
    files = [str(p) for p in discover(paths)]
    with Session(engine) as session:
        topic_ids = writes.ensure_topics(session=session, taxonomy=load_taxonomy())
        session.commit()
        registry = OfficialRegistry.load(session=session)
        for item in process_paths(files, max_bytes=max_bytes, lang=lang, jobs=jobs):
            location = item.source if isinstance(item, IngestError) else item.source.location
            if isinstance(item, IngestError):
                report.errors.append(item)
            else:
                try:
                    created_before = registry.created
                    n = store_processed(session=session, item=item, registry=registry, topic_ids=topic_ids)
                    session.commit()
                except Exception as exc:
                    session.rollback()
                    registry.forget_uncommitted()
                    report.errors.append(IngestError(location, f"could not store: {type(exc).__name__}: {exc}"))
                else:
                    registry.commit()
                    if n < 0:
                        report.duplicates += 1
                    else:
                        report.articles += 1
                        report.statements += n
                        report.officials_created += registry.created - created_before
            if on_item:
                on_item(location)
        # Pairs the resolver would not merge on its own wait for an editor.
        report.suggestions = officials.store_suggestions(session=session, pairs=registry.merge_suggestions())
        session.commit()
    return report


def extract_files(paths: Iterable[str], *, lang: str | None = None, max_bytes: int) -> Iterator[dict]:
    """The `extract` command's rows: statements of every file, officials resolved across the run.

    Nothing is written; official ids are keys of an in-memory registry, shared by one person's
    statements across all files. A file that cannot be read yields one {"article", "error"} row.
    """
    resolver = Resolver()
    for path in paths:
        try:
            rows = list(_extract_rows(path, resolver, lang=lang, max_bytes=max_bytes))
        except IngestError as exc:
            rows = [{"article": path, "error": exc.reason}]
        except Exception as exc:  # one odd file must not end the run
            rows = [{"article": path, "error": f"{type(exc).__name__}: {exc}"}]
        yield from rows


def _extract_rows(path: str, resolver: Resolver, *, lang: str | None, max_bytes: int) -> Iterator[dict]:
    item = process_source(read_source(Path(path), max_bytes=max_bytes), lang=lang)
    spoken = [s for s in item.statements if s.speaker]
    keys = iter(
        r.official_key
        for r in resolver.resolve_all(
            [
                Mention(name=s.speaker or "", mention=s.speaker_mention, role=s.role, region=s.region,
                        date=s.date, article=path, local_ref=s.speaker_ref)
                for s in spoken
            ]
        )
    )
    for s, topics in zip(item.statements, item.topics, strict=True):
        post = canonical_post(s.role, s.region)
        yield {
            "article": path,
            "kind": s.kind,
            "text": s.text,
            "start": s.start,
            "end": s.end,
            "speaker": s.speaker,
            "speaker_mention": s.speaker_mention,
            "official_id": next(keys) if s.speaker else None,
            "role": post.label if post else None,
            "region": post.region.name if post and post.region else s.region,
            "date": s.date.isoformat() if s.date else None,
            "topics": topics,
            "cue": s.cue,
            "confidence": round(s.confidence, 3),
        }
