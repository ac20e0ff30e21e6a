"""/region NAME: a group's admins say where the chat is, so results can be grouped by region."""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import CommandHandler

from bot.context import SenimApplication, SenimContext
from bot.groups import ensure_group
from bot.handlers.chat_kind import is_group, is_group_admin
from bot.handlers.language import SHOWN_INPUT
from bot.i18n import Translator
from bot.polls.regions import all_regions, chat_region, find_region, save_chat_region


def region_list(_: Translator) -> str:
    return ", ".join(region.name(_.language) for region in all_regions())


async def set_region(update: Update, context: SenimContext) -> None:
    _ = await context.translator(update)
    message, chat = update.effective_message, update.effective_chat
    if not is_group(update):
        await message.reply_text(_("A region is set for a group chat, by its admins."))
        return
    if not await is_group_admin(update, context):
        await message.reply_text(_("Only the chat's admins can set its region."))
        return
    typed = " ".join(context.args or ())
    if not typed:
        current = await chat_region(context.services, chat.id)
        intro = (
            _("This chat's region: {region}.").format(region=current.name(_.language))
            if current
            else _("This chat has no region yet.")
        )
        await message.reply_text(
            intro
            + "\n"
            + _("To set it: /region NAME, one of: {regions}").format(regions=region_list(_))
        )
        return
    region = find_region(typed)
    if region is None:
        await message.reply_text(
            _("I don't know the region “{typed}”. Choose one of: {regions}").format(
                typed=html.escape(typed[:SHOWN_INPUT]), regions=region_list(_)
            )
        )
        return
    await ensure_group(context.services, chat.id, chat.type, chat.title or "")
    await save_chat_region(context.services, chat.id, region)
    await message.reply_text(
        _("Done: this chat's region is {region}.").format(region=region.name(_.language))
    )


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("region", set_region))
