"""Groups the bot is in: joining, leaving, migrating to a supergroup."""

from __future__ import annotations

from bot.services import Services
from bot.services.preferences import group_key
from db.queries import chats


async def bot_joined(services: Services, chat_id: int, chat_type: str, title: str) -> bool:
    """Returns True the first time the bot becomes active in a group, when it should greet."""
    async with services.sessions.begin() as session:
        return await chats.record_membership(session, chat_id, chat_type, title, active=True)


async def bot_left(services: Services, chat_id: int, chat_type: str, title: str) -> None:
    async with services.sessions.begin() as session:
        await chats.record_membership(session, chat_id, chat_type, title, active=False)


async def ensure_group(services: Services, chat_id: int, chat_type: str, title: str) -> None:
    """A group that predates membership tracking is recorded on its first command."""
    async with services.sessions.begin() as session:
        if await chats.get_chat(session, chat_id) is None:
            await chats.record_membership(session, chat_id, chat_type, title, active=True)


async def group_migrated(services: Services, old_id: int, new_id: int, title: str) -> None:
    async with services.sessions.begin() as session:
        await chats.migrate_chat(session, old_id, new_id, title)
    services.languages.forget(group_key(new_id))
