"""The /stats chart's weighted line: each month's share weighted to the regions' population,
with its 95 % interval on the effective n — the national estimate's method, month by month.

A month counts each group's latest poll in it and each person's latest private answer in it,
as the unweighted line does (read from the rollups, never from every answer). Without a
population release there is no weighted line, and the chart says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bot.polls.survey import standard_survey
from bot.reports.national import by_region
from bot.reports.tallies import comparable_share
from bot.services import Services
from bot.stats.estimate import Cell, estimate
from bot.stats.results import Tally
from bot.stats.trend import MonthShare, shown_months
from bot.stats.weighted import WeightedMonth
from db.queries import rollups
from db.queries.population import list_population


async def weighted_months(
    services: Services, months: Sequence[MonthShare], last: int
) -> tuple[WeightedMonth, ...] | None:
    """The weighted share of the `last` shown months that have one; None without population
    data."""
    survey = standard_survey()
    core = survey.core
    share = comparable_share(core, "en")
    assert share is not None, "the core question is comparable by construction"
    chosen = [month.month for month in shown_months(months)[-last:]]
    async with services.sessions() as session:
        population = by_region(await list_population(session))
        if not population:
            return None
        rows = await rollups.month_cells(session, survey.id, core.key, len(core.options), chosen)
    cells: dict[date, list[Cell]] = {month: [] for month in chosen}
    for row in rows:
        successes, n = share.split(Tally(*row.counted))
        cells[row.month].append(Cell(row.chat_id, row.region, successes, n))
    weighted = []
    for month in chosen:
        result = estimate(cells[month], population)
        if result.weighted_share is not None and result.interval is not None:
            weighted.append(
                WeightedMonth(month, result.weighted_share, result.interval, result.effective_n)
            )
    return tuple(weighted)
