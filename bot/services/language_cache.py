"""Saved language choices in memory: read on every update, changed rarely.

Looking them up in the database took about half of the time the bot spends on a question
(bench/bot_throughput.py). Entries are dropped whenever a choice is saved or forgotten; the
least recently used go first when the cache is full.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

CAPACITY = 50_000


class LanguageCache:
    def __init__(self, capacity: int = CAPACITY) -> None:
        self._capacity = capacity
        self._saved: OrderedDict[Hashable, str | None] = OrderedDict()

    def lookup(self, key: Hashable) -> tuple[bool, str | None]:
        """(known, saved choice): a known key may have no saved choice (None)."""
        if key not in self._saved:
            return False, None
        self._saved.move_to_end(key)
        return True, self._saved[key]

    def remember(self, key: Hashable, saved: str | None) -> None:
        self._saved[key] = saved
        self._saved.move_to_end(key)
        if len(self._saved) > self._capacity:
            self._saved.popitem(last=False)

    def forget(self, key: Hashable) -> None:
        self._saved.pop(key, None)
