"""The registry as ingest uses it: posts held on the statement's date, imported area codes, suggestions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, col, select

from quotetrack.errors import Conflict
from quotetrack.models import Area, Article, Membership, MergeSuggestion, Official, Statement
from quotetrack.pipeline import ingest_paths
from quotetrack.store import writes
from quotetrack.store.db import make_engine
from quotetrack.store.migrate import upgrade
from quotetrack.store.officials import (
    Pair,
    accept_suggestion,
    list_suggestions,
    membership_at,
    reject_suggestion,
    store_suggestions,
    undo,
)
from quotetrack.store.registry import OfficialRegistry
from tests.conftest import SEEDS
from tests.officials.conftest import World, said, state, store, store_with

MAY, JUNE, SEPT = dt.date(2024, 5, 30), dt.date(2024, 6, 10), dt.date(2024, 9, 2)


def _ingest(engine: sa.Engine, tmp_path: Path, title: str, paragraphs: list[str]) -> None:
    """Ingest one invented article for each paragraph, under one title."""
    paths = []
    for k, text in enumerate(paragraphs):
        path = tmp_path / f"{k}.txt"
        path.write_text(f"{title}\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    assert ingest_paths(paths, engine=engine, max_bytes=1_000_000).ok


def test_a_statement_without_a_printed_post_cites_the_post_held_that_day(engine: sa.Engine) -> None:
    with Session(engine) as session:
        # (a name of two words: one word alone and nothing else is no evidence across articles)
        first, bare = store(
            session,
            "a1",
            [
                said("Imran Hakim", MAY, "Pj. Bupati", "Subang", "Pj. Bupati Subang Imran Hakim"),
                said("Imran Hakim", MAY),
            ],
        )
        assert first is not None and bare is not None
        assert bare.official_id == first.official_id and bare.membership_id == first.membership_id is not None
        # Later the same month the post is printed again, so the period grows to cover June.
        store(session, "a2", [said("Imran Hakim", JUNE, "Pj. Bupati", "Subang")])
        (june_bare,) = store(session, "a3", [said("Imran Hakim", JUNE)])
        assert june_bare is not None and june_bare.membership_id == first.membership_id
        # September is outside every period the registry knows: no post is claimed.
        (sept,) = store(session, "a4", [said("Imran Hakim", SEPT)])
        assert sept is not None and sept.official_id == first.official_id and sept.membership_id is None
        post = session.get(Membership, first.membership_id)
        assert post is not None and post.appointment == "acting"
        assert (post.start_date, post.end_date) == (MAY, JUNE)


def test_a_post_printed_short_files_under_the_fuller_one_the_article_gives(engine: sa.Engine) -> None:
    with Session(engine) as session:
        full, short, acting, plain = store(
            session,
            "a1",
            [
                said("Rudi Hartono", MAY, "Kapolres", "Sarolangun", "Kapolres Sarolangun AKBP Rudi Hartono"),
                said("Rudi Hartono", MAY, "Kapolres", None, "Kapolres Rudi Hartono"),
                said("Sinta Dewi", MAY, "Plt Kepala Dinas Kesehatan", None, "Plt Kepala Dinas Kesehatan Sinta Dewi"),
                said("Sinta Dewi", MAY, "Kepala Dinas Kesehatan", None, "Kepala Dinas Kesehatan Sinta Dewi"),
            ],
        )
        assert full and short and acting and plain
        assert short.membership_id == full.membership_id is not None
        assert plain.membership_id == acting.membership_id is not None
        for official_id in (full.official_id, acting.official_id):
            held = session.exec(select(Membership).where(Membership.official_id == official_id)).all()
            assert len(held) == 1, [(m.role, m.area_id) for m in held]
        # Another article printing the post without its place, days later: the same post.
        (elsewhere,) = store(session, "a2", [said("Rudi Hartono", JUNE, "Kapolres", None, "Kapolres Rudi Hartono")])
        assert elsewhere is not None and elsewhere.membership_id == full.membership_id
        # Two years on it may be another regency's: filed as printed.
        later = dt.date(2026, 6, 10)
        (moved,) = store(session, "a3", [said("Rudi Hartono", later, "Kapolres", None, "Kapolres Rudi Hartono")])
        assert moved is not None and moved.official_id == full.official_id
        assert moved.membership_id not in (None, full.membership_id)


def test_a_post_printed_without_its_place_files_under_the_placed_one(engine: sa.Engine) -> None:
    """Across articles: "Gubernur Anwari" before and after "Gubernur DKI Jakarta Anwari Basalamah" is
    one post on the official's page, not "Gubernur" beside "Gubernur, DKI Jakarta"."""
    with Session(engine) as session:
        (bare,) = store(session, "a1", [said("Anwari", MAY, "Gubernur", None, "Gubernur Anwari")])
        (placed,) = store(
            session,
            "a2",
            [said("Anwari Basalamah", JUNE, "Gubernur", "DKI Jakarta", "Gubernur DKI Jakarta Anwari Basalamah")],
        )
        (again,) = store(session, "a3", [said("Anwari Basalamah", JUNE, "Gubernur", None, "Gubernur Anwari Basalamah")])
        assert bare and placed and again
        assert bare.official_id == placed.official_id == again.official_id
        assert bare.membership_id == placed.membership_id == again.membership_id is not None
        (post,) = session.exec(select(Membership).where(Membership.official_id == bare.official_id)).all()
        assert post.area_id is not None and (post.start_date, post.end_date) == (MAY, JUNE)
        # An elected governor serves the province for a term: a year on, still the same post.
        next_year = dt.date(2025, 6, 1)
        (later,) = store(session, "a4", [said("Anwari Basalamah", next_year, "Gubernur", None, "Gubernur Anwari")])
        assert later is not None and later.membership_id == bare.membership_id


