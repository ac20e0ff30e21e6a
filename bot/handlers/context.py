"""The callback context every handler receives: services, language, a translator and the
chat's memory."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from telegram import Chat, Update
from telegram.ext import Application, CallbackContext, ExtBot

from bot.qa.conversation import Conversation
from bot.services import Services
from bot.services.preferences import language_for
from bot.util.i18n import Translator
from bot.util.recent import Recent

SERVICES = "services"
ADMINS_IN_PRIVATE = "admins-in-private"
RECENT_CHATS = "recent-chats"
REMEMBERED_CHATS = 10_000
"""Chats whose memory is kept: python-telegram-bot's chat_data would otherwise grow with every
chat ever heard from. A topic matters for the next few messages, so the chats heard from least
recently are forgotten first."""


@dataclass
class ChatMemory:
    """What the bot remembers about a chat between its messages: the topic of the last question,
    so that "а в 2019?" follows it.

    In memory only, for the chats heard from most recently (REMEMBERED_CHATS), and a restart
    forgets it. python-telegram-bot keys chat data by the raw chat
    id, and a private chat's id is the person's Telegram id, which the bot never writes to disk
    (the database holds only keyed pseudonyms), so no persistence is configured.
    """

    conversation: Conversation = field(default_factory=Conversation)

    def clear(self) -> None:
        """/forgetme: the chat starts again without a topic."""
        self.conversation = Conversation()


class SenimContext(CallbackContext[ExtBot[None], dict[Any, Any], ChatMemory, dict[Any, Any]]):
    @property
    def services(self) -> Services:
        services: Services = self.bot_data[SERVICES]
        return services

    @property
    def admins_in_private(self) -> set[int]:
        """Bot admins who have written to the bot in private since it started: Telegram lets a
        bot write first only to people who have started it."""
        admins: set[int] = self.bot_data.setdefault(ADMINS_IN_PRIVATE, set())
        return admins

    @property
    def memory(self) -> ChatMemory | None:
        """This chat's memory, among the REMEMBERED_CHATS heard from most recently."""
        chat_id = self._chat_id
        if chat_id is None:
            return None
        recent: Recent[int, None] = self.bot_data.setdefault(RECENT_CHATS, Recent(REMEMBERED_CHATS))
        for forgotten in recent.remember(chat_id, None):
            self.application.drop_chat_data(forgotten)
        return self.chat_data

    async def translator(self, update: object) -> Translator:
        return Translator(await self.language(update))

    async def language(self, update: object) -> str:
        if not isinstance(update, Update):
            return self.services.settings.default_language
        user = update.effective_user
        chat = update.effective_chat
        in_group = chat is not None and chat.type in (Chat.GROUP, Chat.SUPERGROUP)
        return await language_for(
            self.services,
            user_id=user.id if user else None,
            language_code=user.language_code if user else None,
            group_id=chat.id if chat and in_group else None,
        )


SenimApplication = Application[Any, SenimContext, Any, Any, Any, Any]
