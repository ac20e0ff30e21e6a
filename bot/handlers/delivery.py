"""The standard poll posted on the bot's own initiative (a schedule's run, /pollall), where
Telegram refusing is an expected outcome to count, not an error to report."""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram.error import ChatMigrated, Forbidden, TelegramError

from bot.context import SenimContext
from bot.handlers.poll import post_group_poll
from bot.polls import lifecycle
from bot.polls.broadcast import Delivery, Migrated, SendPoll
from bot.polls.custom import Action, PollRequest

log = logging.getLogger(__name__)


def standard_poll_sender(context: SenimContext, open_for: timedelta | None = None) -> SendPoll:
    """A `send` for bot.polls.broadcast; the poll closes after `open_for`, if given."""
    request = PollRequest(Action.SURVEY, open_for)

    async def send(chat_id: int, language: str) -> Delivery | Migrated:
        try:
            await post_group_poll(context, chat_id, lifecycle.group_poll(request, language))
        except Forbidden:
            return Delivery.REMOVED
        except ChatMigrated as moved:
            return Migrated(moved.new_chat_id)
        except TelegramError as error:
            log.warning("could not post the poll in chat %s: %s", chat_id, error)
            return Delivery.FAILED
        return Delivery.POSTED

    return send
