"""A message Telegram refuses (400) still reaches the person, as plain text; the refusal is
logged as an error with the method and Telegram's description."""

from __future__ import annotations

import logging

import pytest

from bot.config import Settings
from bot.handlers.fallback_bot import as_plain_text
from bot.sandbox import Sandbox
from tests.e2e.conftest import running_bot


async def test_a_refused_message_goes_again_as_plain_text(
    settings: Settings, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    user = sandbox.add_user("Aliya", language_code="ru")
    chat = sandbox.private_chat(user)
    await sandbox.send_text(user, "/start")
    async with running_bot(settings, sandbox) as bot:
        await sandbox.next_bot_message(chat)
        await bot.bot.send_message(chat.id, "<b>Источник: 5 < 7 &amp; «цитата»")
        delivered = await sandbox.next_bot_message(chat)
    assert delivered.text == "Источник: 5 < 7 & «цитата»"
    assert [call.status for call in sandbox.errors] == [400]
    (refusal,) = [record for record in caplog.records if record.levelno == logging.ERROR]
    assert "sendMessage" in refusal.getMessage() and "parse" in refusal.getMessage()


def test_plain_text_fits_one_message() -> None:
    assert len(as_plain_text("<i>x</i>" * 5000)) == 4096
    assert as_plain_text("<b></b>") == "…"
