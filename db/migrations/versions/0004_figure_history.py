"""figure history: the points of the official series that admins replaced or removed

Revision ID: 0004_figure_history
Revises: 0003
Create Date: 2026-12-01 00:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_figure_history"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "figure_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("metric", sa.String(length=64), nullable=False),
        sa.Column("period", sa.Integer(), nullable=False),
        sa.Column("figure", sa.JSON(), nullable=False),
        sa.Column("change", sa.String(length=16), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_figure_history_metric", "figure_history", ["metric"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_figure_history_metric", table_name="figure_history")
    op.drop_table("figure_history")
