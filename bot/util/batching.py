"""Group commit: rows from many callers written in one short transaction.

Whoever arrives while a write is under way joins the next one, so under load a transaction
carries up to MAX_ROWS rows and a caller waits at most one write plus its own; when quiet, a row
is written at once. A caller's rows are committed when `add` returns, or `add` raises.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

Row = TypeVar("Row")

MAX_ROWS = 200


class GroupCommit(Generic[Row]):
    def __init__(
        self, write: Callable[[list[Row]], Awaitable[None]], max_rows: int = MAX_ROWS
    ) -> None:
        self._write = write
        self._max_rows = max_rows
        self._waiting: list[tuple[Sequence[Row], asyncio.Future[None]]] = []
        self._writer: asyncio.Task[None] | None = None

    def submit(self, rows: Sequence[Row]) -> asyncio.Future[None]:
        """Queue `rows`; the future is done once they are committed (or failed to be)."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((rows, done))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_all())
        return done

    async def add(self, rows: Sequence[Row]) -> None:
        await self.submit(rows)

    async def _write_all(self) -> None:
        await asyncio.sleep(0)  # callers of this same moment join the first write
        while self._waiting:
            taken, size = 0, 0
            while taken < len(self._waiting) and (
                taken == 0 or size + len(self._waiting[taken][0]) <= self._max_rows
            ):
                size += len(self._waiting[taken][0])
                taken += 1
            batch, self._waiting = self._waiting[:taken], self._waiting[taken:]
            try:
                await self._write([row for rows, _ in batch for row in rows])
            except Exception as error:
                for _, done in batch:
                    if not done.done():
                        done.set_exception(error)
            except BaseException:
                for _, done in batch + self._waiting:
                    done.cancel()
                self._waiting = []
                raise
            else:
                for _, done in batch:
                    if not done.done():
                        done.set_result(None)
