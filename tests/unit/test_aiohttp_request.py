"""PTB's requests over aiohttp, against the Bot API double over HTTP: text as JSON, files as a
multipart form, HTML and keyboards as Telegram reads them; a timeout is TimedOut, a dropped
connection NetworkError; after a shutdown the request serves again (PTB restarts that way)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import NetworkError, TimedOut

from bot.handlers.aiohttp_request import AiohttpRequest
from bot.sandbox import Sandbox, SUser


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    async with Sandbox() as running:
        yield running


async def started(sandbox: Sandbox) -> SUser:
    """Someone who wrote to the bot first, as Telegram wants before it may write to them."""
    user = sandbox.add_user("Aigerim")
    await sandbox.send_text(user, "/start")
    return user


def bot_on(sandbox: Sandbox, request: AiohttpRequest | None = None) -> Bot:
    return Bot(
        sandbox.token,
        base_url=sandbox.base_url,
        request=request or AiohttpRequest(4),
        get_updates_request=AiohttpRequest(),
    )


async def test_a_message_with_html_and_a_keyboard_arrives_as_sent(sandbox: Sandbox) -> None:
    user = await started(sandbox)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Да", callback_data="yes")]])
    async with bot_on(sandbox) as bot:
        sent = await bot.send_message(
            user.id, "<b>63%</b> доверяют", parse_mode=ParseMode.HTML, reply_markup=keyboard
        )
    received = await sandbox.next_bot_message(sandbox.private_chat(user))
    assert received.text == "63% доверяют"
    assert received.entities[0]["type"] == "bold"
    assert received.reply_markup is not None
    assert received.reply_markup["inline_keyboard"][0][0]["callback_data"] == "yes"
    assert sent.message_id == received.message_id


async def test_a_file_goes_as_a_multipart_form_with_its_caption(sandbox: Sandbox) -> None:
    user = await started(sandbox)
    content = b"month,answers\n2025-10,12\n"
    async with bot_on(sandbox) as bot:
        await bot.send_document(
            user.id,
            content,
            filename="answers.csv",
            caption="Экспорт <i>ответов</i>",
            parse_mode=ParseMode.HTML,
        )
    received = await sandbox.next_bot_message(sandbox.private_chat(user))
    assert received.file is not None
    assert received.file.data == content
    assert received.file.filename == "answers.csv"
    assert received.text == "Экспорт ответов"


async def test_a_slow_answer_is_timed_out(sandbox: Sandbox) -> None:
    user = await started(sandbox)
    sandbox.inject_fault("sendMessage", "delay", seconds=1.0)
    async with bot_on(sandbox, AiohttpRequest(read_timeout=0.2)) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(user.id, "Сәлем")
        await bot.send_message(user.id, "Сәлем")


async def test_a_dropped_connection_is_a_network_error(sandbox: Sandbox) -> None:
    user = await started(sandbox)
    sandbox.inject_fault("sendMessage", "drop")
    async with bot_on(sandbox) as bot:
        with pytest.raises(NetworkError) as raised:
            await bot.send_message(user.id, "Сәлем")
        assert not isinstance(raised.value, TimedOut)
        await bot.send_message(user.id, "Сәлем")
    received = await sandbox.next_bot_message(sandbox.private_chat(user))
    assert received.text == "Сәлем"


async def test_it_serves_again_after_a_shutdown(sandbox: Sandbox) -> None:
    request = AiohttpRequest(2)
    for _ in range(2):
        async with bot_on(sandbox, request) as bot:
            assert (await bot.get_me()).id == sandbox.bot.id


async def test_a_request_before_initialize_is_refused() -> None:
    with pytest.raises(RuntimeError, match="not initialized"):
        await AiohttpRequest().do_request("http://telegram.test/getMe", "POST")
