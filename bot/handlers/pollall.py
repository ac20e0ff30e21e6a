"""/pollall: a bot admin posts the standard poll to every active group at once, and gets a report.

Any replica records the round (bot.polls.rounds); the leader delivers it in a job, group by group,
resuming after a restart; the rate limiter keeps the sends within Telegram's limits.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden
from telegram.ext import CommandHandler

from bot.handlers.access import bot_admins_only
from bot.handlers.actions import standard_poll_sender
from bot.handlers.chat_kind import is_private, sent
from bot.handlers.context import SenimApplication, SenimContext
from bot.handlers.leadership import every_lead, kick
from bot.polls import rounds
from bot.polls.broadcast import Report
from bot.polls.rounds import RoundRunning
from bot.util.i18n import N_, Translator

log = logging.getLogger(__name__)

ROUNDS_JOB = "deliver-poll-rounds"
DELIVERING = "pollall-delivering"


def report_text(report: Report, _: Translator) -> str:
    return _(
        "Done.\n"
        "Posted: {posted}\n"
        "Skipped, I was removed from the group: {skipped}\n"
        "Failed: {failed}"
    ).format(posted=report.posted, skipped=report.skipped, failed=report.failed)


@bot_admins_only(N_("This command is for the bot's admins."))
async def poll_all(update: Update, context: SenimContext) -> None:
    message, chat, _user = sent(update)
    _ = await context.translator(update)
    if not is_private(update):
        await message.reply_text(_("Send /pollall to me in a private chat."))
        return
    try:
        groups = await rounds.start(context.services, chat.id, _.language)
    except RoundRunning:
        await message.reply_text(_("The polls are still being posted; I'll report when done."))
        return
    if not groups:
        await message.reply_text(_("I'm not in any group yet."))
        return
    await message.reply_text(
        _("Posting the survey question to the groups: {n}. I'll report when done.").format(n=groups)
    )
    kick(context.application, ROUNDS_JOB)


async def deliver_rounds(context: SenimContext) -> None:
    """The leader's job: deliver every running round, then send the reports due. Started on
    /pollall and at every sync, so a round interrupted by a restart or a new leader resumes."""
    if context.bot_data.get(DELIVERING):
        return
    context.bot_data[DELIVERING] = True
    try:
        for round_id in await rounds.running(context.services):
            await rounds.deliver(context.services, round_id, standard_poll_sender(context))
        for due in await rounds.reports_due(context.services):
            text = report_text(due.report, Translator(due.language))
            try:
                await context.bot.send_message(due.report_to, text)
            except Forbidden:
                log.info("a /pollall report could not be delivered: the admin blocked the bot")
    finally:
        context.bot_data.pop(DELIVERING, None)


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("pollall", poll_all))
    every_lead(application, deliver_rounds, ROUNDS_JOB)
