"""Telegram's free sending limits, answered with 429 and `retry_after` like Telegram does."""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from typing import Protocol

from bot.sandbox.errors import too_many_requests
from bot.sandbox.model import SChat

# Methods that post a message count against the limits; reads and edits do not.
SENDING_METHODS = frozenset({"sendmessage", "sendpoll", "sendphoto", "senddocument"})
GLOBAL_PER_SECOND = 30
GROUP_PER_MINUTE = 20
# "About one message per second" in a private chat, with a short burst allowed.
PRIVATE_PER_SECOND, PRIVATE_BURST = 1.0, 3


class _Limit(Protocol):
    def wait(self, now: float) -> float:
        """Seconds until one more message fits (0 if it fits now)."""
        ...

    def record(self, now: float) -> None: ...


class _Window:
    """At most `limit` events in any `seconds`-long window."""

    def __init__(self, limit: int, seconds: float):
        self._limit = limit
        self._seconds = seconds
        self._stamps: deque[float] = deque()

    def wait(self, now: float) -> float:
        while self._stamps and self._stamps[0] <= now - self._seconds:
            self._stamps.popleft()
        if len(self._stamps) < self._limit:
            return 0.0
        return self._stamps[0] + self._seconds - now

    def record(self, now: float) -> None:
        self._stamps.append(now)


class _Bucket:
    """Up to `burst` events at once, refilled at `rate` per second."""

    def __init__(self, rate: float, burst: int):
        self._rate = rate
        self._burst = burst
        self._tokens = float(burst)
        self._updated: float | None = None

    def wait(self, now: float) -> float:
        if self._updated is not None:
            refill = (now - self._updated) * self._rate
            self._tokens = min(self._burst, self._tokens + refill)
        self._updated = now
        return 0.0 if self._tokens >= 1 else (1 - self._tokens) / self._rate

    def record(self, now: float) -> None:
        self._tokens -= 1


class RateLimiter:
    def __init__(self, now: Callable[[], float] = time.monotonic):
        self._now = now
        self._global = _Window(GLOBAL_PER_SECOND, 1.0)
        self._chats: dict[int, _Limit] = {}

    def check(self, chat: SChat) -> None:
        """Count a message to `chat`, or raise 429 if it would exceed a limit."""
        now = self._now()
        limit = self._chats.get(chat.id)
        if limit is None:
            limit = (
                _Window(GROUP_PER_MINUTE, 60.0)
                if chat.is_group
                else _Bucket(PRIVATE_PER_SECOND, PRIVATE_BURST)
            )
            self._chats[chat.id] = limit
        wait = max(self._global.wait(now), limit.wait(now))
        if wait > 0:
            raise too_many_requests(max(1, math.ceil(wait)))
        self._global.record(now)
        limit.record(now)
