"""The /stats chart: a PNG of the months with enough answers next to the official points."""

from __future__ import annotations

import warnings
from datetime import date

from bot.stats.charts import ChartText, trend_chart
from bot.stats.intervals import wilson
from bot.stats.trend import MonthShare

PNG = b"\x89PNG\r\n\x1a\n"
OFFICIAL = [(2019, 0.38), (2025, 0.63)]
TEXT = ChartText(
    title="Полицияға сенеді",
    senim="Сенім сауалнамалары, ай бойынша (95% аралық)",
    official="Ресми көрсеткіштер",
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
