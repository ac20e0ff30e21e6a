"""Per-person preferences, keyed by pseudonym."""

from __future__ import annotations

from sqlalchemy import bindparam
from sqlalchemy import select as rows_of_columns
from sqlmodel import col, delete
from sqlmodel.ext.asyncio.session import AsyncSession

from db.models import UserPreference, utcnow
from db.queries import rows

PREFERENCES = rows.table_of(UserPreference)
LANGUAGE = rows_of_columns(PREFERENCES.c.language).where(
    PREFERENCES.c.pseudonym == bindparam("pseudonym")
)
"""A person's saved language, built once: read at a new person's first message."""


async def get_language(session: AsyncSession, pseudonym: str) -> str | None:
    found = await rows.read(session, LANGUAGE, {"pseudonym": pseudonym})
    return found[0].language if found else None


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
