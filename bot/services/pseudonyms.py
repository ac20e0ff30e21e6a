"""Keyed pseudonyms for Telegram user ids: one vote per person, never the id itself.

The key never lives in the database: a dump plus a list of candidate ids would otherwise
re-identify everyone. It is PSEUDONYM_KEY, or a key generated once into PSEUDONYM_KEY_FILE
(readable by its owner only). A key an earlier version kept in the database is moved there.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import stat
from pathlib import Path

from db.engine import SessionFactory
from db.queries.settings import forget, get

log = logging.getLogger(__name__)

GENERATED_KEY = "pseudonym_key"
OWNER_ONLY = 0o600
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


async def load_pseudonymiser(
    configured_key: str | None, key_file: Path, sessions: SessionFactory
) -> Pseudonymiser:
    """Use PSEUDONYM_KEY, else the key file (created on first start; an old key kept in the
    database is moved into it and deleted there)."""
    async with sessions.begin() as session:
        stored = await get(session, GENERATED_KEY)
        if configured_key:
            pseudonymiser = Pseudonymiser(configured_key)
        else:
            if not key_file.exists():
                write_key_file(key_file, stored or secrets.token_hex(32))
            pseudonymiser = Pseudonymiser(read_key_file(key_file))
        if stored is not None:
            await forget(session, GENERATED_KEY)
    return pseudonymiser


def write_key_file(path: Path, key: str) -> None:
    """Created with owner-only permissions from the start, never over an existing file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
    with os.fdopen(descriptor, "w", encoding="ascii") as file:
        file.write(key + "\n")
    log.info("generated the pseudonym key into PSEUDONYM_KEY_FILE; back it up with the database")


def read_key_file(path: Path) -> str:
    if stat.S_IMODE(path.stat().st_mode) & 0o077:
        path.chmod(OWNER_ONLY)
        log.warning("PSEUDONYM_KEY_FILE was readable by others; now it is the owner's only")
    key = path.read_text(encoding="ascii").strip()
    if not key:
        raise ValueError("PSEUDONYM_KEY_FILE is empty")
    return key
