"""A folder's article files that cannot be opened are reported, never passed over in silence."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from quotetrack.pipeline import ingest_paths
from tests.ingest.conftest import article_text


def test_broken_and_looping_links_in_a_folder_are_reported_and_the_rest_goes_in(
    sqlite_engine: sa.Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(article_text(1), encoding="utf-8")
    # An article linked from a disk that is not mounted, an export moved away, two links that point at each other.
    (folder / "unmounted.txt").symlink_to(tmp_path / "gone" / "article.txt")
    (folder / "moved.jsonl").symlink_to(tmp_path / "moved.jsonl")
    (folder / "a.html").symlink_to(folder / "b.html")
    (folder / "b.html").symlink_to(folder / "a.html")
    (folder / "notes.tmp").symlink_to(tmp_path / "gone.tmp")  # not an article's suffix: not asked for

    report = ingest_paths([folder], engine=sqlite_engine, max_bytes=1_000_000)

    failed = {Path(e.source).name: e.reason for e in report.errors}
    assert set(failed) == {"unmounted.txt", "moved.jsonl", "a.html", "b.html"}, failed
    assert all("cannot read" in reason for reason in failed.values()), failed
    assert report.articles == 1 and report.statements >= 1
