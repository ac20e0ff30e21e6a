"""Sandbox time: the wall clock plus an offset tests can move forward."""

from __future__ import annotations

import time


class Clock:
    """Message dates and poll deadlines read this clock, so a test can skip a poll's
    `open_period` with `advance` instead of sleeping through it."""

    def __init__(self) -> None:
        self._offset = 0.0

    def now(self) -> float:
        return time.time() + self._offset

    def timestamp(self) -> int:
        """Unix time as Telegram puts it in `date` fields."""
        return int(self.now())

    def advance(self, seconds: float) -> None:
        self._offset += seconds
