"""The /stats chart, drawn for a phone: a PNG of the months with enough answers, the official
figures as labelled lines, n and value per point, regional bars and the source below."""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path

import pytest
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.text import Text

from bot.stats.charts import (
    CHART_MONTHS,
    MIN_FONT,
    PHONE_WIDTH,
    POINTS_PER_INCH,
    ChartText,
    chart_figure,
    trend_chart,
)
from bot.stats.intervals import Interval, wilson
from bot.stats.results import BreakdownRow
from bot.stats.trend import MonthShare
from bot.stats.weighted import WeightedMonth

PNG = b"\x89PNG\r\n\x1a\n"
OFFICIAL = [(2019, 0.38), (2025, 0.63)]
TEXT = ChartText(
    title="Полицияға сенеді",
    senim="Сенім сауалнамалары, ай бойынша (95% аралық); ай астында — жауаптар саны",
    official="Ресми көрсеткіш, {year}: {value}",
    source="Ресми көрсеткіштер: Курсив, 13.10.2025.",
    regions="Өңірлер бойынша",
    language="kk",
)


def month(number: int, successes: int, n: int) -> MonthShare:
    return MonthShare(date(2025, number, 1), successes, n, wilson(successes, n))


def test_a_chart_is_a_png_with_kazakh_labels_and_no_missing_letters() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph is a warning
        chart = trend_chart([month(9, 12, 30), month(10, 20, 36)], OFFICIAL, TEXT)
    assert chart is not None and chart.startswith(PNG) and len(chart) > 1000


def test_months_under_ten_answers_are_not_drawn() -> None:
    shown = [month(10, 20, 36)]
    with_small_months = [month(8, 1, 2), *shown, month(11, 5, 9)]
    assert trend_chart(with_small_months, OFFICIAL, TEXT) == trend_chart(shown, OFFICIAL, TEXT)


def test_a_month_where_everyone_or_no_one_trusts_is_drawn() -> None:
    chart = trend_chart([month(9, 13, 13), month(10, 0, 17)], OFFICIAL, TEXT)
    assert chart is not None and chart.startswith(PNG)


def test_no_chart_without_a_month_to_show() -> None:
    assert trend_chart([], OFFICIAL, TEXT) is None
    assert trend_chart([month(10, 5, 9)], OFFICIAL, TEXT) is None


def test_a_chart_without_official_points_still_draws_the_polls() -> None:
    chart = trend_chart([month(10, 20, 36)], [], TEXT)
    assert chart is not None and chart.startswith(PNG)


def test_a_year_of_months_stays_a_small_picture() -> None:
    """Its render time is measured by bench/, not asserted here."""
    months = [month(number, 10 + number, 30 + number) for number in range(1, 13)]
    chart = trend_chart(months, OFFICIAL, TEXT)
    assert chart is not None and chart.startswith(PNG) and len(chart) < 200_000


