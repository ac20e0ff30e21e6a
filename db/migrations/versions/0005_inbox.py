"""inbox: updates stored before they are acknowledged; poll state ordered by arrival;
private polls know their recipient's pseudonym, for /forgetme

Revision ID: 0005_inbox
Revises: 0004_figure_history
Create Date: 2026-12-01 00:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_inbox"
down_revision: str | None = "0004_figure_history"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "inbox",
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("update_id", sa.BigInteger(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("sequence"),
        sa.UniqueConstraint("update_id", name="uq_inbox_update_id"),
    )
    op.create_index("ix_inbox_state", "inbox", ["state"])
    with op.batch_alter_table("polls") as batch:
        batch.add_column(
            sa.Column("followed", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch.add_column(sa.Column("recipient", sa.String(length=64), nullable=True))
        batch.create_index("ix_polls_recipient", ["recipient"])
    with op.batch_alter_table("polls") as batch:
        batch.alter_column("followed", server_default=None)
    # Poll state was ordered by Telegram's update ids; from now on by inbox sequences, which
    # start at 1, so the stored order marks are reset.
    op.execute("UPDATE polls SET last_update_id = NULL")
    op.execute("UPDATE poll_votes SET update_id = 0")


def downgrade() -> None:
    with op.batch_alter_table("polls") as batch:
        batch.drop_index("ix_polls_recipient")
        batch.drop_column("recipient")
        batch.drop_column("followed")
    op.drop_index("ix_inbox_state", table_name="inbox")
    op.drop_table("inbox")
