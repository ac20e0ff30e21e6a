"""Telegram ids of polls known to be counted per person (non-anonymous), in memory.

Every vote in a non-anonymous poll also brings a `poll` update with its counts, which such a
poll does not keep (bot.polls.votes): for a poll already known here it needs no transaction.
A poll's anonymity never changes, so an entry is never wrong; the least recently used go first
when the set is full, and a poll not found here is looked up in the database as before.
"""

from __future__ import annotations

from bot.util.recent import RecentKeys

CAPACITY = 20_000


class PerPersonPolls(RecentKeys[str]):
    def __init__(self, capacity: int = CAPACITY) -> None:
        super().__init__(capacity)
