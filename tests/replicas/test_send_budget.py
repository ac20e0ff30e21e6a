"""The send budget shared in Redis: two bot processes sending at once stay within Telegram's
limits together (the sandbox answers 429 past them), and Redis going away mid-run costs one
warning and per-process pacing, never a failed send. One process without Redis keeps to the
limits by itself (this one needs no PostgreSQL)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from urllib.parse import urlsplit

import pytest

from bot.app import build_application
from bot.config import SendRateLimit, Settings
from bot.handlers import send_budget
from bot.handlers.context import SenimApplication
from bot.handlers.send_budget import SendBudget
from bot.sandbox import Sandbox, SChat
from tests.conftest import TEST_TOKEN
from tests.e2e.proxy import FaultyProxy

GROUPS = 45
ALONE_GROUPS = 60
PRIVATE = 3
PER_SENDER = 45


@pytest.fixture
async def limited_sandbox() -> AsyncIterator[Sandbox]:
    async with Sandbox(token=TEST_TOKEN, rate_limits=True) as world:
        yield world


@asynccontextmanager
async def sender(settings: Settings, sandbox: Sandbox) -> AsyncIterator[SenimApplication]:
    """A bot process that only sends: its rate limiter is the one `senim run` builds."""
    application = build_application(
        settings.model_copy(
            update={
                "telegram_api_base_url": sandbox.base_url,
                "send_rate_limit": SendRateLimit.TELEGRAM,
            }
        )
    )
    await application.initialize()
    try:
        yield application
    finally:
        await application.shutdown()


def budget_of(application: SenimApplication) -> SendBudget:
    limiter = application.bot.rate_limiter
    assert isinstance(limiter, SendBudget)
    return limiter


async def groups(sandbox: Sandbox, count: int) -> list[SChat]:
    admin = sandbox.add_user("Admin")
    made = []
    for number in range(count):
        group = sandbox.add_group(f"Дом {number}", admin)
        await sandbox.add_bot_to_group(group, by=admin)
        made.append(group)
    return made


async def test_two_senders_share_one_budget(
    replica_settings: Settings, limited_sandbox: Sandbox
) -> None:
    sandbox = limited_sandbox
    chats = await groups(sandbox, GROUPS)
    person = sandbox.add_user("Resident")
    await sandbox.send_text(person, "/start")
    async with AsyncExitStack() as stack:
        first = await stack.enter_async_context(sender(replica_settings, sandbox))
        second = await stack.enter_async_context(sender(replica_settings, sandbox))
        assert budget_of(first).shared and budget_of(second).shared

        async def send_all(application: SenimApplication, offset: int) -> None:
            targets = [chats[(offset + n) % GROUPS].id for n in range(PER_SENDER)]
            targets += [person.id] * 2
            await asyncio.gather(
                *(application.bot.send_message(chat_id, "Hello") for chat_id in targets)
            )

        started = time.monotonic()
        await asyncio.gather(send_all(first, 0), send_all(second, GROUPS // 2))
        took = time.monotonic() - started
    total = 2 * (PER_SENDER + 2)
    # 94 messages at 30 per second overall: the first 30 at once, the rest a window each.
    assert took >= total // 30 - 0.1, took
    # Without the shared budget about 70 of the 94 come back 429. With it, only network jitter
    # on a loaded machine can bring one a few milliseconds early (and it is retried).
    refused = [call for call in sandbox.errors if call.status == 429]
    assert len(refused) <= total // 20, refused
    assert len(sandbox.bot_messages(sandbox.private_chat(person))) == 4


async def test_redis_going_away_mid_run_degrades_to_per_process_limits_with_one_warning(
    replica_settings: Settings,
    limited_sandbox: Sandbox,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sandbox = limited_sandbox
    chats = await groups(sandbox, 12)
    redis = urlsplit(replica_settings.redis_url or "")
    async with FaultyProxy(redis.hostname or "127.0.0.1", redis.port or 6379) as proxy:
        through_proxy = replica_settings.model_copy(
            update={"redis_url": f"redis://127.0.0.1:{proxy.port}{redis.path}"}
        )
        async with sender(through_proxy, sandbox) as application:
            budget = budget_of(application)
            for chat in chats[:4]:
                await application.bot.send_message(chat.id, "before")
            assert budget.shared
            proxy.cut()
            with caplog.at_level(logging.INFO, logger="bot.handlers.send_budget"):
                sent = await asyncio.gather(
                    *(application.bot.send_message(chat.id, "during") for chat in chats[4:])
                )
                assert len(sent) == 8 and not budget.shared
                warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
                assert len(warnings) == 1 and "per-process limits" in warnings[0].getMessage()
                proxy.restore()
                monkeypatch.setattr(send_budget, "RETRY_REDIS_AFTER", 0.0)
                await application.bot.send_message(chats[0].id, "after")
                assert budget.shared and budget.fallbacks == 1
    assert all(len(sandbox.bot_messages(chat)) >= 1 for chat in chats)
    assert [call for call in sandbox.errors if call.fault is None] == []


async def test_one_process_keeps_to_telegrams_limits(limited_sandbox: Sandbox) -> None:
    sandbox = limited_sandbox
    chats = await groups(sandbox, ALONE_GROUPS)
    admin = sandbox.add_user("Resident")
    await sandbox.send_text(admin, "/start")
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token=TEST_TOKEN,
        telegram_api_base_url=sandbox.base_url,
        send_rate_limit=SendRateLimit.TELEGRAM,
    )
    application = build_application(settings)
    assert isinstance(application.bot.rate_limiter, SendBudget)
    await application.initialize()
    try:
        started = time.monotonic()
        targets = [chat.id for chat in chats] + [admin.id] * PRIVATE
        await asyncio.gather(*(application.bot.send_message(chat, "Hi") for chat in targets))
        took = time.monotonic() - started
    finally:
        await application.shutdown()
    assert took >= (ALONE_GROUPS + PRIVATE) / 30 - 1.1, took
    refused = [call for call in sandbox.errors if call.status == 429]
    assert len(refused) <= 2, refused
    assert len(sandbox.bot_messages(sandbox.private_chat(admin))) == PRIVATE
