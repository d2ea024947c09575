"""Memberships with dates derived from mentions, and the role an official held on a given day."""

from __future__ import annotations

import datetime as dt

import pytest

from quotetrack.resolve import MembershipRecord, Mention, OfficialRecord, Resolver, role_at

JAN, MAR, JUN, SEP, DEC = (dt.date(2024, m, 1) for m in (1, 3, 6, 9, 12))


def _official(*memberships: MembershipRecord) -> OfficialRecord:
    return OfficialRecord(key="1", name="Rahmat", memberships=memberships)


ACTING = MembershipRecord("Bupati", "Kabupaten Garut", appointment="acting", start=JAN, end=MAR, role="Pj. Bupati")
DEFINITIVE = MembershipRecord("Bupati", "Kabupaten Garut", start=JUN, end=None, role="Bupati")


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (JAN, ACTING),
        (dt.date(2024, 2, 10), ACTING),
        (MAR, ACTING),
        (dt.date(2024, 4, 15), None),  # between the periods: nothing was seen
        (JUN, DEFINITIVE),
        (dt.date(2030, 1, 1), DEFINITIVE),  # open end: still in office as far as we know
        (dt.date(2023, 12, 31), None),
    ],
)
def test_role_at(day, expected):
    assert role_at(_official(ACTING, DEFINITIVE), day) == expected


def test_role_at_prefers_the_latest_started_of_overlapping_posts():
    party = MembershipRecord("Ketua", org="Partai Contoh", start=dt.date(2020, 1, 1), end=None)
    assert role_at(_official(party, DEFINITIVE), SEP) == DEFINITIVE


def test_memberships_are_derived_from_mentions():
    resolver = Resolver()
    mentions = [
        Mention("Rahmat", "Pj. Bupati Garut Rahmat", date=JAN, article="a1"),
        Mention("Rahmat", "Penjabat Bupati Garut Rahmat", date=MAR, article="a2"),
        Mention("Rahmat", "Bupati Garut Rahmat", date=SEP, article="a3"),
        Mention("Rahmat", "Bupati Garut Rahmat", date=DEC, article="a4"),
    ]
    keys = {r.official_key for r in resolver.resolve_all(mentions)}
    assert len(keys) == 1
    official = resolver.official(keys.pop())
    assert official is not None
    acting, definitive = official.memberships
    assert (acting.post, acting.appointment, acting.acting, acting.start, acting.end) == (
        "Bupati",
        "acting",
        True,
        JAN,
        MAR,
    )
    assert (definitive.appointment, definitive.start, definitive.end) == ("definitive", SEP, DEC)
    assert role_at(official, dt.date(2024, 2, 1)) == acting
    assert role_at(official, dt.date(2024, 10, 1)) == definitive
    assert acting.role == "Pj. Bupati"
