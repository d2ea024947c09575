"""Values the resolve stage takes and returns: frozen dataclasses, no database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from quotetrack.kinds import Tenure


@dataclass(frozen=True, slots=True)
class Region:
    """A normalised region: "Kabupaten Subang" (kabupaten), "Jawa Barat" (provinsi)."""

    name: str
    level: str | None = None
    code: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    """A parsed post such as "Pj. Bupati Subang" -> post Bupati, acting, region Kabupaten Subang."""

    text: str
    post: str | None
    acting: bool = False
    appointment: Tenure = "definitive"
    region_name: str | None = None
    region_level: str | None = None
    org: str | None = None
    deputy_of: str | None = None
    # English names the portfolio first ("Trade and Industry Secretary"): print it so.
    org_first: bool = False
    # Words before the post when its body follows it ("Shadow Chief" Secretary to the Treasury).
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A person's name as printed, split into what identifies them and what decorates them."""

    text: str
    name: str  # without honorifics, e.g. "Imran"; "" when the text holds no name (a pronoun)
    prefix: str = ""  # "Dr. Drs.", "AKBP", "H.", "Sri Sultan"
    suffix: str = ""  # "MA.Cd", "S.H., M.Si."
    sort_name: str = ""
    role: str | None = None  # "Pj. Bupati"
    region: str | None = None  # "Subang" as printed
    generation: str | None = None  # "Jr.", "III": father and son must not merge
    patronym: str | None = None  # "B" in "A bin B"
    aliases: tuple[str, ...] = ()  # nicknames and initials given with the name


@dataclass(frozen=True, slots=True)
class Mention:
    """One speaker mention handed over by extraction."""

    name: str
    mention: str | None = None
    role: str | None = None
    region: str | None = None
    date: dt.date | None = None
    article: str = ""
    # Equal for mentions the extractor already judged to be one person within one article.
    local_ref: int | None = None


@dataclass(frozen=True, slots=True)
class MembershipRecord:
    """A post held over a period; start and end are the first and last dates it was seen."""

    post: str | None
    region: str | None = None
    org: str | None = None
    appointment: Tenure = "definitive"
    start: dt.date | None = None
    end: dt.date | None = None
    role: str | None = None  # as printed, for citing

    @property
    def acting(self) -> bool:
        return self.appointment != "definitive"


@dataclass(frozen=True, slots=True)
class OfficialRecord:
    """An official as the registry knows them; `key` is stable within a registry."""

    key: str
    name: str
    aliases: tuple[str, ...] = ()
    memberships: tuple[MembershipRecord, ...] = ()
    prefix: str = ""
    suffix: str = ""
    # Known only as a member of the public ("warga", "pemilik warung kopi"): no post, and never
    # the same person as an office holder of the same name without an editor's word.
    lay: bool = False


@dataclass(frozen=True, slots=True)
class Resolution:
    official_key: str
    created: bool
    confidence: float
    matched_on: str  # "new", "exact+role", "subset+region", "local", ...


@dataclass(frozen=True, slots=True, order=True)
class MergeProposal:
    """Two officials that may be one person; left apart for an editor to decide."""

    score: float
    a: str
    b: str
    reason: str = field(compare=False, default="")
