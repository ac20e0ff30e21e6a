"""The /stats chart: how long one render takes and how big the PNG is.

    .venv/bin/python bench/stats_chart.py

The bot runs it in a child process (bot/stats/chart_process.py), so its time plus the child's
start is the wait before the photo is sent, not time the bot stops answering others. Prints a
table; not a timed test.
"""

from __future__ import annotations

import statistics
import time
from datetime import date

from bot.qa.evaluation import table
from bot.stats.charts import ChartText, trend_chart
from bot.stats.intervals import wilson
from bot.stats.results import BreakdownRow
from bot.stats.trend import MonthShare

RENDERS = 20
MS = 1000
OFFICIAL = [(2019, 0.38), (2025, 0.63)]
TEXT = ChartText(
    "Доверяют полиции",
    "Опросы Сеним по месяцам (95% интервал); под месяцем — число ответов",
    "Официальная цифра {year}: {value}",
    source="Официальные цифры: Курсив, 13.10.2025.",
    regions="По регионам",
    language="ru",
)
REGIONS = [BreakdownRow(f"Регион {i}", 10 + i, 0.4 + i / 50) for i in range(20)]


def months(count: int) -> list[MonthShare]:
    shares = []
    for i in range(count):
        n = 40 + i
        trusting = n // 2 + i % 5
        shares.append(
            MonthShare(date(2025 + i // 12, i % 12 + 1, 1), trusting, n, wilson(trusting, n))
        )
    return shares


def row(label: str, count: int, regions: list[BreakdownRow] | None = None) -> list[object]:
    data = months(count)
    trend_chart(data, OFFICIAL, TEXT, regions or [])
    times, size = [], 0
    for _ in range(RENDERS):
        started = time.perf_counter()
        png = trend_chart(data, OFFICIAL, TEXT, regions or [])
        times.append(time.perf_counter() - started)
        size = len(png or b"")
    return [
        label,
        f"{statistics.median(times) * MS:.0f}",
        f"{max(times) * MS:.0f}",
        f"{size // 1024}",
    ]


if __name__ == "__main__":
    rows = [
        row("3 months", 3),
        row("12 months", 12),
        row("36 months", 36),
        row("12 months, 20 regions", 12, REGIONS),
    ]
    print(table(["chart", "median ms", "max ms", "PNG KiB"], rows))
