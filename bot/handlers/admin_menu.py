"""The bot admins' own menu (/stats, /export, …), set in their private chat when they write.

Telegram scopes a menu to one chat only once that chat exists, so it cannot be set at start-up
for an admin who has never written to the bot. It is set on an admin's first private message of
each run (Telegram keeps it across restarts), in the background, without delaying the reply.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import MessageHandler, filters

from bot.handlers.access import bot_admins_only
from bot.handlers.commands import publish_admin_commands
from bot.handlers.context import SenimApplication, SenimContext

BEFORE_FEATURES = -1


@bot_admins_only(None)
async def publish_for_admin(update: Update, context: SenimContext) -> None:
    settings, user = context.services.settings, update.effective_user
    published = context.admins_in_private
    if user is None or user.id in published:
        return
    published.add(user.id)
    # Without the update, a failure is only logged: the admin's own message gets its reply.
    context.application.create_task(
        publish_admin_commands(context.bot, user.id, settings.default_language)
    )


def register(application: SenimApplication) -> None:
    application.add_handler(
        MessageHandler(filters.ChatType.PRIVATE, publish_for_admin), group=BEFORE_FEATURES
    )
