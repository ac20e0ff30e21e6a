"""The /stats chart drawn in a child process that ends with it.

Drawn in a thread, matplotlib and numpy (about 55 MB) would stay in the bot's memory for good
after the first /stats; a child process gives that memory back when it exits. /stats is rare
and its text is sent before the chart, so the child's start (under a second on an idle machine)
only delays the picture. A fresh interpreter ("spawn"), never a fork of the running bot: a fork
would copy its event loop, threads and connections.
"""

from __future__ import annotations

import asyncio
import functools
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")
# Admins of many groups may ask at once: at most this many children (about 60 MB each) at a time.
CHARTS_AT_ONCE = 2
_children = asyncio.Semaphore(CHARTS_AT_ONCE)


async def in_child(draw: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """`draw(*args, **kwargs)` in a child process, awaited without blocking the event loop;
    `draw` and its arguments travel by pickle (a module-level function, plain values)."""
    async with _children:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        try:
            call = functools.partial(draw, *args, **kwargs)
            return await asyncio.get_running_loop().run_in_executor(pool, call)
        finally:
            # The child exits once its one task is done; nothing here waits for it.
            pool.shutdown(wait=False)
