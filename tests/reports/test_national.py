"""The estimate's input comes from one aggregate that counts the same answers as /results."""

from __future__ import annotations

import pytest

from bot.reports import tallies
from bot.reports.dashboard import global_dashboard
from bot.reports.national import core_question, national_estimate
from bot.reports.weighted import weighted_months
from bot.services import Services
from db.queries.estimate import CellRow, answer_cells
from tests.reports.scenes import (
    NOT,
    PARTLY,
    TRUST,
    group_poll,
    named_group_poll,
    population,
    private_answer,
)

pytestmark = pytest.mark.asyncio


async def test_cells_count_latest_group_polls_and_latest_private_answers(
    services: Services,
) -> None:
    await group_poll(services, -1, (1, 1, 1, 1), region="astana")
    await group_poll(services, -1, (6, 3, 1, 2), region="astana")
    await group_poll(services, -2, (2, 4, 4, 0), region="ulytau")
    await group_poll(services, -3, (5, 0, 0, 0))
    await named_group_poll(services, -4, [TRUST, TRUST, NOT, 3])
    await private_answer(services, 7, TRUST)
    await private_answer(services, 8, PARTLY)
    await private_answer(services, 9, None)
    async with services.sessions() as session:
        cells = await answer_cells(session, core_question())
    assert sorted(cells, key=lambda cell: cell.chat_id or 0) == [
        CellRow(-4, None, 2, 3),
        CellRow(-3, None, 5, 5),
        CellRow(-2, "ulytau", 2, 10),
        CellRow(-1, "astana", 6, 10),
        CellRow(None, None, 1, 2),
    ]
    picture = await tallies.national_picture(services, "en")
    async with services.sessions() as session:
        result = await national_estimate(session)
    assert picture.senim is not None
    assert (result.n, result.raw_share) == (picture.senim.n, picture.senim.share)
    assert result.weighted_share is None


async def test_the_population_release_weights_the_estimate(services: Services) -> None:
    await group_poll(services, -1, (9, 1, 0, 0), region="astana")
    await group_poll(services, -2, (1, 9, 0, 0), region="ulytau")
    await population(services, {"astana": 300, "ulytau": 100})
    async with services.sessions() as session:
        result = await national_estimate(session)
    assert result.weighted_share == pytest.approx(0.75 * 0.9 + 0.25 * 0.1)
    assert result.population_covered == pytest.approx(1.0)


async def test_the_charts_weighted_month_is_the_estimate_of_that_months_answers(
    services: Services,
) -> None:
    await group_poll(services, -1, (9, 1, 0, 0), region="astana")
    await group_poll(services, -2, (1, 9, 0, 0), region="ulytau")
    months = (await global_dashboard(services, "en")).months
    assert await weighted_months(services, months, 12) is None
    await population(services, {"astana": 300, "ulytau": 100})
    (weighted,) = await weighted_months(services, months, 12)  # type: ignore[misc]
    assert weighted.month == months[-1].month
    assert weighted.share == pytest.approx(0.75 * 0.9 + 0.25 * 0.1)
    async with services.sessions() as session:
        national = await national_estimate(session)
    assert (weighted.interval, weighted.effective_n) == (national.interval, national.effective_n)
