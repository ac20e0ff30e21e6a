"""Concurrent update processing: each chat in order, different chats at once, within a bound;
and group commit: rows of callers arriving together go into one write."""

from __future__ import annotations

import asyncio

import pytest
from telegram import Update

from bot.handlers.ordering import ChatOrderedProcessor
from bot.util.batching import GroupCommit


def message(update_id: int, chat_id: int) -> Update:
    chat = {"id": chat_id, "type": "private"}
    sender = {"id": chat_id, "is_bot": False, "first_name": ""}
    raw = {"message_id": update_id, "date": 0, "chat": chat, "from": sender, "text": "hi"}
    return Update.de_json({"update_id": update_id, "message": raw}, None)


async def test_one_chat_in_order_while_other_chats_go_ahead() -> None:
    processor = ChatOrderedProcessor(8)
    release, events = asyncio.Event(), []

    async def work(name: str, wait: bool = False) -> None:
        events.append(f"{name} starts")
        if wait:
            await release.wait()
        events.append(f"{name} ends")

    tasks = [
        asyncio.create_task(processor.in_order(message(1, 10), work("A1", wait=True))),
        asyncio.create_task(processor.in_order(message(2, 10), work("A2"))),
        asyncio.create_task(processor.in_order(message(3, 20), work("B1"))),
    ]
    await asyncio.sleep(0.05)
    assert events == ["A1 starts", "B1 starts", "B1 ends"]  # A2 waits for A1, B does not
    release.set()
    await asyncio.gather(*tasks)
    assert events[3:] == ["A1 ends", "A2 starts", "A2 ends"]


async def test_at_most_the_bound_at_once() -> None:
    processor = ChatOrderedProcessor(2)
    release, running, most = asyncio.Event(), 0, 0

    async def work() -> None:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await release.wait()
        running -= 1

    tasks = [asyncio.create_task(processor.in_order(message(i, 100 + i), work())) for i in range(5)]
    await asyncio.sleep(0.05)
    assert running == 2
    release.set()
    await asyncio.gather(*tasks)
    assert most == 2


async def test_callers_arriving_together_share_one_write_and_its_failure() -> None:
    writes: list[list[int]] = []
    failing = False

    async def write(rows: list[int]) -> None:
        writes.append(rows)
        await asyncio.sleep(0.01)
        if failing:
            raise OSError("the database is away")

    commit = GroupCommit(write, max_rows=4)
    await asyncio.gather(*(commit.add([i]) for i in range(6)))
    assert writes == [[0, 1, 2, 3], [4, 5]]
    failing = True
    results = await asyncio.gather(commit.add([7]), commit.add([8]), return_exceptions=True)
    assert all(isinstance(result, OSError) for result in results)
    assert writes[-1] == [7, 8]


async def test_a_write_cancelled_at_shutdown_releases_its_callers() -> None:
    async def write(_rows: list[int]) -> None:
        await asyncio.sleep(10)

    commit = GroupCommit(write)
    waiting = asyncio.create_task(commit.add([1]))
    await asyncio.sleep(0.01)
    assert commit._writer is not None
    commit._writer.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting


async def test_an_update_sent_ahead_takes_no_place_but_keeps_its_chats_order() -> None:
    processor = ChatOrderedProcessor(1)
    release, events = asyncio.Event(), []

    async def work(name: str, wait: bool = False) -> None:
        events.append(name)
        if wait:
            await release.wait()

    blocked = asyncio.create_task(processor.in_order(message(1, 10), work("busy", wait=True)))
    queued = asyncio.create_task(processor.in_order(message(2, 20), work("queued")))
    first = asyncio.create_task(processor.in_order(message(3, 30), work("admin 1", wait=True)))
    ahead = asyncio.create_task(processor.in_order(message(4, 30), work("admin 2"), ahead=True))
    await asyncio.sleep(0.05)
    assert events == ["busy"]  # admin 2 waits for admin 1, its chat's earlier update
    release.set()
    await asyncio.gather(blocked, queued, first, ahead)
    assert events.index("admin 1") < events.index("admin 2")
    processor = ChatOrderedProcessor(1)
    release.clear()
    blocked = asyncio.create_task(processor.in_order(message(5, 10), work("busy 2", wait=True)))
    await asyncio.sleep(0.01)
    await asyncio.wait_for(processor.in_order(message(6, 40), work("stats"), ahead=True), 1)
    release.set()
    await blocked
