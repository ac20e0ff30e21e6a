"""The language cache: remembers missing choices too, forgets on demand, drops the oldest."""

from __future__ import annotations

from bot.services.language_cache import LanguageCache


def test_a_known_key_without_a_choice_is_not_a_miss() -> None:
    cache = LanguageCache()
    assert cache.lookup("a") == (False, None)
    cache.remember("a", None)
    assert cache.lookup("a") == (True, None)


def test_forgetting_makes_the_next_lookup_a_miss() -> None:
    cache = LanguageCache()
    cache.remember("a", "kk")
    cache.forget("a")
    cache.forget("never seen")
    assert cache.lookup("a") == (False, None)


def test_the_least_recently_used_entry_goes_first() -> None:
    cache = LanguageCache(capacity=2)
    cache.remember("a", "ru")
    cache.remember("b", "kk")
    cache.lookup("a")
    cache.remember("c", "en")
    assert cache.lookup("b") == (False, None)
    assert cache.lookup("a") == (True, "ru") and cache.lookup("c") == (True, "en")
