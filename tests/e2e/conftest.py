"""End-to-end harness: the real Application, built as in production, against the sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.handlers.context import SenimApplication
from bot.handlers.intake import INTAKE, Intake
from bot.handlers.leadership import LeaderJobQueue
from bot.runner import durable_polling
from bot.sandbox import Sandbox
from tests.conftest import TEST_TOKEN


@asynccontextmanager
async def running_bot(settings: Settings, sandbox: Sandbox) -> AsyncIterator[SenimApplication]:
    """Start the bot with long polling through the inbox, as `senim run` does; stop it after."""
    application = build_application(
        settings.model_copy(update={"telegram_api_base_url": sandbox.base_url})
    )
    async with durable_polling(application, poll_timeout=1):
        intake: Intake = application.bot_data[INTAKE]
        checks = [intake.settled]
        if isinstance(application.job_queue, LeaderJobQueue):
            checks.append(application.job_queue.settled)
        sandbox.settled_checks.extend(checks)
        try:
            yield application
        finally:
            for check in checks:
                sandbox.settled_checks.remove(check)


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    async with Sandbox(token=TEST_TOKEN) as world:
        yield world


@pytest.fixture
async def bot(settings: Settings, sandbox: Sandbox) -> AsyncIterator[SenimApplication]:
    async with running_bot(settings, sandbox) as application:
        yield application
    refused = [call for call in sandbox.errors if call.fault is None]
    assert not refused, f"the bot made requests Telegram would refuse: {refused}"
