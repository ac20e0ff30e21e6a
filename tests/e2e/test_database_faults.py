"""PostgreSQL cut off, or frozen without a word, in the middle of a run: nothing is lost, the
people writing meanwhile are told once, and everything is handled once the database is back.
These need PostgreSQL (TEST_POSTGRES_URL); a TCP proxy sits between the bot and it."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url
from sqlmodel import col, func, select

from bot.config import Settings
from bot.sandbox import Sandbox
from bot.sandbox.model import BotMessage, SChat, SUser
from db.engine import SQLITE_BUSY_TIMEOUT, create_engine, session_factory
from db.models import PollVote
from tests.e2e.conftest import running_bot
from tests.e2e.process import START_UP, start_senim
from tests.e2e.proxy import FaultyProxy

PEOPLE = 4
AWAY = "база данных"


@pytest.fixture
async def proxy(database_url: str) -> AsyncIterator[FaultyProxy]:
    if not database_url.startswith("postgresql"):
        pytest.skip("needs PostgreSQL (TEST_POSTGRES_URL)")
    url = make_url(database_url)
    async with FaultyProxy(url.host or "127.0.0.1", url.port or 5432) as running:
        yield running


def through(database_url: str, proxy: FaultyProxy) -> str:
    url = make_url(database_url).set(host="127.0.0.1", port=proxy.port)
    return url.render_as_string(hide_password=False)


async def first_questions(sandbox: Sandbox, people: list[SUser]) -> list[BotMessage]:
    questions = []
    for person in people:
        await sandbox.send_text(person, "/poll")
        chat = sandbox.private_chat(person)
        await sandbox.next_bot_message(chat)
        questions.append(await sandbox.next_bot_message(chat))
    return questions


async def stored_answers(database_url: str) -> int:
    engine = create_engine(database_url)
    async with session_factory(engine)() as session:
        count = await session.exec(
            select(func.count()).select_from(PollVote).where(col(PollVote.update_id) > 0)
        )
        answered = count.one()
    await engine.dispose()
    return answered


async def answers_wait_out(
    sandbox: Sandbox, proxy: FaultyProxy, fault: str, settings: Settings, database_url: str
) -> None:
    people = [sandbox.add_user(f"Resident {i}", language_code="ru") for i in range(PEOPLE)]
    chats: list[SChat] = [sandbox.private_chat(person) for person in people]
    faulty = settings.model_copy(update={"database_url": through(database_url, proxy)})
    async with running_bot(faulty, sandbox):
        questions = await first_questions(sandbox, people)
        await sandbox.wait_idle()
        getattr(proxy, fault)()
        for person, question in zip(people, questions, strict=True):
            await sandbox.vote(person, question, [0])
        await sandbox.wait_until(lambda: all(told(chat) for chat in chats), timeout=30)
        assert all(len(polls(chat)) == 1 for chat in chats)
        proxy.restore()
        await sandbox.wait_until(lambda: all(len(polls(chat)) == 2 for chat in chats), timeout=60)
        assert all(len(told(chat)) == 1 for chat in chats)
    assert await stored_answers(database_url) == PEOPLE


def told(chat: SChat) -> list[BotMessage]:
    return [message for message in chat.bot_messages if AWAY in (message.text or "")]


def polls(chat: SChat) -> list[BotMessage]:
    return [message for message in chat.bot_messages if message.poll is not None]


async def test_answers_sent_while_postgres_is_cut_off_are_kept_and_followed_up(
    sandbox: Sandbox, proxy: FaultyProxy, settings: Settings, database_url: str
) -> None:
    await answers_wait_out(sandbox, proxy, "cut", settings, database_url)


async def test_answers_sent_while_postgres_is_frozen_are_kept_and_followed_up(
    sandbox: Sandbox, proxy: FaultyProxy, settings: Settings, database_url: str
) -> None:
    await answers_wait_out(sandbox, proxy, "freeze", settings, database_url)


async def test_sigterm_stops_the_bot_within_ten_seconds_with_postgres_frozen(
    sandbox: Sandbox, proxy: FaultyProxy, database_url: str, tmp_path: Path
) -> None:
    person = sandbox.add_user("Resident", language_code="ru")
    process = await start_senim(sandbox, tmp_path, DATABASE_URL=through(database_url, proxy))
    await sandbox.send_text(person, "/start")
    await sandbox.next_bot_message(sandbox.private_chat(person), timeout=START_UP)
    proxy.freeze()
    await sandbox.send_text(person, "/results")
    await asyncio.sleep(1)
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    await asyncio.wait_for(process.wait(), timeout=15)
    assert time.monotonic() - started < 10.5


async def test_an_answer_waits_out_a_sqlite_write_lock_held_past_the_busy_timeout(
    sandbox: Sandbox, settings: Settings, database_url: str
) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("a SQLite file lock")
    person = sandbox.add_user("Resident", language_code="ru")
    chat = sandbox.private_chat(person)
    async with running_bot(settings, sandbox):
        (question,) = await first_questions(sandbox, [person])
        await sandbox.wait_idle()
        locker = sqlite3.connect(database_url.partition(":///")[2], isolation_level=None)
        locker.execute("BEGIN EXCLUSIVE")
        await sandbox.vote(person, question, [0])
        await asyncio.sleep(SQLITE_BUSY_TIMEOUT + 2)
        assert len(polls(chat)) == 1
        locker.execute("COMMIT")
        locker.close()
        await sandbox.wait_until(lambda: len(polls(chat)) == 2, timeout=60)
    assert await stored_answers(database_url) == 1
