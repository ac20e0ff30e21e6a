"""/pollall: a bot admin posts the standard poll to every active group at once, and gets a report.

It runs in the background, so the bot keeps answering meanwhile; the application's rate limiter
keeps the sends within Telegram's limits, and only a few are in flight at a time.
"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import Update
from telegram.ext import CommandHandler

from bot.handlers.access import bot_admins_only
from bot.handlers.actions import standard_poll_sender
from bot.handlers.chat_kind import carried, is_private, sent
from bot.handlers.context import SenimApplication, SenimContext
from bot.polls import broadcast
from bot.polls.broadcast import Report
from bot.util.i18n import N_, Translator
from db.models import Chat

RUNNING = "pollall-running"


def report_text(report: Report, _: Translator) -> str:
    return _(
        "Done.\n"
        "Posted: {posted}\n"
        "Skipped, I was removed from the group: {skipped}\n"
        "Failed: {failed}"
    ).format(posted=report.posted, skipped=report.skipped, failed=report.failed)


@bot_admins_only(N_("This command is for the bot's admins."))
async def poll_all(update: Update, context: SenimContext) -> None:
    message, _chat, _user = sent(update)
    _ = await context.translator(update)
    if not is_private(update):
        await message.reply_text(_("Send /pollall to me in a private chat."))
        return
    if context.bot_data.get(RUNNING):
        await message.reply_text(_("The polls are still being posted; I'll report when done."))
        return
    targets = await broadcast.active_groups(context.services)
    if not targets:
        await message.reply_text(_("I'm not in any group yet."))
        return
    context.bot_data[RUNNING] = True
    await message.reply_text(
        _("Posting the survey question to the groups: {n}. I'll report when done.").format(
            n=len(targets)
        )
    )
    context.application.create_task(post_and_report(update, context, targets, _), update=update)


async def post_and_report(
    update: Update, context: SenimContext, targets: Sequence[Chat], _: Translator
) -> None:
    try:
        report = await broadcast.post_to_all(
            context.services, targets, standard_poll_sender(context)
        )
    finally:
        context.bot_data.pop(RUNNING, None)
    await carried(update.effective_message, "message").reply_text(report_text(report, _))


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("pollall", poll_all))
