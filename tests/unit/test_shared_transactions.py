"""Shared transactions: many callers' writes in one commit, each caller's failure its own."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel import func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.util.shared_transactions import MAX_WORKS, SharedTransactions, Work
from db.engine import SessionFactory
from db.models import BotSetting


def commits_of(engine: AsyncEngine) -> list[None]:
    """One entry per commit on the engine, from now on."""
    seen: list[None] = []

    def count(_connection: Any) -> None:
        seen.append(None)

    event.listen(engine.sync_engine, "commit", count)
    return seen


def setting(key: str) -> Work[int]:
    """Stores a setting; returns how many the work saw stored before its own."""

    async def work(session: AsyncSession) -> int:
        before = (await session.exec(select(func.count()).select_from(BotSetting))).one()
        session.add(BotSetting(key=key, value="v"))
        return before

    return work


async def stored(sessions: SessionFactory) -> list[str]:
    async with sessions() as session:
        return sorted((await session.exec(select(BotSetting.key))).all())


async def test_callers_of_one_moment_share_one_commit_and_see_each_other(
    engine: AsyncEngine, sessions: SessionFactory
) -> None:
    writes = SharedTransactions(sessions, shared=True)
    before = len(await stored(sessions))
    commits = commits_of(engine)
    seen = await asyncio.gather(*(writes.run(setting(f"k{i}")) for i in range(5)))
    assert len(commits) == 1
    assert seen == [before + i for i in range(5)]
    assert {f"k{i}" for i in range(5)} <= set(await stored(sessions))


async def test_a_transaction_takes_at_most_max_works(
    engine: AsyncEngine, sessions: SessionFactory
) -> None:
    writes = SharedTransactions(sessions, shared=True)
    commits = commits_of(engine)
    await asyncio.gather(*(writes.run(setting(f"k{i}")) for i in range(MAX_WORKS + 1)))
    assert len(commits) == 2


async def test_one_callers_failure_is_its_own(sessions: SessionFactory) -> None:
    writes = SharedTransactions(sessions, shared=True)
    await writes.run(setting("taken"))
    outcomes = await asyncio.gather(
        writes.run(setting("a")),
        writes.run(setting("taken")),
        writes.run(setting("b")),
        return_exceptions=True,
    )
    assert isinstance(outcomes[1], IntegrityError)
    assert not isinstance(outcomes[0], BaseException)
    assert not isinstance(outcomes[2], BaseException)
    assert {"a", "b", "taken"} <= set(await stored(sessions))


async def test_a_database_failure_reaches_every_caller_and_keeps_nothing(
    sessions: SessionFactory,
) -> None:
    writes = SharedTransactions(sessions, shared=True)
    tries: list[None] = []

    async def locked(_session: AsyncSession) -> None:
        tries.append(None)
        raise OperationalError("BEGIN", {}, Exception("database is locked"))

    outcomes = await asyncio.gather(
        writes.run(setting("a")), writes.run(locked), return_exceptions=True
    )
    assert all(isinstance(outcome, OperationalError) for outcome in outcomes)
    assert len(tries) == 1
    assert "a" not in await stored(sessions)


async def test_a_caller_that_gave_up_before_its_turn_writes_nothing(
    sessions: SessionFactory,
) -> None:
    writes = SharedTransactions(sessions, shared=True)
    waiting = asyncio.create_task(writes.run(setting("gone")))
    await asyncio.sleep(0)
    waiting.cancel()
    await writes.run(setting("kept"))
    assert "gone" not in await stored(sessions)
    with pytest.raises(asyncio.CancelledError):
        await waiting


async def test_unshared_each_work_commits_alone(
    engine: AsyncEngine, sessions: SessionFactory
) -> None:
    writes = SharedTransactions(sessions, shared=False)
    commits = commits_of(engine)
    await asyncio.gather(*(writes.run(setting(f"k{i}")) for i in range(3)))
    assert len(commits) == 3