def test_a_post_spelled_out_and_shortened_is_one_membership_cited_as_printed(engine: sa.Engine, tmp_path: Path) -> None:
    """ "Kepala Dinas Kesehatan" then "Kadinkes", "Kepala Polres" then "Kapolres", "Kepala Bidang
    Humas" then "Kabid Humas": one post on the official's page; each statement still cites the
    post in the words its article printed."""
    from fastapi.testclient import TestClient

    from quotetrack.web.app import create_app

    articles = [
        ("dbd", "Kepala Dinas Kesehatan Kabupaten Garut Leli Yuliani mengatakan kasus demam berdarah meningkat."),
        ("fogging", "Kadinkes Garut Leli Yuliani menyebut fogging akan dilakukan di dua belas kecamatan."),
        ("tps", "Kepala Polres Cianjur AKBP Rohman Santoso menyatakan situasi menjelang pemungutan suara kondusif."),
        (
            "personel",
            "Kapolres Cianjur AKBP Rohman Santoso mengatakan seribu personel diterjunkan untuk mengamankan TPS.",
        ),
        # (a middle name left out as well: one person, one post)
        (
            "humas",
            "Kepala Bidang Humas Polda Jawa Barat Kombes Julius Abraham Sitepu mengatakan seluruh personel sudah siap.",
        ),
        (
            "kamtibmas",
            "Kabid Humas Polda Jabar Kombes Julius Sitepu menyebut situasi kamtibmas di Jawa Barat kondusif.",
        ),
    ]
    _ingest(engine, tmp_path, "Berita daerah", [text for _, text in articles])
    with Session(engine) as session:
        posts = sorted(session.exec(select(Membership.role)).all())
        officials = session.exec(select(Official.name)).all()
    assert len(posts) == 3, posts  # (each labelled as first filed)
    assert len(officials) == 3, officials
    with TestClient(create_app(engine)) as client:
        cited = sorted(s["held_role"] for s in client.get("/api/v1/statements").json()["items"])
    assert cited == [
        "Kabid Humas Polda",
        "Kadinkes",
        "Kapolres",
        "Kepala Bidang Humas Polda",
        "Kepala Dinas Kesehatan",
        "Kepala Polres",
    ]


