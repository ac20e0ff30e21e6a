"""/export: the bot's admins get every poll's results as a CSV file, in private only (the file
holds all chats' results, which a group's members should not see)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import InputFile, Update
from telegram.ext import CommandHandler

from bot.handlers.access import bot_admins_only
from bot.handlers.chat_kind import is_private, sent
from bot.handlers.context import SenimApplication, SenimContext
from bot.reports.export import export_results
from bot.util.i18n import N_

FILE_NAME = "senim-results-{day}.csv"


@bot_admins_only(N_("Only the bot's admins can export results."))
async def export_command(update: Update, context: SenimContext) -> None:
    message, _chat, _user = sent(update)
    _ = await context.translator(update)
    settings = context.services.settings
    if not is_private(update):
        await message.reply_text(
            _("The file holds every chat's results, so I send it only in private: /export")
        )
        return
    table = await export_results(context.services)
    day = datetime.now(ZoneInfo(settings.timezone)).date().isoformat()
    await message.reply_document(
        InputFile(table.encode(), filename=FILE_NAME.format(day=day)),
        caption=_("Poll results, one row per poll and option. No user ids, no pseudonyms."),
    )


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("export", export_command))
