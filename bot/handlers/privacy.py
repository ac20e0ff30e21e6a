"""/privacy: what is stored, for how long, and who can see it, in plain words."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.handlers.chat_kind import sent
from bot.handlers.context import SenimApplication, SenimContext
from bot.stats.results import MIN_SHOWN
from bot.util.i18n import Translator


def privacy_text(_: Translator) -> str:
    return f"{what_is_stored(_)}\n\n{dump_text(_)}"


def what_is_stored(_: Translator) -> str:
    return _(
        "<b>What I store</b>\n"
        "• Group polls are anonymous: Telegram tells me only how many people chose each "
        "option. Nobody — not the chat's admins, not even the bot's operator — learns who "
        "voted for what.\n"
        "• Your survey answers in private are kept under a pseudonym: a code computed from "
        "your Telegram id with a secret key. The id itself is not stored. The code only keeps "
        "one answer per person and lets me delete your answers.\n"
        "• Your language, if you chose one. For groups: the title, language and region.\n"
        "• Your questions are not stored. To understand a follow-up like “and in 2019?”, I keep "
        "the topic of the last question in memory until the bot restarts.\n\n"
        "<b>For how long</b>\n"
        "Until you delete them: /forgetme removes your answers and settings at once.\n\n"
        "<b>Who sees it</b>\n"
        "Everyone sees only totals in /results. A breakdown with fewer than {min} answers "
        "shows “too few answers”, never a percentage, so neighbours cannot be singled out. "
        "The bot's operator sees the database: pseudonyms and answers, no Telegram ids "
        "or names."
    ).format(min=MIN_SHOWN)


def dump_text(_: Translator) -> str:
    return _(
        "<b>If someone copied the database</b>\n"
        "They would see polls, counts, answers and pseudonyms — no Telegram ids, names or "
        "usernames. The key that turns an id into a pseudonym is kept outside the database, so "
        "a copy alone cannot tell whose answers they are. A message waiting to be handled is "
        "kept with its sender for a moment and emptied as soon as it is handled."
    )


async def show_privacy(update: Update, context: SenimContext) -> None:
    message, _chat, _user = sent(update)
    _ = await context.translator(update)
    await message.reply_text(f"{privacy_text(_)}\n\n{told_more(_)}")


def told_more(_: Translator) -> str:
    return _(
        "<b>If you tell me more after the survey</b>\n"
        "• Your region: kept under your pseudonym, to weigh answers by region.\n"
        "• A request for the results message: your Telegram id, sealed with the secret key "
        "(whoever holds the key could open it), kept only until that one message is sent. "
        "/stop cancels it; /forgetme deletes both."
    )


def register(application: SenimApplication) -> None:
    application.add_handler(CommandHandler("privacy", show_privacy))
