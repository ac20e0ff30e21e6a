"""Several replicas of the bot: full applications on one PostgreSQL database and one Redis,
against one sandbox. One of them long-polls (the load balancer's share of updates reaches it);
the others get none, as webhook replicas the balancer did not pick. They skip only without
TEST_POSTGRES_URL; Redis is the local one (TEST_REDIS_URL, by default database 11)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import pytest
from redis.asyncio import Redis

from bot.app import ALLOWED_UPDATES, build_application
from bot.config import Settings
from bot.handlers import leadership
from bot.handlers.context import SenimApplication
from bot.handlers.intake import Intake
from bot.handlers.leadership import LeaderJobQueue
from bot.runner import running
from bot.sandbox import Sandbox
from tests.conftest import POSTGRES_URL, TEST_TOKEN, reset_postgres

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/11")


@pytest.fixture(autouse=True)
def quick_elections(monkeypatch: pytest.MonkeyPatch) -> None:
    """Elections every 0.2 s instead of 5, so takeovers take a test a second."""
    monkeypatch.setattr(leadership, "CHECK_EVERY", 0.2)
    monkeypatch.setattr(leadership, "SYNC_EVERY", 0.5)


@pytest.fixture
async def redis_url() -> AsyncIterator[str]:
    client = Redis.from_url(REDIS_URL)
    await client.flushdb()
    yield REDIS_URL
    await client.flushdb()
    await client.aclose()


@pytest.fixture
async def postgres_url() -> str:
    """An emptied PostgreSQL database; without TEST_POSTGRES_URL the test is skipped (before
    Redis is touched)."""
    if not POSTGRES_URL:
        pytest.skip("replicas need PostgreSQL: set TEST_POSTGRES_URL")
    url = Settings(_env_file=None, database_url=POSTGRES_URL).database_url  # type: ignore[call-arg]
    await reset_postgres(url)
    return url


@pytest.fixture
async def replica_settings(postgres_url: str, redis_url: str) -> Settings:
    url = postgres_url
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token=TEST_TOKEN,
        database_url=url,
        pseudonym_key="test-pseudonym-key",
        admin_ids="4242",
        default_language="en",
        send_rate_limit="off",
        redis_url=redis_url,
    )


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    async with Sandbox(token=TEST_TOKEN) as world:
        yield world


async def no_updates(_: Intake) -> None:
    """A webhook replica the load balancer sends nothing to."""
    await asyncio.Event().wait()


@asynccontextmanager
async def replica(
    settings: Settings, sandbox: Sandbox, *, polling: bool = False
) -> AsyncIterator[SenimApplication]:
    application = build_application(
        settings.model_copy(update={"telegram_api_base_url": sandbox.base_url})
    )

    async def polls(intake: Intake) -> None:
        await intake.poll(1, ALLOWED_UPDATES)

    async with running(application, polls if polling else no_updates):
        yield application


def leads(application: SenimApplication) -> bool:
    job_queue = application.job_queue
    return isinstance(job_queue, LeaderJobQueue) and job_queue.leading


async def until(condition: Callable[[], bool], timeout: float = 10.0) -> float:
    """Wait for `condition`; returns the seconds it took."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    while not condition():
        if loop.time() - started > timeout:
            raise AssertionError(f"not within {timeout} s")
        await asyncio.sleep(0.05)
    return loop.time() - started
