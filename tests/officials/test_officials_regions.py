"""Importing an areas table: idempotent, parents linked, text-made areas folded in, codes used by ingest."""

from __future__ import annotations

import csv
import datetime as dt
import http.server
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from quotetrack.errors import IngestError
from quotetrack.ingest.fetch import FetchLimits
from quotetrack.models import Area, Membership
from quotetrack.store.regions import import_areas, region_table
from tests.conftest import SHARED
from tests.officials.conftest import said, store

# Invented rows in the shape of a Kepmendagri list; codes as the official scheme writes them.
SMALL = """code,name,level,parent_code
32,Jawa Barat,provinsi,
32.13,Kabupaten Subang,kabupaten,32
32.73,Kota Bandung,kota,32
33,Jawa Tengah,provinsi,
33.72,Kota Surakarta,kota,33
"""
WILAYAH = SHARED / "gazetteer" / "wilayah.csv"
JULY = dt.date(2024, 7, 1)


@pytest.fixture
def small_csv(tmp_path: Path) -> Path:
    path = tmp_path / "areas.csv"
    path.write_text(SMALL, encoding="utf-8")
    return path


def _area(session: Session, code: str) -> Area:
    return session.exec(select(Area).where(Area.code == code)).one()


def test_import_creates_areas_with_parents_and_is_idempotent(engine: sa.Engine, small_csv: Path) -> None:
    with Session(engine) as session:
        report = import_areas(session=session, source=str(small_csv))
        session.commit()
        assert (report.total, report.created, report.updated, report.linked) == (5, 5, 0, 0)
        subang, west_java = _area(session, "32.13"), _area(session, "32")
        assert (subang.name, subang.level, subang.parent_id) == ("Kabupaten Subang", "kabupaten", west_java.id)
        assert west_java.parent_id is None
        again = import_areas(session=session, source=str(small_csv))
        session.commit()
        assert (again.created, again.updated) == (0, 0)
        assert session.exec(select(func.count()).select_from(Area)).one() == 5


def test_a_renamed_area_is_updated_in_place(engine: sa.Engine, tmp_path: Path, small_csv: Path) -> None:
    with Session(engine) as session:
        import_areas(session=session, source=str(small_csv))
        before = _area(session, "32.73").id
        renamed = tmp_path / "renamed.csv"
        renamed.write_text(SMALL.replace("Kota Bandung", "Kota Bandung Raya"), encoding="utf-8")
        report = import_areas(session=session, source=str(renamed))
        assert (report.created, report.updated) == (0, 1)
        assert (_area(session, "32.73").id, _area(session, "32.73").name) == (before, "Kota Bandung Raya")


def test_areas_made_from_article_text_are_linked_to_imported_ones(engine: sa.Engine, small_csv: Path) -> None:
    with Session(engine) as session:
        (link,) = store(session, "t1", [said("Imran", JULY, "Pj. Bupati", "Subang")])
        assert link is not None
        made = session.exec(select(Area).where(Area.name == "Kabupaten Subang")).one()
        assert made.code is None
        report = import_areas(session=session, source=str(small_csv))
        session.commit()
        assert report.linked == 2  # the regency and the province ingest filed it under
        membership = session.get(Membership, link.membership_id)
        assert membership is not None
        area = session.get(Area, membership.area_id)
        assert area is not None and area.code == "32.13"
        assert session.exec(select(Area).where(col(Area.code).is_(None))).all() == []


def test_after_an_import_ingest_files_posts_under_the_official_code(engine: sa.Engine, small_csv: Path) -> None:
    with Session(engine) as session:
        import_areas(session=session, source=str(small_csv))
        session.commit()
        links = store(
            session,
            "t2",
            [
                said("Imran", JULY, "Bupati", "Subang"),
                said("Gibran", JULY, "Wali Kota Solo", None, "Wali Kota Solo Gibran"),
                said("Ridwan", JULY, "Gubernur", "Jawa Barat"),
            ],
        )
        codes = []
        for link in links:
            assert link is not None and link.membership_id is not None
            membership = session.get(Membership, link.membership_id)
            assert membership is not None
            codes.append(session.get(Area, membership.area_id).code)  # type: ignore[union-attr]
        assert codes == ["32.13", "33.72", "32"]
        assert session.exec(select(func.count()).select_from(Area)).one() == 5, "no area made from text"


