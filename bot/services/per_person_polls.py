"""Telegram ids of polls known to be counted per person (non-anonymous), in memory.

Every vote in a non-anonymous poll also brings a `poll` update with its counts, which such a
poll does not keep (bot.polls.votes): for a poll already known here it needs no transaction.
A poll's anonymity never changes, so an entry is never wrong; the least recently used go first
when the set is full, and a poll not found here is looked up in the database as before.
"""

from __future__ import annotations

from collections import OrderedDict

CAPACITY = 20_000


class PerPersonPolls:
    def __init__(self, capacity: int = CAPACITY) -> None:
        self._capacity = capacity
        self._known: OrderedDict[str, None] = OrderedDict()

    def __contains__(self, telegram_id: str) -> bool:
        return telegram_id in self._known

    def remember(self, telegram_id: str) -> None:
        self._known[telegram_id] = None
        self._known.move_to_end(telegram_id)
        if len(self._known) > self._capacity:
            self._known.popitem(last=False)
