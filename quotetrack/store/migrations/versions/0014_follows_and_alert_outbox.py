"""follows (saved searches) and the alert outbox

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04

Readers follow an official, topic, region or search by e-mail (double opt-in) or webhook
(subscription); each statement sent to a subscription is a row of the outbox (alertdelivery),
unique per subscription and statement, so nothing is sent twice.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import quotetrack.models

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString
_TIME = quotetrack.models.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "subscription",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", _TEXT(length=16), nullable=False),
        sa.Column("target", _TEXT(length=2000), nullable=False),
        sa.Column("owner_email", _TEXT(length=320), nullable=True),
        sa.Column("owner_confirmed_at", _TIME(timezone=True), nullable=True),
        sa.Column("language", _TEXT(length=8), nullable=False),
        sa.Column("frequency", _TEXT(length=16), nullable=False),
        sa.Column("follow", _TEXT(length=16), nullable=False),
        sa.Column("label", _TEXT(length=500), nullable=False),
        sa.Column("criteria", sa.JSON(), nullable=False),
        sa.Column("status", _TEXT(length=16), nullable=False),
        sa.Column("confirm_hash", _TEXT(length=64), nullable=True),
        sa.Column("key_nonce", _TEXT(length=64), nullable=False),
        sa.Column("since_statement_id", sa.Integer(), nullable=False),
        sa.Column("matched_through", sa.Integer(), nullable=False),
        sa.Column("not_before", _TIME(timezone=True), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("disabled_reason", _TEXT(length=1000), nullable=True),
        sa.Column("address_hash", _TEXT(length=64), nullable=False),
        sa.Column("created_at", _TIME(timezone=True), nullable=False),
        sa.Column("confirmed_at", _TIME(timezone=True), nullable=True),
        sa.Column("last_sent_at", _TIME(timezone=True), nullable=True),
        sa.Column("ended_at", _TIME(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("subscription", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_subscription_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_subscription_confirm_hash"), ["confirm_hash"], unique=True)
        batch_op.create_index(batch_op.f("ix_subscription_not_before"), ["not_before"], unique=False)
        batch_op.create_index(batch_op.f("ix_subscription_address_hash"), ["address_hash"], unique=False)
    op.create_table(
        "alertdelivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("statement_id", sa.Integer(), nullable=False),
        sa.Column("state", _TEXT(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", _TIME(timezone=True), nullable=False),
        sa.Column("claim", _TEXT(length=64), nullable=True),
        sa.Column("claimed_at", _TIME(timezone=True), nullable=True),
        sa.Column("delivered_at", _TIME(timezone=True), nullable=True),
        sa.Column("last_error", _TEXT(length=1000), nullable=True),
        sa.Column("created_at", _TIME(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["statement_id"], ["statement.id"]),
        sa.ForeignKeyConstraint(["subscription_id"], ["subscription.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("subscription_id", "statement_id"),
    )
    with op.batch_alter_table("alertdelivery", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alertdelivery_subscription_id"), ["subscription_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_alertdelivery_statement_id"), ["statement_id"], unique=False)
        batch_op.create_index("ix_alertdelivery_state_next", ["state", "next_attempt_at"], unique=False)


def downgrade() -> None:
    op.drop_table("alertdelivery")
    op.drop_table("subscription")
