"""Which rate limiter `senim run` builds: the send budget whenever sends are paced, kept in
Redis only with REDIS_URL; REDIS_URL is checked like every setting; on SQLite the one process
always leads."""

from __future__ import annotations

import pytest
from telegram.ext import AIORateLimiter

from bot.app import build_application
from bot.config import ConfigError, SendRateLimit, Settings, load_settings
from bot.handlers.leadership import Leadership
from bot.handlers.send_budget import SendBudget


@pytest.mark.parametrize(
    ("mode", "redis_url", "budget", "in_redis"),
    [
        ("telegram", None, True, False),
        ("telegram", "redis://127.0.0.1:6379/11", True, True),
        ("paid", "redis://127.0.0.1:6379/11", True, True),
        ("off", "redis://127.0.0.1:6379/11", False, False),
    ],
)
def test_the_budget_is_kept_in_redis_only_with_redis_and_pacing(
    settings: Settings, mode: str, redis_url: str | None, budget: bool, in_redis: bool
) -> None:
    pacing = SendRateLimit(mode)
    configured = settings.model_copy(update={"send_rate_limit": pacing, "redis_url": redis_url})
    limiter = build_application(configured).bot.rate_limiter
    assert isinstance(limiter, SendBudget if budget else AIORateLimiter)
    assert (isinstance(limiter, SendBudget) and limiter.configured == in_redis) or not budget


def test_a_redis_url_of_another_scheme_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDIS_URL", "http://127.0.0.1:6379")
    with pytest.raises(ConfigError) as error:
        load_settings(_env_file=None)
    assert str(error.value).startswith("REDIS_URL:")


async def test_on_sqlite_the_one_process_always_leads(tmp_path: object) -> None:
    leadership = Leadership(f"sqlite+aiosqlite:///{tmp_path}/senim.db")
    assert await leadership.check() and await leadership.check()
    await leadership.close()
