"""/forgetme: after a confirmation button, delete the person's answers and preferences, and
forget the conversation held in memory for follow-up questions."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.handlers.chat_kind import is_private, pressed, sent
from bot.handlers.context import SenimApplication, SenimContext
from bot.polls.forget import forget_person
from bot.util.i18n import Translator

CONFIRM = "forget:yes"
CANCEL = "forget:no"


def confirmation_keyboard(_: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(_("Yes, delete"), callback_data=CONFIRM),
                InlineKeyboardButton(_("Cancel"), callback_data=CANCEL),
            ]
        ]
    )


async def ask_to_confirm(update: Update, context: SenimContext) -> None:
    message, _chat, _user = sent(update)
    _ = await context.translator(update)
    if not is_private(update):
        await message.reply_text(_("To keep it private, send /forgetme to me in a private chat."))
        return
    await message.reply_text(
        _(
            "This deletes your answers to my polls and your settings, such as the language. "
            "Counts in anonymous group polls were never linked to anyone, so they stay. Delete?"
        ),
        reply_markup=confirmation_keyboard(_),
    )


async def confirmation_pressed(update: Update, context: SenimContext) -> None:
    query, data = pressed(update)
    _ = await context.translator(update)
    await query.answer()
    if data == CANCEL:
        await query.edit_message_text(_("Nothing was deleted."))
        return
    removed = await forget_person(context.services, query.from_user.id)
    for memory in (context.chat_data, context.user_data):
        if memory is not None:
            memory.clear()
    await query.edit_message_text(
        _("Done. Answers deleted: {n}. Your settings are deleted too.").format(n=removed)
    )


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("forgetme", ask_to_confirm))
    application.add_handler(
        CallbackQueryHandler(confirmation_pressed, pattern=f"^({CONFIRM}|{CANCEL})$")
    )
