"""/lang: choose ru, kk or en — for yourself in private, for the whole chat in groups (admins)."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.config import LANGUAGES
from bot.handlers.access import group_admins_only
from bot.handlers.chat_kind import carried, is_group, pressed, sent
from bot.handlers.context import SenimApplication, SenimContext
from bot.services.groups import ensure_group
from bot.services.preferences import save_language
from bot.util.formatting import SHOWN_INPUT
from bot.util.i18n import N_, Translator

CALLBACK_PREFIX = "lang:"
LANGUAGE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}
ADMINS_ONLY = N_("Only the chat's admins can change its language.")


def language_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(LANGUAGE_NAMES[code], callback_data=CALLBACK_PREFIX + code)
                for code in LANGUAGES
            ]
        ]
    )


async def send_language_choice(update: Update, context: SenimContext) -> None:
    chat = carried(update.effective_chat, "chat")
    _ = await context.translator(update)
    await chat.send_message(_("Choose a language:"), reply_markup=language_keyboard())


@group_admins_only(ADMINS_ONLY)
async def set_language_command(update: Update, context: SenimContext) -> None:
    message, _chat, _user = sent(update)
    _ = await context.translator(update)
    if not context.args:
        await send_language_choice(update, context)
        return
    choice = context.args[0].lower()
    if choice not in LANGUAGES:
        shown = html.escape(" ".join(context.args)[:SHOWN_INPUT])
        await message.reply_text(
            _("I don't know the language “{choice}”. Choose one: ru, kk or en.").format(
                choice=shown
            ),
            reply_markup=language_keyboard(),
        )
        return
    await message.reply_text(await _apply(update, context, choice))


@group_admins_only(ADMINS_ONLY)
async def language_pressed(update: Update, context: SenimContext) -> None:
    query, data = pressed(update)
    await query.answer()
    choice = data.removeprefix(CALLBACK_PREFIX)
    await query.edit_message_text(await _apply(update, context, choice))


async def _apply(update: Update, context: SenimContext, choice: str) -> str:
    """Save the choice and confirm it in the newly chosen language."""
    chat, user = carried(update.effective_chat, "chat"), carried(update.effective_user, "user")
    group_id = None
    if is_group(update):
        await ensure_group(context.services, chat.id, chat.type, chat.title or "")
        group_id = chat.id
    await save_language(context.services, choice, user_id=user.id, group_id=group_id)
    _ = Translator(choice)
    if group_id is None:
        return _("Done! I'll speak English with you from now on.")
    return _("Done! I'll speak English in this chat from now on.")


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("lang", set_language_command))
    application.add_handler(
        CallbackQueryHandler(
            language_pressed, pattern=f"^{CALLBACK_PREFIX}({'|'.join(LANGUAGES)})$"
        )
    )
