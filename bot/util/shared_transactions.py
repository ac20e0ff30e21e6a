"""Shared transactions: the work of many callers, each a function of a session, run one after
another in one transaction.

On SQLite every transaction waits for the engine's one connection anyway, and its begin, commit
and hand-over of the connection cost more than most of the work in it (each statement is a hop
to aiosqlite's thread). Whoever arrives while a transaction is under way joins the next one, at
most MAX_WORKS in one, so under load a caller waits at most one transaction besides its own, and
its work is committed when `run` returns (the grouping is bot.util.batching's GroupCommit, each
work one of its rows). Each work sees what the works before it wrote, as it would after their
commits, and starts with an empty identity map, as in a session of its own. A work never runs
another through the same SharedTransactions: it would wait for itself.

When the shared transaction fails for one work's sake (a constraint, a bug), it is rolled back
and each of its works runs again in a transaction of its own, so the failure stays its caller's;
when the database itself fails (unreachable, locked, too slow), every caller hears. On
PostgreSQL transactions run side by side on their own connections, and a shared one would hold
the rollups' hot rows longer, across replicas too: there each work has its own transaction.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.util.batching import GroupCommit
from db.engine import SessionFactory
from db.futures import settle

Result = TypeVar("Result")
Work = Callable[[AsyncSession], Awaitable[Result]]

MAX_WORKS = 25
"""About 200 rows: a vote with its rollups and the next question writes up to 8."""

_Waiting = tuple[Work[Any], "asyncio.Future[Any]"]


class SharedTransactions:
    def __init__(self, sessions: SessionFactory, *, shared: bool) -> None:
        self._sessions = sessions
        self._shared = shared
        self._group: GroupCommit[_Waiting] = GroupCommit(self._together, max_rows=MAX_WORKS)

    async def run(self, work: Work[Result]) -> Result:
        """`work`'s result once it is committed; its error if it failed (nothing of it kept)."""
        if not self._shared:
            return await self._alone(work)
        done: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        try:
            await self._group.add([(work, done)])
        except asyncio.CancelledError:
            done.cancel()  # a caller that gave up before its turn writes nothing
            raise
        return await done

    async def _alone(self, work: Work[Result]) -> Result:
        async with self._sessions.begin() as session:
            return await work(session)

    async def _together(self, waiting: list[_Waiting]) -> None:
        """One transaction for the batch; its results are given out only after the commit. A
        database failure is raised, for GroupCommit to hand to every caller."""
        batch = [(work, done) for work, done in waiting if not done.done()]
        try:
            async with self._sessions.begin() as session:
                results = [await self._one_of_many(session, work) for work, _ in batch]
        except Exception as error:
            if _database_failed(error):
                raise
            await self._each_alone(batch)
            return
        for (_, done), result in zip(batch, results, strict=True):
            settle(done, result, None)

    @staticmethod
    async def _one_of_many(session: AsyncSession, work: Work[Any]) -> Any:
        result = await work(session)
        if session.new or session.dirty or session.deleted:  # plain statements leave none
            await session.flush()
        session.expunge_all()  # the next work reads afresh, as in a session of its own
        return result

    async def _each_alone(self, batch: list[_Waiting]) -> None:
        for work, done in batch:
            if done.done():
                continue
            try:
                result = await self._alone(work)
            except Exception as error:
                settle(done, None, error)
            else:
                settle(done, result, None)


def _database_failed(error: BaseException) -> bool:
    """The database, not one work, failed: running each work again would fail each in turn."""
    return isinstance(error, OperationalError | InterfaceError | PoolTimeout | TimeoutError)
