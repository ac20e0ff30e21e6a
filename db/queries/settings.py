"""Values the bot generates once and keeps across restarts."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.exc import IntegrityError
from sqlmodel.ext.asyncio.session import AsyncSession

from db.models import BotSetting


async def get_or_create(session: AsyncSession, key: str, make: Callable[[], str]) -> str:
    """Return the stored value, creating it once; a concurrent creator's value wins."""
    stored = await session.get(BotSetting, key)
    if stored is not None:
        return stored.value
    session.add(BotSetting(key=key, value=make()))
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
    stored = await session.get(BotSetting, key)
    assert stored is not None
    return stored.value
