"""Keyed pseudonyms for Telegram user ids: one vote per person, never the id itself."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from db.engine import SessionFactory
from db.queries.settings import get_or_create

GENERATED_KEY = "pseudonym_key"
CONTACT_BYTES = 8
CONTACT_PAD = b"contact:"


class Pseudonymiser:
    def __init__(self, key: str) -> None:
        if not key:
            raise ValueError("a pseudonym key must not be empty")
        self._key = key.encode()

    def of(self, user_id: int) -> str:
        return hmac.new(self._key, str(user_id).encode(), hashlib.sha256).hexdigest()

    def seal(self, user_id: int) -> str:
        """The id, for a message the person asked for later, masked with a pad derived from the
        key and their pseudonym: it can be read back only with the key, like the pseudonym
        itself can be matched only with it."""
        value = user_id.to_bytes(CONTACT_BYTES, "big")
        return bytes(a ^ b for a, b in zip(value, self._pad(user_id), strict=True)).hex()

    def unseal(self, pseudonym: str, sealed: str) -> int | None:
        """The id back, checked against the pseudonym; None if it was not sealed for it."""
        masked = bytes.fromhex(sealed)
        pad = hmac.new(self._key, CONTACT_PAD + pseudonym.encode(), hashlib.sha256).digest()
        user_id = int.from_bytes(bytes(a ^ b for a, b in zip(masked, pad, strict=False)), "big")
        return user_id if hmac.compare_digest(self.of(user_id), pseudonym) else None

    def _pad(self, user_id: int) -> bytes:
        pad = hmac.new(self._key, CONTACT_PAD + self.of(user_id).encode(), hashlib.sha256)
        return pad.digest()[:CONTACT_BYTES]


async def load_pseudonymiser(configured_key: str | None, sessions: SessionFactory) -> Pseudonymiser:
    """Use PSEUDONYM_KEY, else a key generated once and kept in the database."""
    if configured_key:
        return Pseudonymiser(configured_key)
    async with sessions() as session:
        return Pseudonymiser(await get_or_create(session, GENERATED_KEY, secrets.token_hex))
