"""Posting to many groups with a stand-in for Telegram: outcomes counted, removed groups marked
inactive, migrated ones followed, each group in its language, only a few sends in flight."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time

from bot.polls import broadcast, recurring
from bot.polls.broadcast import CONCURRENCY, Delivery, Migrated
from bot.polls.schedule import Kind, Recurrence
from bot.services import Services, groups
from db.queries import chats


class FakeTelegram:
    """Answers sends from a table of chat ids; records what was sent in which language."""

    def __init__(self, answers: dict[int, Delivery | Migrated] | None = None) -> None:
        self.answers = answers or {}
        self.sent: list[tuple[int, str]] = []
        self.in_flight = self.most_in_flight = 0

    async def send(self, chat_id: int, language: str) -> Delivery | Migrated:
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        await asyncio.sleep(0.001)
        self.in_flight -= 1
        answer = self.answers.get(chat_id, Delivery.POSTED)
        if answer is Delivery.POSTED:
            self.sent.append((chat_id, language))
        return answer


async def join(services: Services, *chat_ids: int) -> None:
    for chat_id in chat_ids:
        await groups.bot_joined(services, chat_id, "group", f"Group {chat_id}")


async def post_to_all(services: Services, telegram: FakeTelegram) -> broadcast.Report:
    targets = await broadcast.active_groups(services)
    return await broadcast.post_to_all(services, targets, telegram.send)


async def test_posted_skipped_and_failed_are_counted(services: Services) -> None:
    await join(services, -1, -2, -3, -4)
    await groups.bot_left(services, -4, "group", "Group -4")
    telegram = FakeTelegram({-2: Delivery.REMOVED, -3: Delivery.FAILED})
    report = await post_to_all(services, telegram)
    assert (report.posted, report.skipped, report.failed) == (1, 1, 1)
    assert [chat_id for chat_id, _ in telegram.sent] == [-1]


async def test_a_group_that_removed_the_bot_is_inactive_with_its_schedule_off(
    services: Services,
) -> None:
    await join(services, -1, -2)
    monday = Recurrence(Kind.WEEKLY, 0, time(10))
    await recurring.set_schedule(services, -2, monday, datetime(2026, 11, 25, tzinfo=UTC))
    await post_to_all(services, FakeTelegram({-2: Delivery.REMOVED}))
    async with services.sessions() as session:
        assert [chat.id for chat in await chats.active_groups(session)] == [-1]
    assert await recurring.schedule_in(services, -2) is None
    second = await post_to_all(services, FakeTelegram())
    assert (second.posted, second.skipped) == (1, 0)


async def test_a_migrated_group_is_followed_to_its_new_id(services: Services) -> None:
    await join(services, -1)
    async with services.sessions.begin() as session:
        await chats.set_chat_language(session, -1, "kk")
    telegram = FakeTelegram({-1: Migrated(-1001)})
    report = await post_to_all(services, telegram)
    assert report.posted == 1 and telegram.sent == [(-1001, "kk")]
    async with services.sessions() as session:
        new = await chats.get_chat(session, -1001)
        assert [chat.id for chat in await chats.active_groups(session)] == [-1001]
    assert new is not None and (new.type, new.language) == ("supergroup", "kk")


async def test_a_migrated_group_that_removed_the_bot_is_inactive(services: Services) -> None:
    await join(services, -1)
    telegram = FakeTelegram({-1: Migrated(-1001), -1001: Delivery.REMOVED})
    report = await post_to_all(services, telegram)
    assert report.skipped == 1
    assert await broadcast.active_groups(services) == []


async def test_each_group_gets_its_own_language(services: Services) -> None:
    await join(services, -1, -2, -3)
    async with services.sessions.begin() as session:
        await chats.set_chat_language(session, -1, "kk")
        await chats.set_chat_language(session, -2, "en")
    telegram = FakeTelegram()
    await post_to_all(services, telegram)
    assert sorted(telegram.sent) == [(-3, "ru"), (-2, "en"), (-1, "kk")]


async def test_only_a_few_sends_are_in_flight(services: Services) -> None:
    await join(services, *range(-50, 0))
    telegram = FakeTelegram()
    report = await post_to_all(services, telegram)
    assert report.posted == 50 and len(telegram.sent) == 50
    assert 1 < telegram.most_in_flight <= CONCURRENCY


async def test_no_groups_means_nothing_to_do(services: Services) -> None:
    report = await broadcast.post_to_all(services, [], FakeTelegram().send)
    assert (report.posted, report.skipped, report.failed) == (0, 0, 0)
