"""Waiting for the sandbox state to change, without polling loops or sleeps."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class Changes:
    """Every state change calls `notify`; waiters re-check their condition each time."""

    def __init__(self) -> None:
        self._waiters: list[asyncio.Future[None]] = []

    def notify(self) -> None:
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def wait_for(self, probe: Callable[[], T | None], timeout: float | None) -> T:
        """The first truthy result of `probe`; TimeoutError after `timeout` seconds
        (None waits for as long as it takes)."""
        async with asyncio.timeout(timeout):
            while not (result := probe()):
                waiter = asyncio.get_running_loop().create_future()
                self._waiters.append(waiter)
                await waiter
            return result
