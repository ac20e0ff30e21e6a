"""/results: in a group its latest polls next to the national figure; in private, one's own answers
and the national picture."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.handlers.chat_kind import is_group, is_private, sent
from bot.handlers.context import SenimApplication, SenimContext
from bot.reports import tallies
from bot.views.results import render_chat_results, render_private_results


async def show_results(update: Update, context: SenimContext) -> None:
    message, chat, user = sent(update)
    _ = await context.translator(update)
    services = context.services
    if is_private(update):
        answers = await tallies.own_answers(services, user.id, _.language)
        picture = await tallies.national_picture(services, _.language)
        text = render_private_results(answers, picture, _)
    elif is_group(update):
        results = await tallies.chat_results(services, chat.id, _.language)
        national = await tallies.picture_for_chat(services, chat.id, results, _.language)
        text = render_chat_results(results, _, national)
    else:
        return
    await message.reply_text(text)


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("results", show_results))
