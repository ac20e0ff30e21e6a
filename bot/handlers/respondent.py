"""Closing the loop with private respondents: after the survey, an optional question about their
region (20 regions don't fit a native poll, so it is an inline keyboard), then an offer of one
short results message after the round closes. /stop cancels that message. Asking and sending
are the bot's own actions (bot.handlers.actions); this module takes the answers."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.handlers.actions import REGION_PREFIX, SKIP, survey_done
from bot.handlers.chat_kind import is_private, pressed, sent
from bot.handlers.context import SenimApplication, SenimContext
from bot.polls import respondents
from bot.polls.regions import region_by_key
from bot.util.i18n import Translator

RESULTS_YES = "results:yes"
RESULTS_NO = "results:no"


def results_keyboard(_: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(_("Yes, tell me"), callback_data=RESULTS_YES),
                InlineKeyboardButton(_("No, thanks"), callback_data=RESULTS_NO),
            ]
        ]
    )


def under_the_thanks(_: Translator, text: str) -> str:
    """The region question shares the survey's thanks' message: each step of it keeps the
    thanks, with its /results, on top."""
    return f"{survey_done(_)}\n\n{text}"


async def region_pressed(update: Update, context: SenimContext) -> None:
    query, data = pressed(update)
    _ = await context.translator(update)
    choice = data.removeprefix(REGION_PREFIX)
    region = None if choice == SKIP else choice
    if region is not None and region_by_key(region) is None:
        await query.answer()
        return
    if not await respondents.save_region(context.services, query.from_user.id, region):
        await query.answer(_("You have already answered this."), show_alert=True)
        return
    await query.answer()
    offer = _(
        "Noted. Would you like one short message with the results when this round of polls "
        "closes? /stop cancels it."
    )
    await query.edit_message_text(under_the_thanks(_, offer), reply_markup=results_keyboard(_))


async def results_pressed(update: Update, context: SenimContext) -> None:
    query, data = pressed(update)
    _ = await context.translator(update)
    await query.answer()
    if data == RESULTS_NO:
        told = _("All right, no message.")
    elif await respondents.ask_for_results(context.services, query.from_user.id, _.language):
        told = _("Done: one message when the round closes. /stop cancels it.")
    else:
        told = _("You have already had the results message.")
    await query.edit_message_text(under_the_thanks(_, told))


async def stop_command(update: Update, context: SenimContext) -> None:
    message, _chat, user = sent(update)
    _ = await context.translator(update)
    if not is_private(update):
        return
    await respondents.stop_results(context.services, user.id)
    await message.reply_text(_("Done: no results message will come."))


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("stop", stop_command))
    application.add_handler(
        CallbackQueryHandler(region_pressed, pattern=f"^{REGION_PREFIX}[a-z_]+$")
    )
    application.add_handler(
        CallbackQueryHandler(results_pressed, pattern=f"^({RESULTS_YES}|{RESULTS_NO})$")
    )
