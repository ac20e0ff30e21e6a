"""Shared fixtures: database tests run on SQLite, and on PostgreSQL if TEST_POSTGRES_URL is set."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import hypothesis
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from db.engine import SessionFactory, create_engine, session_factory
from db.setup import prepare_database

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL")

# Property-based tests: 300 examples in `make test` and CI, many more in `make fuzz`.
hypothesis.settings.register_profile("ci", max_examples=300)
hypothesis.settings.register_profile("fuzz", max_examples=5000)
hypothesis.settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
BACKENDS = ["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"]
TEST_TOKEN = "123456:TEST-TOKEN-never-real"


async def reset_postgres(url: str) -> None:
    """Each test gets an empty schema; the suite runs tests one at a time."""
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        await connection.execute(text("CREATE SCHEMA public"))
    await engine.dispose()


@pytest.fixture(params=BACKENDS)
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'senim.db'}"
    url = Settings(_env_file=None, database_url=POSTGRES_URL).database_url  # type: ignore[call-arg]
    await reset_postgres(url)
    return url


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token=TEST_TOKEN,
        database_url=database_url,
        pseudonym_key="test-pseudonym-key",
        admin_ids="4242",
        default_language="ru",
        send_rate_limit="off",
    )


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url)
    await prepare_database(engine)
    yield engine
    await engine.dispose()


@pytest.fixture
def sessions(engine: AsyncEngine) -> SessionFactory:
    return session_factory(engine)
