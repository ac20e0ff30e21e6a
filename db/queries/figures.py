"""The official series: read for answers, upsert for imports and `/addfigure`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from db.models import Figure


async def list_figures(session: AsyncSession) -> Sequence[Figure]:
    result = await session.exec(select(Figure).order_by(col(Figure.metric), col(Figure.period)))
    return result.all()


async def upsert_figures(session: AsyncSession, figures: Iterable[Figure]) -> tuple[int, int]:
    """Insert new (metric, period) points and update existing ones; returns (added, updated)."""
    existing = {(f.metric, f.period): f for f in await list_figures(session)}
    added = updated = 0
    for figure in figures:
        current = existing.get((figure.metric, figure.period))
        if current is None:
            session.add(figure)
            existing[(figure.metric, figure.period)] = figure
            added += 1
            continue
        current.sqlmodel_update(figure.model_dump(exclude={"id"}))
        session.add(current)
        updated += 1
    await session.commit()
    return added, updated


async def has_figures(session: AsyncSession) -> bool:
    return (await session.exec(select(Figure.id).limit(1))).first() is not None
