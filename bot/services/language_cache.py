"""Saved language choices in memory: read on every update, changed rarely.

Looking them up in the database took about half of the time the bot spends on a question
(bench/bot_throughput.py). Entries are dropped whenever a choice is saved or forgotten; the
least recently used go first when the cache is full.
"""

from __future__ import annotations

from collections.abc import Hashable

from bot.util.recent import Recent

CAPACITY = 50_000


class LanguageCache(Recent[Hashable, str | None]):
    def __init__(self, capacity: int = CAPACITY) -> None:
        super().__init__(capacity)
