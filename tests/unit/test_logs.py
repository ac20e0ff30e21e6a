"""The bot token never reaches the log, whatever logger prints it."""

from __future__ import annotations

import logging

import pytest

from bot.util.logs import RedactToken

TOKEN = "123456:SECRET-token"


def test_the_token_is_redacted_from_messages_and_arguments(
    caplog: pytest.LogCaptureFixture,
) -> None:
    logger = logging.getLogger("httpx.test")
    logger.addFilter(RedactToken(TOKEN))
    with caplog.at_level(logging.INFO, logger="httpx.test"):
        logger.info("HTTP Request: POST https://api.telegram.org/bot%s/getMe", TOKEN)
        logger.info(f"direct https://api.telegram.org/bot{TOKEN}/getUpdates")
    assert TOKEN not in caplog.text
    assert caplog.text.count("<BOT_TOKEN>") == 2
