"""The population by region that answers are weighted to: one release at a time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from db.models import RegionPopulation


async def list_population(session: AsyncSession) -> Sequence[RegionPopulation]:
    result = await session.exec(select(RegionPopulation).order_by(col(RegionPopulation.region)))
    return result.all()


async def replace_population(session: AsyncSession, rows: Iterable[RegionPopulation]) -> int:
    """A new release replaces the old one whole: regions from two releases never mix."""
    await session.exec(delete(RegionPopulation))
    added = 0
    for row in rows:
        session.add(row)
        added += 1
    return added