def test_a_post_printed_short_spelled_out_by_initials_or_in_english_is_one_membership(
    engine: sa.Engine, tmp_path: Path
) -> None:
    """A disaster agency's head short and spelled out (a name a letter apart as well), a board
    chair with the body by its initials and spelled out, a minister in Indonesian and in English:
    one official each, with one post."""
    articles = [
        "Kalaksa BPBD Kabupaten Cianjur Asep Darmawan mengatakan potensi longsor di lereng bukit tinggi.",
        "Kepala Pelaksana Badan Penanggulangan Bencana Daerah Cianjur Asep Darmawan menyebut tiga rumah tertimbun.",
        "Ketua Dewan Komisioner OJK Wirawan Pratama mengatakan kredit perbankan tumbuh stabil.",
        "Ketua Dewan Komisioner Otoritas Jasa Keuangan Wirawan Pratama menyebut risiko kredit masih terjaga.",
        "Menteri Keuangan Ratna Kusumawati mengatakan defisit anggaran masih terkendali.",
        "JAKARTA - Finance Minister Ratna Kusumawati said on Monday the deficit would stay below 3 percent.",
        "JAKARTA - Subang Regent Dadang Sutisna said the regency would build a new market next year.",
        "Bupati Subang Dadang Sutisna mengatakan pasar baru akan dibangun tahun depan.",
    ]
    _ingest(engine, tmp_path, "Berita", articles)
    with Session(engine) as session:
        officials = session.exec(select(Official.id, Official.name)).all()
        posts = session.exec(select(Membership.official_id, Membership.role)).all()
    assert sorted(name for _, name in officials) == [
        "Asep Darmawan",
        "Dadang Sutisna",
        "Ratna Kusumawati",
        "Wirawan Pratama",
    ]
    assert len(posts) == 4, posts


def test_one_mayor_spelt_mohammad_muhammad_and_m_is_one_official(engine: sa.Engine, tmp_path: Path) -> None:
    texts = [
        "Wali Kota Bekasi Mohammad Hasan mengatakan pemkot menghormati proses yang berjalan di Bawaslu.",
        "Wali Kota Bekasi Muhammad Hasan Basri menyebut seluruh ASN sudah menandatangani pakta integritas.",
        "Wali Kota Bekasi M. Hasan menegaskan tidak ada mutasi pejabat selama tahapan pilkada berlangsung.",
    ]
    _ingest(engine, tmp_path, "Pilkada Bekasi", texts)
    with Session(engine) as session:
        assert session.exec(select(Official.name)).all() == ["Muhammad Hasan Basri"]


def test_membership_at_picks_the_post_of_the_date(world: World) -> None:
    with Session(world.engine) as session:
        later = writes.record_membership(
            session=session,
            official_id=world.imran,
            role="Bupati",
            area_id=None,
            appointment="elected",
            on=dt.date(2025, 3, 1),
        )
        writes.record_membership(
            session=session,
            official_id=world.imran,
            role="Bupati",
            area_id=None,
            appointment="elected",
            on=dt.date(2025, 8, 1),
        )
        acting = membership_at(session=session, official_id=world.imran, on=JUNE)
        assert acting is not None and acting.role == "Pj. Bupati" and acting.area is not None
        assert acting.area.name == "Kabupaten Subang"
        held = membership_at(session=session, official_id=world.imran, on=dt.date(2025, 5, 5))
        assert held is not None and held.id == later.id
        assert membership_at(session=session, official_id=world.imran, on=dt.date(2024, 12, 1)) is None
        assert membership_at(session=session, official_id=world.aceh_imran, on=MAY) is None


def test_the_official_takes_the_fullest_name_seen(engine: sa.Engine) -> None:
    with Session(engine) as session:
        (short,) = store(session, "b1", [said("Hanif", MAY, "Kapolres", "Subang")])
        (full,) = store(
            session, "b2", [said("Muhammad Hanif", JUNE, "Kapolres", "Subang", "Kapolres Subang AKBP Muhammad Hanif")]
        )
        assert short is not None and full is not None and short.official_id == full.official_id
        official = session.get(Official, full.official_id)
        assert official is not None and official.name == "Muhammad Hanif"


def test_namesakes_in_other_regions_stay_apart_and_are_queued_for_review(engine: sa.Engine) -> None:
    with Session(engine) as session:
        registry = OfficialRegistry.load(session=session)
        article = writes.add_article(session=session, article=Article(text="c", sha256="c" * 64))
        links = registry.resolve_article(
            session=session,
            article_key=str(article.id),
            statements=[said("Imran", MAY, "Bupati", "Subang")],
        )
        links += registry.resolve_article(
            session=session, article_key="other", statements=[said("Imran", MAY, "Anggota DPRD", "Aceh")]
        )
        subang, aceh = (link.official_id for link in links if link)
        assert subang != aceh
        pairs = registry.merge_suggestions()
        assert {frozenset((p.a, p.b)) for p in pairs} == {frozenset((subang, aceh))}
        assert store_suggestions(session=session, pairs=pairs) == 1
        assert store_suggestions(session=session, pairs=pairs) == 0  # asked once
        session.commit()
        (queued,) = list_suggestions(session=session)
        assert {queued.a.id, queued.b.id} == {subang, aceh} and 0 < queued.score <= 1


