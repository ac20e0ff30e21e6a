"""Closing the loop with private respondents: after the survey, an optional question about their
region (20 regions don't fit a native poll, so it is an inline keyboard), then an offer of one
short results message after the round closes. /stop cancels that message."""

from __future__ import annotations

import logging
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import Forbidden
from telegram.ext import CallbackQueryHandler, CommandHandler, JobQueue

from bot.context import SenimApplication, SenimContext
from bot.handlers.chat_kind import is_private, pressed, sent
from bot.handlers.results import loop_lines
from bot.i18n import Translator
from bot.polls import respondents, tallies
from bot.polls.regions import all_regions, region_by_key

log = logging.getLogger(__name__)

REGION_PREFIX = "home:"
SKIP = "skip"
RESULTS_YES = "results:yes"
RESULTS_NO = "results:no"
PER_ROW = 2
NOTIFY_JOB = "results-to-respondents"


def region_keyboard(_: Translator) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(region.name(_.language), callback_data=REGION_PREFIX + region.key)
        for region in sorted(all_regions(), key=lambda region: region.name(_.language))
    ]
    rows = [buttons[start : start + PER_ROW] for start in range(0, len(buttons), PER_ROW)]
    skip = InlineKeyboardButton(_("Skip"), callback_data=REGION_PREFIX + SKIP)
    return InlineKeyboardMarkup([*rows, [skip]])


def results_keyboard(_: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(_("Yes, tell me"), callback_data=RESULTS_YES),
                InlineKeyboardButton(_("No, thanks"), callback_data=RESULTS_NO),
            ]
        ]
    )


async def offer_region(context: SenimContext, user_id: int, _: Translator) -> None:
    """Asked once, after the last survey question; skipping is as good as answering."""
    if await respondents.region_asked(context.services, user_id):
        return
    await context.bot.send_message(
        user_id,
        _(
            "One more, optional: which region do you live in? It lets me weigh answers by "
            "the population of each region. It is kept under your pseudonym; /forgetme deletes it."
        ),
        reply_markup=region_keyboard(_),
    )


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
    await query.edit_message_text(
        _(
            "Thank you! Would you like one short message with the results when this round "
            "of polls closes? /stop cancels it."
        ),
        reply_markup=results_keyboard(_),
    )


async def results_pressed(update: Update, context: SenimContext) -> None:
    query, data = pressed(update)
    _ = await context.translator(update)
    await query.answer()
    if data == RESULTS_NO:
        await query.edit_message_text(_("All right, no message."))
        return
    if await respondents.ask_for_results(context.services, query.from_user.id, _.language):
        await query.edit_message_text(
            _("Done: one message when the round closes. /stop cancels it.")
        )
    else:
        await query.edit_message_text(_("You have already had the results message."))


async def stop_command(update: Update, context: SenimContext) -> None:
    message, _chat, user = sent(update)
    _ = await context.translator(update)
    if not is_private(update):
        return
    await respondents.stop_results(context.services, user.id)
    await message.reply_text(_("Done: no results message will come."))


def round_closed(context: SenimContext) -> None:
    """A group poll closed: send the waiting results messages, in a job of their own."""
    job_queue: JobQueue[Any] | None = context.job_queue
    if job_queue is not None and not job_queue.get_jobs_by_name(NOTIFY_JOB):
        job_queue.run_once(send_results, when=0, name=NOTIFY_JOB)


async def send_results(context: SenimContext) -> None:
    """One message each, claimed before it is sent; the application's rate limiter paces them."""
    recipients = await respondents.claim_recipients(context.services)
    if not recipients:
        return
    estimate, official = await tallies.national_numbers(context.services)
    for recipient in recipients:
        _ = Translator(recipient.language)
        lines = [
            _("<b>A round of Senim polls has closed.</b> The results you asked for:"),
            *loop_lines(estimate, official, recipient.region, _),
        ]
        try:
            await context.bot.send_message(recipient.user_id, "\n".join(lines))
        except Forbidden:
            log.info("a results message could not be delivered: the person blocked the bot")


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("stop", stop_command))
    application.add_handler(
        CallbackQueryHandler(region_pressed, pattern=f"^{REGION_PREFIX}[a-z_]+$")
    )
    application.add_handler(
        CallbackQueryHandler(results_pressed, pattern=f"^({RESULTS_YES}|{RESULTS_NO})$")
    )
