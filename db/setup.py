"""Bring a database up to date: schema migrations, then the seed of the official series."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine

from db.engine import session_factory
from db.migrate import migration_lock, upgrade
from db.queries.figures import has_figures, upsert_figures
from db.seed import seed_figures


async def prepare_database(engine: AsyncEngine) -> None:
    """Migrate, and seed the figures only into an empty table so admins' edits are kept; under
    a lock, so replicas starting together do it once."""
    async with migration_lock(engine):
        await upgrade(engine)
        async with session_factory(engine)() as session:
            if not await has_figures(session):
                await upsert_figures(session, seed_figures())
