"""The last line of defence: log the error, tell the person something went wrong, keep running."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError, TelegramError

from bot.context import SenimApplication, SenimContext
from bot.i18n import Translator

log = logging.getLogger(__name__)


async def on_error(update: object, context: SenimContext) -> None:
    error = context.error
    if isinstance(error, Forbidden | NetworkError):
        log.warning("Telegram refused or could not be reached: %s", error)
        return
    log.error("error while handling an update", exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    _ = await apology_translator(update, context)
    try:
        await update.effective_chat.send_message(
            _("Sorry, something went wrong on my side. Please try again in a minute.")
        )
    except (TelegramError, OSError):
        log.warning("could not apologise in a %s chat", update.effective_chat.type, exc_info=True)


async def apology_translator(update: Update, context: SenimContext) -> Translator:
    """The person's language if it can be looked up; the failure may be the database itself."""
    try:
        return await context.translator(update)
    except Exception:
        log.warning("could not look up the language for the apology", exc_info=True)
        return Translator(context.services.settings.default_language)


def register(application: SenimApplication) -> None:
    application.add_error_handler(on_error)
