"""population: the population by region that chat answers are weighted to; polls whose
results stay hidden until they close; what private respondents chose to tell (region, a
pending request for the results)

Revision ID: 0006_population
Revises: 0005_inbox
Create Date: 2026-12-01 00:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_population"
down_revision: str | None = "0005_inbox"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "region_population",
        sa.Column("region", sa.String(length=32), nullable=False),
        sa.Column("population", sa.BigInteger(), nullable=False),
        sa.Column("reference_date", sa.Date(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("publication", sa.String(length=128), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("region"),
    )
    op.create_table(
        "respondents",
        sa.Column("pseudonym", sa.String(length=64), nullable=False),
        sa.Column("region", sa.String(length=32), nullable=True),
        sa.Column("contact", sa.String(length=64), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=True),
        sa.Column("results_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("pseudonym"),
    )
    with op.batch_alter_table("polls") as batch_op:
        batch_op.add_column(
            sa.Column("results_hidden", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("polls") as batch_op:
        batch_op.drop_column("results_hidden")
    op.drop_table("respondents")
    op.drop_table("region_population")
