"""Keyed pseudonyms for Telegram user ids: one vote per person, never the id itself."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from db.engine import SessionFactory
from db.queries.settings import get_or_create

GENERATED_KEY = "pseudonym_key"


class Pseudonymiser:
    def __init__(self, key: str) -> None:
        if not key:
            raise ValueError("a pseudonym key must not be empty")
        self._key = key.encode()

    def of(self, user_id: int) -> str:
        return hmac.new(self._key, str(user_id).encode(), hashlib.sha256).hexdigest()


async def load_pseudonymiser(configured_key: str | None, sessions: SessionFactory) -> Pseudonymiser:
    """Use PSEUDONYM_KEY, else a key generated once and kept in the database."""
    if configured_key:
        return Pseudonymiser(configured_key)
    async with sessions() as session:
        return Pseudonymiser(await get_or_create(session, GENERATED_KEY, secrets.token_hex))
