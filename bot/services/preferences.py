"""Which language to speak: a saved choice, else Telegram's language_code, else the default."""

from __future__ import annotations

from collections.abc import Hashable

from bot.config import LANGUAGES
from bot.services import Services
from bot.util.i18n import pick_language
from db.queries import chats, preferences


def person_key(services: Services, user_id: int) -> Hashable:
    return ("person", services.pseudonyms.of(user_id))


def group_key(group_id: int) -> Hashable:
    return ("group", group_id)


async def language_for(
    services: Services,
    *,
    user_id: int | None,
    language_code: str | None,
    group_id: int | None = None,
) -> str:
    """Groups speak the chat's language (set by its admins); people speak their own."""
    saved = None
    if group_id is not None:
        saved = await _saved_group_language(services, group_id)
    elif user_id is not None:
        saved = await _saved_person_language(services, user_id)
    return pick_language(saved, language_code, default=services.settings.default_language)


async def save_language(
    services: Services, language: str, *, user_id: int, group_id: int | None = None
) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    cached = group_key(group_id) if group_id is not None else person_key(services, user_id)
    async with services.sessions.begin() as session:
        if group_id is not None:
            await chats.set_chat_language(session, group_id, language)
        else:
            await preferences.set_language(session, services.pseudonyms.of(user_id), language)
    services.languages.forget(cached)


async def _saved_group_language(services: Services, group_id: int) -> str | None:
    known, saved = services.languages.lookup(group_key(group_id))
    if not known:
        async with services.reads() as session:
            chat = await chats.get_chat(session, group_id)
        saved = chat.language if chat else None
        services.languages.remember(group_key(group_id), saved)
    return saved


async def _saved_person_language(services: Services, user_id: int) -> str | None:
    key = person_key(services, user_id)
    known, saved = services.languages.lookup(key)
    if not known:
        async with services.reads() as session:
            saved = await preferences.get_language(session, services.pseudonyms.of(user_id))
        services.languages.remember(key, saved)
    return saved
