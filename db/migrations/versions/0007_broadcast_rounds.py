"""broadcast rounds: each /pollall and each group's delivery claimed and recorded, so a restart
or a new leader resumes the round with no group missed or doubled; a poll remembers the
update that posted it, so a replay does not post it again

Revision ID: 0007_broadcast_rounds
Revises: 0006_population
Create Date: 2026-12-01 03:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_broadcast_rounds"
down_revision: str | None = "0006_population"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "broadcast_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("running", sa.Boolean(), nullable=True),
        sa.Column("report_to", sa.BigInteger(), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("running", name="uq_broadcast_rounds_running"),
    )
    op.create_table(
        "broadcast_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["round_id"], ["broadcast_rounds.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("round_id", "chat_id", name="uq_broadcast_deliveries_round_chat"),
    )
    op.create_index("ix_broadcast_deliveries_round_id", "broadcast_deliveries", ["round_id"])
    op.create_index("ix_broadcast_deliveries_state", "broadcast_deliveries", ["state"])
    with op.batch_alter_table("polls") as batch:
        batch.add_column(sa.Column("origin", sa.BigInteger(), nullable=True))
        batch.create_index("ix_polls_origin", ["origin"])


def downgrade() -> None:
    with op.batch_alter_table("polls") as batch:
        batch.drop_index("ix_polls_origin")
        batch.drop_column("origin")
    op.drop_index("ix_broadcast_deliveries_state", table_name="broadcast_deliveries")
    op.drop_index("ix_broadcast_deliveries_round_id", table_name="broadcast_deliveries")
    op.drop_table("broadcast_deliveries")
    op.drop_table("broadcast_rounds")
