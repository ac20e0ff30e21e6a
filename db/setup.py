"""Bring a database up to date: schema migrations, then the seed of the official series."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncEngine

from db.engine import session_factory
from db.migrate import current_revision, head_revision, migration_lock, upgrade
from db.queries import rollups
from db.queries.figures import has_figures, upsert_figures
from db.seed import seed_figures


@dataclass(frozen=True)
class Preparation:
    """What preparing did, so `senim db upgrade` can say it."""

    created: bool
    migrated: bool
    seeded: int


async def prepare_database(engine: AsyncEngine, timezone: str | None = None) -> Preparation:
    """Migrate, and seed the figures only into an empty table so admins' edits are kept; under
    a lock, so replicas starting together do it once. With `timezone`, the stats rollups are
    rebuilt if they were built for another zone. A database already at the newest revision is
    left to itself: Alembic is not even imported."""
    async with migration_lock(engine):
        before = await current_revision(engine)
        after = before
        if before != head_revision():
            await upgrade(engine)
            after = await current_revision(engine)
        seeded = 0
        async with session_factory(engine).begin() as session:
            if not await has_figures(session):
                added, _updated = await upsert_figures(session, seed_figures())
                seeded = added
            if timezone is not None and await rollups.ensure_zone(session, ZoneInfo(timezone)):
                await session.commit()
    return Preparation(created=before is None, migrated=before != after, seeded=seeded)
