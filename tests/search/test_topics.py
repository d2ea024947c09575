"""Topic tagging: keyword stems, article context, parents; retagging; precision/recall on id-dev."""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import sqlalchemy as sa
from search_corpus import build  # type: ignore[import-not-found]
from sqlmodel import Session, select
from typer.testing import CliRunner

from quotetrack.models import Revision, StatementTopic, Topic
from quotetrack.store.search import SearchFilters, search_statements
from quotetrack.topics import context_topics, load_taxonomy, tag_statements, tag_text
from quotetrack.topics.retag import retag_statements

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO.parent / "shared" / "eval" / "id-dev"
LABELS = REPO / "tests" / "data" / "topics_id_dev.json"


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Kami minta kenetralan aparatur dijaga", ["elections", "asn-neutrality"]),
        ("Pemungutan suara pilkada berjalan kondusif", ["elections", "pilkada", "security"]),
        ("Asnawi hadir di acara itu", []),  # a short stem never matches inside a name
        ("Anggaran daerah defisit setelah TKD dipangkas", ["budget"]),
        ("TNI dan Polri siap mengamankan", ["security", "coordination"]),  # two agencies: coordination
        ("Polri siap", []),
        ("Berkoordinasi dengan Forkopimda", ["coordination"]),  # matched through its stem
        ("The regent said civil servants must stay neutral during the election", ["elections", "asn-neutrality"]),
        ("Stunting turun berkat puskesmas", ["health"]),
    ],
)
def test_statement_keywords(text: str, topics: list[str]) -> None:
    assert tag_text(text) == topics


def test_article_context_carries_its_main_topic_to_terse_quotes() -> None:
    article = " ".join(["Jembatan ambles di jalur pantura itu direvitalisasi."] * 5)
    assert context_topics(article) == {"infrastructure"}
    assert tag_statements(["Bisa mundur lagi", "Anggaran sudah cukup"], article_text=article) == [
        ["infrastructure"], ["budget", "infrastructure"]]
    assert tag_statements(["Bisa mundur lagi"], article_text="Satu jembatan.") == [[]]


def test_every_topic_of_the_issue_is_in_the_taxonomy_with_both_labels() -> None:
    taxonomy = {t.slug: t for t in load_taxonomy()}
    for slug in ("asn-neutrality", "elections", "pilkada", "security", "coordination", "budget", "corruption",
                 "health", "disasters", "inflation", "infrastructure"):
        assert taxonomy[slug].label_id and taxonomy[slug].label_en and taxonomy[slug].stems
    assert all(t.parent is None or t.parent in taxonomy for t in taxonomy.values())


def _labelled() -> list[tuple[str, str, list[str], str]]:
    """(article, statement text, hand labels, article text) for every labelled gold statement."""
    from quotetrack.text import prepare

    doc = json.loads(LABELS.read_text(encoding="utf-8"))
    out = []
    for label in doc["labels"]:
        gold = json.loads((GOLD / label["article"].replace(".txt", ".gold.json")).read_text(encoding="utf-8"))
        text = gold["statements"][label["index"]]["text"]
        assert hashlib.sha1(text.encode()).hexdigest()[:10] == label["sha1"], label
        article, _ = prepare((GOLD / label["article"]).read_text(encoding="utf-8"))
        out.append((label["article"], text, label["topics"], article))
    return out


@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/eval is not beside this checkout")
def test_topic_precision_recall_on_hand_labelled_id_dev(capsys: pytest.CaptureFixture[str]) -> None:
    rows = _labelled()
    by_article: dict[str, list[tuple[str, list[str], str]]] = defaultdict(list)
    for article, text, labels, article_text in rows:
        by_article[article].append((text, labels, article_text))
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for items in by_article.values():
        predicted = tag_statements([t for t, _, _ in items], article_text=items[0][2])
        for (_, labels, _), found in zip(items, predicted, strict=True):
            for slug in set(found) & set(labels):
                tp[slug] += 1
            for slug in set(found) - set(labels):
                fp[slug] += 1
            for slug in set(labels) - set(found):
                fn[slug] += 1
    with capsys.disabled():
        print(f"\ntopics on id-dev ({len(rows)} statements, hand labels):")
        for slug in sorted(set(tp) | set(fp) | set(fn)):
            p = tp[slug] / ((tp[slug] + fp[slug]) or 1)
            r = tp[slug] / ((tp[slug] + fn[slug]) or 1)
            print(f"  {slug:20} P {p:.2f}  R {r:.2f}  (tp {tp[slug]}, fp {fp[slug]}, fn {fn[slug]})")
        precision = sum(tp.values()) / (sum(tp.values()) + sum(fp.values()))
        recall = sum(tp.values()) / (sum(tp.values()) + sum(fn.values()))
        f1 = 2 * precision * recall / (precision + recall)
        print(f"  micro P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    assert f1 >= 0.85


def test_retag_follows_a_changed_taxonomy_and_keeps_editor_choices(engine: sa.Engine, tmp_path: Path) -> None:
    build(engine)
    doc = json.loads((REPO / "quotetrack" / "topics" / "data" / "taxonomy.json").read_text(encoding="utf-8"))
    for topic in doc["topics"]:
        if topic["slug"] == "asn-neutrality":
            topic["stems"] = ["aparatur"]  # "netral" no longer tags it
    changed = tmp_path / "taxonomy.json"
    changed.write_text(json.dumps(doc), encoding="utf-8")
    with Session(engine) as session:
        asn = session.exec(select(Topic).where(Topic.slug == "asn-neutrality")).one()
        # Statement 3 ("Pegawai yang tidak netral…"): an editor set its topics by hand.
        session.add(Revision(entity_type="statement", entity_id=3, action="edit", actor="ed",
                             before={"topics": []}, after={"topics": [asn.id]}))
        session.commit()
        dry = retag_statements(session=session, taxonomy=load_taxonomy(changed), dry_run=True)
        assert dry.changed > 0
        assert session.exec(select(StatementTopic).where(StatementTopic.topic_id == asn.id)).all()
        before = search_statements(session=session, q="netral", filters=SearchFilters(topic="asn-neutrality"))
        report = retag_statements(session=session, taxonomy=load_taxonomy(changed))
        session.commit()
        tagged = set(session.exec(select(StatementTopic.statement_id).where(StatementTopic.topic_id == asn.id)))
        # A search memoised before the retag is not served after it.
        after = search_statements(session=session, q="netral", filters=SearchFilters(topic="asn-neutrality"))
    assert {s.id for s in after.items} == {2, 3} != {s.id for s in before.items}
    assert report.kept_by_editor == 1 and report.removed >= 2
    assert tagged == {2, 3}  # "kenetralan aparatur" by the new stem, and the editor's statement
    again = None
    with Session(engine) as session:
        again = retag_statements(session=session, taxonomy=load_taxonomy(changed))
    assert again.changed == 0


def test_topics_retag_command(sqlite_engine: sa.Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    from quotetrack import cli

    build(sqlite_engine)
    monkeypatch.setattr(cli, "_engine", lambda: sqlite_engine)
    result = CliRunner().invoke(cli.app, ["topics", "retag", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "8 statements, 0 would change" in result.output and "asn-neutrality" in result.output
    bad = CliRunner().invoke(cli.app, ["topics", "retag", "--taxonomy", "/nonexistent.json"])
    assert bad.exit_code == 2 and "cannot read the taxonomy" in bad.output
