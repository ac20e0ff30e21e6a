"""/region NAME: a group's admins say where the chat is, so results can be grouped by region.

A name the bot cannot place gets buttons: the closest regions, and one that shows all twenty."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.handlers.access import group_admins_only
from bot.handlers.chat_kind import carried, is_group, pressed, sent
from bot.handlers.context import SenimApplication, SenimContext
from bot.polls.regions import (
    Region,
    all_regions,
    chat_region,
    closest_regions,
    find_region,
    region_by_key,
    save_chat_region,
)
from bot.services.groups import ensure_group
from bot.util.formatting import SHOWN_INPUT
from bot.util.i18n import N_, Translator

CHOSEN = "region:{key}"
ALL = "region:*"
SUGGESTED = 4
PER_ROW = 2
ADMINS_ONLY = N_("Only the chat's admins can set its region.")


def region_list(_: Translator) -> str:
    return ", ".join(region.name(_.language) for region in all_regions())


@group_admins_only(ADMINS_ONLY)
async def set_region(update: Update, context: SenimContext) -> None:
    message, chat, _user = sent(update)
    _ = await context.translator(update)
    if not is_group(update):
        await message.reply_text(_("A region is set for a group chat, by its admins."))
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
            _("I don't know the region “{typed}”. Is it one of these?").format(
                typed=html.escape(typed[:SHOWN_INPUT])
            ),
            reply_markup=region_buttons(closest_regions(typed, SUGGESTED), _, more=True),
        )
        return
    await message.reply_text(await save(update, context, region, _))


def region_buttons(
    regions: list[Region] | tuple[Region, ...], _: Translator, more: bool = False
) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(region.name(_.language), callback_data=CHOSEN.format(key=region.key))
        for region in regions
    ]
    rows = [buttons[i : i + PER_ROW] for i in range(0, len(buttons), PER_ROW)]
    if more:
        rows.append([InlineKeyboardButton(_("All regions"), callback_data=ALL)])
    return InlineKeyboardMarkup(rows)


async def save(update: Update, context: SenimContext, region: Region, _: Translator) -> str:
    chat = carried(update.effective_chat, "chat")
    await ensure_group(context.services, chat.id, chat.type, chat.title or "")
    await save_chat_region(context.services, chat.id, region)
    return _("Done: this chat's region is {region}.").format(region=region.name(_.language))


@group_admins_only(ADMINS_ONLY)
async def region_pressed(update: Update, context: SenimContext) -> None:
    """Only the chat's admins may choose; others are told so and nothing changes."""
    query, data = pressed(update)
    _ = await context.translator(update)
    await query.answer()
    if data == ALL:
        await query.edit_message_reply_markup(region_buttons(all_regions(), _))
        return
    region = region_by_key(data.removeprefix("region:"))
    if region is not None:
        await query.edit_message_text(await save(update, context, region, _))


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("region", set_region))
    application.add_handler(CallbackQueryHandler(region_pressed, pattern=r"^region:[\w*]+$"))
