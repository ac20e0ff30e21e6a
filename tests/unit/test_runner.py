"""`senim run`'s settings: the application it builds, where a webhook listens, token shapes."""

from __future__ import annotations

import platform

import pytest
from telegram.ext import AIORateLimiter

from bot.app import build_application
from bot.config import ConfigError, Settings, load_settings
from bot.util.memory import few_malloc_arenas, return_freed_memory


def test_the_application_uses_the_configured_api_server(settings: Settings) -> None:
    local = settings.model_copy(update={"telegram_api_base_url": "http://127.0.0.1:8081/bot"})
    application = build_application(local)
    assert application.bot.base_url.startswith("http://127.0.0.1:8081/bot")
    assert isinstance(application.bot.rate_limiter, AIORateLimiter)


def test_the_webhook_server_listens_on_the_loopback_unless_told_otherwise() -> None:
    assert Settings(_env_file=None).webhook_listen == "127.0.0.1"  # type: ignore[call-arg]


@pytest.mark.parametrize("token", ["abc", "123456", ":abc", "12 34:abc", "123:abc/def"])
def test_a_malformed_token_is_named_without_being_shown(
    token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOT_TOKEN", token)
    with pytest.raises(ConfigError) as error:
        load_settings(_env_file=None)
    assert str(error.value).startswith("BOT_TOKEN:") and token not in str(error.value)


@pytest.mark.parametrize("secret", ["with space", "ünïcode", "x" * 257])
def test_a_webhook_secret_telegram_would_refuse_is_named(
    secret: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WEBHOOK_SECRET", secret)
    with pytest.raises(ConfigError) as error:
        load_settings(_env_file=None)
    assert str(error.value).startswith("WEBHOOK_SECRET:") and secret not in str(error.value)


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="a glibc setting")
def test_the_c_library_takes_two_malloc_arenas() -> None:
    assert few_malloc_arenas() is True


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="a glibc call")
def test_freed_memory_is_handed_back_after_a_burst() -> None:
    burst = [bytearray(64) for _ in range(200_000)]
    del burst
    assert return_freed_memory() is True
