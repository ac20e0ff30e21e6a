"""One send budget for every replica: Telegram's limits are per bot, not per process.

With REDIS_URL set, each message is admitted by one Lua script that Redis runs atomically: a
sliding-window log per limit (a sorted set of admission times, by Redis's own clock), checked
and recorded together for the whole bot (~30/s, evenly spaced), the chat (20/min for a group,
1/s for a private chat), so no replica can overtake another between the check and the record.
A message that does not fit waits as long as the script says, then asks again.

Without Redis one process paces itself the same way on its own clock (LocalWindows). If Redis
becomes unreachable mid-run the budget falls back to that, with one warning, and tries Redis
again after RETRY_REDIS_AFTER; a send never fails because Redis did.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections import deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter, BaseRateLimiter

if TYPE_CHECKING:  # imported only with REDIS_URL: a single instance never loads the client
    from redis.asyncio import Redis

log = logging.getLogger(__name__)

JSONDict = dict[str, Any]
Callback = Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]]

# What Telegram counts against the sending limits; reads, edits and answers do not.
SENDING = frozenset(
    {
        "sendMessage",
        "sendPoll",
        "sendPhoto",
        "sendDocument",
        "sendAnimation",
        "sendAudio",
        "sendVideo",
        "sendVoice",
        "sendSticker",
        "sendMediaGroup",
        "sendLocation",
        "sendContact",
        "sendDice",
        "copyMessage",
        "forwardMessage",
    }
)
KEY_PREFIX = "senim:send:"
RETRY_REDIS_AFTER = 30.0
REMEMBERED_CHATS = 4096
REDIS_TIMEOUT = 2.0
"""Seconds a Redis call may take before sends fall back to per-process limits: Redis answers in
well under a millisecond, but a busy host can stall a connection for a moment."""
# Redis's clock admits, Telegram's clock counts: a little slack keeps a window's 30th message
# from reaching Telegram just inside the window of the 1st.
WINDOW_SLACK_MS = 10

# KEYS: the whole bot's and the chat's sorted sets of admission times, and the whole bot's next
# slot. ARGV: each set's limit and window, the spacing between slots (microseconds), a unique
# member. The time is Redis's own. Returns 0 when admitted (recorded everywhere), else the
# microseconds to wait until every limit has room. Slots spread the bot's messages evenly, so
# no burst reaches Telegram bunched up, where network jitter would bring a window's 31st message
# within the window of the 1st; a slot taken late moves the next one on from where it was due,
# not from when it was taken, so the pace does not drift below the limit.
ADMIT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local wait = 0
for i = 1, 2 do
  local limit = tonumber(ARGV[2 * i - 1])
  local window = tonumber(ARGV[2 * i])
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - window)
  if redis.call('ZCARD', KEYS[i]) >= limit then
    local oldest = redis.call('ZRANGE', KEYS[i], 0, 0, 'WITHSCORES')
    local until_free = tonumber(oldest[2]) + window - now
    if until_free > wait then wait = until_free end
  end
end
local spacing = tonumber(ARGV[5])
local slot = tonumber(redis.call('GET', KEYS[3]) or '0')
if slot - now > wait then wait = slot - now end
if wait > 0 then return wait end
for i = 1, 2 do
  redis.call('ZADD', KEYS[i], now, ARGV[6])
  redis.call('PEXPIRE', KEYS[i], math.ceil(tonumber(ARGV[2 * i]) / 1000) + 1000)
end
redis.call('SET', KEYS[3], math.max(slot, now - spacing) + spacing, 'PX', 60000)
return 0
"""


@dataclass(frozen=True)
class Limits:
    """Messages per window, in seconds."""

    overall: int = 30
    overall_window: float = 1.0
    group: int = 20
    group_window: float = 60.0
    private: int = 1
    private_window: float = 1.0


TELEGRAM_LIMITS = Limits()


class LocalWindows:
    """The Lua script's admission for one process, on its own clock: what paces sends without
    Redis, or while Redis is away."""

    def __init__(self, limits: Limits) -> None:
        self._limits = limits
        self._overall: deque[float] = deque()
        self._chats: dict[str, deque[float]] = {}
        self._slot = 0.0

    def take(self, chat_id: int | str) -> float:
        """0 when one message to `chat_id` is admitted now (and recorded), else the seconds
        to wait before asking again."""
        limits, now = self._limits, time.monotonic()
        group = _is_group(chat_id)
        overall_window = limits.overall_window + WINDOW_SLACK_MS / 1000
        chat_log = self._chats.setdefault(str(chat_id), deque())
        wait = max(
            _window_wait(self._overall, limits.overall, overall_window, now),
            _window_wait(
                chat_log,
                limits.group if group else limits.private,
                (limits.group_window if group else limits.private_window) + WINDOW_SLACK_MS / 1000,
                now,
            ),
            self._slot - now,
        )
        if wait > 0:
            return wait
        spacing = overall_window / limits.overall
        self._overall.append(now)
        chat_log.append(now)
        self._slot = max(self._slot, now - spacing) + spacing
        if len(self._chats) > REMEMBERED_CHATS:
            self._chats = {
                key: log for key, log in self._chats.items() if log and log[-1] > now - 60
            }
        return 0.0


