"""Updates processed concurrently, each chat's in the order they arrived.

One slow chat (a chart being drawn, a slow query) then holds up no one else, while a person's
message, vote and the next survey question still happen one after another.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Hashable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

CONCURRENT_UPDATES = 16


def ordering_key(update: object) -> Hashable:
    """What must stay in order: a chat; a vote goes with its voter's private chat (their next
    question follows it), an anonymous poll's counts with the poll."""
    if not isinstance(update, Update):
        return None
    if update.poll_answer is not None:
        voter = update.poll_answer.user or update.poll_answer.voter_chat
        return ("chat", voter.id) if voter else None
    if update.poll is not None:
        return ("poll", update.poll.id)
    if update.effective_chat is not None:
        return ("chat", update.effective_chat.id)
    if update.effective_user is not None:
        return ("chat", update.effective_user.id)
    return ("update", update.update_id)


class ChatOrderedProcessor(BaseUpdateProcessor):
    """At most `max_concurrent_updates` at once (PTB's semaphore); through `in_order`, an update
    first waits for the one before it with the same ordering key, before it takes a place, so
    updates waiting for their turn block no one else."""

    def __init__(self, max_concurrent_updates: int = CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        self._tails: dict[Hashable, asyncio.Future[None]] = {}

    async def in_order(
        self, update: object, coroutine: Awaitable[Any], *, ahead: bool = False
    ) -> None:
        """Call in order of arrival: each call's place in its chat's line is taken at once.
        `ahead`: once its chat's turn comes, run without queueing for a place (a bot admin's
        command, however many others wait)."""
        key = ordering_key(update)
        run = coroutine if ahead else super().process_update(update, coroutine)
        if key is None:
            await run
            return
        previous = self._tails.get(key)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._tails[key] = done
        try:
            if previous is not None:
                await asyncio.shield(previous)
            await run
        finally:
            for waiting in {run, coroutine}:
                if inspect.iscoroutine(waiting) and (
                    inspect.getcoroutinestate(waiting) == inspect.CORO_CREATED
                ):
                    waiting.close()  # cancelled before its turn
            done.set_result(None)
            if self._tails.get(key) is done:
                del self._tails[key]

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        await coroutine

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release: updates in hand stay in the inbox until handled."""
