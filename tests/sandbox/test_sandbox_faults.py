"""Injected faults and Telegram's rate limits, as python-telegram-bot experiences them."""

from __future__ import annotations

import time

import pytest
from telegram import Bot
from telegram.error import NetworkError, RetryAfter
from telegram.ext import AIORateLimiter, ExtBot

from bot.sandbox import Sandbox, SUser
from bot.sandbox.errors import ApiError
from bot.sandbox.model import SChat
from bot.sandbox.ratelimit import RateLimiter

# python-telegram-bot 22 warns about its own RetryAfter.retry_after type whenever it builds one.
pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*:DeprecationWarning")


async def test_injected_429_is_raised_once_with_retry_after(
    bot: Bot, sandbox: Sandbox, user: SUser
) -> None:
    sandbox.inject_fault("sendMessage", "429", retry_after=7)
    with pytest.raises(RetryAfter, match="Retry in 7 seconds"):
        await bot.send_message(user.id, "first try")
    await bot.send_message(user.id, "second try")
    assert [m.text for m in sandbox.bot_messages()] == ["second try"]
    assert [(c.status, c.fault) for c in sandbox.errors] == [(429, "429")]


async def test_ptb_rate_limiter_retries_after_a_429(sandbox: Sandbox, user: SUser) -> None:
    sandbox.inject_fault("sendMessage", "429", retry_after=1)
    limited = ExtBot(
        sandbox.token, base_url=sandbox.base_url, rate_limiter=AIORateLimiter(max_retries=1)
    )
    async with limited:
        started = time.monotonic()
        await limited.send_message(user.id, "delivered after one retry")
    assert 1 <= time.monotonic() - started < 5
    assert [m.text for m in sandbox.bot_messages()] == ["delivered after one retry"]


@pytest.mark.parametrize("kind", ["500", "502", "drop"])
async def test_server_errors_and_dropped_connections(
    bot: Bot, sandbox: Sandbox, user: SUser, kind: str
) -> None:
    sandbox.inject_fault("sendMessage", kind, times=2)
    for _ in range(2):
        with pytest.raises(NetworkError):
            await bot.send_message(user.id, "lost")
    await bot.send_message(user.id, "through")
    assert [m.text for m in sandbox.bot_messages()] == ["through"]


async def test_delay_and_lasting_faults(bot: Bot, sandbox: Sandbox, user: SUser) -> None:
    sandbox.inject_fault("getChat", "delay", seconds=0.3, times=None)
    for _ in range(2):
        started = time.monotonic()
        await bot.get_chat(user.id)
        assert time.monotonic() - started >= 0.3
    with pytest.raises(ValueError, match="fault kind"):
        sandbox.inject_fault("getMe", "teapot")


async def test_rate_limits_when_switched_on() -> None:
    async with Sandbox(rate_limits=True) as limited:
        reader = limited.add_user("Reader")
        await limited.send_text(reader, "/start")
        async with Bot(limited.token, base_url=limited.base_url) as bot:
            for n in range(3):
                await bot.send_message(reader.id, f"burst {n}")
            with pytest.raises(RetryAfter, match="Retry in 1 seconds"):
                await bot.send_message(reader.id, "one too many")
            await bot.get_chat(reader.id)  # reading is not limited


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rate_limiter_windows() -> None:
    clock = FakeClock()
    limiter = RateLimiter(now=clock)
    group = SChat(-1, "group", "g")
    for _ in range(20):
        limiter.check(group)
        clock.now += 0.1
    with pytest.raises(ApiError, match="retry after 58"):
        limiter.check(group)
    private_chats = [SChat(n, "private") for n in range(1, 31)]
    clock.now += 60
    for chat in private_chats:
        limiter.check(chat)
    with pytest.raises(ApiError, match="Too Many Requests"):
        limiter.check(SChat(99, "private"))
    clock.now += 1
    reader = SChat(99, "private")
    for _ in range(3):
        limiter.check(reader)
    with pytest.raises(ApiError, match="retry after 1"):
        limiter.check(reader)
    clock.now += 1
    limiter.check(reader)