def test_rejected_pairs_are_not_asked_again(world: World) -> None:
    with Session(world.engine) as session:
        store_suggestions(session=session, pairs=[Pair(world.imran, world.aceh_imran, 0.6, "exact+differ")])
        (row,) = list_suggestions(session=session)
        reject_suggestion(session=session, suggestion_id=row.id, actor="editor")
        session.commit()
        assert store_suggestions(session=session, pairs=[Pair(world.aceh_imran, world.imran, 0.9, "x")]) == 0
        assert list_suggestions(session=session) == []
        (rejected,) = list_suggestions(session=session, status="rejected")
        assert rejected.decided_by == "editor" and rejected.decided_at is not None
        with pytest.raises(Conflict):
            reject_suggestion(session=session, suggestion_id=row.id, actor="editor")


def test_accepting_merges_the_pair_and_undo_reopens_it(world: World) -> None:
    with Session(world.engine) as session:
        store_suggestions(session=session, pairs=[Pair(world.dr_imran, world.imran, 0.8, "exact+same")])
        (row,) = list_suggestions(session=session)
        revision = accept_suggestion(session=session, suggestion_id=row.id, actor="editor")
        session.commit()
        # Imran has three statements, Dr. Imran two: the better-quoted record is kept.
        gone = session.get(Official, world.dr_imran)
        assert gone is not None and gone.merged_into_id == world.imran
        stored = session.get(MergeSuggestion, row.id)
        assert stored is not None and stored.status == "accepted" and stored.decided_by == "editor"
        assert list_suggestions(session=session) == []
        undo(session=session, revision_id=revision.id, actor="editor")  # type: ignore[arg-type]
        session.commit()
        (reopened,) = list_suggestions(session=session)
        assert reopened.id == row.id and reopened.status == "open" and reopened.decided_by is None


def test_suggestions_involving_a_merged_official_are_dropped(world: World) -> None:
    with Session(world.engine) as session:
        store_suggestions(session=session, pairs=[Pair(world.dr_imran, world.aceh_imran, 0.5, "r")])
        from quotetrack.store.officials import merge_officials

        merge_officials(session=session, keep_id=world.imran, merge_id=world.dr_imran, actor="e", reason="r")
        assert list_suggestions(session=session) == []
        assert store_suggestions(session=session, pairs=[Pair(world.dr_imran, world.aceh_imran, 0.5, "r")]) == 0


