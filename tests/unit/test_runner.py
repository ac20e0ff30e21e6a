"""`senim run` picks long polling or PTB's webhook server, always with the updates the bot needs."""

from __future__ import annotations

from typing import Any

import pytest
from telegram.ext import AIORateLimiter, Application

from bot.app import ALLOWED_UPDATES, build_application
from bot.config import Settings
from bot.runner import run

NEEDED_UPDATES = {"message", "poll", "poll_answer", "my_chat_member", "callback_query"}


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}

    def recorder(name: str):  # type: ignore[no-untyped-def]
        def record(_self: Application, **kwargs: Any) -> None:  # type: ignore[type-arg]
            seen[name] = kwargs

        return record

    monkeypatch.setattr(Application, "run_polling", recorder("polling"))
    monkeypatch.setattr(Application, "run_webhook", recorder("webhook"))
    return seen


def test_polling_is_the_default(settings: Settings, calls: dict[str, dict[str, Any]]) -> None:
    run(settings)
    assert NEEDED_UPDATES <= set(calls["polling"]["allowed_updates"])


def test_a_webhook_url_switches_to_the_webhook_server(
    settings: Settings, calls: dict[str, dict[str, Any]]
) -> None:
    webhook = Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token="1:abc",
        database_url=settings.database_url,
        webhook_url="https://bot.example.kz/telegram/hook",
        webhook_secret="s3cret",
        webhook_port=8080,
    )
    run(webhook)
    arguments = calls["webhook"]
    assert arguments["webhook_url"] == "https://bot.example.kz/telegram/hook"
    assert arguments["url_path"] == "telegram/hook"
    assert arguments["secret_token"] == "s3cret"
    assert (arguments["listen"], arguments["port"]) == ("0.0.0.0", 8080)
    assert set(arguments["allowed_updates"]) == set(ALLOWED_UPDATES)


def test_the_application_uses_the_configured_api_server(settings: Settings) -> None:
    local = settings.model_copy(update={"telegram_api_base_url": "http://127.0.0.1:8081/bot"})
    application = build_application(local)
    assert application.bot.base_url.startswith("http://127.0.0.1:8081/bot")
    assert isinstance(application.bot.rate_limiter, AIORateLimiter)
