"""The /stats chart drawn in a child process: the same picture, and matplotlib never enters the
bot's own memory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.stats.chart_process import in_child
from bot.stats.charts import trend_chart
from tests.stats.test_charts import OFFICIAL, TEXT, month

ROOT = Path(__file__).resolve().parents[2]
DRAW_AND_CHECK = """
import asyncio, sys
from datetime import date
from bot.stats.chart_process import in_child
from bot.stats.charts import ChartText, trend_chart
from bot.stats.intervals import wilson
from bot.stats.trend import MonthShare
months = [MonthShare(date(2025, 9, 1), 12, 30, wilson(12, 30))]
text = ChartText("Trust", "Senim polls", "Official {year}: {value}")
chart = asyncio.run(in_child(trend_chart, months, [(2025, 0.63)], text))
assert chart is not None
print(sorted(name for name in ("matplotlib", "numpy") if name in sys.modules))
"""


async def test_the_child_draws_the_same_png() -> None:
    months = [month(9, 12, 30), month(10, 20, 36)]
    assert await in_child(trend_chart, months, OFFICIAL, TEXT) == trend_chart(
        months, OFFICIAL, TEXT
    )
    assert await in_child(trend_chart, [], OFFICIAL, TEXT) is None


def test_matplotlib_is_never_imported_by_the_process_that_asks() -> None:
    done = subprocess.run(
        [sys.executable, "-c", DRAW_AND_CHECK],
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip() == "[]"
