"""Pseudonyms: stable for one key, different across keys, never the id; a generated key persists."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from bot.pseudonyms import Pseudonymiser, load_pseudonymiser
from db.engine import SessionFactory


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


async def test_a_generated_key_survives_restarts(sessions: SessionFactory) -> None:
    first = await load_pseudonymiser(None, sessions)
    second = await load_pseudonymiser(None, sessions)
    assert first.of(42) == second.of(42)
    assert (await load_pseudonymiser("configured", sessions)).of(42) != first.of(42)


def test_a_sealed_id_opens_only_with_the_key_and_for_its_pseudonym() -> None:
    ours, other = Pseudonymiser("key"), Pseudonymiser("another key")
    sealed = ours.seal(123_456_789)
    assert str(123_456_789) not in sealed and len(sealed) == 16
    assert ours.unseal(ours.of(123_456_789), sealed) == 123_456_789
    assert ours.unseal(ours.of(42), sealed) is None
    assert other.unseal(other.of(123_456_789), sealed) is None
