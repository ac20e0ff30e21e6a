"""The leader's lock: a PostgreSQL session-level advisory lock, held as long as its connection."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection


async def try_lock(connection: AsyncConnection, key: int) -> bool:
    """True if this connection now holds the lock (or already did)."""
    return bool(await connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}))
