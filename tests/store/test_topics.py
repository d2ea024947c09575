"""Topic tagging: keyword stems, article context, parents; retagging; precision/recall on id-dev."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from search_corpus import build  # type: ignore[import-not-found]
from sqlmodel import Session, select
from typer.testing import CliRunner

from quotetrack.models import Revision, StatementTopic, Topic
from quotetrack.store.filters import StatementFilter
from quotetrack.store.retag import retag_statements
from quotetrack.store.search import search_statements
from quotetrack.topics import context_topics, load_taxonomy, tag_statements, tag_text
from quotetrack.topics.evaluate import load_labelled, score_topics

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO.parent / "shared" / "eval" / "id-dev"
LABELS = REPO / "tests" / "data" / "topics_id_dev.json"


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Kami minta kenetralan aparatur dijaga", ["elections", "asn-neutrality"]),
        ("Pemungutan suara pilkada berjalan kondusif", ["elections", "pilkada", "security"]),
        ("Warga diminta datang ke TPS untuk mencoblos pada pagi hari", ["elections"]),  # (coblos: to vote)
        ("Surat suara sudah diterima lengkap menjelang hari pencoblosan", ["elections"]),
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


def test_a_statement_takes_the_topics_of_its_sentence_not_of_its_article() -> None:
    article = " ".join(["Jembatan ambles di jalur pantura itu direvitalisasi."] * 5)
    article += ' "Bisa mundur lagi," kata Kadis PUPR. "Stok beras masih aman," ujarnya soal jembatan.'
    terse = article.index("Bisa mundur")
    stock = article.index("Stok beras")
    assert context_topics(article) == {"infrastructure"}  # what the article is about...
    tags = tag_statements(
        ["Bisa mundur lagi", "Stok beras masih aman"],
        article_text=article,
        spans=[(terse, terse + 16), (stock, stock + 21)],
    )
    assert tags == [[], ["inflation", "infrastructure"]]  # ...spreads to no statement; its sentence does
    assert tag_statements(["Bisa mundur lagi"], article_text=article) == [[]]  # no spans: its own words only


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Stok beras masih aman sampai Lebaran", ["inflation"]),  # supplies, not security
        ("Pasokan elpiji aman", []),
        ("Situasi kamtibmas aman dan kondusif", ["security"]),
        ("Dua tersangka diamankan di rumahnya", ["law-enforcement"]),
        ("Polisi mengamankan jalannya kampanye", ["elections", "security"]),
        ("Menko Polhukam mencari jalan keluar soal pengungsi", []),  # a minister's title is not a topic
        ("Sembako kami kirim secara gratis", []),
        ("Harga sembako naik", ["inflation"]),
        ("The Labour party leader spoke", []),
        ("an international marketing campaign for tourists", []),
    ],
)
def test_keywords_with_another_sense_need_their_context(text: str, topics: list[str]) -> None:
    assert tag_text(text) == topics


def test_sentence_around_stays_in_its_paragraph() -> None:
    from quotetrack.topics.tagger import sentence_around

    text = 'Hujan turun. "Kami siap," kata Budi soal banjir. Lalu pergi.\nParagraf baru.'
    i = text.index("Kami")
    assert sentence_around(text, i, i + 9) == '"Kami siap," kata Budi soal banjir.'
    assert sentence_around(text, 0, 99) == ""


def test_every_topic_of_the_issue_is_in_the_taxonomy_with_both_labels() -> None:
    taxonomy = {t.slug: t for t in load_taxonomy()}
    for slug in (
        "asn-neutrality",
        "elections",
        "pilkada",
        "security",
        "coordination",
        "budget",
        "corruption",
        "health",
        "disasters",
        "inflation",
        "infrastructure",
    ):
        assert taxonomy[slug].label_id and taxonomy[slug].label_en and taxonomy[slug].stems
    assert all(t.parent is None or t.parent in taxonomy for t in taxonomy.values())


def _old_tagger(texts: list[str], article_text: str) -> list[list[str]]:
    """Tagging as it was before December 2026 (for the figures printed beside the current ones):
    each statement's own words plus every topic its article is mainly about."""
    from quotetrack.topics.tagger import _with_parents

    shared = context_topics(article_text)
    taxonomy = load_taxonomy()
    return [_with_parents(set(tag_text(t)) | shared, taxonomy) for t in texts]


@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/eval is not beside this checkout")
def test_topic_precision_recall_on_hand_labelled_id_dev(capsys: pytest.CaptureFixture[str]) -> None:
    rows = load_labelled(LABELS, GOLD)
    scores = score_topics(rows)
    precision, recall, f1 = scores.micro()
    old_p, old_r, old_f1 = score_topics(rows, _old_tagger).micro()
    with capsys.disabled():
        print(f"\ntopics on id-dev ({len(rows)} statements, hand labels):")
        for slug in sorted(set(scores.tp) | set(scores.fp) | set(scores.fn)):
            tp, fp, fn = scores.tp[slug], scores.fp[slug], scores.fn[slug]
            p, r = tp / ((tp + fp) or 1), tp / ((tp + fn) or 1)
            print(f"  {slug:20} P {p:.2f}  R {r:.2f}  (tp {tp}, fp {fp}, fn {fn})")
        print(f"  before (own words + article topics): micro P {old_p:.3f}  R {old_r:.3f}  F1 {old_f1:.3f}")
        print(f"  now (own words + sentence):          micro P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    assert precision >= 0.9 and f1 >= 0.85
    assert precision > old_p


@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/eval is not beside this checkout")
def test_the_about_page_topic_figures_are_the_measured_ones() -> None:
    """quality.json is written by bench/bench_quality.py; a tagger change without a new run shows here."""
    recorded = json.loads((REPO / "quotetrack" / "web" / "data" / "quality.json").read_text(encoding="utf-8"))["topics"]
    precision, recall, f1 = score_topics(load_labelled(LABELS, GOLD)).micro()
    assert (recorded["precision"], recorded["recall"], recorded["f1"]) == (
        round(precision, 3),
        round(recall, 3),
        round(f1, 3),
    ), "rerun bench/bench_quality.py"


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
        session.add(
            Revision(
                entity_type="statement",
                entity_id=3,
                action="edit",
                actor="ed",
                before={"topics": []},
                after={"topics": [asn.id]},
            )
        )
        session.commit()
        dry = retag_statements(session=session, taxonomy=load_taxonomy(changed), dry_run=True)
        assert dry.changed > 0
        assert session.exec(select(StatementTopic).where(StatementTopic.topic_id == asn.id)).all()
        before = search_statements(session=session, q="netral", filters=StatementFilter(topic="asn-neutrality"))
        report = retag_statements(session=session, taxonomy=load_taxonomy(changed))
        session.commit()
        tagged = set(session.exec(select(StatementTopic.statement_id).where(StatementTopic.topic_id == asn.id)))
        # A search memoised before the retag is not served after it.
        after = search_statements(session=session, q="netral", filters=StatementFilter(topic="asn-neutrality"))
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
