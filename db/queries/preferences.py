"""Per-person preferences, keyed by pseudonym."""

from __future__ import annotations

from sqlmodel import col, delete
from sqlmodel.ext.asyncio.session import AsyncSession

from db.models import UserPreference, utcnow


async def get_language(session: AsyncSession, pseudonym: str) -> str | None:
    preference = await session.get(UserPreference, pseudonym)
    return preference.language if preference else None


async def set_language(session: AsyncSession, pseudonym: str, language: str) -> None:
    preference = await session.get(UserPreference, pseudonym)
    if preference is None:
        preference = UserPreference(pseudonym=pseudonym, language=language)
    preference.language = language
    preference.updated_at = utcnow()
    session.add(preference)


async def delete_preferences(session: AsyncSession, pseudonym: str) -> int:
    result = await session.exec(
        delete(UserPreference).where(col(UserPreference.pseudonym) == pseudonym)
    )
    return result.rowcount
