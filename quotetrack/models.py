"""SQLModel tables and the shapes the API speaks, shaped after the Popolo standard.

Person/Official, Membership (a post held in an area, with dates), Area (region), plus
Article, Statement and Topic. Tables are never returned straight from the API: each entity
has a *Public shape for that.
"""

from __future__ import annotations

import datetime as dt
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from pydantic import computed_field
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel, col

from quotetrack.kinds import Appointment, ReportStatus, StatementKind, StatementStatus, SuggestionStatus
from quotetrack.text.lexicon import is_denial


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware timestamps on every backend (SQLite stores no offset, so store UTC)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; QuoteTrack stores timezone-aware timestamps only")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _timestamp(*, index: bool = False) -> Any:
    """A timezone-aware timestamp column defaulting to now (typed `Any`, like `Field` itself)."""
    return Field(default_factory=utcnow, sa_type=UTCDateTime, index=index)


# --- Areas (regions) -------------------------------------------------------------------------


class AreaBase(SQLModel):
    code: str | None = Field(default=None, index=True, unique=True, max_length=32)
    name: str = Field(index=True, max_length=200)
    level: str = Field(default="other", max_length=32)  # provinsi | kabupaten | kota | country | other


class Area(AreaBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    parent_id: int | None = Field(default=None, foreign_key="area.id", index=True)


class AreaPublic(AreaBase):
    id: int
    parent_id: int | None = None


# --- Officials (Popolo persons) ------------------------------------------------------------


class OfficialBase(SQLModel):
    name: str = Field(index=True, max_length=200)
    sort_name: str = Field(default="", max_length=200)
    honorific_prefix: str | None = Field(default=None, max_length=200)
    honorific_suffix: str | None = Field(default=None, max_length=200)


class Official(OfficialBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    # Set when this record was merged into another; the old id keeps resolving there.
    merged_into_id: int | None = Field(default=None, foreign_key="official.id", index=True)
    created_at: datetime = _timestamp()
    updated_at: datetime = _timestamp()


class OfficialAlias(SQLModel, table=True):
    """Other names (Popolo other_names): every spelling an official was printed under."""

    __table_args__ = (sa.UniqueConstraint("official_id", "name"),)
    id: int | None = Field(default=None, primary_key=True)
    official_id: int = Field(foreign_key="official.id", index=True)
    name: str = Field(index=True, max_length=300)
    # Matching key: casefolded name without titles, so lookups need no string munging.
    key: str = Field(default="", index=True, max_length=300)


class MembershipBase(SQLModel):
    role: str = Field(max_length=200)  # the post, e.g. "Pj. Bupati"
    organization: str | None = Field(default=None, max_length=200)
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    appointment: str = Field(default=Appointment.ELECTED, max_length=16)  # an Appointment


class Membership(MembershipBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    official_id: int = Field(foreign_key="official.id", index=True)
    area_id: int | None = Field(default=None, foreign_key="area.id", index=True)


class MembershipPublic(SQLModel):
    """A post an official was seen holding. News coverage gives no term of office: `first_seen`
    and `last_seen` are the first and last day statements in coverage cite the post."""

    id: int
    role: str
    organization: str | None = None
    appointment: str = Appointment.ELECTED
    area: AreaPublic | None = None
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None

    @classmethod
    def of(cls, membership: Membership, area: Area | None) -> MembershipPublic:
        # The table's start_date/end_date are widened to every statement citing the post (see
        # store.writes.record_membership): a span of coverage, shown as such.
        return cls(
            id=membership.id or 0,
            role=membership.role,
            organization=membership.organization,
            appointment=membership.appointment,
            area=AreaPublic.model_validate(area) if area else None,
            first_seen=membership.start_date,
            last_seen=membership.end_date,
        )


class OfficialPublic(OfficialBase):
    id: int
    aliases: list[str] = []
    memberships: list[MembershipPublic] = []
    statement_count: int = 0


# --- Articles ------------------------------------------------------------------------------


class ArticleBase(SQLModel):
    url: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=1000)
    author: str | None = Field(default=None, max_length=300)
    place: str | None = Field(default=None, max_length=200)
    language: str = Field(default="id", max_length=8)
    published: dt.date | None = Field(default=None, index=True)


class Article(ArticleBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    text: str = Field(sa_type=sa.Text)
    sha256: str = Field(unique=True, index=True, max_length=64)
    source_path: str | None = Field(default=None, max_length=2000)
    retrieved_at: datetime = _timestamp()
    created_at: datetime = _timestamp()


class ArticlePublic(ArticleBase):
    id: int
    sha256: str
    retrieved_at: datetime
    statement_count: int = 0


class ArticleDetail(ArticlePublic):
    text: str


# --- Topics --------------------------------------------------------------------------------


class TopicBase(SQLModel):
    slug: str = Field(unique=True, index=True, max_length=100)
    label_id: str = Field(max_length=200)
    label_en: str = Field(max_length=200)


class Topic(TopicBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    parent_id: int | None = Field(default=None, foreign_key="topic.id")


class TopicPublic(TopicBase):
    id: int
    statement_count: int = 0


class StatementTopic(SQLModel, table=True):
    # topic -> statements lookups (topic pages, counts) read this index alone.
    __table_args__ = (sa.Index("ix_statementtopic_topic_statement", "topic_id", "statement_id"),)
    statement_id: int = Field(foreign_key="statement.id", primary_key=True)
    topic_id: int = Field(foreign_key="topic.id", primary_key=True, index=True)


# --- Statements ----------------------------------------------------------------------------


class StatementBase(SQLModel):
    kind: str = Field(max_length=16)  # a StatementKind
    text: str = Field(sa_type=sa.Text)
    start: int
    end: int
    paragraph: int = 0
    cue: str | None = Field(default=None, max_length=100)
    speaker_mention: str | None = Field(default=None, max_length=300)
    role: str | None = Field(default=None, max_length=200)
    region: str | None = Field(default=None, max_length=200)
    date: dt.date | None = Field(default=None, index=True)
    confidence: float = 0.5
    status: str = Field(default=StatementStatus.PUBLISHED, max_length=16)  # a StatementStatus


class Statement(StatementBase, table=True):
    # Newest-first lists walk (date, id); per-official lists and counts read (official, status, date);
    # region and role filters go through the membership. PostgreSQL also gets a (date DESC NULLS
    # LAST, id DESC) index in migration 0008, since its NULLs sort first in a backward scan.
    __table_args__ = (
        sa.Index("ix_statement_date_id", "date", "id"),
        sa.Index("ix_statement_official_status_date", "official_id", "status", "date"),
        sa.Index("ix_statement_membership", "membership_id"),
        # The few statements not published (hidden, retracted, superseded): counts per topic
        # subtract their links from all links (migration 0011).
        sa.Index(
            "ix_statement_unpublished",
            "id",
            sqlite_where=sa.text("status <> 'published'"),
            postgresql_where=sa.text("status <> 'published'"),
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    official_id: int | None = Field(default=None, foreign_key="official.id", index=True)
    # Search: the text with every word stemmed (filled from `text`, see _fill_stem), and the id of
    # the first-published statement of the same quote reported by several outlets.
    stem: str = Field(default="", sa_type=sa.Text)
    cluster_id: int | None = Field(default=None, index=True)
    membership_id: int | None = Field(default=None, foreign_key="membership.id")
    created_at: datetime = _timestamp()
    updated_at: datetime = _timestamp()
    # Set by the last editor correction (edit, hide, restore, undo); None while untouched.
    corrected_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


@sa.event.listens_for(Statement, "before_insert")
@sa.event.listens_for(Statement, "before_update")
def _fill_stem(mapper: sa.orm.Mapper, connection: sa.Connection, target: Statement) -> None:
    """Keep the stemmed shadow text in step with `text`, on every write path (ingest, editors)."""
    if target.stem and not sa.inspect(target).attrs.text.history.has_changes():
        return
    from quotetrack.text.stem import stem_text  # loads the stemmer dictionary on first use

    lang = connection.scalar(sa.select(col(Article.language)).where(col(Article.id) == target.article_id))
    target.stem = stem_text(target.text, lang or "id")


class OfficialRef(SQLModel):
    id: int
    name: str


class ArticleRef(SQLModel):
    id: int
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None
    author: str | None = None
    language: str = "id"
    retrieved_at: datetime | None = None


class StatementPublic(StatementBase):
    id: int
    official: OfficialRef | None = None
    # The post the speaker held that day, from the registry (role/region above are as printed).
    held_role: str | None = None
    held_region: str | None = None
    acting: bool = False
    updated_at: datetime | None = None
    article: ArticleRef
    topics: list[str] = []
    corrected_at: datetime | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def speaking_body(self) -> str | None:
        """The organisation speaking ("Home Office", "DKPP") where no official is linked: the
        speaker that pages, citations, feeds and exports name for the statement."""
        if self.official is not None:
            return None
        from quotetrack.extract.mentions import speaking_body  # the mention parser's word lists load on first use

        return speaking_body(self.speaker_mention)

    @property
    def speaker_name(self) -> str | None:
        """Who said it, as a citation prints it: the official, else the body speaking."""
        return self.official.name if self.official is not None else self.speaking_body

    @property
    def denied(self) -> bool:
        """Reported words the speaker denied ("X denied the cabinet was split"): pages, citations,
        feeds and alerts print the denial with them. Not a field: the API gives kind and cue."""
        return self.kind != StatementKind.DIRECT and is_denial(self.cue)


# --- Correction log and review queue -------------------------------------------------------


class Revision(SQLModel, table=True):
    """One change to a statement or official: who, when, why, and the state before and after.

    Merges, splits, edits and hides all land here; `undone_at` marks a change that was reverted
    (the revert is a revision of its own).
    """

    id: int | None = Field(default=None, primary_key=True)
    entity_type: str = Field(max_length=32, index=True)  # statement | official
    entity_id: int = Field(index=True)
    action: str = Field(max_length=32)  # a RevisionAction
    actor: str = Field(max_length=200)
    reason: str = Field(default="", sa_type=sa.Text)
    before: dict | None = Field(default=None, sa_type=sa.JSON)
    after: dict | None = Field(default=None, sa_type=sa.JSON)
    created_at: datetime = _timestamp()
    undone_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class RevisionPublic(SQLModel):
    id: int
    entity_type: str
    entity_id: int
    action: str
    actor: str
    reason: str
    before: dict | None
    after: dict | None
    created_at: datetime
    undone_at: datetime | None


class StatementDetail(StatementPublic):
    """One statement with its public correction log, oldest change first."""

    corrections: list[RevisionPublic] = []
    # Names of the officials the corrections mention (a speaker before and after), by id.
    official_names: dict[int, str] = {}


class MergeSuggestion(SQLModel, table=True):
    """Two officials the resolver thinks may be one person; an editor decides."""

    __table_args__ = (sa.UniqueConstraint("official_a_id", "official_b_id"),)
    id: int | None = Field(default=None, primary_key=True)
    official_a_id: int = Field(foreign_key="official.id", index=True)
    official_b_id: int = Field(foreign_key="official.id", index=True)
    score: float = 0.0
    reason: str = Field(default="", max_length=500)
    status: str = Field(default=SuggestionStatus.OPEN, max_length=16, index=True)  # a SuggestionStatus
    created_at: datetime = _timestamp()
    decided_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    decided_by: str | None = Field(default=None, max_length=200)


# --- Editors: accounts, sessions, API tokens -----------------------------------------------


class User(SQLModel, table=True):
    """An account that may log in. Passwords are stored as argon2 hashes only."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True, max_length=100)
    role: str = Field(default="editor", max_length=16)  # reader | editor | admin
    password_hash: str = Field(max_length=500)
    active: bool = True
    created_at: datetime = _timestamp()


class UserSession(SQLModel, table=True):
    """A browser login. The cookie holds a random token; only its sha256 is stored here."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    token_hash: str = Field(unique=True, index=True, max_length=64)
    created_at: datetime = _timestamp()
    expires_at: datetime = Field(sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ApiToken(SQLModel, table=True):
    """A Bearer token for scripts: shown once at creation, stored as sha256, revocable."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    label: str = Field(default="", max_length=200)
    prefix: str = Field(max_length=16)  # the first characters, so a listing can tell tokens apart
    token_hash: str = Field(unique=True, index=True, max_length=64)
    scope: str = Field(default="read-write", max_length=16)  # read-write | admin
    created_at: datetime = _timestamp()
    last_used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ApiTokenPublic(SQLModel):
    id: int
    label: str
    prefix: str
    scope: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class LoginAttempt(SQLModel, table=True):
    """Every login try, for rate limiting by address and lockout by account name."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, max_length=100)
    address: str = Field(default="", index=True, max_length=64)
    succeeded: bool = False
    at: datetime = _timestamp(index=True)


# --- Provenance: archived sources and article versions ------------------------------------


class SourceDocument(SQLModel, table=True):
    """The original bytes an article was read from (a file, a page, an export record), compressed.

    Kept as proof, so a statement can always be shown in its original context. One row per
    distinct sha256 of the original bytes.
    """

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(unique=True, index=True, max_length=64)
    location: str = Field(index=True, max_length=2000)  # path, URL as asked for, or "export.jsonl:17"
    url: str | None = Field(default=None, max_length=2000)  # the article's URL (canonical when given)
    content_type: str = Field(default="text/plain", max_length=100)
    encoding: str | None = Field(default=None, max_length=40)
    size: int = 0  # of the original bytes
    compression: str = Field(default="zlib", max_length=16)
    data: bytes = Field(sa_type=sa.LargeBinary)
    retrieved_at: datetime = _timestamp()


class SourceDocumentPublic(SQLModel):
    id: int
    sha256: str
    location: str
    url: str | None
    content_type: str
    encoding: str | None
    size: int
    retrieved_at: datetime


class ArticleVersion(SQLModel, table=True):
    """Where a stored article came from and, when its URL was ingested before with other text,
    which article it revises and what changed (outlets edit stories silently)."""

    __table_args__ = (sa.UniqueConstraint("url", "version"),)
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", unique=True, index=True)
    source_id: int | None = Field(default=None, foreign_key="sourcedocument.id", index=True)
    url: str | None = Field(default=None, index=True, max_length=2000)  # normalised: no fragment, no utm_*
    version: int = 1
    previous_article_id: int | None = Field(default=None, foreign_key="article.id", index=True)
    # {"fields": {name: {"before", "after"}}, "paragraphs_added", "paragraphs_removed", "diff"}
    changes: dict | None = Field(default=None, sa_type=sa.JSON)
    created_at: datetime = _timestamp()


class ArticleVersionPublic(SQLModel):
    article_id: int
    url: str | None
    version: int
    previous_article_id: int | None
    changes: dict | None
    created_at: datetime
    source: SourceDocumentPublic | None = None


# --- Fact-check annotations ------------------------------------------------------------------


class FactCheckBase(SQLModel):
    # true | mostly-true | mixed | mostly-false | false | unverifiable
    verdict: str = Field(max_length=20)
    review_url: str = Field(max_length=2000)  # where the fact check is published
    reviewer: str = Field(max_length=200)  # the fact-checking organisation
    summary: str = Field(default="", sa_type=sa.Text)
    reviewed_on: dt.date | None = None


class FactCheck(FactCheckBase, table=True):
    """An editor's verdict on a statement, published as schema.org ClaimReview."""

    id: int | None = Field(default=None, primary_key=True)
    statement_id: int = Field(foreign_key="statement.id", index=True)
    created_by: str = Field(max_length=200)
    created_at: datetime = _timestamp()


class FactCheckPublic(FactCheckBase):
    id: int
    statement_id: int
    created_by: str
    created_at: datetime


# --- Re-extraction ---------------------------------------------------------------------------


class ReextractRun(SQLModel, table=True):
    """One `quotetrack reextract` over the stored articles; an unfinished run is continued."""

    id: int | None = Field(default=None, primary_key=True)
    started_at: datetime = _timestamp()
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Progress: articles are done in id order, each in its own transaction with this counter.
    last_article_id: int = 0


class ReextractChange(SQLModel, table=True):
    """What re-extraction changed in one article: counts, and per statement what moved."""

    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="reextractrun.id", index=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    added: int = 0
    removed: int = 0
    changed_speaker: int = 0
    changed: int = 0  # other fields (span, kind, post, date) of statements found again
    kept_by_editor: int = 0
    details: list | None = Field(default=None, sa_type=sa.JSON)
    created_at: datetime = _timestamp()


# --- Readers' error reports ------------------------------------------------------------------


class ErrorReport(SQLModel, table=True):
    """A reader's report of an error in a statement (no account needed), queued for editors.
    Only the kind, the dates, the outcome and the editor's response are ever shown publicly."""

    id: int | None = Field(default=None, primary_key=True)
    statement_id: int = Field(foreign_key="statement.id", index=True)
    kind: str = Field(max_length=16)  # speaker | role | quote | date | other
    message: str = Field(sa_type=sa.Text)
    contact: str | None = Field(default=None, max_length=200)
    # A keyed hash of the reporter's address, for the per-address limit; the address is not kept.
    address_hash: str = Field(max_length=64, index=True)
    status: str = Field(default=ReportStatus.OPEN, max_length=16, index=True)  # a ReportStatus
    response: str = Field(default="", sa_type=sa.Text)  # the editor's public acknowledgement
    resolved_by: str | None = Field(default=None, max_length=200)
    created_at: datetime = _timestamp()
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


# --- Follows (saved searches) and their outbox ----------------------------------------------


class Subscription(SQLModel, table=True):
    """A reader's follow of an official, topic, region or search, delivered by e-mail or webhook.

    No account: the reader proves the e-mail address by a confirmation link (only its sha256 is
    kept), and every message carries an unsubscribe link. The unsubscribe token and the webhook's
    signing secret are HMACs of `key_nonce` under the site secret, so neither is stored. The
    target (address or URL) is never shown publicly.
    """

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=16)  # email | webhook
    target: str = Field(max_length=2000)  # the e-mail address or the webhook URL
    # A webhook's owner, told when it is disabled; written to only once confirmed.
    owner_email: str | None = Field(default=None, max_length=320)
    owner_confirmed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    language: str = Field(default="en", max_length=8)  # en | id: the language of its messages
    frequency: str = Field(default="immediate", max_length=16)  # immediate | daily | weekly
    follow: str = Field(max_length=16)  # official | topic | region | search
    label: str = Field(max_length=500)  # what is followed, as the reader saw it
    criteria: dict = Field(default_factory=dict, sa_type=sa.JSON)  # {"q": ..., search filters}
    status: str = Field(default="pending", max_length=16, index=True)  # pending | active | disabled | unsubscribed
    confirm_hash: str | None = Field(default=None, unique=True, index=True, max_length=64)
    key_nonce: str = Field(max_length=64)
    # Statements with larger ids are new to it (set on confirmation); matching has read up to matched_through.
    since_statement_id: int = 0
    matched_through: int = 0
    # The next message waits until then: the per-subscription interval, a digest's period, a retry.
    not_before: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    failures: int = 0  # consecutive failed deliveries
    disabled_reason: str | None = Field(default=None, max_length=1000)
    address_hash: str = Field(default="", max_length=64, index=True)  # keyed hash of the requester's address
    created_at: datetime = _timestamp()
    confirmed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AlertDelivery(SQLModel, table=True):
    """The outbox: one statement for one subscription, sent at most once.

    pending -> sending (claimed by one worker) -> sent | pending again (retry) | failed;
    skipped when the statement was hidden or no longer matches; interrupted when a worker
    stopped between sending and recording (never sent again on its own, to avoid a duplicate).
    """

    __table_args__ = (
        sa.UniqueConstraint("subscription_id", "statement_id"),
        # One subscription's pending rows, in statement order: what a claim reads; and the claims
        # a stopped process left (migration 0016).
        sa.Index("ix_alertdelivery_subscription_state", "subscription_id", "state", "statement_id"),
        sa.Index("ix_alertdelivery_state_claimed", "state", "claimed_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    subscription_id: int = Field(foreign_key="subscription.id", index=True)
    statement_id: int = Field(foreign_key="statement.id", index=True)
    state: str = Field(default="pending", max_length=16)
    attempts: int = 0
    next_attempt_at: datetime = _timestamp()
    claim: str | None = Field(default=None, max_length=64)
    claimed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    delivered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = Field(default=None, max_length=1000)
    created_at: datetime = _timestamp()


# --- Watched sources (feeds and listing pages polled by `quotetrack watch`) ------------------


class WatchedSource(SQLModel, table=True):
    """A feed or listing page polled on a schedule; its poll state lives here, so a restarted
    watcher carries on where it stopped (validators, backoff, next poll time)."""

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(unique=True, index=True, max_length=2000)
    kind: str = Field(default="feed", max_length=8)  # feed | page (a listing page of article links)
    outlet: str | None = Field(default=None, max_length=200)  # given to its articles when they name none
    every_seconds: int = 900  # poll interval
    enabled: bool = Field(default=True, index=True)
    etag: str | None = Field(default=None, max_length=500)
    last_modified: str | None = Field(default=None, max_length=100)
    last_polled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # ok | not-modified | robots | error: how the last poll ended
    last_status: str | None = Field(default=None, max_length=16)
    last_new: int = 0  # articles stored by the last poll
    last_error: str | None = Field(default=None, sa_type=sa.Text)
    failures: int = 0  # consecutive failed polls; the next poll waits longer after each
    next_poll_at: datetime = _timestamp(index=True)
    created_at: datetime = _timestamp()


class WatchedEntry(SQLModel, table=True):
    """An article address a source listed, once handled (stored, or found stored already): never
    fetched again for that source, and how articles per day are counted."""

    __table_args__ = (sa.UniqueConstraint("source_id", "url"),)
    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="watchedsource.id", index=True)
    url: str = Field(max_length=2000)  # as the source listed it
    article_id: int | None = Field(default=None, foreign_key="article.id", index=True)  # None: same text as another
    seen_at: datetime = _timestamp(index=True)


class WatchedSourcePublic(SQLModel):
    """A watched source as editors see it: its schedule, how its last poll went, and its yield."""

    id: int
    url: str
    kind: str
    outlet: str | None
    every_seconds: int
    enabled: bool
    last_polled_at: datetime | None
    last_status: str | None
    last_new: int
    last_error: str | None
    failures: int
    next_poll_at: datetime
    articles: int = 0  # stored from this source, ever
    articles_per_day: float = 0.0  # over the last week (or since it was added, if sooner)
