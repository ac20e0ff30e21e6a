"""Groups the bot belongs to: membership changes, settings, migration to a supergroup."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from db.models import Chat, utcnow
from db.queries.polls import move_polls
from db.queries.schedules import deactivate_schedule, move_schedule


async def get_chat(session: AsyncSession, chat_id: int) -> Chat | None:
    return await session.get(Chat, chat_id)


async def record_membership(
    session: AsyncSession, chat_id: int, chat_type: str, title: str, *, active: bool
) -> bool:
    """Store that the bot joined or left; returns True when it is newly active there.

    Leaving switches the group's recurring poll off: it stays off if the bot is added again."""
    chat = await session.get(Chat, chat_id)
    was_active = chat is not None and chat.active
    if chat is None:
        chat = Chat(id=chat_id, type=chat_type, title=title, active=active)
    else:
        chat.sqlmodel_update({"type": chat_type, "title": title, "active": active})
        chat.updated_at = utcnow()
    session.add(chat)
    if not active:
        await deactivate_schedule(session, chat_id)
    return active and not was_active


async def set_chat_language(session: AsyncSession, chat_id: int, language: str) -> None:
    await _update(session, chat_id, language=language)


async def set_chat_region(session: AsyncSession, chat_id: int, region: str) -> None:
    await _update(session, chat_id, region=region)


async def migrate_chat(session: AsyncSession, old_id: int, new_id: int, title: str) -> None:
    """A group became a supergroup: the new id takes over its settings, polls and schedule."""
    old = await session.get(Chat, old_id)
    new = await session.get(Chat, new_id)
    if new is None:
        new = Chat(id=new_id, type="supergroup", title=title)
    if old is not None:
        new.language = new.language or old.language
        new.region = new.region or old.region
        new.added_at = min(new.added_at, old.added_at)
        old.active = False
        old.updated_at = utcnow()
        session.add(old)
    new.active = True
    new.updated_at = utcnow()
    session.add(new)
    await move_polls(session, old_id, new_id)
    await move_schedule(session, old_id, new_id)


async def active_groups(session: AsyncSession) -> Sequence[Chat]:
    result = await session.exec(select(Chat).where(col(Chat.active)).order_by(col(Chat.id)))
    return result.all()


async def _update(session: AsyncSession, chat_id: int, **values: object) -> None:
    chat = await session.get(Chat, chat_id)
    if chat is None:
        return
    chat.sqlmodel_update(values)
    chat.updated_at = utcnow()
    session.add(chat)
