"""One replica at a time handles a stored update (see db.queries.inbox_holds); SQLite has one
process, which holds every update."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress

from bot.services import Services
from db.queries.inbox_holds import try_hold

log = logging.getLogger(__name__)

HOLD_TIME_LIMIT = 10.0
HELD_ELSEWHERE_PAUSE = 0.5
"""How long a worker waits when every pending update is being handled by other replicas."""


@asynccontextmanager
async def holding(services: Services, sequence: int) -> AsyncIterator[bool]:
    """Yields True if this replica is to handle the update (it holds it until the block ends),
    False if another replica has it or already handled it. If the database cannot be asked,
    it yields True: the handler then meets the outage and the update waits, as with one
    replica."""
    if services.engine.dialect.name != "postgresql":
        yield True
        return
    session = services.sessions()
    try:
        async with asyncio.timeout(HOLD_TIME_LIMIT):
            mine = await try_hold(session, sequence)
    except Exception as error:
        log.warning("could not take update #%s (%s)", sequence, type(error).__name__)
        mine = True
    try:
        yield mine
    finally:
        with suppress(Exception):
            async with asyncio.timeout(HOLD_TIME_LIMIT):
                await session.rollback()
        with suppress(Exception):
            await session.close()
