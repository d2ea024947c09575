"""Areas from an official table (code, name, level, parent_code), and the region table ingest resolves with.

Importing is idempotent: areas are matched by code. Areas that ingest created from article text
before the import ("Kabupaten Subang", no code) are folded into the imported area of that name,
so existing roles gain the official code.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from pathlib import Path

from sqlmodel import Session, col, select

from quotetrack.errors import IngestError
from quotetrack.ingest.encodings import decode
from quotetrack.ingest.fetch import FetchLimits, fetch, is_url
from quotetrack.models import Area, Membership, Statement
from quotetrack.resolve import Region, RegionTable
from quotetrack.resolve.regions import base_name
from quotetrack.text.sanitize import clean_field

COLUMNS = ("code", "name", "level", "parent_code")
_MAX_BYTES = 20_000_000


@dataclass(frozen=True, slots=True)
class AreaRow:
    code: str
    name: str
    level: str
    parent_code: str | None


@dataclass
class RegionImport:
    """What an import did: areas created and updated, text-made areas linked to an imported one."""

    created: int = 0
    updated: int = 0
    linked: int = 0
    total: int = 0


def read_area_rows(source: str, *, limits: FetchLimits | None = None) -> list[AreaRow]:
    """Rows of a CSV file or http(s) URL with the columns code,name,level,parent_code.

    A URL goes through the ingest fetcher, with its size and time limits and its refusal of
    private and loopback addresses (`limits.allow_private` lifts that).
    """
    if is_url(source):
        try:
            raw = fetch(
                source,
                limits=replace(limits or FetchLimits(), max_bytes=_MAX_BYTES),
                accept="text/csv,text/plain;q=0.9,*/*;q=0.5",
            ).data
        except IngestError as exc:
            raise IngestError(source, f"could not download: {exc.reason}") from exc
    else:
        try:
            raw = Path(source).read_bytes()
        except OSError as exc:
            raise IngestError(source, f"could not read: {exc.strerror or exc}") from exc
    if len(raw) > _MAX_BYTES:
        raise IngestError(source, f"larger than {_MAX_BYTES} bytes")
    text, _ = decode(raw, source)  # UTF-8 with or without BOM, UTF-16, legacy code pages
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise IngestError(source, f"missing column(s): {', '.join(missing)}")
    rows = []
    for line, row in enumerate(reader, start=2):
        code, name = clean_field(row["code"]) or "", clean_field(row["name"]) or ""
        if not code or not name:
            raise IngestError(source, f"line {line}: code and name are required")
        level, parent = (row["level"] or "").strip() or "other", (row["parent_code"] or "").strip() or None
        rows.append(AreaRow(code, name, level, parent))
    return rows


def import_areas(*, session: Session, source: str, limits: FetchLimits | None = None) -> RegionImport:
    """Load an areas table into Area (by code), then link text-made areas to it by name."""
    rows = read_area_rows(source, limits=limits)
    report = RegionImport(total=len(rows))
    by_code = {a.code: a for a in session.exec(select(Area).where(col(Area.code).is_not(None)))}
    for row in rows:
        area = by_code.get(row.code)
        if area is None:
            area = Area(code=row.code, name=row.name, level=row.level)
            session.add(area)
            by_code[row.code] = area
            report.created += 1
        elif (area.name, area.level) != (row.name, row.level):
            area.name, area.level = row.name, row.level
            report.updated += 1
    session.flush()
    for row in rows:
        area = by_code[row.code]
        parent = by_code.get(row.parent_code) if row.parent_code else None
        parent_id = parent.id if parent is not None else None
        if area.parent_id != parent_id:
            area.parent_id = parent_id
    session.flush()
    report.linked = link_text_areas(session=session)
    return report


def region_table(*, session: Session) -> RegionTable | None:
    """The imported areas as the resolver's RegionTable; None when nothing was imported."""
    table = RegionTable()
    for area in session.exec(select(Area).where(col(Area.code).is_not(None))):
        table.add(Region(name=area.name, level=area.level, code=area.code))
    return table if table.by_base else None


def link_text_areas(*, session: Session) -> int:
    """Fold areas without a code into the imported area they name; returns how many were folded."""
    table = region_table(session=session)
    if table is None:
        return 0
    linked = 0
    for area in session.exec(select(Area).where(col(Area.code).is_(None))).all():
        level = area.level if area.level in ("provinsi", "kabupaten", "kota") else None
        region = table.find(base_name(area.name), level)
        if region is None or region.code is None:
            continue
        target = session.exec(select(Area).where(Area.code == region.code)).one()
        for membership in session.exec(select(Membership).where(Membership.area_id == area.id)).all():
            membership.area_id = target.id
        for child in session.exec(select(Area).where(Area.parent_id == area.id)).all():
            child.parent_id = target.id
        session.flush()
        session.delete(area)
        session.flush()
        linked += 1
        _fold_duplicate_memberships(session, target.id)
    return linked


def _fold_duplicate_memberships(session: Session, area_id: int | None) -> None:
    """One official holding one post in one area twice (once per spelling of the area) -> once."""
    seen: dict[tuple, Membership] = {}
    for m in session.exec(select(Membership).where(Membership.area_id == area_id).order_by(col(Membership.id))).all():
        key = (m.official_id, m.role, m.organization, m.appointment)
        first = seen.setdefault(key, m)
        if first is m:
            continue
        starts = [d for d in (first.start_date, m.start_date) if d]
        ends = [d for d in (first.end_date, m.end_date) if d]
        first.start_date, first.end_date = min(starts, default=None), max(ends, default=None)
        for stmt in session.exec(select(Statement).where(Statement.membership_id == m.id)).all():
            stmt.membership_id = first.id
        session.flush()
        session.delete(m)
    session.flush()
