"""The officials registry in Popolo JSON (persons, organizations, posts, memberships, areas).

Popolo (https://www.popoloproject.com) is how civic-tech tools exchange people and posts;
ids are prefixed by kind ("person/17") so they stay unique within one document.
"""

from __future__ import annotations

from collections import defaultdict

from sqlmodel import Session, col, select

from quotetrack.models import Area, Membership, Official, OfficialAlias


def _org_id(name: str) -> str:
    return "organization/" + "-".join(name.casefold().split())


def popolo_document(*, session: Session) -> dict:
    """The whole registry; merged officials appear once, under the id they were merged into."""
    officials = session.exec(select(Official).where(col(Official.merged_into_id).is_(None))).all()
    live = {o.id for o in officials}
    aliases: dict[int, list[str]] = defaultdict(list)
    for oid, name in session.exec(select(OfficialAlias.official_id, OfficialAlias.name).order_by(OfficialAlias.name)):
        aliases[oid].append(name)
    persons = []
    for o in officials:
        assert o.id is not None  # a stored row's primary key
        person: dict = {"id": f"person/{o.id}", "name": o.name, "sort_name": o.sort_name or o.name}
        if o.honorific_prefix:
            person["honorific_prefix"] = o.honorific_prefix
        if o.honorific_suffix:
            person["honorific_suffix"] = o.honorific_suffix
        others = [{"name": n} for n in aliases.get(o.id, []) if n != o.name]
        if others:
            person["other_names"] = others
        persons.append(person)

    areas = []
    for a in session.exec(select(Area)).all():
        area: dict = {"id": f"area/{a.id}", "name": a.name, "classification": a.level}
        if a.parent_id:
            area["parent_id"] = f"area/{a.parent_id}"
        if a.code:
            area["identifiers"] = [{"scheme": "kemendagri", "identifier": a.code}]
        areas.append(area)

    organizations: dict[str, dict] = {}
    posts: dict[tuple, dict] = {}
    memberships = []
    for m in session.exec(select(Membership).where(col(Membership.official_id).in_(live))).all():
        key = (m.role, m.area_id, m.organization)
        if key not in posts:
            post: dict = {"id": f"post/{len(posts) + 1}", "label": m.role, "role": m.role}
            if m.area_id:
                post["area_id"] = f"area/{m.area_id}"
            if m.organization:
                org_id = _org_id(m.organization)
                organizations.setdefault(org_id, {"id": org_id, "name": m.organization})
                post["organization_id"] = org_id
            posts[key] = post
        membership: dict = {
            "id": f"membership/{m.id}",
            "person_id": f"person/{m.official_id}",
            "post_id": posts[key]["id"],
            "role": m.role,
        }
        for field, value in (
            ("area_id", f"area/{m.area_id}" if m.area_id else None),
            ("organization_id", posts[key].get("organization_id")),
            # Extension fields, not start_date/end_date: coverage shows when a post
            # was cited, not the term of office.
            ("first_seen_in_coverage", m.start_date.isoformat() if m.start_date else None),
            ("last_seen_in_coverage", m.end_date.isoformat() if m.end_date else None),
        ):
            if value:
                membership[field] = value
        membership["appointment"] = m.appointment  # an extension field: elected | appointed | acting
        memberships.append(membership)
    return {
        "persons": persons,
        "organizations": list(organizations.values()),
        "posts": list(posts.values()),
        "memberships": memberships,
        "areas": areas,
    }