def test_ingest_stores_the_resolvers_suggestions(engine: sa.Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    with Session(engine) as session:
        a = writes.create_official(session=session, name="Imran").id
        b = writes.create_official(session=session, name="Imran").id
        session.commit()
    assert a is not None and b is not None
    monkeypatch.setattr(OfficialRegistry, "merge_suggestions", lambda self: [Pair(a, b, 0.7, "exact+unknown")])
    report = ingest_paths([SEEDS], engine=engine, max_bytes=10_000_000)
    assert report.ok and report.suggestions == 1
    with Session(engine) as session:
        (row,) = session.exec(select(MergeSuggestion)).all()
        assert (row.official_a_id, row.official_b_id, row.status) == (min(a, b), max(a, b), "open")


def test_seed_ingest_files_the_pj_bupati_under_an_area(engine: sa.Engine) -> None:
    assert ingest_paths([SEEDS], engine=engine, max_bytes=10_000_000).ok
    with Session(engine) as session:
        rows = session.exec(select(Membership, Area).join(Area, Area.id == Membership.area_id)).all()
        assert ("Pj. Bupati", "acting", "Kabupaten Subang") in {(m.role, m.appointment, a.name) for m, a in rows}
        linked = session.exec(select(Statement).where(Statement.membership_id.is_not(None))).all()  # type: ignore[union-attr]
        assert linked, "statements cite the post their speaker held"


def _ingest_through_one_registry(engine: sa.Engine, articles: list[list], *, fail_once_at: int | None) -> dict:
    with Session(engine) as session:
        registry = OfficialRegistry.load(session=session)
        for n, statements in enumerate(articles):
            if n == fail_once_at:  # stored, then lost to a rollback, as when a later insert fails
                store_with(session, registry, f"attempt{n}", statements)
                session.rollback()
                registry.forget_uncommitted()
            store_with(session, registry, f"a{n}", statements)
            session.commit()
            registry.commit()
        return state(session)


def test_an_article_rolled_back_leaves_no_trace_in_the_registry_memory(tmp_path: Path) -> None:
    articles = [
        [said("Imran", MAY, "Pj. Bupati", "Subang", "Pj. Bupati Subang Imran")],
        # Widens Imran's post to September, creates Hanif with his post, area and printed names,
        # and cites the widened post for a bare mention.
        [
            said("Imran", SEPT, "Pj. Bupati", "Subang"),
            said("Hanif", SEPT, "Kapolres", "Aceh", "Kapolres Aceh Hanif"),
            said("Imran", JUNE),
        ],
        [said("Hanif", SEPT), said("Imran", JUNE)],
    ]
    states = []
    for name, fail in (("clean", None), ("retried", 1)):
        engine = make_engine(f"sqlite:///{tmp_path / name}.db")
        upgrade(engine)
        states.append(_ingest_through_one_registry(engine, articles, fail_once_at=fail))
        engine.dispose()
    clean, retried = states
    assert retried == clean
    (imran_post,) = [m for m in clean["membership"] if m[0] == "Pj. Bupati"]
    assert imran_post[2:4] == (MAY, SEPT)  # start and end dates


def test_a_post_recorded_by_another_writer_after_loading_is_reused_not_doubled(engine: sa.Engine) -> None:
    with Session(engine) as session:
        (first,) = store(session, "b1", [said("Imran", MAY, "Pj. Bupati", "Subang", "Pj. Bupati Subang Imran")])
        assert first is not None and first.membership_id is not None
        subang = session.get(Membership, first.membership_id).area_id  # type: ignore[union-attr]
        registry = OfficialRegistry.load(session=session)
        with Session(engine) as other:  # another ingest or an editor, after this registry was loaded
            theirs = writes.record_membership(
                session=other,
                official_id=first.official_id,
                role="Bupati",
                area_id=subang,
                appointment="elected",
                on=MAY,
            ).id
            other.commit()
        (link,) = registry.resolve_article(
            session=session, article_key="b2", statements=[said("Imran", JUNE, "Bupati", "Subang")]
        )
        session.commit()
        assert link is not None and link.official_id == first.official_id
        assert link.membership_id == theirs
        posts = session.exec(select(Membership).where(Membership.role == "Bupati")).all()
        assert [(m.start_date, m.end_date) for m in posts] == [(MAY, JUNE)]


def test_a_longer_name_that_does_not_hold_the_name_shown_never_becomes_the_display_name(engine: sa.Engine) -> None:
    # A scrape's run of linked names ("President Brackett Donald John BrackettKamala Harris calls for
    # ...") read as one speaker who is also called "Brackett" in the article: the official joins,
    # and keeps the name it is shown by.
    with Session(engine) as session:
        first, _ = store(
            session,
            "a1",
            [
                said("Donald Brackett", MAY, "President", None, "President Donald Brackett", 0),
                said("Donald Brackett", MAY, "President", None, "Brackett", 0),
            ],
        )
        name, post = "John Brackett Kamala Harris", "President Brackett Donald"
        junk = said(name, JUNE, post, None, "President Brackett Donald John Brackett Kamala Harris", 0)
        _, short = store(session, "a2", [junk, said(name, JUNE, post, None, "Brackett", 0)])
        assert first is not None and short is not None and short.official_id == first.official_id
        official = session.get(Official, first.official_id)
        assert official is not None and official.name == "Donald Brackett"


def test_a_fuller_form_of_the_name_shown_becomes_the_display_name(engine: sa.Engine) -> None:
    with Session(engine) as session:
        (first,) = store(session, "a1", [said("Wiranggono", MAY, "Presiden", None, "Presiden Wiranggono")])
        (fuller,) = store(session, "a2", [said("Joko Wiranggono", JUNE, "Presiden", None, "Presiden Joko Wiranggono")])
        assert first is not None and fuller is not None and fuller.official_id == first.official_id
        official = session.get(Official, first.official_id)
        assert official is not None and official.name == "Joko Wiranggono"


def test_words_before_a_name_that_name_no_post_are_stored_as_no_role(engine: sa.Engine, tmp_path: Path) -> None:
    # What the page prints beside a statement is what `quotetrack extract` prints: an opening
    # phrase read before a bare name ("Menanggapi hal itu, Castro") is no post of his.
    article = tmp_path / "berita.txt"
    article.write_text(
        "Pemkab tanggapi laporan warga\n\n"
        'Menanggapi hal itu, Castro mengatakan, "Kami akan memeriksa semua laporan warga secepatnya."\n\n'
        'Ke depan Bupati Subang Imran mengatakan, "Kami siap bekerja sama dengan semua pihak."\n\n'
        'Kapolres Subang AKBP Ariek Indra Sentanu mengatakan, "Kami menjaga keamanan pilkada."\n\n'
        'Sementara itu, perwakilan warga Desa Cibogo, Yayan, mengatakan, "Kami menunggu jawaban."\n',
        encoding="utf-8",
    )
    assert ingest_paths([article], engine=engine, max_bytes=10_000_000).ok
    with Session(engine) as session:
        roles = {s.speaker_mention: s.role for s in session.exec(select(Statement)).all()}
    assert roles == {
        "Menanggapi hal itu, Castro": None,
        "Ke depan Bupati Subang Imran": "Bupati",
        "Kapolres Subang AKBP Ariek Indra Sentanu": "Kapolres",
        # (a description in lower case is what the article says of him, as printed)
        "Sementara itu, perwakilan warga Desa Cibogo, Yayan": "perwakilan warga Desa Cibogo",
    }


def test_a_member_of_the_public_stored_earlier_is_no_official_of_that_name(engine: sa.Engine, tmp_path: Path) -> None:
    """A coffee-stall owner quoted in one ingest, the regency's disaster chief of the same name in
    the next: the registry, loaded again, remembers she was described only as a member of the
    public and files the chief as another person (a merge suggestion left for an editor)."""
    (tmp_path / "stall").mkdir()
    (tmp_path / "chief").mkdir()
    _ingest(
        engine,
        tmp_path / "stall",
        "Warung Kopi Tutup",
        ['"Air masuk sampai lutut, semua dagangan rusak," kata pemilik warung kopi, Ratna Wulandari, Selasa.'],
    )
    _ingest(
        engine,
        tmp_path / "chief",
        "Banjir Garut",
        [
            "Kepala Pelaksana BPBD Kabupaten Garut Ratna Wulandari mengatakan banjir merendam 200 rumah. "
            '"Kami sudah mengirim perahu karet," kata Ratna Wulandari, Senin.'
        ],
    )
    with Session(engine) as session:
        speakers = session.exec(
            select(Statement.role, Statement.official_id).where(col(Statement.official_id).is_not(None))
        ).all()
        by_role = {role: official_id for role, official_id in speakers}
        assert len(set(by_role.values())) == 2, by_role
        assert session.exec(select(MergeSuggestion)).all()


def test_a_post_only_an_epithet_prints_is_filed_as_the_officials(engine: sa.Engine) -> None:
    """ "kata Ketua Umum PP Muslimat NU itu" of a governor: she holds that post too, while the
    statement cites the post its article gives her."""
    with Session(engine) as session:
        named, epithet = store(
            session,
            "a1",
            [
                said("Nurcahyani Pratiwi", MAY, "Gubernur", "Jambi", "Gubernur Jambi Nurcahyani Pratiwi", ref=1),
                said("Nurcahyani Pratiwi", MAY, "Gubernur", "Jambi", "Ketua Umum PP Muslimat NU itu", ref=1),
            ],
        )
        assert named is not None and epithet is not None and named.official_id == epithet.official_id
        held = session.exec(select(Membership).where(Membership.official_id == named.official_id)).all()
        assert sorted(m.role for m in held) == ["Gubernur", "Ketua Umum PP Muslimat NU"]
        assert epithet.membership_id == named.membership_id
        cited = session.get(Membership, epithet.membership_id)
        assert cited is not None and cited.role == "Gubernur"
