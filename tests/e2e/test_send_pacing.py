"""One process without Redis paces its sends to Telegram's limits by itself: a burst to many
groups and to one private chat meets (almost) no 429 from the sandbox, which enforces them."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest

from bot.app import build_application
from bot.config import SendRateLimit, Settings
from bot.sandbox import Sandbox
from bot.send_budget import SendBudget
from tests.conftest import TEST_TOKEN

GROUPS = 60
PRIVATE = 3


@pytest.fixture
async def limited_sandbox() -> AsyncIterator[Sandbox]:
    async with Sandbox(token=TEST_TOKEN, rate_limits=True) as world:
        yield world


async def test_one_process_keeps_to_telegrams_limits(limited_sandbox: Sandbox) -> None:
    sandbox = limited_sandbox
    admin = sandbox.add_user("Admin")
    groups = []
    for number in range(GROUPS):
        group = sandbox.add_group(f"Дом {number}", admin)
        await sandbox.add_bot_to_group(group, by=admin)
        groups.append(group)
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
        targets = [group.id for group in groups] + [admin.id] * PRIVATE
        await asyncio.gather(*(application.bot.send_message(chat, "Hi") for chat in targets))
        took = time.monotonic() - started
    finally:
        await application.shutdown()
    assert took >= (GROUPS + PRIVATE) / 30 - 1.1, took
    refused = [call for call in sandbox.errors if call.status == 429]
    assert len(refused) <= 2, refused
    assert len(sandbox.bot_messages(sandbox.private_chat(admin))) == PRIVATE
