"""Where the database is: DATABASE_URL from the environment or `.env`, else a SQLite file in the
working directory, always with its async driver.

It lives in `db` so that Alembic's own environment finds the same database as the bot without
importing the bot.
"""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_DATABASE_URL = f"sqlite+aiosqlite:///{Path.cwd() / 'senim.db'}"
ASYNC_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "postgresql": "postgresql+asyncpg",
    "postgres": "postgresql+asyncpg",
}
SETTINGS_SOURCES = SettingsConfigDict(
    env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
)
"""The environment, then `.env` in the working directory: shared with the bot's settings."""


class DatabaseSettings(BaseSettings):
    """DATABASE_URL alone, read like the bot's settings read it."""

    model_config = SETTINGS_SOURCES

    database_url: str = DEFAULT_DATABASE_URL


def configured_database_url() -> str:
    return async_database_url(DatabaseSettings().database_url)


def async_database_url(raw: str) -> str:
    """`sqlite:///…` or `postgresql://…` with its async driver; ValueError for anything else."""
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise ValueError(f"not a database URL: {exc}") from None
    driver = ASYNC_DRIVERS.get(url.drivername, url.drivername)
    if driver not in ASYNC_DRIVERS.values():
        raise ValueError(f"use sqlite:///file.db or postgresql://…, not {url.drivername}")
    return url.set(drivername=driver).render_as_string(hide_password=False)
