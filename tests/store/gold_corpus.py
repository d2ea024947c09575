"""A database of the shared gold statements (id-dev, en-dev, seed, pfsa-dev): the claim-matching
haystack. Gold statements are stored as annotated, so the figures measure matching, not extraction."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session

from quotetrack.models import Article, Statement
from quotetrack.store import writes

SETS = ("id-dev", "en-dev", "seed", "pfsa-dev")


def load_gold(engine: sa.Engine, eval_dir: Path) -> dict[tuple[str, int], int]:
    """Store every gold statement; returns ("set/NNN.txt", index) -> statement id."""
    ids: dict[tuple[str, int], int] = {}
    officials: dict[str, int] = {}
    with Session(engine) as session:
        for name in SETS:
            for gold_path in sorted((eval_dir / name).glob("*.gold.json")):
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                article_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
                text = article_path.read_text(encoding="utf-8") if article_path.exists() else ""
                article = writes.add_article(
                    session=session,
                    article=Article(
                        outlet=name,
                        title=gold.get("article"),
                        language=gold.get("language") or "id",
                        text=text,
                        sha256=hashlib.sha256(f"{name}/{gold_path.name}".encode()).hexdigest(),
                    ),
                )
                rows = []
                for stmt in gold["statements"]:
                    speaker = (stmt.get("speaker") or "").strip()
                    if speaker and speaker not in officials:
                        officials[speaker] = writes.create_official(session=session, name=speaker).id or 0
                    start = max(text.find(stmt["text"]), 0)
                    rows.append(
                        Statement(
                            article_id=article.id or 0,
                            kind=stmt.get("kind") or "direct",
                            text=stmt["text"],
                            start=start,
                            end=start + len(stmt["text"]),
                            official_id=officials.get(speaker),
                        )
                    )
                writes.add_statements(session=session, statements=rows, topics=[[] for _ in rows])
                key = f"{name}/{article_path.name}"
                for i, row in enumerate(rows):
                    ids[(key, i)] = row.id or 0
        session.commit()
    return ids
