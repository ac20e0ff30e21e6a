"""The official series: read for answers, upsert for imports and `/addfigure`, remove; every
replaced or removed point is copied into `figure_history` first."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from db.models import Figure, FigureHistory

REPLACED = "replaced"
REMOVED = "removed"


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
        if _provenance(current) == _provenance(figure):
            continue
        session.add(_history(current, REPLACED))
        current.sqlmodel_update(figure.model_dump(exclude={"id"}))
        session.add(current)
        updated += 1
    return added, updated


async def has_figures(session: AsyncSession) -> bool:
    return (await session.exec(select(Figure.id).limit(1))).first() is not None


async def get_figure(session: AsyncSession, metric: str, period: int) -> Figure | None:
    result = await session.exec(
        select(Figure).where(Figure.metric == metric, Figure.period == period)
    )
    return result.first()


async def remove_figure(session: AsyncSession, metric: str, period: int) -> Figure | None:
    """Delete one point, keeping it in the history; the removed point, or None if absent."""
    figure = await get_figure(session, metric, period)
    if figure is None:
        return None
    session.add(_history(figure, REMOVED))
    await session.delete(figure)
    return figure


async def figure_history(
    session: AsyncSession, metric: str, period: int
) -> Sequence[FigureHistory]:
    """Earlier versions of one point, oldest first."""
    result = await session.exec(
        select(FigureHistory)
        .where(FigureHistory.metric == metric, FigureHistory.period == period)
        .order_by(col(FigureHistory.changed_at), col(FigureHistory.id))
    )
    return result.all()


def _provenance(figure: Figure) -> dict[str, object]:
    return figure.model_dump(exclude={"id"})


def _history(figure: Figure, change: str) -> FigureHistory:
    return FigureHistory(
        metric=figure.metric,
        period=figure.period,
        figure=figure.model_dump(mode="json", exclude={"id"}),
        change=change,
    )
