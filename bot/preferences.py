"""Which language to speak: a saved choice, else Telegram's language_code, else the default."""

from __future__ import annotations

from bot.config import LANGUAGES
from bot.i18n import pick_language
from bot.services import Services
from db.queries import chats, preferences


async def language_for(
    services: Services,
    *,
    user_id: int | None,
    language_code: str | None,
    group_id: int | None = None,
) -> str:
    """Groups speak the chat's language (set by its admins); people speak their own."""
    default = services.settings.default_language
    async with services.sessions() as session:
        if group_id is not None:
            chat = await chats.get_chat(session, group_id)
            return pick_language(chat.language if chat else None, language_code, default=default)
        saved = None
        if user_id is not None:
            saved = await preferences.get_language(session, services.pseudonyms.of(user_id))
    return pick_language(saved, language_code, default=default)


async def save_language(
    services: Services, language: str, *, user_id: int, group_id: int | None = None
) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    async with services.sessions() as session:
        if group_id is not None:
            await chats.set_chat_language(session, group_id, language)
        else:
            await preferences.set_language(session, services.pseudonyms.of(user_id), language)