def months_from(first_year: int, count: int) -> list[MonthShare]:
    shares = []
    for i in range(count):
        n = 30 + i
        shares.append(
            MonthShare(date(first_year + i // 12, i % 12 + 1, 1), n // 2, n, wilson(n // 2, n))
        )
    return shares


def regions(count: int, n: int = 20) -> list[BreakdownRow]:
    return [BreakdownRow(f"Облыс {i}", n, 0.3 + i / 50) for i in range(count)]


def texts(figure: Figure) -> list[Text]:
    return [text for text in figure.findobj(Text) if text.get_visible() and text.get_text()]


def assert_phone_ready(figure: Figure | None) -> Figure:
    """360 pt wide, so a point on the chart is a point on the phone; no text under 9 pt."""
    assert figure is not None
    assert figure.get_figwidth() * POINTS_PER_INCH == PHONE_WIDTH
    small = [(t.get_text(), t.get_fontsize()) for t in texts(figure) if t.get_fontsize() < MIN_FONT]
    assert not small
    return figure


def written(figure: Figure) -> str:
    return "\n".join(text.get_text() for text in texts(figure))


def test_no_data_draws_nothing() -> None:
    assert chart_figure([], OFFICIAL, TEXT, regions(5)) is None


def test_one_month_with_its_value_n_official_lines_and_source(tmp_path: Path) -> None:
    figure = assert_phone_ready(chart_figure([month(10, 20, 36)], OFFICIAL, TEXT))
    shown = written(figure)
    assert "56%" in shown and "36" in shown and "2025" in shown
    assert "Ресми көрсеткіш, 2025: 63%" in shown and "Ресми көрсеткіш, 2019: 38%" in shown
    assert "Курсив, 13.10.2025" in shown
    (axes,) = figure.axes
    assert [label.get_text() for label in axes.get_xticklabels()] == ["қаз\n36\n2025"]
    save(tmp_path / "one.png", [month(10, 20, 36)])


def test_two_years_zoom_to_the_last_months_each_with_value_and_n(tmp_path: Path) -> None:
    data = months_from(2024, 24)
    figure = assert_phone_ready(chart_figure(data, OFFICIAL, TEXT))
    (axes,) = figure.axes
    labels = [label.get_text() for label in axes.get_xticklabels()]
    recent = data[-CHART_MONTHS:]
    assert len(labels) == CHART_MONTHS
    assert all(f"\n{point.n}" in label for point, label in zip(recent, labels, strict=True))
    assert labels[0].endswith("2025") and axes.get_xlim()[1] < CHART_MONTHS
    values = [t.get_text() for t in axes.texts]
    assert values == [f"{point.share * 100:.0f}%" for point in recent]
    save(tmp_path / "24.png", data)


def test_regional_bars_only_for_two_or_more_regions_with_ten_answers(tmp_path: Path) -> None:
    data = [month(9, 12, 30), month(10, 20, 36)]
    one_region = [*regions(1), BreakdownRow("Шағын", 4, None)]
    assert len(assert_phone_ready(chart_figure(data, OFFICIAL, TEXT, one_region)).axes) == 1
    figure = assert_phone_ready(chart_figure(data, OFFICIAL, TEXT, regions(20)))
    _trend, bars = figure.axes
    assert len(bars.patches) == 20
    assert "Облыс 19" in written(figure) and "n=20" in written(figure)
    save(tmp_path / "regions.png", data, regions(20))


def save(path: Path, data: list[MonthShare], by_region: list[BreakdownRow] | None = None) -> None:
    """Each case is written as a PNG, so it can be looked at (pytest keeps tmp_path)."""
    chart = trend_chart(data, OFFICIAL, TEXT, by_region or [])
    assert chart is not None and chart.startswith(PNG)
    path.write_bytes(chart)


WEIGHTED_TEXT = ChartText(
    title="Trust the police",
    senim="Senim polls by month (95% interval)",
    official="Official figure {year}: {value}",
    source="Official figures: Kursiv, 13.10.2025.",
    language="en",
    weighted="Weighted to the regions' population (95% interval)",
    no_weighted="No population data yet, so no weighted line.",
)


def test_the_weighted_line_is_drawn_with_its_band_where_it_exists(tmp_path: Path) -> None:
    months = [month(8, 12, 30), month(9, 20, 36), month(10, 25, 40)]
    weighted = [
        WeightedMonth(date(2025, 8, 1), 0.45, Interval(0.3, 0.6), 20.0),
        WeightedMonth(date(2025, 10, 1), 0.55, Interval(0.42, 0.68), 28.0),
    ]
    figure = assert_phone_ready(chart_figure(months, OFFICIAL, WEIGHTED_TEXT, weighted=weighted))
    axes = figure.axes[0]
    (line,) = [line for line in axes.get_lines() if line.get_label() == WEIGHTED_TEXT.weighted]
    assert list(line.get_xdata()) == [0, 2]
    assert list(line.get_ydata()) == [pytest.approx(45.0), pytest.approx(55.0)]
    (band,) = [shape for shape in axes.collections if isinstance(shape, PolyCollection)]
    extents = band.get_paths()[0].get_extents()
    assert (extents.y0, extents.y1) == (pytest.approx(30.0), pytest.approx(68.0))
    assert WEIGHTED_TEXT.weighted in written(figure)
    assert WEIGHTED_TEXT.no_weighted not in written(figure)
    chart = trend_chart(months, OFFICIAL, WEIGHTED_TEXT, weighted=weighted)
    assert chart is not None
    (tmp_path / "weighted.png").write_bytes(chart)


def test_without_population_data_the_chart_says_there_is_no_weighted_line() -> None:
    months = [month(9, 20, 36), month(10, 25, 40)]
    figure = assert_phone_ready(chart_figure(months, OFFICIAL, WEIGHTED_TEXT, weighted=None))
    assert WEIGHTED_TEXT.weighted not in [line.get_label() for line in figure.axes[0].get_lines()]
    assert WEIGHTED_TEXT.no_weighted in written(figure).replace("\n", " ")
    a_chats_chart = assert_phone_ready(chart_figure(months, OFFICIAL, WEIGHTED_TEXT))
    assert WEIGHTED_TEXT.no_weighted not in written(a_chats_chart).replace("\n", " ")
