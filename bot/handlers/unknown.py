"""What nobody else handled: unknown commands and messages the bot cannot read.

Registered after every feature in the same handler group, so these only see the leftovers.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import MessageHandler, filters

from bot.handlers.chat_kind import is_private, sent
from bot.handlers.context import SenimApplication, SenimContext


def addressed_to_bot(update: Update, bot_username: str) -> bool:
    """In groups a bare /command may be meant for another bot; answer only /command@us."""
    message, _chat, _user = sent(update)
    command = (message.text or "").split()[0]
    return is_private(update) or command.lower().endswith("@" + bot_username.lower())


async def unknown_command(update: Update, context: SenimContext) -> None:
    message, _chat, _user = sent(update)
    if not addressed_to_bot(update, context.bot.username):
        return
    _ = await context.translator(update)
    await message.reply_text(_("I don't know this command. Here is what I can do: /help"))


async def unreadable_message(update: Update, context: SenimContext) -> None:
    message, _chat, _user = sent(update)
    _ = await context.translator(update)
    await message.reply_text(
        _("I can only read text. Ask me in words, for example: How many people trust the police?")
    )


def register(application: SenimApplication) -> None:
    application.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    application.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & ~filters.TEXT & ~filters.StatusUpdate.ALL & ~filters.POLL,
            unreadable_message,
        )
    )
