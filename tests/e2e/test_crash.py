"""A crash at any instant loses nothing: `senim run` killed with SIGKILL in the middle of a burst
of survey answers, then started again. Every answer is stored once and every person gets the
next question, because updates are acknowledged to Telegram only once they are in the inbox."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlmodel import col, func, select

from bot.sandbox import Sandbox
from bot.sandbox.model import BotMessage, SChat
from db.engine import create_engine, session_factory
from db.models import InboxUpdate, PollVote
from tests.e2e.process import START_UP, senim_run, start_senim

PEOPLE = 60


def polls_in(chat: SChat) -> list[BotMessage]:
    return [message for message in chat.bot_messages if message.poll is not None]


async def test_a_kill_mid_burst_loses_no_answer_and_strands_no_one(
    sandbox: Sandbox, tmp_path: Path, database_url: str
) -> None:
    database = {"DATABASE_URL": database_url}
    people = [sandbox.add_user(f"Resident {i}", language_code="ru") for i in range(PEOPLE)]
    chats = [sandbox.private_chat(person) for person in people]
    async with senim_run(sandbox, tmp_path, **database):
        for person in people:
            await sandbox.send_text(person, "/poll")
        await sandbox.wait_until(lambda: all(polls_in(chat) for chat in chats), timeout=START_UP)

    process = await start_senim(sandbox, tmp_path, **database)
    for person, chat in zip(people, chats, strict=True):
        await sandbox.vote(person, polls_in(chat)[0], [0])
    await sandbox.wait_until(
        lambda: sum(len(polls_in(chat)) > 1 for chat in chats) >= PEOPLE * 0.4, timeout=START_UP
    )
    process.kill()
    await process.wait()
    assert sum(len(polls_in(chat)) > 1 for chat in chats) < PEOPLE, "killed too late to tell"

    async with senim_run(sandbox, tmp_path, **database):
        await sandbox.wait_until(
            lambda: all(len(polls_in(chat)) > 1 for chat in chats), timeout=START_UP
        )
        await asyncio.sleep(0.5)
    engine = create_engine(database_url)
    async with session_factory(engine)() as session:
        answered = await session.exec(
            select(func.count()).select_from(PollVote).where(col(PollVote.update_id) > 0)
        )
        unhandled = await session.exec(
            select(func.count()).select_from(InboxUpdate).where(InboxUpdate.state != "handled")
        )
        assert (answered.one(), unhandled.one()) == (PEOPLE, 0)
    await engine.dispose()
    # Updates are handled concurrently, so several can be in hand at the kill: each of those may
    # send its next question again after the restart, but only once, and nothing else repeats.
    assert max(len(polls_in(chat)) for chat in chats) <= 3, "a question sent more than twice"
    assert not [call for call in sandbox.errors if call.fault is None]
