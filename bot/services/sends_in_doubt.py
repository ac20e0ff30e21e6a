"""Polls whose sendPoll this process made without learning the outcome (the connection broke
after Telegram may have acted), by record id, in memory.

A replayed vote asks its next question again only when its record is not here: a process
that tried and does not know leaves the record for a vote on Telegram's copy to adopt, while
one that started after a crash cannot know whether the question left, and asks again rather
than leave the person without it.
"""

from __future__ import annotations

from bot.util.recent import RecentKeys

CAPACITY = 20_000


class SendsInDoubt(RecentKeys[int]):
    def __init__(self, capacity: int = CAPACITY) -> None:
        super().__init__(capacity)
