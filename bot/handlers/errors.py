"""The last line of defence: log the error once with a reference, tell the person, keep running.

The update stays in the inbox while the database is away (the person hears that once), and is
retried a few times after other errors before it is set aside (the apology comes with the last
try). Logs name the error's class and a reference, never the update, names or private chat ids;
the bot's admins get a throttled report of each unexpected error (`error_reports`).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable

from telegram import Chat, Update
from telegram.error import Forbidden, TelegramError

from bot.config import LANGUAGES
from bot.handlers.context import SenimApplication, SenimContext
from bot.handlers.error_reports import report_to_admins
from bot.handlers.intake import (
    INTAKE,
    Intake,
    database_away,
    is_database_outage,
    is_telegram_outage,
    report_failure,
)
from bot.util.i18n import Translator

log = logging.getLogger(__name__)

LOOKUP_LIMIT = 5.0


async def on_error(update: object, context: SenimContext) -> None:
    error = context.error
    if error is None:
        return
    attempt = report_failure(error)
    reference = attempt.reference if attempt else secrets.token_hex(4)
    if isinstance(error, Forbidden) or is_telegram_outage(error):
        log.warning("Telegram refused or could not be reached: %s", type(error).__name__)
        return
    if not isinstance(update, Update):
        log.error("error %s outside an update", reference, exc_info=error)
        await report_to_admins(context, error, reference)
        return
    if is_database_outage(error):
        log.warning("error %s: the database is away (%s)", reference, type(error).__name__)
        intake = context.bot_data.get(INTAKE)
        if not isinstance(intake, Intake) or intake.first_apology(update.update_id):
            await apologise(update, context, database_away)
        return
    if attempt is None or attempt.number == 1:
        log.error("error %s while handling an update", reference, exc_info=error)
        await report_to_admins(context, error, reference)
    else:
        name = type(error).__name__
        log.warning("error %s again, attempt %d (%s)", reference, attempt.number, name)
    if attempt is None or attempt.final:
        await apologise(update, context, something_went_wrong)


def something_went_wrong(_: Translator) -> str:
    return _("Sorry, something went wrong on my side. Please try again in a minute.")


async def apologise(
    update: Update, context: SenimContext, text: Callable[[Translator], str]
) -> None:
    """In the chat of the update; a vote has no chat, so its voter hears in private."""
    chat_id = update.effective_chat.id if update.effective_chat else None
    kind = update.effective_chat.type if update.effective_chat else Chat.PRIVATE
    if chat_id is None and update.poll_answer is not None and update.poll_answer.user:
        chat_id = update.poll_answer.user.id
    if chat_id is None:
        return
    _ = await apology_translator(update, context)
    try:
        await context.bot.send_message(chat_id, text(_))
    except (TelegramError, OSError):
        log.warning("could not apologise in a %s chat", kind)


async def apology_translator(update: Update, context: SenimContext) -> Translator:
    """The person's language if it can be looked up; the failure may be the database itself,
    and then Telegram's language of the user is the best guess."""
    try:
        async with asyncio.timeout(LOOKUP_LIMIT):
            return await context.translator(update)
    except Exception:
        user = update.effective_user
        code = user.language_code if user else None
        fallback = context.services.settings.default_language
        return Translator(code if code in LANGUAGES else fallback)


def register(application: SenimApplication) -> None:
    application.add_error_handler(on_error)
