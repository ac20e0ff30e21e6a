"""A transaction's additions to the month sums and counts: summed, written at its commit, read
back in the same session, dropped by a rollback."""

from __future__ import annotations

import pytest

from db.engine import SessionFactory
from db.queries import rollups

pytestmark = pytest.mark.asyncio


async def test_additions_are_summed_and_written_at_the_commit(sessions: SessionFactory) -> None:
    async with sessions.begin() as session:
        await rollups.add_to_count(session, rollups.PERSONAL_ANSWERS, 2)
        await rollups.add_to_count(session, rollups.PERSONAL_ANSWERS, 3)
        await rollups.add_to_count(session, rollups.RESPONDENTS, 1)
        assert (await rollups.counts(session))[rollups.PERSONAL_ANSWERS] == 5
        await rollups.add_to_count(session, rollups.PERSONAL_ANSWERS, 1)
    async with sessions() as session:
        counted = await rollups.counts(session)
    assert counted[rollups.PERSONAL_ANSWERS] == 6
    assert counted[rollups.RESPONDENTS] == 1


async def test_a_rollback_drops_the_additions(sessions: SessionFactory) -> None:
    async with sessions() as session:
        with pytest.raises(RuntimeError):
            async with session.begin():
                await rollups.counts(session)  # the transaction has begun in the database
                await rollups.add_to_count(session, rollups.PERSONAL_ANSWERS, 4)
                raise RuntimeError
        async with session.begin():  # the same session, a new transaction
            await rollups.add_to_count(session, rollups.RESPONDENTS, 1)
    async with sessions() as session:
        counted = await rollups.counts(session)
    assert counted.get(rollups.PERSONAL_ANSWERS, 0) == 0
    assert counted[rollups.RESPONDENTS] == 1
