"""The standard poll posted on the bot's own initiative: /pollall to every active group, and each
scheduled run to its group.

No Telegram here: the handler passes a `send` that turns Telegram's answer into an outcome. A group
that removed the bot is marked inactive (and its schedule switched off), one that became a
supergroup is followed to its new id once; anything else counts as failed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.services import Services, groups
from db.models import Chat
from db.queries import chats

# Sends in flight at once. The application's rate limiter paces them to Telegram's limits; this
# only keeps thousands of groups from becoming thousands of waiting coroutines.
CONCURRENCY = 8
SUPERGROUP = "supergroup"


class Delivery(StrEnum):
    POSTED = "posted"
    REMOVED = "removed"
    FAILED = "failed"


@dataclass(frozen=True)
class Migrated:
    """Telegram's answer when the group has become a supergroup with a new id."""

    chat_id: int


SendPoll = Callable[[int, str], Awaitable[Delivery | Migrated]]
"""Posts the standard poll to a chat id, in a language."""


@dataclass
class Report:
    posted: int = 0
    skipped: int = 0
    failed: int = 0

    def count(self, delivery: Delivery) -> None:
        if delivery is Delivery.POSTED:
            self.posted += 1
        elif delivery is Delivery.REMOVED:
            self.skipped += 1
        else:
            self.failed += 1


async def active_groups(services: Services) -> Sequence[Chat]:
    async with services.sessions() as session:
        return await chats.active_groups(session)


async def deliver(services: Services, send: SendPoll, chat: Chat) -> Delivery:
    """Post to one group in its language, following a migration and noting a removal."""
    language = chat.language or services.settings.default_language
    chat_id, chat_type = chat.id, chat.type
    outcome = await send(chat_id, language)
    if isinstance(outcome, Migrated):
        await groups.group_migrated(services, chat_id, outcome.chat_id, chat.title)
        chat_id, chat_type = outcome.chat_id, SUPERGROUP
        outcome = await send(chat_id, language)
    if isinstance(outcome, Migrated):
        return Delivery.FAILED
    if outcome is Delivery.REMOVED:
        await groups.bot_left(services, chat_id, chat_type, chat.title)
    return outcome


async def post_to_all(
    services: Services, targets: Sequence[Chat], send: SendPoll, concurrency: int = CONCURRENCY
) -> Report:
    """A few workers take the groups one by one from a shared iterator."""
    report = Report()
    remaining = iter(targets)

    async def worker() -> None:
        for chat in remaining:
            report.count(await deliver(services, send, chat))

    await asyncio.gather(*(worker() for _ in range(min(concurrency, len(targets)))))
    return report