class SendBudget(BaseRateLimiter[int]):
    """A PTB rate limiter for Telegram's sending limits: each message admitted by Redis when
    REDIS_URL is set (shared by every replica), otherwise, or while Redis is away, by this
    process's LocalWindows. Other calls go through PTB's AIORateLimiter (`local`), as before."""

    def __init__(
        self,
        redis_url: str | None,
        local: AIORateLimiter,
        limits: Limits = TELEGRAM_LIMITS,
        *,
        max_retries: int = 3,
        key_prefix: str = KEY_PREFIX,
    ) -> None:
        self._redis: Redis | None = None
        # What a Redis call raises when Redis is away: catching it falls back to LocalWindows.
        self._errors: tuple[type[Exception], ...] = ()
        if redis_url:
            from redis.asyncio import Redis
            from redis.exceptions import RedisError

            self._redis = Redis.from_url(
                redis_url, socket_timeout=REDIS_TIMEOUT, socket_connect_timeout=REDIS_TIMEOUT
            )
            self._errors = (RedisError,)
        self._admit = self._redis.register_script(ADMIT) if self._redis else None
        self._windows = LocalWindows(limits)
        self._local = local
        self._limits = limits
        self._max_retries = max_retries
        self._prefix = key_prefix
        self._away_since: float | None = None
        self.fallbacks = 0

    @property
    def shared(self) -> bool:
        """True while sends are admitted through Redis."""
        return self._redis is not None and self._away_since is None

    @property
    def configured(self) -> bool:
        """REDIS_URL is set (whether or not Redis answers now)."""
        return self._redis is not None

    async def initialize(self) -> None:
        await self._local.initialize()
        if self._redis is None:
            return
        try:
            await self._redis.ping()  # type: ignore[misc]
        except self._errors as error:
            self._fall_back(error)
        else:
            log.info("send budget shared through Redis")

    async def shutdown(self) -> None:
        await self._local.shutdown()
        if self._redis is not None:
            await self._redis.aclose()

    async def process_request(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        chat_id = data.get("chat_id")
        if endpoint not in SENDING or chat_id is None:
            return await self._local.process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )
        retries = rate_limit_args or self._max_retries
        for attempt in range(retries + 1):
            try:
                if not await self.admit(chat_id):
                    await self._admit_locally(chat_id)
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == retries:
                    raise
                log.info("Telegram asked to slow down; retrying after %s s", _seconds(error))
                await asyncio.sleep(_seconds(error) + 0.1)
        raise AssertionError("unreachable")

    async def admit(self, chat_id: int | str) -> bool:
        """Wait until the shared budget has room for one message to `chat_id` and take it;
        False without Redis, or if Redis failed meanwhile (the caller paces locally)."""
        if self._admit is None or not self._redis_usable():
            return False
        keys, arguments = self._keys(chat_id)
        member = uuid.uuid4().hex
        while True:
            try:
                wait = int(await self._admit(keys=keys, args=[*arguments, member]))
            except self._errors as error:
                self._fall_back(error)
                return False
            if self._away_since is not None:
                log.info("Redis is back: the send budget is shared again")
                self._away_since = None
            if wait <= 0:
                return True
            await asyncio.sleep(wait / 1_000_000)

    async def _admit_locally(self, chat_id: int | str) -> None:
        while (wait := self._windows.take(chat_id)) > 0:
            await asyncio.sleep(wait)

    def _keys(self, chat_id: int | str) -> tuple[list[str], list[int]]:
        limits = self._limits
        group = _is_group(chat_id)
        per_chat, window = (
            (limits.group, limits.group_window)
            if group
            else (limits.private, limits.private_window)
        )
        keys = [
            f"{self._prefix}all",
            f"{self._prefix}chat:{chat_id}",
            f"{self._prefix}next-slot",
        ]
        overall_window = _micros(limits.overall_window) + WINDOW_SLACK_MS * 1000
        arguments = [
            limits.overall,
            overall_window,
            per_chat,
            _micros(window) + WINDOW_SLACK_MS * 1000,
            overall_window // limits.overall,
        ]
        return keys, arguments

    def _redis_usable(self) -> bool:
        return self._away_since is None or time.monotonic() - self._away_since >= RETRY_REDIS_AFTER

    def _fall_back(self, error: BaseException) -> None:
        if self._away_since is None:
            self.fallbacks += 1
            log.warning(
                "Redis is unreachable (%s): sending with per-process limits until it returns",
                type(error).__name__,
            )
        self._away_since = time.monotonic()


def _is_group(chat_id: int | str) -> bool:
    """Groups, supergroups and channels have negative ids (or an @username)."""
    return isinstance(chat_id, str) or int(chat_id) < 0


def _window_wait(stamps: deque[float], limit: int, window: float, now: float) -> float:
    """Seconds until a window of `stamps` has room for one more (0 if it has now)."""
    while stamps and stamps[0] <= now - window:
        stamps.popleft()
    return stamps[0] + window - now if len(stamps) >= limit else 0.0


def _micros(seconds: float) -> int:
    return int(seconds * 1_000_000)


def _seconds(error: RetryAfter) -> float:
    return error._retry_after.total_seconds()


def send_budget(
    local: AIORateLimiter, redis_url: str | None, overall: int | None
) -> BaseRateLimiter[int]:
    """Sends paced by the budget (shared when Redis is configured); with pacing off, PTB's
    limiter alone (it only retries after a 429)."""
    if overall is None:
        return local
    return SendBudget(redis_url, local, Limits(overall=overall))