def test_without_a_table_regions_still_come_from_the_text(engine: sa.Engine) -> None:
    with Session(engine) as session:
        assert region_table(session=session) is None
        (link,) = store(session, "t3", [said("Imran", JULY, "Bupati", "Subang")])
        assert link is not None and link.membership_id is not None
        membership = session.get(Membership, link.membership_id)
        area = session.get(Area, membership.area_id)  # type: ignore[union-attr]
        assert area is not None and (area.name, area.code) == ("Kabupaten Subang", None)
        # The built-in list of regencies knows its province: the province's page holds it.
        province = session.get(Area, area.parent_id)
        assert province is not None and (province.name, province.level) == ("Jawa Barat", "provinsi")
        (link,) = store(session, "t4", [said("Ridwan", JULY, "Gubernur", "Jawa Barat")])
        membership = session.get(Membership, link.membership_id)  # type: ignore[union-attr]
        assert membership is not None and membership.area_id == province.id
        (link,) = store(session, "t5", [said("Budi", JULY, "Bupati", "Klaten")])
        membership = session.get(Membership, link.membership_id)  # type: ignore[union-attr]
        area = session.get(Area, membership.area_id)  # type: ignore[union-attr]
        assert area is not None and area.name == "Kabupaten Klaten"
        assert session.get(Area, area.parent_id).name == "Jawa Tengah"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("content", "message"),
    [("kode,nama\n1,X\n", "missing column"), ("code,name,level,parent_code\n,Nameless,kota,\n", "line 2")],
)
def test_bad_tables_are_refused_with_a_reason(engine: sa.Engine, tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with Session(engine) as session, pytest.raises(IngestError, match=message):
        import_areas(session=session, source=str(path))
    with Session(engine) as session, pytest.raises(IngestError, match="could not read"):
        import_areas(session=session, source=str(tmp_path / "missing.csv"))


@pytest.fixture
def served(small_csv: Path) -> Iterator[str]:
    handler = partial(_QuietHandler, directory=str(small_csv.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{small_csv.name}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def test_import_from_a_url(sqlite_engine: sa.Engine, served: str) -> None:
    with Session(sqlite_engine) as session:
        local = FetchLimits(allow_private=True)  # the test server is on 127.0.0.1
        report = import_areas(session=session, source=served, limits=local)
        assert report.created == 5 and _area(session, "33.72").name == "Kota Surakarta"
        with pytest.raises(IngestError, match="could not download"):
            import_areas(session=session, source=served.replace("areas.csv", "nothing.csv"), limits=local)


@pytest.mark.skipif(not WILAYAH.exists(), reason="../shared/gazetteer/wilayah.csv is not present")
def test_the_official_table_imports_whole_and_subang_gets_its_code(engine: sa.Engine) -> None:
    with WILAYAH.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    with Session(engine) as session:
        report = import_areas(session=session, source=str(WILAYAH))
        session.commit()
        assert report.created == len(rows) == session.exec(select(func.count()).select_from(Area)).one()
        provinces = session.exec(select(func.count()).select_from(Area).where(Area.level == "provinsi")).one()
        assert provinces == 38
        orphans = session.exec(
            select(func.count()).select_from(Area).where(Area.level != "provinsi", col(Area.parent_id).is_(None))
        ).one()
        assert orphans == 0
        (link,) = store(
            session, "w1", [said("Imran", JULY, "Pj. Bupati", "Subang", "Pj.Bupati Subang, Dr. Drs. Imran, MA.Cd")]
        )
        assert link is not None
        membership = session.get(Membership, link.membership_id)
        area = session.get(Area, membership.area_id)  # type: ignore[union-attr]
        assert area is not None and (area.code, area.name) == ("32.13", "Kabupaten Subang")
        assert session.get(Area, area.parent_id).name == "Jawa Barat"  # type: ignore[union-attr]
        assert import_areas(session=session, source=str(WILAYAH)).created == 0
