"""The /stats picture, drawn for a phone: Senim's monthly share with 95 % intervals, zoomed to the
months that have answers, the official figures as labelled reference lines, n and the value at
every point, regional bars when two or more regions have enough answers, and the source below.

The figure is PHONE_WIDTH points wide, the width a phone shows a photo at, so a font size in
points is the size the reader sees; no text is smaller than MIN_FONT. Official points are lines
across the chart, not dots on a time axis: a year-long gap between measurements would otherwise
squeeze the months of polls into a corner.

Rendered with matplotlib's object API on the Agg canvas (no pyplot, no global figure state), one
render at a time per process: the bot runs it in a child process (chart_process.py), so the event
loop keeps serving updates and matplotlib never stays in the bot's memory.
"""

from __future__ import annotations

import io
import textwrap
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from babel.dates import format_date

from bot.stats.results import MIN_SHOWN, BreakdownRow
from bot.stats.trend import MonthShare, shown_months
from bot.stats.weighted import WeightedMonth

if TYPE_CHECKING:  # matplotlib takes half a second to import: only when a chart is drawn
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

POINTS_PER_INCH = 72
PHONE_WIDTH = 360
"""Points: a photo fills a phone's width, about 360 pt."""
MIN_FONT = 9
FONT = 10
TITLE_FONT = 12
DPI = 160
"""Pixels per inch: 800 px wide, sharp on a phone's dense screen."""
TREND_HEIGHT = 250
REGION_ROW = 22
CAPTION_HEIGHT = 48
LEGEND_ROW = 16
CHART_MONTHS = 12
"""At most the last twelve months: at phone width each needs room for its value and n."""
WRAP = 52
SENIM_COLOUR = "#1f6fb2"
OFFICIAL_COLOUR = "#c0392b"
WEIGHTED_COLOUR = "#1e8449"
REGION_COLOUR = "#7fb3d5"
MIN_REGIONS = 2
_RENDERING = threading.Lock()


@dataclass(frozen=True)
class ChartText:
    """Everything written on the chart, already in the reader's language."""

    title: str
    senim: str
    official: str
    """A format with {year} and {value}, like "Official {year}: {value}"."""
    source: str = ""
    regions: str = ""
    language: str = "en"
    weighted: str = ""
    """The label of the weighted line."""
    no_weighted: str = ""
    """Said under the chart when there is no population data to weight with."""


def trend_chart(
    months: Sequence[MonthShare],
    official: Sequence[tuple[int, float]],
    text: ChartText,
    regions: Sequence[BreakdownRow] = (),
    weighted: Sequence[WeightedMonth] | None = (),
) -> bytes | None:
    """A PNG, or None when no month has enough answers to plot. `weighted`: the weighted line's
    months; None when there is no population data to weight with (the chart says so)."""
    with _RENDERING:
        figure = chart_figure(months, official, text, regions, weighted)
        if figure is None:
            return None
        image = io.BytesIO()
        figure.savefig(image, format="png")
        return image.getvalue()


def chart_figure(
    months: Sequence[MonthShare],
    official: Sequence[tuple[int, float]],
    text: ChartText,
    regions: Sequence[BreakdownRow] = (),
    weighted: Sequence[WeightedMonth] | None = (),
) -> Figure | None:
    """The figure itself, so tests can check its size and fonts."""
    from matplotlib.figure import Figure

    points = shown_months(months)[-CHART_MONTHS:]
    if not points:
        return None
    bars = region_bars(regions)
    bars_height = (len(bars) + 2) * REGION_ROW if bars else 0
    line = [point for point in weighted or () if point.month in {p.month for p in points}]
    legend = 1 + len(official) + (2 if line else 0)
    height = TREND_HEIGHT + LEGEND_ROW * legend + bars_height + CAPTION_HEIGHT
    figure = Figure(
        figsize=(PHONE_WIDTH / POINTS_PER_INCH, height / POINTS_PER_INCH),
        dpi=DPI,
        layout="constrained",
    )
    if bars:
        top, bottom = figure.subfigures(2, 1, height_ratios=[height - bars_height, bars_height])  # type: ignore[misc]
        _trend(top.add_subplot(), points, official, text, line)
        _regions(bottom.add_subplot(), bars, official, text)
    else:
        _trend(figure.add_subplot(), points, official, text, line)
    source = " ".join(
        part for part in (text.no_weighted if weighted is None else "", text.source) if part
    )
    if source:
        figure.supxlabel(textwrap.fill(source, WRAP + 8), fontsize=MIN_FONT, color="#555555")
    return figure


def region_bars(regions: Sequence[BreakdownRow]) -> list[BreakdownRow]:
    """Regions with a share to show (MIN_SHOWN answers), only when there are at least two."""
    shown = [row for row in regions if row.share is not None and row.n >= MIN_SHOWN]
    return sorted(shown, key=lambda row: row.share or 0.0) if len(shown) >= MIN_REGIONS else []


def month_label(point: MonthShare, first: bool, language: str) -> str:
    """A short month name over its number of answers; the year under January and the first."""
    name = format_date(point.month, "LLL", locale=language).rstrip(".")
    year = f"\n{point.month.year}" if first or point.month.month == 1 else ""
    return f"{name}\n{point.n}{year}"


