"""Settings: the contract's variables, their defaults, and one clear line for a bad value."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, SendRateLimit, load_settings


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    for name in (
        "BOT_TOKEN",
        "DATABASE_URL",
        "ADMIN_IDS",
        "DEFAULT_LANGUAGE",
        "TIMEZONE",
        "SEND_RATE_LIMIT",
        "PSEUDONYM_KEY",
        "WEBHOOK_URL",
        "WEBHOOK_PORT",
    ):
        monkeypatch.delenv(name, raising=False)


def test_defaults_match_the_contract() -> None:
    settings = load_settings()
    assert settings.token is None
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
    assert settings.database_url.endswith("senim.db")
    assert settings.telegram_api_base_url == "https://api.telegram.org/bot"
    assert settings.timezone == "Asia/Almaty"
    assert settings.default_language == "ru"
    assert settings.send_rate_limit is SendRateLimit.TELEGRAM
    assert settings.admin_ids == frozenset()
    assert settings.webhook_url is None


def test_values_come_from_the_environment_and_dotenv(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".env").write_text("BOT_TOKEN=1:abc\nADMIN_IDS=10, 20\n", encoding="utf-8")
    monkeypatch.setenv("DEFAULT_LANGUAGE", "kk")
    monkeypatch.setenv("DATABASE_URL", "postgresql://root@127.0.0.1:5432/test")
    settings = load_settings()
    assert settings.token == "1:abc"
    assert settings.admin_ids == frozenset({10, 20})
    assert settings.is_bot_admin(20) and not settings.is_bot_admin(30)
    assert settings.default_language == "kk"
    assert settings.database_url == "postgresql+asyncpg://root@127.0.0.1:5432/test"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("ADMIN_IDS", "12,abc"),
        ("DATABASE_URL", "mysql://localhost/x"),
        ("DATABASE_URL", "not a url"),
        ("DEFAULT_LANGUAGE", "de"),
        ("TIMEZONE", "Mars/Olympus"),
        ("SEND_RATE_LIMIT", "fast"),
        ("WEBHOOK_PORT", "99999"),
        ("WEBHOOK_URL", "not-a-url"),
    ],
)
def test_a_bad_value_names_its_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as raised:
        load_settings()
    message = str(raised.value)
    assert message.startswith(f"{variable}: ")
    assert "\n" not in message


def test_the_token_is_hidden_in_reprs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", "777:SECRET")
    settings = load_settings()
    assert "SECRET" not in repr(settings)
    assert "SECRET" not in str(settings.model_dump())
