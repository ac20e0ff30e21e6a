"""The whole bot under load: the real Application against the sandbox over HTTP.

    .venv/bin/python bench/bot_throughput.py [--users 50] [--questions 10] [--voters 400]

Measures, in one run on one machine (compare the rows with each other, not across machines):
questions answered per second and the reply latency seen by users, votes stored per second in an
anonymous group poll (both through the durable inbox, as in production), the inbox's own writes,
and the process's peak memory. Rate limits are off (SEND_RATE_LIMIT=off),
as with a local Bot API server. Prints a table; not a timed test.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import tempfile
import time
from pathlib import Path

from bot.app import build_application
from bot.config import Settings
from bot.handlers.intake import BATCH
from bot.qa.evaluation import table
from bot.runner import durable_polling
from bot.sandbox import Sandbox, SChat, SUser
from db.queries import inbox
from db.queries.polls import get_poll

QUESTIONS = (
    "Сколько казахстанцев доверяют полиции?",
    "а в 2019?",
    "почему не доверяют?",
    "подробнее про коррупцию",
    "Полицияға қанша адам сенеді?",
    "how much has trust grown since 2019?",
)
MS = 1000


def settings_for(sandbox: Sandbox, folder: Path) -> Settings:
    return Settings.model_validate(
        {
            "bot_token": sandbox.token,
            "database_url": f"sqlite:///{folder / 'bench.db'}",
            "telegram_api_base_url": sandbox.base_url,
            "pseudonym_key": "bench",
            "send_rate_limit": "off",
        }
    )


async def user_session(sandbox: Sandbox, user: SUser, questions: int) -> list[float]:
    """One resident asking in turn, waiting for each answer: seconds per reply."""
    chat = sandbox.private_chat(user)
    latencies = []
    for i in range(questions):
        start = time.perf_counter()
        await sandbox.send_text(user, QUESTIONS[i % len(QUESTIONS)])
        await sandbox.next_bot_message(chat, timeout=60)
        latencies.append(time.perf_counter() - start)
    return latencies


async def questions_row(sandbox: Sandbox, users: int, questions: int) -> list[object]:
    people = [sandbox.add_user(f"Resident {i}") for i in range(users)]
    start = time.perf_counter()
    runs = await asyncio.gather(*(user_session(sandbox, u, questions) for u in people))
    elapsed = time.perf_counter() - start
    latencies = sorted(t for run in runs for t in run)
    p99 = latencies[int(len(latencies) * 0.99) - 1]
    return [
        "questions",
        len(latencies),
        f"{len(latencies) / elapsed:.0f}/s",
        f"{statistics.median(latencies) * MS:.1f}",
        f"{p99 * MS:.1f}",
    ]


async def votes_row(sandbox: Sandbox, bot: object, voters: int) -> list[object]:
    """An anonymous group poll with many voters: how fast stored counts catch up."""
    admin = sandbox.add_user("Admin")
    people = [sandbox.add_user(f"Neighbour {i}") for i in range(voters)]
    group: SChat = sandbox.add_group("Bench house", admin, members=people)
    await sandbox.add_bot_to_group(group, by=admin)
    await sandbox.next_bot_message(group)
    await sandbox.send_text(admin, "/poll", chat=group)
    posted = await sandbox.next_bot_message(group)
    assert posted.poll is not None
    poll_id = posted.poll.id
    services = bot.bot_data["services"]  # type: ignore[attr-defined]
    start = time.perf_counter()
    for i, person in enumerate(people):
        await sandbox.vote(person, posted, [i % 4])

    async def stored_total() -> int:
        async with services.sessions() as session:
            poll = await get_poll(session, poll_id)
            return sum(poll.counts) if poll else 0

    while await stored_total() < voters:
        await asyncio.sleep(0.01)
    elapsed = time.perf_counter() - start
    return ["anonymous votes", voters, f"{voters / elapsed:.0f}/s", "—", "—"]


async def inbox_rows(bot: object, updates: int) -> list[list[object]]:
    """The inbox's own cost, which every update above paid: one write per getUpdates batch
    (up to 100 updates) to store, one per update to mark it handled."""
    services = bot.bot_data["services"]  # type: ignore[attr-defined]
    raw = [(10**9 + i, json.dumps({"update_id": 10**9 + i, "poll": {}})) for i in range(updates)]
    start = time.perf_counter()
    for first in range(0, updates, BATCH):
        async with services.sessions() as session:
            await inbox.store(session, raw[first : first + BATCH])
    stored = time.perf_counter() - start
    async with services.sessions() as session:
        rows = await inbox.pending(session, updates)
    start = time.perf_counter()
    for row in rows:
        async with services.sessions() as session:
            await inbox.finish(session, row.sequence, inbox.State.HANDLED, 0)
    handled = time.perf_counter() - start
    return [
        [f"inbox: store, {BATCH} a write", updates, f"{updates / stored:.0f}/s", "—", "—"],
        ["inbox: mark handled", len(rows), f"{len(rows) / handled:.0f}/s", "—", "—"],
    ]


async def main(users: int, questions: int, voters: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with Sandbox() as sandbox:
            application = build_application(settings_for(sandbox, Path(folder)))
            async with durable_polling(application, poll_timeout=1):
                rows = [
                    await questions_row(sandbox, users, questions),
                    await votes_row(sandbox, application, voters),
                    *await inbox_rows(application, voters),
                ]
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(table(["load", "n", "throughput", "p50 ms", "p99 ms"], rows))
    print(f"\npeak memory of the process (bot + sandbox): {peak_mib:.0f} MiB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--voters", type=int, default=400)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.users, arguments.questions, arguments.voters))