def _trend(
    axes: Axes,
    points: Sequence[MonthShare],
    official: Sequence[tuple[int, float]],
    text: ChartText,
    weighted: Sequence[WeightedMonth],
) -> None:
    from matplotlib.ticker import PercentFormatter

    positions = list(range(len(points)))
    if weighted:
        _weighted(axes, [p.month for p in points], weighted, text)
    axes.errorbar(
        positions,
        [point.share * 100 for point in points],
        yerr=[
            [(point.share - point.interval.low) * 100 for point in points],
            [(point.interval.high - point.share) * 100 for point in points],
        ],
        fmt="o-" if len(points) > 1 else "o",
        capsize=3,
        color=SENIM_COLOUR,
        linewidth=1.2,
        markersize=5,
        label=textwrap.fill(text.senim, WRAP),
        zorder=3,
    )
    for rank, (year, share) in enumerate(sorted(official, key=lambda point: -point[0])):
        latest = rank == 0
        axes.axhline(
            share * 100,
            color=OFFICIAL_COLOUR,
            linestyle="--" if latest else ":",
            linewidth=1.4 if latest else 1.2,
            alpha=1.0 if latest else 0.7,
            label=text.official.format(year=year, value=f"{share * 100:.0f}%"),
            zorder=1,
        )
    for position, point in zip(positions, points, strict=True):
        axes.annotate(
            f"{point.share * 100:.0f}%",
            xy=(position, point.interval.high * 100),
            xytext=(0, 2),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=MIN_FONT,
            fontweight="bold",
            color=SENIM_COLOUR,
            bbox={"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none"},
            zorder=4,
        )
    axes.set_xlim(-0.6, len(points) - 0.4)
    axes.set_xticks(
        positions,
        [month_label(point, i == 0, text.language) for i, point in enumerate(points)],
        fontsize=MIN_FONT,
    )
    axes.tick_params(axis="x", length=0)
    axes.set_ylim(0, 110)
    axes.set_yticks([0, 25, 50, 75, 100])
    axes.yaxis.set_major_formatter(PercentFormatter(decimals=0))
    axes.tick_params(axis="y", labelsize=MIN_FONT)
    axes.grid(axis="y", alpha=0.3)
    axes.spines[["top", "right"]].set_visible(False)
    axes.set_title(
        textwrap.fill(text.title, WRAP), fontsize=TITLE_FONT, fontweight="bold", loc="left"
    )
    axes.legend(
        loc="upper left",
        bbox_to_anchor=(0.0, -0.16 if len(points) else 0.0),
        fontsize=MIN_FONT,
        frameon=False,
        borderaxespad=0,
    )


def _weighted(
    axes: Axes, months: Sequence[object], weighted: Sequence[WeightedMonth], text: ChartText
) -> None:
    """The weighted share as a line over its 95 % band, beside the unweighted points."""
    at = [months.index(point.month) for point in weighted]
    axes.fill_between(
        at,
        [point.interval.low * 100 for point in weighted],
        [point.interval.high * 100 for point in weighted],
        color=WEIGHTED_COLOUR,
        alpha=0.15,
        linewidth=0,
        zorder=2,
    )
    axes.plot(
        at,
        [point.share * 100 for point in weighted],
        "s-" if len(weighted) > 1 else "s",
        color=WEIGHTED_COLOUR,
        linewidth=1.4,
        markersize=4,
        label=textwrap.fill(text.weighted, WRAP),
        zorder=2.5,
    )


def _regions(
    axes: Axes, bars: Sequence[BreakdownRow], official: Sequence[tuple[int, float]], text: ChartText
) -> None:
    from matplotlib.ticker import PercentFormatter

    """One row per region: its name over a light bar, the share and n in a column on the right,
    and the latest official figure as a line across the bars."""
    positions = list(range(len(bars)))
    shares = [(row.share or 0.0) * 100 for row in bars]
    axes.barh(positions, shares, color=REGION_COLOUR, height=0.8)
    if official:
        _year, latest = max(official)
        axes.axvline(latest * 100, color=OFFICIAL_COLOUR, linestyle="--", linewidth=1.4)
    for position, row, share in zip(positions, bars, shares, strict=True):
        axes.text(1, position, row.name, va="center", fontsize=MIN_FONT)
        axes.text(
            1.0,
            position,
            f"{share:.0f}%  n={row.n}",
            va="center",
            ha="right",
            fontsize=MIN_FONT,
            transform=axes.get_yaxis_transform(),
        )
    axes.set_xlim(0, 130)
    axes.set_xticks([0, 50, 100])
    axes.xaxis.set_major_formatter(PercentFormatter(decimals=0))
    axes.tick_params(axis="x", labelsize=MIN_FONT)
    axes.set_yticks([])
    axes.set_ylim(-0.6, len(bars) - 0.4)
    axes.spines[["top", "right", "left"]].set_visible(False)
    axes.set_title(textwrap.fill(text.regions, WRAP), fontsize=FONT, fontweight="bold", loc="left")
