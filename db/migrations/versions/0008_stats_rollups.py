"""stats rollups: what each group and person adds to a month of a survey question, the month
sums, each person's latest private answer, each group's latest poll and the count of
per-person answers, kept on write so /stats stays fast at a million answers; backfilled here
for TIMEZONE (start-up rebuilds them for another zone). Indexes for a group's polls of a
question and for counting anonymous answers.

Revision ID: 0008_stats_rollups
Revises: 0007_broadcast_rounds
Create Date: 2026-12-01 03:30:00.000000
"""

import os
from collections.abc import Sequence
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

from db.queries.rollups import rebuild_on

revision: str = "0008_stats_rollups"
down_revision: str | None = "0007_broadcast_rounds"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stats_sources",
        sa.Column("survey", sa.String(length=32), nullable=False),
        sa.Column("question_key", sa.String(length=32), nullable=False),
        sa.Column("options", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("pseudonym", sa.String(length=64), nullable=False),
        sa.Column("poll_id", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("voters", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "survey", "question_key", "options", "month", "chat_id", "pseudonym"
        ),
    )
    op.create_index(
        "ix_stats_sources_chat_month",
        "stats_sources",
        ["survey", "question_key", "options", "chat_id", "month"],
    )
    op.create_index("ix_stats_sources_pseudonym", "stats_sources", ["pseudonym"])
    op.create_table(
        "stats_months",
        sa.Column("survey", sa.String(length=32), nullable=False),
        sa.Column("question_key", sa.String(length=32), nullable=False),
        sa.Column("options", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("option", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("survey", "question_key", "options", "month", "option"),
    )
    op.create_table(
        "stats_latest",
        sa.Column("survey", sa.String(length=32), nullable=False),
        sa.Column("question_key", sa.String(length=32), nullable=False),
        sa.Column("pseudonym", sa.String(length=64), nullable=False),
        sa.Column("option_ids", sa.JSON(), nullable=False),
        sa.Column("poll_id", sa.Integer(), nullable=False),
        sa.Column("region", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("survey", "question_key", "pseudonym"),
    )
    op.create_index("ix_stats_latest_pseudonym", "stats_latest", ["pseudonym"])
    op.create_table(
        "stats_chats",
        sa.Column("survey", sa.String(length=32), nullable=False),
        sa.Column("question_key", sa.String(length=32), nullable=False),
        sa.Column("options", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("poll_id", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("voters", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("survey", "question_key", "options", "chat_id"),
    )
    op.create_table(
        "stats_counts",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_index(
        "ix_polls_survey_chat", "polls", ["survey", "question_key", "chat_id", "sent_at"]
    )
    op.create_index("ix_polls_anonymous_voters", "polls", ["anonymous", "voter_count"])
    rebuild_on(op.get_bind(), ZoneInfo(os.environ.get("TIMEZONE") or "Asia/Almaty"))


def downgrade() -> None:
    op.drop_index("ix_polls_anonymous_voters", table_name="polls")
    op.drop_index("ix_polls_survey_chat", table_name="polls")
    op.execute("DELETE FROM bot_settings WHERE key = 'stats_zone'")
    op.drop_table("stats_counts")
    op.drop_table("stats_chats")
    op.drop_index("ix_stats_latest_pseudonym", table_name="stats_latest")
    op.drop_table("stats_latest")
    op.drop_table("stats_months")
    op.drop_index("ix_stats_sources_pseudonym", table_name="stats_sources")
    op.drop_index("ix_stats_sources_chat_month", table_name="stats_sources")
    op.drop_table("stats_sources")
