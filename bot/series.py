"""The official series as the handlers and the Q&A engine see it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.services import Services
from db.models import Figure
from db.queries.figures import list_figures


@dataclass(frozen=True)
class Series:
    metric: str
    unit: str
    points: tuple[Figure, ...]


async def load_figures(services: Services) -> Sequence[Figure]:
    async with services.sessions() as session:
        return await list_figures(session)


def numeric_series(figures: Sequence[Figure]) -> list[Series]:
    """Metrics with values, in first-seen order, each with its points by period."""
    grouped: dict[str, list[Figure]] = {}
    for figure in figures:
        if figure.value is not None:
            grouped.setdefault(figure.metric, []).append(figure)
    return [
        Series(metric, points[0].unit, tuple(sorted(points, key=lambda f: f.period)))
        for metric, points in grouped.items()
    ]
