"""The /stats picture: Senim's monthly share with 95 % intervals next to the official series.

Official points stand alone, unconnected: a line between 2019 and 2025 would suggest values for
the years in between, which were never measured.

Rendered with matplotlib's object API on the Agg canvas (no pyplot, no global figure state), one
render at a time: callers run it in a worker thread so the event loop keeps serving updates.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter

from bot.stats.trend import MonthShare, shown_months

SIZE_INCHES = (6.4, 3.6)
DPI = 110
SENIM_COLOUR = "#1f6fb2"
OFFICIAL_COLOUR = "#c0392b"
MID_YEAR = 0.5
_RENDERING = threading.Lock()


@dataclass(frozen=True)
class ChartText:
    """Everything written on the chart, already in the reader's language."""

    title: str
    senim: str
    official: str


def year_position(month: MonthShare) -> float:
    """Months sit inside their year on a year axis: October 2025 is 2025.79."""
    return month.month.year + (month.month.month - MID_YEAR) / 12


def trend_chart(
    months: Sequence[MonthShare], official: Sequence[tuple[int, float]], text: ChartText
) -> bytes | None:
    """A PNG, or None when no month has enough answers to plot."""
    points = shown_months(months)
    if not points:
        return None
    with _RENDERING:
        return _render(points, official, text)


def _render(
    points: Sequence[MonthShare], official: Sequence[tuple[int, float]], text: ChartText
) -> bytes:
    figure = Figure(figsize=SIZE_INCHES, dpi=DPI, layout="constrained")
    axes = figure.add_subplot()
    if official:
        axes.plot(
            [period + MID_YEAR for period, _share in official],
            [share * 100 for _period, share in official],
            linestyle="none",
            marker="D",
            markersize=8,
            color=OFFICIAL_COLOUR,
            label=text.official,
        )
    axes.errorbar(
        [year_position(point) for point in points],
        [point.share * 100 for point in points],
        yerr=[
            [(point.share - point.interval.low) * 100 for point in points],
            [(point.interval.high - point.share) * 100 for point in points],
        ],
        fmt="o",
        capsize=3,
        color=SENIM_COLOUR,
        label=text.senim,
    )
    axes.set_title(text.title)
    axes.set_ylim(0, 100)
    axes.yaxis.set_major_formatter(PercentFormatter())
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.grid(alpha=0.3)
    axes.legend(loc="best", fontsize="small")
    image = io.BytesIO()
    FigureCanvasAgg(figure).print_png(image)
    return image.getvalue()
