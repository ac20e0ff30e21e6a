"""Handing an outcome to a caller that waits on a future."""

from __future__ import annotations

import asyncio
from typing import Any


def settle(done: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    """The result, or the error; a caller that gave up meanwhile (cancelled) hears nothing."""
    if done.done():
        return
    if error is not None:
        done.set_exception(error)
    else:
        done.set_result(result)
