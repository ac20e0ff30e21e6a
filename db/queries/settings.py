"""Values the bot generates once and keeps across restarts."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from db.models import BotSetting


async def get(session: AsyncSession, key: str) -> str | None:
    stored = await session.get(BotSetting, key)
    return stored.value if stored is not None else None


async def forget(session: AsyncSession, key: str) -> None:
    stored = await session.get(BotSetting, key)
    if stored is not None:
        await session.delete(stored)
