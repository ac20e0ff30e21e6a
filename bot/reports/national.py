"""The national estimate from the database: one computation for /results, /stats, the closing
message and `senim report`, so they always say the same."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.polls.survey import standard_survey
from bot.stats.estimate import Cell, Estimate, estimate
from db.models import RegionPopulation
from db.queries.estimate import ShareQuestion, answer_cells, cells_of
from db.queries.population import list_population
from db.queries.rollups import ChatShare, PrivateAnswers
from db.seed.population import TOTAL


def core_question() -> ShareQuestion:
    survey = standard_survey()
    comparable = survey.core.comparable
    assert comparable is not None, "the core question is comparable by construction"
    return ShareQuestion(
        survey.id, survey.core.key, len(survey.core.options), comparable.counted, comparable.among
    )


async def national_estimate(
    session: AsyncSession, read: tuple[Sequence[ChatShare], PrivateAnswers] | None = None
) -> Estimate:
    """`read`: the groups' latest polls and the private answers, when the caller has them."""
    question = core_question()
    cells = cells_of(question, *read) if read else await answer_cells(session, question)
    population = by_region(await list_population(session))
    return estimate(
        (Cell(row.chat_id, row.region, row.successes, row.n) for row in cells), population
    )


def by_region(rows: Sequence[RegionPopulation]) -> dict[str, int]:
    """Region → people, without the national total row."""
    return {row.region: row.population for row in rows if row.region != TOTAL}
