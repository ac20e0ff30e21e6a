"""The official value a survey question is compared with, read from the stored series."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from db.models import Figure

PERCENT = "percent"


@dataclass(frozen=True)
class OfficialFigure:
    metric: str
    period: int
    share: float
    publication: str


def official_share(
    figures: Sequence[Figure], metric: str, per: str | None = None
) -> OfficialFigure | None:
    """The latest point of `metric` as a fraction: a percentage, or `metric` / `per` when the
    series holds two counts (then both from the same period). None when not in the series."""
    points = sorted(
        (f for f in figures if f.metric == metric and f.value is not None),
        key=lambda f: f.period,
    )
    if not points:
        return None
    latest = points[-1]
    value = latest.value or 0.0
    if per is None:
        if latest.unit != PERCENT:
            return None
        return OfficialFigure(metric, latest.period, value / 100, latest.publication)
    whole = next(
        (f.value for f in figures if f.metric == per and f.period == latest.period and f.value),
        None,
    )
    if whole is None:
        return None
    return OfficialFigure(metric, latest.period, value / whole, latest.publication)


def official_series(figures: Sequence[Figure], metric: str) -> list[tuple[int, float]]:
    """Every percentage point of `metric`, oldest first, as (period, fraction): the chart puts
    all measurements next to the polls, not only the latest one."""
    return sorted(
        (f.period, f.value / 100)
        for f in figures
        if f.metric == metric and f.unit == PERCENT and f.value is not None
    )
