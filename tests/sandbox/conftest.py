"""Fixtures for the sandbox's own tests: a sandbox, a python-telegram-bot Bot on it, and a
tiny Application that exercises the update kinds Senim relies on."""

from __future__ import annotations

import html
import io
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    PollAnswerHandler,
    PollHandler,
    filters,
)

from bot.sandbox import Sandbox, SUser
from bot.sandbox.running import AnyApplication, polling

CHART = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + (640).to_bytes(4, "big") + (480).to_bytes(4, "big")


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    async with Sandbox() as running:
        yield running


@pytest.fixture
async def bot(sandbox: Sandbox) -> AsyncIterator[Bot]:
    async with Bot(sandbox.token, base_url=sandbox.base_url) as telegram_bot:
        yield telegram_bot


@pytest.fixture
async def user(sandbox: Sandbox) -> SUser:
    """A user who has started the bot, so the bot may write to them."""
    aigerim = sandbox.add_user("Aigerim", language_code="kk")
    await sandbox.send_text(aigerim, "/start")
    return aigerim


@pytest.fixture
def tiny_bot() -> Callable[[str, str], AnyApplication]:
    """Builds the tiny Application, the way `senim chat` gets the real one."""
    return build_tiny_bot


@pytest.fixture
async def app(sandbox: Sandbox) -> AsyncIterator[AnyApplication]:
    """The tiny Application, polling the sandbox; the test fails if it made a refused call."""
    async with polling(build_tiny_bot(sandbox.base_url, sandbox.token), poll_timeout=1) as running:
        yield running
    assert not sandbox.errors, sandbox.errors


def build_tiny_bot(base_url: str, token: str) -> AnyApplication:
    app = Application.builder().token(token).base_url(base_url).build()
    heard: dict[str, list[Any]] = {"members": [], "answers": [], "polls": []}
    app.bot_data["heard"] = heard

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Иә", callback_data="trust:yes")]])
        await update.effective_message.reply_text(
            "<b>Сенесіз бе?</b>", parse_mode="HTML", reply_markup=keyboard
        )

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        await query.answer("Рақмет!")
        await query.edit_message_text(f"Жауап: {query.data}")

    async def poll(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_chat.send_poll("Q?", ["a", "b"], is_anonymous=False)

    async def chart(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_chat.send_photo(
            io.BytesIO(CHART), caption="<i>chart</i>", parse_mode="HTML"
        )

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        text = html.escape(update.effective_message.text)
        await update.effective_message.reply_html(f"<code>{text}</code>", do_quote=True)

    async def member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        heard["members"].append(update.my_chat_member.new_chat_member.status)

    async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        heard["answers"].append(update.poll_answer.option_ids)

    async def poll_state(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        heard["polls"].append(update.poll.total_voter_count)

    app.add_handlers(
        [
            CommandHandler("start", start),
            CommandHandler("poll", poll),
            CommandHandler("chart", chart),
            CallbackQueryHandler(pressed),
            MessageHandler(filters.TEXT & ~filters.COMMAND, echo),
            ChatMemberHandler(member, ChatMemberHandler.MY_CHAT_MEMBER),
            PollAnswerHandler(answer),
            PollHandler(poll_state),
        ]
    )
    return app
