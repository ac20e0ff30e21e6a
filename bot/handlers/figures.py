"""/figures: the official series with where each number comes from."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.handlers.chat_kind import carried
from bot.handlers.context import SenimApplication, SenimContext


async def send_figures(update: Update, context: SenimContext) -> None:
    chat = carried(update.effective_chat, "chat")
    language = await context.language(update)
    await chat.send_message(context.services.qa.overview(language))


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("figures", send_figures))
