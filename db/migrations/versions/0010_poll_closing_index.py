"""poll closing index: the leader asks every few seconds which open polls are due to close
soon; with tens of thousands of private polls open for a week, that must not scan the table

Revision ID: 0010_poll_closing_index
Revises: 0008_stats_rollups
Create Date: 2026-12-01 07:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010_poll_closing_index"
down_revision: str | None = "0008_stats_rollups"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_polls_closing", "polls", ["closed", "closes_at"])


def downgrade() -> None:
    op.drop_index("ix_polls_closing", table_name="polls")
