"""Resolve stage: speaker mentions -> officials (names, titles, roles, regions, dates).

Pure parsing functions plus an in-memory Resolver; the store layer persists what it decides.
"""

from quotetrack.resolve.model import (
    MembershipRecord,
    Mention,
    MergeProposal,
    OfficialRecord,
    ParsedName,
    Region,
    Resolution,
    Role,
)
from quotetrack.resolve.names import parse_name
from quotetrack.resolve.regions import RegionTable, load_region_table, normalize_region
from quotetrack.resolve.resolver import Resolver, read_groups, role_at
from quotetrack.resolve.roles import parse_role

__all__ = [
    "MembershipRecord",
    "Mention",
    "MergeProposal",
    "OfficialRecord",
    "ParsedName",
    "Region",
    "RegionTable",
    "Resolution",
    "Resolver",
    "Role",
    "load_region_table",
    "normalize_region",
    "parse_name",
    "parse_role",
    "read_groups",
    "role_at",
]
