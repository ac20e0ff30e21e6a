"""Settings from the environment and `.env` (the variable names are a fixed contract)."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated

from pydantic import AnyUrl, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode

from db.url import DEFAULT_DATABASE_URL, SETTINGS_SOURCES, async_database_url

LANGUAGES = ("ru", "kk", "en")


# Shapes only: the values themselves never appear in an error message.
TOKEN_SHAPE = re.compile(r"\d+:[A-Za-z0-9_-]+")
WEBHOOK_SECRET_SHAPE = re.compile(r"[A-Za-z0-9_-]{1,256}")


class SendRateLimit(StrEnum):
    TELEGRAM = "telegram"
    PAID = "paid"
    OFF = "off"


class ConfigError(Exception):
    """A setting is missing or malformed; the message names the variable."""


class Settings(BaseSettings):
    model_config = SETTINGS_SOURCES

    bot_token: SecretStr | None = None
    database_url: str = DEFAULT_DATABASE_URL
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    timezone: str = "Asia/Almaty"
    default_language: str = "ru"
    pseudonym_key: SecretStr | None = None
    pseudonym_key_file: Path = Field(default_factory=lambda: Path.cwd() / "senim.key")
    send_rate_limit: SendRateLimit = SendRateLimit.TELEGRAM
    webhook_url: AnyUrl | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    redis_url: str | None = None

    @field_validator("redis_url")
    @classmethod
    def _check_redis_url(cls, raw: str | None) -> str | None:
        if raw is not None and not raw.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("use redis://host:6379/0 (or rediss://, unix://)")
        return raw

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, raw: object) -> object:
        if not isinstance(raw, str):
            return raw
        parts = [part.strip() for part in raw.split(",") if part.strip()]
        if not all(part.lstrip("-").isdigit() for part in parts):
            raise ValueError("expected comma-separated numeric Telegram user ids, e.g. 12345,67890")
        return frozenset(int(part) for part in parts)

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, raw: str) -> str:
        return async_database_url(raw)

    @field_validator("bot_token")
    @classmethod
    def _check_token(cls, raw: SecretStr | None) -> SecretStr | None:
        if raw is not None and not TOKEN_SHAPE.fullmatch(raw.get_secret_value()):
            raise ValueError("not a bot token: @BotFather gives digits, a colon, then letters")
        return raw

    @field_validator("webhook_secret")
    @classmethod
    def _check_webhook_secret(cls, raw: SecretStr | None) -> SecretStr | None:
        if raw is not None and not WEBHOOK_SECRET_SHAPE.fullmatch(raw.get_secret_value()):
            raise ValueError("1–256 characters: letters, digits, _ and - only")
        return raw

    @field_validator("default_language")
    @classmethod
    def _check_language(cls, raw: str) -> str:
        if raw not in LANGUAGES:
            raise ValueError(f"must be one of {', '.join(LANGUAGES)}")
        return raw

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, raw: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(raw)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("not an IANA time zone such as Asia/Almaty") from None
        return raw

    @property
    def token(self) -> str | None:
        return self.bot_token.get_secret_value() if self.bot_token else None

    def is_bot_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.admin_ids


def load_settings(**overrides: object) -> Settings:
    """Read settings, turning pydantic's report into one line that names the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        error = exc.errors()[0]
        variable = str(error["loc"][0]).upper() if error["loc"] else "configuration"
        message = error["msg"].removeprefix("Value error, ")
        raise ConfigError(f"{variable}: {message}") from None
