"""The callback context every handler receives: services, language and a translator."""

from __future__ import annotations

from typing import Any

from telegram import Chat, Update
from telegram.ext import Application, CallbackContext, ExtBot

from bot.services import Services
from bot.services.preferences import language_for
from bot.util.i18n import Translator

SERVICES = "services"


class SenimContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    @property
    def services(self) -> Services:
        services: Services = self.bot_data[SERVICES]
        return services

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
