"""Pseudonyms: stable for one key, different across keys, never the id; a generated key persists
outside the database."""

from __future__ import annotations

import hashlib
import hmac
import stat
from pathlib import Path

import pytest
from sqlmodel import SQLModel, select

from bot.services.pseudonyms import GENERATED_KEY, Pseudonymiser, load_pseudonymiser
from db.engine import SessionFactory
from db.models import BotSetting


def test_pseudonyms_are_keyed_hmac_sha256() -> None:
    pseudonym = Pseudonymiser("key").of(123456789)
    assert pseudonym == hmac.new(b"key", b"123456789", hashlib.sha256).hexdigest()
    assert "123456789" not in pseudonym
    assert len(pseudonym) == 64


def test_the_same_person_gets_the_same_pseudonym_and_others_differ() -> None:
    pseudonyms = Pseudonymiser("key")
    assert pseudonyms.of(1) == pseudonyms.of(1)
    assert pseudonyms.of(1) != pseudonyms.of(2)
    assert Pseudonymiser("other").of(1) != pseudonyms.of(1)


def test_an_empty_key_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        Pseudonymiser("")


async def test_a_generated_key_lives_in_an_owner_only_file_and_survives_restarts(
    sessions: SessionFactory, tmp_path: Path
) -> None:
    key_file = tmp_path / "keys" / "senim.key"
    first = await load_pseudonymiser(None, key_file, sessions)
    second = await load_pseudonymiser(None, key_file, sessions)
    assert first.of(42) == second.of(42)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert (await load_pseudonymiser("configured", key_file, sessions)).of(42) != first.of(42)
    assert key_file.read_text().strip() not in await database_dump(sessions)


async def test_a_key_an_earlier_version_kept_in_the_database_moves_to_the_file(
    sessions: SessionFactory, tmp_path: Path
) -> None:
    async with sessions() as session:
        session.add(BotSetting(key=GENERATED_KEY, value="old-key-from-the-database"))
        await session.commit()
    key_file = tmp_path / "senim.key"
    pseudonyms = await load_pseudonymiser(None, key_file, sessions)
    assert pseudonyms.of(42) == Pseudonymiser("old-key-from-the-database").of(42)
    assert "old-key-from-the-database" not in await database_dump(sessions)


async def database_dump(sessions: SessionFactory) -> str:
    """Every value of every table, as a dump would hold them."""
    async with sessions() as session:
        rows = [
            str(row)
            for table in SQLModel.metadata.sorted_tables
            for row in (await session.exec(select(table))).all()  # type: ignore[call-overload]
        ]
    return "\n".join(rows)


def test_a_sealed_id_opens_only_with_the_key_and_for_its_pseudonym() -> None:
    ours, other = Pseudonymiser("key"), Pseudonymiser("another key")
    sealed = ours.seal(123_456_789)
    assert str(123_456_789) not in sealed and len(sealed) == 16
    assert ours.unseal(ours.of(123_456_789), sealed) == 123_456_789
    assert ours.unseal(ours.of(42), sealed) is None
    assert other.unseal(other.of(123_456_789), sealed) is None
