"""One month of the /stats chart's weighted line (bot.reports.weighted computes them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.stats.intervals import Interval


@dataclass(frozen=True)
class WeightedMonth:
    month: date
    share: float
    interval: Interval
    effective_n: float
