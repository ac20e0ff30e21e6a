"""The last line of defence: log the error, tell the person something went wrong, keep running."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError, TelegramError

from bot.context import SenimApplication, SenimContext

log = logging.getLogger(__name__)


async def on_error(update: object, context: SenimContext) -> None:
    error = context.error
    if isinstance(error, Forbidden | NetworkError):
        log.warning("Telegram refused or could not be reached: %s", error)
        return
    log.error("error while handling an update", exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    try:
        _ = await context.translator(update)
        await update.effective_chat.send_message(
            _("Sorry, something went wrong on my side. Please try again in a minute.")
        )
    except (TelegramError, OSError):
        log.warning("could not apologise in chat %s", update.effective_chat.id, exc_info=True)


def register(application: SenimApplication) -> None:
    application.add_error_handler(on_error)
